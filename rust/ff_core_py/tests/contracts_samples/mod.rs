//! A sample of every type of ff-core's `contracts` (a struct also with
//! its options and collections empty; an enum in each variant), written
//! to `tests/corpus/contracts.json` with its `Debug`, its JSON (serde
//! types) and whether Rust derives `PartialEq` and `Hash` for it.

// Generated-looking plain data: one literal per type, `Default` for an
// emptied collection, one optional JSON per vector.
#![allow(clippy::too_many_lines, clippy::default_trait_access, clippy::unnecessary_wraps)]

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Debug;
use std::marker::PhantomData;

#[allow(clippy::wildcard_imports)] // every item of the module has samples here
use ff_core::contracts::*;
use ff_core::partition::{Partition, PartitionFamily, PartitionKey};
use ff_core::policy::ExecutionPolicy;
use ff_core::state::{
    AttemptState, AttemptType, BlockingReason, EligibilityState, LifecyclePhase, OwnershipState, PublicState,
    StateVector, TerminalOutcome,
};
use ff_core::types::{
    AttemptId, AttemptIndex, BudgetId, CancelSource, EdgeId, ExecutionId, FlowId, LaneId, LeaseEpoch, LeaseFence,
    LeaseId, Namespace, QuotaPolicyId, SignalId, SuspensionId, TimestampMs, WaitpointId, WaitpointToken, WorkerId,
    WorkerInstanceId,
};
use serde::Serialize;
use serde_json::{Value, json};
use uuid::Uuid;

pub trait Sample {
    fn sample() -> Self;
}

pub fn sample<T: Sample>() -> T {
    T::sample()
}

macro_rules! samples {
    ($($t:ty => $value:expr),+ $(,)?) => {$(
        impl Sample for $t {
            fn sample() -> Self {
                $value
            }
        }
    )+};
}

fn uuid() -> Uuid {
    Uuid::parse_str("67e55044-10b1-426f-9247-bb680e5fe0c8").unwrap()
}

samples!(
    String => "a \"b\" é\n{fp:1}".into(),
    bool => true,
    u8 => 255, u16 => 7, u32 => 4_000_000_000, u64 => u64::MAX, usize => 3, i32 => -5, i64 => i64::MIN,
    ExecutionId => ExecutionId::parse(&format!("{{fp:7}}:{}", uuid())).unwrap(),
    FlowId => FlowId::from_uuid(uuid()),
    EdgeId => EdgeId::from_uuid(uuid()),
    BudgetId => BudgetId::from_uuid(uuid()),
    QuotaPolicyId => QuotaPolicyId::from_uuid(uuid()),
    SignalId => SignalId::from_uuid(uuid()),
    WaitpointId => WaitpointId::from_uuid(uuid()),
    SuspensionId => SuspensionId::from_uuid(uuid()),
    LeaseId => LeaseId::from_uuid(uuid()),
    AttemptId => AttemptId::from_uuid(uuid()),
    LaneId => LaneId::new("default"),
    Namespace => Namespace::new("tenant-a"),
    WorkerId => WorkerId::new("worker-1"),
    WorkerInstanceId => WorkerInstanceId::new("worker-1/0"),
    WaitpointToken => WaitpointToken::new("kid1:0123abcd"),
    TimestampMs => TimestampMs(1_700_000_000_000),
    AttemptIndex => AttemptIndex(2),
    LeaseEpoch => LeaseEpoch(3),
    LeaseFence => LeaseFence { lease_id: sample(), lease_epoch: sample(), attempt_id: sample() },
    CancelSource => CancelSource::Custom("janitor".into()),
    PublicState => PublicState::Active,
    AttemptType => AttemptType::Retry,
    PartitionKey => PartitionKey::from(Partition { family: PartitionFamily::Flow, index: 42 }),
    ExecutionPolicy => ExecutionPolicy::default(),
    StateVector => StateVector {
        lifecycle_phase: LifecyclePhase::Active,
        ownership_state: OwnershipState::Leased,
        eligibility_state: EligibilityState::NotApplicable,
        blocking_reason: BlockingReason::None,
        terminal_outcome: TerminalOutcome::None,
        attempt_state: AttemptState::RunningAttempt,
        public_state: PublicState::Active,
    },
    BTreeSet<String> => ["gpu", "cuda"].into_iter().map(String::from).collect(),
    // One entry each: a `HashMap`'s order, and so its JSON, varies by run.
    HashMap<String, String> => [("k".to_owned(), "v".to_owned())].into_iter().collect(),
    HashMap<String, u64> => [("tokens".to_owned(), 9)].into_iter().collect(),
    BTreeMap<String, String> => [("z".to_owned(), "1".to_owned()), ("a".to_owned(), "2".to_owned())].into_iter().collect(),
);

impl<T: Sample> Sample for Option<T> {
    fn sample() -> Self {
        Some(T::sample())
    }
}

impl<T: Sample> Sample for Vec<T> {
    fn sample() -> Self {
        vec![T::sample()]
    }
}

// What Rust derives, told apart at compile time: a probe method found on
// `Probe<T>` when `T: PartialEq` (or `Hash`), else on `&Probe<T>`.
struct Probe<T>(PhantomData<T>);
trait DerivesEq {
    fn eq(&self) -> bool {
        true
    }
}
impl<T: PartialEq> DerivesEq for Probe<T> {}
trait LacksEq {
    fn eq(&self) -> bool {
        false
    }
}
impl<T> LacksEq for &Probe<T> {}
#[allow(dead_code)] // no contract derives `Hash` in 0.3.4; one that did would find this
trait DerivesHash {
    fn hash(&self) -> bool {
        true
    }
}
impl<T: std::hash::Hash> DerivesHash for Probe<T> {}
trait LacksHash {
    fn hash(&self) -> bool {
        false
    }
}
impl<T> LacksHash for &Probe<T> {}

fn vector<T: Debug>(kind: &str, variant: &str, value: &T, json: Option<String>, eq: bool, hash: bool) -> Value {
    let mut vector = json!({"type": kind, "variant": variant, "debug": format!("{value:?}"), "eq": eq, "hash": hash});
    if let Some(json) = json {
        vector["json"] = json.into();
    }
    vector
}

fn serde_json_of<T: Serialize>(value: &T) -> Option<String> {
    Some(serde_json::to_string(value).unwrap())
}

macro_rules! vectors {
    ($out:ident, $t:ident, $json:ident, [$($variant:literal => $value:expr),+ $(,)?]) => {
        $(
            let value: $t = $value;
            let json = vectors!(@json $json value);
            $out.push(vector(stringify!($t), $variant, &value, json, (&Probe::<$t>(PhantomData)).eq(), (&Probe::<$t>(PhantomData)).hash()));
        )+
    };
    (@json serde $value:ident) => { serde_json_of(&$value) };
    (@json none $value:ident) => { None };
}

impl Sample for CreateExecutionArgs {
    fn sample() -> Self {
        CreateExecutionArgs {
            execution_id: sample(),
            namespace: sample(),
            lane_id: sample(),
            execution_kind: sample(),
            input_payload: sample(),
            payload_encoding: sample(),
            priority: sample(),
            creator_identity: sample(),
            idempotency_key: sample(),
            tags: sample(),
            policy: sample(),
            delay_until: sample(),
            execution_deadline_at: sample(),
            partition_id: sample(),
            now: sample(),
        }
    }
}

impl Sample for IssueClaimGrantArgs {
    fn sample() -> Self {
        IssueClaimGrantArgs {
            execution_id: sample(),
            lane_id: sample(),
            worker_id: sample(),
            worker_instance_id: sample(),
            capability_hash: sample(),
            route_snapshot_json: sample(),
            admission_summary: sample(),
            worker_capabilities: sample(),
            grant_ttl_ms: sample(),
            now: sample(),
        }
    }
}

impl Sample for ClaimGrant {
    fn sample() -> Self {
        ClaimGrant { execution_id: sample(), partition_key: sample(), grant_key: sample(), expires_at_ms: sample() }
    }
}

impl Sample for ReclaimGrant {
    fn sample() -> Self {
        ReclaimGrant {
            execution_id: sample(),
            partition_key: sample(),
            grant_key: sample(),
            expires_at_ms: sample(),
            lane_id: sample(),
        }
    }
}

impl Sample for ClaimExecutionArgs {
    fn sample() -> Self {
        ClaimExecutionArgs {
            execution_id: sample(),
            worker_id: sample(),
            worker_instance_id: sample(),
            lane_id: sample(),
            lease_id: sample(),
            lease_ttl_ms: sample(),
            attempt_id: sample(),
            expected_attempt_index: sample(),
            attempt_policy_json: sample(),
            attempt_timeout_ms: sample(),
            execution_deadline_at: sample(),
            now: sample(),
        }
    }
}

