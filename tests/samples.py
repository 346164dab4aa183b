"""One sample value of every public type, for the cross-cutting tests."""

from collections.abc import Callable
from datetime import timedelta

import ff_core as ff
from contract_samples import VECTORS, sample_name, samples
from conftest import TOKEN, UUID, UUID_TEXT

EID = ff.ExecutionId.parse(f"{{fp:7}}:{UUID_TEXT}")


def grant() -> ff.ReclaimGrant:
    return ff.ReclaimGrant(EID, ff.PartitionKey(ff.Partition(ff.PartitionFamily.Flow, 0)), "gkey", 123, ff.LaneId("default"))


def backend_config() -> ff.BackendConfig:
    config = ff.BackendConfig.valkey("h", 6379)
    return config.replace(timeouts=ff.BackendTimeouts(request=timedelta(seconds=2)), retry=ff.BackendRetry(factor=3))


def claimed() -> ff.ClaimedExecution:
    return ff.ClaimedExecution(
        EID, ff.LeaseId.from_uuid(UUID), ff.LeaseEpoch(0), ff.AttemptIndex(0), ff.AttemptId.from_uuid(UUID),
        ff.AttemptType.Initial, ff.TimestampMs(1),
    )


# Every public value type, by name; each call builds a fresh value.
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
    # The keyspace layer.
    "BudgetId": lambda: ff.BudgetId.from_uuid(UUID),
    "QuotaPolicyId": lambda: ff.QuotaPolicyId.from_uuid(UUID),
    "LeaseId": lambda: ff.LeaseId.from_uuid(UUID),
    "AttemptId": lambda: ff.AttemptId.from_uuid(UUID),
    "WaitpointId": lambda: ff.WaitpointId.from_uuid(UUID),
    "SuspensionId": lambda: ff.SuspensionId.from_uuid(UUID),
    "EdgeId": lambda: ff.EdgeId.from_uuid(UUID),
    "WorkerId": lambda: ff.WorkerId("worker-1"),
    "WorkerInstanceId": lambda: ff.WorkerInstanceId("worker-1/7"),
    "WaitpointKey": lambda: ff.WaitpointKey("wpk"),
    "LeaseEpoch": lambda: ff.LeaseEpoch(3),
    "AttemptIndex": lambda: ff.AttemptIndex(0),
    "LeaseFence": lambda: ff.LeaseFence(ff.LeaseId.from_uuid(UUID), ff.LeaseEpoch(3), ff.AttemptId.from_uuid(UUID)),
    "CancelSource.OperatorOverride": lambda: ff.CancelSource(),
    "CancelSource.Custom": lambda: ff.CancelSource.Custom("janitor"),
    "LifecyclePhase": lambda: ff.LifecyclePhase.Active,
    "BlockingReason.None": lambda: getattr(ff.BlockingReason, "None"),
    "StateVector": lambda: ff.StateVector(
        ff.LifecyclePhase.Active, ff.OwnershipState.Leased, ff.EligibilityState.NotApplicable,
        getattr(ff.BlockingReason, "None"), getattr(ff.TerminalOutcome, "None"), ff.AttemptState.RunningAttempt,
        ff.PublicState.Active,
    ),
    "ExecutionPolicy": lambda: ff.ExecutionPolicy(
        priority=5, retry_policy=ff.RetryPolicy(), budget_ids=[ff.BudgetId.from_uuid(UUID)],
        routing_requirements=ff.RoutingRequirements(required_capabilities=["gpu"]),
    ),
    "RetryPolicy": lambda: ff.RetryPolicy(max_retries=1, backoff=ff.BackoffStrategy.Fixed(500)),
    "BackoffStrategy.Exponential": ff.BackoffStrategy,
    "BackoffStrategy.Fixed": lambda: ff.BackoffStrategy.Fixed(delay_ms=5000),
    "TimeoutPolicy": lambda: ff.TimeoutPolicy(1000, None, 100),
    "SuspensionPolicy": lambda: ff.SuspensionPolicy(None, "fail"),
    "FallbackPolicy": lambda: ff.FallbackPolicy([ff.FallbackTier("p", "m", None)]),
    "FallbackTier": lambda: ff.FallbackTier("p", "m", 30),
    "RoutingRequirements": lambda: ff.RoutingRequirements(required_capabilities=["b", "a"], isolation_level="vm"),
    "StreamPolicy": lambda: ff.StreamPolicy("buffered", 10_000, None),
    "ClaimGrant": lambda: ff.ClaimGrant(EID, ff.PartitionKey(ff.Partition(ff.PartitionFamily.Flow, 7)), "g", 5),
    "StreamCursor.Start": lambda: ff.StreamCursor.Start,
    "StreamCursor.At": lambda: ff.StreamCursor.At("5-0"),
    "ClaimedExecution": lambda: claimed(),
    "ClaimExecutionResult": lambda: ff.ClaimExecutionResult.Claimed(claimed()),
    "CreateExecutionArgs": lambda: ff.CreateExecutionArgs(
        EID, ff.Namespace("n"), ff.LaneId("default"), "kind", b"in", None, 5, "me", None, {"k": "v"},
        ff.ExecutionPolicy(), None, None, 7, ff.TimestampMs(1),
    ),
    "CancelExecutionArgs": lambda: ff.CancelExecutionArgs(
        EID, "stop", ff.CancelSource.LeaseHolder, ff.LeaseId.from_uuid(UUID), ff.LeaseEpoch(2),
        ff.AttemptId.from_uuid(UUID), ff.TimestampMs(9),
    ),
    "CancelExecutionResult": lambda: ff.CancelExecutionResult.Cancelled(EID, ff.PublicState.Cancelled),
    "OwnershipState": lambda: ff.OwnershipState.Leased,
    "EligibilityState": lambda: ff.EligibilityState.NotApplicable,
    "TerminalOutcome": lambda: ff.TerminalOutcome.Success,
    "AttemptState": lambda: ff.AttemptState.RunningAttempt,
    "PublicState": lambda: ff.PublicState.Active,
    "AttemptLifecycle": lambda: ff.AttemptLifecycle.Started,
    "AttemptType": lambda: ff.AttemptType.Retry,
    "LaneState": lambda: ff.LaneState.Paused,
    "ErrorClass": lambda: ff.ErrorClass.SoftError,
    "CreateExecutionResult.Created": lambda: ff.CreateExecutionResult.Created(EID, ff.PublicState.Waiting),
    "CreateExecutionResult.Duplicate": lambda: ff.CreateExecutionResult.Duplicate(EID),
}
VALUES.update({
    "ValidationKind": lambda: ff.ValidationKind.InvalidInput,
    "ContentionKind": lambda: ff.ContentionKind.LeaseConflict,
    "ContentionKind.ExecutionNotActive": lambda: ff.ContentionKind.ExecutionNotActive("success", "3", "terminal", "a"),
    "ConflictKind.RotationConflict": lambda: ff.ConflictKind.RotationConflict("kid1"),
    "StateKind": lambda: ff.StateKind.BudgetExceeded,
    "BugKind": lambda: ff.BugKind.AttemptNotInCreatedState,
})
# Every `contracts` type, from the samples ff-core wrote (the first of each).
for _vector, _make in samples():
    VALUES.setdefault(sample_name(_vector), _make)

