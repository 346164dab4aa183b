//! Every Valkey key FlowFabric uses. Components are inserted verbatim:
//! nothing is validated, escaped or normalised. A context's hash tag `T`
//! comes from the partition it is given, never from the id, so all keys
//! of one context land in that partition's cluster slot.

use crate::partition::Partition;
use crate::types::{
    AttemptIndex, BudgetId, EdgeId, ExecutionId, FlowId, LaneId, QuotaPolicyId, SignalId, WaitpointId, WaitpointKey,
    WorkerInstanceId,
};

/// The parts joined, in one allocation: keys are built on every scanner
/// step, and `format!`'s machinery costs more than the copying.
fn join(parts: &[&str]) -> String {
    let mut key = String::with_capacity(parts.iter().map(|part| part.len()).sum());
    for part in parts {
        key.push_str(part);
    }
    key
}

/// Prefix of every usage-dedup key.
pub const USAGE_DEDUP_KEY_PREFIX: &str = "ff:usagededup:";

/// Keys of one execution. `E` is the execution id as parsed or minted, so
/// exec keys carry two hash tags (`ff:exec:{fp:7}:{fp:7}:<uuid>:core`);
/// Valkey Cluster hashes only the first, `T`.
pub struct ExecKeyContext {
    tag: String,
    eid: String,
}

impl ExecKeyContext {
    pub fn new(partition: &Partition, eid: &ExecutionId) -> Self {
        Self { tag: partition.hash_tag(), eid: eid.as_str().to_owned() }
    }

    fn exec(&self, suffix: &str) -> String {
        join(&["ff:exec:", &self.tag, ":", &self.eid, ":", suffix])
    }

    fn attempt_key(&self, kind: &str, index: AttemptIndex, suffix: &str) -> String {
        format!("ff:{kind}:{}:{}:{index}{suffix}", self.tag, self.eid)
    }

    pub fn core(&self) -> String {
        self.exec("core")
    }
    pub fn payload(&self) -> String {
        self.exec("payload")
    }
    pub fn result(&self) -> String {
        self.exec("result")
    }
    pub fn policy(&self) -> String {
        self.exec("policy")
    }
    pub fn tags(&self) -> String {
        self.exec("tags")
    }
    pub fn lease_current(&self) -> String {
        self.exec("lease:current")
    }
    pub fn lease_history(&self) -> String {
        self.exec("lease:history")
    }
    pub fn claim_grant(&self) -> String {
        self.exec("claim_grant")
    }
    pub fn attempts(&self) -> String {
        self.exec("attempts")
    }
    pub fn attempt_hash(&self, index: AttemptIndex) -> String {
        self.attempt_key("attempt", index, "")
    }
    pub fn attempt_usage(&self, index: AttemptIndex) -> String {
        self.attempt_key("attempt", index, ":usage")
    }
    pub fn attempt_policy(&self, index: AttemptIndex) -> String {
        self.attempt_key("attempt", index, ":policy")
    }
    pub fn stream(&self, index: AttemptIndex) -> String {
        self.attempt_key("stream", index, "")
    }
    pub fn stream_meta(&self, index: AttemptIndex) -> String {
        self.attempt_key("stream", index, ":meta")
    }
    pub fn suspension_current(&self) -> String {
        self.exec("suspension:current")
    }
    pub fn waitpoints(&self) -> String {
        self.exec("waitpoints")
    }
    pub fn waitpoint(&self, waitpoint: &WaitpointId) -> String {
        format!("ff:wp:{}:{waitpoint}", self.tag)
    }
    pub fn waitpoint_signals(&self, waitpoint: &WaitpointId) -> String {
        format!("ff:wp:{}:{waitpoint}:signals", self.tag)
    }
    pub fn waitpoint_condition(&self, waitpoint: &WaitpointId) -> String {
        format!("ff:wp:{}:{waitpoint}:condition", self.tag)
    }
    pub fn signal(&self, signal: &SignalId) -> String {
        format!("ff:signal:{}:{signal}", self.tag)
    }
    pub fn signal_payload(&self, signal: &SignalId) -> String {
        format!("ff:signal:{}:{signal}:payload", self.tag)
    }
    pub fn exec_signals(&self) -> String {
        self.exec("signals")
    }
    pub fn signal_dedup(&self, waitpoint: &WaitpointId, idempotency_key: &str) -> String {
        format!("ff:sigdedup:{}:{waitpoint}:{idempotency_key}", self.tag)
    }
    pub fn deps_meta(&self) -> String {
        self.exec("deps:meta")
    }
    pub fn deps_unresolved(&self) -> String {
        self.exec("deps:unresolved")
    }
    pub fn deps_all_edges(&self) -> String {
        self.exec("deps:all_edges")
    }
    pub fn dep_edge(&self, edge: &EdgeId) -> String {
        self.exec(&format!("dep:{edge}"))
    }
    pub fn noop(&self) -> String {
        noop_key(&self.tag)
    }
    pub fn hash_tag(&self) -> &str {
        &self.tag
    }
    pub fn execution_id_str(&self) -> &str {
        &self.eid
    }
}

