"""`ff_core.backend` failures (backend/failure.rs): `FailureReason`, `FailureClass`, `FailOutcome`."""

import pytest
from ff_core.backend import (
    FailOutcome,
    FailOutcomeVariant,
    FailureReason,
)
from ff_core.types import TimestampMs


class TestFailureReason:
    def test_construction(self) -> None:
        r1 = FailureReason("boom")
        r2 = FailureReason.with_detail("boom", b"stack")
        assert (r1.message, r1.detail) == ("boom", None)
        assert r2.detail == b"stack"
        assert repr(r1) == 'FailureReason { message: "boom", detail: None }'
        assert repr(r2) == 'FailureReason { message: "boom", detail: Some([115, 116, 97, 99, 107]) }'
        assert r1 == FailureReason.new("boom")
        assert r1 != r2

    def test_writable(self) -> None:
        r = FailureReason("a")
        r = r.replace(message="b")
        r = r.replace(detail=bytearray(b"d"))
        assert (r.message, r.detail) == ("b", b"d")
        r = r.replace(detail=None)
        with pytest.raises(TypeError):
            r.replace(message=1)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            r.replace(detail="d")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="unhashable"):
            hash(r)


def describe_outcome(outcome: FailOutcomeVariant) -> str:
    # Exhaustive in Rust: no wildcard arm, and mypy checks that.
    match outcome:
        case FailOutcome.RetryScheduled(delay_until=when):
            return f"retry at {int(when)}"
        case FailOutcome.TerminalFailed:
            return "terminal"


class TestFailOutcome:
    def test_variants_and_repr(self) -> None:
        retry = FailOutcome.RetryScheduled(TimestampMs(42))
        assert retry.delay_until == TimestampMs(42)
        assert repr(retry) == "RetryScheduled { delay_until: TimestampMs(42) }"
        assert repr(FailOutcome.TerminalFailed) == "TerminalFailed"
        assert retry != FailOutcome.TerminalFailed
        assert retry == FailOutcome.RetryScheduled(delay_until=TimestampMs(42))
        assert FailOutcome.RetryScheduled.__match_args__ == ("delay_until",)

    def test_match(self) -> None:
        assert describe_outcome(FailOutcome.RetryScheduled(TimestampMs(42))) == "retry at 42"
        assert describe_outcome(FailOutcome.TerminalFailed) == "terminal"

    def test_type_checks(self) -> None:
        with pytest.raises(TypeError):
            FailOutcome.RetryScheduled(42)  # type: ignore[arg-type]