# Public classes that are not values: key builders, the partitioner, the
# backend protocols and `CompletionStream` (a generic alias, which passes
# `isinstance(x, type)` on Python 3.10), and
# the `<Enum>Variant` unions (the enum class itself at run time).
NOT_VALUES = {
    "ExecKeyContext", "IndexKeys", "FlowKeyContext", "FlowIndexKeys", "BudgetKeyContext", "QuotaKeyContext",
    "Crc16SoloPartitioner", "SoloPartitioner", "EngineBackend", "CompletionBackend", "CompletionStream",
    "FailOutcomeVariant", "CancelExecutionResultVariant",
    "CreateExecutionResultVariant",
} | {f"{v['type']}Variant" for v in VECTORS if v["variant"]} | {"EngineError"}

# The types whose Rust value derives `Hash`.
HASHABLE = {
    "Namespace", "LaneId", "FlowId", "SignalId", "ExecutionId", "TimestampMs", "WaitpointToken", "Partition",
    "PartitionKey", "PartitionFamily", "BackendTag", "HandleKind", "FrameKind", "WaitpointKind", "FailureClass",
    "CancelFlowPolicy", "HandleOpaque", "Handle", "WaitpointHmac", "LeaseRenewal", "CancelFlowWait",
    "BudgetId", "QuotaPolicyId", "LeaseId", "AttemptId", "WaitpointId", "SuspensionId", "EdgeId", "WorkerId",
    "WorkerInstanceId", "WaitpointKey", "LeaseEpoch", "AttemptIndex", "LifecyclePhase", "BlockingReason", "StreamCursor",
    "OwnershipState", "EligibilityState", "TerminalOutcome", "AttemptState", "PublicState", "AttemptLifecycle",
    "AttemptType", "LaneState", "ErrorClass",
}

# No `PartialEq` in Rust: `==` is identity, so copies compare by `repr`.
IDENTITY_EQ = {"CreateExecutionArgs", "CancelExecutionArgs"} | {v["type"] for v in VECTORS if not v["eq"]}


def type_key(name: str) -> str:
    """`Frame.no_seq` -> `Frame`, `CancelFlowWait.NoWait` -> `CancelFlowWait`."""
    return name.split(".")[0]
