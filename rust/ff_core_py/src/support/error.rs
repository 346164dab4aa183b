//! One binding error type: every core error converts into it, and it
//! converts into the one Python exception for it. Each core error enum is
//! a `ValueError` subclass whose message is the Rust `Display` and which
//! carries `.variant` (its name) and `.payload` (its data, or `None`).

use std::fmt::Debug;

use ff_core::partition::{PartitionCountError, PartitionKeyParseError};
use ff_core::types::{ExecutionIdParseError, LaneIdError};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::{IntoPyObjectExt, PyTypeInfo};

use crate::partition::PyPartitionFamily;

/// The exception classes, named as in Python.
pub mod exc {
    use pyo3::create_exception;
    use pyo3::exceptions::PyValueError;

    create_exception!(
        ff_core._ff_core,
        LaneIdError,
        PyValueError,
        "A lane id failed validation (`LaneId.try_new`)."
    );
    create_exception!(
        ff_core._ff_core,
        ExecutionIdParseError,
        PyValueError,
        "A string is not an execution id (`ExecutionId.parse`)."
    );
    create_exception!(
        ff_core._ff_core,
        PartitionKeyParseError,
        PyValueError,
        "A partition key does not decode (`PartitionKey.parse`)."
    );
    create_exception!(
        ff_core._ff_core,
        PartitionCountError,
        PyValueError,
        "A partition count is 0, which the partition math would divide by."
    );
}

pub enum Error {
    Py(PyErr),
    LaneId(LaneIdError),
    ExecutionIdParse(ExecutionIdParseError),
    PartitionKeyParse(PartitionKeyParseError),
    PartitionCount(PartitionCountError),
    /// `uuid::Error` has no enum of ours: a plain `ValueError` with its text.
    Uuid(uuid::Error),
}

pub type Result<T> = std::result::Result<T, Error>;

macro_rules! from_error {
    ($($variant:ident($error:ty)),+) => {$(
        impl From<$error> for Error {
            fn from(error: $error) -> Self {
                Self::$variant(error)
            }
        }
    )+};
}

from_error!(
    Py(PyErr),
    LaneId(LaneIdError),
    ExecutionIdParse(ExecutionIdParseError),
    PartitionKeyParse(PartitionKeyParseError),
    PartitionCount(PartitionCountError),
    Uuid(uuid::Error)
);

/// The exception `E(message)` with `.variant` and `.payload` set.
fn exception<'py, E: PyTypeInfo>(
    py: Python<'py>,
    message: String,
    variant: &str,
    payload: PyResult<Bound<'py, PyAny>>,
) -> PyErr {
    let build = || -> PyResult<Bound<'py, PyAny>> {
        let error = py.get_type::<E>().call1((message,))?;
        error.setattr("variant", variant)?;
        error.setattr("payload", payload?)?;
        Ok(error)
    };
    build().map_or_else(|failure| failure, PyErr::from_value)
}

impl From<Error> for PyErr {
    fn from(error: Error) -> Self {
        Python::attach(|py| {
            let none = || Ok(py.None().into_bound(py));
            match error {
                Error::Py(err) => err,
                Error::Uuid(err) => PyValueError::new_err(err.to_string()),
                Error::LaneId(err) => {
                    let (variant, payload) = match err {
                        LaneIdError::Empty => ("Empty", none()),
                        LaneIdError::TooLong(n) => ("TooLong", n.into_bound_py_any(py)),
                        LaneIdError::NonPrintable(i) => ("NonPrintable", i.into_bound_py_any(py)),
                    };
                    exception::<exc::LaneIdError>(py, err.to_string(), variant, payload)
                }
                Error::ExecutionIdParse(err) => {
                    let (variant, text) = match &err {
                        ExecutionIdParseError::MissingTag(t) => ("MissingTag", t),
                        ExecutionIdParseError::InvalidPartitionIndex(t) => ("InvalidPartitionIndex", t),
                        ExecutionIdParseError::InvalidUuid(t) => ("InvalidUuid", t),
                    };
                    let payload = text.into_bound_py_any(py);
                    exception::<exc::ExecutionIdParseError>(py, err.to_string(), variant, payload)
                }
                Error::PartitionKeyParse(err) => {
                    let (variant, payload) = match &err {
                        PartitionKeyParseError::MissingBraces => ("MissingBraces", none()),
                        PartitionKeyParseError::MalformedBody => ("MalformedBody", none()),
                        PartitionKeyParseError::UnknownFamilyPrefix(t) => {
                            ("UnknownFamilyPrefix", t.into_bound_py_any(py))
                        }
                        PartitionKeyParseError::InvalidIndex(t) => ("InvalidIndex", t.into_bound_py_any(py)),
                    };
                    exception::<exc::PartitionKeyParseError>(py, err.to_string(), variant, payload)
                }
                Error::PartitionCount(err) => {
                    let PartitionCountError::Zero(family) = err;
                    let payload = PyPartitionFamily::of(py, family).map(|f| f.into_bound(py).into_any());
                    exception::<exc::PartitionCountError>(py, err.to_string(), "Zero", payload)
                }
            }
        })
    }
}

/// A `TypeError` for an argument, prefixed with its name; other errors
/// (range, validation) pass through unchanged.
pub fn for_argument(py: Python<'_>, name: &str, err: PyErr) -> PyErr {
    if err.get_type(py).is(py.get_type::<PyTypeError>()) {
        PyTypeError::new_err(format!("argument '{name}': {}", err.value(py)))
    } else {
        err
    }
}

/// A variant of a `#[non_exhaustive]` enum that this binding does not list.
pub fn unknown_variant(type_name: &str, value: &impl Debug) -> PyErr {
    PyValueError::new_err(format!(
        "{type_name}::{value:?} is a variant this binding does not know"
    ))
}
