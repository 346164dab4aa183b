//! The cross-language corpus: vectors computed by ff-core 0.3.4, committed in
//! `tests/corpus/*.json` at the repository root and read again by pytest
//! through the Python API. This test fails when regenerating a file would
//! change it; `FF_CORE_UPDATE_CORPUS=1 cargo test -p ff_core_py --test corpus`
//! rewrites them.

// One table per file reads best as one long function of plain data.
#![allow(clippy::too_many_lines, clippy::type_complexity)]

use std::fmt::{Debug, Display};
use std::path::PathBuf;

use _ff_core::support::slot::Slot;
use ff_core::contracts::{
    CancelExecutionArgs, CancelExecutionResult, ClaimExecutionResult, ClaimGrant, ClaimedExecution,
    CreateExecutionArgs, CreateExecutionResult, ExecutionInfo, ListExecutionsResult, StreamCursor,
    StreamCursorParseError, StreamFrame,
};
use ff_core::error::ErrorClass;
use ff_core::hash::{fnv1a_u16_mod, fnv1a_u64, fnv1a_xor8hex};
use ff_core::keys::{
    self, BudgetKeyContext, ExecKeyContext, FlowIndexKeys, FlowKeyContext, IndexKeys, QuotaKeyContext,
};
use ff_core::partition::{
    Partition, PartitionConfig, PartitionFamily, PartitionKey, budget_partition, quota_partition, solo_partition,
};
use ff_core::policy::{
    BackoffStrategy, ExecutionPolicy, FallbackPolicy, FallbackTier, RetryPolicy, RoutingRequirements, StreamPolicy,
    SuspensionPolicy, TimeoutPolicy,
};
use ff_core::state::{
    AttemptLifecycle, AttemptState, AttemptType, BlockingReason, EligibilityState, LaneState, LifecyclePhase,
    OwnershipState, PublicState, StateVector, TerminalOutcome,
};
use ff_core::types::{
    AttemptId, AttemptIndex, BudgetId, CancelSource, EdgeId, ExecutionId, FlowId, LaneId, LeaseEpoch, LeaseFence,
    LeaseId, Namespace, QuotaPolicyId, SignalId, SuspensionId, TimestampMs, WaitpointId, WaitpointKey, WorkerId,
    WorkerInstanceId,
};
use serde::Serialize;
use serde_json::{Value, json};
use uuid::Uuid;

mod contracts_samples;

const UUIDS: [&str; 3] = [
    "67e55044-10b1-426f-9247-bb680e5fe0c8",
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
];
const TEXTS: [&str; 7] = ["", "default", "a b", "x:y", "{fp:1}", "é", "line\nbreak"];

fn uuid(i: usize) -> Uuid {
    Uuid::parse_str(UUIDS[i % UUIDS.len()]).unwrap()
}

fn partitions() -> Vec<Partition> {
    let p = |family, index| Partition { family, index };
    vec![
        p(PartitionFamily::Flow, 0),
        p(PartitionFamily::Flow, 7),
        p(PartitionFamily::Execution, 255),
        p(PartitionFamily::Budget, 31),
        p(PartitionFamily::Quota, 65535),
    ]
}

fn partition_json(p: Partition) -> Value {
    json!({"type": "Partition", "family": format!("{:?}", p.family), "index": p.index})
}

fn execution_ids() -> Vec<ExecutionId> {
    let text = UUIDS[0];
    [
        format!("{{fp:7}}:{text}"),
        format!("{{fp:007}}:{}", text.to_uppercase()),
        format!("{{fp:65535}}:{{{text}}}"),
        format!("{{fp:0}}:urn:uuid:{text}"),
        format!("{{fp:3}}:{}", text.replace('-', "")),
    ]
    .iter()
    .map(|s| ExecutionId::parse(s).unwrap())
    .collect()
}

/// A typed argument the Python side rebuilds: `{"type": T, "value": v}`.
fn arg(kind: &str, value: impl Serialize) -> Value {
    json!({"type": kind, "value": value})
}

fn configs() -> Vec<PartitionConfig> {
    let c = |f, b, q| PartitionConfig { num_flow_partitions: f, num_budget_partitions: b, num_quota_partitions: q };
    vec![PartitionConfig::default(), c(1, 1, 1), c(7, 3, 5), c(65535, 65535, 65535), c(0, 0, 0)]
}

fn config_json(c: PartitionConfig) -> Value {
    json!([c.num_flow_partitions, c.num_budget_partitions, c.num_quota_partitions])
}

