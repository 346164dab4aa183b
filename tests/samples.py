"""One sample value of every public type, for the cross-cutting tests."""

from collections.abc import Callable
from datetime import timedelta

import ff_core as ff
from conftest import TOKEN, UUID, UUID_TEXT

EID = ff.ExecutionId.parse(f"{{fp:7}}:{UUID_TEXT}")


def grant() -> ff.ReclaimGrant:
    return ff.ReclaimGrant(EID, ff.PartitionKey(ff.Partition(ff.PartitionFamily.Flow, 0)), "gkey", 123, ff.LaneId("default"))


def backend_config() -> ff.BackendConfig:
    config = ff.BackendConfig.valkey("h", 6379)
    return config.replace(timeouts=ff.BackendTimeouts(request=timedelta(seconds=2)), retry=ff.BackendRetry(factor=3))


# Every public type, by name; each call builds a fresh value.
VALUES: dict[str, Callable[[], object]] = {
    "Namespace": lambda: ff.Namespace("tenant-a"),
    "LaneId": lambda: ff.LaneId("default"),
    "FlowId": lambda: ff.FlowId.from_uuid(UUID),
    "SignalId": lambda: ff.SignalId.from_uuid(UUID),
    "ExecutionId": lambda: EID,
    "TimestampMs": lambda: ff.TimestampMs(1234),
    "WaitpointToken": lambda: ff.WaitpointToken(TOKEN),
    "PartitionConfig": lambda: ff.PartitionConfig(8, 2, 3),
    "Partition": lambda: ff.Partition(ff.PartitionFamily.Budget, 3),
    "PartitionKey": lambda: ff.PartitionKey(ff.Partition(ff.PartitionFamily.Quota, 1)),
    "PartitionFamily": lambda: ff.PartitionFamily.Execution,
    "BackendTag": lambda: ff.BackendTag.Valkey,
    "HandleKind": lambda: ff.HandleKind.Suspended,
    "FrameKind": lambda: ff.FrameKind.Event,
    "WaitpointKind": lambda: ff.WaitpointKind.External,
    "FailureClass": lambda: ff.FailureClass.InfraCrash,
    "CancelFlowPolicy": lambda: ff.CancelFlowPolicy.CancelPending,
    "HandleOpaque": lambda: ff.HandleOpaque(b"\x00\x01"),
    "Handle": lambda: ff.Handle(ff.BackendTag.Valkey, ff.HandleKind.Fresh, ff.HandleOpaque(b"\x02")),
    "WaitpointHmac": lambda: ff.WaitpointHmac(TOKEN),
    "LeaseRenewal": lambda: ff.LeaseRenewal(100, 2),
    "CancelFlowWait.NoWait": lambda: ff.CancelFlowWait.NoWait,
    "CancelFlowWait.WaitIndefinite": lambda: ff.CancelFlowWait.WaitIndefinite,
    "CancelFlowWait.WaitTimeout": lambda: ff.CancelFlowWait.WaitTimeout(timedelta(milliseconds=1500)),
    "AdmissionDecision.Admitted": lambda: ff.AdmissionDecision.Admitted,
    "AdmissionDecision.Throttled": lambda: ff.AdmissionDecision.Throttled(25),
    "AdmissionDecision.Rejected": lambda: ff.AdmissionDecision.Rejected("quota"),
    "FailOutcome.TerminalFailed": lambda: ff.FailOutcome.TerminalFailed,
    "FailOutcome.RetryScheduled": lambda: ff.FailOutcome.RetryScheduled(ff.TimestampMs(42)),
    "CapabilitySet": lambda: ff.CapabilitySet(["gpu", "cuda"]),
    "ClaimPolicy": lambda: ff.ClaimPolicy.with_max_wait(timedelta(milliseconds=500)),
    "ClaimPolicy.immediate": ff.ClaimPolicy.immediate,
    "Frame": lambda: ff.Frame.with_seq(b"hello", ff.FrameKind.Stdout, 3),
    "Frame.no_seq": lambda: ff.Frame(bytearray(b"x"), ff.FrameKind.Blob),
    "WaitpointSpec": lambda: ff.WaitpointSpec(ff.WaitpointKind.SignalName, b"approved", ff.WaitpointHmac(TOKEN)),
    "FailureReason": lambda: ff.FailureReason.with_detail("boom", b"stack"),
    "FailureReason.no_detail": lambda: ff.FailureReason("boom"),
    "UsageDimensions": lambda: ff.UsageDimensions(input_tokens=1, output_tokens=2, wall_ms=3, custom={"a": 4}),
    "ReclaimGrant": grant,
    "ReclaimToken": lambda: ff.ReclaimToken(grant()),
    "CompletionPayload": lambda: ff.CompletionPayload(EID, "success", b"ok", ff.TimestampMs(1)).with_flow_id(
        ff.FlowId.from_uuid(UUID)
    ),
    "ResumeSignal": lambda: ff.ResumeSignal(
        ff.SignalId.from_uuid(UUID), "approve", "decision", "user", "u1", "c1", ff.TimestampMs(10), b"p"
    ),
    "BackendTimeouts": lambda: ff.BackendTimeouts(request=timedelta(seconds=1)),
    "BackendRetry": lambda: ff.BackendRetry(exponent_base=2, jitter_percent=5),
    "ValkeyConnection": lambda: ff.ValkeyConnection("h", 6379).replace(tls=True),
    "BackendConnection": lambda: ff.BackendConnection.Valkey(ff.ValkeyConnection("h", 6379)),
    "BackendConfig": backend_config,
    "ScannerFilter": lambda: ff.ScannerFilter().with_namespace(ff.Namespace("n")).with_instance_tag("k", "v"),
    "ScannerFilter.NOOP": lambda: ff.ScannerFilter.NOOP,
}

# The types whose Rust value derives `Hash`.
HASHABLE = {
    "Namespace", "LaneId", "FlowId", "SignalId", "ExecutionId", "TimestampMs", "WaitpointToken", "Partition",
    "PartitionKey", "PartitionFamily", "BackendTag", "HandleKind", "FrameKind", "WaitpointKind", "FailureClass",
    "CancelFlowPolicy", "HandleOpaque", "Handle", "WaitpointHmac", "LeaseRenewal", "CancelFlowWait",
}


def type_key(name: str) -> str:
    """`Frame.no_seq` -> `Frame`, `CancelFlowWait.NoWait` -> `CancelFlowWait`."""
    return name.split(".")[0]
