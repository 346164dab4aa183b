"""What no declaration in the binding can express, written by hand.

- ``CompletionStream``: a Rust type alias, as a ``TypeAlias``.
- ``SoloPartitioner``, ``EngineBackend`` and ``CompletionBackend``: Rust
  traits a Python class implements, as protocols (``ff_core.partition``,
  ``ff_core.engine_backend`` and ``ff_core.completion_backend`` export
  them). An ``async fn`` is an ``async def``; ``Result<T, EngineError>``
  returns ``T`` and raises ``EngineError``; ``Option<T>`` is ``T | None``;
  ``CompletionStream`` is an ``AsyncIterator[CompletionPayload]``.
- ``_ClosedEnumMeta`` exists for the type checker only: the stubs type
  exhaustive Rust enums as ``enum.Enum`` (mypy checks a ``match`` as
  exhaustive only over enum literals), and this metaclass rejects what the
  run-time class of singletons cannot do.

The generated stubs import these names from here.
"""

from __future__ import annotations

import enum
from collections.abc import AsyncIterator, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Protocol, TypeAlias, runtime_checkable

from ff_core._ff_core import CompletionPayload as _CompletionPayload

if TYPE_CHECKING:
    from ff_core.backend import (
        AdmissionDecision,
        CancelFlowPolicy,
        CancelFlowWait,
        CapabilitySet,
        ClaimPolicy,
        FailOutcome,
        FailureClass,
        FailureReason,
        Frame,
        Handle,
        LeaseRenewal,
        ReclaimToken,
        ResumeSignal,
        ScannerFilter,
        UsageDimensions,
        WaitpointSpec,
    )
    from ff_core.contracts import CancelFlowResult, ExecutionSnapshot, FlowSnapshot
    from ff_core.partition import PartitionConfig
    from ff_core.types import BudgetId, ExecutionId, FlowId, LaneId, TimestampMs


@runtime_checkable
class SoloPartitioner(Protocol):
    """Picks a lane's execution partition. The contract (not enforced):
    deterministic, and the result lies in ``0..config.num_flow_partitions``."""

    def partition_for_lane(self, lane: LaneId, config: PartitionConfig) -> int: ...


@runtime_checkable
class EngineBackend(Protocol):
    """``ff_core::engine_backend::EngineBackend``: the engine operations a
    backend provides. Each method raises ``EngineError`` where Rust returns
    ``Err``."""

    async def claim(self, lane: LaneId, capabilities: CapabilitySet, policy: ClaimPolicy) -> Handle | None: ...
    async def renew(self, handle: Handle) -> LeaseRenewal: ...
    async def progress(self, handle: Handle, percent: int | None, message: str | None) -> None: ...
    async def append_frame(self, handle: Handle, frame: Frame) -> None: ...
    async def complete(self, handle: Handle, payload: bytes | None) -> None: ...
    async def fail(self, handle: Handle, reason: FailureReason, classification: FailureClass) -> FailOutcome: ...
    async def cancel(self, handle: Handle, reason: str) -> None: ...
    async def suspend(
        self, handle: Handle, waitpoints: Sequence[WaitpointSpec], timeout: timedelta | None
    ) -> Handle: ...
    async def observe_signals(self, handle: Handle) -> Sequence[ResumeSignal]: ...
    async def claim_from_reclaim(self, token: ReclaimToken) -> Handle | None: ...
    async def delay(self, handle: Handle, delay_until: TimestampMs) -> None: ...
    async def wait_children(self, handle: Handle) -> None: ...
    async def describe_execution(self, id: ExecutionId) -> ExecutionSnapshot | None: ...
    async def describe_flow(self, id: FlowId) -> FlowSnapshot | None: ...
    async def cancel_flow(self, id: FlowId, policy: CancelFlowPolicy, wait: CancelFlowWait) -> CancelFlowResult: ...
    async def report_usage(
        self, handle: Handle, budget: BudgetId, dimensions: UsageDimensions
    ) -> AdmissionDecision: ...


CompletionStream: TypeAlias = AsyncIterator[_CompletionPayload]
"""``ff_core::completion_backend::CompletionStream``: the stream
``CompletionBackend`` subscriptions return."""


@runtime_checkable
class CompletionBackend(Protocol):
    """``ff_core::completion_backend::CompletionBackend``: a stream of
    completions. Rust gives ``subscribe_completions_filtered`` a default
    body (a no-op filter subscribes to everything; any other raises
    ``EngineError.Unavailable``); a class that subclasses this protocol
    inherits that default, which calls ff-core's ``ScannerFilter.is_noop``."""

    async def subscribe_completions(self) -> CompletionStream: ...

    async def subscribe_completions_filtered(self, filter: ScannerFilter) -> CompletionStream:
        if filter.is_noop():
            return await self.subscribe_completions()
        from ff_core.engine_error import EngineError

        raise EngineError.Unavailable(
            "subscribe_completions_filtered (filter non-trivial; backend did not override)"
        )


if TYPE_CHECKING:

    class _ClosedEnumMeta(enum.EnumMeta):
        """At run time an exhaustive enum is a class of singletons, not an
        ``enum.Enum``: iterating, ``len``, ``in`` and indexing the class
        raise ``TypeError``, so mypy must reject them too."""

        __iter__: None  # type: ignore[assignment]
        __len__: None  # type: ignore[assignment]
        __contains__: None  # type: ignore[assignment]
        __getitem__: None  # type: ignore[assignment]