fn keys_corpus() -> Value {
    let mut out = Vec::new();
    let mut push = |context: &str, new_args: Vec<Value>, method: &str, args: Vec<Value>, key: String| {
        out.push(json!({"context": context, "new": new_args, "method": method, "args": args, "key": key}));
    };
    for p in partitions() {
        for eid in execution_ids() {
            let ctx = ExecKeyContext::new(&p, &eid);
            let new = vec![partition_json(p), arg("ExecutionId", eid.as_str())];
            let plain: [(&str, fn(&ExecKeyContext) -> String); 16] = [
                ("core", ExecKeyContext::core),
                ("payload", ExecKeyContext::payload),
                ("result", ExecKeyContext::result),
                ("policy", ExecKeyContext::policy),
                ("tags", ExecKeyContext::tags),
                ("lease_current", ExecKeyContext::lease_current),
                ("lease_history", ExecKeyContext::lease_history),
                ("claim_grant", ExecKeyContext::claim_grant),
                ("attempts", ExecKeyContext::attempts),
                ("suspension_current", ExecKeyContext::suspension_current),
                ("waitpoints", ExecKeyContext::waitpoints),
                ("exec_signals", ExecKeyContext::exec_signals),
                ("deps_meta", ExecKeyContext::deps_meta),
                ("deps_unresolved", ExecKeyContext::deps_unresolved),
                ("deps_all_edges", ExecKeyContext::deps_all_edges),
                ("noop", ExecKeyContext::noop),
            ];
            for (name, method) in plain {
                push("ExecKeyContext", new.clone(), name, vec![], method(&ctx));
            }
            push("ExecKeyContext", new.clone(), "hash_tag", vec![], ctx.hash_tag().to_owned());
            push("ExecKeyContext", new.clone(), "execution_id_str", vec![], ctx.execution_id_str().to_owned());
            let by_index: [(&str, fn(&ExecKeyContext, AttemptIndex) -> String); 5] = [
                ("attempt_hash", ExecKeyContext::attempt_hash),
                ("attempt_usage", ExecKeyContext::attempt_usage),
                ("attempt_policy", ExecKeyContext::attempt_policy),
                ("stream", ExecKeyContext::stream),
                ("stream_meta", ExecKeyContext::stream_meta),
            ];
            for (name, method) in by_index {
                for index in [0, 1, u32::MAX] {
                    push(
                        "ExecKeyContext",
                        new.clone(),
                        name,
                        vec![arg("AttemptIndex", index)],
                        method(&ctx, AttemptIndex(index)),
                    );
                }
            }
            for i in 0..UUIDS.len() {
                let wp = WaitpointId::from_uuid(uuid(i));
                let wp_arg = || arg("WaitpointId", wp.to_string());
                push("ExecKeyContext", new.clone(), "waitpoint", vec![wp_arg()], ctx.waitpoint(&wp));
                push("ExecKeyContext", new.clone(), "waitpoint_signals", vec![wp_arg()], ctx.waitpoint_signals(&wp));
                push(
                    "ExecKeyContext",
                    new.clone(),
                    "waitpoint_condition",
                    vec![wp_arg()],
                    ctx.waitpoint_condition(&wp),
                );
                for text in TEXTS {
                    push(
                        "ExecKeyContext",
                        new.clone(),
                        "signal_dedup",
                        vec![wp_arg(), arg("str", text)],
                        ctx.signal_dedup(&wp, text),
                    );
                }
                let signal = SignalId::from_uuid(uuid(i));
                push(
                    "ExecKeyContext",
                    new.clone(),
                    "signal",
                    vec![arg("SignalId", signal.to_string())],
                    ctx.signal(&signal),
                );
                let payload = ctx.signal_payload(&signal);
                push(
                    "ExecKeyContext",
                    new.clone(),
                    "signal_payload",
                    vec![arg("SignalId", signal.to_string())],
                    payload,
                );
                let edge = EdgeId::from_uuid(uuid(i));
                push(
                    "ExecKeyContext",
                    new.clone(),
                    "dep_edge",
                    vec![arg("EdgeId", edge.to_string())],
                    ctx.dep_edge(&edge),
                );
            }
        }
        let idx = IndexKeys::new(&p);
        let new = vec![partition_json(p)];
        let plain: [(&str, fn(&IndexKeys) -> String); 7] = [
            ("waitpoint_hmac_secrets", IndexKeys::waitpoint_hmac_secrets),
            ("lease_expiry", IndexKeys::lease_expiry),
            ("suspension_timeout", IndexKeys::suspension_timeout),
            ("pending_waitpoint_expiry", IndexKeys::pending_waitpoint_expiry),
            ("attempt_timeout", IndexKeys::attempt_timeout),
            ("execution_deadline", IndexKeys::execution_deadline),
            ("all_executions", IndexKeys::all_executions),
        ];
        for (name, method) in plain {
            push("IndexKeys", new.clone(), name, vec![], method(&idx));
        }
        let lanes: [(&str, fn(&IndexKeys, &LaneId) -> String); 10] = [
            ("lane_eligible", IndexKeys::lane_eligible),
            ("lane_delayed", IndexKeys::lane_delayed),
            ("lane_active", IndexKeys::lane_active),
            ("lane_terminal", IndexKeys::lane_terminal),
            ("lane_blocked_dependencies", IndexKeys::lane_blocked_dependencies),
            ("lane_blocked_budget", IndexKeys::lane_blocked_budget),
            ("lane_blocked_quota", IndexKeys::lane_blocked_quota),
            ("lane_blocked_route", IndexKeys::lane_blocked_route),
            ("lane_blocked_operator", IndexKeys::lane_blocked_operator),
            ("lane_suspended", IndexKeys::lane_suspended),
        ];
        for text in TEXTS {
            for (name, method) in lanes {
                push("IndexKeys", new.clone(), name, vec![arg("LaneId", text)], method(&idx, &LaneId::new(text)));
            }
            let worker = WorkerInstanceId::new(text);
            push(
                "IndexKeys",
                new.clone(),
                "worker_leases",
                vec![arg("WorkerInstanceId", text)],
                idx.worker_leases(&worker),
            );
        }
        let flows = FlowIndexKeys::new(&p);
        push("FlowIndexKeys", new.clone(), "flow_index", vec![], flows.flow_index());
        push("FlowIndexKeys", new.clone(), "cancel_backlog", vec![], flows.cancel_backlog());
        for i in 0..UUIDS.len() {
            let flow = FlowId::from_uuid(uuid(i));
            let ctx = FlowKeyContext::new(&p, &flow);
            let new = vec![partition_json(p), arg("FlowId", flow.to_string())];
            let plain: [(&str, fn(&FlowKeyContext) -> String); 6] = [
                ("core", FlowKeyContext::core),
                ("members", FlowKeyContext::members),
                ("tags", FlowKeyContext::tags),
                ("events", FlowKeyContext::events),
                ("summary", FlowKeyContext::summary),
                ("pending_cancels", FlowKeyContext::pending_cancels),
            ];
            for (name, method) in plain {
                push("FlowKeyContext", new.clone(), name, vec![], method(&ctx));
            }
            push("FlowKeyContext", new.clone(), "hash_tag", vec![], ctx.hash_tag().to_owned());
            for eid in execution_ids() {
                let e = || vec![arg("ExecutionId", eid.as_str())];
                push("FlowKeyContext", new.clone(), "member", e(), ctx.member(&eid));
                push("FlowKeyContext", new.clone(), "outgoing", e(), ctx.outgoing(&eid));
                push("FlowKeyContext", new.clone(), "incoming", e(), ctx.incoming(&eid));
            }
            let edge = EdgeId::from_uuid(uuid(i + 1));
            push("FlowKeyContext", new.clone(), "edge", vec![arg("EdgeId", edge.to_string())], ctx.edge(&edge));
            for text in TEXTS {
                push("FlowKeyContext", new.clone(), "grant", vec![arg("str", text)], ctx.grant(text));
            }
            let budget = BudgetId::from_uuid(uuid(i));
            let ctx = BudgetKeyContext::new(&p, &budget);
            let new = vec![partition_json(p), arg("BudgetId", budget.to_string())];
            for (name, key) in [
                ("definition", ctx.definition()),
                ("limits", ctx.limits()),
                ("usage", ctx.usage()),
                ("executions", ctx.executions()),
                ("hash_tag", ctx.hash_tag().to_owned()),
            ] {
                push("BudgetKeyContext", new.clone(), name, vec![], key);
            }
            let quota = QuotaPolicyId::from_uuid(uuid(i));
            let ctx = QuotaKeyContext::new(&p, &quota);
            let new = vec![partition_json(p), arg("QuotaPolicyId", quota.to_string())];
            for (name, key) in [
                ("definition", ctx.definition()),
                ("concurrency", ctx.concurrency()),
                ("admitted_set", ctx.admitted_set()),
                ("hash_tag", ctx.hash_tag().to_owned()),
            ] {
                push("QuotaKeyContext", new.clone(), name, vec![], key);
            }
            for text in TEXTS {
                push("QuotaKeyContext", new.clone(), "window", vec![arg("str", text)], ctx.window(text));
            }
            for eid in execution_ids() {
                push(
                    "QuotaKeyContext",
                    new.clone(),
                    "admitted",
                    vec![arg("ExecutionId", eid.as_str())],
                    ctx.admitted(&eid),
                );
            }
        }
    }
    for a in TEXTS {
        for b in ["", "tenant", "{b:2}"] {
            let s = |t: &str| arg("str", t);
            push("", vec![], "budget_attach_key", vec![s(a), s(b), s(a)], keys::budget_attach_key(a, b, a));
            push("", vec![], "quota_attach_key", vec![s(b), s(a), s(b)], keys::quota_attach_key(b, a, b));
            push("", vec![], "workers_capability_key", vec![s(a), s(b)], keys::workers_capability_key(a, b));
            push("", vec![], "idempotency_key", vec![s(b), s(a), s(b)], keys::idempotency_key(b, a, b));
            push("", vec![], "tag_index_key", vec![s(a), s(b), s(a)], keys::tag_index_key(a, b, a));
            push("", vec![], "usage_dedup_key", vec![s(b), s(a)], keys::usage_dedup_key(b, a));
            let wpkey = WaitpointKey::new(a);
            let key = keys::waitpoint_key_resolution(b, &wpkey);
            push("", vec![], "waitpoint_key_resolution", vec![s(b), arg("WaitpointKey", a)], key);
        }
        let s = || vec![arg("str", a)];
        push("", vec![], "budget_resets_key", s(), keys::budget_resets_key(a));
        push("", vec![], "budget_policies_index", s(), keys::budget_policies_index(a));
        push("", vec![], "quota_policies_index", s(), keys::quota_policies_index(a));
        push("", vec![], "namespace_executions_key", s(), keys::namespace_executions_key(a));
        push("", vec![], "noop_key", s(), keys::noop_key(a));
        let lane = LaneId::new(a);
        push("", vec![], "lane_config_key", vec![arg("LaneId", a)], keys::lane_config_key(&lane));
        push("", vec![], "lane_counts_key", vec![arg("LaneId", a)], keys::lane_counts_key(&lane));
        let worker = WorkerInstanceId::new(a);
        push("", vec![], "worker_key", vec![arg("WorkerInstanceId", a)], keys::worker_key(&worker));
        push("", vec![], "worker_caps_key", vec![arg("WorkerInstanceId", a)], keys::worker_caps_key(&worker));
    }
    push("", vec![], "workers_index_key", vec![], keys::workers_index_key());
    push("", vec![], "lanes_index_key", vec![], keys::lanes_index_key());
    push("", vec![], "global_config_partitions", vec![], keys::global_config_partitions());
    Value::Array(out)
}