impl Sample for ClaimedExecution {
    fn sample() -> Self {
        ClaimedExecution {
            execution_id: sample(),
            lease_id: sample(),
            lease_epoch: sample(),
            attempt_index: sample(),
            attempt_id: sample(),
            attempt_type: sample(),
            lease_expires_at: sample(),
        }
    }
}

impl Sample for CompleteExecutionArgs {
    fn sample() -> Self {
        CompleteExecutionArgs {
            execution_id: sample(),
            fence: sample(),
            attempt_index: sample(),
            result_payload: sample(),
            result_encoding: sample(),
            source: sample(),
            now: sample(),
        }
    }
}

impl Sample for RenewLeaseArgs {
    fn sample() -> Self {
        RenewLeaseArgs {
            execution_id: sample(),
            attempt_index: sample(),
            fence: sample(),
            lease_ttl_ms: sample(),
            lease_history_grace_ms: sample(),
        }
    }
}

impl Sample for MarkLeaseExpiredArgs {
    fn sample() -> Self {
        MarkLeaseExpiredArgs { execution_id: sample() }
    }
}

impl Sample for CancelExecutionArgs {
    fn sample() -> Self {
        CancelExecutionArgs {
            execution_id: sample(),
            reason: sample(),
            source: sample(),
            lease_id: sample(),
            lease_epoch: sample(),
            attempt_id: sample(),
            now: sample(),
        }
    }
}

impl Sample for RevokeLeaseArgs {
    fn sample() -> Self {
        RevokeLeaseArgs {
            execution_id: sample(),
            expected_lease_id: sample(),
            worker_instance_id: sample(),
            reason: sample(),
        }
    }
}

impl Sample for DelayExecutionArgs {
    fn sample() -> Self {
        DelayExecutionArgs {
            execution_id: sample(),
            fence: sample(),
            attempt_index: sample(),
            delay_until: sample(),
            source: sample(),
            now: sample(),
        }
    }
}

impl Sample for MoveToWaitingChildrenArgs {
    fn sample() -> Self {
        MoveToWaitingChildrenArgs {
            execution_id: sample(),
            fence: sample(),
            attempt_index: sample(),
            source: sample(),
            now: sample(),
        }
    }
}

impl Sample for ChangePriorityArgs {
    fn sample() -> Self {
        ChangePriorityArgs { execution_id: sample(), new_priority: sample(), lane_id: sample(), now: sample() }
    }
}

impl Sample for UpdateProgressArgs {
    fn sample() -> Self {
        UpdateProgressArgs {
            execution_id: sample(),
            lease_id: sample(),
            lease_epoch: sample(),
            attempt_id: sample(),
            progress_pct: sample(),
            progress_message: sample(),
            now: sample(),
        }
    }
}

impl Sample for FailExecutionArgs {
    fn sample() -> Self {
        FailExecutionArgs {
            execution_id: sample(),
            fence: sample(),
            attempt_index: sample(),
            failure_reason: sample(),
            failure_category: sample(),
            retry_policy_json: sample(),
            next_attempt_policy_json: sample(),
            source: sample(),
        }
    }
}

impl Sample for IssueReclaimGrantArgs {
    fn sample() -> Self {
        IssueReclaimGrantArgs {
            execution_id: sample(),
            worker_id: sample(),
            worker_instance_id: sample(),
            lane_id: sample(),
            capability_hash: sample(),
            grant_ttl_ms: sample(),
            route_snapshot_json: sample(),
            admission_summary: sample(),
            now: sample(),
        }
    }
}

impl Sample for ReclaimExecutionArgs {
    fn sample() -> Self {
        ReclaimExecutionArgs {
            execution_id: sample(),
            worker_id: sample(),
            worker_instance_id: sample(),
            lane_id: sample(),
            capability_hash: sample(),
            lease_id: sample(),
            lease_ttl_ms: sample(),
            attempt_id: sample(),
            attempt_policy_json: sample(),
            max_reclaim_count: sample(),
            old_worker_instance_id: sample(),
            current_attempt_index: sample(),
        }
    }
}

impl Sample for ExpireExecutionArgs {
    fn sample() -> Self {
        ExpireExecutionArgs { execution_id: sample(), expire_reason: sample() }
    }
}

impl Sample for SuspendExecutionArgs {
    fn sample() -> Self {
        SuspendExecutionArgs {
            execution_id: sample(),
            fence: sample(),
            attempt_index: sample(),
            suspension_id: sample(),
            waitpoint_id: sample(),
            waitpoint_key: sample(),
            reason_code: sample(),
            requested_by: sample(),
            resume_condition_json: sample(),
            resume_policy_json: sample(),
            continuation_metadata_pointer: sample(),
            timeout_at: sample(),
            use_pending_waitpoint: sample(),
            timeout_behavior: sample(),
        }
    }
}

impl Sample for ResumeExecutionArgs {
    fn sample() -> Self {
        ResumeExecutionArgs { execution_id: sample(), trigger_type: sample(), resume_delay_ms: sample() }
    }
}

impl Sample for CreatePendingWaitpointArgs {
    fn sample() -> Self {
        CreatePendingWaitpointArgs {
            execution_id: sample(),
            lease_id: sample(),
            lease_epoch: sample(),
            attempt_index: sample(),
            attempt_id: sample(),
            waitpoint_id: sample(),
            waitpoint_key: sample(),
            expires_in_ms: sample(),
        }
    }
}

impl Sample for CloseWaitpointArgs {
    fn sample() -> Self {
        CloseWaitpointArgs { waitpoint_id: sample(), reason: sample() }
    }
}

impl Sample for DeliverSignalArgs {
    fn sample() -> Self {
        DeliverSignalArgs {
            execution_id: sample(),
            waitpoint_id: sample(),
            signal_id: sample(),
            signal_name: sample(),
            signal_category: sample(),
            source_type: sample(),
            source_identity: sample(),
            payload: sample(),
            payload_encoding: sample(),
            correlation_id: sample(),
            idempotency_key: sample(),
            target_scope: sample(),
            created_at: sample(),
            dedup_ttl_ms: sample(),
            resume_delay_ms: sample(),
            max_signals_per_execution: sample(),
            signal_maxlen: sample(),
            waitpoint_token: sample(),
            now: sample(),
        }
    }
}

impl Sample for BufferSignalArgs {
    fn sample() -> Self {
        BufferSignalArgs {
            execution_id: sample(),
            waitpoint_id: sample(),
            signal_id: sample(),
            signal_name: sample(),
            signal_category: sample(),
            source_type: sample(),
            source_identity: sample(),
            payload: sample(),
            payload_encoding: sample(),
            idempotency_key: sample(),
            target_scope: sample(),
            waitpoint_token: sample(),
            now: sample(),
        }
    }
}

impl Sample for PendingWaitpointInfo {
    fn sample() -> Self {
        PendingWaitpointInfo {
            waitpoint_id: sample(),
            waitpoint_key: sample(),
            state: sample(),
            waitpoint_token: sample(),
            required_signal_names: sample(),
            created_at: sample(),
            activated_at: sample(),
            expires_at: sample(),
        }
    }
}

impl Sample for ExpireSuspensionArgs {
    fn sample() -> Self {
        ExpireSuspensionArgs { execution_id: sample() }
    }
}

impl Sample for ClaimResumedExecutionArgs {
    fn sample() -> Self {
        ClaimResumedExecutionArgs {
            execution_id: sample(),
            worker_id: sample(),
            worker_instance_id: sample(),
            lane_id: sample(),
            lease_id: sample(),
            lease_ttl_ms: sample(),
            current_attempt_index: sample(),
            remaining_attempt_timeout_ms: sample(),
            now: sample(),
        }
    }
}

impl Sample for ClaimedResumedExecution {
    fn sample() -> Self {
        ClaimedResumedExecution {
            execution_id: sample(),
            lease_id: sample(),
            lease_epoch: sample(),
            attempt_index: sample(),
            attempt_id: sample(),
            lease_expires_at: sample(),
        }
    }
}

impl Sample for AppendFrameArgs {
    fn sample() -> Self {
        AppendFrameArgs {
            execution_id: sample(),
            attempt_index: sample(),
            lease_id: sample(),
            lease_epoch: sample(),
            attempt_id: sample(),
            frame_type: sample(),
            timestamp: sample(),
            payload: sample(),
            encoding: sample(),
            metadata_json: sample(),
            correlation_id: sample(),
            source: sample(),
            retention_maxlen: sample(),
            max_payload_bytes: sample(),
        }
    }
}

