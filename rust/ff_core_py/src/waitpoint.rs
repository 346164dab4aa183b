//! Suspend inputs: `WaitpointHmac` (frozen, redacting) and `WaitpointSpec`.

use ff_core::backend::{WaitpointHmac, WaitpointSpec};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyType};

use crate::convert::{bytes_like, string};
use crate::enums::PyWaitpointKind;
use crate::ids::PyWaitpointToken;

/// The HMAC token binding a waitpoint to its mint-time identity. Its
/// `repr` forwards to the token's redacting `Debug`; it has no `Display`
/// upstream, so `str` is the same text.
#[pyclass(frozen, eq, hash, name = "WaitpointHmac", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyWaitpointHmac(pub WaitpointHmac);

#[pymethods]
impl PyWaitpointHmac {
    #[new]
    fn construct(token: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(Self(WaitpointHmac::new(string("token", token)?)))
    }

    #[staticmethod]
    fn new(token: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::construct(token)
    }

    fn token(&self) -> PyWaitpointToken {
        PyWaitpointToken(self.0.token().clone())
    }

    /// The raw `kid:40hex` string, for transport only.
    fn as_str(&self) -> &str {
        self.0.as_str()
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    /// Pickling is an explicit serialization: it carries the raw token.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, (String,)) {
        (slf.get_type(), (slf.get().0.as_str().to_owned(),))
    }
}

/// One waitpoint inside a suspend request.
#[pyclass(eq, name = "WaitpointSpec", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq)]
pub struct PyWaitpointSpec(pub WaitpointSpec);

#[pymethods]
impl PyWaitpointSpec {
    #[new]
    fn construct(
        kind: &Bound<'_, PyWaitpointKind>,
        matcher: &Bound<'_, PyAny>,
        hmac_token: &Bound<'_, PyWaitpointHmac>,
    ) -> PyResult<Self> {
        Ok(Self(WaitpointSpec::new(
            kind.get().0,
            bytes_like("matcher", matcher)?,
            hmac_token.get().0.clone(),
        )))
    }

    #[staticmethod]
    fn new(
        kind: &Bound<'_, PyWaitpointKind>,
        matcher: &Bound<'_, PyAny>,
        hmac_token: &Bound<'_, PyWaitpointHmac>,
    ) -> PyResult<Self> {
        Self::construct(kind, matcher, hmac_token)
    }

    #[getter]
    fn kind(&self, py: Python<'_>) -> PyResult<Py<PyWaitpointKind>> {
        PyWaitpointKind::of(py, self.0.kind)
    }

    #[setter]
    fn set_kind(&mut self, value: &Bound<'_, PyWaitpointKind>) {
        self.0.kind = value.get().0;
    }

    #[getter]
    fn matcher<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.0.matcher)
    }

    #[setter]
    fn set_matcher(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.0.matcher = bytes_like("matcher", value)?;
        Ok(())
    }

    #[getter]
    fn hmac_token(&self) -> PyWaitpointHmac {
        PyWaitpointHmac(self.0.hmac_token.clone())
    }

    #[setter]
    fn set_hmac_token(&mut self, value: &Bound<'_, PyWaitpointHmac>) {
        self.0.hmac_token = value.get().0.clone();
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(
        Bound<'py, PyType>,
        (Py<PyWaitpointKind>, Bound<'py, PyBytes>, PyWaitpointHmac),
    )> {
        let py = slf.py();
        let spec = slf.borrow();
        Ok((
            slf.get_type(),
            (spec.kind(py)?, spec.matcher(py), spec.hmac_token()),
        ))
    }
}

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyWaitpointHmac>()?;
    module.add_class::<PyWaitpointSpec>()?;
    Ok(())
}
