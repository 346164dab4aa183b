//! The handle trio: `HandleOpaque`, `Handle` (and the tag/kind enums in
//! `enums.rs`). Both derive `Hash`, so both are frozen.

use ff_core::backend::{Handle, HandleOpaque};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyType};

use crate::convert::{by_inner, bytes_like};
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

/// Opaque attempt cookie held by the worker for one attempt. Frozen, with
/// its three parts cached as Python objects for reads.
#[pyclass(frozen, eq, hash, name = "Handle", module = "ff_core._ff_core")]
pub struct PyHandle {
    inner: Handle,
    #[pyo3(get)]
    backend: Py<PyBackendTag>,
    #[pyo3(get)]
    kind: Py<PyHandleKind>,
    #[pyo3(get)]
    opaque: Py<PyHandleOpaque>,
}

by_inner!(PyHandle);

#[pymethods]
impl PyHandle {
    #[new]
    fn construct(
        backend: &Bound<'_, PyBackendTag>,
        kind: &Bound<'_, PyHandleKind>,
        opaque: &Bound<'_, PyHandleOpaque>,
    ) -> Self {
        Self {
            inner: Handle::new(backend.get().0, kind.get().0, opaque.get().0.clone()),
            backend: backend.clone().unbind(),
            kind: kind.clone().unbind(),
            opaque: opaque.clone().unbind(),
        }
    }

    #[staticmethod]
    fn new(
        backend: &Bound<'_, PyBackendTag>,
        kind: &Bound<'_, PyHandleKind>,
        opaque: &Bound<'_, PyHandleOpaque>,
    ) -> Self {
        Self::construct(backend, kind, opaque)
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.inner)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> (
        Bound<'py, PyType>,
        (Py<PyBackendTag>, Py<PyHandleKind>, Py<PyHandleOpaque>),
    ) {
        let (py, h) = (slf.py(), slf.get());
        (
            slf.get_type(),
            (
                h.backend.clone_ref(py),
                h.kind.clone_ref(py),
                h.opaque.clone_ref(py),
            ),
        )
    }
}

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyHandleOpaque>()?;
    module.add_class::<PyHandle>()?;
    Ok(())
}
