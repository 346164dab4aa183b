//! Scanner products exchanged between FlowFabric services.

use crate::partition::{Partition, PartitionKey, PartitionKeyParseError};
use crate::types::{ExecutionId, LaneId};

/// Issued by the reclaim scanner for an interrupted execution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReclaimGrant {
    pub execution_id: ExecutionId,
    pub partition_key: PartitionKey,
    /// The Valkey key of the grant hash.
    pub grant_key: String,
    pub expires_at_ms: u64,
    pub lane_id: LaneId,
}

impl ReclaimGrant {
    pub fn partition(&self) -> Result<Partition, PartitionKeyParseError> {
        self.partition_key.parse()
    }
}
