//! The handle trio: `BackendTag`, `HandleKind`, `HandleOpaque`, `Handle`.

use ff_core::backend::{BackendTag, Handle, HandleKind, HandleOpaque};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString, PyType};

use crate::support::slot::{Slot, format_py, try_vec, type_error};
use crate::support::value::{constructors, rust_hash, unit_enum, value_struct};

unit_enum!(
    /// Which backend implementation a `Handle` belongs to.
    PyBackendTag "BackendTag" => BackendTag [Valkey]
);

unit_enum!(
    /// Lifecycle kind carried inside a `Handle`.
    PyHandleKind "HandleKind" => HandleKind [Fresh, Resumed, Suspended]
);

/// Backend-private opaque payload carried inside a `Handle`; keeps the
/// `bytes` it was given, which `as_bytes()` returns.
#[pyclass(
    frozen,
    immutable_type,
    name = "HandleOpaque",
    module = "ff_core._ff_core"
)]
pub struct PyHandleOpaque {
    bytes: Py<PyAny>,
}

impl PyHandleOpaque {
    fn to_rust(&self, py: Python<'_>) -> PyResult<HandleOpaque> {
        Ok(HandleOpaque::new(
            try_vec(self.bytes.bind(py).cast::<PyBytes>()?.as_bytes())?.into(),
        ))
    }
}

impl Slot for HandleOpaque {
    fn store(value: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        value
            .cast::<PyHandleOpaque>()
            .map_err(|_| type_error("HandleOpaque", value))?;
        Ok(value.clone().unbind())
    }

    fn load(kept: &Bound<'_, PyAny>) -> PyResult<Self> {
        kept.cast::<PyHandleOpaque>()?.get().to_rust(kept.py())
    }

    fn dump(py: Python<'_>, value: &Self) -> PyResult<Py<PyAny>> {
        let bytes = crate::support::slot::py_bytes(py, value.as_bytes())?
            .into_any()
            .unbind();
        Ok(Py::new(py, PyHandleOpaque { bytes })?.into_any())
    }
}

#[pymethods]
impl PyHandleOpaque {
    #[new]
    fn construct(bytes: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(Self {
            bytes: Vec::<u8>::store(bytes)?,
        })
    }

    #[staticmethod]
    fn new(bytes: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::construct(bytes)
    }

    fn as_bytes(&self, py: Python<'_>) -> Py<PyAny> {
        self.bytes.clone_ref(py)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        use pyo3::IntoPyObjectExt;
        let py = other.py();
        match other.cast::<Self>() {
            Ok(other) => self
                .bytes
                .bind(py)
                .eq(other.get().bytes.bind(py))?
                .into_py_any(py),
            Err(_) => Ok(py.NotImplemented()),
        }
    }

    /// Rust's `Hash` of the bytes, which is `HandleOpaque`'s (no copy).
    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        Ok(rust_hash(self.bytes.bind(py).cast::<PyBytes>()?.as_bytes()))
    }

    fn __repr__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        format_py(py, format_args!("{:?}", self.to_rust(py)?))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, (Py<PyAny>,)) {
        (slf.get_type(), (slf.get().bytes.clone_ref(slf.py()),))
    }

    fn __copy__(slf: Bound<'_, Self>) -> Bound<'_, Self> {
        slf
    }

    fn __deepcopy__<'py>(slf: Bound<'py, Self>, _memo: &Bound<'py, PyAny>) -> Bound<'py, Self> {
        slf
    }
}

value_struct!(
    /// Opaque attempt cookie held by the worker for an attempt.
    PyHandle "Handle" => Handle = Handle::new(BackendTag::Valkey, HandleKind::Fresh, HandleOpaque::new(Box::default()));
    fields { backend: BackendTag, kind: HandleKind, opaque: HandleOpaque }
    hash: yes;
);
constructors!(PyHandle { new(backend, kind, opaque); });
