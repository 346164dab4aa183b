//! Completion-stream and signal payloads: `CompletionPayload` and the
//! exhaustive `ResumeSignal`.

use ff_core::backend::{CompletionPayload, ResumeSignal};
use pyo3::IntoPyObjectExt;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyTuple};

use crate::convert::{optional_bytes_like, string};
use crate::ids::{PyExecutionId, PyFlowId, PySignalId, PyTimestampMs};

/// One completion event. `with_flow_id` returns a new payload.
#[pyclass(eq, name = "CompletionPayload", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq)]
pub struct PyCompletionPayload(pub CompletionPayload);

#[pymethods]
impl PyCompletionPayload {
    #[new]
    fn construct(
        execution_id: &Bound<'_, PyExecutionId>,
        outcome: &Bound<'_, PyAny>,
        payload_bytes: &Bound<'_, PyAny>,
        produced_at_ms: &Bound<'_, PyTimestampMs>,
    ) -> PyResult<Self> {
        Ok(Self(CompletionPayload::new(
            execution_id.get().0.clone(),
            string("outcome", outcome)?,
            optional_bytes_like("payload_bytes", payload_bytes)?,
            produced_at_ms.get().0,
        )))
    }

    #[staticmethod]
    fn new(
        execution_id: &Bound<'_, PyExecutionId>,
        outcome: &Bound<'_, PyAny>,
        payload_bytes: &Bound<'_, PyAny>,
        produced_at_ms: &Bound<'_, PyTimestampMs>,
    ) -> PyResult<Self> {
        Self::construct(execution_id, outcome, payload_bytes, produced_at_ms)
    }

    /// A new payload with `flow_id` set; this one is left unchanged.
    fn with_flow_id(&self, flow_id: &Bound<'_, PyFlowId>) -> Self {
        Self(self.0.clone().with_flow_id(flow_id.get().0.clone()))
    }

    #[getter]
    fn execution_id(&self) -> PyExecutionId {
        PyExecutionId(self.0.execution_id.clone())
    }

    #[setter]
    fn set_execution_id(&mut self, value: &Bound<'_, PyExecutionId>) {
        self.0.execution_id = value.get().0.clone();
    }

    #[getter]
    fn outcome(&self) -> &str {
        &self.0.outcome
    }

    #[setter]
    fn set_outcome(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.0.outcome = string("outcome", value)?;
        Ok(())
    }

    #[getter]
    fn payload_bytes<'py>(&self, py: Python<'py>) -> Option<Bound<'py, PyBytes>> {
        self.0.payload_bytes.as_ref().map(|b| PyBytes::new(py, b))
    }

    #[setter]
    fn set_payload_bytes(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.0.payload_bytes = optional_bytes_like("payload_bytes", value)?;
        Ok(())
    }

    #[getter]
    fn produced_at_ms(&self) -> PyTimestampMs {
        PyTimestampMs(self.0.produced_at_ms)
    }

    #[setter]
    fn set_produced_at_ms(&mut self, value: &Bound<'_, PyTimestampMs>) {
        self.0.produced_at_ms = value.get().0;
    }

    #[getter]
    fn flow_id(&self) -> Option<PyFlowId> {
        self.0.flow_id.clone().map(PyFlowId)
    }

    #[setter]
    fn set_flow_id(&mut self, value: Option<&Bound<'_, PyFlowId>>) {
        self.0.flow_id = value.map(|f| f.get().0.clone());
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    /// Rebuilt as `CompletionPayload(...)` plus `__setstate__(flow_id)`.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>, Option<PyFlowId>)> {
        let py = slf.py();
        let p = slf.borrow();
        let args = PyTuple::new(
            py,
            [
                p.execution_id().into_bound_py_any(py)?,
                p.outcome().into_bound_py_any(py)?,
                p.payload_bytes(py).into_bound_py_any(py)?,
                p.produced_at_ms().into_bound_py_any(py)?,
            ],
        )?;
        Ok((slf.get_type().into_any(), args, p.flow_id()))
    }

    fn __setstate__(&mut self, flow_id: Option<&Bound<'_, PyFlowId>>) {
        self.set_flow_id(flow_id);
    }
}

