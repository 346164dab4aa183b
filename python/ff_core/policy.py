"""``ff_core::policy``: how an execution runs, as ``CreateExecutionArgs``
carries it."""

from ff_core._ff_core import (
    CAPS_MAX_BYTES,
    CAPS_MAX_TOKENS,
    BackoffStrategy,
    ExecutionPolicy,
    FallbackPolicy,
    FallbackTier,
    RetryPolicy,
    RoutingRequirements,
    StreamPolicy,
    SuspensionPolicy,
    TimeoutPolicy,
)

__all__ = [
    "CAPS_MAX_BYTES",
    "CAPS_MAX_TOKENS",
    "BackoffStrategy",
    "ExecutionPolicy",
    "FallbackPolicy",
    "FallbackTier",
    "RetryPolicy",
    "RoutingRequirements",
    "StreamPolicy",
    "SuspensionPolicy",
    "TimeoutPolicy",
]
