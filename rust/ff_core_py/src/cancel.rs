//! `CancelFlowWait`: `Copy` and `Hash` upstream, so frozen and hashable.

use std::time::Duration;

use ff_core::backend::CancelFlowWait;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyTuple, PyType};

use crate::variants::{reduce_unit, singleton, variant_type, wrong_variant};

/// Caller wait posture for `cancel_flow`. `#[non_exhaustive]` upstream:
/// keep a wildcard arm when matching.
#[pyclass(
    frozen,
    eq,
    hash,
    subclass,
    name = "CancelFlowWait",
    module = "ff_core._ff_core"
)]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PyCancelFlowWait(pub CancelFlowWait);

/// `CancelFlowWait.WaitTimeout(timedelta)`; the tuple field is `_0`.
#[pyclass(frozen, extends = PyCancelFlowWait, name = "WaitTimeout", module = "ff_core._ff_core")]
pub struct PyWaitTimeout;

#[pymethods]
impl PyCancelFlowWait {
    #[classattr]
    #[allow(non_snake_case)]
    fn NoWait(py: Python<'_>) -> PyResult<Py<Self>> {
        static CELL: PyOnceLock<Py<PyCancelFlowWait>> = PyOnceLock::new();
        singleton(py, &CELL, || Self(CancelFlowWait::NoWait))
    }

    #[classattr]
    #[allow(non_snake_case)]
    fn WaitTimeout(py: Python<'_>) -> PyResult<Py<PyType>> {
        variant_type::<PyWaitTimeout>(py, "CancelFlowWait.WaitTimeout")
    }

    #[classattr]
    #[allow(non_snake_case)]
    fn WaitIndefinite(py: Python<'_>) -> PyResult<Py<Self>> {
        static CELL: PyOnceLock<Py<PyCancelFlowWait>> = PyOnceLock::new();
        singleton(py, &CELL, || Self(CancelFlowWait::WaitIndefinite))
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        match slf.get().0 {
            CancelFlowWait::WaitTimeout(timeout) => Ok((
                py.get_type::<PyWaitTimeout>().into_any(),
                PyTuple::new(py, [timeout])?,
            )),
            CancelFlowWait::NoWait => reduce_unit::<Self>(py, "NoWait"),
            _ => reduce_unit::<Self>(py, "WaitIndefinite"),
        }
    }
}

#[pymethods]
impl PyWaitTimeout {
    /// `timeout` must be a non-negative `timedelta`.
    #[new]
    fn construct(timeout: Duration) -> PyClassInitializer<Self> {
        PyClassInitializer::from(PyCancelFlowWait(CancelFlowWait::WaitTimeout(timeout)))
            .add_subclass(Self)
    }

    #[classattr]
    fn __match_args__() -> (&'static str,) {
        ("_0",)
    }

    #[getter]
    fn _0(slf: &Bound<'_, Self>) -> PyResult<Duration> {
        match slf.as_super().get().0 {
            CancelFlowWait::WaitTimeout(timeout) => Ok(timeout),
            _ => Err(wrong_variant("WaitTimeout")),
        }
    }
}

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyCancelFlowWait>()
}
