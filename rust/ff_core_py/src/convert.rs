//! Conversions between Python values and the Rust field types, with the
//! checks the mapping asks for (bytes-like only, no bare `str` as a list,
//! `uuid.UUID` only). Each check raises `TypeError`, never panics.

use std::collections::BTreeMap;

use pyo3::IntoPyObjectExt;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyInt, PyMemoryView, PyString, PyType};

/// The Python-visible name of a value's type, for error messages.
fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map_or_else(|_| "?".to_owned(), |name| name.to_string())
}

pub fn type_error(what: &str, expected: &str, value: &Bound<'_, PyAny>) -> PyErr {
    PyTypeError::new_err(format!(
        "{what} must be {expected}, not {}",
        type_name(value)
    ))
}

/// `bytes`, `bytearray` or `memoryview` → owned bytes. A `str` is refused:
/// text is not a payload until it is encoded.
pub fn bytes_like(what: &str, value: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    if let Ok(bytes) = value.cast::<PyBytes>() {
        return Ok(bytes.as_bytes().to_vec());
    }
    if let Ok(array) = value.cast::<PyByteArray>() {
        return Ok(array.to_vec());
    }
    if value.is_instance_of::<PyMemoryView>() {
        let copy = value.call_method0("tobytes")?;
        return Ok(copy.cast::<PyBytes>()?.as_bytes().to_vec());
    }
    Err(type_error(what, "bytes, bytearray or memoryview", value))
}

pub fn optional_bytes_like(what: &str, value: &Bound<'_, PyAny>) -> PyResult<Option<Vec<u8>>> {
    if value.is_none() {
        Ok(None)
    } else {
        bytes_like(what, value).map(Some)
    }
}

/// A `str` (exactly; lone surrogates raise `UnicodeEncodeError`).
pub fn string(what: &str, value: &Bound<'_, PyAny>) -> PyResult<String> {
    value
        .cast::<PyString>()
        .map_err(|_| type_error(what, "str", value))?
        .to_str()
        .map(str::to_owned)
}

/// Any iterable of `str` except a `str` itself, which would split into
/// characters.
pub fn strings(what: &str, value: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    if value.is_instance_of::<PyString>() {
        return Err(type_error(what, "an iterable of str", value));
    }
    let items = value
        .try_iter()
        .map_err(|_| type_error(what, "an iterable of str", value))?;
    items
        .map(|item| string(&format!("each item of {what}"), &item?))
        .collect()
}

/// Any mapping of `str` to non-negative `int`, kept in key order.
pub fn str_u64_map(what: &str, value: &Bound<'_, PyAny>) -> PyResult<BTreeMap<String, u64>> {
    let items = if let Ok(dict) = value.cast::<PyDict>() {
        dict.items().into_any()
    } else {
        value
            .call_method0("items")
            .map_err(|_| type_error(what, "a mapping of str to int", value))?
    };
    let mut map = BTreeMap::new();
    for item in items.try_iter()? {
        let (key, count): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item?.extract()?;
        map.insert(
            string(&format!("each key of {what}"), &key)?,
            count.extract()?,
        );
    }
    Ok(map)
}

fn uuid_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    static UUID: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    UUID.import(py, "uuid", "UUID")
}

/// A `uuid.UUID` instance → `uuid::Uuid`.
pub fn uuid_from_py(what: &str, value: &Bound<'_, PyAny>) -> PyResult<uuid::Uuid> {
    if !value.is_instance(uuid_type(value.py())?)? {
        return Err(type_error(what, "uuid.UUID", value));
    }
    let raw = value.getattr("bytes")?;
    let bytes: [u8; 16] = raw
        .cast::<PyBytes>()?
        .as_bytes()
        .try_into()
        .map_err(|_| type_error(what, "uuid.UUID", value))?;
    Ok(uuid::Uuid::from_bytes(bytes))
}

/// A validated integer field and the Python object to cache for reads:
/// the caller's own object when it is an exact `int` (no allocation),
/// else a fresh `int` (so `True` is stored as `1`).
pub fn int_field<'py, T>(value: &Bound<'py, PyAny>) -> PyResult<(T, Py<PyInt>)>
where
    T: for<'a> FromPyObject<'a, 'py, Error = PyErr> + IntoPyObject<'py> + Copy,
{
    let number: T = value.extract()?;
    let object = match value.cast_exact::<PyInt>() {
        Ok(int) => int.clone().unbind(),
        Err(_) => number
            .into_bound_py_any(value.py())?
            .cast_into::<PyInt>()?
            .unbind(),
    };
    Ok((number, object))
}

/// The cached Python `int` for a number made in Rust.
pub fn int_object<'py, T: IntoPyObject<'py>>(py: Python<'py>, number: T) -> PyResult<Py<PyInt>> {
    Ok(number.into_bound_py_any(py)?.cast_into::<PyInt>()?.unbind())
}

/// `PartialEq`, `Eq` and `Hash` by the wrapped Rust value only, for the
/// frozen classes that also cache their fields as Python objects.
macro_rules! by_inner {
    ($py_type:ty) => {
        impl PartialEq for $py_type {
            fn eq(&self, other: &Self) -> bool {
                self.inner == other.inner
            }
        }

        impl Eq for $py_type {}

        impl std::hash::Hash for $py_type {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                self.inner.hash(state);
            }
        }
    };
}
pub(crate) use by_inner;