fn hash_corpus() -> Value {
    let inputs = ["", "a", "foobar", "gpu,cuda", "é", "line\nbreak", "{fp:1}", "0123456789abcdef0123456789abcdef"];
    let vectors: Vec<Value> = inputs
        .iter()
        .map(|text| {
            let moduli: Vec<Value> = [0u16, 1, 7, 256, 1000, 65535]
                .iter()
                .map(|m| json!({"modulus": m, "value": fnv1a_u16_mod(text, *m)}))
                .collect();
            json!({"text": text, "u64": fnv1a_u64(text.as_bytes()), "xor8hex": fnv1a_xor8hex(text), "u16_mod": moduli})
        })
        .collect();
    Value::Array(vectors)
}

/// The partition ff-core computes, or the message it panics with (a zero
/// count, which Python turns into `PartitionCountError` before calling).
fn partition_or_panic(compute: impl FnOnce() -> Partition + std::panic::UnwindSafe) -> Value {
    let quiet = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(compute);
    std::panic::set_hook(quiet);
    match result {
        Ok(p) => json!({"family": format!("{:?}", p.family), "index": p.index}),
        Err(payload) => {
            let message = payload.downcast_ref::<&str>().map(ToString::to_string);
            json!({"panic": message.or_else(|| payload.downcast_ref::<String>().cloned()).unwrap()})
        }
    }
}

