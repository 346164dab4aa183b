//! `ff_core::types`: identifiers, the timestamp and the waitpoint token.
//! All derive `Hash`, so all are frozen and hashable.

use ff_core::partition::PartitionCountError;
use ff_core::types::{
    ExecutionId, FlowId, LANE_ID_MAX_BYTES, LaneId, Namespace, SignalId, TimestampMs,
    WaitpointToken,
};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyType};

use crate::convert::{string, uuid_from_py};
use crate::errors::IntoPyErr;
use crate::partition::PyPartitionConfig;

/// A `str` newtype: `T(value)`, `T.new(value)`, `as_str()`, `str` is the
/// raw value and `repr` the Rust `Debug` (`Namespace("tenant-a")`).
macro_rules! string_newtype {
    ($(#[$doc:meta])* $py_type:ident = $name:literal wraps $rust:ident { $($extra:tt)* }) => {
        $(#[$doc])*
        #[pyclass(frozen, eq, hash, name = $name, module = "ff_core._ff_core")]
        #[derive(Clone, PartialEq, Eq, Hash)]
        pub struct $py_type(pub $rust);

        #[pymethods]
        impl $py_type {
            #[new]
            fn construct(value: &Bound<'_, PyAny>) -> PyResult<Self> {
                Ok(Self($rust::new(string("value", value)?)))
            }

            #[staticmethod]
            fn new(value: &Bound<'_, PyAny>) -> PyResult<Self> {
                Self::construct(value)
            }

            fn as_str(&self) -> &str {
                self.0.as_str()
            }

            fn __repr__(&self) -> String {
                format!("{:?}", self.0)
            }


            fn __str__(&self) -> String {

                self.0.to_string()

            }

            fn __reduce__<'py>(
                slf: &Bound<'py, Self>,
            ) -> (Bound<'py, PyType>, (String,)) {
                (slf.get_type(), (slf.get().0.as_str().to_owned(),))
            }

            $($extra)*
        }
    };
}

string_newtype!(
    /// Tenant or workspace scope.
    PyNamespace = "Namespace" wraps Namespace {}
);

string_newtype!(
    /// Submission lane. The constructor never validates; `try_new` does.
    PyLaneId = "LaneId" wraps LaneId {
        /// Validate emptiness, length (64 UTF-8 bytes), then printability.
        #[staticmethod]
        fn try_new(value: &Bound<'_, PyAny>) -> PyResult<Self> {
            LaneId::try_new(string("value", value)?).map(Self).map_err(IntoPyErr::into_py_err)
        }
    }
);

/// A UUID newtype: `T()` mints a random v4, `from_uuid`, `parse`,
/// `as_bytes`; `str` is the hyphenated UUID.
macro_rules! uuid_newtype {
    ($(#[$doc:meta])* $py_type:ident = $name:literal wraps $rust:ident) => {
        $(#[$doc])*
        #[pyclass(frozen, eq, hash, name = $name, module = "ff_core._ff_core")]
        #[derive(Clone, PartialEq, Eq, Hash)]
        pub struct $py_type(pub $rust);

        #[pymethods]
        impl $py_type {
            /// A random (v4) id, like Rust's `new()` and `Default`.
            #[new]
            fn construct() -> Self {
                Self($rust::new())
            }

            #[staticmethod]
            fn new() -> Self {
                Self::construct()
            }

            #[staticmethod]
            fn from_uuid(uuid: &Bound<'_, PyAny>) -> PyResult<Self> {
                Ok(Self($rust::from_uuid(uuid_from_py("uuid", uuid)?)))
            }

            /// Accepts whatever the Rust `uuid` crate's `parse_str` accepts.
            #[staticmethod]
            fn parse(value: &Bound<'_, PyAny>) -> PyResult<Self> {
                $rust::parse(&string("value", value)?).map(Self).map_err(IntoPyErr::into_py_err)
            }

            fn as_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
                PyBytes::new(py, self.0.as_bytes())
            }

            fn __repr__(&self) -> String {
                format!("{:?}", self.0)
            }


            fn __str__(&self) -> String {

                self.0.to_string()

            }

            fn __reduce__<'py>(
                slf: &Bound<'py, Self>,
            ) -> PyResult<(Bound<'py, PyAny>, (String,))> {
                Ok((slf.get_type().getattr("parse")?, (slf.get().0.to_string(),)))
            }
        }
    };
}

uuid_newtype!(
    /// Identity of a flow.
    PyFlowId = "FlowId" wraps FlowId
);
uuid_newtype!(
    /// Identity of a delivered signal.
    PySignalId = "SignalId" wraps SignalId
);

/// Hash-tagged execution identity `{fp:N}:<uuid>`. No public constructor:
/// mint one with `for_flow`/`solo` or read one with `parse`.
#[pyclass(frozen, eq, hash, name = "ExecutionId", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyExecutionId(pub ExecutionId);

impl PyExecutionId {
    fn minted(result: Result<ExecutionId, PartitionCountError>) -> PyResult<Self> {
        result.map(Self).map_err(IntoPyErr::into_py_err)
    }
}

#[pymethods]
impl PyExecutionId {
    #[staticmethod]
    fn for_flow(
        flow: &Bound<'_, PyFlowId>,
        config: &Bound<'_, PyPartitionConfig>,
    ) -> PyResult<Self> {
        Self::minted(ExecutionId::try_for_flow(
            &flow.get().0,
            &config.get().inner,
        ))
    }

    #[staticmethod]
    fn solo(lane: &Bound<'_, PyLaneId>, config: &Bound<'_, PyPartitionConfig>) -> PyResult<Self> {
        Self::minted(ExecutionId::try_solo(&lane.get().0, &config.get().inner))
    }

    #[staticmethod]
    fn deterministic_for_flow(
        flow: &Bound<'_, PyFlowId>,
        config: &Bound<'_, PyPartitionConfig>,
        uuid: &Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        let uuid = uuid_from_py("uuid", uuid)?;
        Self::minted(ExecutionId::try_deterministic_for_flow(
            &flow.get().0,
            &config.get().inner,
            uuid,
        ))
    }

    #[staticmethod]
    fn deterministic_solo(
        lane: &Bound<'_, PyLaneId>,
        config: &Bound<'_, PyPartitionConfig>,
        uuid: &Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        let uuid = uuid_from_py("uuid", uuid)?;
        Self::minted(ExecutionId::try_deterministic_solo(
            &lane.get().0,
            &config.get().inner,
            uuid,
        ))
    }

    /// Validate `{fp:N}:<uuid>`; the string is kept verbatim.
    #[staticmethod]
    fn parse(value: &Bound<'_, PyAny>) -> PyResult<Self> {
        ExecutionId::parse(&string("value", value)?)
            .map(Self)
            .map_err(IntoPyErr::into_py_err)
    }

    fn partition(&self) -> u16 {
        self.0.partition()
    }

    fn as_str(&self) -> &str {
        self.0.as_str()
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((
            slf.get_type().getattr("parse")?,
            (slf.get().0.as_str().to_owned(),),
        ))
    }
}

/// Unix epoch milliseconds; `int(ts)` gives the number.
#[pyclass(
    frozen,
    eq,
    hash,
    ord,
    name = "TimestampMs",
    module = "ff_core._ff_core"
)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PyTimestampMs(pub TimestampMs);

