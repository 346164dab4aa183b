//! `ff_core::keys`: every Valkey key FlowFabric uses, built by the crate.
//! Parameters take the Rust types (`AttemptIndex`, `WaitpointId`, `LaneId`…)
//! or `str`.
//!
//! Components are inserted verbatim (nothing is validated or escaped). A
//! context's hash tag comes from the partition it is given, never from the
//! id, so every key of one context lands in that partition's cluster slot.

use ff_core::keys::{BudgetKeyContext, ExecKeyContext, FlowIndexKeys, FlowKeyContext, IndexKeys, QuotaKeyContext};
use ff_core::partition::Partition;
use ff_core::types::{
    AttemptIndex, BudgetId, EdgeId, ExecutionId, FlowId, LaneId, QuotaPolicyId, SignalId, WaitpointId, WaitpointKey,
    WorkerInstanceId,
};
use pyo3::prelude::*;

use pyo3::types::PyString;

use crate::support::slot::{Slot, py_str};

crate::support::surface::export!(
    /// The prefix of every usage dedup key.
    const USAGE_DEDUP_KEY_PREFIX: "str" = ff_core::keys::USAGE_DEDUP_KEY_PREFIX;
);

/// A key context class: `T(partition, id)` (also `T.new`), methods that
/// return `str`, `==` by identity and no hash (upstream derives nothing).
/// `by value` arguments are `Copy` in Rust; the rest are borrowed.
macro_rules! key_context {
    (
        $(#[doc = $doc:literal])* $py:ident $name:literal => $rust:ident($($new_arg:ident: $new_ty:ty),*);
        $(exec_stem { $($smethod:ident $suffix:literal;)* })?
        methods { $($method:ident($($arg:ident: $ty:ty),*);)* }
        by_value { $($vmethod:ident($varg:ident: $vty:ty);)* }
        borrowed { $($bmethod:ident($barg:ident: $bty:ty);)* }
        text { $($tmethod:ident;)* }
    ) => {
        $(#[doc = $doc])*
        #[pyclass(frozen, immutable_type, name = $name, module = "ff_core._ff_core")]
        pub struct $py($rust);

        crate::support::value::value_dunders!(identity $py);
        crate::support::surface::declared!($py $name, {
            use crate::support::surface::{class_header, indented, parameters};
            let new = [$((stringify!($new_arg), <$new_ty as Slot>::py_input())),*];
            let mut body = format!(
                "def __new__({}) -> Self: ...\n@staticmethod\ndef new({}) -> {}: ...\n",
                parameters("cls", &new, false, false),
                parameters("", &new, false, false),
                $name,
            );
            $($(body.push_str(concat!("def ", stringify!($smethod), "(self) -> str: ...\n"));)*)?
            $(body.push_str(&format!(
                "def {}({}) -> str: ...\n",
                stringify!($method),
                parameters("self", &[$((stringify!($arg), <$ty as Slot>::py_input())),*], false, false),
            ));)*
            $(body.push_str(&format!("def {}(self, {}: {}) -> str: ...\n", stringify!($vmethod), stringify!($varg), <$vty as Slot>::py_input()));)*
            $(body.push_str(&format!("def {}(self, {}: {}) -> str: ...\n", stringify!($bmethod), stringify!($barg), <$bty as Slot>::py_input()));)*
            $(body.push_str(concat!("def ", stringify!($tmethod), "(self) -> str: ...\n"));)*
            format!("{}{}", class_header("@final\n", $name, "", &[$($doc),*]), indented("    ", &body))
        });

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

            $($(fn $smethod<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
                py_str(py, &exec_key(&self.0, $suffix))
            })*)?
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

        $(
            /// Each `exec_stem` method: its name, its suffix and ff-core's method.
            #[cfg(test)]
            const EXEC_STEM_KEYS: &[(&str, &str, fn(&ExecKeyContext) -> String)] =
                &[$((stringify!($smethod), $suffix, ExecKeyContext::$smethod)),*];

        )?
    };
}

/// Fast path for the benchmark row `ctx.core()`: ff-core's
/// `ff:exec:{tag}:{eid}<suffix>` keys (`format!` of two `String`s, which
/// grows its buffer twice) built in one allocation from the context's own
/// `hash_tag()` and `execution_id_str()`. The suffixes are declared in
/// `exec_stem` below; `tests::exec_stem_keys_agree_with_ff_core` compares
/// every one with ff-core's method.
fn exec_key(ctx: &ExecKeyContext, suffix: &str) -> String {
    const PREFIX: &str = "ff:exec:";
    let (tag, eid) = (ctx.hash_tag(), ctx.execution_id_str());
    let mut key = String::with_capacity(PREFIX.len() + tag.len() + 1 + eid.len() + suffix.len());
    for part in [PREFIX, tag, ":", eid, suffix] {
        key.push_str(part);
    }
    key
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
    exec_stem {
        core ":core"; payload ":payload"; result ":result"; policy ":policy"; tags ":tags";
        lease_current ":lease:current"; lease_history ":lease:history"; claim_grant ":claim_grant";
        attempts ":attempts"; suspension_current ":suspension:current"; waitpoints ":waitpoints";
        exec_signals ":signals"; deps_meta ":deps:meta"; deps_unresolved ":deps:unresolved";
        deps_all_edges ":deps:all_edges";
    }
    methods { noop(); }
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
crate::support::surface::members!(PyExecKeyContext, 3, "def signal_dedup(self, waitpoint: WaitpointId, idempotency_key: str) -> str: ...\n");

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
        crate::support::surface::export!(
            format!("({}) -> str", crate::support::surface::parameters("", &[$((stringify!($arg), <$ty>::py_input())),*], false, false)),
            #[doc = $doc]
            #[pyfunction]
            pub fn $name($($arg: &Bound<'_, PyAny>),*) -> PyResult<String> {
                Ok(ff_core::keys::$name($(&<$ty>::load($arg)?),*))
            }
        );
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

#[cfg(test)]
mod tests {
    use ff_core::keys::ExecKeyContext;
    use ff_core::partition::{Partition, PartitionFamily};
    use ff_core::types::ExecutionId;
    use proptest::prelude::*;

    use super::{EXEC_STEM_KEYS, exec_key};

    fn agree(ctx: &ExecKeyContext) {
        for (name, suffix, ff_core_key) in EXEC_STEM_KEYS {
            assert_eq!(exec_key(ctx, suffix), ff_core_key(ctx), "{name}");
        }
    }

    #[test]
    fn exec_stem_keys_agree_with_ff_core_over_the_corpus() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus/keys.json");
        let corpus: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let mut checked = 0;
        for vector in corpus.as_array().unwrap() {
            let new = &vector["new"];
            if vector["context"] != "ExecKeyContext" || vector["method"] != "core" {
                continue;
            }
            let family = match new[0]["family"].as_str().unwrap() {
                "Flow" => PartitionFamily::Flow,
                "Execution" => PartitionFamily::Execution,
                "Budget" => PartitionFamily::Budget,
                _ => PartitionFamily::Quota,
            };
            let index = u16::try_from(new[0]["index"].as_u64().unwrap()).unwrap();
            let eid = ExecutionId::parse(new[1]["value"].as_str().unwrap()).unwrap();
            agree(&ExecKeyContext::new(&Partition { family, index }, &eid));
            checked += 1;
        }
        assert!(checked >= 25, "only {checked} corpus contexts");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100_000))]
        #[test]
        fn exec_stem_keys_agree_with_ff_core(
            family in prop_oneof![
                Just(PartitionFamily::Flow), Just(PartitionFamily::Execution),
                Just(PartitionFamily::Budget), Just(PartitionFamily::Quota),
            ],
            index in any::<u16>(),
            eid_index in any::<u16>(),
            uuid in any::<u128>(),
            form in 0..5_u8,
        ) {
            // Every text form ff-core's `parse` keeps verbatim.
            let uuid = uuid::Uuid::from_u128(uuid);
            let text = match form {
                0 => uuid.hyphenated().to_string(),
                1 => uuid.simple().to_string(),
                2 => uuid.urn().to_string(),
                3 => uuid.braced().to_string(),
                _ => uuid.hyphenated().to_string().to_uppercase(),
            };
            let eid = ExecutionId::parse(&format!("{{fp:{eid_index}}}:{text}")).unwrap();
            agree(&ExecKeyContext::new(&Partition { family, index }, &eid));
        }
    }
}
