//! Usage reporting: `UsageDimensions` and `AdmissionDecision`.

use std::collections::BTreeMap;

use ff_core::backend::{AdmissionDecision, UsageDimensions};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple, PyType};

use crate::convert::{str_u64_map, string};
use crate::variants::{reduce_unit, singleton, variant_type, wrong_variant};

/// Usage report for `report_usage`; only `Default` upstream, so every
/// field is a keyword-only argument.
#[pyclass(eq, name = "UsageDimensions", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq)]
pub struct PyUsageDimensions(pub UsageDimensions);

#[pymethods]
impl PyUsageDimensions {
    #[new]
    #[pyo3(signature = (*, input_tokens = 0, output_tokens = 0, wall_ms = None, custom = None))]
    fn construct(
        input_tokens: u64,
        output_tokens: u64,
        wall_ms: Option<u64>,
        custom: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let mut usage = UsageDimensions::default();
        usage.input_tokens = input_tokens;
        usage.output_tokens = output_tokens;
        usage.wall_ms = wall_ms;
        if let Some(custom) = custom {
            usage.custom = str_u64_map("custom", custom)?;
        }
        Ok(Self(usage))
    }

    #[getter]
    fn input_tokens(&self) -> u64 {
        self.0.input_tokens
    }

    #[setter]
    fn set_input_tokens(&mut self, value: u64) {
        self.0.input_tokens = value;
    }

    #[getter]
    fn output_tokens(&self) -> u64 {
        self.0.output_tokens
    }

    #[setter]
    fn set_output_tokens(&mut self, value: u64) {
        self.0.output_tokens = value;
    }

    #[getter]
    fn wall_ms(&self) -> Option<u64> {
        self.0.wall_ms
    }

    #[setter]
    fn set_wall_ms(&mut self, value: Option<u64>) {
        self.0.wall_ms = value;
    }

    /// A copy in key order: changing the dict does not change the report.
    #[getter]
    fn custom(&self) -> BTreeMap<String, u64> {
        self.0.custom.clone()
    }

    #[setter]
    fn set_custom(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.0.custom = str_u64_map("custom", value)?;
        Ok(())
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    /// Pickle and copy call the keyword-only constructor with every field.
    fn __getnewargs_ex__<'py>(&self, py: Python<'py>) -> PyResult<((), Bound<'py, PyDict>)> {
        let kwargs = PyDict::new(py);
        kwargs.set_item("input_tokens", self.0.input_tokens)?;
        kwargs.set_item("output_tokens", self.0.output_tokens)?;
        kwargs.set_item("wall_ms", self.0.wall_ms)?;
        kwargs.set_item("custom", self.0.custom.clone())?;
        Ok(((), kwargs))
    }
}

/// Admission outcome of `report_usage`. `#[non_exhaustive]` upstream:
/// keep a wildcard arm when matching.
#[pyclass(
    frozen,
    eq,
    subclass,
    name = "AdmissionDecision",
    module = "ff_core._ff_core"
)]
#[derive(Clone, PartialEq, Eq)]
pub struct PyAdmissionDecision(pub AdmissionDecision);

/// `AdmissionDecision.Throttled(retry_after_ms)`.
#[pyclass(frozen, extends = PyAdmissionDecision, name = "Throttled", module = "ff_core._ff_core")]
pub struct PyThrottled;

/// `AdmissionDecision.Rejected(reason)`.
#[pyclass(frozen, extends = PyAdmissionDecision, name = "Rejected", module = "ff_core._ff_core")]
pub struct PyRejected;

#[pymethods]
impl PyAdmissionDecision {
    #[classattr]
    #[allow(non_snake_case)]
    fn Admitted(py: Python<'_>) -> PyResult<Py<Self>> {
        static CELL: PyOnceLock<Py<PyAdmissionDecision>> = PyOnceLock::new();
        singleton(py, &CELL, || Self(AdmissionDecision::Admitted))
    }

    #[classattr]
    #[allow(non_snake_case)]
    fn Throttled(py: Python<'_>) -> PyResult<Py<PyType>> {
        variant_type::<PyThrottled>(py, "AdmissionDecision.Throttled")
    }

    #[classattr]
    #[allow(non_snake_case)]
    fn Rejected(py: Python<'_>) -> PyResult<Py<PyType>> {
        variant_type::<PyRejected>(py, "AdmissionDecision.Rejected")
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        match &slf.get().0 {
            AdmissionDecision::Throttled { retry_after_ms } => Ok((
                py.get_type::<PyThrottled>().into_any(),
                PyTuple::new(py, [*retry_after_ms])?,
            )),
            AdmissionDecision::Rejected { reason } => Ok((
                py.get_type::<PyRejected>().into_any(),
                PyTuple::new(py, [reason.as_str()])?,
            )),
            _ => reduce_unit::<Self>(py, "Admitted"),
        }
    }
}

#[pymethods]
impl PyThrottled {
    #[new]
    fn construct(retry_after_ms: u64) -> PyClassInitializer<Self> {
        PyClassInitializer::from(PyAdmissionDecision(AdmissionDecision::Throttled {
            retry_after_ms,
        }))
        .add_subclass(Self)
    }

    #[classattr]
    fn __match_args__() -> (&'static str,) {
        ("retry_after_ms",)
    }

    #[getter]
    fn retry_after_ms(slf: &Bound<'_, Self>) -> PyResult<u64> {
        match slf.as_super().get().0 {
            AdmissionDecision::Throttled { retry_after_ms } => Ok(retry_after_ms),
            _ => Err(wrong_variant("Throttled")),
        }
    }
}

#[pymethods]
impl PyRejected {
    #[new]
    fn construct(reason: &Bound<'_, PyAny>) -> PyResult<PyClassInitializer<Self>> {
        let reason = string("reason", reason)?;
        Ok(
            PyClassInitializer::from(PyAdmissionDecision(AdmissionDecision::Rejected { reason }))
                .add_subclass(Self),
        )
    }

    #[classattr]
    fn __match_args__() -> (&'static str,) {
        ("reason",)
    }

    #[getter]
    fn reason(slf: &Bound<'_, Self>) -> PyResult<String> {
        match &slf.as_super().get().0 {
            AdmissionDecision::Rejected { reason } => Ok(reason.clone()),
            _ => Err(wrong_variant("Rejected")),
        }
    }
}

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyUsageDimensions>()?;
    module.add_class::<PyAdmissionDecision>()?;
    Ok(())
}