fn partitions_corpus() -> Value {
    let mut out = Vec::new();
    for config in configs() {
        for i in 0..UUIDS.len() {
            let budget = BudgetId::from_uuid(uuid(i));
            out.push(json!({"function": "budget_partition", "arg": arg("BudgetId", budget.to_string()),
                "config": config_json(config), "result": partition_or_panic(|| budget_partition(&budget, &config))}));
            let quota = QuotaPolicyId::from_uuid(uuid(i));
            out.push(json!({"function": "quota_partition", "arg": arg("QuotaPolicyId", quota.to_string()),
                "config": config_json(config), "result": partition_or_panic(|| quota_partition(&quota, &config))}));
        }
        for text in TEXTS.iter().chain(&["workers-a", "gpu", "123456789"]) {
            let lane = LaneId::new(*text);
            out.push(json!({"function": "solo_partition", "arg": arg("LaneId", text),
                "config": config_json(config), "result": partition_or_panic(|| solo_partition(&lane, &config))}));
        }
    }
    for text in [
        "{fp:007}",
        "{fp:+7}",
        "{b:1}",
        "{q:65535}",
        "fp:0",
        "",
        "{b:1}x",
        "{fp0}",
        "{}",
        "{:1}",
        "{FP:1}",
        "{{fp:1}}",
        "{fp:}",
        "{fp:1:2}",
        "{fp:-1}",
        "{fp: 1}",
        "{fp:65536}",
    ] {
        let key: PartitionKey = serde_json::from_value(json!(text)).unwrap();
        let result = match Partition::try_from(&key) {
            Ok(p) => json!({"family": format!("{:?}", p.family), "index": p.index}),
            Err(err) => json!({"error": err.to_string(), "debug": format!("{err:?}")}),
        };
        out.push(json!({"function": "Partition.try_from", "arg": arg("PartitionKey", text), "result": result}));
    }
    Value::Array(out)
}