impl Sample for StreamFrame {
    fn sample() -> Self {
        StreamFrame { id: sample(), fields: sample() }
    }
}

impl Sample for ReadFramesArgs {
    fn sample() -> Self {
        ReadFramesArgs {
            execution_id: sample(),
            attempt_index: sample(),
            from_id: sample(),
            to_id: sample(),
            count_limit: sample(),
        }
    }
}

impl Sample for StreamFrames {
    fn sample() -> Self {
        StreamFrames { frames: sample(), closed_at: sample(), closed_reason: sample() }
    }
}

impl Sample for CreateBudgetArgs {
    fn sample() -> Self {
        CreateBudgetArgs {
            budget_id: sample(),
            scope_type: sample(),
            scope_id: sample(),
            enforcement_mode: sample(),
            on_hard_limit: sample(),
            on_soft_limit: sample(),
            reset_interval_ms: sample(),
            dimensions: sample(),
            hard_limits: sample(),
            soft_limits: sample(),
            now: sample(),
        }
    }
}

impl Sample for CreateQuotaPolicyArgs {
    fn sample() -> Self {
        CreateQuotaPolicyArgs {
            quota_policy_id: sample(),
            window_seconds: sample(),
            max_requests_per_window: sample(),
            max_concurrent: sample(),
            now: sample(),
        }
    }
}

impl Sample for BudgetStatus {
    fn sample() -> Self {
        BudgetStatus {
            budget_id: sample(),
            scope_type: sample(),
            scope_id: sample(),
            enforcement_mode: sample(),
            usage: sample(),
            hard_limits: sample(),
            soft_limits: sample(),
            breach_count: sample(),
            soft_breach_count: sample(),
            last_breach_at: sample(),
            last_breach_dim: sample(),
            next_reset_at: sample(),
            created_at: sample(),
        }
    }
}

impl Sample for ReportUsageArgs {
    fn sample() -> Self {
        ReportUsageArgs { dimensions: sample(), deltas: sample(), now: sample(), dedup_key: sample() }
    }
}

impl Sample for ResetBudgetArgs {
    fn sample() -> Self {
        ResetBudgetArgs { budget_id: sample(), now: sample() }
    }
}

impl Sample for CheckAdmissionArgs {
    fn sample() -> Self {
        CheckAdmissionArgs {
            execution_id: sample(),
            now: sample(),
            window_seconds: sample(),
            rate_limit: sample(),
            concurrency_cap: sample(),
            jitter_ms: sample(),
        }
    }
}

impl Sample for ReleaseAdmissionArgs {
    fn sample() -> Self {
        ReleaseAdmissionArgs { execution_id: sample() }
    }
}

impl Sample for BlockExecutionArgs {
    fn sample() -> Self {
        BlockExecutionArgs {
            execution_id: sample(),
            blocking_reason: sample(),
            blocking_detail: sample(),
            now: sample(),
        }
    }
}

impl Sample for UnblockExecutionArgs {
    fn sample() -> Self {
        UnblockExecutionArgs { execution_id: sample(), now: sample(), expected_blocking_reason: sample() }
    }
}

impl Sample for CreateFlowArgs {
    fn sample() -> Self {
        CreateFlowArgs { flow_id: sample(), flow_kind: sample(), namespace: sample(), now: sample() }
    }
}

impl Sample for AddExecutionToFlowArgs {
    fn sample() -> Self {
        AddExecutionToFlowArgs { flow_id: sample(), execution_id: sample(), now: sample() }
    }
}

impl Sample for CancelFlowArgs {
    fn sample() -> Self {
        CancelFlowArgs { flow_id: sample(), reason: sample(), cancellation_policy: sample(), now: sample() }
    }
}

impl Sample for StageDependencyEdgeArgs {
    fn sample() -> Self {
        StageDependencyEdgeArgs {
            flow_id: sample(),
            edge_id: sample(),
            upstream_execution_id: sample(),
            downstream_execution_id: sample(),
            dependency_kind: sample(),
            data_passing_ref: sample(),
            expected_graph_revision: sample(),
            now: sample(),
        }
    }
}

impl Sample for ApplyDependencyToChildArgs {
    fn sample() -> Self {
        ApplyDependencyToChildArgs {
            flow_id: sample(),
            edge_id: sample(),
            downstream_execution_id: sample(),
            upstream_execution_id: sample(),
            graph_revision: sample(),
            dependency_kind: sample(),
            data_passing_ref: sample(),
            now: sample(),
        }
    }
}

impl Sample for ResolveDependencyArgs {
    fn sample() -> Self {
        ResolveDependencyArgs { edge_id: sample(), upstream_outcome: sample(), now: sample() }
    }
}

impl Sample for PromoteBlockedToEligibleArgs {
    fn sample() -> Self {
        PromoteBlockedToEligibleArgs { execution_id: sample(), now: sample() }
    }
}

impl Sample for EvaluateFlowEligibilityArgs {
    fn sample() -> Self {
        EvaluateFlowEligibilityArgs { execution_id: sample() }
    }
}

impl Sample for ReplayExecutionArgs {
    fn sample() -> Self {
        ReplayExecutionArgs { execution_id: sample(), now: sample() }
    }
}

impl Sample for ExecutionInfo {
    fn sample() -> Self {
        ExecutionInfo {
            execution_id: sample(),
            namespace: sample(),
            lane_id: sample(),
            priority: sample(),
            execution_kind: sample(),
            state_vector: sample(),
            public_state: sample(),
            created_at: sample(),
            started_at: sample(),
            completed_at: sample(),
            current_attempt_index: sample(),
            flow_id: sample(),
            blocking_detail: sample(),
        }
    }
}

impl Sample for SetExecutionTagsArgs {
    fn sample() -> Self {
        SetExecutionTagsArgs { execution_id: sample(), tags: sample() }
    }
}

impl Sample for SetFlowTagsArgs {
    fn sample() -> Self {
        SetFlowTagsArgs { flow_id: sample(), tags: sample() }
    }
}

impl Sample for ExecutionSnapshot {
    fn sample() -> Self {
        ExecutionSnapshot::new(
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
        )
    }
}

impl Sample for AttemptSummary {
    fn sample() -> Self {
        AttemptSummary::new(sample(), sample())
    }
}

impl Sample for LeaseSummary {
    fn sample() -> Self {
        LeaseSummary::new(sample(), sample(), sample())
    }
}

impl Sample for FlowSnapshot {
    fn sample() -> Self {
        FlowSnapshot::new(
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
        )
    }
}

impl Sample for EdgeSnapshot {
    fn sample() -> Self {
        EdgeSnapshot::new(
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
            sample(),
        )
    }
}

impl Sample for StateSummary {
    fn sample() -> Self {
        StateSummary { state_vector: sample(), current_attempt_index: sample() }
    }
}

impl Sample for ExecutionSummary {
    fn sample() -> Self {
        ExecutionSummary {
            execution_id: sample(),
            namespace: sample(),
            lane_id: sample(),
            execution_kind: sample(),
            public_state: sample(),
            priority: sample(),
            created_at: sample(),
        }
    }
}

impl Sample for ListExecutionsResult {
    fn sample() -> Self {
        ListExecutionsResult { executions: sample(), total_returned: sample() }
    }
}

impl Sample for RotateWaitpointHmacSecretArgs {
    fn sample() -> Self {
        RotateWaitpointHmacSecretArgs { new_kid: sample(), new_secret_hex: sample(), grace_ms: sample() }
    }
}

impl Sample for ListWaitpointHmacKidsArgs {
    fn sample() -> Self {
        ListWaitpointHmacKidsArgs {}
    }
}

impl Sample for WaitpointHmacKids {
    fn sample() -> Self {
        WaitpointHmacKids { current_kid: sample(), verifying: sample() }
    }
}

impl Sample for VerifyingKid {
    fn sample() -> Self {
        VerifyingKid { kid: sample(), expires_at_ms: sample() }
    }
}

