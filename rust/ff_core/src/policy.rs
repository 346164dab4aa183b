//! Execution policy: retries, timeouts, suspension, fallback, routing and
//! stream retention, as `CreateExecutionArgs` carries them.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::types::{BudgetId, TimestampMs};

/// Most bytes a worker's capability list may take.
pub const CAPS_MAX_BYTES: usize = 4096;
/// Most capability tokens a worker may advertise.
pub const CAPS_MAX_TOKENS: usize = 256;

fn default_max_reclaim_count() -> u32 {
    100
}
fn default_max_replay_count() -> u32 {
    10
}
fn default_max_signals_per_execution() -> u32 {
    10_000
}
fn default_max_retries() -> u32 {
    3
}
fn default_timeout_behavior() -> String {
    "fail".to_owned()
}
fn default_durability_mode() -> String {
    "buffered".to_owned()
}
fn default_retention_maxlen() -> u64 {
    10_000
}

/// Everything that governs how an execution runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExecutionPolicy {
    #[serde(default)]
    pub priority: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delay_until: Option<TimestampMs>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_policy: Option<RetryPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_policy: Option<TimeoutPolicy>,
    #[serde(default = "default_max_reclaim_count")]
    pub max_reclaim_count: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspension_policy: Option<SuspensionPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback_policy: Option<FallbackPolicy>,
    #[serde(default = "default_max_replay_count")]
    pub max_replay_count: u32,
    #[serde(default)]
    pub budget_ids: Vec<BudgetId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_requirements: Option<RoutingRequirements>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dedup_window_ms: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_policy: Option<StreamPolicy>,
    #[serde(default = "default_max_signals_per_execution")]
    pub max_signals_per_execution: u32,
}

impl Default for ExecutionPolicy {
    fn default() -> Self {
        Self {
            priority: 0,
            delay_until: None,
            retry_policy: None,
            timeout_policy: None,
            max_reclaim_count: default_max_reclaim_count(),
            suspension_policy: None,
            fallback_policy: None,
            max_replay_count: default_max_replay_count(),
            budget_ids: Vec::new(),
            routing_requirements: None,
            dedup_window_ms: None,
            stream_policy: None,
            max_signals_per_execution: default_max_signals_per_execution(),
        }
    }
}

/// How failed attempts are retried.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RetryPolicy {
    #[serde(default = "default_max_retries")]
    pub max_retries: u32,
    #[serde(default)]
    pub backoff: BackoffStrategy,
    #[serde(default)]
    pub retryable_categories: Vec<String>,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_retries: default_max_retries(),
            backoff: BackoffStrategy::default(),
            retryable_categories: Vec::new(),
        }
    }
}

/// The delay between retries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum BackoffStrategy {
    Fixed {
        delay_ms: u64,
    },
    Exponential {
        initial_delay_ms: u64,
        max_delay_ms: u64,
        multiplier: f64,
        #[serde(default)]
        jitter: bool,
    },
}

impl Default for BackoffStrategy {
    fn default() -> Self {
        Self::Exponential { initial_delay_ms: 1000, max_delay_ms: 60_000, multiplier: 2.0, jitter: false }
    }
}

/// Attempt and execution deadlines.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeoutPolicy {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempt_timeout_ms: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_deadline_ms: Option<u64>,
    #[serde(default = "default_max_reclaim_count")]
    pub max_reclaim_count: u32,
}

/// What happens when a suspension times out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SuspensionPolicy {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_timeout_ms: Option<u64>,
    #[serde(default = "default_timeout_behavior")]
    pub timeout_behavior: String,
}

/// Providers to fall back to, in order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FallbackPolicy {
    pub tiers: Vec<FallbackTier>,
}

/// One provider and model to fall back to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FallbackTier {
    pub provider: String,
    pub model: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<u64>,
}

/// Where an execution may run.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RoutingRequirements {
    #[serde(default)]
    pub required_capabilities: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_locality: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub isolation_level: Option<String>,
}

/// How an execution's output stream is kept.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StreamPolicy {
    #[serde(default = "default_durability_mode")]
    pub durability_mode: String,
    #[serde(default = "default_retention_maxlen")]
    pub retention_maxlen: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_ttl_ms: Option<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_json() {
        assert_eq!(
            serde_json::to_string(&ExecutionPolicy::default()).unwrap(),
            r#"{"priority":0,"max_reclaim_count":100,"max_replay_count":10,"budget_ids":[],"max_signals_per_execution":10000}"#
        );
        assert_eq!(serde_json::from_str::<ExecutionPolicy>("{}").unwrap(), ExecutionPolicy::default());
    }

    #[test]
    fn backoff() {
        let fixed: BackoffStrategy = serde_json::from_str(r#"{"type":"fixed","delay_ms":5000}"#).unwrap();
        assert_eq!(fixed, BackoffStrategy::Fixed { delay_ms: 5000 });
        assert_eq!(format!("{fixed:?}"), "Fixed { delay_ms: 5000 }");
        let exp: BackoffStrategy =
            serde_json::from_str(r#"{"type":"exponential","initial_delay_ms":1,"max_delay_ms":2,"multiplier":3}"#)
                .unwrap();
        assert_eq!(
            serde_json::to_string(&exp).unwrap(),
            r#"{"type":"exponential","initial_delay_ms":1,"max_delay_ms":2,"multiplier":3.0,"jitter":false}"#
        );
        let routing = RoutingRequirements {
            required_capabilities: ["b", "a", "b"].into_iter().map(String::from).collect(),
            ..RoutingRequirements::default()
        };
        assert_eq!(
            format!("{routing:?}"),
            r#"RoutingRequirements { required_capabilities: {"a", "b"}, preferred_locality: None, isolation_level: None }"#
        );
    }
}
