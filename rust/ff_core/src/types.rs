//! Identifiers, timestamps and the waitpoint token.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};
use uuid::Uuid;

use crate::partition::{PartitionConfig, PartitionCountError, try_flow_partition, try_solo_partition};

// ── Namespace ───────────────────────────────────────────────────────────

/// Tenant or workspace scope.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Namespace(pub String);

impl Namespace {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Namespace {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl From<String> for Namespace {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl fmt::Display for Namespace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

// ── LaneId ──────────────────────────────────────────────────────────────

/// Longest lane id `LaneId::try_new` accepts, in UTF-8 bytes.
pub const LANE_ID_MAX_BYTES: usize = 64;

/// Why a lane id failed validation.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LaneIdError {
    #[error("lane_id is empty")]
    Empty,
    #[error("lane_id exceeds 64 bytes (got {0})")]
    TooLong(usize),
    #[error("lane_id contains non-ASCII-printable byte at index {0}")]
    NonPrintable(usize),
}

/// Submission lane.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct LaneId(pub String);

impl LaneId {
    /// Wrap without validation, for literals such as `"default"`.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// Wrap after checking emptiness, length, then printability.
    pub fn try_new(value: impl Into<String>) -> Result<Self, LaneIdError> {
        let value = value.into();
        if value.is_empty() {
            return Err(LaneIdError::Empty);
        }
        if value.len() > LANE_ID_MAX_BYTES {
            return Err(LaneIdError::TooLong(value.len()));
        }
        if let Some(index) = value.bytes().position(|b| !(0x20..=0x7e).contains(&b)) {
            return Err(LaneIdError::NonPrintable(index));
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for LaneId {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl From<String> for LaneId {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl fmt::Display for LaneId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for LaneId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Self::try_new(raw).map_err(serde::de::Error::custom)
    }
}

// ── UUID-backed identifiers ─────────────────────────────────────────────

/// Defines a UUID newtype: random `new()`, `from_uuid`, `parse`,
/// `as_bytes`, hyphenated `Display`. One macro so every id behaves alike.
macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// Mint a random (v4) id.
            pub fn new() -> Self {
                Self(Uuid::new_v4())
            }

            pub fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }

            /// Accepts every form `Uuid::parse_str` accepts.
            pub fn parse(value: &str) -> Result<Self, uuid::Error> {
                Uuid::parse_str(value).map(Self)
            }

            pub fn as_bytes(&self) -> &[u8; 16] {
                self.0.as_bytes()
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0.hyphenated(), f)
            }
        }
    };
}

uuid_id!(
    /// Identity of a flow (a DAG of executions).
    FlowId
);
uuid_id!(
    /// Identity of a delivered signal.
    SignalId
);

// ── ExecutionId ─────────────────────────────────────────────────────────

/// Why a string is not an execution id.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExecutionIdParseError {
    #[error("execution_id is missing the `{{fp:N}}:` hash-tag prefix: {0}")]
    MissingTag(String),
    #[error("execution_id partition index is not a valid u16: {0}")]
    InvalidPartitionIndex(String),
    #[error("execution_id UUID suffix is not a valid UUID: {0}")]
    InvalidUuid(String),
}

/// Hash-tagged execution identity, `{fp:N}:<uuid>`, where `N` is the flow
/// partition the execution co-locates with.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct ExecutionId(String);

const EXECUTION_TAG_PREFIX: &str = "{fp:";

