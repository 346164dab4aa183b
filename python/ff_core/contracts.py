"""``ff_core::contracts``: products exchanged between FlowFabric services."""

from ff_core._ff_core import (
    ClaimedExecution,
    ClaimExecutionResult,
    ClaimGrant,
    CreateExecutionArgs,
    ReclaimGrant,
    StreamCursor,
    StreamCursorParseError,
)

__all__ = [
    "ClaimExecutionResult",
    "ClaimGrant",
    "ClaimedExecution",
    "CreateExecutionArgs",
    "ReclaimGrant",
    "StreamCursor",
    "StreamCursorParseError",
]
