//! Completion events and resume signals.

use ff_core::backend::{CompletionPayload, ResumeSignal};
use ff_core::types::{ExecutionId, FlowId, SignalId, TimestampMs};

use crate::support::seed::seed;
use crate::support::value::{constructors, value_struct};
use crate::types::PyFlowId;

value_struct!(
    /// One completion event delivered through the `CompletionStream`.
    PyCompletionPayload "CompletionPayload" => CompletionPayload =
        CompletionPayload::new(seed(), "", None, TimestampMs(0));
    fields {
        execution_id: ExecutionId,
        outcome: String,
        payload_bytes: Option<Vec<u8>>,
        produced_at_ms: TimestampMs,
        flow_id: Option<FlowId>,
    }
    hash: no;
);
constructors!(PyCompletionPayload { new(execution_id, outcome, payload_bytes, produced_at_ms); });

#[pyo3::pymethods]
impl PyCompletionPayload {
    /// A new payload with the flow handle attached.
    fn with_flow_id(&self, flow_id: &pyo3::Bound<'_, PyFlowId>) -> pyo3::PyResult<Self> {
        self.with(flow_id.py(), [(Self::index("flow_id"), flow_id.clone().into_any())])
    }
}
crate::support::surface::members!(PyCompletionPayload, 3, "def with_flow_id(self, flow_id: FlowId) -> CompletionPayload: ...\n");

value_struct!(
    /// A signal that satisfied a waitpoint matcher. Exhaustive in Rust:
    /// the constructor takes every field.
    PyResumeSignal "ResumeSignal" => ResumeSignal = ResumeSignal {
        signal_id: SignalId::from_uuid(uuid::Uuid::nil()),
        signal_name: String::new(),
        signal_category: String::new(),
        source_type: String::new(),
        source_identity: String::new(),
        correlation_id: String::new(),
        accepted_at: TimestampMs(0),
        payload: None,
    };
    fields {
        signal_id: SignalId,
        signal_name: String,
        signal_category: String,
        source_type: String,
        source_identity: String,
        correlation_id: String,
        accepted_at: TimestampMs,
        payload: Option<Vec<u8>>,
    }
    hash: no;
);
constructors!(PyResumeSignal { fields required; });