impl ExecutionId {
    /// Mint a random id in the flow's partition.
    ///
    /// # Panics
    /// If `config.num_flow_partitions` is 0; see [`Self::try_for_flow`].
    pub fn for_flow(flow: &FlowId, config: &PartitionConfig) -> Self {
        Self::try_for_flow(flow, config).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Mint a random id in the lane's solo partition.
    ///
    /// # Panics
    /// If `config.num_flow_partitions` is 0; see [`Self::try_solo`].
    pub fn solo(lane: &LaneId, config: &PartitionConfig) -> Self {
        Self::try_solo(lane, config).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The same flow, config and uuid always give the same id.
    ///
    /// # Panics
    /// If `config.num_flow_partitions` is 0.
    pub fn deterministic_for_flow(flow: &FlowId, config: &PartitionConfig, uuid: Uuid) -> Self {
        Self::try_deterministic_for_flow(flow, config, uuid).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The same lane, config and uuid always give the same id.
    ///
    /// # Panics
    /// If `config.num_flow_partitions` is 0.
    pub fn deterministic_solo(lane: &LaneId, config: &PartitionConfig, uuid: Uuid) -> Self {
        Self::try_deterministic_solo(lane, config, uuid).unwrap_or_else(|e| panic!("{e}"))
    }

    /// [`Self::for_flow`] that reports a zero partition count instead of panicking.
    pub fn try_for_flow(flow: &FlowId, config: &PartitionConfig) -> Result<Self, PartitionCountError> {
        Self::try_deterministic_for_flow(flow, config, Uuid::new_v4())
    }

    /// [`Self::solo`] that reports a zero partition count instead of panicking.
    pub fn try_solo(lane: &LaneId, config: &PartitionConfig) -> Result<Self, PartitionCountError> {
        Self::try_deterministic_solo(lane, config, Uuid::new_v4())
    }

    pub fn try_deterministic_for_flow(
        flow: &FlowId,
        config: &PartitionConfig,
        uuid: Uuid,
    ) -> Result<Self, PartitionCountError> {
        Ok(Self::mint(try_flow_partition(flow, config)?.index, uuid))
    }

    pub fn try_deterministic_solo(
        lane: &LaneId,
        config: &PartitionConfig,
        uuid: Uuid,
    ) -> Result<Self, PartitionCountError> {
        Ok(Self::mint(try_solo_partition(lane, config)?.index, uuid))
    }

    fn mint(partition: u16, uuid: Uuid) -> Self {
        Self(format!("{{fp:{partition}}}:{}", uuid.hyphenated()))
    }

    /// Validate `{fp:N}:<uuid>`; the input is kept verbatim.
    pub fn parse(value: &str) -> Result<Self, ExecutionIdParseError> {
        let (index, uuid) = split_tag(value)?;
        index
            .parse::<u16>()
            .map_err(|_| ExecutionIdParseError::InvalidPartitionIndex(index.to_owned()))?;
        Uuid::parse_str(uuid).map_err(|_| ExecutionIdParseError::InvalidUuid(uuid.to_owned()))?;
        Ok(Self(value.to_owned()))
    }

    /// The flow-partition index from the hash tag.
    ///
    /// # Panics
    /// Never: every constructor validates the tag.
    pub fn partition(&self) -> u16 {
        split_tag(&self.0)
            .ok()
            .and_then(|(index, _)| index.parse().ok())
            .expect("an ExecutionId is validated when it is built")
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Split `{fp:N}:<rest>` into `(N, rest)` without validating either part.
fn split_tag(value: &str) -> Result<(&str, &str), ExecutionIdParseError> {
    let missing = || ExecutionIdParseError::MissingTag(value.to_owned());
    let body = value.strip_prefix(EXECUTION_TAG_PREFIX).ok_or_else(missing)?;
    body.split_once("}:").ok_or_else(missing)
}

impl fmt::Display for ExecutionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for ExecutionId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Self::parse(&raw).map_err(serde::de::Error::custom)
    }
}

// ── TimestampMs ─────────────────────────────────────────────────────────

/// Unix epoch milliseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TimestampMs(pub i64);

impl TimestampMs {
    /// The wall clock now; saturates rather than wrapping on absurd clocks.
    pub fn now() -> Self {
        let since_epoch = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        Self(i64::try_from(since_epoch.as_millis()).unwrap_or(i64::MAX))
    }

    pub fn from_millis(millis: i64) -> Self {
        Self(millis)
    }
}

impl fmt::Display for TimestampMs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

// ── WaitpointToken ──────────────────────────────────────────────────────

/// Bearer credential `kid:<40 hex>`. `Debug` and `Display` never print
/// the digest: anyone who reads it from a log could forge signals.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WaitpointToken(pub String);

impl WaitpointToken {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The raw token: the one deliberate way to reach the secret.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `(kid, digest length in bytes)`, or `None` when malformed.
    fn redacted_parts(&self) -> Option<(&str, usize)> {
        let i = self.0.find(':')?;
        (i > 0 && i < self.0.len() - 1).then(|| (&self.0[..i], self.0.len() - i - 1))
    }
}

impl From<&str> for WaitpointToken {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl From<String> for WaitpointToken {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl fmt::Display for WaitpointToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.redacted_parts() {
            Some((kid, digest_len)) => write!(f, "{kid}:<REDACTED:len={digest_len}>"),
            None => f.write_str("<REDACTED:malformed>"),
        }
    }
}

impl fmt::Debug for WaitpointToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WaitpointToken({self})")
    }
}