/// `{"type", "json", "debug", "display"}`: pytest reads the value with
/// `from_json` and checks `repr`, `str` and `to_json` against these.
fn format_of<T: Serialize + Debug>(kind: &str, value: &T, display: Option<String>) -> Value {
    let debug = format!("{value:?}");
    json!({"type": kind, "json": serde_json::to_string(value).unwrap(), "debug": debug.clone(),
        "display": display.unwrap_or(debug)})
}

#[allow(clippy::unnecessary_wraps)] // it fills `format_of`'s optional Display
fn shown<T: Display>(value: &T) -> Option<String> {
    Some(value.to_string())
}

fn formats_corpus() -> Value {
    let mut out = Vec::new();
    for i in 0..UUIDS.len() {
        let u = uuid(i);
        out.push(format_of("BudgetId", &BudgetId::from_uuid(u), shown(&BudgetId::from_uuid(u))));
        out.push(format_of("QuotaPolicyId", &QuotaPolicyId::from_uuid(u), shown(&QuotaPolicyId::from_uuid(u))));
        out.push(format_of("LeaseId", &LeaseId::from_uuid(u), shown(&LeaseId::from_uuid(u))));
        out.push(format_of("AttemptId", &AttemptId::from_uuid(u), shown(&AttemptId::from_uuid(u))));
        out.push(format_of("WaitpointId", &WaitpointId::from_uuid(u), shown(&WaitpointId::from_uuid(u))));
        out.push(format_of("SuspensionId", &SuspensionId::from_uuid(u), shown(&SuspensionId::from_uuid(u))));
        out.push(format_of("EdgeId", &EdgeId::from_uuid(u), shown(&EdgeId::from_uuid(u))));
        let fence = LeaseFence {
            lease_id: LeaseId::from_uuid(u),
            lease_epoch: LeaseEpoch(i as u64),
            attempt_id: AttemptId::from_uuid(uuid(i + 1)),
        };
        out.push(format_of("LeaseFence", &fence, None));
    }
    for text in TEXTS {
        out.push(format_of("WorkerId", &WorkerId::new(text), shown(&WorkerId::new(text))));
        out.push(format_of("WorkerInstanceId", &WorkerInstanceId::new(text), shown(&WorkerInstanceId::new(text))));
        out.push(format_of("WaitpointKey", &WaitpointKey::new(text), shown(&WaitpointKey::new(text))));
        out.push(format_of("Namespace", &Namespace::new(text), shown(&Namespace::new(text))));
        let source: CancelSource = text.parse().unwrap();
        out.push(format_of("CancelSource", &source, shown(&source)));
    }
    for source in [
        CancelSource::OperatorOverride,
        CancelSource::LeaseHolder,
        CancelSource::FlowCascade,
        CancelSource::SystemTimeout,
    ] {
        out.push(format_of("CancelSource", &source, shown(&source)));
    }
    for n in [0u64, 1, u64::MAX] {
        out.push(format_of("LeaseEpoch", &LeaseEpoch(n), shown(&LeaseEpoch(n))));
    }
    for n in [0u32, 7, u32::MAX] {
        out.push(format_of("AttemptIndex", &AttemptIndex(n), shown(&AttemptIndex(n))));
    }
    macro_rules! every_variant {
        ($($kind:ident [$($variant:ident),+]),+ $(,)?) => {$($(
            out.push(format_of(stringify!($kind), &$kind::$variant, None));
        )+)+};
    }
    every_variant!(
        ErrorClass [Terminal, Retryable, Cooperative, Informational, Advisory, Bug, Expected, SoftError],
        LifecyclePhase [Submitted, Runnable, Active, Suspended, Terminal],
        OwnershipState [Unowned, Leased, LeaseExpiredReclaimable, LeaseRevoked],
        EligibilityState [EligibleNow, NotEligibleUntilTime, BlockedByDependencies, BlockedByBudget, BlockedByQuota,
            BlockedByRoute, BlockedByLaneState, BlockedByOperator, NotApplicable],
        BlockingReason [None, WaitingForWorker, WaitingForRetryBackoff, WaitingForResumeDelay, WaitingForDelay,
            WaitingForSignal, WaitingForApproval, WaitingForCallback, WaitingForToolResult, WaitingForChildren,
            WaitingForBudget, WaitingForQuota, WaitingForCapableWorker, WaitingForLocalityMatch, PausedByOperator,
            PausedByPolicy, PausedByFlowCancel],
        TerminalOutcome [None, Success, Failed, Cancelled, Expired, Skipped],
        AttemptState [None, PendingFirstAttempt, RunningAttempt, AttemptInterrupted, PendingRetryAttempt,
            PendingReplayAttempt, AttemptTerminal],
        PublicState [Waiting, Delayed, RateLimited, WaitingChildren, Active, Suspended, Completed, Failed, Cancelled,
            Expired, Skipped],
        AttemptLifecycle [Created, Started, Suspended, EndedSuccess, EndedFailure, EndedCancelled, InterruptedReclaimed],
        AttemptType [Initial, Retry, Reclaim, Replay, Fallback],
        LaneState [Active, Paused, Draining, Disabled],
    );
    for text in ["start", "end", "0-0", "007", "5"] {
        let cursor: StreamCursor = text.parse().unwrap();
        out.push(format_of("StreamCursor", &cursor, shown(&cursor)));
    }
    let policy = ExecutionPolicy {
        priority: -3,
        delay_until: Some(TimestampMs(5)),
        retry_policy: Some(RetryPolicy {
            max_retries: 2,
            backoff: BackoffStrategy::Fixed { delay_ms: 5000 },
            retryable_categories: vec!["net".into(), "io".into()],
        }),
        timeout_policy: Some(TimeoutPolicy {
            attempt_timeout_ms: Some(10),
            execution_deadline_ms: None,
            max_reclaim_count: 4,
        }),
        max_reclaim_count: 1,
        suspension_policy: Some(SuspensionPolicy { default_timeout_ms: None, timeout_behavior: "fail".into() }),
        fallback_policy: Some(FallbackPolicy {
            tiers: vec![FallbackTier { provider: "p".into(), model: "m".into(), timeout_ms: Some(30) }],
        }),
        max_replay_count: 2,
        budget_ids: vec![BudgetId::from_uuid(uuid(0)), BudgetId::from_uuid(uuid(1))],
        routing_requirements: Some(RoutingRequirements {
            required_capabilities: ["gpu", "cuda", "gpu"].into_iter().map(String::from).collect(),
            preferred_locality: Some("eu".into()),
            isolation_level: None,
        }),
        dedup_window_ms: Some(1000),
        stream_policy: Some(StreamPolicy {
            durability_mode: "durable".into(),
            retention_maxlen: 5,
            retention_ttl_ms: Some(9),
        }),
        max_signals_per_execution: 3,
    };
    out.push(format_of("ExecutionPolicy", &policy, None));
    out.push(format_of("ExecutionPolicy", &ExecutionPolicy::default(), None));
    out.push(format_of("RetryPolicy", &RetryPolicy::default(), None));
    for backoff in [
        BackoffStrategy::default(),
        BackoffStrategy::Fixed { delay_ms: 0 },
        BackoffStrategy::Exponential { initial_delay_ms: 1, max_delay_ms: 2, multiplier: 1e21, jitter: true },
        BackoffStrategy::Exponential { initial_delay_ms: 1, max_delay_ms: 2, multiplier: 1e-7, jitter: false },
    ] {
        out.push(format_of("BackoffStrategy", &backoff, None));
    }
    out.push(format_of("RoutingRequirements", &RoutingRequirements::default(), None));
    let eid = execution_ids().remove(0);
    for (i, source) in [CancelSource::OperatorOverride, CancelSource::Custom("janitor".into())].into_iter().enumerate()
    {
        let args = CancelExecutionArgs {
            execution_id: eid.clone(),
            reason: "no longer needed".into(),
            source,
            lease_id: (i == 1).then(|| LeaseId::from_uuid(uuid(3))),
            lease_epoch: (i == 1).then_some(LeaseEpoch(4)),
            attempt_id: (i == 1).then(|| AttemptId::from_uuid(uuid(4))),
            now: TimestampMs(1_700_000_000_000),
        };
        out.push(format_of("CancelExecutionArgs", &args, None));
    }
    for result in [
        CreateExecutionResult::Created { execution_id: eid.clone(), public_state: PublicState::Waiting },
        CreateExecutionResult::Duplicate { execution_id: eid.clone() },
    ] {
        out.push(format_of("CreateExecutionResult", &result, None));
    }
    for public_state in [PublicState::Cancelled, PublicState::Completed] {
        let result = CancelExecutionResult::Cancelled { execution_id: eid.clone(), public_state };
        out.push(format_of("CancelExecutionResult", &result, None));
    }
    let claimed = ClaimedExecution {
        execution_id: eid.clone(),
        lease_id: LeaseId::from_uuid(uuid(1)),
        lease_epoch: LeaseEpoch(2),
        attempt_index: AttemptIndex(1),
        attempt_id: AttemptId::from_uuid(uuid(2)),
        attempt_type: AttemptType::Retry,
        lease_expires_at: TimestampMs(1_699_999_999_998),
    };
    out.push(format_of("ClaimedExecution", &claimed, None));
    out.push(format_of("ClaimExecutionResult", &ClaimExecutionResult::Claimed(claimed), None));
    let args = CreateExecutionArgs {
        execution_id: eid.clone(),
        namespace: Namespace::new("tenant-a"),
        lane_id: LaneId::new("default"),
        execution_kind: "llm".into(),
        input_payload: vec![0, 1, 255],
        payload_encoding: Some("json".into()),
        priority: i32::MIN,
        creator_identity: "me".into(),
        idempotency_key: None,
        tags: [("k".to_owned(), "v".to_owned())].into_iter().collect(),
        policy: Some(ExecutionPolicy::default()),
        delay_until: None,
        execution_deadline_at: Some(TimestampMs(-1)),
        partition_id: 7,
        now: TimestampMs(1),
    };
    out.push(format_of("CreateExecutionArgs", &args, None));
    let grant = ClaimGrant {
        execution_id: eid,
        partition_key: PartitionKey::from(Partition { family: PartitionFamily::Flow, index: 42 }),
        grant_key: "g".into(),
        expires_at_ms: 1_700_000_000_000,
    };
    out.push(json!({"type": "ClaimGrant", "debug": format!("{grant:?}")}));
    Value::Array(out)
}

