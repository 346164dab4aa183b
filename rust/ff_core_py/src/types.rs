//! `ff_core::types`: identifiers, counters, the timestamp, the lease
//! fence, the cancel source and the waitpoint token. `JsonError` is what
//! every `from_json` raises for a document that does not hold its type.

use ff_core::types::{
    AttemptId, AttemptIndex, BudgetId, CancelSource, EdgeId, ExecutionId, FlowId, LaneId, LeaseEpoch, LeaseFence,
    LeaseId, Namespace, QuotaPolicyId, SignalId, SuspensionId, TimestampMs, WaitpointId, WaitpointKey, WaitpointToken,
    WorkerId, WorkerInstanceId,
};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString, PyType};

use ff_core::partition::PartitionFamily;

use crate::partition::{PyPartitionConfig, counted};
use crate::support::error::Result;
use crate::support::json::json_methods;
use crate::support::slot::{Slot, ensure_room_for_text, exact_str, format_py, try_string, utf8};
use crate::support::surface::{Named, export, members};
use crate::support::value::{Value, class_slot, constructors, data_enum, string_value, value_dunders, value_struct};

export!(
    /// The longest lane id `LaneId.try_new` accepts, in UTF-8 bytes.
    const LANE_ID_MAX_BYTES: "int" = ff_core::types::LANE_ID_MAX_BYTES;
);

string_value!(
    /// Tenant or workspace scope.
    PyNamespace "Namespace" => Namespace, from text => Namespace::new(try_string(text)?);
    str: text;
    reads_back: true;
);

string_value!(
    /// Submission lane. The constructor never validates; `try_new` does.
    PyLaneId "LaneId" => LaneId, from text => LaneId::new(try_string(text)?);
    str: text;
    // Its `Deserialize` is `try_new`; the constructor takes any text.
    reads_back: false;
);

string_value!(
    /// Bearer credential `kid:<40 hex>`. `repr` and `str` are the Rust
    /// `Debug`/`Display`, which redact the digest; `as_str()` is the one
    /// deliberate way to read it, and pickling (an explicit serialization)
    /// carries it. Its hash is its text's, salted per process.
    PyWaitpointToken "WaitpointToken" => WaitpointToken, from text => WaitpointToken::new(try_string(text)?);
    str: display;
    reads_back: true;
);

string_value!(
    /// Hash-tagged execution identity `{fp:N}:<uuid>`. No public
    /// constructor: mint one with `for_flow`/`solo` or read one with `parse`.
    PyExecutionId "ExecutionId" => ExecutionId, from text => ExecutionId::parse(text).map_err(crate::support::error::Error::from).map_err(PyErr::from)?;
    str: text;
    reads_back: true;
);

/// `T(text)` and `T.new(text)` for the string values that wrap any text,
/// with the parameter named as in Rust's `new`.
macro_rules! text_constructors {
    ($($py:ident($param:ident)),+) => {$(
        #[pymethods]
        impl $py {
            #[new]
            fn construct($param: &Bound<'_, PyAny>) -> PyResult<Self> {
                Self::from_text($param)
            }

            #[staticmethod]
            fn new($param: &Bound<'_, PyAny>) -> PyResult<Self> {
                Self::from_text($param)
            }
        }

        crate::support::surface::members!($py, 1, format!(
            "def __new__(cls, {param}: str) -> Self: ...\n@staticmethod\ndef new({param}: str) -> {}: ...\n",
            <$py as crate::support::surface::Named>::NAME,
            param = stringify!($param),
        ));

    )+};
}
pub(crate) use text_constructors;

text_constructors!(PyNamespace(value), PyLaneId(value), PyWaitpointToken(value));

#[pymethods]
impl PyWaitpointToken {
    fn as_str(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }
}
members!(PyWaitpointToken, 3, "def as_str(self) -> str: ...");

#[pymethods]
impl PyLaneId {
    /// Validate emptiness, length (64 UTF-8 bytes), then printability.
    #[staticmethod]
    fn try_new(value: &Bound<'_, PyAny>) -> Result<Self> {
        let lane = Self::from_text(value)?;
        LaneId::try_new(utf8(lane.text.bind(value.py()))?)?;
        Ok(lane)
    }
}
members!(PyLaneId, 3, "@staticmethod\ndef try_new(value: str) -> LaneId: ...");

