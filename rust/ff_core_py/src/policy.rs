//! `ff_core::policy`: how an execution runs (retries, timeouts,
//! suspension, fallback, routing, stream retention), as
//! `CreateExecutionArgs` carries it.

use std::collections::BTreeSet;

use ff_core::policy::{
    BackoffStrategy, ExecutionPolicy, FallbackPolicy, FallbackTier, RetryPolicy, RoutingRequirements, StreamPolicy,
    SuspensionPolicy, TimeoutPolicy,
};
use ff_core::types::{BudgetId, TimestampMs};
use pyo3::prelude::*;

use crate::support::json::json_methods;
use crate::support::value::{constructors, data_enum, value_struct};

crate::support::surface::export!(
    /// Limits on a capability set: its encoded size, and its token count.
    const CAPS_MAX_BYTES: "int" = ff_core::policy::CAPS_MAX_BYTES;
);
crate::support::surface::export!(
    const CAPS_MAX_TOKENS: "int" = ff_core::policy::CAPS_MAX_TOKENS;
);

value_struct!(
    /// Everything that governs how an execution runs; every field optional.
    PyExecutionPolicy "ExecutionPolicy" => ExecutionPolicy = ExecutionPolicy::default();
    fields {
        priority: i32,
        delay_until: Option<TimestampMs>,
        retry_policy: Option<RetryPolicy>,
        timeout_policy: Option<TimeoutPolicy>,
        max_reclaim_count: u32,
        suspension_policy: Option<SuspensionPolicy>,
        fallback_policy: Option<FallbackPolicy>,
        max_replay_count: u32,
        budget_ids: Vec<BudgetId>,
        routing_requirements: Option<RoutingRequirements>,
        dedup_window_ms: Option<u64>,
        stream_policy: Option<StreamPolicy>,
        max_signals_per_execution: u32,
    }
    hash: no;
);
constructors!(PyExecutionPolicy { fields optional; });

value_struct!(
    /// How failed attempts are retried; every field optional.
    PyRetryPolicy "RetryPolicy" => RetryPolicy = RetryPolicy::default();
    fields { max_retries: u32, backoff: BackoffStrategy, retryable_categories: Vec<String> }
    hash: no;
);
constructors!(PyRetryPolicy { fields optional; });

data_enum!(
    /// The delay between retries. `BackoffStrategy()` is the default
    /// `Exponential(1000, 60000, 2.0, False)`.
    PyBackoffStrategy "BackoffStrategy" => BackoffStrategy;
    hash: no;
    units [];
    /// The same delay every time.
    Fixed named { delay_ms: u64 }
    /// A delay multiplied each time, up to a maximum.
    Exponential named { initial_delay_ms: u64, max_delay_ms: u64, multiplier: f64, jitter: bool }
);

#[pymethods]
impl PyBackoffStrategy {
    /// The `Default`: `Exponential { 1000, 60000, 2.0, false }`.
    #[new]
    fn construct(py: Python<'_>) -> PyResult<Py<PyAny>> {
        Self::dump(py, &BackoffStrategy::default())
    }
}
crate::support::surface::members!(PyBackoffStrategy, 1, "def __new__(cls) -> BackoffStrategy: ...\n");

value_struct!(
    /// Attempt and execution deadlines.
    PyTimeoutPolicy "TimeoutPolicy" => TimeoutPolicy =
        TimeoutPolicy { attempt_timeout_ms: None, execution_deadline_ms: None, max_reclaim_count: 100 };
    fields { attempt_timeout_ms: Option<u64>, execution_deadline_ms: Option<u64>, max_reclaim_count: u32 }
    hash: no;
);
constructors!(PyTimeoutPolicy { fields required; });

value_struct!(
    /// What happens when a suspension times out.
    PySuspensionPolicy "SuspensionPolicy" => SuspensionPolicy =
        SuspensionPolicy { default_timeout_ms: None, timeout_behavior: String::new() };
    fields { default_timeout_ms: Option<u64>, timeout_behavior: String }
    hash: no;
);
constructors!(PySuspensionPolicy { fields required; });

value_struct!(
    /// Providers to fall back to, in order.
    PyFallbackPolicy "FallbackPolicy" => FallbackPolicy = FallbackPolicy { tiers: Vec::new() };
    fields { tiers: Vec<FallbackTier> }
    hash: no;
);
constructors!(PyFallbackPolicy { fields required; });

value_struct!(
    /// One provider and model to fall back to.
    PyFallbackTier "FallbackTier" => FallbackTier =
        FallbackTier { provider: String::new(), model: String::new(), timeout_ms: None };
    fields { provider: String, model: String, timeout_ms: Option<u64> }
    hash: no;
);
constructors!(PyFallbackTier { fields required; });

value_struct!(
    /// Where an execution may run; every field optional.
    /// `required_capabilities` reads back sorted and deduplicated.
    PyRoutingRequirements "RoutingRequirements" => RoutingRequirements = RoutingRequirements::default();
    fields { required_capabilities: BTreeSet<String>, preferred_locality: Option<String>, isolation_level: Option<String> }
    hash: no;
);
constructors!(PyRoutingRequirements { fields optional; });

value_struct!(
    /// How an execution's output stream is kept.
    PyStreamPolicy "StreamPolicy" => StreamPolicy =
        StreamPolicy { durability_mode: String::new(), retention_maxlen: 0, retention_ttl_ms: None };
    fields { durability_mode: String, retention_maxlen: u64, retention_ttl_ms: Option<u64> }
    hash: no;
);
constructors!(PyStreamPolicy { fields required; });

json_methods!(
    PyExecutionPolicy,
    PyRetryPolicy,
    PyBackoffStrategy,
    PyTimeoutPolicy,
    PySuspensionPolicy,
    PyFallbackPolicy,
    PyFallbackTier,
    PyRoutingRequirements,
    PyStreamPolicy
);