/// The signal that satisfied a waitpoint. Exhaustive upstream: the
/// constructor takes every field, by keyword or in field order.
#[pyclass(eq, name = "ResumeSignal", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq)]
pub struct PyResumeSignal(pub ResumeSignal);

#[pymethods]
impl PyResumeSignal {
    #[new]
    #[allow(clippy::too_many_arguments)]
    fn construct(
        signal_id: &Bound<'_, PySignalId>,
        signal_name: &Bound<'_, PyAny>,
        signal_category: &Bound<'_, PyAny>,
        source_type: &Bound<'_, PyAny>,
        source_identity: &Bound<'_, PyAny>,
        correlation_id: &Bound<'_, PyAny>,
        accepted_at: &Bound<'_, PyTimestampMs>,
        payload: &Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        Ok(Self(ResumeSignal {
            signal_id: signal_id.get().0.clone(),
            signal_name: string("signal_name", signal_name)?,
            signal_category: string("signal_category", signal_category)?,
            source_type: string("source_type", source_type)?,
            source_identity: string("source_identity", source_identity)?,
            correlation_id: string("correlation_id", correlation_id)?,
            accepted_at: accepted_at.get().0,
            payload: optional_bytes_like("payload", payload)?,
        }))
    }

    #[getter]
    fn signal_id(&self) -> PySignalId {
        PySignalId(self.0.signal_id.clone())
    }

    #[setter]
    fn set_signal_id(&mut self, value: &Bound<'_, PySignalId>) {
        self.0.signal_id = value.get().0.clone();
    }

    #[getter]
    fn signal_name(&self) -> &str {
        &self.0.signal_name
    }

    #[setter]
    fn set_signal_name(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.0.signal_name = string("signal_name", value)?;
        Ok(())
    }

    #[getter]
    fn signal_category(&self) -> &str {
        &self.0.signal_category
    }

    #[setter]
    fn set_signal_category(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.0.signal_category = string("signal_category", value)?;
        Ok(())
    }

    #[getter]
    fn source_type(&self) -> &str {
        &self.0.source_type
    }

    #[setter]
    fn set_source_type(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.0.source_type = string("source_type", value)?;
        Ok(())
    }

    #[getter]
    fn source_identity(&self) -> &str {
        &self.0.source_identity
    }

    #[setter]
    fn set_source_identity(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.0.source_identity = string("source_identity", value)?;
        Ok(())
    }

    #[getter]
    fn correlation_id(&self) -> &str {
        &self.0.correlation_id
    }

    #[setter]
    fn set_correlation_id(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.0.correlation_id = string("correlation_id", value)?;
        Ok(())
    }

    #[getter]
    fn accepted_at(&self) -> PyTimestampMs {
        PyTimestampMs(self.0.accepted_at)
    }

    #[setter]
    fn set_accepted_at(&mut self, value: &Bound<'_, PyTimestampMs>) {
        self.0.accepted_at = value.get().0;
    }

    #[getter]
    fn payload<'py>(&self, py: Python<'py>) -> Option<Bound<'py, PyBytes>> {
        self.0.payload.as_ref().map(|b| PyBytes::new(py, b))
    }

    #[setter]
    fn set_payload(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.0.payload = optional_bytes_like("payload", value)?;
        Ok(())
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let s = slf.borrow();
        let args = PyTuple::new(
            py,
            [
                s.signal_id().into_bound_py_any(py)?,
                s.0.signal_name.as_str().into_bound_py_any(py)?,
                s.0.signal_category.as_str().into_bound_py_any(py)?,
                s.0.source_type.as_str().into_bound_py_any(py)?,
                s.0.source_identity.as_str().into_bound_py_any(py)?,
                s.0.correlation_id.as_str().into_bound_py_any(py)?,
                s.accepted_at().into_bound_py_any(py)?,
                s.payload(py).into_bound_py_any(py)?,
            ],
        )?;
        Ok((slf.get_type().into_any(), args))
    }
}

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyCompletionPayload>()?;
    module.add_class::<PyResumeSignal>()?;
    Ok(())
}
