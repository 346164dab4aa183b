"""``ff_core::types``: identifiers, the timestamp and the waitpoint token."""

from ff_core._ff_core import (
    LANE_ID_MAX_BYTES,
    ExecutionId,
    ExecutionIdParseError,
    FlowId,
    LaneId,
    LaneIdError,
    Namespace,
    SignalId,
    TimestampMs,
    WaitpointToken,
)

__all__ = [
    "LANE_ID_MAX_BYTES",
    "ExecutionId",
    "ExecutionIdParseError",
    "FlowId",
    "LaneId",
    "LaneIdError",
    "Namespace",
    "SignalId",
    "TimestampMs",
    "WaitpointToken",
]
