//! Shared plumbing for enums with data-carrying variants. Each such enum
//! is a base class wrapping the Rust enum; a data variant is a subclass
//! reached as a class attribute (`AdmissionDecision.Throttled`), and a
//! unit variant is a singleton instance of the base
//! (`AdmissionDecision.Admitted`).

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyString, PyTuple, PyType};
use pyo3::{PyClass, PyTypeInfo};

/// The variant subclass `T`, renamed `Enum.Variant` so that `repr` of the
/// class and pickling by reference find it under its parent.
pub fn variant_type<T: PyTypeInfo>(py: Python<'_>, qualname: &str) -> PyResult<Py<PyType>> {
    let ty = py.get_type::<T>();
    ty.setattr("__qualname__", qualname)?;
    Ok(ty.unbind())
}

/// The one instance of a unit variant, made on first use.
pub fn singleton<T: PyClass + Into<PyClassInitializer<T>>>(
    py: Python<'_>,
    cell: &'static PyOnceLock<Py<T>>,
    make: impl FnOnce() -> T,
) -> PyResult<Py<T>> {
    cell.get_or_try_init(py, || Py::new(py, make()))
        .map(|obj| obj.clone_ref(py))
}

/// The error for a variant subclass whose base holds another variant,
/// which the constructors make impossible; an error rather than a panic.
pub fn wrong_variant(name: &str) -> PyErr {
    PyTypeError::new_err(format!("{name} holds another variant"))
}

/// The builtin `getattr`, which unpickling calls to find a variant.
fn builtin_getattr(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    static GETATTR: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    GETATTR
        .get_or_try_init(py, || {
            Ok::<_, PyErr>(py.import("builtins")?.getattr("getattr")?.unbind())
        })
        .map(|f| f.bind(py).clone())
}

/// `__reduce__` of a unit variant: `getattr(Enum, "Variant")`, so that
/// unpickling and copying give back the singleton itself.
pub fn reduce_unit<'py, T: PyTypeInfo>(
    py: Python<'py>,
    variant: &str,
) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
    let args = PyTuple::new(
        py,
        [
            py.get_type::<T>().into_any(),
            PyString::new(py, variant).into_any(),
        ],
    )?;
    Ok((builtin_getattr(py)?, args))
}