#[pymethods]
impl PyExecutionId {
    #[staticmethod]
    fn for_flow(py: Python<'_>, flow: &Bound<'_, PyFlowId>, config: &Bound<'_, PyPartitionConfig>) -> PyResult<Self> {
        let config = counted(py, config, PartitionFamily::Flow)?;
        Self::from_rust(py, ExecutionId::for_flow(&flow.get().0, &config).as_str())
    }

    #[staticmethod]
    fn solo(py: Python<'_>, lane: &Bound<'_, PyLaneId>, config: &Bound<'_, PyPartitionConfig>) -> PyResult<Self> {
        let config = counted(py, config, PartitionFamily::Execution)?;
        Self::from_rust(py, ExecutionId::solo(&lane.get().to_rust(py)?, &config).as_str())
    }

    #[staticmethod]
    fn deterministic_for_flow(
        py: Python<'_>,
        flow: &Bound<'_, PyFlowId>,
        config: &Bound<'_, PyPartitionConfig>,
        uuid: &Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        let uuid = uuid::Uuid::load(uuid)?;
        let config = counted(py, config, PartitionFamily::Flow)?;
        Self::from_rust(py, ExecutionId::deterministic_for_flow(&flow.get().0, &config, uuid).as_str())
    }

    #[staticmethod]
    fn deterministic_solo(
        py: Python<'_>,
        lane: &Bound<'_, PyLaneId>,
        config: &Bound<'_, PyPartitionConfig>,
        uuid: &Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        let uuid = uuid::Uuid::load(uuid)?;
        let config = counted(py, config, PartitionFamily::Execution)?;
        Self::from_rust(py, ExecutionId::deterministic_solo(&lane.get().to_rust(py)?, &config, uuid).as_str())
    }

    /// Validate `{fp:N}:<uuid>`; the string is kept verbatim.
    #[staticmethod]
    fn parse(value: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::from_text(value)
    }

    fn partition(&self, py: Python<'_>) -> PyResult<u16> {
        Ok(self.to_rust(py)?.partition())
    }
}
members!(PyExecutionId, 3, "\
@staticmethod
def for_flow(flow: FlowId, config: PartitionConfig) -> ExecutionId: ...
@staticmethod
def solo(lane: LaneId, config: PartitionConfig) -> ExecutionId: ...
@staticmethod
def deterministic_for_flow(flow: FlowId, config: PartitionConfig, uuid: UUID) -> ExecutionId: ...
@staticmethod
def deterministic_solo(lane: LaneId, config: PartitionConfig, uuid: UUID) -> ExecutionId: ...
@staticmethod
def parse(value: str) -> ExecutionId: ...
def partition(self) -> int: ...
");

/// A UUID newtype: `T()` mints a random v4, `from_uuid`, `parse`,
/// `as_bytes`; `str` is the hyphenated UUID.
macro_rules! uuid_value {
    ($(#[doc = $doc:literal])* $py:ident $name:literal => $rust:ident) => {
        crate::support::surface::declared!($py $name, format!(
            "{}    def __new__(cls) -> Self: ...
    @staticmethod
    def new() -> {name}: ...
    @staticmethod
    def from_uuid(uuid: UUID) -> {name}: ...
    @staticmethod
    def parse(value: str) -> {name}: ...
    def as_bytes(self) -> bytes: ...
    def __str__(self) -> str: ...
",
            crate::support::surface::class_header("@final\n", $name, "", &[$($doc),*]),
            name = $name,
        ));

        $(#[doc = $doc])*
        #[pyclass(frozen, immutable_type, name = $name, module = "ff_core._ff_core")]
        pub struct $py(pub $rust);

        impl Value for $py {
            type Rust = $rust;

            fn to_rust(&self, _py: Python<'_>) -> PyResult<$rust> {
                Ok(self.0.clone())
            }
        }

        class_slot!($rust => $py, $name,
            load(kept) Ok(kept.cast::<$py>()?.get().0.clone()),
            dump(py, value) Ok(Py::new(py, $py(value.clone()))?.into_any()),
            reads_back: true);
        value_dunders!($py, eq, yes);

        #[pymethods]
        impl $py {
            /// A random (v4) id, like Rust's `new()` and `Default`.
            #[new]
            fn construct() -> Self {
                Self($rust::new())
            }

            #[staticmethod]
            fn new() -> Self {
                Self($rust::new())
            }

            #[staticmethod]
            fn from_uuid(uuid: &Bound<'_, PyAny>) -> PyResult<Self> {
                Ok(Self($rust::from_uuid(uuid::Uuid::load(uuid)?)))
            }

            /// Accepts whatever the Rust `uuid` crate's `parse_str` accepts.
            #[staticmethod]
            fn parse(value: &Bound<'_, PyAny>) -> Result<Self> {
                Ok(Self($rust::parse(utf8(&exact_str(value)?)?)?))
            }

            fn as_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
                PyBytes::new(py, self.0.as_bytes())
            }

            fn __str__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
                format_py(py, format_args!("{}", self.0))
            }

            fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyString>,))> {
                Ok((slf.get_type().getattr("parse")?, (slf.get().__str__(slf.py())?,)))
            }
        }
    };
}