pub fn contracts_corpus() -> Value {
    let mut out = Vec::new();
    vectors!(out, CreateExecutionArgs, serde, ["" => CreateExecutionArgs { execution_id: sample(), namespace: sample(), lane_id: sample(), execution_kind: sample(), input_payload: sample(), payload_encoding: sample(), priority: sample(), creator_identity: sample(), idempotency_key: sample(), tags: sample(), policy: sample(), delay_until: sample(), execution_deadline_at: sample(), partition_id: sample(), now: sample() }, "" => CreateExecutionArgs { execution_id: sample(), namespace: sample(), lane_id: sample(), execution_kind: sample(), input_payload: sample(), payload_encoding: None, priority: sample(), creator_identity: sample(), idempotency_key: None, tags: Default::default(), policy: None, delay_until: None, execution_deadline_at: None, partition_id: sample(), now: sample() }]);
    vectors!(out, CreateExecutionResult, serde, ["Created" => CreateExecutionResult::Created { execution_id: sample(), public_state: sample() }, "Duplicate" => CreateExecutionResult::Duplicate { execution_id: sample() }]);
    vectors!(out, IssueClaimGrantArgs, serde, ["" => IssueClaimGrantArgs { execution_id: sample(), lane_id: sample(), worker_id: sample(), worker_instance_id: sample(), capability_hash: sample(), route_snapshot_json: sample(), admission_summary: sample(), worker_capabilities: sample(), grant_ttl_ms: sample(), now: sample() }, "" => IssueClaimGrantArgs { execution_id: sample(), lane_id: sample(), worker_id: sample(), worker_instance_id: sample(), capability_hash: None, route_snapshot_json: None, admission_summary: None, worker_capabilities: Default::default(), grant_ttl_ms: sample(), now: sample() }]);
    vectors!(out, IssueClaimGrantResult, serde, ["Granted" => IssueClaimGrantResult::Granted { execution_id: sample() }]);
    vectors!(out, ClaimGrant, none, ["" => ClaimGrant { execution_id: sample(), partition_key: sample(), grant_key: sample(), expires_at_ms: sample() }]);
    vectors!(out, ReclaimGrant, none, ["" => ReclaimGrant { execution_id: sample(), partition_key: sample(), grant_key: sample(), expires_at_ms: sample(), lane_id: sample() }]);
    vectors!(out, ClaimExecutionArgs, serde, ["" => ClaimExecutionArgs { execution_id: sample(), worker_id: sample(), worker_instance_id: sample(), lane_id: sample(), lease_id: sample(), lease_ttl_ms: sample(), attempt_id: sample(), expected_attempt_index: sample(), attempt_policy_json: sample(), attempt_timeout_ms: sample(), execution_deadline_at: sample(), now: sample() }, "" => ClaimExecutionArgs { execution_id: sample(), worker_id: sample(), worker_instance_id: sample(), lane_id: sample(), lease_id: sample(), lease_ttl_ms: sample(), attempt_id: sample(), expected_attempt_index: sample(), attempt_policy_json: sample(), attempt_timeout_ms: None, execution_deadline_at: None, now: sample() }]);
    vectors!(out, ClaimedExecution, serde, ["" => ClaimedExecution { execution_id: sample(), lease_id: sample(), lease_epoch: sample(), attempt_index: sample(), attempt_id: sample(), attempt_type: sample(), lease_expires_at: sample() }]);
    vectors!(out, ClaimExecutionResult, serde, ["Claimed" => ClaimExecutionResult::Claimed(sample())]);
    vectors!(out, CompleteExecutionArgs, serde, ["" => CompleteExecutionArgs { execution_id: sample(), fence: sample(), attempt_index: sample(), result_payload: sample(), result_encoding: sample(), source: sample(), now: sample() }, "" => CompleteExecutionArgs { execution_id: sample(), fence: None, attempt_index: sample(), result_payload: None, result_encoding: None, source: sample(), now: sample() }]);
    vectors!(out, CompleteExecutionResult, serde, ["Completed" => CompleteExecutionResult::Completed { execution_id: sample(), public_state: sample() }]);
    vectors!(out, RenewLeaseArgs, serde, ["" => RenewLeaseArgs { execution_id: sample(), attempt_index: sample(), fence: sample(), lease_ttl_ms: sample(), lease_history_grace_ms: sample() }, "" => RenewLeaseArgs { execution_id: sample(), attempt_index: sample(), fence: None, lease_ttl_ms: sample(), lease_history_grace_ms: sample() }]);
    vectors!(out, RenewLeaseResult, serde, ["Renewed" => RenewLeaseResult::Renewed { expires_at: sample() }]);
    vectors!(out, MarkLeaseExpiredArgs, serde, ["" => MarkLeaseExpiredArgs { execution_id: sample() }]);
    vectors!(out, MarkLeaseExpiredResult, serde, ["MarkedExpired" => MarkLeaseExpiredResult::MarkedExpired, "AlreadySatisfied" => MarkLeaseExpiredResult::AlreadySatisfied { reason: sample() }]);
    vectors!(out, CancelExecutionArgs, serde, ["" => CancelExecutionArgs { execution_id: sample(), reason: sample(), source: sample(), lease_id: sample(), lease_epoch: sample(), attempt_id: sample(), now: sample() }, "" => CancelExecutionArgs { execution_id: sample(), reason: sample(), source: sample(), lease_id: None, lease_epoch: None, attempt_id: None, now: sample() }]);
    vectors!(out, CancelExecutionResult, serde, ["Cancelled" => CancelExecutionResult::Cancelled { execution_id: sample(), public_state: sample() }]);
    vectors!(out, RevokeLeaseArgs, serde, ["" => RevokeLeaseArgs { execution_id: sample(), expected_lease_id: sample(), worker_instance_id: sample(), reason: sample() }, "" => RevokeLeaseArgs { execution_id: sample(), expected_lease_id: None, worker_instance_id: sample(), reason: sample() }]);
    vectors!(out, RevokeLeaseResult, serde, ["Revoked" => RevokeLeaseResult::Revoked { lease_id: sample(), lease_epoch: sample() }, "AlreadySatisfied" => RevokeLeaseResult::AlreadySatisfied { reason: sample() }]);
    vectors!(out, DelayExecutionArgs, serde, ["" => DelayExecutionArgs { execution_id: sample(), fence: sample(), attempt_index: sample(), delay_until: sample(), source: sample(), now: sample() }, "" => DelayExecutionArgs { execution_id: sample(), fence: None, attempt_index: sample(), delay_until: sample(), source: sample(), now: sample() }]);
    vectors!(out, DelayExecutionResult, serde, ["Delayed" => DelayExecutionResult::Delayed { execution_id: sample(), public_state: sample() }]);
    vectors!(out, MoveToWaitingChildrenArgs, serde, ["" => MoveToWaitingChildrenArgs { execution_id: sample(), fence: sample(), attempt_index: sample(), source: sample(), now: sample() }, "" => MoveToWaitingChildrenArgs { execution_id: sample(), fence: None, attempt_index: sample(), source: sample(), now: sample() }]);
    vectors!(out, MoveToWaitingChildrenResult, serde, ["Moved" => MoveToWaitingChildrenResult::Moved { execution_id: sample(), public_state: sample() }]);
    vectors!(out, ChangePriorityArgs, serde, ["" => ChangePriorityArgs { execution_id: sample(), new_priority: sample(), lane_id: sample(), now: sample() }]);
    vectors!(out, ChangePriorityResult, serde, ["Changed" => ChangePriorityResult::Changed { execution_id: sample() }]);
    vectors!(out, UpdateProgressArgs, serde, ["" => UpdateProgressArgs { execution_id: sample(), lease_id: sample(), lease_epoch: sample(), attempt_id: sample(), progress_pct: sample(), progress_message: sample(), now: sample() }, "" => UpdateProgressArgs { execution_id: sample(), lease_id: sample(), lease_epoch: sample(), attempt_id: sample(), progress_pct: None, progress_message: None, now: sample() }]);
    vectors!(out, UpdateProgressResult, serde, ["Updated" => UpdateProgressResult::Updated]);
    vectors!(out, FailExecutionArgs, serde, ["" => FailExecutionArgs { execution_id: sample(), fence: sample(), attempt_index: sample(), failure_reason: sample(), failure_category: sample(), retry_policy_json: sample(), next_attempt_policy_json: sample(), source: sample() }, "" => FailExecutionArgs { execution_id: sample(), fence: None, attempt_index: sample(), failure_reason: sample(), failure_category: sample(), retry_policy_json: sample(), next_attempt_policy_json: sample(), source: sample() }]);
    vectors!(out, FailExecutionResult, serde, ["RetryScheduled" => FailExecutionResult::RetryScheduled { delay_until: sample(), next_attempt_index: sample() }, "TerminalFailed" => FailExecutionResult::TerminalFailed]);
    vectors!(out, IssueReclaimGrantArgs, serde, ["" => IssueReclaimGrantArgs { execution_id: sample(), worker_id: sample(), worker_instance_id: sample(), lane_id: sample(), capability_hash: sample(), grant_ttl_ms: sample(), route_snapshot_json: sample(), admission_summary: sample(), now: sample() }, "" => IssueReclaimGrantArgs { execution_id: sample(), worker_id: sample(), worker_instance_id: sample(), lane_id: sample(), capability_hash: None, grant_ttl_ms: sample(), route_snapshot_json: None, admission_summary: None, now: sample() }]);
    vectors!(out, IssueReclaimGrantResult, serde, ["Granted" => IssueReclaimGrantResult::Granted { expires_at_ms: sample() }]);
    vectors!(out, ReclaimExecutionArgs, serde, ["" => ReclaimExecutionArgs { execution_id: sample(), worker_id: sample(), worker_instance_id: sample(), lane_id: sample(), capability_hash: sample(), lease_id: sample(), lease_ttl_ms: sample(), attempt_id: sample(), attempt_policy_json: sample(), max_reclaim_count: sample(), old_worker_instance_id: sample(), current_attempt_index: sample() }, "" => ReclaimExecutionArgs { execution_id: sample(), worker_id: sample(), worker_instance_id: sample(), lane_id: sample(), capability_hash: None, lease_id: sample(), lease_ttl_ms: sample(), attempt_id: sample(), attempt_policy_json: sample(), max_reclaim_count: sample(), old_worker_instance_id: sample(), current_attempt_index: sample() }]);
    vectors!(out, ReclaimExecutionResult, serde, ["Reclaimed" => ReclaimExecutionResult::Reclaimed { new_attempt_index: sample(), new_attempt_id: sample(), new_lease_id: sample(), new_lease_epoch: sample(), lease_expires_at: sample() }, "MaxReclaimsExceeded" => ReclaimExecutionResult::MaxReclaimsExceeded]);
    vectors!(out, ExpireExecutionArgs, serde, ["" => ExpireExecutionArgs { execution_id: sample(), expire_reason: sample() }]);
    vectors!(out, ExpireExecutionResult, serde, ["Expired" => ExpireExecutionResult::Expired { execution_id: sample() }, "AlreadyTerminal" => ExpireExecutionResult::AlreadyTerminal]);
    vectors!(out, SuspendExecutionArgs, serde, ["" => SuspendExecutionArgs { execution_id: sample(), fence: sample(), attempt_index: sample(), suspension_id: sample(), waitpoint_id: sample(), waitpoint_key: sample(), reason_code: sample(), requested_by: sample(), resume_condition_json: sample(), resume_policy_json: sample(), continuation_metadata_pointer: sample(), timeout_at: sample(), use_pending_waitpoint: sample(), timeout_behavior: sample() }, "" => SuspendExecutionArgs { execution_id: sample(), fence: None, attempt_index: sample(), suspension_id: sample(), waitpoint_id: sample(), waitpoint_key: sample(), reason_code: sample(), requested_by: sample(), resume_condition_json: sample(), resume_policy_json: sample(), continuation_metadata_pointer: None, timeout_at: None, use_pending_waitpoint: sample(), timeout_behavior: sample() }]);
    vectors!(out, SuspendExecutionResult, serde, ["Suspended" => SuspendExecutionResult::Suspended { suspension_id: sample(), waitpoint_id: sample(), waitpoint_key: sample(), waitpoint_token: sample() }, "AlreadySatisfied" => SuspendExecutionResult::AlreadySatisfied { suspension_id: sample(), waitpoint_id: sample(), waitpoint_key: sample(), waitpoint_token: sample() }]);
    vectors!(out, ResumeExecutionArgs, serde, ["" => ResumeExecutionArgs { execution_id: sample(), trigger_type: sample(), resume_delay_ms: sample() }]);
    vectors!(out, ResumeExecutionResult, serde, ["Resumed" => ResumeExecutionResult::Resumed { public_state: sample() }]);
    vectors!(out, CreatePendingWaitpointArgs, serde, ["" => CreatePendingWaitpointArgs { execution_id: sample(), lease_id: sample(), lease_epoch: sample(), attempt_index: sample(), attempt_id: sample(), waitpoint_id: sample(), waitpoint_key: sample(), expires_in_ms: sample() }]);
    vectors!(out, CreatePendingWaitpointResult, serde, ["Created" => CreatePendingWaitpointResult::Created { waitpoint_id: sample(), waitpoint_key: sample(), waitpoint_token: sample() }]);
    vectors!(out, CloseWaitpointArgs, serde, ["" => CloseWaitpointArgs { waitpoint_id: sample(), reason: sample() }]);
    vectors!(out, CloseWaitpointResult, serde, ["Closed" => CloseWaitpointResult::Closed]);
    vectors!(out, DeliverSignalArgs, serde, ["" => DeliverSignalArgs { execution_id: sample(), waitpoint_id: sample(), signal_id: sample(), signal_name: sample(), signal_category: sample(), source_type: sample(), source_identity: sample(), payload: sample(), payload_encoding: sample(), correlation_id: sample(), idempotency_key: sample(), target_scope: sample(), created_at: sample(), dedup_ttl_ms: sample(), resume_delay_ms: sample(), max_signals_per_execution: sample(), signal_maxlen: sample(), waitpoint_token: sample(), now: sample() }, "" => DeliverSignalArgs { execution_id: sample(), waitpoint_id: sample(), signal_id: sample(), signal_name: sample(), signal_category: sample(), source_type: sample(), source_identity: sample(), payload: None, payload_encoding: None, correlation_id: None, idempotency_key: None, target_scope: sample(), created_at: None, dedup_ttl_ms: None, resume_delay_ms: None, max_signals_per_execution: None, signal_maxlen: None, waitpoint_token: sample(), now: sample() }]);
    vectors!(out, DeliverSignalResult, serde, ["Accepted" => DeliverSignalResult::Accepted { signal_id: sample(), effect: sample() }, "Duplicate" => DeliverSignalResult::Duplicate { existing_signal_id: sample() }]);
    vectors!(out, BufferSignalArgs, serde, ["" => BufferSignalArgs { execution_id: sample(), waitpoint_id: sample(), signal_id: sample(), signal_name: sample(), signal_category: sample(), source_type: sample(), source_identity: sample(), payload: sample(), payload_encoding: sample(), idempotency_key: sample(), target_scope: sample(), waitpoint_token: sample(), now: sample() }, "" => BufferSignalArgs { execution_id: sample(), waitpoint_id: sample(), signal_id: sample(), signal_name: sample(), signal_category: sample(), source_type: sample(), source_identity: sample(), payload: None, payload_encoding: None, idempotency_key: None, target_scope: sample(), waitpoint_token: sample(), now: sample() }]);
    vectors!(out, BufferSignalResult, serde, ["Buffered" => BufferSignalResult::Buffered { signal_id: sample() }, "Duplicate" => BufferSignalResult::Duplicate { existing_signal_id: sample() }]);
    vectors!(out, PendingWaitpointInfo, serde, ["" => PendingWaitpointInfo { waitpoint_id: sample(), waitpoint_key: sample(), state: sample(), waitpoint_token: sample(), required_signal_names: sample(), created_at: sample(), activated_at: sample(), expires_at: sample() }, "" => PendingWaitpointInfo { waitpoint_id: sample(), waitpoint_key: sample(), state: sample(), waitpoint_token: sample(), required_signal_names: Default::default(), created_at: sample(), activated_at: None, expires_at: None }]);
    vectors!(out, ExpireSuspensionArgs, serde, ["" => ExpireSuspensionArgs { execution_id: sample() }]);
    vectors!(out, ExpireSuspensionResult, serde, ["Expired" => ExpireSuspensionResult::Expired { behavior_applied: sample() }, "AlreadySatisfied" => ExpireSuspensionResult::AlreadySatisfied { reason: sample() }]);
    vectors!(out, ClaimResumedExecutionArgs, serde, ["" => ClaimResumedExecutionArgs { execution_id: sample(), worker_id: sample(), worker_instance_id: sample(), lane_id: sample(), lease_id: sample(), lease_ttl_ms: sample(), current_attempt_index: sample(), remaining_attempt_timeout_ms: sample(), now: sample() }, "" => ClaimResumedExecutionArgs { execution_id: sample(), worker_id: sample(), worker_instance_id: sample(), lane_id: sample(), lease_id: sample(), lease_ttl_ms: sample(), current_attempt_index: sample(), remaining_attempt_timeout_ms: None, now: sample() }]);
    vectors!(out, ClaimedResumedExecution, serde, ["" => ClaimedResumedExecution { execution_id: sample(), lease_id: sample(), lease_epoch: sample(), attempt_index: sample(), attempt_id: sample(), lease_expires_at: sample() }]);
    vectors!(out, ClaimResumedExecutionResult, serde, ["Claimed" => ClaimResumedExecutionResult::Claimed(sample())]);
    vectors!(out, AppendFrameArgs, serde, ["" => AppendFrameArgs { execution_id: sample(), attempt_index: sample(), lease_id: sample(), lease_epoch: sample(), attempt_id: sample(), frame_type: sample(), timestamp: sample(), payload: sample(), encoding: sample(), metadata_json: sample(), correlation_id: sample(), source: sample(), retention_maxlen: sample(), max_payload_bytes: sample() }, "" => AppendFrameArgs { execution_id: sample(), attempt_index: sample(), lease_id: sample(), lease_epoch: sample(), attempt_id: sample(), frame_type: sample(), timestamp: sample(), payload: sample(), encoding: None, metadata_json: None, correlation_id: None, source: None, retention_maxlen: None, max_payload_bytes: None }]);
    vectors!(out, AppendFrameResult, serde, ["Appended" => AppendFrameResult::Appended { entry_id: sample(), frame_count: sample() }]);
    vectors!(out, StreamFrame, serde, ["" => StreamFrame { id: sample(), fields: sample() }, "" => StreamFrame { id: sample(), fields: Default::default() }]);
    vectors!(out, ReadFramesArgs, serde, ["" => ReadFramesArgs { execution_id: sample(), attempt_index: sample(), from_id: sample(), to_id: sample(), count_limit: sample() }]);
    vectors!(out, StreamFrames, serde, ["" => StreamFrames { frames: sample(), closed_at: sample(), closed_reason: sample() }, "" => StreamFrames { frames: Default::default(), closed_at: None, closed_reason: None }]);
    vectors!(out, ReadFramesResult, serde, ["Frames" => ReadFramesResult::Frames(sample())]);
    vectors!(out, CreateBudgetArgs, serde, ["" => CreateBudgetArgs { budget_id: sample(), scope_type: sample(), scope_id: sample(), enforcement_mode: sample(), on_hard_limit: sample(), on_soft_limit: sample(), reset_interval_ms: sample(), dimensions: sample(), hard_limits: sample(), soft_limits: sample(), now: sample() }, "" => CreateBudgetArgs { budget_id: sample(), scope_type: sample(), scope_id: sample(), enforcement_mode: sample(), on_hard_limit: sample(), on_soft_limit: sample(), reset_interval_ms: sample(), dimensions: Default::default(), hard_limits: Default::default(), soft_limits: Default::default(), now: sample() }]);
    vectors!(out, CreateBudgetResult, serde, ["Created" => CreateBudgetResult::Created { budget_id: sample() }, "AlreadySatisfied" => CreateBudgetResult::AlreadySatisfied { budget_id: sample() }]);
    vectors!(out, CreateQuotaPolicyArgs, serde, ["" => CreateQuotaPolicyArgs { quota_policy_id: sample(), window_seconds: sample(), max_requests_per_window: sample(), max_concurrent: sample(), now: sample() }]);
    vectors!(out, CreateQuotaPolicyResult, serde, ["Created" => CreateQuotaPolicyResult::Created { quota_policy_id: sample() }, "AlreadySatisfied" => CreateQuotaPolicyResult::AlreadySatisfied { quota_policy_id: sample() }]);
    vectors!(out, BudgetStatus, serde, ["" => BudgetStatus { budget_id: sample(), scope_type: sample(), scope_id: sample(), enforcement_mode: sample(), usage: sample(), hard_limits: sample(), soft_limits: sample(), breach_count: sample(), soft_breach_count: sample(), last_breach_at: sample(), last_breach_dim: sample(), next_reset_at: sample(), created_at: sample() }, "" => BudgetStatus { budget_id: sample(), scope_type: sample(), scope_id: sample(), enforcement_mode: sample(), usage: Default::default(), hard_limits: Default::default(), soft_limits: Default::default(), breach_count: sample(), soft_breach_count: sample(), last_breach_at: None, last_breach_dim: None, next_reset_at: None, created_at: None }]);
    vectors!(out, ReportUsageArgs, serde, ["" => ReportUsageArgs { dimensions: sample(), deltas: sample(), now: sample(), dedup_key: sample() }, "" => ReportUsageArgs { dimensions: Default::default(), deltas: Default::default(), now: sample(), dedup_key: None }]);
    vectors!(out, ReportUsageResult, serde, ["Ok" => ReportUsageResult::Ok, "SoftBreach" => ReportUsageResult::SoftBreach { dimension: sample(), current_usage: sample(), soft_limit: sample() }, "HardBreach" => ReportUsageResult::HardBreach { dimension: sample(), current_usage: sample(), hard_limit: sample() }, "AlreadyApplied" => ReportUsageResult::AlreadyApplied]);
    vectors!(out, ResetBudgetArgs, serde, ["" => ResetBudgetArgs { budget_id: sample(), now: sample() }]);
    vectors!(out, ResetBudgetResult, serde, ["Reset" => ResetBudgetResult::Reset { next_reset_at: sample() }]);
    vectors!(out, CheckAdmissionArgs, serde, ["" => CheckAdmissionArgs { execution_id: sample(), now: sample(), window_seconds: sample(), rate_limit: sample(), concurrency_cap: sample(), jitter_ms: sample() }, "" => CheckAdmissionArgs { execution_id: sample(), now: sample(), window_seconds: sample(), rate_limit: sample(), concurrency_cap: sample(), jitter_ms: None }]);
    vectors!(out, CheckAdmissionResult, serde, ["Admitted" => CheckAdmissionResult::Admitted, "AlreadyAdmitted" => CheckAdmissionResult::AlreadyAdmitted, "RateExceeded" => CheckAdmissionResult::RateExceeded { retry_after_ms: sample() }, "ConcurrencyExceeded" => CheckAdmissionResult::ConcurrencyExceeded]);
    vectors!(out, ReleaseAdmissionArgs, serde, ["" => ReleaseAdmissionArgs { execution_id: sample() }]);
    vectors!(out, ReleaseAdmissionResult, serde, ["Released" => ReleaseAdmissionResult::Released]);
    vectors!(out, BlockExecutionArgs, serde, ["" => BlockExecutionArgs { execution_id: sample(), blocking_reason: sample(), blocking_detail: sample(), now: sample() }, "" => BlockExecutionArgs { execution_id: sample(), blocking_reason: sample(), blocking_detail: None, now: sample() }]);
    vectors!(out, BlockExecutionResult, serde, ["Blocked" => BlockExecutionResult::Blocked]);
    vectors!(out, UnblockExecutionArgs, serde, ["" => UnblockExecutionArgs { execution_id: sample(), now: sample(), expected_blocking_reason: sample() }, "" => UnblockExecutionArgs { execution_id: sample(), now: sample(), expected_blocking_reason: None }]);
    vectors!(out, UnblockExecutionResult, serde, ["Unblocked" => UnblockExecutionResult::Unblocked]);
    vectors!(out, CreateFlowArgs, serde, ["" => CreateFlowArgs { flow_id: sample(), flow_kind: sample(), namespace: sample(), now: sample() }]);
    vectors!(out, CreateFlowResult, serde, ["Created" => CreateFlowResult::Created { flow_id: sample() }, "AlreadySatisfied" => CreateFlowResult::AlreadySatisfied { flow_id: sample() }]);
    vectors!(out, AddExecutionToFlowArgs, serde, ["" => AddExecutionToFlowArgs { flow_id: sample(), execution_id: sample(), now: sample() }]);
    vectors!(out, AddExecutionToFlowResult, serde, ["Added" => AddExecutionToFlowResult::Added { execution_id: sample(), new_node_count: sample() }, "AlreadyMember" => AddExecutionToFlowResult::AlreadyMember { execution_id: sample(), node_count: sample() }]);
    vectors!(out, CancelFlowArgs, serde, ["" => CancelFlowArgs { flow_id: sample(), reason: sample(), cancellation_policy: sample(), now: sample() }]);
    vectors!(out, CancelFlowResult, serde, ["Cancelled" => CancelFlowResult::Cancelled { cancellation_policy: sample(), member_execution_ids: sample() }, "CancellationScheduled" => CancelFlowResult::CancellationScheduled { cancellation_policy: sample(), member_count: sample(), member_execution_ids: sample() }, "PartiallyCancelled" => CancelFlowResult::PartiallyCancelled { cancellation_policy: sample(), member_execution_ids: sample(), failed_member_execution_ids: sample() }]);
    vectors!(out, StageDependencyEdgeArgs, serde, ["" => StageDependencyEdgeArgs { flow_id: sample(), edge_id: sample(), upstream_execution_id: sample(), downstream_execution_id: sample(), dependency_kind: sample(), data_passing_ref: sample(), expected_graph_revision: sample(), now: sample() }, "" => StageDependencyEdgeArgs { flow_id: sample(), edge_id: sample(), upstream_execution_id: sample(), downstream_execution_id: sample(), dependency_kind: sample(), data_passing_ref: None, expected_graph_revision: sample(), now: sample() }]);
    vectors!(out, StageDependencyEdgeResult, serde, ["Staged" => StageDependencyEdgeResult::Staged { edge_id: sample(), new_graph_revision: sample() }]);
    vectors!(out, ApplyDependencyToChildArgs, serde, ["" => ApplyDependencyToChildArgs { flow_id: sample(), edge_id: sample(), downstream_execution_id: sample(), upstream_execution_id: sample(), graph_revision: sample(), dependency_kind: sample(), data_passing_ref: sample(), now: sample() }, "" => ApplyDependencyToChildArgs { flow_id: sample(), edge_id: sample(), downstream_execution_id: sample(), upstream_execution_id: sample(), graph_revision: sample(), dependency_kind: sample(), data_passing_ref: None, now: sample() }]);
    vectors!(out, ApplyDependencyToChildResult, serde, ["Applied" => ApplyDependencyToChildResult::Applied { unsatisfied_count: sample() }, "AlreadyApplied" => ApplyDependencyToChildResult::AlreadyApplied]);
    vectors!(out, ResolveDependencyArgs, serde, ["" => ResolveDependencyArgs { edge_id: sample(), upstream_outcome: sample(), now: sample() }]);
    vectors!(out, ResolveDependencyResult, serde, ["Satisfied" => ResolveDependencyResult::Satisfied, "Impossible" => ResolveDependencyResult::Impossible, "AlreadyResolved" => ResolveDependencyResult::AlreadyResolved]);
    vectors!(out, PromoteBlockedToEligibleArgs, serde, ["" => PromoteBlockedToEligibleArgs { execution_id: sample(), now: sample() }]);
    vectors!(out, PromoteBlockedToEligibleResult, serde, ["Promoted" => PromoteBlockedToEligibleResult::Promoted]);
    vectors!(out, EvaluateFlowEligibilityArgs, serde, ["" => EvaluateFlowEligibilityArgs { execution_id: sample() }]);
    vectors!(out, EvaluateFlowEligibilityResult, serde, ["Status" => EvaluateFlowEligibilityResult::Status { status: sample() }]);
    vectors!(out, ReplayExecutionArgs, serde, ["" => ReplayExecutionArgs { execution_id: sample(), now: sample() }]);
    vectors!(out, ReplayExecutionResult, serde, ["Replayed" => ReplayExecutionResult::Replayed { public_state: sample() }]);
    vectors!(out, ExecutionInfo, serde, ["" => ExecutionInfo { execution_id: sample(), namespace: sample(), lane_id: sample(), priority: sample(), execution_kind: sample(), state_vector: sample(), public_state: sample(), created_at: sample(), started_at: sample(), completed_at: sample(), current_attempt_index: sample(), flow_id: sample(), blocking_detail: sample() }, "" => ExecutionInfo { execution_id: sample(), namespace: sample(), lane_id: sample(), priority: sample(), execution_kind: sample(), state_vector: sample(), public_state: sample(), created_at: sample(), started_at: None, completed_at: None, current_attempt_index: sample(), flow_id: None, blocking_detail: sample() }]);
    vectors!(out, SetExecutionTagsArgs, serde, ["" => SetExecutionTagsArgs { execution_id: sample(), tags: sample() }, "" => SetExecutionTagsArgs { execution_id: sample(), tags: Default::default() }]);
    vectors!(out, SetExecutionTagsResult, serde, ["Ok" => SetExecutionTagsResult::Ok { count: sample() }]);
    vectors!(out, SetFlowTagsArgs, serde, ["" => SetFlowTagsArgs { flow_id: sample(), tags: sample() }, "" => SetFlowTagsArgs { flow_id: sample(), tags: Default::default() }]);
    vectors!(out, SetFlowTagsResult, serde, ["Ok" => SetFlowTagsResult::Ok { count: sample() }]);
    vectors!(out, ExecutionSnapshot, none, ["" => ExecutionSnapshot::new(sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample()), "" => ExecutionSnapshot::new(sample(), None, sample(), sample(), sample(), None, None, None, None, None, sample(), sample(), sample(), Default::default())]);
    vectors!(out, AttemptSummary, none, ["" => AttemptSummary::new(sample(), sample())]);
    vectors!(out, LeaseSummary, none, ["" => LeaseSummary::new(sample(), sample(), sample())]);
    vectors!(out, FlowSnapshot, none, ["" => FlowSnapshot::new(sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample()), "" => FlowSnapshot::new(sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample(), None, None, None, Default::default())]);
    vectors!(out, EdgeSnapshot, none, ["" => EdgeSnapshot::new(sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample(), sample()), "" => EdgeSnapshot::new(sample(), sample(), sample(), sample(), sample(), sample(), None, sample(), sample(), sample())]);
    vectors!(out, StateSummary, serde, ["" => StateSummary { state_vector: sample(), current_attempt_index: sample() }]);
    vectors!(out, ExecutionSummary, serde, ["" => ExecutionSummary { execution_id: sample(), namespace: sample(), lane_id: sample(), execution_kind: sample(), public_state: sample(), priority: sample(), created_at: sample() }]);
    vectors!(out, ListExecutionsResult, serde, ["" => ListExecutionsResult { executions: sample(), total_returned: sample() }, "" => ListExecutionsResult { executions: Default::default(), total_returned: sample() }]);
    vectors!(out, RotateWaitpointHmacSecretArgs, none, ["" => RotateWaitpointHmacSecretArgs { new_kid: sample(), new_secret_hex: sample(), grace_ms: sample() }]);
    vectors!(out, RotateWaitpointHmacSecretOutcome, none, ["Rotated" => RotateWaitpointHmacSecretOutcome::Rotated { previous_kid: sample(), new_kid: sample(), gc_count: sample() }, "Noop" => RotateWaitpointHmacSecretOutcome::Noop { kid: sample() }]);
    vectors!(out, ListWaitpointHmacKidsArgs, none, ["" => ListWaitpointHmacKidsArgs {  }]);
    vectors!(out, WaitpointHmacKids, none, ["" => WaitpointHmacKids { current_kid: sample(), verifying: sample() }, "" => WaitpointHmacKids { current_kid: None, verifying: Default::default() }]);
    vectors!(out, VerifyingKid, none, ["" => VerifyingKid { kid: sample(), expires_at_ms: sample() }]);
    Value::Array(out)
}

