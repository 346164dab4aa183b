"""ff_core against plain-Python peers, measured in one process.

Every row times ours and its peers interleaved, several repeats, and keeps
the minimum of each; it prints ours/peer (lower is better) beside the
absolute times and the row's target. `--quick` runs few iterations and
only proves that everything runs and that ours agree with the
references (exit 1 otherwise); the full run is for the numbers.

    .venv/bin/python benchmarks/bench.py          # full
    .venv/bin/python benchmarks/bench.py --quick  # what scripts/test.sh runs
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import os
import sys
import timeit
import tracemalloc
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

sys.path.insert(0, os.path.dirname(__file__))

import peers  # noqa: E402

import ff_core as ff  # noqa: E402

PAYLOAD = bytes(range(64))
MIB = b"\xab" * (1 << 20)
EID = "{fp:7}:67e55044-10b1-426f-9247-bb680e5fe0c8"


@dataclass
class Row:
    name: str
    ours: str
    peer: str
    target: str  # "<= 2" means ours/peer <= 2
    number: int
    extra: dict[str, str] = field(default_factory=dict)  # reported, no target

    def limit(self) -> float:
        return float(self.target.split()[1])


def namespace() -> dict[str, Any]:
    scanner = ff.ScannerFilter().with_namespace(ff.Namespace("tenant-a")).with_instance_tag("cairn.instance_id", "i-1")
    pairs = [("tenant-a", "i-1"), ("tenant-b", "i-1"), ("tenant-a", "i-2"), (None, "i-1")] * 2500
    optional = peers.optional_peers()
    env: dict[str, Any] = dict(
        ff=ff,
        peers=peers,
        PAYLOAD=PAYLOAD,
        MIB=MIB,
        EID=EID,
        scanner=scanner,
        pairs=pairs,
        frame=ff.Frame.with_seq(PAYLOAD, ff.FrameKind.Stdout, 3),
        dframe=peers.Frame(PAYLOAD, peers.Kind.Stdout, 3),
        lease=ff.LeaseRenewal(1_700_000_000_000, 2),
        dlease=peers.LeaseRenewal(1_700_000_000_000, 2),
        reason=ff.FailureReason("worker lost its lease"),
        dreason=peers.FailureReason("worker lost its lease", None),
        conn=ff.ValkeyConnection("valkey.internal", 6379),
        dconn=peers.ValkeyConnection("valkey.internal", 6379, False, False),
        replace=dataclasses.replace,
        eid=ff.ExecutionId.parse(EID),
        seid=EID,
        ieid=1234567,
        by_eid={ff.ExecutionId.parse(EID): 1},
        by_str={EID: 1},
        raw_pairs=[(b"tenant-a", b"i-1"), (b"tenant-b", b"i-1"), (b"tenant-a", b"i-2"), (None, b"i-1")] * 2500,
        raw_ns=b"tenant-a",
        ctx=ff.keys.ExecKeyContext(ff.Partition(ff.PartitionFamily.Flow, 7), ff.ExecutionId.parse(EID)),
        hash_tag="{fp:7}",
        data64=bytes(range(64)),
        fnv=ff.hash,
        raw_tag=b"i-1",
        Stdout=ff.FrameKind.Stdout,
        DStdout=peers.Kind.Stdout,
        lane=ff.LaneId("default"),
        config=ff.PartitionConfig(),
        ns="tenant-a",
        tag=("cairn.instance_id", "i-1"),
    )
    for label, (frame_cls, lease_cls) in optional.items():
        key = label.split(".")[0]
        env[f"{key}_frame"] = frame_cls
        env[f"{key}_lease"] = lease_cls
    return env


def rows(env: dict[str, Any]) -> list[Row]:
    def optional(kind: str, stmt: str) -> dict[str, str]:
        return {label: stmt.format(cls=f"{key}_{kind}") for label, key in (("msgspec.Struct", "msgspec"), ("pydantic.BaseModel", "pydantic")) if f"{key}_{kind}" in env}

    return [
        Row("read int: Frame.seq", "frame.seq", "dframe.seq", "<= 1.3", 1_000_000),
        Row("read int: LeaseRenewal.expires_at_ms", "lease.expires_at_ms", "dlease.expires_at_ms", "<= 1.3", 1_000_000),
        Row("read str: FailureReason.message", "reason.message", "dreason.message", "<= 1.3", 1_000_000),
        Row("read str: ValkeyConnection.host", "conn.host", "dconn.host", "<= 1.3", 1_000_000),
        Row("read bytes: Frame.bytes (64 B)", "frame.bytes", "dframe.bytes", "<= 1.3", 1_000_000),
        Row(
            "construct Frame (64 B payload)",
            "ff.Frame(PAYLOAD, Stdout)",
            "peers.Frame(PAYLOAD, DStdout, None)",
            "<= 1",
            300_000,
            optional("frame", "{cls}(bytes=PAYLOAD, kind=DStdout, seq=None)"),
        ),
        Row(
            "construct LeaseRenewal",
            "ff.LeaseRenewal(1_700_000_000_000, 2)",
            "peers.LeaseRenewal(1_700_000_000_000, 2)",
            "<= 1",
            300_000,
            optional("lease", "{cls}(expires_at_ms=1_700_000_000_000, lease_epoch=2)"),
        ),
        Row(
            "ScannerFilter.matches, one call",
            'scanner.matches("tenant-a", "i-1")',
            'peers.matches(ns, tag, "tenant-a", "i-1")',
            "<= 1",
            500_000,
        ),
        Row(
            "matches_many, 10,000 str pairs",
            "scanner.matches_many(pairs)",
            "[peers.matches(ns, tag, n, v) for n, v in pairs]",
            "<= 0.5",
            100,
        ),
        Row(
            "matches_many, 10,000 raw bytes replies",
            "scanner.matches_many(raw_pairs)",
            "[n == raw_ns and v == raw_tag for n, v in raw_pairs]",
            "<= 1",
            100,
        ),
        Row("ExecutionId.parse", "ff.ExecutionId.parse(EID)", "peers.parse_execution_id(EID)", "<= 0.5", 200_000),
        Row("solo_partition", "ff.solo_partition(lane, config)", 'peers.solo_partition_index("default", 256)', "<= 1", 500_000),
        Row(
            "PartitionKey(solo_partition(..)).as_str()",
            "ff.PartitionKey(ff.solo_partition(lane, config)).as_str()",
            'peers.solo_partition_key("default", 256)',
            "<= 1.2",
            300_000,
        ),
        Row("Frame(1 MiB bytes, kind).bytes", "ff.Frame(MIB, Stdout).bytes", "peers.Frame(MIB, DStdout, None).bytes", "<= 1.5", 300_000),
        Row("frame.replace(seq=8)", "frame.replace(seq=8)", "replace(dframe, seq=8)", "<= 1", 300_000),
        Row("str(eid), vs a str id", "str(eid)", "str(seid)", "<= 1.3", 1_000_000),
        Row('f"claimed {eid}", vs an int id', 'f"claimed {eid}"', 'f"claimed {ieid}"', "<= 1.2", 1_000_000),
        Row("hash(eid), vs a str id", "hash(eid)", "hash(seid)", "<= 1.2", 1_000_000),
        Row("dict lookup by ExecutionId, vs by str", "by_eid[eid]", "by_str[seid]", "<= 1.2", 1_000_000),
        Row("ctx.core(), vs an f-string of str parts", "ctx.core()", 'f"ff:exec:{hash_tag}:{seid}:core"', "<= 1.5", 1_000_000),
        Row("fnv1a_u64, 64 bytes", "fnv.fnv1a_u64(data64)", "peers.fnv1a_u64(data64)", "<= 0.05", 100_000),
        Row("StreamCursor.from_str", 'ff.StreamCursor.from_str("1700000000000-5")', 'peers.parse_stream_cursor("1700000000000-5")', "<= 1", 500_000),
    ]


def check_agreement(env: dict[str, Any]) -> list[str]:
    """Ours against the references; a non-empty list is a failure."""
    problems = []
    scanner, ns, tag = env["scanner"], env["ns"], env["tag"]
    cases = [(n, v) for n in ("tenant-a", "tenant-b", None, "") for v in ("i-1", "i-2", None, "")]
    expected = [peers.matches(ns, tag, n, v) for n, v in cases]
    if [scanner.matches(n, v) for n, v in cases] != expected:
        problems.append("matches disagrees with the reference")
    if scanner.matches_many(cases) != expected:
        problems.append("matches_many disagrees with the reference")
    for text in (EID, EID.upper().replace("FP", "fp"), "{fp:65536}:" + EID[7:], "{fp:1}:nope", "nope", "{fp:+7}:" + EID[7:]):
        try:
            ff.ExecutionId.parse(text)
            ours = True
        except ValueError:
            ours = False
        try:
            peers.parse_execution_id(text)
            theirs = True
        except ValueError:
            theirs = False
        if ours != theirs:
            problems.append(f"ExecutionId.parse disagrees on {text!r}")
    for lane in ("default", "gpu", "é", "", "123456789"):
        for count in (1, 7, 256, 65535):
            if ff.solo_partition(ff.LaneId(lane), ff.PartitionConfig(count)).index != peers.solo_partition_index(lane, count):
                problems.append(f"solo_partition disagrees on {lane!r} % {count}")
    if ff.Frame(MIB, ff.FrameKind.Blob).bytes is not MIB:
        problems.append("1 MiB payload was copied")
    raw = env["raw_pairs"][:8] + [(b"\xff", b"i-1"), ("tenant-a", "i-1")]
    if scanner.matches_many(raw) != [peers.matches_raw(env["raw_ns"], env["raw_tag"], n if not isinstance(n, str) else n.encode(), v if not isinstance(v, str) else v.encode()) for n, v in raw]:
        problems.append("matches_many disagrees on raw replies")
    if ff.PartitionKey(ff.solo_partition(env["lane"], env["config"])).as_str() != peers.solo_partition_key("default", 256):
        problems.append("partition key disagrees")
    if env["ctx"].core() != f"ff:exec:{{fp:7}}:{EID}:core":
        problems.append("ExecKeyContext.core disagrees")
    if ff.hash.fnv1a_u64(env["data64"]) != peers.fnv1a_u64(env["data64"]):
        problems.append("fnv1a_u64 disagrees")
    for text in ("start", "end", "0-0", "5", "1-", "-", "", "１２"):
        our_cursor: str | None
        their_cursor: str | None
        try:
            our_cursor = str(ff.StreamCursor.from_str(text))
        except ValueError:
            our_cursor = None
        try:
            their_cursor = peers.parse_stream_cursor(text)
        except ValueError:
            their_cursor = None
        if our_cursor != their_cursor:
            problems.append(f"StreamCursor.from_str disagrees on {text!r}")
    if (str(env["eid"]), hash(env["eid"]), env["by_eid"][env["eid"]]) != (EID, hash(EID), 1):
        problems.append("ExecutionId str/hash/lookup disagree")
    if (env["frame"].seq, env["frame"].bytes, env["lease"].expires_at_ms, env["reason"].message) != (
        env["dframe"].seq,
        env["dframe"].bytes,
        env["dlease"].expires_at_ms,
        env["dreason"].message,
    ):
        problems.append("field reads disagree with the dataclass")
    return problems


def measure(env: dict[str, Any], row: Row, repeats: int, scale: float) -> dict[str, float]:
    """Seconds per operation, min over interleaved repeats."""
    contenders = {"ours": row.ours, "dataclass / Python": row.peer, **row.extra}
    timers = {name: timeit.Timer(stmt, globals=env) for name, stmt in contenders.items()}
    number = max(1, int(row.number * scale))
    best = {name: float("inf") for name in timers}
    for _ in range(repeats):
        for name, timer in timers.items():
            best[name] = min(best[name], timer.timeit(number) / number)
    return best


def memory_per_instance(make: Callable[[int], object], count: int) -> tuple[float, float]:
    """(traced bytes, RSS bytes) per instance for `count` live objects.
    tracemalloc sees the Python heap only; RSS also sees Rust's."""
    gc.collect()
    tracemalloc.start()
    rss_before = rss()
    objs = [make(i) for i in range(count)]
    traced, _ = tracemalloc.get_traced_memory()
    rss_after = rss()
    tracemalloc.stop()
    del objs
    return traced / count, (rss_after - rss_before) / count


def rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def fmt_time(seconds: float) -> str:
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)):
        if seconds >= scale:
            return f"{seconds / scale:.1f} {unit}"
    return f"{seconds / 1e-9:.2f} ns"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few iterations; check agreement and that all runs")
    parser.add_argument(
        "--repeats", type=int, default=35, help="interleaved rounds per row, the minimum kept; the total time stays the same"
    )
    parser.add_argument("--only", metavar="TEXT", help="run only the rows whose name contains TEXT (and skip memory)")
    args = parser.parse_args()
    # Many short rounds rather than a few long ones: on a shared machine a
    # noisy spell then spoils a few rounds of both sides, not a whole side.
    repeats, scale, count = (2, 0.002, 2_000) if args.quick else (args.repeats, 7 / args.repeats, 200_000)

    env = namespace()
    problems = check_agreement(env)
    for problem in problems:
        print("DISAGREES:", problem)

    print(f"ff_core {ff.__version__}, Python {sys.version.split()[0]}; {'quick' if args.quick else 'full'} run, min of {repeats}")
    print(f"| operation | ours | peer | ours/peer | target | met | other peers (ratio) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    missed = 0
    for row in rows(env):
        if args.only and args.only not in row.name:
            continue
        best = measure(env, row, repeats, scale)
        ratio = best["ours"] / best["dataclass / Python"]
        met = ratio <= row.limit()
        missed += not met
        others = ", ".join(f"{name} {fmt_time(t)} ({best['ours'] / t:.2f})" for name, t in best.items() if name not in ("ours", "dataclass / Python"))
        print(
            f"| {row.name} | {fmt_time(best['ours'])} | {fmt_time(best['dataclass / Python'])} | {ratio:.2f} | "
            f"{row.target} | {'yes' if met else 'NO'} | {others} |"
        )

    if args.only:
        return 1 if problems else 0
    print()
    print(f"memory per instance, {count:,} live objects (tracemalloc sees the Python heap, RSS also Rust's):")
    print("| type | ours traced | ours RSS | peer traced | peer RSS | traced ratio (target for ExecutionId <= 1.5) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for label, ours, theirs in (
        ("ExecutionId vs str id (200,000)", lambda i: ff.ExecutionId.parse(f"{{fp:{i % 256}}}:{uuid.UUID(int=i)}"), lambda i: f"{{fp:{i % 256}}}:{uuid.UUID(int=i)}"),
        ("Frame (64 B payload)", lambda i: ff.Frame(PAYLOAD, ff.FrameKind.Stdout), lambda i: peers.Frame(PAYLOAD, peers.Kind.Stdout, None)),
        ("LeaseRenewal", lambda i: ff.LeaseRenewal(1_700_000_000_000 + i, i), lambda i: peers.LeaseRenewal(1_700_000_000_000 + i, i)),
    ):
        o_traced, o_rss = memory_per_instance(ours, count)
        t_traced, t_rss = memory_per_instance(theirs, count)
        print(f"| {label} | {o_traced:.0f} B | {o_rss:.0f} B | {t_traced:.0f} B | {t_rss:.0f} B | {o_traced / t_traced:.2f} |")

    if not args.quick:
        print(f"\n{missed} target(s) missed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
