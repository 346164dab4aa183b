//! `ff_core::contracts`: products exchanged between FlowFabric services.

use std::collections::HashMap;

use ff_core::contracts::{
    CancelExecutionArgs, CancelExecutionResult, ClaimExecutionResult, ClaimGrant, ClaimedExecution, CreateExecutionArgs,
    CreateExecutionResult, ReclaimGrant, StreamCursor,
};
use ff_core::partition::{Partition, PartitionConfig, PartitionFamily, PartitionKey};
use ff_core::policy::ExecutionPolicy;
use ff_core::state::{AttemptType, PublicState};
use ff_core::types::{AttemptId, AttemptIndex, CancelSource, LeaseEpoch, LeaseId, Namespace, TimestampMs};
use ff_core::types::{ExecutionId, LaneId};
use pyo3::prelude::*;

use crate::partition::PyPartition;
use crate::support::error::Result;
use crate::support::json::json_methods;
use crate::support::slot::{Slot, ensure_room_for_text, exact_str, utf8};
use crate::support::value::{constructors, data_enum, value_struct};

/// A valid execution id for seeds, whose fields every constructor replaces.
pub fn seed_execution_id() -> ExecutionId {
    let nil = uuid::Uuid::nil();
    ExecutionId::deterministic_solo(&LaneId::new(""), &PartitionConfig::default(), nil)
}

/// A grant for seeds (`ReclaimGrant` is exhaustive, but its id has no
/// constant).
pub fn seed_grant() -> ReclaimGrant {
    let partition = Partition { family: PartitionFamily::Flow, index: 0 };
    ReclaimGrant {
        execution_id: seed_execution_id(),
        partition_key: PartitionKey::from(partition),
        grant_key: String::new(),
        expires_at_ms: 0,
        lane_id: LaneId::new(""),
    }
}

value_struct!(
    /// Issued by the reclaim scanner for an interrupted execution.
    PyReclaimGrant "ReclaimGrant" => ReclaimGrant = seed_grant();
    fields {
        execution_id: ExecutionId,
        partition_key: PartitionKey,
        /// The Valkey key of the grant hash.
        grant_key: String,
        expires_at_ms: u64,
        lane_id: LaneId,
    }
    hash: no;
);
constructors!(PyReclaimGrant { fields required; });

#[pymethods]
impl PyReclaimGrant {
    fn partition(&self, py: Python<'_>) -> Result<PyPartition> {
        Ok(PyPartition::from_rust(py, &self.to_rust(py)?.partition()?)?)
    }
}
crate::support::surface::members!(PyReclaimGrant, 3, "def partition(self) -> Partition: ...\n");

value_struct!(
    /// Issued by the scheduler: the right to claim one execution.
    PyClaimGrant "ClaimGrant" => ClaimGrant = ClaimGrant {
        execution_id: seed_execution_id(),
        partition_key: PartitionKey::from(Partition { family: PartitionFamily::Flow, index: 0 }),
        grant_key: String::new(),
        expires_at_ms: 0,
    };
    fields { execution_id: ExecutionId, partition_key: PartitionKey, grant_key: String, expires_at_ms: u64 }
    hash: no;
);
constructors!(PyClaimGrant { fields required; });

#[pymethods]
impl PyClaimGrant {
    fn partition(&self, py: Python<'_>) -> Result<PyPartition> {
        Ok(PyPartition::from_rust(py, &self.to_rust(py)?.partition()?)?)
    }
}
crate::support::surface::members!(PyClaimGrant, 3, "def partition(self) -> Partition: ...\n");

data_enum!(
    /// A position in an attempt's output stream: `Start`, `End`, or a
    /// stream id kept verbatim (`At("5-0")`). `str` is `start`, `end` or
    /// the id; `to_wire()` is what `XRANGE` takes.
    PyStreamCursor "StreamCursor" => StreamCursor;
    hash: yes;
    units [Start, End];
    /// A concrete stream id, `<ms>` or `<ms>-<seq>` (not validated when
    /// built directly).
    At tuple { _0: String }
);

#[pymethods]
impl PyStreamCursor {
    /// `start`, `end`, `<ms>` or `<ms>-<seq>`; `StreamCursorParseError` otherwise.
    #[staticmethod]
    fn from_str(py: Python<'_>, text: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        let text = exact_str(text)?;
        let text = utf8(&text)?;
        ensure_room_for_text(text.len())?;
        let cursor: StreamCursor = text.parse()?;
        Ok(StreamCursor::dump(py, &cursor)?)
    }

    /// Same as `from_str` (`TryFrom<String>`).
    #[staticmethod]
    fn try_from(py: Python<'_>, text: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        Self::from_str(py, text)
    }

    #[staticmethod]
    fn start(py: Python<'_>) -> PyResult<Py<PyAny>> {
        StreamCursor::dump(py, &StreamCursor::start())
    }

    #[staticmethod]
    fn end(py: Python<'_>) -> PyResult<Py<PyAny>> {
        StreamCursor::dump(py, &StreamCursor::end())
    }

    /// `At("0-0")`, the first entry of any stream.
    #[staticmethod]
    fn from_beginning(py: Python<'_>) -> PyResult<Py<PyAny>> {
        StreamCursor::dump(py, &StreamCursor::from_beginning())
    }

    /// Same as `from_beginning`.
    #[staticmethod]
    fn beginning(py: Python<'_>) -> PyResult<Py<PyAny>> {
        StreamCursor::dump(py, &StreamCursor::beginning())
    }

