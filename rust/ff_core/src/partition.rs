//! Partitions: which Valkey cluster slot family and index a key lives in.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::types::{BudgetId, ExecutionId, FlowId, LaneId, QuotaPolicyId};

/// The CRC Valkey Cluster uses for slots: CRC-16/XMODEM. A `static`, not
/// a `const`: each use of a `const` copies its 512-byte table.
static CRC16: crc::Crc<u16> = crc::Crc::<u16>::new(&crc::CRC_16_XMODEM);

/// What a partition shards. `Flow` and `Execution` route alike (prefix
/// `fp`) so an execution co-locates with its flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartitionFamily {
    Flow,
    Execution,
    Budget,
    Quota,
}

impl PartitionFamily {
    /// The hash-tag prefix: `fp`, `b` or `q`.
    pub fn prefix(self) -> &'static str {
        match self {
            Self::Flow | Self::Execution => "fp",
            Self::Budget => "b",
            Self::Quota => "q",
        }
    }
}

/// How many partitions each family has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartitionConfig {
    pub num_flow_partitions: u16,
    pub num_budget_partitions: u16,
    pub num_quota_partitions: u16,
}

impl Default for PartitionConfig {
    fn default() -> Self {
        Self { num_flow_partitions: 256, num_budget_partitions: 32, num_quota_partitions: 32 }
    }
}

impl PartitionConfig {
    /// The partition count of a family; `Execution` shares the flow count.
    pub fn count_for(&self, family: PartitionFamily) -> u16 {
        match family {
            PartitionFamily::Flow | PartitionFamily::Execution => self.num_flow_partitions,
            PartitionFamily::Budget => self.num_budget_partitions,
            PartitionFamily::Quota => self.num_quota_partitions,
        }
    }
}

/// A partition count of zero, which upstream would divide by.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PartitionCountError {
    #[error("partition count for {0:?} is 0; it must be at least 1")]
    Zero(PartitionFamily),
}

/// One partition of one family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Partition {
    pub family: PartitionFamily,
    pub index: u16,
}

impl Partition {
    /// `{prefix:index}`, e.g. `{fp:7}`.
    pub fn hash_tag(&self) -> String {
        // One allocation and no formatter: every key is built from this.
        let mut tag = String::with_capacity(10);
        tag.push('{');
        tag.push_str(self.family.prefix());
        tag.push(':');
        tag.push_str(itoa::Buffer::new().format(self.index));
        tag.push('}');
        tag
    }
}

impl fmt::Display for Partition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.hash_tag())
    }
}

/// Why a string is not a partition key.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PartitionKeyParseError {
    #[error("partition key must be wrapped in '{{...}}'")]
    MissingBraces,
    #[error("partition key body must be '<prefix>:<index>'")]
    MalformedBody,
    #[error("unknown partition family prefix '{0}' (expected 'fp', 'b', 'q')")]
    UnknownFamilyPrefix(String),
    #[error("partition index '{0}' is not a valid u16")]
    InvalidIndex(String),
}

/// The opaque wire form of a partition, its hash tag.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PartitionKey(String);

impl PartitionKey {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Decode the key. `Execution` comes back as `Flow`: both use `fp`.
    pub fn parse(&self) -> Result<Partition, PartitionKeyParseError> {
        Partition::try_from(self)
    }

    /// Same as [`Self::parse`].
    pub fn as_partition(&self) -> Result<Partition, PartitionKeyParseError> {
        self.parse()
    }
}

/// Remove one `{` and one `}`, split at the first `:`, map the prefix
/// (case-sensitive), parse the rest as a Rust `u16` (`+` and leading
/// zeros allowed).
impl TryFrom<&PartitionKey> for Partition {
    type Error = PartitionKeyParseError;

    fn try_from(key: &PartitionKey) -> Result<Self, Self::Error> {
        let body = key
            .0
            .strip_prefix('{')
            .and_then(|rest| rest.strip_suffix('}'))
            .ok_or(PartitionKeyParseError::MissingBraces)?;
        let (prefix, index) = body.split_once(':').ok_or(PartitionKeyParseError::MalformedBody)?;
        let family = match prefix {
            "fp" => PartitionFamily::Flow,
            "b" => PartitionFamily::Budget,
            "q" => PartitionFamily::Quota,
            other => return Err(PartitionKeyParseError::UnknownFamilyPrefix(other.to_owned())),
        };
        let index = index.parse::<u16>().map_err(|_| PartitionKeyParseError::InvalidIndex(index.to_owned()))?;
        Ok(Self { family, index })
    }
}

impl From<&Partition> for PartitionKey {
    fn from(partition: &Partition) -> Self {
        Self(partition.hash_tag())
    }
}

impl From<Partition> for PartitionKey {
    fn from(partition: Partition) -> Self {
        Self::from(&partition)
    }
}

