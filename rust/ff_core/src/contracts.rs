//! Scanner products exchanged between FlowFabric services.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::partition::{Partition, PartitionKey, PartitionKeyParseError};
use crate::policy::ExecutionPolicy;
use crate::state::AttemptType;
use crate::types::{AttemptId, AttemptIndex, ExecutionId, LaneId, LeaseEpoch, LeaseId, Namespace, TimestampMs};

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

/// Issued by the scheduler: the right to claim one execution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimGrant {
    pub execution_id: ExecutionId,
    pub partition_key: PartitionKey,
    /// The Valkey key of the grant hash.
    pub grant_key: String,
    pub expires_at_ms: u64,
}

impl ClaimGrant {
    pub fn partition(&self) -> Result<Partition, PartitionKeyParseError> {
        self.partition_key.parse()
    }
}

/// Why a string is not a stream cursor.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StreamCursorParseError {
    #[error("stream cursor must not be empty")]
    Empty,
    #[error("bare marker '{0}' is not a valid stream cursor; use 'start' or 'end'")]
    BareMarkerRejected(String),
    #[error("invalid stream cursor '{0}' (expected 'start', 'end', '<ms>', or '<ms>-<seq>')")]
    Malformed(String),
}

/// A position in an attempt's output stream: `start`, `end`, or a Valkey
/// stream id `<ms>` / `<ms>-<seq>` kept verbatim.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum StreamCursor {
    Start,
    End,
    At(String),
}

impl StreamCursor {
    pub fn start() -> Self {
        Self::Start
    }

    pub fn end() -> Self {
        Self::End
    }

    /// The first entry of any stream, `0-0`.
    pub fn from_beginning() -> Self {
        Self::At("0-0".to_owned())
    }

    /// Same as [`Self::from_beginning`].
    pub fn beginning() -> Self {
        Self::from_beginning()
    }

    /// The id `XRANGE` takes: `-`, `+`, or the `At` text.
    pub fn to_wire(&self) -> &str {
        match self {
            Self::Start => "-",
            Self::End => "+",
            Self::At(id) => id,
        }
    }

    pub fn into_wire_string(self) -> String {
        match self {
            Self::At(id) => id,
            other => other.to_wire().to_owned(),
        }
    }

    /// True only for `At`.
    pub fn is_concrete(&self) -> bool {
        matches!(self, Self::At(_))
    }
}

impl fmt::Display for StreamCursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Start => f.write_str("start"),
            Self::End => f.write_str("end"),
            Self::At(id) => f.write_str(id),
        }
    }
}

impl From<StreamCursor> for String {
    fn from(cursor: StreamCursor) -> Self {
        cursor.to_string()
    }
}

/// Digits only, at least one.
fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

impl FromStr for StreamCursor {
    type Err = StreamCursorParseError;

    /// First match wins: empty; a bare `-`/`+`; `start`; `end`; non-ASCII;
    /// then `<digits>` or `<digits>-<digits>`, kept verbatim.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let malformed = || StreamCursorParseError::Malformed(text.to_owned());
        match text {
            "" => Err(StreamCursorParseError::Empty),
            "-" | "+" => Err(StreamCursorParseError::BareMarkerRejected(text.to_owned())),
            "start" => Ok(Self::Start),
            "end" => Ok(Self::End),
            _ if !text.is_ascii() => Err(malformed()),
            _ => {
                let valid = match text.split_once('-') {
                    Some((ms, seq)) => all_digits(ms) && all_digits(seq),
                    None => all_digits(text),
                };
                if valid { Ok(Self::At(text.to_owned())) } else { Err(malformed()) }
            }
        }
    }
}

impl TryFrom<String> for StreamCursor {
    type Error = StreamCursorParseError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

/// What a successful claim hands the worker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimedExecution {
    pub execution_id: ExecutionId,
    pub lease_id: LeaseId,
    pub lease_epoch: LeaseEpoch,
    pub attempt_index: AttemptIndex,
    pub attempt_id: AttemptId,
    pub attempt_type: AttemptType,
    pub lease_expires_at: TimestampMs,
}

/// The outcome of `ff_claim_execution`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ClaimExecutionResult {
    Claimed(ClaimedExecution),
}

/// The arguments of `ff_create_execution`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CreateExecutionArgs {
    pub execution_id: ExecutionId,
    pub namespace: Namespace,
    pub lane_id: LaneId,
    pub execution_kind: String,
    pub input_payload: Vec<u8>,
    #[serde(default)]
    pub payload_encoding: Option<String>,
    pub priority: i32,
    pub creator_identity: String,
    #[serde(default)]
    pub idempotency_key: Option<String>,
    #[serde(default)]
    pub tags: HashMap<String, String>,
    #[serde(default)]
    pub policy: Option<ExecutionPolicy>,
    #[serde(default)]
    pub delay_until: Option<TimestampMs>,
    #[serde(default)]
    pub execution_deadline_at: Option<TimestampMs>,
    pub partition_id: u16,
    pub now: TimestampMs,
}