/// Per-partition index keys.
pub struct IndexKeys {
    tag: String,
}

impl IndexKeys {
    pub fn new(partition: &Partition) -> Self {
        Self { tag: partition.hash_tag() }
    }

    fn idx(&self, suffix: &str) -> String {
        format!("ff:idx:{}:{suffix}", self.tag)
    }

    fn lane(&self, lane: &LaneId, suffix: &str) -> String {
        self.idx(&format!("lane:{lane}:{suffix}"))
    }

    pub fn lane_eligible(&self, lane: &LaneId) -> String {
        self.lane(lane, "eligible")
    }
    pub fn lane_delayed(&self, lane: &LaneId) -> String {
        self.lane(lane, "delayed")
    }
    pub fn lane_active(&self, lane: &LaneId) -> String {
        self.lane(lane, "active")
    }
    pub fn lane_terminal(&self, lane: &LaneId) -> String {
        self.lane(lane, "terminal")
    }
    pub fn lane_blocked_dependencies(&self, lane: &LaneId) -> String {
        self.lane(lane, "blocked:dependencies")
    }
    pub fn lane_blocked_budget(&self, lane: &LaneId) -> String {
        self.lane(lane, "blocked:budget")
    }
    pub fn lane_blocked_quota(&self, lane: &LaneId) -> String {
        self.lane(lane, "blocked:quota")
    }
    pub fn lane_blocked_route(&self, lane: &LaneId) -> String {
        self.lane(lane, "blocked:route")
    }
    pub fn lane_blocked_operator(&self, lane: &LaneId) -> String {
        self.lane(lane, "blocked:operator")
    }
    pub fn lane_suspended(&self, lane: &LaneId) -> String {
        self.lane(lane, "suspended")
    }
    /// Note `sec`, not `idx`.
    pub fn waitpoint_hmac_secrets(&self) -> String {
        format!("ff:sec:{}:waitpoint_hmac", self.tag)
    }
    pub fn lease_expiry(&self) -> String {
        self.idx("lease_expiry")
    }
    pub fn suspension_timeout(&self) -> String {
        self.idx("suspension_timeout")
    }
    pub fn pending_waitpoint_expiry(&self) -> String {
        self.idx("pending_waitpoint_expiry")
    }
    pub fn attempt_timeout(&self) -> String {
        self.idx("attempt_timeout")
    }
    pub fn execution_deadline(&self) -> String {
        self.idx("execution_deadline")
    }
    pub fn all_executions(&self) -> String {
        self.idx("all_executions")
    }
    pub fn worker_leases(&self, worker: &WorkerInstanceId) -> String {
        self.idx(&format!("worker:{worker}:leases"))
    }
}

/// Keys of one flow.
pub struct FlowKeyContext {
    tag: String,
    flow: String,
}

impl FlowKeyContext {
    pub fn new(partition: &Partition, flow: &FlowId) -> Self {
        Self { tag: partition.hash_tag(), flow: flow.to_string() }
    }

    fn flow_key(&self, suffix: &str) -> String {
        format!("ff:flow:{}:{}:{suffix}", self.tag, self.flow)
    }

