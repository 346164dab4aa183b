"""Typing cases that must fail: every line below is a misuse that mypy
reports with the named code. Under `warn_unused_ignores`, an error that
stops being reported makes the check fail."""

from collections.abc import Hashable
from datetime import timedelta

import valkey
import valkey.asyncio

import ff_core as ff
from ff_core.valkey import afilter_candidates, filter_candidates
from ff_core import AdmissionDecision, CancelFlowWait, FrameKind, PartitionFamily


def payloads_are_bytes() -> None:
    ff.Frame("text", ff.FrameKind.Stdout)  # type: ignore[arg-type]
    ff.Frame([1, 2], ff.FrameKind.Stdout)  # type: ignore[arg-type]
    ff.HandleOpaque("text")  # type: ignore[arg-type]
    ff.FailureReason.with_detail("boom", "stack")  # type: ignore[arg-type]
    frame = ff.Frame(b"x", ff.FrameKind.Stdout)
    frame.replace(bytes="text")  # type: ignore[arg-type]
    frame.replace(sequence=1)  # type: ignore[call-arg]
    text: str = frame.bytes  # type: ignore[assignment]
    print(text)


def ports_and_numbers_are_ints() -> None:
    ff.ValkeyConnection("h", "6379")  # type: ignore[arg-type]
    ff.BackendConfig.valkey("h", "6379")  # type: ignore[arg-type]
    ff.LeaseRenewal(1.5, 2)  # type: ignore[arg-type]
    ff.TimestampMs("5")  # type: ignore[arg-type]


def keyword_only_constructors() -> None:
    ff.ClaimPolicy(timedelta(seconds=1))  # type: ignore[call-arg]
    ff.UsageDimensions(1, 2)  # type: ignore[call-arg]
    ff.BackendTimeouts(timedelta(seconds=1))  # type: ignore[call-arg]
    ff.BackendRetry(2)  # type: ignore[call-arg]


def no_public_constructor() -> None:
    ff.ExecutionId()  # type: ignore[call-arg]
    ff.BackendConfig()  # type: ignore[call-arg]
    ff.FrameKind()  # type: ignore[call-arg]
    AdmissionDecision()  # type: ignore[call-arg]


def wrong_argument_types() -> None:
    ff.ExecutionId.solo("default", ff.PartitionConfig())  # type: ignore[arg-type]
    ff.FlowId.from_uuid("67e55044-10b1-426f-9247-bb680e5fe0c8")  # type: ignore[arg-type]
    ff.ScannerFilter().with_namespace("tenant-a")  # type: ignore[arg-type]
    ff.ScannerFilter().matches(1, None)  # type: ignore[arg-type]
    ff.ScannerFilter().matches_many([("a", 1)])  # type: ignore[list-item]
    ff.CancelFlowWait.WaitTimeout(1.0)  # type: ignore[arg-type]
    ff.PartitionKey("{fp:0}")  # type: ignore[arg-type]
    ff.CapabilitySet([1])  # type: ignore[list-item]


def immutable_types() -> None:
    ff.Frame(b"", FrameKind.Blob).seq = 2  # type: ignore[misc]
    ff.ScannerFilter().namespace = None  # type: ignore[misc]
    ff.CapabilitySet(["a"]).tokens.append("b")  # type: ignore[attr-defined]
    ff.UsageDimensions().custom["a"] = 1  # type: ignore[index]
    ff.Partition(PartitionFamily.Flow, 1).index = 2  # type: ignore[misc]
    ff.LeaseRenewal(1, 2).lease_epoch = 3  # type: ignore[misc]
    ff.PartitionConfig().num_flow_partitions = 1  # type: ignore[misc]


def unhashable_types() -> None:
    frame: Hashable = ff.Frame(b"", FrameKind.Blob)  # type: ignore[assignment]
    scanner: Hashable = ff.ScannerFilter()  # type: ignore[assignment]
    fine: Hashable = ff.Partition(PartitionFamily.Flow, 1)
    print(frame, scanner, fine)


def missing_wildcard_on_open_enums(kind: FrameKind, decision: AdmissionDecision, wait: CancelFlowWait) -> None:
    match kind:  # type: ignore[exhaustive-match]
        case FrameKind.Stdout | FrameKind.Stderr | FrameKind.Event | FrameKind.Blob:
            pass
    match decision:  # type: ignore[exhaustive-match]
        case AdmissionDecision.Admitted:
            pass
        case AdmissionDecision.Throttled():
            pass
        case AdmissionDecision.Rejected():
            pass
    match wait:  # type: ignore[exhaustive-match]
        case CancelFlowWait.NoWait | CancelFlowWait.WaitIndefinite:
            pass
        case CancelFlowWait.WaitTimeout():
            pass


def missing_arm_on_a_closed_enum(family: PartitionFamily) -> None:
    match family:  # type: ignore[exhaustive-match]
        case PartitionFamily.Flow | PartitionFamily.Execution | PartitionFamily.Budget:
            pass


def closed_enum_is_not_iterable() -> None:
    """At run time PartitionFamily is no enum.Enum: these raise TypeError."""
    for family in PartitionFamily:  # type: ignore[misc]
        print(family)
    len(PartitionFamily)  # type: ignore[arg-type]


def keyspace_misuse() -> None:
    from ff_core import keys

    eid = ff.ExecutionId.parse("{fp:7}:67e55044-10b1-426f-9247-bb680e5fe0c8")
    ctx = keys.ExecKeyContext(ff.Partition(PartitionFamily.Flow, 7), eid)
    ctx.stream(0)  # type: ignore[arg-type]
    keys.lane_config_key("default")  # type: ignore[arg-type]
    unhashable: Hashable = ctx  # type: ignore[assignment]
    print(unhashable)
    ff.LeaseFence.from_json(5)  # type: ignore[arg-type]
    ff.LeaseEpoch(1).value  # type: ignore[attr-defined]


def valkey_scans_take_execution_ids(client: valkey.Valkey, aclient: valkey.asyncio.Valkey) -> None:
    scanner = ff.ScannerFilter()
    filter_candidates(client, scanner, ["{fp:7}:67e55044-10b1-426f-9247-bb680e5fe0c8"])  # type: ignore[list-item]
    filter_candidates(aclient, scanner, [])  # type: ignore[arg-type]
    filter_candidates(client, (None, None), [])  # type: ignore[arg-type]
    filter_candidates(client, scanner, [], config=256)  # type: ignore[arg-type]
    afilter_candidates(client, scanner, [])  # type: ignore[arg-type,unused-coroutine]
