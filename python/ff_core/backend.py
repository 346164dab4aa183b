"""``ff_core::backend``: the types of the ``EngineBackend`` trait signatures.

Enums marked ``#[non_exhaustive]`` in Rust (every enum here except
``FailOutcome``) may gain variants: keep a ``case _:`` arm when matching.
"""

from typing import TYPE_CHECKING

from ff_core._ff_core import (
    AdmissionDecision,
    BackendConfig,
    BackendConnection,
    BackendRetry,
    BackendTag,
    BackendTimeouts,
    CancelFlowPolicy,
    CancelFlowWait,
    CapabilitySet,
    ClaimPolicy,
    CompletionPayload,
    FailOutcome,
    FailureClass,
    FailureReason,
    Frame,
    FrameKind,
    Handle,
    HandleKind,
    HandleOpaque,
    LeaseRenewal,
    ReclaimToken,
    ResumeSignal,
    ScannerFilter,
    UsageDimensions,
    ValkeyConnection,
    WaitpointHmac,
    WaitpointKind,
    WaitpointSpec,
)

if TYPE_CHECKING:
    # The union of FailOutcome's variants, for exhaustive `match` checks.
    from ff_core._ff_core import FailOutcomeVariant
else:
    FailOutcomeVariant = FailOutcome

__all__ = [
    "AdmissionDecision",
    "BackendConfig",
    "BackendConnection",
    "BackendRetry",
    "BackendTag",
    "BackendTimeouts",
    "CancelFlowPolicy",
    "CancelFlowWait",
    "CapabilitySet",
    "ClaimPolicy",
    "CompletionPayload",
    "FailOutcome",
    "FailOutcomeVariant",
    "FailureClass",
    "FailureReason",
    "Frame",
    "FrameKind",
    "Handle",
    "HandleKind",
    "HandleOpaque",
    "LeaseRenewal",
    "ReclaimToken",
    "ResumeSignal",
    "ScannerFilter",
    "UsageDimensions",
    "ValkeyConnection",
    "WaitpointHmac",
    "WaitpointKind",
    "WaitpointSpec",
]