/// Every `EngineError` variant, each kind enum in every variant: its
/// `Display`, `Debug` and `class()`.
pub fn engine_error_corpus() -> Value {
    use ff_core::engine_error::{BugKind, ConflictKind, ContentionKind, EngineError, StateKind, ValidationKind};
    let errors: Vec<(&str, &str, EngineError)> = vec![
        ("", "", EngineError::NotFound { entity: "execution" }),
        ("", "", EngineError::Unavailable { op: "claim_from_grant" }),
        ("", "", EngineError::Transport { backend: "valkey", source: Box::new(std::io::Error::other("refused")) }),
        (
            "ValidationKind",
            "InvalidInput",
            EngineError::Validation { kind: ValidationKind::InvalidInput, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "CapabilityMismatch",
            EngineError::Validation { kind: ValidationKind::CapabilityMismatch, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "InvalidCapabilities",
            EngineError::Validation { kind: ValidationKind::InvalidCapabilities, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "InvalidPolicyJson",
            EngineError::Validation { kind: ValidationKind::InvalidPolicyJson, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "PayloadTooLarge",
            EngineError::Validation { kind: ValidationKind::PayloadTooLarge, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "SignalLimitExceeded",
            EngineError::Validation { kind: ValidationKind::SignalLimitExceeded, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "InvalidWaitpointKey",
            EngineError::Validation { kind: ValidationKind::InvalidWaitpointKey, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "WaitpointNotTokenBound",
            EngineError::Validation { kind: ValidationKind::WaitpointNotTokenBound, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "RetentionLimitExceeded",
            EngineError::Validation { kind: ValidationKind::RetentionLimitExceeded, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "InvalidLeaseForSuspend",
            EngineError::Validation { kind: ValidationKind::InvalidLeaseForSuspend, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "InvalidDependency",
            EngineError::Validation { kind: ValidationKind::InvalidDependency, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "InvalidWaitpointForExecution",
            EngineError::Validation { kind: ValidationKind::InvalidWaitpointForExecution, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "InvalidBlockingReason",
            EngineError::Validation { kind: ValidationKind::InvalidBlockingReason, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "InvalidOffset",
            EngineError::Validation { kind: ValidationKind::InvalidOffset, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "Unauthorized",
            EngineError::Validation { kind: ValidationKind::Unauthorized, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "InvalidBudgetScope",
            EngineError::Validation { kind: ValidationKind::InvalidBudgetScope, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "BudgetOverrideNotAllowed",
            EngineError::Validation { kind: ValidationKind::BudgetOverrideNotAllowed, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "InvalidQuotaSpec",
            EngineError::Validation { kind: ValidationKind::InvalidQuotaSpec, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "InvalidKid",
            EngineError::Validation { kind: ValidationKind::InvalidKid, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "InvalidSecretHex",
            EngineError::Validation { kind: ValidationKind::InvalidSecretHex, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "InvalidGraceMs",
            EngineError::Validation { kind: ValidationKind::InvalidGraceMs, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "InvalidTagKey",
            EngineError::Validation { kind: ValidationKind::InvalidTagKey, detail: "lane_id".into() },
        ),
        (
            "ValidationKind",
            "InvalidFrameType",
            EngineError::Validation { kind: ValidationKind::InvalidFrameType, detail: "lane_id".into() },
        ),
        (
            "ContentionKind",
            "UseClaimResumedExecution",
            EngineError::Contention(ContentionKind::UseClaimResumedExecution),
        ),
        ("ContentionKind", "NotAResumedExecution", EngineError::Contention(ContentionKind::NotAResumedExecution)),
        ("ContentionKind", "ExecutionNotLeaseable", EngineError::Contention(ContentionKind::ExecutionNotLeaseable)),
        ("ContentionKind", "LeaseConflict", EngineError::Contention(ContentionKind::LeaseConflict)),
        ("ContentionKind", "InvalidClaimGrant", EngineError::Contention(ContentionKind::InvalidClaimGrant)),
        ("ContentionKind", "ClaimGrantExpired", EngineError::Contention(ContentionKind::ClaimGrantExpired)),
        ("ContentionKind", "NoEligibleExecution", EngineError::Contention(ContentionKind::NoEligibleExecution)),
        ("ContentionKind", "WaitpointNotFound", EngineError::Contention(ContentionKind::WaitpointNotFound)),
        (
            "ContentionKind",
            "WaitpointPendingUseBufferScript",
            EngineError::Contention(ContentionKind::WaitpointPendingUseBufferScript),
        ),
        ("ContentionKind", "StaleGraphRevision", EngineError::Contention(ContentionKind::StaleGraphRevision)),
        (
            "ContentionKind",
            "ExecutionNotActive",
            EngineError::Contention(ContentionKind::ExecutionNotActive {
                terminal_outcome: "success".into(),
                lease_epoch: "3".into(),
                lifecycle_phase: "terminal".into(),
                attempt_id: "a \"b\"".into(),
            }),
        ),
        ("ContentionKind", "ExecutionNotEligible", EngineError::Contention(ContentionKind::ExecutionNotEligible)),
        (
            "ContentionKind",
            "ExecutionNotInEligibleSet",
            EngineError::Contention(ContentionKind::ExecutionNotInEligibleSet),
        ),
        ("ContentionKind", "ExecutionNotReclaimable", EngineError::Contention(ContentionKind::ExecutionNotReclaimable)),
        ("ContentionKind", "NoActiveLease", EngineError::Contention(ContentionKind::NoActiveLease)),
        ("ContentionKind", "RateLimitExceeded", EngineError::Contention(ContentionKind::RateLimitExceeded)),
        (
            "ContentionKind",
            "ConcurrencyLimitExceeded",
            EngineError::Contention(ContentionKind::ConcurrencyLimitExceeded),
        ),
        (
            "ConflictKind",
            "DependencyAlreadyExists",
            EngineError::Conflict(ConflictKind::DependencyAlreadyExists { existing: sample() }),
        ),
        ("ConflictKind", "CycleDetected", EngineError::Conflict(ConflictKind::CycleDetected)),
        ("ConflictKind", "SelfReferencingEdge", EngineError::Conflict(ConflictKind::SelfReferencingEdge)),
        ("ConflictKind", "ExecutionAlreadyInFlow", EngineError::Conflict(ConflictKind::ExecutionAlreadyInFlow)),
        ("ConflictKind", "WaitpointAlreadyExists", EngineError::Conflict(ConflictKind::WaitpointAlreadyExists)),
        ("ConflictKind", "BudgetAttachConflict", EngineError::Conflict(ConflictKind::BudgetAttachConflict)),
        ("ConflictKind", "QuotaAttachConflict", EngineError::Conflict(ConflictKind::QuotaAttachConflict)),
        ("ConflictKind", "RotationConflict", EngineError::Conflict(ConflictKind::RotationConflict("kid1".into()))),
        ("ConflictKind", "ActiveAttemptExists", EngineError::Conflict(ConflictKind::ActiveAttemptExists)),
        ("StateKind", "StaleLease", EngineError::State(StateKind::StaleLease)),
        ("StateKind", "LeaseExpired", EngineError::State(StateKind::LeaseExpired)),
        ("StateKind", "LeaseRevoked", EngineError::State(StateKind::LeaseRevoked)),
        ("StateKind", "ExecutionNotSuspended", EngineError::State(StateKind::ExecutionNotSuspended)),
        ("StateKind", "AlreadySuspended", EngineError::State(StateKind::AlreadySuspended)),
        ("StateKind", "WaitpointClosed", EngineError::State(StateKind::WaitpointClosed)),
        ("StateKind", "TargetNotSignalable", EngineError::State(StateKind::TargetNotSignalable)),
        ("StateKind", "DuplicateSignal", EngineError::State(StateKind::DuplicateSignal)),
        ("StateKind", "ResumeConditionNotMet", EngineError::State(StateKind::ResumeConditionNotMet)),
        ("StateKind", "WaitpointNotPending", EngineError::State(StateKind::WaitpointNotPending)),
        ("StateKind", "PendingWaitpointExpired", EngineError::State(StateKind::PendingWaitpointExpired)),
        ("StateKind", "WaitpointNotOpen", EngineError::State(StateKind::WaitpointNotOpen)),
        ("StateKind", "ExecutionNotTerminal", EngineError::State(StateKind::ExecutionNotTerminal)),
        ("StateKind", "MaxReplaysExhausted", EngineError::State(StateKind::MaxReplaysExhausted)),
        ("StateKind", "StreamClosed", EngineError::State(StateKind::StreamClosed)),
        ("StateKind", "StaleOwnerCannotAppend", EngineError::State(StateKind::StaleOwnerCannotAppend)),
        ("StateKind", "GrantAlreadyExists", EngineError::State(StateKind::GrantAlreadyExists)),
        ("StateKind", "ExecutionNotInFlow", EngineError::State(StateKind::ExecutionNotInFlow)),
        ("StateKind", "FlowAlreadyTerminal", EngineError::State(StateKind::FlowAlreadyTerminal)),
        ("StateKind", "DepsNotSatisfied", EngineError::State(StateKind::DepsNotSatisfied)),
        ("StateKind", "NotBlockedByDeps", EngineError::State(StateKind::NotBlockedByDeps)),
        ("StateKind", "NotRunnable", EngineError::State(StateKind::NotRunnable)),
        ("StateKind", "Terminal", EngineError::State(StateKind::Terminal)),
        ("StateKind", "BudgetExceeded", EngineError::State(StateKind::BudgetExceeded)),
        ("StateKind", "BudgetSoftExceeded", EngineError::State(StateKind::BudgetSoftExceeded)),
        ("StateKind", "OkAlreadyApplied", EngineError::State(StateKind::OkAlreadyApplied)),
        ("StateKind", "AttemptNotStarted", EngineError::State(StateKind::AttemptNotStarted)),
        ("StateKind", "AttemptAlreadyTerminal", EngineError::State(StateKind::AttemptAlreadyTerminal)),
        ("StateKind", "ExecutionNotEligibleForAttempt", EngineError::State(StateKind::ExecutionNotEligibleForAttempt)),
        ("StateKind", "ReplayNotAllowed", EngineError::State(StateKind::ReplayNotAllowed)),
        ("StateKind", "MaxRetriesExhausted", EngineError::State(StateKind::MaxRetriesExhausted)),
        ("StateKind", "StreamAlreadyClosed", EngineError::State(StateKind::StreamAlreadyClosed)),
        ("BugKind", "AttemptNotInCreatedState", EngineError::Bug(BugKind::AttemptNotInCreatedState)),
    ];
    let vectors = errors.iter().map(|(kind, variant, error)| {
        json!({"kind": kind, "variant": variant, "display": error.to_string(), "debug": format!("{error:?}"),
            "class": format!("{:?}", error.class())})
    });
    Value::Array(vectors.collect())
}