    pub fn core(&self) -> String {
        self.flow_key("core")
    }
    pub fn members(&self) -> String {
        self.flow_key("members")
    }
    pub fn tags(&self) -> String {
        self.flow_key("tags")
    }
    pub fn events(&self) -> String {
        self.flow_key("events")
    }
    pub fn summary(&self) -> String {
        self.flow_key("summary")
    }
    pub fn pending_cancels(&self) -> String {
        self.flow_key("pending_cancels")
    }
    pub fn member(&self, eid: &ExecutionId) -> String {
        self.flow_key(&format!("member:{eid}"))
    }
    pub fn edge(&self, edge: &EdgeId) -> String {
        self.flow_key(&format!("edge:{edge}"))
    }
    pub fn outgoing(&self, eid: &ExecutionId) -> String {
        self.flow_key(&format!("out:{eid}"))
    }
    pub fn incoming(&self, eid: &ExecutionId) -> String {
        self.flow_key(&format!("in:{eid}"))
    }
    pub fn grant(&self, mutation_id: &str) -> String {
        self.flow_key(&format!("grant:{mutation_id}"))
    }
    pub fn hash_tag(&self) -> &str {
        &self.tag
    }
}

/// Per-partition flow indexes.
pub struct FlowIndexKeys {
    tag: String,
}

impl FlowIndexKeys {
    pub fn new(partition: &Partition) -> Self {
        Self { tag: partition.hash_tag() }
    }
    pub fn flow_index(&self) -> String {
        format!("ff:idx:{}:flow_index", self.tag)
    }
    pub fn cancel_backlog(&self) -> String {
        format!("ff:idx:{}:cancel_backlog", self.tag)
    }
}

/// Keys of one budget.
pub struct BudgetKeyContext {
    tag: String,
    budget: String,
}

impl BudgetKeyContext {
    pub fn new(partition: &Partition, budget: &BudgetId) -> Self {
        Self { tag: partition.hash_tag(), budget: budget.to_string() }
    }
    pub fn definition(&self) -> String {
        format!("ff:budget:{}:{}", self.tag, self.budget)
    }
    pub fn limits(&self) -> String {
        format!("ff:budget:{}:{}:limits", self.tag, self.budget)
    }
    pub fn usage(&self) -> String {
        format!("ff:budget:{}:{}:usage", self.tag, self.budget)
    }
    pub fn executions(&self) -> String {
        format!("ff:budget:{}:{}:executions", self.tag, self.budget)
    }
    pub fn hash_tag(&self) -> &str {
        &self.tag
    }
}

/// Keys of one quota policy.
pub struct QuotaKeyContext {
    tag: String,
    quota: String,
}

impl QuotaKeyContext {
    pub fn new(partition: &Partition, quota: &QuotaPolicyId) -> Self {
        Self { tag: partition.hash_tag(), quota: quota.to_string() }
    }
    pub fn definition(&self) -> String {
        format!("ff:quota:{}:{}", self.tag, self.quota)
    }
    pub fn window(&self, dimension: &str) -> String {
        format!("ff:quota:{}:{}:window:{dimension}", self.tag, self.quota)
    }
    pub fn concurrency(&self) -> String {
        format!("ff:quota:{}:{}:concurrency", self.tag, self.quota)
    }
    pub fn admitted(&self, eid: &ExecutionId) -> String {
        format!("ff:quota:{}:{}:admitted:{eid}", self.tag, self.quota)
    }
    pub fn admitted_set(&self) -> String {
        format!("ff:quota:{}:{}:admitted_set", self.tag, self.quota)
    }
    pub fn hash_tag(&self) -> &str {
        &self.tag
    }
}

