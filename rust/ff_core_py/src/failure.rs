//! Failure types: `FailureReason`, and `FailOutcome` (an exhaustive enum).

use ff_core::backend::{FailOutcome, FailureReason};
use pyo3::IntoPyObjectExt;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyTuple, PyType};

use crate::convert::{bytes_like, optional_bytes_like, string};
use crate::ids::PyTimestampMs;
use crate::variants::{reduce_unit, singleton, variant_type, wrong_variant};

/// Human-readable failure description plus optional structured detail.
#[pyclass(eq, name = "FailureReason", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq)]
pub struct PyFailureReason(pub FailureReason);

#[pymethods]
impl PyFailureReason {
    #[new]
    fn construct(message: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(Self(FailureReason::new(string("message", message)?)))
    }

    #[staticmethod]
    fn new(message: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::construct(message)
    }

    #[staticmethod]
    fn with_detail(message: &Bound<'_, PyAny>, detail: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(Self(FailureReason::with_detail(
            string("message", message)?,
            bytes_like("detail", detail)?,
        )))
    }

    #[getter]
    fn message(&self) -> &str {
        &self.0.message
    }

    #[setter]
    fn set_message(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.0.message = string("message", value)?;
        Ok(())
    }

    #[getter]
    fn detail<'py>(&self, py: Python<'py>) -> Option<Bound<'py, PyBytes>> {
        self.0.detail.as_ref().map(|d| PyBytes::new(py, d))
    }

    #[setter]
    fn set_detail(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.0.detail = optional_bytes_like("detail", value)?;
        Ok(())
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let reason = slf.borrow();
        let message = reason.0.message.clone().into_bound_py_any(py)?;
        match reason.detail(py) {
            Some(detail) => Ok((
                slf.get_type().getattr("with_detail")?,
                PyTuple::new(py, [message, detail.into_any()])?,
            )),
            None => Ok((slf.get_type().into_any(), PyTuple::new(py, [message])?)),
        }
    }
}

/// Outcome of a `fail()` call. Exhaustive upstream: a `match` may name
/// both variants and no wildcard.
#[pyclass(
    frozen,
    eq,
    subclass,
    name = "FailOutcome",
    module = "ff_core._ff_core"
)]
#[derive(Clone, PartialEq, Eq)]
pub struct PyFailOutcome(pub FailOutcome);

/// `FailOutcome.RetryScheduled(delay_until)`.
#[pyclass(frozen, extends = PyFailOutcome, name = "RetryScheduled", module = "ff_core._ff_core")]
pub struct PyRetryScheduled;

#[pymethods]
impl PyFailOutcome {
    #[classattr]
    #[allow(non_snake_case)]
    fn RetryScheduled(py: Python<'_>) -> PyResult<Py<PyType>> {
        variant_type::<PyRetryScheduled>(py, "FailOutcome.RetryScheduled")
    }

    #[classattr]
    #[allow(non_snake_case)]
    fn TerminalFailed(py: Python<'_>) -> PyResult<Py<Self>> {
        static CELL: PyOnceLock<Py<PyFailOutcome>> = PyOnceLock::new();
        singleton(py, &CELL, || Self(FailOutcome::TerminalFailed))
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        match &slf.get().0 {
            FailOutcome::RetryScheduled { delay_until } => Ok((
                py.get_type::<PyRetryScheduled>().into_any(),
                PyTuple::new(py, [PyTimestampMs(*delay_until)])?,
            )),
            FailOutcome::TerminalFailed => reduce_unit::<Self>(py, "TerminalFailed"),
        }
    }
}

#[pymethods]
impl PyRetryScheduled {
    #[new]
    fn construct(delay_until: &Bound<'_, PyTimestampMs>) -> PyClassInitializer<Self> {
        PyClassInitializer::from(PyFailOutcome(FailOutcome::RetryScheduled {
            delay_until: delay_until.get().0,
        }))
        .add_subclass(Self)
    }

    #[classattr]
    fn __match_args__() -> (&'static str,) {
        ("delay_until",)
    }

    #[getter]
    fn delay_until(slf: &Bound<'_, Self>) -> PyResult<PyTimestampMs> {
        match slf.as_super().get().0 {
            FailOutcome::RetryScheduled { delay_until } => Ok(PyTimestampMs(delay_until)),
            FailOutcome::TerminalFailed => Err(wrong_variant("RetryScheduled")),
        }
    }
}

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyFailureReason>()?;
    module.add_class::<PyFailOutcome>()?;
    Ok(())
}
