//! Usage reports: `UsageDimensions` and `AdmissionDecision`.

use std::collections::BTreeMap;

use ff_core::backend::{AdmissionDecision, UsageDimensions};

use crate::support::value::{constructors, data_enum, value_struct};

value_struct!(
    /// Usage report for `report_usage`; `custom` reads as a read-only
    /// mapping in key order.
    PyUsageDimensions "UsageDimensions" => UsageDimensions = UsageDimensions::default();
    fields {
        input_tokens: u64,
        output_tokens: u64,
        wall_ms: Option<u64>,
        custom: BTreeMap<String, u64>,
    }
    hash: no;
);
constructors!(PyUsageDimensions { keywords; });

data_enum!(
    /// Admission outcome of `report_usage`. `#[non_exhaustive]`: keep
    /// `case _:` when matching.
    PyAdmissionDecision "AdmissionDecision" => AdmissionDecision;
    hash: no;
    units [Admitted];
    /// Rate-limited or concurrency-capped; retry after the interval.
    Throttled named { retry_after_ms: u64 }
    /// Rejected outright: budget exhausted or policy violation.
    Rejected named { reason: String }
);
