//! One binding error type: every core error converts into it, and it
//! converts into the one Python exception for it. Each core error enum is
//! a `ValueError` subclass whose message is the Rust `Display` and which
//! carries `.variant` (its name) and `.payload` (its data, or `None`).

use std::fmt::{Debug, Display};

use ff_core::contracts::StreamCursorParseError;
use ff_core::partition::PartitionKeyParseError;
use ff_core::types::{ExecutionIdParseError, LaneIdError};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::{IntoPyObjectExt, PyTypeInfo};

/// The exception classes, named as in Python, each in the module of the
/// type that raises it, with the types of `.variant` and `.payload`.
macro_rules! exceptions {
    ($($name:ident in $module:literal: $doc:literal $(, variant $variants:literal, payload $payload:literal)?;)+) => {
        pub mod exc {
            $(pyo3::create_exception!(ff_core._ff_core, $name, pyo3::exceptions::PyValueError, $doc);)+
        }

        $(
            $crate::support::surface::inventory::submit! {
                $crate::support::surface::Export {
                    path: concat!("_ff_core::", $module), file: file!(), line: line!(), name: stringify!($name), rust: "",
                    function: false, object: $crate::support::surface::class::<exc::$name>,
                    stub: || {
                        #[allow(unused_mut)]
                        let mut out = $crate::support::surface::class_header("", stringify!($name), "ValueError", &[$doc]);
                        $(out.push_str(&format!("\n    variant: Literal[{}]\n    payload: {}\n", $variants, $payload));)?
                        out
                    },
                }
            }
        )+
    };
}

exceptions!(
    LaneIdError in "types": "A lane id failed validation (`LaneId.try_new`).",
        variant r#""Empty", "TooLong", "NonPrintable""#, payload "int | None";
    ExecutionIdParseError in "types": "A string is not an execution id (`ExecutionId.parse`).",
        variant r#""MissingTag", "InvalidPartitionIndex", "InvalidUuid""#, payload "str";
    JsonError in "types": "A JSON document does not hold the type (`from_json`); the message is serde_json's.";
    PartitionKeyParseError in "partition": "A partition key does not decode (`PartitionKey.parse`).",
        variant r#""MissingBraces", "MalformedBody", "UnknownFamilyPrefix", "InvalidIndex""#, payload "str | None";
    PartitionCountError in "partition": "A partition count is 0, which the partition math would divide by.",
        variant r#""Zero""#, payload "PartitionFamily";
    StreamCursorParseError in "contracts": "A string is not a stream cursor (`StreamCursor.from_str`).",
        variant r#""Empty", "BareMarkerRejected", "Malformed""#, payload "str | None";
);

pub enum Error {
    Py(PyErr),
    LaneId(LaneIdError),
    ExecutionIdParse(ExecutionIdParseError),
    PartitionKeyParse(PartitionKeyParseError),
    StreamCursorParse(StreamCursorParseError),
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
    StreamCursorParse(StreamCursorParseError),
    Uuid(uuid::Error)
);

/// The exception `E(message)` for a core error, with `.variant` (the
/// variant's name, read from the Rust `Debug`) and `.payload` set.
fn core_exception<'py, E: PyTypeInfo, T: Display + Debug>(
    py: Python<'py>,
    error: &T,
    payload: PyResult<Bound<'py, PyAny>>,
) -> PyErr {
    let debug = format!("{error:?}");
    let variant = debug.split(['(', ' ', '{']).next().unwrap_or_default();
    exception::<E>(py, variant, &error.to_string(), payload)
}

/// The exception `E(message)` with `.variant` and `.payload` set.
pub fn exception<'py, E: PyTypeInfo>(
    py: Python<'py>,
    variant: &str,
    message: &str,
    payload: PyResult<Bound<'py, PyAny>>,
) -> PyErr {
    let build = || -> PyResult<Bound<'py, PyAny>> {
        let exception = py.get_type::<E>().call1((message,))?;
        exception.setattr("variant", variant)?;
        exception.setattr("payload", payload?)?;
        Ok(exception)
    };
    build().map_or_else(|failure| failure, PyErr::from_value)
}

impl From<Error> for PyErr {
    fn from(error: Error) -> Self {
        Python::attach(|py| {
            let none = Ok(py.None().into_bound(py));
            match error {
                Error::Py(err) => err,
                Error::Uuid(err) => PyValueError::new_err(err.to_string()),
                Error::LaneId(err) => {
                    let payload = match err {
                        LaneIdError::Empty => none,
                        LaneIdError::TooLong(n) | LaneIdError::NonPrintable(n) => n.into_bound_py_any(py),
                    };
                    core_exception::<exc::LaneIdError, _>(py, &err, payload)
                }
                Error::ExecutionIdParse(err) => {
                    let (ExecutionIdParseError::MissingTag(text)
                    | ExecutionIdParseError::InvalidPartitionIndex(text)
                    | ExecutionIdParseError::InvalidUuid(text)) = &err;
                    core_exception::<exc::ExecutionIdParseError, _>(py, &err, text.into_bound_py_any(py))
                }
                Error::PartitionKeyParse(err) => {
                    let payload = match &err {
                        PartitionKeyParseError::MissingBraces | PartitionKeyParseError::MalformedBody => none,
                        PartitionKeyParseError::UnknownFamilyPrefix(text)
                        | PartitionKeyParseError::InvalidIndex(text) => text.into_bound_py_any(py),
                    };
                    core_exception::<exc::PartitionKeyParseError, _>(py, &err, payload)
                }
                Error::StreamCursorParse(err) => {
                    let payload = match &err {
                        StreamCursorParseError::Empty => none,
                        StreamCursorParseError::BareMarkerRejected(text) | StreamCursorParseError::Malformed(text) => {
                            text.into_bound_py_any(py)
                        }
                    };
                    core_exception::<exc::StreamCursorParseError, _>(py, &err, payload)
                }
            }
        })
    }
}

/// A `TypeError` for an argument, prefixed with its name; other errors
/// (range, validation) pass through unchanged.
pub fn for_argument(py: Python<'_>, name: &str, err: PyErr) -> PyErr {
    if err.get_type(py).is(py.get_type::<PyTypeError>()) {
        let named = PyTypeError::new_err(format!("argument '{name}': {}", err.value(py)));
        named.set_cause(py, err.cause(py));
        named
    } else {
        err
    }
}

/// A variant of a `#[non_exhaustive]` enum that this binding does not list.
pub fn unknown_variant(type_name: &str, value: &impl Debug) -> PyErr {
    PyValueError::new_err(format!("{type_name}::{value:?} is a variant this binding does not know"))
}