uuid_value!(
    /// Identity of a flow.
    PyFlowId "FlowId" => FlowId
);
uuid_value!(
    /// Identity of a delivered signal.
    PySignalId "SignalId" => SignalId
);

/// A newtype over an integer (`TimestampMs(i64)`, `LeaseEpoch(u64)`…):
/// `T(n)`, `int(x)`, ordered and hashable; `str` is the number.
macro_rules! number_value {
    ($(#[doc = $doc:literal])* $py:ident $name:literal => $rust:ident($param:ident: $int:ty)) => {
        crate::support::surface::declared!($py $name, format!(
            "{}    def __new__(cls, {param}: int) -> Self: ...
    def __int__(self) -> int: ...
    def __str__(self) -> str: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __lt__(self, other: {name}, /) -> bool: ...
    def __le__(self, other: {name}, /) -> bool: ...
    def __gt__(self, other: {name}, /) -> bool: ...
    def __ge__(self, other: {name}, /) -> bool: ...
",
            crate::support::surface::class_header("@final\n", $name, "", &[$($doc),*]),
            name = $name,
            param = stringify!($param),
        ));

        $(#[doc = $doc])*
        #[pyclass(frozen, immutable_type, eq, ord, name = $name, module = "ff_core._ff_core")]
        #[derive(PartialEq, PartialOrd)]
        pub struct $py(pub $rust);

        impl Value for $py {
            type Rust = $rust;

            fn to_rust(&self, _py: Python<'_>) -> PyResult<$rust> {
                Ok(self.0)
            }
        }

        class_slot!($rust => $py, $name,
            load(kept) Ok(kept.cast::<$py>()?.get().0),
            dump(py, value) Ok(Py::new(py, $py(*value))?.into_any()),
            reads_back: true);
        value_dunders!($py, yes);
        json_methods!($py);

        #[pymethods]
        impl $py {
            #[new]
            fn construct($param: $int) -> Self {
                Self($rust($param))
            }

            fn __int__(&self) -> $int {
                self.0.0
            }

            fn __str__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
                format_py(py, format_args!("{}", self.0))
            }

            fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, ($int,)) {
                (slf.get_type(), (slf.get().0.0,))
            }
        }
    };
}

number_value!(
    /// Unix epoch milliseconds; `int(ts)` gives the number.
    PyTimestampMs "TimestampMs" => TimestampMs(millis: i64)
);

#[pymethods]
impl PyTimestampMs {
    #[staticmethod]
    fn now() -> Self {
        Self(TimestampMs::now())
    }

