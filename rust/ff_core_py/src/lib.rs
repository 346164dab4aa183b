//! The native module `ff_core._ff_core`: thin PyO3 wrappers over ff-core
//! 0.3.4 from crates.io. Behaviour (formatting, parsing, matching, partition
//! math) lives in ff-core; this crate only converts, and checks first
//! where ff-core would panic.
//! The modules mirror the crate's; `support` holds the shared machinery.

// `#[pymethods]` take `&self` (used or not) and owned arguments whatever
// their size, keep the Rust names of consuming methods (`into_wire_string`,
// `to_json` on `Copy` values) although Python never consumes, and pickling
// returns spell out Python tuples: these lints fight PyO3.
#![allow(
    clippy::trivially_copy_pass_by_ref,
    clippy::needless_pass_by_value,
    clippy::type_complexity,
    clippy::unused_self,
    clippy::wrong_self_convention
)]

mod backend;
mod contracts;
mod hash;
mod keys;
mod partition;
mod policy;
mod state;
// Public for the compile-fail tests of the declaring macros only.
#[doc(hidden)]
pub mod support;
mod types;

use pyo3::prelude::*;

#[pymodule]
mod _ff_core {
    #[pymodule_export]
    use crate::{
        backend::cancel::{PyCancelFlowPolicy, PyCancelFlowWait},
        backend::claim::{PyCapabilitySet, PyClaimPolicy},
        backend::completion::{PyCompletionPayload, PyResumeSignal},
        backend::config::{
            PyBackendConfig, PyBackendConnection, PyBackendRetry, PyBackendTimeouts, PyValkeyConnection,
        },
        backend::failure::{PyFailOutcome, PyFailureClass, PyFailureReason},
        backend::frame::{PyFrame, PyFrameKind},
        backend::handle::{PyBackendTag, PyHandle, PyHandleKind, PyHandleOpaque},
        backend::lease::{PyLeaseRenewal, PyReclaimToken},
        backend::scanner::PyScannerFilter,
        backend::usage::{PyAdmissionDecision, PyUsageDimensions},
        backend::waitpoint::{PyWaitpointHmac, PyWaitpointKind, PyWaitpointSpec},
        contracts::{
            PyClaimExecutionResult, PyClaimGrant, PyClaimedExecution, PyCreateExecutionArgs, PyReclaimGrant,
            PyStreamCursor,
        },
        hash::{fnv1a_u16_mod, fnv1a_u64, fnv1a_xor8hex},
        keys::{
            PyBudgetKeyContext, PyExecKeyContext, PyFlowIndexKeys, PyFlowKeyContext, PyIndexKeys, PyQuotaKeyContext,
            budget_attach_key, budget_policies_index, budget_resets_key, global_config_partitions, idempotency_key,
            lane_config_key, lane_counts_key, lanes_index_key, namespace_executions_key, noop_key, quota_attach_key,
            quota_policies_index, tag_index_key, usage_dedup_key, waitpoint_key_resolution, worker_caps_key,
            worker_key, workers_capability_key, workers_index_key,
        },
        partition::{
            PyCrc16SoloPartitioner, PyPartition, PyPartitionConfig, PyPartitionFamily, PyPartitionKey,
            budget_partition, execution_partition_py, flow_partition, quota_partition, solo_partition,
            solo_partition_with,
        },
        policy::{
            PyBackoffStrategy, PyExecutionPolicy, PyFallbackPolicy, PyFallbackTier, PyRetryPolicy,
            PyRoutingRequirements, PyStreamPolicy, PySuspensionPolicy, PyTimeoutPolicy,
        },
        state::{
            PyAttemptLifecycle, PyAttemptState, PyAttemptType, PyBlockingReason, PyEligibilityState, PyLaneState,
            PyLifecyclePhase, PyOwnershipState, PyPublicState, PyStateVector, PyTerminalOutcome,
        },
        types::{
            PyAttemptId, PyAttemptIndex, PyBudgetId, PyCancelSource, PyEdgeId, PyExecutionId, PyFlowId, PyLaneId,
            PyLeaseEpoch, PyLeaseFence, PyLeaseId, PyNamespace, PyQuotaPolicyId, PySignalId, PySuspensionId,
            PyTimestampMs, PyWaitpointId, PyWaitpointKey, PyWaitpointToken, PyWorkerId, PyWorkerInstanceId,
        },
    };

    #[pymodule_export]
    #[allow(non_upper_case_globals)]
    const __version__: &str = env!("CARGO_PKG_VERSION");
    /// The ff-core release this module binds (from `Cargo.lock`).
    #[pymodule_export]
    const FF_CORE_VERSION: &str = env!("FF_CORE_VERSION");
    #[pymodule_export]
    const LANE_ID_MAX_BYTES: usize = ff_core::types::LANE_ID_MAX_BYTES;
    #[pymodule_export]
    const USAGE_DEDUP_KEY_PREFIX: &str = ff_core::keys::USAGE_DEDUP_KEY_PREFIX;
    #[pymodule_export]
    const CAPS_MAX_BYTES: usize = ff_core::policy::CAPS_MAX_BYTES;
    #[pymodule_export]
    const CAPS_MAX_TOKENS: usize = ff_core::policy::CAPS_MAX_TOKENS;

    use pyo3::prelude::*;

    #[pymodule_init]
    fn init(module: &Bound<'_, PyModule>) -> PyResult<()> {
        crate::refuse_subinterpreters(module.py())?;
        crate::support::frozen::FrozenMapping::register(module.py())?;
        crate::support::error::add_exceptions(module)
    }
}

/// The classes and caches are per process, so only the main interpreter
/// may import the module; elsewhere it would hand out the main
/// interpreter's objects. `_interpreters` (3.13+) or `_xxsubinterpreters`
/// tell which interpreter is running.
fn refuse_subinterpreters(py: Python<'_>) -> PyResult<()> {
    let Ok(interpreters) = py.import("_interpreters").or_else(|_| py.import("_xxsubinterpreters")) else {
        return Ok(());
    };
    let current = interpreters.call_method0("get_current")?;
    let main = interpreters.call_method0("get_main")?;
    if current.eq(main)? {
        Ok(())
    } else {
        Err(pyo3::exceptions::PyImportError::new_err(
            "ff_core._ff_core cannot be imported in a subinterpreter: its classes and caches are \
             per process and shared with the main interpreter",
        ))
    }
}