impl fmt::Display for PartitionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn crc_partition(
    family: PartitionFamily,
    bytes: &[u8],
    config: PartitionConfig,
) -> Result<Partition, PartitionCountError> {
    match config.count_for(family) {
        0 => Err(PartitionCountError::Zero(family)),
        count => Ok(Partition { family, index: CRC16.checksum(bytes) % count }),
    }
}

/// The flow's partition: CRC-16 of the UUID's 16 raw bytes.
pub fn try_flow_partition(flow: &FlowId, config: &PartitionConfig) -> Result<Partition, PartitionCountError> {
    crc_partition(PartitionFamily::Flow, flow.as_bytes(), *config)
}

/// Picks a lane's execution partition. The contract (not enforced):
/// deterministic, and the result lies in `0..config.num_flow_partitions`.
pub trait SoloPartitioner: Send + Sync {
    fn partition_for_lane(&self, lane: &LaneId, config: &PartitionConfig) -> u16;
}

/// The default partitioner: CRC-16 of the lane's UTF-8 bytes.
#[derive(Clone, Copy, Debug, Default)]
pub struct Crc16SoloPartitioner;

impl Crc16SoloPartitioner {
    /// [`SoloPartitioner::partition_for_lane`] that reports a zero count.
    pub fn try_partition_for_lane(self, lane: &LaneId, config: &PartitionConfig) -> Result<u16, PartitionCountError> {
        try_solo_partition_of_text(lane.as_str(), config).map(|p| p.index)
    }
}

impl SoloPartitioner for Crc16SoloPartitioner {
    /// # Panics
    /// If `config.num_flow_partitions` is 0, as upstream does.
    fn partition_for_lane(&self, lane: &LaneId, config: &PartitionConfig) -> u16 {
        self.try_partition_for_lane(lane, config)
            .unwrap_or_else(|_| panic!("num_flow_partitions must be > 0 (division by zero)"))
    }
}

/// The lane's partition by `partitioner`, as is: no range or zero check.
pub fn solo_partition_with(lane: &LaneId, config: &PartitionConfig, partitioner: &dyn SoloPartitioner) -> Partition {
    Partition { family: PartitionFamily::Execution, index: partitioner.partition_for_lane(lane, config) }
}

/// The lane's solo partition: CRC-16 of the lane's UTF-8 bytes.
pub fn try_solo_partition(lane: &LaneId, config: &PartitionConfig) -> Result<Partition, PartitionCountError> {
    try_solo_partition_of_text(lane.as_str(), config)
}

/// [`try_solo_partition`] of a lane's text, for callers that hold the
/// text without a `LaneId` (the Python binding keeps lanes as `str`).
pub fn try_solo_partition_of_text(lane: &str, config: &PartitionConfig) -> Result<Partition, PartitionCountError> {
    crc_partition(PartitionFamily::Execution, lane.as_bytes(), *config)
}

/// The budget's partition: CRC-16 of the UUID's 16 raw bytes.
pub fn try_budget_partition(budget: &BudgetId, config: &PartitionConfig) -> Result<Partition, PartitionCountError> {
    crc_partition(PartitionFamily::Budget, budget.as_bytes(), *config)
}

/// The quota policy's partition: CRC-16 of the UUID's 16 raw bytes.
pub fn try_quota_partition(quota: &QuotaPolicyId, config: &PartitionConfig) -> Result<Partition, PartitionCountError> {
    crc_partition(PartitionFamily::Quota, quota.as_bytes(), *config)
}

/// # Panics
/// If `config.num_budget_partitions` is 0; see [`try_budget_partition`].
pub fn budget_partition(budget: &BudgetId, config: &PartitionConfig) -> Partition {
    try_budget_partition(budget, config).unwrap_or_else(|e| panic!("{e}"))
}

/// # Panics
/// If `config.num_quota_partitions` is 0; see [`try_quota_partition`].
pub fn quota_partition(quota: &QuotaPolicyId, config: &PartitionConfig) -> Partition {
    try_quota_partition(quota, config).unwrap_or_else(|e| panic!("{e}"))
}

/// # Panics
/// If `config.num_flow_partitions` is 0; see [`try_flow_partition`].
pub fn flow_partition(flow: &FlowId, config: &PartitionConfig) -> Partition {
    try_flow_partition(flow, config).unwrap_or_else(|e| panic!("{e}"))
}

/// # Panics
/// If `config.num_flow_partitions` is 0; see [`try_solo_partition`].
pub fn solo_partition(lane: &LaneId, config: &PartitionConfig) -> Partition {
    try_solo_partition(lane, config).unwrap_or_else(|e| panic!("{e}"))
}

/// The execution's partition, read from its hash tag (no re-hashing).
/// `config` is unused but kept: the signature matches upstream.
#[allow(clippy::trivially_copy_pass_by_ref)]
pub fn execution_partition(eid: &ExecutionId, _config: &PartitionConfig) -> Partition {
    Partition { family: PartitionFamily::Execution, index: eid.partition() }
}
