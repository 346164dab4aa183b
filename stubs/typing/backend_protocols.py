"""Typing cases for the backend protocols: a Python class implementing
`EngineBackend` and `CompletionBackend` type-checks; a missing method or a
wrong signature is rejected (each under `warn_unused_ignores`, so an error
that stops being reported fails the check)."""

from collections.abc import AsyncIterator, Sequence
from datetime import timedelta

import ff_core as ff
from ff_core.completion_backend import CompletionBackend
from ff_core.engine_backend import EngineBackend
from ff_core.engine_error import EngineError


class MemoryBackend:
    """Every method of `EngineBackend`, as Rust declares it."""

    async def claim(self, lane: ff.LaneId, capabilities: ff.CapabilitySet, policy: ff.ClaimPolicy) -> ff.Handle | None:
        return None

    async def renew(self, handle: ff.Handle) -> ff.LeaseRenewal:
        return ff.LeaseRenewal(100, 1)

    async def progress(self, handle: ff.Handle, percent: int | None, message: str | None) -> None:
        pass

    async def append_frame(self, handle: ff.Handle, frame: ff.Frame) -> None:
        pass

    async def complete(self, handle: ff.Handle, payload: bytes | None) -> None:
        pass

    async def fail(self, handle: ff.Handle, reason: ff.FailureReason, classification: ff.FailureClass) -> ff.FailOutcome:
        return ff.FailOutcome.TerminalFailed

    async def cancel(self, handle: ff.Handle, reason: str) -> None:
        pass

    async def suspend(
        self, handle: ff.Handle, waitpoints: Sequence[ff.WaitpointSpec], timeout: timedelta | None
    ) -> ff.Handle:
        return handle

    async def observe_signals(self, handle: ff.Handle) -> Sequence[ff.ResumeSignal]:
        return ()

    async def claim_from_reclaim(self, token: ff.ReclaimToken) -> ff.Handle | None:
        return None

    async def delay(self, handle: ff.Handle, delay_until: ff.TimestampMs) -> None:
        pass

    async def wait_children(self, handle: ff.Handle) -> None:
        pass

    async def describe_execution(self, id: ff.ExecutionId) -> ff.ExecutionSnapshot | None:
        raise EngineError.NotFound("execution")

    async def describe_flow(self, id: ff.FlowId) -> ff.FlowSnapshot | None:
        return None

    async def cancel_flow(self, id: ff.FlowId, policy: ff.CancelFlowPolicy, wait: ff.CancelFlowWait) -> ff.CancelFlowResult:
        return ff.CancelFlowResult.Cancelled("cancel_all", [])

    async def report_usage(
        self, handle: ff.Handle, budget: ff.BudgetId, dimensions: ff.UsageDimensions
    ) -> ff.AdmissionDecision:
        return ff.AdmissionDecision.Admitted


class Completions:
    async def subscribe_completions(self) -> AsyncIterator[ff.CompletionPayload]:
        return self.stream()

    async def subscribe_completions_filtered(self, filter: ff.ScannerFilter) -> AsyncIterator[ff.CompletionPayload]:
        return self.stream()

    async def stream(self) -> AsyncIterator[ff.CompletionPayload]:
        payloads: tuple[ff.CompletionPayload, ...] = ()
        for payload in payloads:
            yield payload


class NoDescribeFlow(MemoryBackend):
    describe_flow = None  # type: ignore[assignment]


class WrongRenew(MemoryBackend):
    async def renew(self, handle: ff.Handle) -> int:  # type: ignore[override]
        return 1


class SyncCancel(MemoryBackend):
    def cancel(self, handle: ff.Handle, reason: str) -> None:  # type: ignore[override]
        pass


class OnlyUnfiltered(CompletionBackend):
    """Subclassing the protocol inherits Rust's default filtered method."""

    async def subscribe_completions(self) -> AsyncIterator[ff.CompletionPayload]:
        return Completions().stream()


def implementations() -> None:
    engine: EngineBackend = MemoryBackend()
    completions: CompletionBackend = Completions()
    inherited: CompletionBackend = OnlyUnfiltered()
    print(engine, completions, inherited)


class Partial:
    async def claim(self, lane: ff.LaneId, capabilities: ff.CapabilitySet, policy: ff.ClaimPolicy) -> ff.Handle | None:
        return None


def rejected() -> None:
    missing: EngineBackend = Partial()  # type: ignore[assignment]
    wrong_return: EngineBackend = WrongRenew()  # type: ignore[assignment]
    not_async: EngineBackend = SyncCancel()  # type: ignore[assignment]
    no_method: EngineBackend = NoDescribeFlow()  # type: ignore[assignment]
    bad_stream: CompletionBackend = MemoryBackend()  # type: ignore[assignment]
    print(missing, wrong_return, not_async, no_method, bad_stream)
