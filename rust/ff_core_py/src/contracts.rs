//! `ff_core::contracts`: scanner products exchanged between services.

use ff_core::contracts::ReclaimGrant;
use ff_core::partition::{Partition, PartitionConfig, PartitionFamily, PartitionKey};
use ff_core::types::{ExecutionId, LaneId};
use pyo3::prelude::*;

use crate::partition::PyPartition;
use crate::support::error::Result;
use crate::support::value::{constructors, value_struct};

/// A valid execution id for seeds, whose fields every constructor replaces.
pub fn seed_execution_id() -> PyResult<ExecutionId> {
    let nil = uuid::Uuid::nil();
    Ok(ExecutionId::try_deterministic_solo(&LaneId::new(""), &PartitionConfig::default(), nil)
        .map_err(crate::support::error::Error::from)?)
}

/// A grant for seeds (`ReclaimGrant` is exhaustive, but its id has no
/// constant).
pub fn seed_grant() -> PyResult<ReclaimGrant> {
    let partition = Partition { family: PartitionFamily::Flow, index: 0 };
    Ok(ReclaimGrant {
        execution_id: seed_execution_id()?,
        partition_key: PartitionKey::from(partition),
        grant_key: String::new(),
        expires_at_ms: 0,
        lane_id: LaneId::new(""),
    })
}

value_struct!(
    /// Issued by the reclaim scanner for an interrupted execution.
    PyReclaimGrant "ReclaimGrant" => ReclaimGrant = seed_grant()?;
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
