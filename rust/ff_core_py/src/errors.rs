//! The error enums of `ff_core` as Python exceptions: one class per enum,
//! a `ValueError` subclass whose message is the Rust `Display` and which
//! carries the variant name and its payload.

use ff_core::partition::{PartitionCountError, PartitionKeyParseError};
use ff_core::types::{ExecutionIdParseError, LaneIdError};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::{IntoPyObjectExt, PyTypeInfo};

use crate::enums::PyPartitionFamily;

/// Named as in Python; kept apart from the Rust error enums of the same name.
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

/// Turns a Rust error into its Python exception.
pub trait IntoPyErr {
    fn into_py_err(self) -> PyErr;
}

fn exception<E: PyTypeInfo>(
    variant: &str,
    payload: impl for<'py> FnOnce(Python<'py>) -> PyResult<Bound<'py, PyAny>>,
    message: String,
) -> PyErr {
    Python::attach(|py| {
        let build = || -> PyResult<Bound<'_, PyAny>> {
            let error = py.get_type::<E>().call1((message,))?;
            error.setattr("variant", variant)?;
            error.setattr("payload", payload(py)?)?;
            Ok(error)
        };
        match build() {
            Ok(error) => PyErr::from_value(error),
            Err(failure) => failure,
        }
    })
}

/// Payload of the unit variants; a `PyResult` to fit `exception`'s closure.
#[allow(clippy::unnecessary_wraps)]
fn none(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    Ok(py.None().into_bound(py))
}

impl IntoPyErr for LaneIdError {
    fn into_py_err(self) -> PyErr {
        let message = self.to_string();
        match self {
            Self::Empty => exception::<exc::LaneIdError>("Empty", none, message),
            Self::TooLong(len) => {
                exception::<exc::LaneIdError>("TooLong", |py| len.into_bound_py_any(py), message)
            }
            Self::NonPrintable(index) => exception::<exc::LaneIdError>(
                "NonPrintable",
                |py| index.into_bound_py_any(py),
                message,
            ),
        }
    }
}

impl IntoPyErr for ExecutionIdParseError {
    fn into_py_err(self) -> PyErr {
        let message = self.to_string();
        let (variant, text) = match self {
            Self::MissingTag(text) => ("MissingTag", text),
            Self::InvalidPartitionIndex(text) => ("InvalidPartitionIndex", text),
            Self::InvalidUuid(text) => ("InvalidUuid", text),
        };
        exception::<exc::ExecutionIdParseError>(variant, |py| text.into_bound_py_any(py), message)
    }
}

impl IntoPyErr for PartitionKeyParseError {
    fn into_py_err(self) -> PyErr {
        let message = self.to_string();
        let (variant, text) = match self {
            Self::MissingBraces => ("MissingBraces", None),
            Self::MalformedBody => ("MalformedBody", None),
            Self::UnknownFamilyPrefix(text) => ("UnknownFamilyPrefix", Some(text)),
            Self::InvalidIndex(text) => ("InvalidIndex", Some(text)),
        };
        exception::<exc::PartitionKeyParseError>(variant, |py| text.into_bound_py_any(py), message)
    }
}

impl IntoPyErr for PartitionCountError {
    fn into_py_err(self) -> PyErr {
        let message = self.to_string();
        let Self::Zero(family) = self;
        exception::<exc::PartitionCountError>(
            "Zero",
            |py| Ok::<_, PyErr>(PyPartitionFamily::of(py, family)?.into_bound(py).into_any()),
            message,
        )
    }
}

/// `uuid::Error` has no enum of ours: a plain `ValueError` with its text.
impl IntoPyErr for uuid::Error {
    fn into_py_err(self) -> PyErr {
        PyValueError::new_err(self.to_string())
    }
}

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = module.py();
    module.add("LaneIdError", py.get_type::<exc::LaneIdError>())?;
    module.add(
        "ExecutionIdParseError",
        py.get_type::<exc::ExecutionIdParseError>(),
    )?;
    module.add(
        "PartitionKeyParseError",
        py.get_type::<exc::PartitionKeyParseError>(),
    )?;
    module.add(
        "PartitionCountError",
        py.get_type::<exc::PartitionCountError>(),
    )?;
    Ok(())
}
