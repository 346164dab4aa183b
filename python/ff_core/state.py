"""``ff_core::state``: the state enums of an execution and the public
state derived from them. All are exhaustive in Rust.

The variants named ``None`` (``BlockingReason``, ``TerminalOutcome``,
``AttemptState``) are class attributes literally named ``None``: Python
syntax forbids ``BlockingReason.None``, so reach them with
``getattr(BlockingReason, "None")`` or from JSON (``"none"``).
"""

from ff_core._ff_core import (
    AttemptLifecycle,
    AttemptState,
    AttemptType,
    BlockingReason,
    EligibilityState,
    LaneState,
    LifecyclePhase,
    OwnershipState,
    PublicState,
    StateVector,
    TerminalOutcome,
)

__all__ = [
    "AttemptLifecycle",
    "AttemptState",
    "AttemptType",
    "BlockingReason",
    "EligibilityState",
    "LaneState",
    "LifecyclePhase",
    "OwnershipState",
    "PublicState",
    "StateVector",
    "TerminalOutcome",
]
