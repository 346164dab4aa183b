"""ff_core.backend enums: unit variants as singletons, data variants as
nested classes that work with `match`, exact repr, eq and hash rules."""

import pickle
from datetime import timedelta

import pytest

from ff_core.backend import (
    AdmissionDecision,
    BackendConnection,
    BackendTag,
    CancelFlowPolicy,
    CancelFlowWait,
    FailOutcome,
    FailOutcomeVariant,
    FailureClass,
    FrameKind,
    HandleKind,
    ValkeyConnection,
    WaitpointKind,
)
from ff_core.types import TimestampMs

UNIT_ENUMS: list[tuple[type, list[str]]] = [
    (BackendTag, ["Valkey"]),
    (HandleKind, ["Fresh", "Resumed", "Suspended"]),
    (FrameKind, ["Stdout", "Stderr", "Event", "Blob"]),
    (WaitpointKind, ["SignalName", "CorrelationId", "External"]),
    (FailureClass, ["Transient", "Permanent", "InfraCrash", "Timeout", "Cancelled"]),
    (CancelFlowPolicy, ["FlowOnly", "CancelAll", "CancelPending"]),
]


@pytest.mark.parametrize(("cls", "names"), UNIT_ENUMS)
class TestUnitEnums:
    def test_variants_are_singleton_instances(self, cls: type, names: list[str]) -> None:
        for name in names:
            value = getattr(cls, name)
            assert isinstance(value, cls)
            assert getattr(cls, name) is value
            assert pickle.loads(pickle.dumps(value)) is value

    def test_repr_is_the_variant_name(self, cls: type, names: list[str]) -> None:
        assert [repr(getattr(cls, n)) for n in names] == names
        assert [str(getattr(cls, n)) for n in names] == names

    def test_eq_and_hash(self, cls: type, names: list[str]) -> None:
        values = [getattr(cls, n) for n in names]
        assert len(set(values)) == len(names)
        assert all(a == b for a, b in zip(values, values))
        assert values[0] != names[0]

    def test_not_constructible_and_immutable(self, cls: type, names: list[str]) -> None:
        with pytest.raises(TypeError):
            cls()
        with pytest.raises(AttributeError):
            getattr(cls, names[0]).x = 1


def describe_frame_kind(kind: FrameKind) -> str:
    match kind:
        case FrameKind.Stdout:
            return "out"
        case FrameKind.Stderr:
            return "err"
        case _:
            return "other"


def test_unit_variants_match_by_value() -> None:
    assert [describe_frame_kind(k) for k in (FrameKind.Stdout, FrameKind.Stderr, FrameKind.Blob)] == [
        "out",
        "err",
        "other",
    ]


def describe_admission(decision: AdmissionDecision) -> str:
    match decision:
        case AdmissionDecision.Admitted:
            return "admitted"
        case AdmissionDecision.Throttled(retry_after_ms=ms):
            return f"throttled {ms}"
        case AdmissionDecision.Rejected(reason):
            return f"rejected {reason}"
        case _:
            return "unknown"


class TestAdmissionDecision:
    def test_variants(self) -> None:
        t = AdmissionDecision.Throttled(retry_after_ms=25)
        r = AdmissionDecision.Rejected("quota")
        assert isinstance(AdmissionDecision.Admitted, AdmissionDecision)
        assert isinstance(t, AdmissionDecision)
        assert isinstance(t, AdmissionDecision.Throttled)
        assert isinstance(r, AdmissionDecision.Rejected)
        assert t.retry_after_ms == 25 and r.reason == "quota"
        assert AdmissionDecision.Throttled.__qualname__ == "AdmissionDecision.Throttled"

    def test_repr(self) -> None:
        assert repr(AdmissionDecision.Admitted) == "Admitted"
        assert repr(AdmissionDecision.Throttled(25)) == "Throttled { retry_after_ms: 25 }"
        assert repr(AdmissionDecision.Rejected('a"b')) == 'Rejected { reason: "a\\"b" }'

    def test_match(self) -> None:
        assert describe_admission(AdmissionDecision.Admitted) == "admitted"
        assert describe_admission(AdmissionDecision.Throttled(25)) == "throttled 25"
        assert describe_admission(AdmissionDecision.Rejected("quota")) == "rejected quota"

    def test_eq_and_unhashable(self) -> None:
        assert AdmissionDecision.Throttled(25) == AdmissionDecision.Throttled(25)
        assert AdmissionDecision.Throttled(25) != AdmissionDecision.Throttled(26)
        assert AdmissionDecision.Admitted != AdmissionDecision.Rejected("quota")
        for value in (AdmissionDecision.Admitted, AdmissionDecision.Throttled(1)):
            with pytest.raises(TypeError, match="unhashable"):
                hash(value)

    def test_bad_input_and_immutability(self) -> None:
        with pytest.raises(OverflowError):
            AdmissionDecision.Throttled(-1)
        with pytest.raises(TypeError):
            AdmissionDecision.Rejected(b"quota")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            AdmissionDecision()  # type: ignore[call-arg]
        with pytest.raises(AttributeError):
            AdmissionDecision.Throttled(1).retry_after_ms = 2  # type: ignore[misc]


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


class TestCancelFlowWait:
    def test_variants_repr_hash(self) -> None:
        w = CancelFlowWait.WaitTimeout(timedelta(seconds=1))
        assert w._0 == timedelta(seconds=1)
        assert repr(w) == "WaitTimeout(1s)"
        assert repr(CancelFlowWait.WaitTimeout(timedelta(milliseconds=1500))) == "WaitTimeout(1.5s)"
        assert repr(CancelFlowWait.NoWait) == "NoWait"
        assert repr(CancelFlowWait.WaitIndefinite) == "WaitIndefinite"
        assert hash(w) == hash(CancelFlowWait.WaitTimeout(timedelta(seconds=1)))
        assert CancelFlowWait.NoWait != CancelFlowWait.WaitIndefinite
        assert len({CancelFlowWait.NoWait, CancelFlowWait.NoWait, w}) == 2

    def test_match_positional(self) -> None:
        match CancelFlowWait.WaitTimeout(timedelta(seconds=3)):
            case CancelFlowWait.WaitTimeout(timeout):
                assert timeout == timedelta(seconds=3)
            case _:
                pytest.fail("did not match WaitTimeout")

    def test_negative_timeout_is_rejected(self) -> None:
        with pytest.raises(ValueError, match="negative"):
            CancelFlowWait.WaitTimeout(timedelta(seconds=-1))
        with pytest.raises(TypeError):
            CancelFlowWait.WaitTimeout(1.0)  # type: ignore[arg-type]


class TestBackendConnection:
    def test_valkey_variant_holds_the_connection(self) -> None:
        conn = ValkeyConnection("h", 6379)
        c = BackendConnection.Valkey(conn)
        assert isinstance(c, BackendConnection)
        assert c._0 is conn
        assert repr(c) == 'Valkey(ValkeyConnection { host: "h", port: 6379, tls: false, cluster: false })'
        assert c == BackendConnection.Valkey(ValkeyConnection("h", 6379))
        assert c != BackendConnection.Valkey(ValkeyConnection("h", 6380))
        match c:
            case BackendConnection.Valkey(found):
                assert found is conn
            case _:
                pytest.fail("did not match Valkey")
        with pytest.raises(TypeError, match="unhashable"):
            hash(c)
        with pytest.raises(TypeError):
            BackendConnection.Valkey("h:6379")  # type: ignore[arg-type]
