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
uuid_id!(
    /// Identity of a budget.
    BudgetId
);
uuid_id!(
    /// Identity of a quota policy.
    QuotaPolicyId
);
uuid_id!(
    /// Identity of one lease on an execution.
    LeaseId
);
uuid_id!(
    /// Identity of one attempt of an execution.
    AttemptId
);
uuid_id!(
    /// Identity of a waitpoint.
    WaitpointId
);
uuid_id!(
    /// Identity of one suspension of an execution.
    SuspensionId
);
uuid_id!(
    /// Identity of a dependency edge between executions.
    EdgeId
);

// ── String-backed identifiers ───────────────────────────────────────────

/// Defines a string newtype like `Namespace`: `new` never validates,
/// `as_str`, `From<&str>`/`From<String>`, `Display` is the raw text.
macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn new(value: impl Into<String>) -> Self {
                Self(value.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                Self::new(value)
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                Self(value)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

string_id!(
    /// A logical worker.
    WorkerId
);
string_id!(
    /// One worker process.
    WorkerInstanceId
);
string_id!(
    /// Opaque token that resolves to a waitpoint for signal delivery.
    WaitpointKey
);

// ── Lease epochs and attempt indexes ────────────────────────────────────

/// Defines a counter newtype: `new`, `next` (one more), `Display` the number.
macro_rules! counter {
    ($(#[$doc:meta])* $name:ident($int:ty)) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub $int);

        impl $name {
            pub fn new(value: $int) -> Self {
                Self(value)
            }

            /// The next value, or `None` at the maximum.
            pub fn try_next(self) -> Option<Self> {
                self.0.checked_add(1).map(Self)
            }

            /// The next value.
            ///
            /// # Panics
            /// At the maximum, where upstream panics in a debug build and
            /// wraps to 0 in release; see [`Self::try_next`].
            #[must_use]
            pub fn next(self) -> Self {
                self.try_next().unwrap_or_else(|| panic!("{} overflow at {}", stringify!($name), self.0))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }
    };
}

counter!(
    /// Fencing token: grows by one per lease issued on an execution.
    LeaseEpoch(u64)
);
counter!(
    /// Zero-based attempt number.
    AttemptIndex(u32)
);

/// Proof of lease ownership, passed by every lease-bound call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaseFence {
    pub lease_id: LeaseId,
    pub lease_epoch: LeaseEpoch,
    pub attempt_id: AttemptId,
}

// ── CancelSource ────────────────────────────────────────────────────────

/// Who asked for a cancellation. JSON is the snake_case name, or the
/// `Custom` text itself; any other string reads back as `Custom`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CancelSource {
    #[default]
    OperatorOverride,
    LeaseHolder,
    FlowCascade,
    SystemTimeout,
    #[serde(untagged)]
    Custom(String),
}

impl CancelSource {
    pub fn as_str(&self) -> &str {
        match self {
            Self::OperatorOverride => "operator_override",
            Self::LeaseHolder => "lease_holder",
            Self::FlowCascade => "flow_cascade",
            Self::SystemTimeout => "system_timeout",
            Self::Custom(text) => text,
        }
    }
}

impl fmt::Display for CancelSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Never fails: the four names give their variants, anything else `Custom`.
impl std::str::FromStr for CancelSource {
    type Err = std::convert::Infallible;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(match text {
            "operator_override" => Self::OperatorOverride,
            "lease_holder" => Self::LeaseHolder,
            "flow_cascade" => Self::FlowCascade,
            "system_timeout" => Self::SystemTimeout,
            other => Self::Custom(other.to_owned()),
        })
    }
}

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
        index.parse::<u16>().map_err(|_| ExecutionIdParseError::InvalidPartitionIndex(index.to_owned()))?;
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
        let since_epoch = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
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
