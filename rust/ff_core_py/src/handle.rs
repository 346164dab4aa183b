//! The handle trio: `HandleOpaque`, `Handle` (and the tag/kind enums in
//! `enums.rs`). Both derive `Hash`, so both are frozen.

use ff_core::backend::{Handle, HandleOpaque};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyType};

use crate::convert::bytes_like;
use crate::enums::{PyBackendTag, PyHandleKind};

/// Backend-private bytes carried inside a `Handle`.
#[pyclass(frozen, eq, hash, name = "HandleOpaque", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyHandleOpaque(pub HandleOpaque);

#[pymethods]
impl PyHandleOpaque {
    #[new]
    fn construct(bytes: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(Self(HandleOpaque::new(
            bytes_like("bytes", bytes)?.into_boxed_slice(),
        )))
    }

    #[staticmethod]
    fn new(bytes: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::construct(bytes)
    }

    fn as_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, self.0.as_bytes())
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, (Bound<'py, PyBytes>,)) {
        (slf.get_type(), (slf.get().as_bytes(slf.py()),))
    }
}

/// Opaque attempt cookie held by the worker for one attempt.
#[pyclass(frozen, eq, hash, name = "Handle", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyHandle(pub Handle);

#[pymethods]
impl PyHandle {
    #[new]
    fn construct(
        backend: &Bound<'_, PyBackendTag>,
        kind: &Bound<'_, PyHandleKind>,
        opaque: &Bound<'_, PyHandleOpaque>,
    ) -> Self {
        Self(Handle::new(
            backend.get().0,
            kind.get().0,
            opaque.get().0.clone(),
        ))
    }

    #[staticmethod]
    fn new(
        backend: &Bound<'_, PyBackendTag>,
        kind: &Bound<'_, PyHandleKind>,
        opaque: &Bound<'_, PyHandleOpaque>,
    ) -> Self {
        Self::construct(backend, kind, opaque)
    }

    #[getter]
    fn backend(&self, py: Python<'_>) -> PyResult<Py<PyBackendTag>> {
        PyBackendTag::of(py, self.0.backend)
    }

    #[getter]
    fn kind(&self, py: Python<'_>) -> PyResult<Py<PyHandleKind>> {
        PyHandleKind::of(py, self.0.kind)
    }

    #[getter]
    fn opaque(&self) -> PyHandleOpaque {
        PyHandleOpaque(self.0.opaque.clone())
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(
        Bound<'py, PyType>,
        (Py<PyBackendTag>, Py<PyHandleKind>, PyHandleOpaque),
    )> {
        let py = slf.py();
        let h = slf.get();
        Ok((slf.get_type(), (h.backend(py)?, h.kind(py)?, h.opaque())))
    }
}

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyHandleOpaque>()?;
    module.add_class::<PyHandle>()?;
    Ok(())
}
