//! `ff_core::contracts`: products exchanged between FlowFabric services.
//!
//! Every item of ff-core's `contracts`, one declaration each, in ff-core's
//! order; docs are ff-core's.

use std::collections::{BTreeMap, BTreeSet, HashMap};

#[allow(clippy::wildcard_imports)] // every item of the module is declared here
use ff_core::contracts::*;
use ff_core::partition::PartitionKey;
use ff_core::policy::ExecutionPolicy;
use ff_core::state::{AttemptType, PublicState, StateVector};
use ff_core::types::{
    AttemptId, AttemptIndex, BudgetId, CancelSource, EdgeId, ExecutionId, FlowId, LaneId, LeaseEpoch, LeaseFence,
    LeaseId, Namespace, QuotaPolicyId, SignalId, SuspensionId, TimestampMs, WaitpointId, WaitpointToken, WorkerId,
    WorkerInstanceId,
};
use pyo3::prelude::*;
use pyo3::types::PyType;

use crate::partition::PyPartition;
use crate::support::error::Result;
use crate::support::json::json_methods;
use crate::support::seed::seed;
use crate::support::slot::{Slot, ensure_room_for_text, exact_str, utf8};
use crate::support::value::{Value, constructors, data_enum, value_struct};

value_struct!(
    /// The arguments of `create_execution`. Rust derives no `PartialEq`:
    /// `==` is identity, and it is unhashable.
    PyCreateExecutionArgs "CreateExecutionArgs" => CreateExecutionArgs { .. };
    fields {
        execution_id: ExecutionId,
        namespace: Namespace,
        lane_id: LaneId,
        execution_kind: String,
        input_payload: Vec<u8>,
        payload_encoding: Option<String>,
        priority: i32,
        creator_identity: String,
        idempotency_key: Option<String>,
        tags: HashMap<String, String>,
        /// Execution policy (retry, timeout, suspension, routing, etc.).
        policy: Option<ExecutionPolicy>,
        /// If set and in the future, execution starts delayed.
        delay_until: Option<TimestampMs>,
        /// Absolute deadline timestamp (ms). Execution expires if not complete by this time.
        execution_deadline_at: Option<TimestampMs>,
        /// Partition ID (pre-computed).
        partition_id: u16,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyCreateExecutionArgs { fields required; });

data_enum!(
    /// The result of `create_execution`.
    PyCreateExecutionResult "CreateExecutionResult" => CreateExecutionResult closed;
    hash: no;
    units [];
    /// Execution created successfully.
    Created named { execution_id: ExecutionId, public_state: PublicState }
    /// Idempotent duplicate — existing execution returned.
    Duplicate named { execution_id: ExecutionId }
);

value_struct!(
    /// The arguments of `issue_claim_grant`.
    PyIssueClaimGrantArgs "IssueClaimGrantArgs" => IssueClaimGrantArgs { .. };
    fields {
        execution_id: ExecutionId,
        lane_id: LaneId,
        worker_id: WorkerId,
        worker_instance_id: WorkerInstanceId,
        capability_hash: Option<String>,
        route_snapshot_json: Option<String>,
        admission_summary: Option<String>,
        /// Capabilities this worker advertises. Serialized as a sorted,
        /// comma-separated string to the Lua FCALL (see scheduling.lua
        /// ff_issue_claim_grant). An empty set matches only executions whose
        /// `required_capabilities` is also empty.
        worker_capabilities: BTreeSet<String>,
        grant_ttl_ms: u64,
        /// Caller-side timestamp for bookkeeping. NOT passed to the Lua FCALL —
        /// ff_issue_claim_grant uses `redis.call("TIME")` for grant_expires_at.
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyIssueClaimGrantArgs { fields required; });

data_enum!(
    /// The result of `issue_claim_grant`.
    PyIssueClaimGrantResult "IssueClaimGrantResult" => IssueClaimGrantResult closed;
    hash: no;
    units [];
    /// Grant issued.
    Granted named { execution_id: ExecutionId }
);

value_struct!(
    /// A claim grant issued by the scheduler for a specific execution.
    ///
    /// The worker uses this to call `ff_claim_execution` (or
    /// `ff_acquire_lease`), which atomically consumes the grant and
    /// creates the lease.
    ///
    /// Shared wire-level type between `ff-scheduler` (issuer) and
    /// `ff-sdk` (consumer, via `FlowFabricWorker::claim_from_grant`).
    /// Lives in `ff-core` so neither crate needs a dep on the other.
    ///
    /// **Lane asymmetry with [`ReclaimGrant`]:** `ClaimGrant` does NOT
    /// carry `lane_id`. The issuing scheduler's caller already picked
    /// a lane (that's how admission reached this grant) and passes it
    /// through to `claim_from_grant` as a separate argument. The grant
    /// handle stays narrow to what uniquely identifies the admission
    /// decision. The matching field on [`ReclaimGrant`] is an
    /// intentional divergence — see the note on that type.
    PyClaimGrant "ClaimGrant" => ClaimGrant { .. };
    fields {
        /// The execution that was granted.
        execution_id: ExecutionId,
        /// Opaque partition handle for this execution's hash-tag slot.
        ///
        /// Public wire type: consumers pass it back to FlowFabric but
        /// must not parse the interior hash tag for routing decisions.
        /// Internal consumers that need the typed
        /// [`crate::partition::Partition`] call [`Self::partition`].
        partition_key: PartitionKey,
        /// The Valkey key holding the grant hash (for the worker to
        /// reference).
        grant_key: String,
        /// When the grant expires if not consumed.
        expires_at_ms: u64,
    }
    hash: no;
);
constructors!(PyClaimGrant { fields required; });

#[pymethods]
impl PyClaimGrant {
    fn partition(&self, py: Python<'_>) -> Result<PyPartition> {
        Ok(PyPartition::from_rust(py, &self.to_rust(py)?.partition()?)?)
    }
}
crate::support::surface::members!(PyClaimGrant, 3, "def partition(self) -> Partition: ...\n");
value_struct!(
    /// A reclaim grant issued for a resumed (attempt_interrupted) execution.
    ///
    /// Issued by a producer (typically `ff-scheduler` once a Batch-C
    /// reclaim scanner is in place; test fixtures in the interim — no
    /// production Rust caller exists in-tree today). Consumed by
    /// [`FlowFabricWorker::claim_from_reclaim_grant`], which calls
    /// `ff_claim_resumed_execution` atomically: that FCALL validates the
    /// grant, consumes it, and transitions `attempt_interrupted` →
    /// `started` while preserving the existing `attempt_index` +
    /// `attempt_id` (a resumed execution re-uses its attempt; it does
    /// not start a new one).
    ///
    /// Mirrors [`ClaimGrant`] for the resume path. Differences:
    ///
    /// * [`ClaimGrant`] is issued against a freshly-eligible
    /// execution and `ff_claim_execution` creates a new attempt.
    /// * [`ReclaimGrant`] is issued against an `attempt_interrupted`
    /// execution; `ff_claim_resumed_execution` re-uses the existing
    /// attempt and bumps the lease epoch.
    ///
    /// The grant itself is written to the same `claim_grant` Valkey key
    /// that [`ClaimGrant`] uses; the distinction is which Lua FCALL
    /// consumes it (`ff_claim_execution` for new attempts,
    /// `ff_claim_resumed_execution` for resumes).
    ///
    /// **Lane asymmetry with [`ClaimGrant`]:** `ReclaimGrant` CARRIES
    /// `lane_id` as a field. The issuing path already knows the lane
    /// (it's read from `exec_core` at grant time); carrying it here
    /// spares the consumer a `HGET exec_core lane_id` round trip on
    /// the hot claim path. The asymmetry is intentional — prefer
    /// one-fewer-HGET on a type that already lives with the resumer's
    /// lifecycle over strict handle symmetry with `ClaimGrant`.
    ///
    /// Shared wire-level type between the eventual `ff-scheduler`
    /// producer (Batch-C reclaim scanner — not yet in-tree; test
    /// fixtures construct this type today) and `ff-sdk` (consumer, via
    /// `FlowFabricWorker::claim_from_reclaim_grant`). Lives in
    /// `ff-core` so neither crate needs a dep on the other.
    ///
    /// [`FlowFabricWorker::claim_from_reclaim_grant`]: https://docs.rs/ff-sdk
    PyReclaimGrant "ReclaimGrant" => ReclaimGrant { .. };
    fields {
        /// The execution granted for resumption.
        execution_id: ExecutionId,
        /// Opaque partition handle for this execution's hash-tag slot.
        ///
        /// Same wire-opacity contract as [`ClaimGrant::partition_key`].
        /// Internal consumers call [`Self::partition`] for the parsed
        /// form.
        partition_key: PartitionKey,
        /// Valkey key of the grant hash — same key shape as
        /// [`ClaimGrant`].
        grant_key: String,
        /// Monotonic ms when the grant expires; unconsumed grants
        /// vanish.
        expires_at_ms: u64,
        /// Lane the execution belongs to. Needed by
        /// `ff_claim_resumed_execution` for `KEYS[3]` (eligible_zset)
        /// and `KEYS[9]` (active_index).
        lane_id: LaneId,
    }
    hash: no;
);
constructors!(PyReclaimGrant { fields required; });

#[pymethods]
impl PyReclaimGrant {
    fn partition(&self, py: Python<'_>) -> Result<PyPartition> {
        Ok(PyPartition::from_rust(py, &self.to_rust(py)?.partition()?)?)
    }
}
crate::support::surface::members!(PyReclaimGrant, 3, "def partition(self) -> Partition: ...\n");
value_struct!(
    /// The arguments of `claim_execution`.
    PyClaimExecutionArgs "ClaimExecutionArgs" => ClaimExecutionArgs { .. };
    fields {
        execution_id: ExecutionId,
        worker_id: WorkerId,
        worker_instance_id: WorkerInstanceId,
        lane_id: LaneId,
        lease_id: LeaseId,
        lease_ttl_ms: u64,
        attempt_id: AttemptId,
        /// Expected attempt index (pre-read from exec_core.total_attempt_count).
        /// Used for KEYS construction — must match what the Lua computes.
        expected_attempt_index: AttemptIndex,
        /// JSON-encoded attempt policy snapshot.
        attempt_policy_json: String,
        /// Per-attempt timeout in ms.
        attempt_timeout_ms: Option<u64>,
        /// Total execution deadline (absolute timestamp ms).
        execution_deadline_at: Option<i64>,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyClaimExecutionArgs { fields required; });

value_struct!(
    /// What a successful claim hands the worker.
    PyClaimedExecution "ClaimedExecution" => ClaimedExecution { .. };
    fields {
        execution_id: ExecutionId,
        lease_id: LeaseId,
        lease_epoch: LeaseEpoch,
        attempt_index: AttemptIndex,
        attempt_id: AttemptId,
        attempt_type: AttemptType,
        lease_expires_at: TimestampMs,
    }
    hash: no;
);
constructors!(PyClaimedExecution { fields required; });

data_enum!(
    /// The result of `claim_execution`.
    PyClaimExecutionResult "ClaimExecutionResult" => ClaimExecutionResult closed;
    hash: no;
    units [];
    /// Successfully claimed.
    Claimed tuple { _0: ClaimedExecution }
);

value_struct!(
    /// The arguments of `complete_execution`.
    PyCompleteExecutionArgs "CompleteExecutionArgs" => CompleteExecutionArgs { .. };
    fields {
        execution_id: ExecutionId,
        /// RFC #58.5 — fence triple. `Some` for SDK worker paths (standard
        /// stale-lease fence). `None` for operator overrides, in which case
        /// `source` must be `CancelSource::OperatorOverride` or the Lua
        /// returns `fence_required`.
        fence: Option<LeaseFence>,
        attempt_index: AttemptIndex,
        result_payload: Option<Vec<u8>>,
        result_encoding: Option<String>,
        /// RFC #58.5 — unfenced-call gate. Ignored when `fence` is `Some`.
        source: CancelSource,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyCompleteExecutionArgs { fields required; });

data_enum!(
    /// The result of `complete_execution`.
    PyCompleteExecutionResult "CompleteExecutionResult" => CompleteExecutionResult closed;
    hash: no;
    units [];
    /// Execution completed successfully.
    Completed named { execution_id: ExecutionId, public_state: PublicState }
);

value_struct!(
    /// The arguments of `renew_lease`.
    PyRenewLeaseArgs "RenewLeaseArgs" => RenewLeaseArgs { .. };
    fields {
        execution_id: ExecutionId,
        attempt_index: AttemptIndex,
        /// RFC #58.5 — fence triple. Required (no operator override path for
        /// renew). `None` returns `fence_required`.
        fence: Option<LeaseFence>,
        /// How long to extend the lease (milliseconds).
        lease_ttl_ms: u64,
        /// Grace period after lease_expires_at before the lease_current key is auto-deleted.
        lease_history_grace_ms: u64,
    }
    hash: identity;
);
constructors!(PyRenewLeaseArgs { fields required; });

data_enum!(
    /// The result of `renew_lease`.
    PyRenewLeaseResult "RenewLeaseResult" => RenewLeaseResult closed;
    hash: no;
    units [];
    /// Lease renewed.
    Renewed named { expires_at: TimestampMs }
);

value_struct!(
    /// The arguments of `mark_lease_expired`.
    PyMarkLeaseExpiredArgs "MarkLeaseExpiredArgs" => MarkLeaseExpiredArgs { .. };
    fields {
        execution_id: ExecutionId,
    }
    hash: identity;
);
constructors!(PyMarkLeaseExpiredArgs { fields required; });

data_enum!(
    /// The result of `mark_lease_expired`.
    PyMarkLeaseExpiredResult "MarkLeaseExpiredResult" => MarkLeaseExpiredResult closed;
    hash: no;
    units [MarkedExpired];
    /// No action needed (already expired, not yet due, not active, etc.).
    AlreadySatisfied named { reason: String }
);

value_struct!(
    /// The arguments of `cancel_execution`.
    PyCancelExecutionArgs "CancelExecutionArgs" => CancelExecutionArgs { .. };
    fields {
        execution_id: ExecutionId,
        reason: String,
        source: CancelSource,
        /// Required if not operator_override and execution is active.
        lease_id: Option<LeaseId>,
        lease_epoch: Option<LeaseEpoch>,
        /// Required if not operator_override and execution is active.
        attempt_id: Option<AttemptId>,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyCancelExecutionArgs { fields required; });

data_enum!(
    /// The result of `cancel_execution`.
    PyCancelExecutionResult "CancelExecutionResult" => CancelExecutionResult closed;
    hash: no;
    units [];
    /// Execution cancelled.
    Cancelled named { execution_id: ExecutionId, public_state: PublicState }
);

value_struct!(
    /// The arguments of `revoke_lease`.
    PyRevokeLeaseArgs "RevokeLeaseArgs" => RevokeLeaseArgs { .. };
    fields {
        execution_id: ExecutionId,
        /// If set, only revoke if this matches the current lease. Empty string skips check.
        expected_lease_id: Option<String>,
        /// Worker instance whose lease set to clean up. Read from exec_core before calling.
        worker_instance_id: WorkerInstanceId,
        reason: String,
    }
    hash: identity;
);
constructors!(PyRevokeLeaseArgs { fields required; });

data_enum!(
    /// The result of `revoke_lease`.
    PyRevokeLeaseResult "RevokeLeaseResult" => RevokeLeaseResult closed;
    hash: no;
    units [];
    /// Lease revoked.
    Revoked named { lease_id: String, lease_epoch: String }
    /// Already revoked or expired — no action needed.
    AlreadySatisfied named { reason: String }
);

value_struct!(
    /// The arguments of `delay_execution`.
    PyDelayExecutionArgs "DelayExecutionArgs" => DelayExecutionArgs { .. };
    fields {
        execution_id: ExecutionId,
        /// RFC #58.5 — fence triple. `None` requires `source ==
        /// CancelSource::OperatorOverride`.
        fence: Option<LeaseFence>,
        attempt_index: AttemptIndex,
        delay_until: TimestampMs,
        source: CancelSource,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyDelayExecutionArgs { fields required; });

data_enum!(
    /// The result of `delay_execution`.
    PyDelayExecutionResult "DelayExecutionResult" => DelayExecutionResult closed;
    hash: no;
    units [];
    /// Execution delayed.
    Delayed named { execution_id: ExecutionId, public_state: PublicState }
);

value_struct!(
    /// The arguments of `move_to_waiting_children`.
    PyMoveToWaitingChildrenArgs "MoveToWaitingChildrenArgs" => MoveToWaitingChildrenArgs { .. };
    fields {
        execution_id: ExecutionId,
        /// RFC #58.5 — fence triple. `None` requires `source ==
        /// CancelSource::OperatorOverride`.
        fence: Option<LeaseFence>,
        attempt_index: AttemptIndex,
        source: CancelSource,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyMoveToWaitingChildrenArgs { fields required; });

data_enum!(
    /// The result of `move_to_waiting_children`.
    PyMoveToWaitingChildrenResult "MoveToWaitingChildrenResult" => MoveToWaitingChildrenResult closed;
    hash: no;
    units [];
    /// Moved to waiting children.
    Moved named { execution_id: ExecutionId, public_state: PublicState }
);

value_struct!(
    /// The arguments of `change_priority`.
    PyChangePriorityArgs "ChangePriorityArgs" => ChangePriorityArgs { .. };
    fields {
        execution_id: ExecutionId,
        new_priority: i32,
        lane_id: LaneId,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyChangePriorityArgs { fields required; });

data_enum!(
    /// The result of `change_priority`.
    PyChangePriorityResult "ChangePriorityResult" => ChangePriorityResult closed;
    hash: no;
    units [];
    /// Priority changed and re-scored.
    Changed named { execution_id: ExecutionId }
);

value_struct!(
    /// The arguments of `update_progress`.
    PyUpdateProgressArgs "UpdateProgressArgs" => UpdateProgressArgs { .. };
    fields {
        execution_id: ExecutionId,
        lease_id: LeaseId,
        lease_epoch: LeaseEpoch,
        attempt_id: AttemptId,
        progress_pct: Option<u8>,
        progress_message: Option<String>,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyUpdateProgressArgs { fields required; });

data_enum!(
    /// The result of `update_progress`.
    PyUpdateProgressResult "UpdateProgressResult" => UpdateProgressResult closed;
    hash: no;
    units [Updated];
);

value_struct!(
    /// The arguments of `fail_execution`.
    PyFailExecutionArgs "FailExecutionArgs" => FailExecutionArgs { .. };
    fields {
        execution_id: ExecutionId,
        /// RFC #58.5 — fence triple. `None` requires `source ==
        /// CancelSource::OperatorOverride`.
        fence: Option<LeaseFence>,
        attempt_index: AttemptIndex,
        failure_reason: String,
        failure_category: String,
        /// JSON-encoded retry policy (from execution policy). Empty = no retries.
        retry_policy_json: String,
        /// JSON-encoded attempt policy for the next retry attempt.
        next_attempt_policy_json: String,
        source: CancelSource,
    }
    hash: identity;
);
constructors!(PyFailExecutionArgs { fields required; });

data_enum!(
    /// Outcome of a fail_execution call.
    PyFailExecutionResult "FailExecutionResult" => FailExecutionResult closed;
    hash: no;
    units [TerminalFailed];
    /// Retry was scheduled — execution is delayed with backoff.
    RetryScheduled named { delay_until: TimestampMs, next_attempt_index: AttemptIndex }
);

value_struct!(
    /// The arguments of `issue_reclaim_grant`.
    PyIssueReclaimGrantArgs "IssueReclaimGrantArgs" => IssueReclaimGrantArgs { .. };
    fields {
        execution_id: ExecutionId,
        worker_id: WorkerId,
        worker_instance_id: WorkerInstanceId,
        lane_id: LaneId,
        capability_hash: Option<String>,
        grant_ttl_ms: u64,
        route_snapshot_json: Option<String>,
        admission_summary: Option<String>,
        /// Caller-side timestamp for bookkeeping. NOT passed to the Lua FCALL —
        /// ff_issue_reclaim_grant uses `redis.call("TIME")` for grant_expires_at
        /// (same as ff_issue_claim_grant). Kept for contract symmetry with
        /// IssueClaimGrantArgs and scheduler audit logging.
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyIssueReclaimGrantArgs { fields required; });

data_enum!(
    /// The result of `issue_reclaim_grant`.
    PyIssueReclaimGrantResult "IssueReclaimGrantResult" => IssueReclaimGrantResult closed;
    hash: no;
    units [];
    /// Reclaim grant issued.
    Granted named { expires_at_ms: TimestampMs }
);

value_struct!(
    /// The arguments of `reclaim_execution`.
    PyReclaimExecutionArgs "ReclaimExecutionArgs" => ReclaimExecutionArgs { .. };
    fields {
        execution_id: ExecutionId,
        worker_id: WorkerId,
        worker_instance_id: WorkerInstanceId,
        lane_id: LaneId,
        capability_hash: Option<String>,
        lease_id: LeaseId,
        lease_ttl_ms: u64,
        attempt_id: AttemptId,
        /// JSON-encoded attempt policy for the reclaim attempt.
        attempt_policy_json: String,
        /// Maximum reclaim count before terminal failure. Default: 100.
        max_reclaim_count: u32,
        /// Old worker instance (for old_worker_leases key construction).
        old_worker_instance_id: WorkerInstanceId,
        /// Current attempt index (for old_attempt/old_stream_meta key construction).
        current_attempt_index: AttemptIndex,
    }
    hash: identity;
);
constructors!(PyReclaimExecutionArgs { fields required; });

data_enum!(
    /// The result of `reclaim_execution`.
    PyReclaimExecutionResult "ReclaimExecutionResult" => ReclaimExecutionResult closed;
    hash: no;
    units [MaxReclaimsExceeded];
    /// Execution reclaimed — new attempt + new lease.
    Reclaimed named { new_attempt_index: AttemptIndex, new_attempt_id: AttemptId, new_lease_id: LeaseId, new_lease_epoch: LeaseEpoch, lease_expires_at: TimestampMs }
);

value_struct!(
    /// The arguments of `expire_execution`.
    PyExpireExecutionArgs "ExpireExecutionArgs" => ExpireExecutionArgs { .. };
    fields {
        execution_id: ExecutionId,
        /// "attempt_timeout" or "execution_deadline"
        expire_reason: String,
    }
    hash: identity;
);
constructors!(PyExpireExecutionArgs { fields required; });

data_enum!(
    /// The result of `expire_execution`.
    PyExpireExecutionResult "ExpireExecutionResult" => ExpireExecutionResult closed;
    hash: no;
    units [AlreadyTerminal];
    /// Execution expired.
    Expired named { execution_id: ExecutionId }
);

value_struct!(
    /// The arguments of `suspend_execution`.
    PySuspendExecutionArgs "SuspendExecutionArgs" => SuspendExecutionArgs { .. };
    fields {
        execution_id: ExecutionId,
        /// RFC #58.5 — fence triple. Required (no operator override path for
        /// suspend). `None` returns `fence_required`.
        fence: Option<LeaseFence>,
        attempt_index: AttemptIndex,
        suspension_id: SuspensionId,
        waitpoint_id: WaitpointId,
        waitpoint_key: String,
        reason_code: String,
        requested_by: String,
        resume_condition_json: String,
        resume_policy_json: String,
        continuation_metadata_pointer: Option<String>,
        timeout_at: Option<TimestampMs>,
        /// true to activate a pending waitpoint, false to create new.
        use_pending_waitpoint: bool,
        /// Timeout behavior: "fail", "cancel", "expire", "auto_resume", "escalate".
        timeout_behavior: String,
    }
    hash: identity;
);
constructors!(PySuspendExecutionArgs { fields required; });

data_enum!(
    /// The result of `suspend_execution`.
    PySuspendExecutionResult "SuspendExecutionResult" => SuspendExecutionResult closed;
    hash: no;
    units [];
    /// Execution suspended, waitpoint active.
    Suspended named { suspension_id: SuspensionId, waitpoint_id: WaitpointId, waitpoint_key: String, waitpoint_token: WaitpointToken }
    /// Buffered signals already satisfied the condition — suspension skipped.
    /// Lease is still held. Token comes from the pending waitpoint record.
    AlreadySatisfied named { suspension_id: SuspensionId, waitpoint_id: WaitpointId, waitpoint_key: String, waitpoint_token: WaitpointToken }
);

value_struct!(
    /// The arguments of `resume_execution`.
    PyResumeExecutionArgs "ResumeExecutionArgs" => ResumeExecutionArgs { .. };
    fields {
        execution_id: ExecutionId,
        /// "signal", "operator", "auto_resume"
        trigger_type: String,
        /// Optional delay before becoming eligible (ms).
        resume_delay_ms: u64,
    }
    hash: identity;
);
constructors!(PyResumeExecutionArgs { fields required; });

data_enum!(
    /// The result of `resume_execution`.
    PyResumeExecutionResult "ResumeExecutionResult" => ResumeExecutionResult closed;
    hash: no;
    units [];
    /// Execution resumed to runnable.
    Resumed named { public_state: PublicState }
);

value_struct!(
    /// The arguments of `create_pending_waitpoint`.
    PyCreatePendingWaitpointArgs "CreatePendingWaitpointArgs" => CreatePendingWaitpointArgs { .. };
    fields {
        execution_id: ExecutionId,
        lease_id: LeaseId,
        lease_epoch: LeaseEpoch,
        attempt_index: AttemptIndex,
        attempt_id: AttemptId,
        waitpoint_id: WaitpointId,
        waitpoint_key: String,
        /// Short expiry for the pending waitpoint (ms).
        expires_in_ms: u64,
    }
    hash: identity;
);
constructors!(PyCreatePendingWaitpointArgs { fields required; });

data_enum!(
    /// The result of `create_pending_waitpoint`.
    PyCreatePendingWaitpointResult "CreatePendingWaitpointResult" => CreatePendingWaitpointResult closed;
    hash: no;
    units [];
    /// Pending waitpoint created.
    Created named { waitpoint_id: WaitpointId, waitpoint_key: String, waitpoint_token: WaitpointToken }
);

value_struct!(
    /// The arguments of `close_waitpoint`.
    PyCloseWaitpointArgs "CloseWaitpointArgs" => CloseWaitpointArgs { .. };
    fields {
        waitpoint_id: WaitpointId,
        reason: String,
    }
    hash: identity;
);
constructors!(PyCloseWaitpointArgs { fields required; });

data_enum!(
    /// The result of `close_waitpoint`.
    PyCloseWaitpointResult "CloseWaitpointResult" => CloseWaitpointResult closed;
    hash: no;
    units [Closed];
);

value_struct!(
    /// The arguments of `deliver_signal`.
    PyDeliverSignalArgs "DeliverSignalArgs" => DeliverSignalArgs { .. };
    fields {
        execution_id: ExecutionId,
        waitpoint_id: WaitpointId,
        signal_id: SignalId,
        signal_name: String,
        signal_category: String,
        source_type: String,
        source_identity: String,
        payload: Option<Vec<u8>>,
        payload_encoding: Option<String>,
        correlation_id: Option<String>,
        idempotency_key: Option<String>,
        target_scope: String,
        created_at: Option<TimestampMs>,
        /// Dedup TTL for idempotency key (ms).
        dedup_ttl_ms: Option<u64>,
        /// Resume delay after signal satisfaction (ms).
        resume_delay_ms: Option<u64>,
        /// Max signals per execution (default 10000).
        max_signals_per_execution: Option<u64>,
        /// MAXLEN for the waitpoint signal stream.
        signal_maxlen: Option<u64>,
        /// HMAC-SHA1 token issued when the waitpoint was created. Required for
        /// signal delivery; missing/tampered/rotated-past-grace tokens are
        /// rejected with `invalid_token` or `token_expired` (RFC-004).
        ///
        /// Defense-in-depth: `WaitpointToken` is a transparent string newtype,
        /// so an empty string deserializes successfully from JSON. The
        /// validation boundary is in Lua (`validate_waitpoint_token` returns
        /// `missing_token` on empty input); this type intentionally does NOT
        /// pre-reject at the Rust layer so callers get a consistent typed
        /// error regardless of how they constructed the args.
        waitpoint_token: WaitpointToken,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyDeliverSignalArgs { fields required; });

data_enum!(
    /// The result of `deliver_signal`.
    PyDeliverSignalResult "DeliverSignalResult" => DeliverSignalResult closed;
    hash: no;
    units [];
    /// Signal accepted with the given effect.
    Accepted named { signal_id: SignalId, effect: String }
    /// Duplicate signal (idempotency key matched).
    Duplicate named { existing_signal_id: SignalId }
);

value_struct!(
    /// The arguments of `buffer_signal`.
    PyBufferSignalArgs "BufferSignalArgs" => BufferSignalArgs { .. };
    fields {
        execution_id: ExecutionId,
        waitpoint_id: WaitpointId,
        signal_id: SignalId,
        signal_name: String,
        signal_category: String,
        source_type: String,
        source_identity: String,
        payload: Option<Vec<u8>>,
        payload_encoding: Option<String>,
        idempotency_key: Option<String>,
        target_scope: String,
        /// HMAC-SHA1 token issued when `create_pending_waitpoint` ran. Required
        /// to authenticate early signals targeting the pending waitpoint.
        waitpoint_token: WaitpointToken,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyBufferSignalArgs { fields required; });

data_enum!(
    /// The result of `buffer_signal`.
    PyBufferSignalResult "BufferSignalResult" => BufferSignalResult closed;
    hash: no;
    units [];
    /// Signal buffered for pending waitpoint.
    Buffered named { signal_id: SignalId }
    /// Duplicate signal.
    Duplicate named { existing_signal_id: SignalId }
);

value_struct!(
    /// One entry in the read-only view of an execution's active waitpoints.
    ///
    /// Returned by `Server::list_pending_waitpoints` (and the
    /// `GET /v1/executions/{id}/pending-waitpoints` REST endpoint). The
    /// `waitpoint_token` is the same HMAC-SHA1 credential a suspending worker
    /// receives in `SuspendOutcome::Suspended` — a reviewer that needs to
    /// deliver a signal against this waitpoint must present it in
    /// `DeliverSignalArgs::waitpoint_token`.
    ///
    /// Exposing the token here is a deliberate API gap closure: a
    /// human-in-the-loop reviewer has no other path to the token, since only
    /// the suspending worker sees the `SuspendOutcome`. Access is gated by
    /// the same bearer-auth middleware as every other REST endpoint.
    PyPendingWaitpointInfo "PendingWaitpointInfo" => PendingWaitpointInfo { .. };
    fields {
        waitpoint_id: WaitpointId,
        waitpoint_key: String,
        /// Current waitpoint state: `pending`, `active`, `closed`. Callers
        /// typically filter to `pending` or `active`.
        state: String,
        /// HMAC-SHA1 token minted at create time; required by
        /// `ff_deliver_signal` and `ff_buffer_signal_for_pending_waitpoint`.
        waitpoint_token: WaitpointToken,
        /// Signal names the resume condition is waiting for. Reviewers that
        /// need to drive a specific waitpoint — particularly when multiple
        /// concurrent waitpoints exist on one execution — filter on this to
        /// pick the right target.
        ///
        /// An EMPTY vec means the condition matches any signal (wildcard, per
        /// `lua/helpers.lua` `initialize_condition`). Callers must not infer
        /// "no waitpoint" from empty; check `state` / length of the outer
        /// list for that.
        required_signal_names: Vec<String>,
        /// Timestamp when the waitpoint record was first written.
        created_at: TimestampMs,
        /// Timestamp when the waitpoint was activated (suspension landed).
        /// `None` while the waitpoint is still `pending`.
        activated_at: Option<TimestampMs>,
        /// Scheduled expiration timestamp. `None` if no timeout configured.
        expires_at: Option<TimestampMs>,
    }
    hash: no;
);
constructors!(PyPendingWaitpointInfo { fields required; });

value_struct!(
    /// The arguments of `expire_suspension`.
    PyExpireSuspensionArgs "ExpireSuspensionArgs" => ExpireSuspensionArgs { .. };
    fields {
        execution_id: ExecutionId,
    }
    hash: identity;
);
constructors!(PyExpireSuspensionArgs { fields required; });

data_enum!(
    /// The result of `expire_suspension`.
    PyExpireSuspensionResult "ExpireSuspensionResult" => ExpireSuspensionResult closed;
    hash: no;
    units [];
    /// Suspension expired with the given behavior applied.
    Expired named { behavior_applied: String }
    /// Already resolved — no action needed.
    AlreadySatisfied named { reason: String }
);

value_struct!(
    /// The arguments of `claim_resumed_execution`.
    PyClaimResumedExecutionArgs "ClaimResumedExecutionArgs" => ClaimResumedExecutionArgs { .. };
    fields {
        execution_id: ExecutionId,
        worker_id: WorkerId,
        worker_instance_id: WorkerInstanceId,
        lane_id: LaneId,
        lease_id: LeaseId,
        lease_ttl_ms: u64,
        /// Current attempt index (for KEYS construction — from exec_core).
        current_attempt_index: AttemptIndex,
        /// Remaining attempt timeout from before suspension (ms). 0 = no timeout.
        remaining_attempt_timeout_ms: Option<u64>,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyClaimResumedExecutionArgs { fields required; });

value_struct!(
    /// What a successful claim of a resumed execution hands the worker.
    PyClaimedResumedExecution "ClaimedResumedExecution" => ClaimedResumedExecution { .. };
    fields {
        execution_id: ExecutionId,
        lease_id: LeaseId,
        lease_epoch: LeaseEpoch,
        attempt_index: AttemptIndex,
        attempt_id: AttemptId,
        lease_expires_at: TimestampMs,
    }
    hash: no;
);
constructors!(PyClaimedResumedExecution { fields required; });

data_enum!(
    /// The result of `claim_resumed_execution`.
    PyClaimResumedExecutionResult "ClaimResumedExecutionResult" => ClaimResumedExecutionResult closed;
    hash: no;
    units [];
    /// Successfully claimed resumed execution (same attempt continues).
    Claimed tuple { _0: ClaimedResumedExecution }
);

value_struct!(
    /// The arguments of `append_frame`.
    PyAppendFrameArgs "AppendFrameArgs" => AppendFrameArgs { .. };
    fields {
        execution_id: ExecutionId,
        attempt_index: AttemptIndex,
        lease_id: LeaseId,
        lease_epoch: LeaseEpoch,
        attempt_id: AttemptId,
        frame_type: String,
        timestamp: TimestampMs,
        payload: Vec<u8>,
        encoding: Option<String>,
        /// Optional structured metadata for the frame (JSON blob).
        metadata_json: Option<String>,
        correlation_id: Option<String>,
        source: Option<String>,
        /// MAXLEN for the stream. 0 = no trim.
        retention_maxlen: Option<u32>,
        /// Max payload bytes per frame. Default: 65536.
        max_payload_bytes: Option<u32>,
    }
    hash: identity;
);
constructors!(PyAppendFrameArgs { fields required; });

data_enum!(
    /// The result of `append_frame`.
    PyAppendFrameResult "AppendFrameResult" => AppendFrameResult closed;
    hash: no;
    units [];
    /// Frame appended successfully.
    Appended named { entry_id: String, frame_count: u64 }
);

data_enum!(
    /// A position in an attempt's output stream: `Start`, `End`, or a
    /// stream id kept verbatim (`At("5-0")`). `str` is `start`, `end` or
    /// the id; `to_wire()` is what `XRANGE` takes.
    PyStreamCursor "StreamCursor" => StreamCursor;
    hash: yes;
    // Its `Deserialize` validates what `At(…)` takes unchecked.
    reads_back: false;
    units [Start, End];
    /// A concrete stream id, `<ms>` or `<ms>-<seq>` (not validated when
    /// built directly).
    At tuple { _0: String }
);

#[pymethods]
impl PyStreamCursor {
    /// `start`, `end`, `<ms>` or `<ms>-<seq>`; `StreamCursorParseError` otherwise.
    #[staticmethod]
    fn from_str(py: Python<'_>, text: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        let text = exact_str(text)?;
        let text = utf8(&text)?;
        ensure_room_for_text(text.len())?;
        let cursor: StreamCursor = text.parse()?;
        Ok(StreamCursor::dump(py, &cursor)?)
    }

    /// Same as `from_str` (`TryFrom<String>`).
    #[staticmethod]
    fn try_from(py: Python<'_>, text: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        Self::from_str(py, text)
    }

    #[staticmethod]
    fn start(py: Python<'_>) -> PyResult<Py<PyAny>> {
        StreamCursor::dump(py, &StreamCursor::start())
    }

    #[staticmethod]
    fn end(py: Python<'_>) -> PyResult<Py<PyAny>> {
        StreamCursor::dump(py, &StreamCursor::end())
    }

    /// `At("0-0")`, the first entry of any stream.
    #[staticmethod]
    fn from_beginning(py: Python<'_>) -> PyResult<Py<PyAny>> {
        StreamCursor::dump(py, &StreamCursor::from_beginning())
    }

    /// Same as `from_beginning`.
    #[staticmethod]
    fn beginning(py: Python<'_>) -> PyResult<Py<PyAny>> {
        StreamCursor::dump(py, &StreamCursor::beginning())
    }

    /// `-` for `Start`, `+` for `End`, or the id.
    fn to_wire(&self) -> &str {
        self.0.to_wire()
    }

    /// Same as `to_wire` (the receiver is unchanged).
    fn into_wire_string(&self) -> String {
        self.0.clone().into_wire_string()
    }

    /// True only for `At`.
    fn is_concrete(&self) -> bool {
        self.0.is_concrete()
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }
}
crate::support::surface::members!(PyStreamCursor, 3, "\
@staticmethod
def from_str(text: str) -> StreamCursor: ...
@staticmethod
def try_from(text: str) -> StreamCursor: ...
@staticmethod
def start() -> StreamCursor: ...
@staticmethod
def end() -> StreamCursor: ...
@staticmethod
def from_beginning() -> StreamCursor: ...
@staticmethod
def beginning() -> StreamCursor: ...
def to_wire(self) -> str: ...
def into_wire_string(self) -> str: ...
def is_concrete(self) -> bool: ...
def __str__(self) -> str: ...
");

crate::support::surface::export!(
    /// Hard cap on the number of frames returned by a single read/tail call.
    ///
    /// Single source of truth across the Rust layer (ff-script, ff-server,
    /// ff-sdk). The Lua side in `lua/stream.lua` keeps a matching literal with
    /// an inline reference back here; bump both together if you ever need to
    /// lift the cap.
    const STREAM_READ_HARD_CAP: "int" = ff_core::contracts::STREAM_READ_HARD_CAP;
);

value_struct!(
    /// A single frame read from an attempt-scoped stream.
    ///
    /// Field set mirrors what `ff_append_frame` writes: `frame_type`, `ts`,
    /// `payload`, `encoding`, `source`, and optionally `correlation_id`. Stored
    /// as an ordered map so field order is deterministic across read calls.
    PyStreamFrame "StreamFrame" => StreamFrame { .. };
    fields {
        /// Valkey Stream entry ID, e.g. "1713100800150-0".
        id: String,
        /// Frame fields in sorted order.
        fields: BTreeMap<String, String>,
    }
    hash: no;
);
constructors!(PyStreamFrame { fields required; });

value_struct!(
    /// Inputs to `ff_read_attempt_stream` (XRANGE wrapper).
    PyReadFramesArgs "ReadFramesArgs" => ReadFramesArgs { .. };
    fields {
        execution_id: ExecutionId,
        attempt_index: AttemptIndex,
        /// XRANGE start ID. Use "-" for earliest.
        from_id: String,
        /// XRANGE end ID. Use "+" for latest.
        to_id: String,
        /// XRANGE COUNT limit. MUST be `>= 1`. The REST and SDK layers reject
        /// `0` at the boundary; the Lua side rejects it too. `STREAM_READ_HARD_CAP`
        /// is the upper bound.
        count_limit: u64,
    }
    hash: identity;
);
constructors!(PyReadFramesArgs { fields required; });

value_struct!(
    /// Result of reading frames from an attempt stream — frames plus terminal
    /// signal so consumers can stop polling without a timeout fallback.
    PyStreamFrames "StreamFrames" => StreamFrames { .. };
    fields {
        /// Entries in the requested range (possibly empty).
        frames: Vec<StreamFrame>,
        /// Timestamp when the upstream writer closed the stream. `None` if the
        /// stream is still open (or has never been written).
        closed_at: Option<TimestampMs>,
        /// Reason from the closing writer. Current values:
        /// `attempt_success`, `attempt_failure`, `attempt_cancelled`,
        /// `attempt_interrupted`. `None` iff the stream is still open.
        closed_reason: Option<String>,
    }
    hash: no;
);
constructors!(PyStreamFrames { fields required; });

#[pymethods]
impl PyStreamFrames {
    /// No frames, no terminal markers: an open stream.
    #[staticmethod]
    fn empty_open(py: Python<'_>) -> PyResult<Self> {
        Self::from_rust(py, &StreamFrames::empty_open())
    }

    /// True iff the producer has closed this stream.
    fn is_closed(&self, py: Python<'_>) -> PyResult<bool> {
        Ok(self.to_rust(py)?.is_closed())
    }
}
crate::support::surface::members!(PyStreamFrames, 3, "\
@staticmethod
def empty_open() -> StreamFrames: ...
def is_closed(self) -> bool: ...
");

data_enum!(
    /// The result of `read_frames`.
    PyReadFramesResult "ReadFramesResult" => ReadFramesResult closed;
    hash: no;
    units [];
    /// Frames returned (possibly empty) plus optional closed markers.
    Frames tuple { _0: StreamFrames }
);

value_struct!(
    /// The arguments of `create_budget`.
    PyCreateBudgetArgs "CreateBudgetArgs" => CreateBudgetArgs { .. };
    fields {
        budget_id: BudgetId,
        scope_type: String,
        scope_id: String,
        enforcement_mode: String,
        on_hard_limit: String,
        on_soft_limit: String,
        reset_interval_ms: u64,
        /// Dimension names.
        dimensions: Vec<String>,
        /// Hard limits per dimension (parallel with dimensions).
        hard_limits: Vec<u64>,
        /// Soft limits per dimension (parallel with dimensions).
        soft_limits: Vec<u64>,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyCreateBudgetArgs { fields required; });

data_enum!(
    /// The result of `create_budget`.
    PyCreateBudgetResult "CreateBudgetResult" => CreateBudgetResult closed;
    hash: no;
    units [];
    /// Budget created.
    Created named { budget_id: BudgetId }
    /// Already exists (idempotent).
    AlreadySatisfied named { budget_id: BudgetId }
);

value_struct!(
    /// The arguments of `create_quota_policy`.
    PyCreateQuotaPolicyArgs "CreateQuotaPolicyArgs" => CreateQuotaPolicyArgs { .. };
    fields {
        quota_policy_id: QuotaPolicyId,
        window_seconds: u64,
        max_requests_per_window: u64,
        max_concurrent: u64,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyCreateQuotaPolicyArgs { fields required; });

data_enum!(
    /// The result of `create_quota_policy`.
    PyCreateQuotaPolicyResult "CreateQuotaPolicyResult" => CreateQuotaPolicyResult closed;
    hash: no;
    units [];
    /// Quota policy created.
    Created named { quota_policy_id: QuotaPolicyId }
    /// Already exists (idempotent).
    AlreadySatisfied named { quota_policy_id: QuotaPolicyId }
);

value_struct!(
    /// Operator-facing budget status snapshot (not an FCALL — direct HGETALL reads).
    PyBudgetStatus "BudgetStatus" => BudgetStatus { .. };
    fields {
        budget_id: String,
        scope_type: String,
        scope_id: String,
        enforcement_mode: String,
        /// Current usage per dimension: {dimension_name: current_value}.
        usage: HashMap<String, u64>,
        /// Hard limits per dimension: {dimension_name: limit}.
        hard_limits: HashMap<String, u64>,
        /// Soft limits per dimension: {dimension_name: limit}.
        soft_limits: HashMap<String, u64>,
        breach_count: u64,
        soft_breach_count: u64,
        last_breach_at: Option<String>,
        last_breach_dim: Option<String>,
        next_reset_at: Option<String>,
        created_at: Option<String>,
    }
    hash: no;
);
constructors!(PyBudgetStatus { fields required; });

value_struct!(
    /// The arguments of `report_usage`.
    PyReportUsageArgs "ReportUsageArgs" => ReportUsageArgs { .. };
    fields {
        /// Dimension names to increment.
        dimensions: Vec<String>,
        /// Increment values (parallel with dimensions).
        deltas: Vec<u64>,
        now: TimestampMs,
        /// Optional idempotency key to prevent double-counting on retries.
        /// Pass the raw dedup id (e.g. `"retry-42"`); the typed FCALL wrapper
        /// wraps it into `ff:usagededup:{b:M}:<id>` using the budget
        /// partition's hash tag so it co-locates with the other budget keys
        /// (#108).
        dedup_key: Option<String>,
    }
    hash: identity;
);
constructors!(PyReportUsageArgs { fields required; });

data_enum!(
    /// The result of `report_usage`.
    PyReportUsageResult "ReportUsageResult" => ReportUsageResult closed;
    hash: no;
    units [Ok, AlreadyApplied];
    /// Soft limit breached on a dimension (advisory, increments applied).
    SoftBreach named { dimension: String, current_usage: u64, soft_limit: u64 }
    /// Hard limit breached (increments NOT applied).
    HardBreach named { dimension: String, current_usage: u64, hard_limit: u64 }
);

value_struct!(
    /// The arguments of `reset_budget`.
    PyResetBudgetArgs "ResetBudgetArgs" => ResetBudgetArgs { .. };
    fields {
        budget_id: BudgetId,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyResetBudgetArgs { fields required; });

data_enum!(
    /// The result of `reset_budget`.
    PyResetBudgetResult "ResetBudgetResult" => ResetBudgetResult closed;
    hash: no;
    units [];
    /// Budget reset successfully.
    Reset named { next_reset_at: TimestampMs }
);

value_struct!(
    /// The arguments of `check_admission`.
    PyCheckAdmissionArgs "CheckAdmissionArgs" => CheckAdmissionArgs { .. };
    fields {
        execution_id: ExecutionId,
        now: TimestampMs,
        window_seconds: u64,
        rate_limit: u64,
        concurrency_cap: u64,
        jitter_ms: Option<u64>,
    }
    hash: identity;
);
constructors!(PyCheckAdmissionArgs { fields required; });

data_enum!(
    /// The result of `check_admission`.
    PyCheckAdmissionResult "CheckAdmissionResult" => CheckAdmissionResult closed;
    hash: no;
    units [Admitted, AlreadyAdmitted, ConcurrencyExceeded];
    /// Rate limit exceeded.
    RateExceeded named { retry_after_ms: u64 }
);

value_struct!(
    /// The arguments of `release_admission`.
    PyReleaseAdmissionArgs "ReleaseAdmissionArgs" => ReleaseAdmissionArgs { .. };
    fields {
        execution_id: ExecutionId,
    }
    hash: identity;
);
constructors!(PyReleaseAdmissionArgs { fields required; });

data_enum!(
    /// The result of `release_admission`.
    PyReleaseAdmissionResult "ReleaseAdmissionResult" => ReleaseAdmissionResult closed;
    hash: no;
    units [Released];
);

value_struct!(
    /// The arguments of `block_execution`.
    PyBlockExecutionArgs "BlockExecutionArgs" => BlockExecutionArgs { .. };
    fields {
        execution_id: ExecutionId,
        blocking_reason: String,
        blocking_detail: Option<String>,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyBlockExecutionArgs { fields required; });

data_enum!(
    /// The result of `block_execution`.
    PyBlockExecutionResult "BlockExecutionResult" => BlockExecutionResult closed;
    hash: no;
    units [Blocked];
);

value_struct!(
    /// The arguments of `unblock_execution`.
    PyUnblockExecutionArgs "UnblockExecutionArgs" => UnblockExecutionArgs { .. };
    fields {
        execution_id: ExecutionId,
        now: TimestampMs,
        /// Expected blocking reason (prevents stale unblock).
        expected_blocking_reason: Option<String>,
    }
    hash: identity;
);
constructors!(PyUnblockExecutionArgs { fields required; });

data_enum!(
    /// The result of `unblock_execution`.
    PyUnblockExecutionResult "UnblockExecutionResult" => UnblockExecutionResult closed;
    hash: no;
    units [Unblocked];
);

value_struct!(
    /// The arguments of `create_flow`.
    PyCreateFlowArgs "CreateFlowArgs" => CreateFlowArgs { .. };
    fields {
        flow_id: FlowId,
        flow_kind: String,
        namespace: Namespace,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyCreateFlowArgs { fields required; });

data_enum!(
    /// The result of `create_flow`.
    PyCreateFlowResult "CreateFlowResult" => CreateFlowResult closed;
    hash: no;
    units [];
    /// Flow created successfully.
    Created named { flow_id: FlowId }
    /// Flow already exists (idempotent).
    AlreadySatisfied named { flow_id: FlowId }
);

value_struct!(
    /// The arguments of `add_execution_to_flow`.
    PyAddExecutionToFlowArgs "AddExecutionToFlowArgs" => AddExecutionToFlowArgs { .. };
    fields {
        flow_id: FlowId,
        execution_id: ExecutionId,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyAddExecutionToFlowArgs { fields required; });

data_enum!(
    /// The result of `add_execution_to_flow`.
    PyAddExecutionToFlowResult "AddExecutionToFlowResult" => AddExecutionToFlowResult closed;
    hash: no;
    units [];
    /// Execution added to flow.
    Added named { execution_id: ExecutionId, new_node_count: u32 }
    /// Already a member (idempotent).
    AlreadyMember named { execution_id: ExecutionId, node_count: u32 }
);

value_struct!(
    /// The arguments of `cancel_flow`.
    PyCancelFlowArgs "CancelFlowArgs" => CancelFlowArgs { .. };
    fields {
        flow_id: FlowId,
        reason: String,
        cancellation_policy: String,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyCancelFlowArgs { fields required; });

data_enum!(
    /// The result of `cancel_flow`.
    PyCancelFlowResult "CancelFlowResult" => CancelFlowResult closed;
    hash: no;
    units [];
    /// Flow cancelled and all member cancellations (if any) have completed
    /// synchronously. Used when `cancellation_policy != "cancel_all"`, when
    /// the flow has no members, when the caller opted into synchronous
    /// dispatch (e.g. `?wait=true`), or when the flow was already in a
    /// terminal state (idempotent retry).
    ///
    /// On the idempotent-retry path `member_execution_ids` may be *capped*
    /// at the server (default 1000 entries) to bound response bandwidth on
    /// flows with very large membership. The first (non-idempotent) call
    /// always returns the full list, so clients that need every member id
    /// should persist the initial response.
    Cancelled named { cancellation_policy: String, member_execution_ids: Vec<String> }
    /// Flow state was flipped to cancelled atomically, but member
    /// cancellations are dispatched asynchronously in the background.
    /// Clients may poll `GET /v1/executions/{id}/state` for each member
    /// execution id to track terminal state.
    CancellationScheduled named { cancellation_policy: String, member_count: u32, member_execution_ids: Vec<String> }
    /// `?wait=true` dispatch completed but one or more member cancellations
    /// failed mid-loop (e.g. ghost member, Lua error, transport fault after
    /// retries exhausted). The flow itself is still flipped to cancelled
    /// (atomic Lua already ran); callers SHOULD inspect
    /// `failed_member_execution_ids` and either retry those ids directly
    /// via `cancel_execution` or wait for the cancel-backlog reconciler
    /// to retry them in the background.
    ///
    /// Only emitted by the synchronous wait path
    /// ([`crate::CancelFlowArgs`] via `?wait=true`). The async path returns
    /// [`CancelFlowResult::CancellationScheduled`] and delegates retries
    /// to the reconciler — there is no visible "partial" state on the
    /// async path because the dispatch result is not observed inline.
    PartiallyCancelled named { cancellation_policy: String, member_execution_ids: Vec<String>, failed_member_execution_ids: Vec<String> }
);

value_struct!(
    /// The arguments of `stage_dependency_edge`.
    PyStageDependencyEdgeArgs "StageDependencyEdgeArgs" => StageDependencyEdgeArgs { .. };
    fields {
        flow_id: FlowId,
        edge_id: EdgeId,
        upstream_execution_id: ExecutionId,
        downstream_execution_id: ExecutionId,
        dependency_kind: String,
        data_passing_ref: Option<String>,
        expected_graph_revision: u64,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyStageDependencyEdgeArgs { fields required; });

data_enum!(
    /// The result of `stage_dependency_edge`.
    PyStageDependencyEdgeResult "StageDependencyEdgeResult" => StageDependencyEdgeResult closed;
    hash: no;
    units [];
    /// Edge staged, new graph revision.
    Staged named { edge_id: EdgeId, new_graph_revision: u64 }
);

value_struct!(
    /// The arguments of `apply_dependency_to_child`.
    PyApplyDependencyToChildArgs "ApplyDependencyToChildArgs" => ApplyDependencyToChildArgs { .. };
    fields {
        flow_id: FlowId,
        edge_id: EdgeId,
        /// The child execution that receives the dependency.
        downstream_execution_id: ExecutionId,
        upstream_execution_id: ExecutionId,
        graph_revision: u64,
        dependency_kind: String,
        data_passing_ref: Option<String>,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyApplyDependencyToChildArgs { fields required; });

data_enum!(
    /// The result of `apply_dependency_to_child`.
    PyApplyDependencyToChildResult "ApplyDependencyToChildResult" => ApplyDependencyToChildResult closed;
    hash: no;
    units [AlreadyApplied];
    /// Dependency applied, N unsatisfied deps remaining.
    Applied named { unsatisfied_count: u32 }
);

value_struct!(
    /// The arguments of `resolve_dependency`.
    PyResolveDependencyArgs "ResolveDependencyArgs" => ResolveDependencyArgs { .. };
    fields {
        edge_id: EdgeId,
        /// "success", "failed", "cancelled", "expired", "skipped"
        upstream_outcome: String,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyResolveDependencyArgs { fields required; });

data_enum!(
    /// The result of `resolve_dependency`.
    PyResolveDependencyResult "ResolveDependencyResult" => ResolveDependencyResult closed;
    hash: no;
    units [Satisfied, Impossible, AlreadyResolved];
);

value_struct!(
    /// The arguments of `promote_blocked_to_eligible`.
    PyPromoteBlockedToEligibleArgs "PromoteBlockedToEligibleArgs" => PromoteBlockedToEligibleArgs { .. };
    fields {
        execution_id: ExecutionId,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyPromoteBlockedToEligibleArgs { fields required; });

data_enum!(
    /// The result of `promote_blocked_to_eligible`.
    PyPromoteBlockedToEligibleResult "PromoteBlockedToEligibleResult" => PromoteBlockedToEligibleResult closed;
    hash: no;
    units [Promoted];
);

value_struct!(
    /// The arguments of `evaluate_flow_eligibility`.
    PyEvaluateFlowEligibilityArgs "EvaluateFlowEligibilityArgs" => EvaluateFlowEligibilityArgs { .. };
    fields {
        execution_id: ExecutionId,
    }
    hash: identity;
);
constructors!(PyEvaluateFlowEligibilityArgs { fields required; });

data_enum!(
    /// The result of `evaluate_flow_eligibility`.
    PyEvaluateFlowEligibilityResult "EvaluateFlowEligibilityResult" => EvaluateFlowEligibilityResult closed;
    hash: no;
    units [];
    /// Execution eligibility status.
    Status named { status: String }
);

value_struct!(
    /// The arguments of `replay_execution`.
    PyReplayExecutionArgs "ReplayExecutionArgs" => ReplayExecutionArgs { .. };
    fields {
        execution_id: ExecutionId,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyReplayExecutionArgs { fields required; });

data_enum!(
    /// The result of `replay_execution`.
    PyReplayExecutionResult "ReplayExecutionResult" => ReplayExecutionResult closed;
    hash: no;
    units [];
    /// Replayed to runnable.
    Replayed named { public_state: PublicState }
);

value_struct!(
    /// Full execution info returned by `Server::get_execution`.
    PyExecutionInfo "ExecutionInfo" => ExecutionInfo { .. };
    fields {
        execution_id: ExecutionId,
        namespace: String,
        lane_id: String,
        priority: i32,
        execution_kind: String,
        state_vector: StateVector,
        public_state: PublicState,
        created_at: String,
        /// TimestampMs (ms since epoch) when the execution's first attempt
        /// was started by a worker claim. Empty string until the first
        /// claim lands. Serialised as `Option<String>` so pre-claim reads
        /// deserialise cleanly even if the field is absent from the wire.
        started_at: Option<String>,
        /// TimestampMs when the execution reached a terminal
        /// `completed`/`failed`/`cancelled`/`expired` state. Empty /
        /// absent while still in flight.
        completed_at: Option<String>,
        current_attempt_index: u32,
        flow_id: Option<String>,
        blocking_detail: String,
    }
    hash: identity;
);
constructors!(PyExecutionInfo { fields required; });

value_struct!(
    /// Args for `ff_set_execution_tags`. Tag keys MUST match
    /// `^[a-z][a-z0-9_]*\.` — the caller-namespace rule — or the FCALL
    /// returns `invalid_tag_key`. Values are arbitrary strings. The map is
    /// ordered (`BTreeMap`) so two callers submitting the same logical set
    /// of tags produce identical ARGV.
    PySetExecutionTagsArgs "SetExecutionTagsArgs" => SetExecutionTagsArgs { .. };
    fields {
        execution_id: ExecutionId,
        tags: BTreeMap<String, String>,
    }
    hash: identity;
);
constructors!(PySetExecutionTagsArgs { fields required; });

data_enum!(
    /// Result of `ff_set_execution_tags`.
    PySetExecutionTagsResult "SetExecutionTagsResult" => SetExecutionTagsResult closed;
    hash: no;
    units [];
    /// Tags written. `count` is the number of key-value pairs applied.
    Ok named { count: u32 }
);

value_struct!(
    /// Args for `ff_set_flow_tags`. Same namespace rule as
    /// [`SetExecutionTagsArgs`]. The Lua function also lazy-migrates any
    /// pre-58.4 reserved-namespace fields stashed inline on `flow_core` into
    /// the new tags key.
    PySetFlowTagsArgs "SetFlowTagsArgs" => SetFlowTagsArgs { .. };
    fields {
        flow_id: FlowId,
        tags: BTreeMap<String, String>,
    }
    hash: identity;
);
constructors!(PySetFlowTagsArgs { fields required; });

data_enum!(
    /// Result of `ff_set_flow_tags`.
    PySetFlowTagsResult "SetFlowTagsResult" => SetFlowTagsResult closed;
    hash: no;
    units [];
    /// Tags written. `count` is the number of key-value pairs applied.
    Ok named { count: u32 }
);

value_struct!(
    /// Engine-decoupled read-model for one execution.
    ///
    /// Returned by `ff_sdk::FlowFabricWorker::describe_execution`. Consumers
    /// consult this struct instead of reaching into Valkey's exec_core hash
    /// directly — the engine is free to rename fields or restructure storage
    /// under this surface.
    ///
    /// `#[non_exhaustive]` — FF may add fields in minor releases without a
    /// semver break. Match with `..` or use field-by-field construction.
    PyExecutionSnapshot "ExecutionSnapshot" => ExecutionSnapshot = ExecutionSnapshot::new(seed(), seed(), seed(), seed(), seed(), seed(), seed(), seed(), seed(), seed(), seed(), seed(), seed(), seed());
    fields {
        execution_id: ExecutionId,
        flow_id: Option<FlowId>,
        lane_id: LaneId,
        namespace: Namespace,
        public_state: PublicState,
        /// Blocking reason string (e.g. `"waiting_for_worker"`,
        /// `"waiting_for_delay"`, `"waiting_for_dependencies"`). `None` when
        /// the exec_core field is empty.
        blocking_reason: Option<String>,
        /// Free-form operator-readable detail explaining `blocking_reason`.
        /// `None` when the exec_core field is empty.
        blocking_detail: Option<String>,
        /// Summary of the execution's currently-active attempt. `None` when
        /// no attempt has been started (pre-claim) or when the exec_core
        /// attempt fields are all empty.
        current_attempt: Option<AttemptSummary>,
        /// Summary of the execution's currently-held lease. `None` when the
        /// execution is not held by a worker.
        current_lease: Option<LeaseSummary>,
        /// The waitpoint this execution is currently suspended on, if any.
        current_waitpoint: Option<WaitpointId>,
        created_at: TimestampMs,
        /// Timestamp of the last write that mutated exec_core. Engine-maintained.
        last_mutation_at: TimestampMs,
        total_attempt_count: u32,
        /// Caller-owned labels. The prefix `^[a-z][a-z0-9_]*\.` is reserved for
        /// consumer metadata (e.g. `cairn.task_id`); FF guarantees it will not
        /// write keys matching that shape. FF's own fields stay in snake_case
        /// without dots. Empty when no tags are set.
        tags: BTreeMap<String, String>,
    }
    hash: no;
);
constructors!(PyExecutionSnapshot { new(execution_id, flow_id, lane_id, namespace, public_state, blocking_reason, blocking_detail, current_attempt, current_lease, current_waitpoint, created_at, last_mutation_at, total_attempt_count, tags); });

value_struct!(
    /// Currently-active attempt summary inside an [`ExecutionSnapshot`].
    ///
    /// `#[non_exhaustive]`.
    PyAttemptSummary "AttemptSummary" => AttemptSummary = AttemptSummary::new(seed(), seed());
    fields {
        attempt_id: AttemptId,
        attempt_index: AttemptIndex,
    }
    hash: no;
);
constructors!(PyAttemptSummary { new(attempt_id, attempt_index); });

value_struct!(
    /// Currently-held lease summary inside an [`ExecutionSnapshot`].
    ///
    /// `#[non_exhaustive]`.
    PyLeaseSummary "LeaseSummary" => LeaseSummary = LeaseSummary::new(seed(), seed(), seed());
    fields {
        lease_epoch: LeaseEpoch,
        worker_instance_id: WorkerInstanceId,
        expires_at: TimestampMs,
    }
    hash: no;
);
constructors!(PyLeaseSummary { new(lease_epoch, worker_instance_id, expires_at); });

value_struct!(
    /// Engine-decoupled read-model for one flow.
    ///
    /// Returned by `ff_sdk::FlowFabricWorker::describe_flow`. Consumers
    /// consult this struct instead of reaching into Valkey's flow_core hash
    /// directly — the engine is free to rename fields or restructure storage
    /// under this surface.
    ///
    /// `#[non_exhaustive]` — FF may add fields in minor releases without a
    /// semver break. Match with `..` or use [`FlowSnapshot::new`].
    ///
    /// # `public_flow_state`
    ///
    /// Stored as an engine-written string literal on `flow_core`. Known
    /// values today: `open`, `running`, `blocked`, `cancelled`, `completed`,
    /// `failed`. Surfaced as `String` (not a typed enum) because FF does
    /// not yet expose a `PublicFlowState` type — callers that need to act
    /// on specific values should match on the literal. The flow_projector
    /// writes a parallel `public_flow_state` into the flow's summary hash;
    /// this field reflects the authoritative value on `flow_core`, which
    /// is what mutation guards (cancel/add-member) consult.
    ///
    /// # `tags`
    ///
    /// Unlike [`ExecutionSnapshot::tags`] (which has a dedicated tags
    /// hash), flow tags live inline on `flow_core`. FF's own fields are
    /// snake_case without a `.`; any field whose name starts with
    /// `<lowercase>.` (e.g. `cairn.task_id`) is treated as consumer-owned
    /// metadata and routed here. An empty map means no namespaced tags
    /// were written. The prefix convention mirrors
    /// [`ExecutionSnapshot::tags`] — consumers should keep tag keys
    /// namespaced (`cairn.*`, `operator.*`, etc.) so future FF field
    /// additions don't collide.
    PyFlowSnapshot "FlowSnapshot" => FlowSnapshot = FlowSnapshot::new(seed(), seed(), seed(), seed(), seed(), seed(), seed(), seed(), seed(), seed(), seed(), seed(), seed());
    fields {
        flow_id: FlowId,
        /// The `flow_kind` literal passed to `create_flow` (e.g. `dag`,
        /// `pipeline`). Preserved as-is; FF does not interpret it.
        flow_kind: String,
        namespace: Namespace,
        /// Authoritative flow state on `flow_core`. See the struct-level
        /// docs for the set of known values.
        public_flow_state: String,
        /// Monotonically increasing revision bumped on every structural
        /// mutation (add-member, stage-edge). Used by optimistic-concurrency
        /// writers via `expected_graph_revision`.
        graph_revision: u64,
        /// Number of member executions added so far. Never decremented.
        node_count: u32,
        /// Number of dependency edges staged so far. Never decremented.
        edge_count: u32,
        created_at: TimestampMs,
        /// Timestamp of the last write that mutated `flow_core`.
        /// Engine-maintained.
        last_mutation_at: TimestampMs,
        /// When the flow reached a terminal state via `cancel_flow`. `None`
        /// while the flow is live. Only written by the cancel path today;
        /// `completed`/`failed` terminal states do not populate this field
        /// (the flow_projector derives them from membership).
        cancelled_at: Option<TimestampMs>,
        /// Operator-supplied reason from the `cancel_flow` call. `None`
        /// when the flow has not been cancelled.
        cancel_reason: Option<String>,
        /// The `cancellation_policy` value persisted by `cancel_flow`
        /// (e.g. `cancel_all`, `cancel_flow_only`). `None` for flows
        /// cancelled before this field was persisted, or not yet cancelled.
        cancellation_policy: Option<String>,
        /// Consumer-owned namespaced metadata (e.g. `cairn.task_id`). See
        /// the struct-level docs for the routing rule.
        tags: BTreeMap<String, String>,
    }
    hash: no;
);
constructors!(PyFlowSnapshot { new(flow_id, flow_kind, namespace, public_flow_state, graph_revision, node_count, edge_count, created_at, last_mutation_at, cancelled_at, cancel_reason, cancellation_policy, tags); });

value_struct!(
    /// Engine-decoupled read-model for one dependency edge.
    ///
    /// Returned by `ff_sdk::FlowFabricWorker::describe_edge`,
    /// `list_incoming_edges`, and `list_outgoing_edges`. Consumers consult
    /// this struct instead of reaching into Valkey's per-flow `edge:` hash
    /// directly — the engine is free to rename hash fields or restructure
    /// key layout under this surface.
    ///
    /// `#[non_exhaustive]` — FF may add fields in minor releases without a
    /// semver break. Match with `..` or use [`EdgeSnapshot::new`].
    ///
    /// # Fields
    ///
    /// The struct mirrors the immutable edge record written by
    /// `ff_stage_dependency_edge` (see `lua/flow.lua`). The flow-scoped
    /// edge hash is only ever written once, at staging time; per-execution
    /// resolution state lives on a separate `dep:<edge_id>` hash and is not
    /// surfaced here. The `edge_state` field therefore reflects the
    /// staging-time literal (currently `pending`), not the downstream
    /// execution's dep-edge state.
    PyEdgeSnapshot "EdgeSnapshot" => EdgeSnapshot = EdgeSnapshot::new(seed(), seed(), seed(), seed(), seed(), seed(), seed(), seed(), seed(), seed());
    fields {
        edge_id: EdgeId,
        flow_id: FlowId,
        upstream_execution_id: ExecutionId,
        downstream_execution_id: ExecutionId,
        /// The `dependency_kind` literal (e.g. `success_only`) from
        /// `stage_dependency_edge`. Preserved as-is; FF does not interpret
        /// it on reads.
        dependency_kind: String,
        /// The satisfaction-condition literal stamped at staging time
        /// (e.g. `all_required`).
        satisfaction_condition: String,
        /// Optional opaque handle to a data-passing artifact. `None` when
        /// the stored field is empty (the most common case).
        data_passing_ref: Option<String>,
        /// Edge-state literal on the flow-scoped edge hash. Written once
        /// at staging as `pending`; this hash is immutable on the flow
        /// side. Per-execution resolution state is tracked separately on
        /// the child's `dep:<edge_id>` hash.
        edge_state: String,
        created_at: TimestampMs,
        /// Origin of the edge (e.g. `engine`). Preserved as-is.
        created_by: String,
    }
    hash: no;
);
constructors!(PyEdgeSnapshot { new(edge_id, flow_id, upstream_execution_id, downstream_execution_id, dependency_kind, satisfaction_condition, data_passing_ref, edge_state, created_at, created_by); });

value_struct!(
    /// Summary of state after a mutation, returned by many functions.
    PyStateSummary "StateSummary" => StateSummary { .. };
    fields {
        state_vector: StateVector,
        current_attempt_index: AttemptIndex,
    }
    hash: no;
);
constructors!(PyStateSummary { fields required; });

value_struct!(
    /// Summary of an execution for list views.
    PyExecutionSummary "ExecutionSummary" => ExecutionSummary { .. };
    fields {
        execution_id: ExecutionId,
        namespace: String,
        lane_id: String,
        execution_kind: String,
        public_state: String,
        priority: i32,
        created_at: String,
    }
    hash: identity;
);
constructors!(PyExecutionSummary { fields required; });

value_struct!(
    /// Result of a list_executions query.
    PyListExecutionsResult "ListExecutionsResult" => ListExecutionsResult { .. };
    fields {
        executions: Vec<ExecutionSummary>,
        total_returned: usize,
    }
    hash: identity;
);
constructors!(PyListExecutionsResult { fields required; });

value_struct!(
    /// Args for `ff_rotate_waitpoint_hmac_secret`. Rotates the HMAC signing
    /// kid on ONE partition. Callers fan out across every partition themselves
    /// (ff-server does the parallel fan-out in `rotate_waitpoint_secret`;
    /// direct-Valkey consumers mirror the pattern).
    ///
    /// "now" is derived server-side from `redis.call("TIME")` inside the FCALL
    /// (consistency with `validate_waitpoint_token` and flow scanners).
    /// `grace_ms` is a duration, not a clock value, so carrying it from the
    /// caller is safe.
    ///
    /// Careful: ff-core's `Debug` of this type, and so its `repr`, shows
    /// `new_secret_hex` in full. Do not log it.
    PyRotateWaitpointHmacSecretArgs "RotateWaitpointHmacSecretArgs" => RotateWaitpointHmacSecretArgs { .. };
    fields {
        new_kid: String,
        new_secret_hex: String,
        /// Grace window in ms. Must be non-negative. Tokens signed by the
        /// outgoing kid remain valid for `grace_ms` after this rotation.
        grace_ms: u64,
    }
    hash: identity;
);
constructors!(PyRotateWaitpointHmacSecretArgs { fields required; });

data_enum!(
    /// Outcome of a single-partition rotation.
    PyRotateWaitpointHmacSecretOutcome "RotateWaitpointHmacSecretOutcome" => RotateWaitpointHmacSecretOutcome closed;
    hash: no;
    units [];
    /// Installed the new kid. `previous_kid` is `None` on bootstrap
    /// (no prior `current_kid`). `gc_count` counts expired kids reaped
    /// during this rotation.
    Rotated named { previous_kid: Option<String>, new_kid: String, gc_count: u32 }
    /// Exact replay — same kid + same secret already installed. Safe
    /// operator retry; no state change.
    Noop named { kid: String }
);

/// The arguments of `list_waitpoint_hmac_kids`: none.
#[pyclass(frozen, immutable_type, name = "ListWaitpointHmacKidsArgs", module = "ff_core._ff_core")]
pub struct PyListWaitpointHmacKidsArgs;

crate::support::surface::declared!(PyListWaitpointHmacKidsArgs "ListWaitpointHmacKidsArgs", {
    use crate::support::surface::{class_header, indented};
    format!(
        "{}{}",
        class_header("@final\n", "ListWaitpointHmacKidsArgs", "", &[" The arguments of `list_waitpoint_hmac_kids`: none."]),
        indented("    ", "def __new__(cls) -> Self: ...\n"),
    )
});

impl Value for PyListWaitpointHmacKidsArgs {
    type Rust = ListWaitpointHmacKidsArgs;

    fn to_rust(&self, _py: Python<'_>) -> PyResult<ListWaitpointHmacKidsArgs> {
        Ok(ListWaitpointHmacKidsArgs {})
    }
}
crate::support::value::value_dunders!(PyListWaitpointHmacKidsArgs, eq, no);

#[pymethods]
impl PyListWaitpointHmacKidsArgs {
    #[new]
    fn new() -> Self {
        Self
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, ()) {
        (slf.get_type(), ())
    }
}

value_struct!(
    /// Snapshot of the waitpoint HMAC keystore on ONE partition.
    PyWaitpointHmacKids "WaitpointHmacKids" => WaitpointHmacKids { .. };
    fields {
        /// The currently-signing kid. `None` if uninitialized.
        current_kid: Option<String>,
        /// Kids that still validate existing tokens but no longer sign
        /// new ones. Order is Lua HGETALL traversal order — callers that
        /// need a stable sort should sort by `expires_at_ms`.
        verifying: Vec<VerifyingKid>,
    }
    hash: no;
);
constructors!(PyWaitpointHmacKids { fields required; });

value_struct!(
    /// A kid that still validates tokens until `expires_at_ms`, but no longer signs.
    PyVerifyingKid "VerifyingKid" => VerifyingKid { .. };
    fields {
        kid: String,
        expires_at_ms: i64,
    }
    hash: no;
);
constructors!(PyVerifyingKid { fields required; });

json_methods!(
    PyStreamCursor,
    PyCreateExecutionArgs,
    PyCreateExecutionResult,
    PyIssueClaimGrantArgs,
    PyIssueClaimGrantResult,
    PyClaimExecutionArgs,
    PyClaimedExecution,
    PyClaimExecutionResult,
    PyCompleteExecutionArgs,
    PyCompleteExecutionResult,
    PyRenewLeaseArgs,
    PyRenewLeaseResult,
    PyMarkLeaseExpiredArgs,
    PyMarkLeaseExpiredResult,
    PyCancelExecutionArgs,
    PyCancelExecutionResult,
    PyRevokeLeaseArgs,
    PyRevokeLeaseResult,
    PyDelayExecutionArgs,
    PyDelayExecutionResult,
    PyMoveToWaitingChildrenArgs,
    PyMoveToWaitingChildrenResult,
    PyChangePriorityArgs,
    PyChangePriorityResult,
    PyUpdateProgressArgs,
    PyUpdateProgressResult,
    PyFailExecutionArgs,
    PyFailExecutionResult,
    PyIssueReclaimGrantArgs,
    PyIssueReclaimGrantResult,
    PyReclaimExecutionArgs,
    PyReclaimExecutionResult,
    PyExpireExecutionArgs,
    PyExpireExecutionResult,
    PySuspendExecutionArgs,
    PySuspendExecutionResult,
    PyResumeExecutionArgs,
    PyResumeExecutionResult,
    PyCreatePendingWaitpointArgs,
    PyCreatePendingWaitpointResult,
    PyCloseWaitpointArgs,
    PyCloseWaitpointResult,
    PyDeliverSignalArgs,
    PyDeliverSignalResult,
    PyBufferSignalArgs,
    PyBufferSignalResult,
    PyPendingWaitpointInfo,
    PyExpireSuspensionArgs,
    PyExpireSuspensionResult,
    PyClaimResumedExecutionArgs,
    PyClaimedResumedExecution,
    PyClaimResumedExecutionResult,
    PyAppendFrameArgs,
    PyAppendFrameResult,
    PyStreamFrame,
    PyReadFramesArgs,
    PyStreamFrames,
    PyReadFramesResult,
    PyCreateBudgetArgs,
    PyCreateBudgetResult,
    PyCreateQuotaPolicyArgs,
    PyCreateQuotaPolicyResult,
    PyBudgetStatus,
    PyReportUsageArgs,
    PyReportUsageResult,
    PyResetBudgetArgs,
    PyResetBudgetResult,
    PyCheckAdmissionArgs,
    PyCheckAdmissionResult,
    PyReleaseAdmissionArgs,
    PyReleaseAdmissionResult,
    PyBlockExecutionArgs,
    PyBlockExecutionResult,
    PyUnblockExecutionArgs,
    PyUnblockExecutionResult,
    PyCreateFlowArgs,
    PyCreateFlowResult,
    PyAddExecutionToFlowArgs,
    PyAddExecutionToFlowResult,
    PyCancelFlowArgs,
    PyCancelFlowResult,
    PyStageDependencyEdgeArgs,
    PyStageDependencyEdgeResult,
    PyApplyDependencyToChildArgs,
    PyApplyDependencyToChildResult,
    PyResolveDependencyArgs,
    PyResolveDependencyResult,
    PyPromoteBlockedToEligibleArgs,
    PyPromoteBlockedToEligibleResult,
    PyEvaluateFlowEligibilityArgs,
    PyEvaluateFlowEligibilityResult,
    PyReplayExecutionArgs,
    PyReplayExecutionResult,
    PyExecutionInfo,
    PySetExecutionTagsArgs,
    PySetExecutionTagsResult,
    PySetFlowTagsArgs,
    PySetFlowTagsResult,
    PyStateSummary,
    PyExecutionSummary,
    PyListExecutionsResult,
);
