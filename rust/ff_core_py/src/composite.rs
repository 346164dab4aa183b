//! Classes that hold some of their parts as Python objects (so that
//! `config.timeouts.request = ...` changes the config): they compare and
//! print through a Rust value rebuilt from those parts, so `==` and `repr`
//! still come from the Rust `PartialEq` and `Debug`.

use std::fmt::Debug;

use pyo3::prelude::*;
use pyo3::{IntoPyObjectExt, PyClass};

pub trait Composite: PyClass {
    type Rust: PartialEq + Debug;

    /// The Rust value, built from the current parts.
    fn to_rust(&self, py: Python<'_>) -> Self::Rust;
}

/// `__eq__` by the Rust values; another type gives `NotImplemented`.
pub fn eq<T: Composite>(this: &T, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    let py = other.py();
    match other.cast::<T>() {
        Ok(other) => (this.to_rust(py) == other.borrow().to_rust(py)).into_py_any(py),
        Err(_) => Ok(py.NotImplemented()),
    }
}

/// `__repr__`: the Rust `Debug` of the rebuilt value.
pub fn repr<T: Composite>(this: &T, py: Python<'_>) -> String {
    format!("{:?}", this.to_rust(py))
}