fn stream_cursor_corpus() -> Value {
    let inputs = [
        "",
        "-",
        "+",
        "start",
        "end",
        "START",
        " start",
        "0",
        "0-0",
        "007",
        "5-1",
        "18446744073709551616-99999999999999999999",
        "1-",
        "-1",
        "1-2-3",
        "+1",
        "0x10",
        "1.5",
        "１２",
        "é",
        "end ",
    ];
    let vectors: Vec<Value> = inputs
        .iter()
        .map(|text| match text.parse::<StreamCursor>() {
            Ok(cursor) => json!({"text": text, "debug": format!("{cursor:?}"), "display": cursor.to_string(),
                "wire": cursor.to_wire(), "concrete": cursor.is_concrete()}),
            Err(err) => {
                let variant = match &err {
                    StreamCursorParseError::Empty => "Empty",
                    StreamCursorParseError::BareMarkerRejected(_) => "BareMarkerRejected",
                    StreamCursorParseError::Malformed(_) => "Malformed",
                };
                json!({"text": text, "error": err.to_string(), "variant": variant})
            }
        })
        .collect();
    Value::Array(vectors)
}

fn public_state_corpus() -> Value {
    use EligibilityState as E;
    use LifecyclePhase as L;
    use TerminalOutcome as T;
    let mut out = Vec::new();
    for phase in [L::Submitted, L::Runnable, L::Active, L::Suspended, L::Terminal] {
        for eligibility in [
            E::EligibleNow,
            E::NotEligibleUntilTime,
            E::BlockedByDependencies,
            E::BlockedByBudget,
            E::BlockedByQuota,
            E::BlockedByRoute,
            E::BlockedByLaneState,
            E::BlockedByOperator,
            E::NotApplicable,
        ] {
            for outcome in [T::None, T::Success, T::Failed, T::Cancelled, T::Expired, T::Skipped] {
                let vector = StateVector {
                    lifecycle_phase: phase,
                    ownership_state: OwnershipState::Unowned,
                    eligibility_state: eligibility,
                    blocking_reason: BlockingReason::None,
                    terminal_outcome: outcome,
                    attempt_state: AttemptState::None,
                    public_state: PublicState::Waiting,
                };
                out.push(json!({"state": serde_json::to_string(&vector).unwrap(),
                    "derived": format!("{:?}", vector.derive_public_state()), "consistent": vector.is_consistent()}));
            }
        }
    }
    Value::Array(out)
}

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

