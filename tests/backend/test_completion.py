"""`ff_core.backend` completions (backend/completion.rs): `CompletionPayload`, `ResumeSignal`."""

import pytest
from conftest import UUID_TEXT
from ff_core.backend import (
    CompletionPayload,
    ResumeSignal,
)
from ff_core.types import ExecutionId, FlowId, SignalId, TimestampMs

EID_TEXT = f"{{fp:7}}:{UUID_TEXT}"


class TestCompletionAndSignal:
    def test_completion_payload(self) -> None:
        eid = ExecutionId.parse(EID_TEXT)
        c = CompletionPayload(eid, "success", b"ok", TimestampMs(1234))
        assert repr(c) == (
            f'CompletionPayload {{ execution_id: ExecutionId("{EID_TEXT}"), outcome: "success", '
            "payload_bytes: Some([111, 107]), produced_at_ms: TimestampMs(1234), flow_id: None }"
        )
        with_flow = c.with_flow_id(FlowId.parse(UUID_TEXT))
        assert c.flow_id is None
        assert with_flow.flow_id == FlowId.parse(UUID_TEXT)
        assert repr(with_flow).endswith(f"flow_id: Some(FlowId({UUID_TEXT})) }}")
        assert c == CompletionPayload.new(eid, "success", b"ok", TimestampMs(1234))
        assert CompletionPayload(eid, "x", None, TimestampMs(0)).payload_bytes is None

    def test_completion_payload_writable(self) -> None:
        c = CompletionPayload(ExecutionId.parse(EID_TEXT), "success", None, TimestampMs(0))
        c = c.replace(payload_bytes=b"p")
        c = c.replace(outcome="failed")
        c = c.replace(flow_id=FlowId.parse(UUID_TEXT))
        c = c.replace(produced_at_ms=TimestampMs(5))
        assert (c.payload_bytes, c.outcome, c.produced_at_ms) == (b"p", "failed", TimestampMs(5))
        c = c.replace(flow_id=None)
        with pytest.raises(TypeError):
            c.replace(produced_at_ms=5)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="unhashable"):
            hash(c)

    def test_resume_signal_takes_every_field(self) -> None:
        sid = SignalId.parse(UUID_TEXT)
        fields = dict(
            signal_id=sid,
            signal_name="approve",
            signal_category="decision",
            source_type="user",
            source_identity="u1",
            correlation_id="c1",
            accepted_at=TimestampMs(10),
            payload=None,
        )
        s = ResumeSignal(**fields)  # type: ignore[arg-type]
        assert s == ResumeSignal(*fields.values())  # type: ignore[arg-type]
        assert repr(s) == (
            f'ResumeSignal {{ signal_id: SignalId({UUID_TEXT}), signal_name: "approve", '
            'signal_category: "decision", source_type: "user", source_identity: "u1", '
            'correlation_id: "c1", accepted_at: TimestampMs(10), payload: None }'
        )
        for name, value in fields.items():
            assert getattr(s, name) == value
        s = s.replace(payload=b"\x01")
        s = s.replace(signal_name="reject")
        assert repr(s).endswith("payload: Some([1]) }")
        with pytest.raises(TypeError):
            ResumeSignal(sid, "approve")  # type: ignore[call-arg]
        with pytest.raises(TypeError):
            s.replace(correlation_id=None)  # type: ignore[arg-type]
