//! The handle trio: `BackendTag`, `HandleKind`, `HandleOpaque`, `Handle`.

use ff_core::backend::{BackendTag, Handle, HandleKind, HandleOpaque};
use pyo3::IntoPyObjectExt;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyType};

use crate::support::slot::{Slot, py_bytes};
use crate::support::surface::export;
use crate::support::value::{Value, class_slot, constructors, rust_hash, unit_enum, value_dunders, value_struct};

unit_enum!(
    /// Which backend implementation a `Handle` belongs to.
    PyBackendTag "BackendTag" => BackendTag [Valkey]
);

unit_enum!(
    /// Lifecycle kind carried inside a `Handle`.
    PyHandleKind "HandleKind" => HandleKind [Fresh, Resumed, Suspended]
);

export!(
    class "HandleOpaque",
    "\
def __new__(cls, bytes: Buffer) -> Self: ...
@staticmethod
def new(bytes: Buffer) -> HandleOpaque: ...
def as_bytes(self) -> bytes: ...
def __eq__(self, other: object, /) -> bool: ...
def __hash__(self) -> int: ...
",
    /// Backend-private opaque payload carried inside a `Handle`; keeps the
    /// `bytes` it was given, which `as_bytes()` returns.
    #[pyclass(frozen, immutable_type, name = "HandleOpaque", module = "ff_core._ff_core")]
    pub struct PyHandleOpaque {
        bytes: Py<PyAny>,
    }
);

impl Value for PyHandleOpaque {
    type Rust = HandleOpaque;

    fn to_rust(&self, py: Python<'_>) -> PyResult<HandleOpaque> {
        Ok(HandleOpaque::new(Vec::<u8>::load(self.bytes.bind(py))?.into()))
    }
}

class_slot!(HandleOpaque => PyHandleOpaque, "HandleOpaque",
    load(kept) kept.cast::<PyHandleOpaque>()?.get().to_rust(kept.py()),
    dump(py, value) Ok(Py::new(py, PyHandleOpaque { bytes: py_bytes(py, value.as_bytes())?.into_any().unbind() })?.into_any()));
value_dunders!(PyHandleOpaque);

#[pymethods]
impl PyHandleOpaque {
    #[new]
    fn construct(bytes: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(Self { bytes: Vec::<u8>::store(bytes)? })
    }

    #[staticmethod]
    fn new(bytes: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::construct(bytes)
    }

    fn as_bytes(&self, py: Python<'_>) -> Py<PyAny> {
        self.bytes.clone_ref(py)
    }

    /// Compares the kept `bytes` (no copy); the same answer as Rust's `==`.
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let py = other.py();
        match other.cast::<Self>() {
            Ok(other) => self.bytes.bind(py).eq(other.get().bytes.bind(py))?.into_py_any(py),
            Err(_) => Ok(py.NotImplemented()),
        }
    }

    /// Rust's `Hash` of the bytes, which is `HandleOpaque`'s (no copy).
    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        Ok(rust_hash(self.bytes.bind(py).cast::<PyBytes>()?.as_bytes()))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, (Py<PyAny>,)) {
        (slf.get_type(), (slf.get().bytes.clone_ref(slf.py()),))
    }
}

value_struct!(
    /// Opaque attempt cookie held by the worker for an attempt.
    PyHandle "Handle" => Handle = Handle::new(BackendTag::Valkey, HandleKind::Fresh, HandleOpaque::new(Box::default()));
    fields { backend: BackendTag, kind: HandleKind, opaque: HandleOpaque }
    hash: yes;
);
constructors!(PyHandle { new(backend, kind, opaque); });