    /// `-` for `Start`, `+` for `End`, or the id.
    fn to_wire(&self) -> &str {
        self.0.to_wire()
    }

    /// Same as `to_wire` (the receiver is unchanged).
    fn into_wire_string(&self) -> String {
        self.0.clone().into_wire_string()
    }

    /// True only for `At`.
    fn is_concrete(&self) -> bool {
        self.0.is_concrete()
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }
}
crate::support::surface::members!(PyStreamCursor, 3, "\
@staticmethod
def from_str(text: str) -> StreamCursor: ...
@staticmethod
def try_from(text: str) -> StreamCursor: ...
@staticmethod
def start() -> StreamCursor: ...
@staticmethod
def end() -> StreamCursor: ...
@staticmethod
def from_beginning() -> StreamCursor: ...
@staticmethod
def beginning() -> StreamCursor: ...
def to_wire(self) -> str: ...
def into_wire_string(self) -> str: ...
def is_concrete(self) -> bool: ...
def __str__(self) -> str: ...
");

value_struct!(
    /// What a successful claim hands the worker.
    PyClaimedExecution "ClaimedExecution" => ClaimedExecution = ClaimedExecution {
        execution_id: seed_execution_id(),
        lease_id: LeaseId::from_uuid(uuid::Uuid::nil()),
        lease_epoch: LeaseEpoch(0),
        attempt_index: AttemptIndex(0),
        attempt_id: AttemptId::from_uuid(uuid::Uuid::nil()),
        attempt_type: AttemptType::Initial,
        lease_expires_at: TimestampMs(0),
    };
    fields {
        execution_id: ExecutionId,
        lease_id: LeaseId,
        lease_epoch: LeaseEpoch,
        attempt_index: AttemptIndex,
        attempt_id: AttemptId,
        attempt_type: AttemptType,
        lease_expires_at: TimestampMs,
    }
    hash: no;
);
constructors!(PyClaimedExecution { fields required; });

data_enum!(
    /// The outcome of `ff_claim_execution`.
    PyClaimExecutionResult "ClaimExecutionResult" => ClaimExecutionResult;
    hash: no;
    units [];
    /// The execution was claimed.
    Claimed tuple { _0: ClaimedExecution }
);

value_struct!(
    /// The arguments of `ff_create_execution`. Rust derives no `PartialEq`:
    /// `==` is identity, and it is unhashable.
    PyCreateExecutionArgs "CreateExecutionArgs" => CreateExecutionArgs = CreateExecutionArgs {
        execution_id: seed_execution_id(),
        namespace: Namespace::new(""),
        lane_id: LaneId::new(""),
        execution_kind: String::new(),
        input_payload: Vec::new(),
        payload_encoding: None,
        priority: 0,
        creator_identity: String::new(),
        idempotency_key: None,
        tags: HashMap::new(),
        policy: None,
        delay_until: None,
        execution_deadline_at: None,
        partition_id: 0,
        now: TimestampMs(0),
    };
    fields {
        execution_id: ExecutionId,
        namespace: Namespace,
        lane_id: LaneId,
        execution_kind: String,
        input_payload: Vec<u8>,
        payload_encoding: Option<String>,
        priority: i32,
        creator_identity: String,
        idempotency_key: Option<String>,
        tags: HashMap<String, String>,
        policy: Option<ExecutionPolicy>,
        delay_until: Option<TimestampMs>,
        execution_deadline_at: Option<TimestampMs>,
        partition_id: u16,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyCreateExecutionArgs { fields required; });

data_enum!(
    /// The answer to `create_execution`. Exhaustive in Rust.
    PyCreateExecutionResult "CreateExecutionResult" => CreateExecutionResult closed;
    hash: no;
    units [];
    /// Execution created successfully.
    Created named { execution_id: ExecutionId, public_state: PublicState }
    /// Idempotent duplicate: the existing execution.
    Duplicate named { execution_id: ExecutionId }
);

json_methods!(PyStreamCursor, PyClaimedExecution, PyClaimExecutionResult, PyCreateExecutionArgs, PyCreateExecutionResult);

value_struct!(
    /// The body of `cancel_execution`. `lease_id` and `attempt_id` are
    /// required unless the source is `OperatorOverride` or the execution
    /// is not active.
    PyCancelExecutionArgs "CancelExecutionArgs" => CancelExecutionArgs = CancelExecutionArgs {
        execution_id: seed_execution_id(),
        reason: String::new(),
        source: CancelSource::default(),
        lease_id: None,
        lease_epoch: None,
        attempt_id: None,
        now: TimestampMs(0),
    };
    fields {
        execution_id: ExecutionId,
        reason: String,
        source: CancelSource,
        lease_id: Option<LeaseId>,
        lease_epoch: Option<LeaseEpoch>,
        attempt_id: Option<AttemptId>,
        now: TimestampMs,
    }
    hash: identity;
);
constructors!(PyCancelExecutionArgs { fields required; });

data_enum!(
    /// The answer to `cancel_execution`. Exhaustive in Rust.
    PyCancelExecutionResult "CancelExecutionResult" => CancelExecutionResult closed;
    hash: no;
    units [];
    /// Execution cancelled.
    Cancelled named { execution_id: ExecutionId, public_state: PublicState }
);
json_methods!(PyCancelExecutionArgs, PyCancelExecutionResult);
