"""Long runs: create/drop cycles across all types leave flat memory.
FF_CORE_HEAVY=1 runs ten times the cycles. (Threads sharing values are
in test_hostile_runtime.py.)"""

import gc
import os
import tracemalloc
from collections.abc import Callable
from datetime import timedelta

import ff_core as ff
from samples import VALUES

HEAVY = bool(os.environ.get("FF_CORE_HEAVY"))
CYCLES = 10_000_000 if HEAVY else 1_000_000
RSS_BOUND = 4 * 1024 * 1024  # growth allowed: a leak of 4 bytes a cycle fails
TRACED_BOUND = 256 * 1024  # bytes of Python-heap growth allowed


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def factories() -> list[Callable[[], object]]:
    eid = ff.ExecutionId.parse("{fp:7}:67e55044-10b1-426f-9247-bb680e5fe0c8")
    made: list[Callable[[], object]] = list(VALUES.values())
    made += [
        lambda: ff.Namespace("tenant-a"),
        lambda: ff.LaneId.try_new("default"),
        ff.FlowId,
        lambda: ff.ExecutionId.parse(eid.as_str()),
        lambda: ff.TimestampMs(5),
        lambda: ff.WaitpointToken("kid:abc"),
        lambda: ff.PartitionKey(ff.Partition(ff.PartitionFamily.Flow, 3)),
        lambda: ff.Handle(ff.BackendTag.Valkey, ff.HandleKind.Fresh, ff.HandleOpaque(b"1234")),
        lambda: ff.CancelFlowWait.WaitTimeout(timedelta(seconds=1)),
        lambda: ff.AdmissionDecision.Rejected("quota"),
        lambda: ff.FailOutcome.RetryScheduled(ff.TimestampMs(1)),
        lambda: ff.LeaseRenewal(1, 2),
        lambda: repr(VALUES["BackendConfig"]()),
        lambda: VALUES["Frame"]().replace(seq=9),  # type: ignore[attr-defined]
    ]
    return made


def cycle(makers: list[Callable[[], object]], count: int) -> None:
    n = len(makers)
    for i in range(count):
        makers[i % n]()


def test_create_drop_cycles_leave_memory_flat() -> None:
    makers = factories()
    cycle(makers, 50_000)  # warm caches, interned strings, free lists
    gc.collect()
    before = rss_bytes()
    cycle(makers, CYCLES)
    gc.collect()
    grown = rss_bytes() - before
    assert grown < RSS_BOUND, f"RSS grew by {grown} bytes over {CYCLES} cycles"


def test_python_heap_stays_flat() -> None:
    makers = factories()
    cycle(makers, 20_000)
    tracemalloc.start()
    try:
        gc.collect()
        start, _ = tracemalloc.get_traced_memory()
        cycle(makers, 100_000)
        gc.collect()
        end, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert end - start < TRACED_BOUND, f"traced memory grew by {end - start} bytes"