pub fn budget_attach_key(tag: &str, scope_type: &str, scope_id: &str) -> String {
    format!("ff:budget_attach:{tag}:{scope_type}:{scope_id}")
}
pub fn budget_resets_key(tag: &str) -> String {
    format!("ff:idx:{tag}:budget_resets")
}
pub fn budget_policies_index(tag: &str) -> String {
    format!("ff:idx:{tag}:budget_policies")
}
pub fn quota_policies_index(tag: &str) -> String {
    format!("ff:idx:{tag}:quota_policies")
}
pub fn quota_attach_key(tag: &str, scope_type: &str, scope_id: &str) -> String {
    format!("ff:quota_attach:{tag}:{scope_type}:{scope_id}")
}
pub fn lane_config_key(lane: &LaneId) -> String {
    format!("ff:lane:{lane}:config")
}
pub fn lane_counts_key(lane: &LaneId) -> String {
    format!("ff:lane:{lane}:counts")
}
pub fn worker_key(worker: &WorkerInstanceId) -> String {
    format!("ff:worker:{worker}")
}
pub fn worker_caps_key(worker: &WorkerInstanceId) -> String {
    format!("ff:worker:{worker}:caps")
}
pub fn workers_index_key() -> String {
    "ff:idx:workers".to_owned()
}
pub fn workers_capability_key(key: &str, value: &str) -> String {
    format!("ff:idx:workers:cap:{key}:{value}")
}
pub fn lanes_index_key() -> String {
    "ff:idx:lanes".to_owned()
}
pub fn global_config_partitions() -> String {
    "ff:config:partitions".to_owned()
}
pub fn namespace_executions_key(namespace: &str) -> String {
    format!("ff:ns:{namespace}:executions")
}
pub fn idempotency_key(tag: &str, namespace: &str, idem_key: &str) -> String {
    format!("ff:idem:{tag}:{namespace}:{idem_key}")
}
pub fn noop_key(tag: &str) -> String {
    format!("ff:noop:{tag}")
}
pub fn tag_index_key(namespace: &str, key: &str, value: &str) -> String {
    format!("ff:tag:{namespace}:{key}:{value}")
}
pub fn waitpoint_key_resolution(tag: &str, wpkey: &WaitpointKey) -> String {
    format!("ff:wpkey:{tag}:{wpkey}")
}
pub fn usage_dedup_key(hash_tag: &str, dedup_id: &str) -> String {
    format!("{USAGE_DEDUP_KEY_PREFIX}{hash_tag}:{dedup_id}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::partition::PartitionFamily;

    const UUID: &str = "67e55044-10b1-426f-9247-bb680e5fe0c8";

    #[test]
    fn exec_keys_carry_two_tags_and_use_the_given_partition() {
        let eid = ExecutionId::parse(&format!("{{fp:7}}:{UUID}")).unwrap();
        let flow7 = Partition { family: PartitionFamily::Flow, index: 7 };
        let ctx = ExecKeyContext::new(&flow7, &eid);
        assert_eq!(ctx.core(), format!("ff:exec:{{fp:7}}:{{fp:7}}:{UUID}:core"));
        assert_eq!(ctx.stream_meta(AttemptIndex(2)), format!("ff:stream:{{fp:7}}:{{fp:7}}:{UUID}:2:meta"));
        assert_eq!(ctx.noop(), "ff:noop:{fp:7}");
        let wp = WaitpointId::parse(UUID).unwrap();
        assert_eq!(ctx.signal_dedup(&wp, "k"), format!("ff:sigdedup:{{fp:7}}:{UUID}:k"));
        let budget31 = Partition { family: PartitionFamily::Budget, index: 31 };
        assert_eq!(ExecKeyContext::new(&budget31, &eid).core(), format!("ff:exec:{{b:31}}:{{fp:7}}:{UUID}:core"));
        assert_eq!(ctx.execution_id_str(), eid.as_str());
    }

    #[test]
    fn other_keys() {
        let p = Partition { family: PartitionFamily::Flow, index: 1 };
        let idx = IndexKeys::new(&p);
        assert_eq!(idx.lane_blocked_quota(&LaneId::new("a b")), "ff:idx:{fp:1}:lane:a b:blocked:quota");
        assert_eq!(idx.waitpoint_hmac_secrets(), "ff:sec:{fp:1}:waitpoint_hmac");
        assert_eq!(lane_config_key(&LaneId::new("{fp:1}")), "ff:lane:{fp:1}:config");
        assert_eq!(usage_dedup_key("{b:2}", "d"), "ff:usagededup:{b:2}:d");
        assert_eq!(workers_index_key(), "ff:idx:workers");
    }
}