#[pymethods]
impl PyTimestampMs {
    #[new]
    fn construct(millis: i64) -> Self {
        Self(TimestampMs(millis))
    }

    #[staticmethod]
    fn now() -> Self {
        Self(TimestampMs::now())
    }

    #[staticmethod]
    fn from_millis(millis: i64) -> Self {
        Self(TimestampMs::from_millis(millis))
    }

    fn __int__(&self) -> i64 {
        self.0.0
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, (i64,)) {
        (slf.get_type(), (slf.get().0.0,))
    }
}

string_newtype!(
    /// Bearer credential `kid:<40 hex>`. `repr` and `str` come from the
    /// Rust `Debug`/`Display`, which redact the digest; `as_str()` is the
    /// one deliberate way to read it, and pickling (an explicit
    /// serialization) carries it.
    PyWaitpointToken = "WaitpointToken" wraps WaitpointToken {}
);

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyNamespace>()?;
    module.add_class::<PyLaneId>()?;
    module.add("LANE_ID_MAX_BYTES", LANE_ID_MAX_BYTES)?;
    module.add_class::<PyFlowId>()?;
    module.add_class::<PySignalId>()?;
    module.add_class::<PyExecutionId>()?;
    module.add_class::<PyTimestampMs>()?;
    module.add_class::<PyWaitpointToken>()?;
    Ok(())
}
