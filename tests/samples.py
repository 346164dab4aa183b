"""One sample value of every public type, for the cross-cutting tests."""

from collections.abc import Callable
from datetime import timedelta

import ff_core as ff
from conftest import TOKEN, UUID, UUID_TEXT

EID = ff.ExecutionId.parse(f"{{fp:7}}:{UUID_TEXT}")


def grant() -> ff.ReclaimGrant:
    return ff.ReclaimGrant(EID, ff.PartitionKey(ff.Partition(ff.PartitionFamily.Flow, 0)), "gkey", 123, ff.LaneId("default"))


def valkey_connection() -> ff.ValkeyConnection:
    conn = ff.ValkeyConnection("h", 6379)
    conn.tls = True
    return conn


def backend_config() -> ff.BackendConfig:
    config = ff.BackendConfig.valkey("h", 6379)
    config.timeouts.request = timedelta(seconds=2)
    config.retry.factor = 3
    return config


def usage() -> ff.UsageDimensions:
    return ff.UsageDimensions(input_tokens=1, output_tokens=2, wall_ms=3, custom={"a": 4})


def scanner_filter() -> ff.ScannerFilter:
    return ff.ScannerFilter().with_namespace(ff.Namespace("n")).with_instance_tag("k", "v")


# Types that Rust makes immutable here: Copy, or deriving Hash.
FROZEN: list[object] = [
    ff.Namespace("tenant-a"),
    ff.LaneId("default"),
    ff.FlowId.from_uuid(UUID),
    ff.SignalId.from_uuid(UUID),
    EID,
    ff.TimestampMs(1234),
    ff.WaitpointToken(TOKEN),
    ff.PartitionConfig(8, 2, 3),
    ff.Partition(ff.PartitionFamily.Budget, 3),
    ff.PartitionKey(ff.Partition(ff.PartitionFamily.Quota, 1)),
    ff.PartitionFamily.Execution,
    ff.BackendTag.Valkey,
    ff.HandleKind.Suspended,
    ff.FrameKind.Event,
    ff.WaitpointKind.External,
    ff.FailureClass.InfraCrash,
    ff.CancelFlowPolicy.CancelPending,
    ff.HandleOpaque(b"\x00\x01"),
    ff.Handle(ff.BackendTag.Valkey, ff.HandleKind.Fresh, ff.HandleOpaque(b"\x02")),
    ff.WaitpointHmac(TOKEN),
    ff.LeaseRenewal(100, 2),
    ff.CancelFlowWait.NoWait,
    ff.CancelFlowWait.WaitIndefinite,
    ff.CancelFlowWait.WaitTimeout(timedelta(milliseconds=1500)),
    ff.AdmissionDecision.Admitted,
    ff.AdmissionDecision.Throttled(25),
    ff.AdmissionDecision.Rejected("quota"),
    ff.FailOutcome.TerminalFailed,
    ff.FailOutcome.RetryScheduled(ff.TimestampMs(42)),
]

# Types with writable fields: built fresh for each test.
MUTABLE_FACTORIES: dict[str, Callable[[], object]] = {
    "CapabilitySet": lambda: ff.CapabilitySet(["gpu", "cuda"]),
    "ClaimPolicy": lambda: ff.ClaimPolicy.with_max_wait(timedelta(milliseconds=500)),
    "ClaimPolicy.immediate": ff.ClaimPolicy.immediate,
    "Frame": lambda: ff.Frame.with_seq(b"hello", ff.FrameKind.Stdout, 3),
    "Frame.no_seq": lambda: ff.Frame(bytearray(b"x"), ff.FrameKind.Blob),
    "WaitpointSpec": lambda: ff.WaitpointSpec(ff.WaitpointKind.SignalName, b"approved", ff.WaitpointHmac(TOKEN)),
    "FailureReason": lambda: ff.FailureReason.with_detail("boom", b"stack"),
    "FailureReason.no_detail": lambda: ff.FailureReason("boom"),
    "UsageDimensions": usage,
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
    "ValkeyConnection": valkey_connection,
    "BackendConnection": lambda: ff.BackendConnection.Valkey(valkey_connection()),
    "BackendConfig": backend_config,
    "ScannerFilter": scanner_filter,
    "ScannerFilter.NOOP": lambda: ff.ScannerFilter.NOOP,
}
