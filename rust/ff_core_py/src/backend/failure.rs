//! Failure types: `FailureReason`, `FailureClass`, `FailOutcome`.

use ff_core::backend::{FailOutcome, FailureClass, FailureReason};
use ff_core::types::TimestampMs;

use crate::support::value::{constructors, data_enum, unit_enum, value_struct};

value_struct!(
    /// Human-readable failure description and optional structured detail.
    PyFailureReason "FailureReason" => FailureReason = FailureReason::new("");
    fields { message: String, detail: Option<Vec<u8>> }
    hash: no;
);
constructors!(PyFailureReason { new(message); with_detail(message, detail: Vec<u8>); });

unit_enum!(
    /// Failure classification, which decides retry disposition.
    PyFailureClass "FailureClass" => FailureClass [Transient, Permanent, InfraCrash, Timeout, Cancelled]
);

data_enum!(
    /// Outcome of a `fail()` call. Exhaustive in Rust.
    PyFailOutcome "FailOutcome" => FailOutcome closed;
    hash: no;
    units [TerminalFailed];
    /// Retry was scheduled: the execution is in delayed backoff.
    RetryScheduled named { delay_until: TimestampMs }
);