#[test]
fn corpus_is_current() {
    let files = [
        ("keys.json", keys_corpus()),
        ("hash.json", hash_corpus()),
        ("partitions.json", partitions_corpus()),
        ("formats.json", formats_corpus()),
        ("stream_cursor.json", stream_cursor_corpus()),
        ("public_state.json", public_state_corpus()),
        ("contracts.json", contracts_samples::contracts_corpus()),
        ("engine_error.json", contracts_samples::engine_error_corpus()),
        ("public_items.json", public_items_corpus()),
    ];
    let update = std::env::var_os("FF_CORE_UPDATE_CORPUS").is_some();
    let mut stale = Vec::new();
    for (name, vectors) in files {
        let text = serde_json::to_string_pretty(&vectors).unwrap() + "\n";
        let path = corpus_dir().join(name);
        if update {
            std::fs::create_dir_all(corpus_dir()).unwrap();
            std::fs::write(&path, text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "tests/corpus/{stale:?} differ from what the crate computes; if the change is intended, run \
         FF_CORE_UPDATE_CORPUS=1 cargo test -p ff_core_py --test corpus"
    );
}

/// Every public item of ff-core 0.3.4, read from its source as cargo
/// fetched it: each module's top-level `pub` items and the ids its
/// `uuid_id!`/`string_id!` invocations declare.
fn public_items_corpus() -> Value {
    let mut items = Vec::new();
    for (module, text) in ff_core_modules() {
        let mut lines = text.lines();
        while let Some(line) = lines.next() {
            // Column 0 only: a method's `pub fn` is indented in its `impl`.
            let words: Vec<&str> =
                if line.starts_with("pub ") { line.split_whitespace().collect() } else { Vec::new() };
            if let ["pub", kind @ ("struct" | "enum" | "trait" | "fn" | "const" | "type" | "static"), name, ..] =
                words[..]
            {
                let name = name.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap();
                items.push(json!({"module": module, "kind": kind, "name": name}));
            } else if line == "uuid_id! {" || line == "string_id! {" {
                let name = lines
                    .by_ref()
                    .take_while(|line| *line != "}")
                    .map(str::trim)
                    .filter(|line| !line.starts_with("///"))
                    .last()
                    .unwrap();
                items.push(json!({"module": module, "kind": "struct", "name": name}));
            }
        }
    }
    Value::Array(items)
}

/// Each module of ff-core 0.3.4 (`lib.rs`'s `pub mod`s) with its source,
/// as cargo fetched it.
fn ff_core_modules() -> Vec<(String, String)> {
    let metadata = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--manifest-path", env!("CARGO_MANIFEST_PATH")])
        .output()
        .unwrap();
    let metadata: Value = serde_json::from_slice(&metadata.stdout).unwrap();
    let package = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|package| package["name"] == "ff-core" && package["version"] == "0.3.4")
        .unwrap();
    let src = PathBuf::from(package["manifest_path"].as_str().unwrap()).with_file_name("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    lib.lines()
        .filter_map(|line| line.strip_prefix("pub mod ")?.strip_suffix(';'))
        .map(|module| (module.to_owned(), std::fs::read_to_string(src.join(format!("{module}.rs"))).unwrap()))
        .collect()
}

/// `to_json` skips re-reading its document only for types whose every
/// part says `Slot::READS_BACK`. serde's derived impls read back what they
/// write; what can refuse is a `Deserialize` written by hand and a float
/// (a non-finite one is written as `null`). This lists both from ff-core's
/// source, so a new one fails here until its `READS_BACK` is decided.
#[test]
fn only_types_that_read_back_skip_the_check() {
    let (mut custom, mut floats) = (Vec::new(), Vec::new());
    for (module, text) in ff_core_modules() {
        for line in text.lines() {
            if let Some(rest) = line.trim().strip_prefix("impl<'de> Deserialize<'de> for ") {
                custom.push(rest.trim_end_matches(" {").to_owned());
            }
            let code = line.split("//").next().unwrap();
            if code.contains("f64") || code.contains("f32") {
                floats.push(format!("{module}: {}", code.trim()));
            }
        }
    }
    custom.sort();
    assert_eq!(custom, ["ExecutionId", "LaneId", "StreamCursor"]);
    assert_eq!(floats, ["policy: multiplier: f64,"]);
}

// What each of those says, checked when this test compiles.
const _: () = {
    // Python keeps only ids `parse` accepted, which is what its `Deserialize` runs.
    assert!(<ExecutionId as Slot>::READS_BACK);
    // `LaneId(...)` and `StreamCursor.At(...)` take text their `Deserialize` refuses.
    assert!(!<LaneId as Slot>::READS_BACK && !<StreamCursor as Slot>::READS_BACK);
    assert!(!<f64 as Slot>::READS_BACK && !<BackoffStrategy as Slot>::READS_BACK);
    // What holds one of them is checked; the rest is not.
    assert!(!<CreateExecutionArgs as Slot>::READS_BACK && !<ExecutionPolicy as Slot>::READS_BACK);
    assert!(!<Option<LaneId> as Slot>::READS_BACK && <Vec<StreamFrame> as Slot>::READS_BACK);
    assert!(<ExecutionInfo as Slot>::READS_BACK && <ListExecutionsResult as Slot>::READS_BACK);
};
