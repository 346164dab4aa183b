"""Typed surface of the native module `ff_core._ff_core`: every name flat, as pickles find them; each is declared in its module's stub."""
# Generated from the binding's declarations by `cargo test -p ff_core_py`
# (FF_CORE_UPDATE_STUBS=1 rewrites it): do not edit.

from typing import Final

__version__: Final[str]
# The ff-core release this module binds, read from Cargo.lock at build time.
FF_CORE_VERSION: Final[str]
# Each module's doc, names, and the names `ff_core` re-exports (for the facade).
_modules: Final[dict[str, tuple[str, dict[str, object], tuple[str, ...]]]]
# The names each module takes from `ff_core/_handwritten.py`.
_handwritten_exports: Final[dict[str, tuple[str, ...]]]

from ff_core.backend import (
    CancelFlowPolicy as CancelFlowPolicy,
    CancelFlowWait as CancelFlowWait,
    CapabilitySet as CapabilitySet,
    ClaimPolicy as ClaimPolicy,
    CompletionPayload as CompletionPayload,
    ResumeSignal as ResumeSignal,
    BackendTimeouts as BackendTimeouts,
    BackendRetry as BackendRetry,
    ValkeyConnection as ValkeyConnection,
    BackendConnection as BackendConnection,
    BackendConfig as BackendConfig,
    FailureReason as FailureReason,
    FailureClass as FailureClass,
    FailOutcome as FailOutcome,
    FailOutcomeVariant as FailOutcomeVariant,
    FrameKind as FrameKind,
    Frame as Frame,
    BackendTag as BackendTag,
    HandleKind as HandleKind,
    HandleOpaque as HandleOpaque,
    Handle as Handle,
    ReclaimToken as ReclaimToken,
    LeaseRenewal as LeaseRenewal,
    ScannerFilter as ScannerFilter,
    UsageDimensions as UsageDimensions,
    AdmissionDecision as AdmissionDecision,
    WaitpointKind as WaitpointKind,
    WaitpointHmac as WaitpointHmac,
    WaitpointSpec as WaitpointSpec,
)
from ff_core.contracts import (
    ReclaimGrant as ReclaimGrant,
    ClaimGrant as ClaimGrant,
    StreamCursor as StreamCursor,
    ClaimedExecution as ClaimedExecution,
    ClaimExecutionResult as ClaimExecutionResult,
    CreateExecutionArgs as CreateExecutionArgs,
    CreateExecutionResult as CreateExecutionResult,
    CreateExecutionResultVariant as CreateExecutionResultVariant,
    CancelExecutionArgs as CancelExecutionArgs,
    CancelExecutionResult as CancelExecutionResult,
    CancelExecutionResultVariant as CancelExecutionResultVariant,
    StreamCursorParseError as StreamCursorParseError,
)
from ff_core.error import (
    ErrorClass as ErrorClass,
)
from ff_core.hash import (
    fnv1a_u64 as fnv1a_u64,
    fnv1a_xor8hex as fnv1a_xor8hex,
    fnv1a_u16_mod as fnv1a_u16_mod,
)
from ff_core.keys import (
    USAGE_DEDUP_KEY_PREFIX as USAGE_DEDUP_KEY_PREFIX,
    ExecKeyContext as ExecKeyContext,
    IndexKeys as IndexKeys,
    FlowKeyContext as FlowKeyContext,
    FlowIndexKeys as FlowIndexKeys,
    BudgetKeyContext as BudgetKeyContext,
    QuotaKeyContext as QuotaKeyContext,
    budget_attach_key as budget_attach_key,
    budget_policies_index as budget_policies_index,
    budget_resets_key as budget_resets_key,
    global_config_partitions as global_config_partitions,
    idempotency_key as idempotency_key,
    lane_config_key as lane_config_key,
    lane_counts_key as lane_counts_key,
    lanes_index_key as lanes_index_key,
    namespace_executions_key as namespace_executions_key,
    noop_key as noop_key,
    quota_attach_key as quota_attach_key,
    quota_policies_index as quota_policies_index,
    tag_index_key as tag_index_key,
    usage_dedup_key as usage_dedup_key,
    waitpoint_key_resolution as waitpoint_key_resolution,
    worker_caps_key as worker_caps_key,
    worker_key as worker_key,
    workers_capability_key as workers_capability_key,
    workers_index_key as workers_index_key,
)
from ff_core.partition import (
    PartitionFamily as PartitionFamily,
    PartitionConfig as PartitionConfig,
    Partition as Partition,
    PartitionKey as PartitionKey,
    flow_partition as flow_partition,
    solo_partition as solo_partition,
    execution_partition as execution_partition,
    Crc16SoloPartitioner as Crc16SoloPartitioner,
    solo_partition_with as solo_partition_with,
    budget_partition as budget_partition,
    quota_partition as quota_partition,
    PartitionCountError as PartitionCountError,
    PartitionKeyParseError as PartitionKeyParseError,
)
from ff_core.policy import (
    CAPS_MAX_BYTES as CAPS_MAX_BYTES,
    CAPS_MAX_TOKENS as CAPS_MAX_TOKENS,
    ExecutionPolicy as ExecutionPolicy,
    RetryPolicy as RetryPolicy,
    BackoffStrategy as BackoffStrategy,
    TimeoutPolicy as TimeoutPolicy,
    SuspensionPolicy as SuspensionPolicy,
    FallbackPolicy as FallbackPolicy,
    FallbackTier as FallbackTier,
    RoutingRequirements as RoutingRequirements,
    StreamPolicy as StreamPolicy,
)
from ff_core.state import (
    LifecyclePhase as LifecyclePhase,
    OwnershipState as OwnershipState,
    EligibilityState as EligibilityState,
    BlockingReason as BlockingReason,
    TerminalOutcome as TerminalOutcome,
    AttemptState as AttemptState,
    PublicState as PublicState,
    AttemptLifecycle as AttemptLifecycle,
    AttemptType as AttemptType,
    LaneState as LaneState,
    StateVector as StateVector,
)
from ff_core.types import (
    ExecutionIdParseError as ExecutionIdParseError,
    JsonError as JsonError,
    LaneIdError as LaneIdError,
    LANE_ID_MAX_BYTES as LANE_ID_MAX_BYTES,
    Namespace as Namespace,
    LaneId as LaneId,
    WaitpointToken as WaitpointToken,
    ExecutionId as ExecutionId,
    FlowId as FlowId,
    SignalId as SignalId,
    TimestampMs as TimestampMs,
    LeaseEpoch as LeaseEpoch,
    AttemptIndex as AttemptIndex,
    BudgetId as BudgetId,
    QuotaPolicyId as QuotaPolicyId,
    LeaseId as LeaseId,
    AttemptId as AttemptId,
    WaitpointId as WaitpointId,
    SuspensionId as SuspensionId,
    EdgeId as EdgeId,
    WorkerId as WorkerId,
    WorkerInstanceId as WorkerInstanceId,
    WaitpointKey as WaitpointKey,
    LeaseFence as LeaseFence,
    CancelSource as CancelSource,
)
