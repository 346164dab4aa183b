//! `ff_core::keys`: every Valkey key, built by the crate. Parameters take
//! the Rust types (`AttemptIndex`, `WaitpointId`, `LaneId`…) or `str`.

use ff_core::keys::{BudgetKeyContext, ExecKeyContext, FlowIndexKeys, FlowKeyContext, IndexKeys, QuotaKeyContext};
use ff_core::partition::Partition;
use ff_core::types::{
    AttemptIndex, BudgetId, EdgeId, ExecutionId, FlowId, LaneId, QuotaPolicyId, SignalId, WaitpointId, WaitpointKey,
    WorkerInstanceId,
};
use pyo3::prelude::*;

use pyo3::types::PyString;

use crate::support::slot::{Slot, py_str};

/// A key context class: `T(partition, id)` (also `T.new`), methods that
/// return `str`, `==` by identity and no hash (upstream derives nothing).
/// `by value` arguments are `Copy` in Rust; the rest are borrowed.
macro_rules! key_context {
    (
        $(#[$doc:meta])* $py:ident $name:literal => $rust:ident($($new_arg:ident: $new_ty:ty),*);
        methods { $($method:ident($($arg:ident: $ty:ty),*);)* }
        by_value { $($vmethod:ident($varg:ident: $vty:ty);)* }
        borrowed { $($bmethod:ident($barg:ident: $bty:ty);)* }
        text { $($tmethod:ident;)* }
    ) => {
        $(#[$doc])*
        #[pyclass(frozen, immutable_type, name = $name, module = "ff_core._ff_core")]
        pub struct $py($rust);

        crate::support::value::value_dunders!(@identity $py);

        #[pymethods]
        impl $py {
            #[new]
            fn construct($($new_arg: &Bound<'_, PyAny>),*) -> PyResult<Self> {
                Ok(Self($rust::new($(&<$new_ty>::load($new_arg)?),*)))
            }

            #[staticmethod]
            fn new($($new_arg: &Bound<'_, PyAny>),*) -> PyResult<Self> {
                Self::construct($($new_arg),*)
            }

            $(fn $method<'py>(&self, py: Python<'py>, $($arg: &Bound<'_, PyAny>),*) -> PyResult<Bound<'py, PyString>> {
                py_str(py, &self.0.$method($(&<$ty>::load($arg)?),*))
            })*
            $(fn $vmethod(&self, $varg: &Bound<'_, PyAny>) -> PyResult<String> {
                Ok(self.0.$vmethod(<$vty>::load($varg)?))
            })*
            $(fn $bmethod(&self, $barg: &Bound<'_, PyAny>) -> PyResult<String> {
                Ok(self.0.$bmethod(&<$bty>::load($barg)?))
            })*
            $(fn $tmethod(&self) -> &str {
                self.0.$tmethod()
            })*

            fn __repr__(&self) -> String {
                format!(concat!($name, "(hash_tag={:?})"), self.0.hash_tag_text())
            }
        }
    };
}

/// Every context has a hash tag; `IndexKeys` and `FlowIndexKeys` have no
/// accessor upstream, so the `repr` reads it from a key they build.
trait HashTagText {
    fn hash_tag_text(&self) -> String;
}

macro_rules! hash_tag_from_accessor {
    ($($rust:ident),+) => {$(
        impl HashTagText for $rust {
            fn hash_tag_text(&self) -> String {
                self.hash_tag().to_owned()
            }
        }
    )+};
}
hash_tag_from_accessor!(ExecKeyContext, FlowKeyContext, BudgetKeyContext, QuotaKeyContext);

impl HashTagText for IndexKeys {
    fn hash_tag_text(&self) -> String {
        self.lease_expiry().trim_start_matches("ff:idx:").trim_end_matches(":lease_expiry").to_owned()
    }
}

impl HashTagText for FlowIndexKeys {
    fn hash_tag_text(&self) -> String {
        self.flow_index().trim_start_matches("ff:idx:").trim_end_matches(":flow_index").to_owned()
    }
}

key_context!(
    /// Keys of one execution; `E` keeps its own hash tag, so exec keys
    /// carry two (`ff:exec:{fp:7}:{fp:7}:<uuid>:core`).
    PyExecKeyContext "ExecKeyContext" => ExecKeyContext(partition: Partition, eid: ExecutionId);
    methods {
        core(); payload(); result(); policy(); tags(); lease_current(); lease_history(); claim_grant();
        attempts(); suspension_current(); waitpoints(); exec_signals(); deps_meta(); deps_unresolved();
        deps_all_edges(); noop();
    }
    by_value {
        attempt_hash(index: AttemptIndex); attempt_usage(index: AttemptIndex); attempt_policy(index: AttemptIndex);
        stream(index: AttemptIndex); stream_meta(index: AttemptIndex);
    }
    borrowed {
        waitpoint(waitpoint: WaitpointId); waitpoint_signals(waitpoint: WaitpointId);
        waitpoint_condition(waitpoint: WaitpointId); signal(signal: SignalId); signal_payload(signal: SignalId);
        dep_edge(edge: EdgeId);
    }
    text { hash_tag; execution_id_str; }
);

#[pymethods]
impl PyExecKeyContext {
    fn signal_dedup(&self, waitpoint: &Bound<'_, PyAny>, idempotency_key: &Bound<'_, PyAny>) -> PyResult<String> {
        Ok(self.0.signal_dedup(&WaitpointId::load(waitpoint)?, &String::load(idempotency_key)?))
    }
}

key_context!(
    /// Per-partition index keys.
    PyIndexKeys "IndexKeys" => IndexKeys(partition: Partition);
    methods {
        waitpoint_hmac_secrets(); lease_expiry(); suspension_timeout(); pending_waitpoint_expiry();
        attempt_timeout(); execution_deadline(); all_executions();
    }
    by_value {}
    borrowed {
        lane_eligible(lane: LaneId); lane_delayed(lane: LaneId); lane_active(lane: LaneId);
        lane_terminal(lane: LaneId); lane_blocked_dependencies(lane: LaneId); lane_blocked_budget(lane: LaneId);
        lane_blocked_quota(lane: LaneId); lane_blocked_route(lane: LaneId); lane_blocked_operator(lane: LaneId);
        lane_suspended(lane: LaneId); worker_leases(worker: WorkerInstanceId);
    }
    text {}
);

key_context!(
    /// Keys of one flow.
    PyFlowKeyContext "FlowKeyContext" => FlowKeyContext(partition: Partition, flow: FlowId);
    methods { core(); members(); tags(); events(); summary(); pending_cancels(); }
    by_value {}
    borrowed {
        member(eid: ExecutionId); edge(edge: EdgeId); outgoing(eid: ExecutionId); incoming(eid: ExecutionId);
        grant(mutation_id: String);
    }
    text { hash_tag; }
);

key_context!(
    /// Per-partition flow indexes.
    PyFlowIndexKeys "FlowIndexKeys" => FlowIndexKeys(partition: Partition);
    methods { flow_index(); cancel_backlog(); }
    by_value {}
    borrowed {}
    text {}
);

key_context!(
    /// Keys of one budget.
    PyBudgetKeyContext "BudgetKeyContext" => BudgetKeyContext(partition: Partition, budget: BudgetId);
    methods { definition(); limits(); usage(); executions(); }
    by_value {}
    borrowed {}
    text { hash_tag; }
);

key_context!(
    /// Keys of one quota policy.
    PyQuotaKeyContext "QuotaKeyContext" => QuotaKeyContext(partition: Partition, quota: QuotaPolicyId);
    methods { concurrency(); admitted_set(); definition(); }
    by_value {}
    borrowed { window(dimension: String); admitted(eid: ExecutionId); }
    text { hash_tag; }
);

/// Module functions over `str` and id arguments, each the crate's; the
/// doc shows the key each builds.
macro_rules! key_functions {
    ($($doc:literal $name:ident($($arg:ident: $ty:ty),*);)+) => {$(
        #[doc = $doc]
        #[pyfunction]
        pub fn $name($($arg: &Bound<'_, PyAny>),*) -> PyResult<String> {
            Ok(ff_core::keys::$name($(&<$ty>::load($arg)?),*))
        }
    )+};
}

key_functions!(
    "`ff:budget_attach:{tag}:{scope_type}:{scope_id}`" budget_attach_key(tag: String, scope_type: String, scope_id: String);
    "`ff:idx:{tag}:budget_resets`" budget_resets_key(tag: String);
    "`ff:idx:{tag}:budget_policies`" budget_policies_index(tag: String);
    "`ff:idx:{tag}:quota_policies`" quota_policies_index(tag: String);
    "`ff:quota_attach:{tag}:{scope_type}:{scope_id}`" quota_attach_key(tag: String, scope_type: String, scope_id: String);
    "`ff:lane:{lane}:config`" lane_config_key(lane: LaneId);
    "`ff:lane:{lane}:counts`" lane_counts_key(lane: LaneId);
    "`ff:worker:{worker}`" worker_key(worker: WorkerInstanceId);
    "`ff:worker:{worker}:caps`" worker_caps_key(worker: WorkerInstanceId);
    "`ff:idx:workers`" workers_index_key();
    "`ff:idx:workers:cap:{key}:{value}`" workers_capability_key(key: String, value: String);
    "`ff:idx:lanes`" lanes_index_key();
    "`ff:config:partitions`" global_config_partitions();
    "`ff:ns:{namespace}:executions`" namespace_executions_key(namespace: String);
    "`ff:idem:{tag}:{namespace}:{idem_key}`" idempotency_key(tag: String, namespace: String, idem_key: String);
    "`ff:noop:{tag}`" noop_key(tag: String);
    "`ff:tag:{namespace}:{key}:{value}`" tag_index_key(namespace: String, key: String, value: String);
    "`ff:wpkey:{tag}:{wpkey}`" waitpoint_key_resolution(tag: String, wpkey: WaitpointKey);
    "`ff:usagededup:{hash_tag}:{dedup_id}`" usage_dedup_key(hash_tag: String, dedup_id: String);
);
