//! The native module `ff_core._ff_core`: thin PyO3 wrappers over the pure
//! `ff_core` crate. Behaviour (formatting, parsing, matching, partition
//! math) lives in `ff_core`; this crate only converts and validates.
//! The modules mirror the crate's; `support` holds the shared machinery.

// `#[pymethods]` take `&self` and owned arguments whatever their size,
// and pickling returns spell out Python tuples: these lints fight PyO3.
#![allow(clippy::trivially_copy_pass_by_ref, clippy::needless_pass_by_value, clippy::type_complexity)]

mod backend;
mod contracts;
mod partition;
mod support;
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
        contracts::PyReclaimGrant,
        partition::{
            PyPartition, PyPartitionConfig, PyPartitionFamily, PyPartitionKey, execution_partition_py, flow_partition,
            solo_partition,
        },
        types::{PyExecutionId, PyFlowId, PyLaneId, PyNamespace, PySignalId, PyTimestampMs, PyWaitpointToken},
    };

    #[pymodule_export]
    #[allow(non_upper_case_globals)]
    const __version__: &str = env!("CARGO_PKG_VERSION");
    #[pymodule_export]
    const LANE_ID_MAX_BYTES: usize = ff_core::types::LANE_ID_MAX_BYTES;

    use pyo3::prelude::*;

    #[pymodule_init]
    fn init(module: &Bound<'_, PyModule>) -> PyResult<()> {
        crate::refuse_subinterpreters(module.py())?;
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
