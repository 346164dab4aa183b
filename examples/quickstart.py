"""ff_core at work: the types a Python worker shares with the Rust services.

Run it with `bash scripts/quickstart.sh` (fresh virtual environment,
`pip install .`, then this script).
"""

from datetime import timedelta

import ff_core
from ff_core import (
    AdmissionDecision,
    CancelFlowWait,
    ExecutionId,
    Frame,
    FrameKind,
    LaneId,
    Namespace,
    PartitionConfig,
    PartitionKey,
    ScannerFilter,
    WaitpointHmac,
    WaitpointKind,
    WaitpointSpec,
    solo_partition,
)


def main() -> None:
    print(f"ff_core {ff_core.__version__}")

    # Frames carry bytes; repr is Rust's Debug, byte for byte.
    frame = Frame.with_seq(b"step 1 done\n", FrameKind.Stdout, 1)
    print("frame:        ", repr(frame))

    # Values, not places: nothing changes in place; `replace` makes a new value.
    next_frame = frame.replace(bytes=b"step 2 done\n", seq=2)
    print("replaced:     ", next_frame.seq, "(the original still has", frame.seq, end=")\n")

    # A waitpoint token is a bearer credential: every printed form redacts it.
    hmac = WaitpointHmac("kid1:0123456789abcdef0123456789abcdef01234567")
    spec = WaitpointSpec(WaitpointKind.SignalName, b"approved", hmac)
    print("waitpoint:    ", spec)
    print("token (str):  ", hmac.token())

    # The scanner predicate is the Rust one.
    scanner = ScannerFilter().with_namespace(Namespace("tenant-a")).with_instance_tag(
        "cairn.instance_id", "i-1"
    )
    print("filter:       ", repr(scanner))
    # Raw HGET replies as a Valkey client returns them: bytes or None.
    candidates = [(b"tenant-a", b"i-1"), (b"tenant-b", b"i-1"), (b"tenant-a", None)]
    print("matches:      ", scanner.matches_many(candidates))

    # Partitions: CRC-16/XMODEM of the lane, as the Rust services compute it.
    config = PartitionConfig()
    lane = LaneId.try_new("default")
    partition = solo_partition(lane, config)
    eid = ExecutionId.solo(lane, config)
    print("partition:    ", partition, repr(partition))
    print("key:          ", repr(PartitionKey(partition)))
    print("execution id: ", repr(eid), "in partition", eid.partition())
    assert eid.partition() == partition.index

    # Enums: unit variants are singletons, data variants are classes for `match`.
    for decision in (AdmissionDecision.Admitted, AdmissionDecision.Throttled(retry_after_ms=25)):
        match decision:
            case AdmissionDecision.Throttled(retry_after_ms=ms):
                print("admission:     throttled, retry in", ms, "ms")
            case AdmissionDecision.Admitted:
                print("admission:     admitted")
            case _:  # non-exhaustive in Rust: new variants may come
                print("admission:     unknown", decision)
    print("cancel wait:  ", repr(CancelFlowWait.WaitTimeout(timedelta(seconds=1))))


if __name__ == "__main__":
    main()
