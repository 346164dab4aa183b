"""Threads and long runs: 8 threads running mixed operations on shared and
fresh objects, and create/drop cycles across all types, leave no
exception, consistent values and flat memory. FF_CORE_HEAVY=1 runs ten
times the operations."""

import gc
import os
import threading
import tracemalloc
from collections.abc import Callable
from datetime import timedelta

import ff_core as ff
from samples import FROZEN, MUTABLE_FACTORIES

HEAVY = bool(os.environ.get("FF_CORE_HEAVY"))
THREADS = 8
OPS_PER_THREAD = (125_000 if HEAVY else 12_500)  # ≥ 100,000 in all
CYCLES = 10_000_000 if HEAVY else 1_000_000
RSS_BOUND = 4 * 1024 * 1024  # growth allowed: a leak of 4 bytes a cycle fails
TRACED_BOUND = 256 * 1024  # bytes of Python-heap growth allowed


def run_in_threads(work: Callable[[int], None]) -> None:
    errors: list[BaseException] = []
    barrier = threading.Barrier(THREADS)

    def body(index: int) -> None:
        try:
            barrier.wait()
            work(index)
        except BaseException as error:  # noqa: BLE001 - report every failure
            errors.append(error)

    threads = [threading.Thread(target=body, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_mixed_operations_across_threads() -> None:
    shared_filter = ff.ScannerFilter().with_namespace(ff.Namespace("tenant-a")).with_instance_tag("k", "v")
    shared_frame = ff.Frame(b"seed", ff.FrameKind.Stdout)
    shared_usage = ff.UsageDimensions()
    shared_config = ff.BackendConfig.valkey("h", 6379)
    token = ff.WaitpointHmac("kid:0123456789abcdef0123456789abcdef01234567")
    payloads = {i: bytes([i]) * (i + 1) for i in range(THREADS)}
    counts = [0] * THREADS

    def work(index: int) -> None:
        mine = ff.LaneId(f"lane-{index}")
        expected_partition = ff.solo_partition(mine, ff.PartitionConfig())
        for step in range(OPS_PER_THREAD // 10):
            assert shared_filter.matches("tenant-a", "v")
            assert not shared_filter.matches("tenant-b", "v")
            assert shared_filter.matches_many([("tenant-a", "v"), (None, "v")]) == [True, False]
            shared_frame.bytes = payloads[index]
            assert shared_frame.bytes in payloads.values()  # never a torn value
            shared_usage.input_tokens = step
            shared_config.retry.factor = index
            assert repr(token) == "WaitpointHmac(WaitpointToken(kid:<REDACTED:len=40>))"
            fresh = ff.Frame.with_seq(payloads[index], ff.FrameKind.Event, step)
            assert (fresh.bytes, fresh.seq) == (payloads[index], step)
            assert ff.solo_partition(mine, ff.PartitionConfig()) == expected_partition
            assert ff.ExecutionId.solo(mine, ff.PartitionConfig()).partition() == expected_partition.index
            counts[index] += 10

    run_in_threads(work)
    assert sum(counts) >= 100_000
    assert shared_frame.bytes in payloads.values()
    assert shared_config.retry.factor in range(THREADS)
    assert "factor: Some(" in repr(shared_config)


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def factories() -> list[Callable[[], object]]:
    eid = ff.ExecutionId.parse("{fp:7}:67e55044-10b1-426f-9247-bb680e5fe0c8")
    made: list[Callable[[], object]] = list(MUTABLE_FACTORIES.values())
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
        lambda: repr(FROZEN[len(FROZEN) // 2]),
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