    #[staticmethod]
    fn from_millis(millis: i64) -> Self {
        Self(TimestampMs::from_millis(millis))
    }
}
members!(PyTimestampMs, 3, "\
@staticmethod
def now() -> TimestampMs: ...
@staticmethod
def from_millis(millis: int) -> TimestampMs: ...
");

number_value!(
    /// Fencing token: grows by one per lease issued on an execution.
    PyLeaseEpoch "LeaseEpoch" => LeaseEpoch(value: u64)
);
number_value!(
    /// Zero-based attempt number.
    PyAttemptIndex "AttemptIndex" => AttemptIndex(value: u32)
);

/// `new(n)` and `next()`, which raises `OverflowError` at the maximum
/// (where upstream panics or wraps) and leaves the receiver unchanged.
macro_rules! counter_methods {
    ($($py:ident => $rust:ident($int:ty)),+) => {$(
        #[pymethods]
        impl $py {
            #[staticmethod]
            fn new(value: $int) -> Self {
                Self($rust::new(value))
            }

            /// ff-core adds 1 unchecked: a debug build panics at the
            /// maximum and a release build wraps, so check first.
            fn next(&self) -> PyResult<Self> {
                if self.0.0 == <$int>::MAX {
                    return Err(pyo3::exceptions::PyOverflowError::new_err(concat!(stringify!($rust), " is at its maximum")));
                }
                Ok(Self(self.0.next()))
            }
        }

        members!($py, 3, format!(
            "@staticmethod\ndef new(value: int) -> {name}: ...\ndef next(self) -> {name}:\n    \"\"\"The next value; `OverflowError` at the maximum.\"\"\"\n",
            name = <$py as Named>::NAME,
        ));
    )+};
}

counter_methods!(PyLeaseEpoch => LeaseEpoch(u64), PyAttemptIndex => AttemptIndex(u32));

uuid_value!(
    /// Identity of a budget.
    PyBudgetId "BudgetId" => BudgetId
);
uuid_value!(
    /// Identity of a quota policy.
    PyQuotaPolicyId "QuotaPolicyId" => QuotaPolicyId
);
uuid_value!(
    /// Identity of one lease on an execution.
    PyLeaseId "LeaseId" => LeaseId
);
uuid_value!(
    /// Identity of one attempt of an execution.
    PyAttemptId "AttemptId" => AttemptId
);
uuid_value!(
    /// Identity of a waitpoint.
    PyWaitpointId "WaitpointId" => WaitpointId
);
uuid_value!(
    /// Identity of one suspension of an execution.
    PySuspensionId "SuspensionId" => SuspensionId
);
uuid_value!(
    /// Identity of a dependency edge between executions.
    PyEdgeId "EdgeId" => EdgeId
);

string_value!(
    /// A logical worker.
    PyWorkerId "WorkerId" => WorkerId, from text => WorkerId::new(try_string(text)?);
    str: text;
    reads_back: true;
);
string_value!(
    /// One worker process.
    PyWorkerInstanceId "WorkerInstanceId" => WorkerInstanceId, from text => WorkerInstanceId::new(try_string(text)?);
    str: text;
    reads_back: true;
);
string_value!(
    /// Opaque token that resolves to a waitpoint for signal delivery.
    PyWaitpointKey "WaitpointKey" => WaitpointKey, from text => WaitpointKey::new(try_string(text)?);
    str: text;
    reads_back: true;
);
text_constructors!(PyWorkerId(value), PyWorkerInstanceId(value), PyWaitpointKey(value));
json_methods!(
    PyNamespace,
    PyLaneId,
    PyWaitpointToken,
    PyExecutionId,
    PyFlowId,
    PySignalId,
    PyBudgetId,
    PyQuotaPolicyId,
    PyLeaseId,
    PyAttemptId,
    PyWaitpointId,
    PySuspensionId,
    PyEdgeId,
    PyWorkerId,
    PyWorkerInstanceId,
    PyWaitpointKey
);

value_struct!(
    /// Proof of lease ownership, passed by every lease-bound call.
    PyLeaseFence "LeaseFence" => LeaseFence = LeaseFence {
        lease_id: LeaseId::from_uuid(uuid::Uuid::nil()),
        lease_epoch: LeaseEpoch(0),
        attempt_id: AttemptId::from_uuid(uuid::Uuid::nil()),
    };
    fields { lease_id: LeaseId, lease_epoch: LeaseEpoch, attempt_id: AttemptId }
    hash: no;
);
constructors!(PyLeaseFence { fields required; });
json_methods!(PyLeaseFence);

data_enum!(
    /// Who asked for a cancellation. `CancelSource()` is the default,
    /// `OperatorOverride`; `str` is the wire name or the `Custom` text.
    PyCancelSource "CancelSource" => CancelSource;
    hash: no;
    units [OperatorOverride, LeaseHolder, FlowCascade, SystemTimeout];
    /// Any other source, by name.
    Custom tuple { _0: String }
);
json_methods!(PyCancelSource);

#[pymethods]
impl PyCancelSource {
    /// The `Default`, `OperatorOverride` (the singleton itself).
    #[new]
    fn construct(py: Python<'_>) -> PyResult<Py<Self>> {
        Self::OperatorOverride(py)
    }

    fn as_str<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        crate::support::slot::py_str(py, self.0.as_str())
    }

    fn __str__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        self.as_str(py)
    }

    /// Never raises: the four wire names give their variants, anything
    /// else `Custom`.
    #[staticmethod]
    fn from_str(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let text = exact_str(text)?;
        let text = utf8(&text)?;
        ensure_room_for_text(text.len())?;
        let Ok(parsed) = text.parse::<CancelSource>();
        CancelSource::dump(py, &parsed)
    }
}
members!(PyCancelSource, 3, "\
def __new__(cls) -> CancelSource: ...
def as_str(self) -> str: ...
def __str__(self) -> str: ...
@staticmethod
def from_str(text: str) -> CancelSource: ...
");
