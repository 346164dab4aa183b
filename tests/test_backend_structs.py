"""ff_core.backend structs: construction paths, fields, exact repr, eq,
hash or unhashability, mutability and type checks on every write."""

from datetime import timedelta

import pytest

from conftest import DIGEST, TOKEN, UUID_TEXT
from ff_core.backend import (
    BackendTag,
    CapabilitySet,
    ClaimPolicy,
    CompletionPayload,
    FailureReason,
    Frame,
    FrameKind,
    Handle,
    HandleKind,
    HandleOpaque,
    LeaseRenewal,
    ReclaimToken,
    ResumeSignal,
    UsageDimensions,
    WaitpointHmac,
    WaitpointKind,
    WaitpointSpec,
)
from ff_core.contracts import ReclaimGrant
from ff_core.partition import Partition, PartitionConfig, PartitionFamily, PartitionKey
from ff_core.types import ExecutionId, FlowId, LaneId, SignalId, TimestampMs, WaitpointToken

EID_TEXT = f"{{fp:7}}:{UUID_TEXT}"


def grant() -> ReclaimGrant:
    return ReclaimGrant(
        ExecutionId.parse(EID_TEXT),
        PartitionKey(Partition(PartitionFamily.Flow, 0)),
        "gkey",
        123,
        LaneId("default"),
    )


GRANT_REPR = (
    f'ReclaimGrant {{ execution_id: ExecutionId("{EID_TEXT}"), partition_key: PartitionKey("{{fp:0}}"), '
    'grant_key: "gkey", expires_at_ms: 123, lane_id: LaneId("default") }'
)


class TestHandle:
    def test_opaque(self) -> None:
        o = HandleOpaque(b"\x01\x02\x03\x04")
        assert o.as_bytes() == b"\x01\x02\x03\x04"
        assert type(o.as_bytes()) is bytes
        assert repr(o) == "HandleOpaque([1, 2, 3, 4])"
        assert o == HandleOpaque.new(bytearray(b"\x01\x02\x03\x04"))
        assert o == HandleOpaque(memoryview(b"\x01\x02\x03\x04"))
        assert hash(o) == hash(HandleOpaque(b"\x01\x02\x03\x04"))
        assert not hasattr(o, "bytes")
        with pytest.raises(TypeError, match="expected a bytes-like object, not str"):
            HandleOpaque("abc")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            HandleOpaque([1, 2])  # type: ignore[arg-type]

    def test_handle(self) -> None:
        h = Handle(BackendTag.Valkey, HandleKind.Fresh, HandleOpaque(bytes(4)))
        assert h.backend is BackendTag.Valkey
        assert h.kind is HandleKind.Fresh
        assert h.opaque == HandleOpaque(bytes(4))
        assert repr(h) == "Handle { backend: Valkey, kind: Fresh, opaque: HandleOpaque([0, 0, 0, 0]) }"
        assert h == Handle.new(BackendTag.Valkey, HandleKind.Fresh, HandleOpaque(bytes(4)))
        assert h != Handle(BackendTag.Valkey, HandleKind.Resumed, HandleOpaque(bytes(4)))
        assert hash(h) == hash(Handle(BackendTag.Valkey, HandleKind.Fresh, HandleOpaque(bytes(4))))

    def test_handle_is_immutable_and_typed(self) -> None:
        h = Handle(BackendTag.Valkey, HandleKind.Fresh, HandleOpaque(b""))
        with pytest.raises(AttributeError):
            h.kind = HandleKind.Resumed  # type: ignore[misc]
        with pytest.raises(TypeError):
            Handle(BackendTag.Valkey, HandleKind.Fresh, b"")  # type: ignore[arg-type]


class TestCapabilitySet:
    def test_construction(self) -> None:
        c = CapabilitySet(["gpu", "cuda"])
        assert c.tokens == ("gpu", "cuda")
        assert repr(c) == 'CapabilitySet { tokens: ["gpu", "cuda"] }'
        assert c == CapabilitySet.new(iter(("gpu", "cuda")))
        assert not c.is_empty()
        assert CapabilitySet().is_empty()
        assert CapabilitySet() == CapabilitySet([])

    def test_tokens_are_a_copy_and_writable(self) -> None:
        c = CapabilitySet(["gpu"])
        assert c.replace(tokens=iter(["a", "b"])).tokens == ("a", "b")
        assert c.tokens == ("gpu",)

    def test_bad_input(self) -> None:
        with pytest.raises(TypeError, match="argument 'tokens': expected an iterable of str, not str"):
            CapabilitySet("gpu")
        with pytest.raises(TypeError, match="argument 'tokens': expected str, not int"):
            CapabilitySet(["gpu", 1])  # type: ignore[list-item]
        with pytest.raises(TypeError):
            CapabilitySet(5)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="unhashable"):
            hash(CapabilitySet())


class TestClaimPolicy:
    def test_construction(self) -> None:
        assert ClaimPolicy() == ClaimPolicy.immediate()
        assert ClaimPolicy().max_wait is None
        p = ClaimPolicy.with_max_wait(timedelta(milliseconds=500))
        assert p.max_wait == timedelta(milliseconds=500)
        assert p == ClaimPolicy(max_wait=timedelta(milliseconds=500))
        assert repr(p) == "ClaimPolicy { max_wait: Some(500ms) }"
        assert repr(ClaimPolicy()) == "ClaimPolicy { max_wait: None }"
        assert repr(ClaimPolicy(max_wait=timedelta(seconds=1, microseconds=500000))) == (
            "ClaimPolicy { max_wait: Some(1.5s) }"
        )

    def test_keyword_only(self) -> None:
        with pytest.raises(TypeError):
            ClaimPolicy(timedelta(seconds=1))  # type: ignore[call-arg]

    def test_writable_with_checks(self) -> None:
        p = ClaimPolicy()
        p = p.replace(max_wait=timedelta(seconds=2))
        assert p.max_wait == timedelta(seconds=2)
        p = p.replace(max_wait=None)
        with pytest.raises(ValueError, match="negative"):
            p.replace(max_wait=timedelta(seconds=-1))
        with pytest.raises(TypeError):
            p.replace(max_wait=5)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="negative"):
            ClaimPolicy.with_max_wait(timedelta(days=-1))


class TestFrame:
    def test_construction(self) -> None:
        f = Frame(b"hi", FrameKind.Stdout)
        assert f.bytes == b"hi" and type(f.bytes) is bytes
        assert f.kind is FrameKind.Stdout
        assert f.seq is None
        assert repr(f) == "Frame { bytes: [104, 105], kind: Stdout, seq: None }"
        g = Frame.with_seq(bytearray(b"hi"), FrameKind.Stdout, 3)
        assert repr(g) == "Frame { bytes: [104, 105], kind: Stdout, seq: Some(3) }"
        assert f == Frame.new(memoryview(b"hi"), FrameKind.Stdout)
        assert f != g

    def test_writable_with_checks(self) -> None:
        f = Frame(b"", FrameKind.Blob)
        f = f.replace(bytes=bytearray(b"\x00\xff"))
        f = f.replace(kind=FrameKind.Event)
        f = f.replace(seq=2**64 - 1)
        assert (f.bytes, f.kind, f.seq) == (b"\x00\xff", FrameKind.Event, 2**64 - 1)
        with pytest.raises(TypeError):
            f.replace(bytes="text")  # type: ignore[arg-type]
        with pytest.raises(OverflowError):
            f.replace(seq=-1)
        with pytest.raises(OverflowError):
            f.replace(seq=2**64)
        with pytest.raises(TypeError):
            f.replace(kind="Stdout")  # type: ignore[arg-type]
        with pytest.raises(AttributeError):
            del f.bytes
        assert f.bytes == b"\x00\xff"

    def test_unhashable(self) -> None:
        with pytest.raises(TypeError, match="unhashable"):
            hash(Frame(b"", FrameKind.Blob))


class TestWaitpoint:
    def test_hmac(self) -> None:
        h = WaitpointHmac(TOKEN)
        assert h.as_str() == TOKEN
        assert h.token() == WaitpointToken(TOKEN)
        assert repr(h) == "WaitpointHmac(WaitpointToken(kid1:<REDACTED:len=40>))"
        assert str(h) == repr(h)
        assert DIGEST not in repr(h)
        assert h == WaitpointHmac.new(TOKEN)
        assert hash(h) == hash(WaitpointHmac(TOKEN))
        with pytest.raises(TypeError):
            WaitpointHmac(WaitpointToken(TOKEN))  # type: ignore[arg-type]

    def test_spec(self) -> None:
        spec = WaitpointSpec(WaitpointKind.SignalName, b"ok", WaitpointHmac("kid1:deadbeef"))
        assert repr(spec) == (
            "WaitpointSpec { kind: SignalName, matcher: [111, 107], "
            "hmac_token: WaitpointHmac(WaitpointToken(kid1:<REDACTED:len=8>)) }"
        )
        assert spec.hmac_token.as_str() == "kid1:deadbeef"
        assert spec.matcher == b"ok"
        assert spec == WaitpointSpec.new(WaitpointKind.SignalName, b"ok", WaitpointHmac("kid1:deadbeef"))
        spec = spec.replace(kind=WaitpointKind.External)
        spec = spec.replace(matcher=b"x")
        spec = spec.replace(hmac_token=WaitpointHmac("k:v"))
        assert repr(spec) == (
            "WaitpointSpec { kind: External, matcher: [120], "
            "hmac_token: WaitpointHmac(WaitpointToken(k:<REDACTED:len=1>)) }"
        )
        with pytest.raises(TypeError):
            spec.replace(hmac_token="k:v")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="unhashable"):
            hash(spec)


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


class TestUsageDimensions:
    def test_default_and_fields(self) -> None:
        assert repr(UsageDimensions()) == (
            "UsageDimensions { input_tokens: 0, output_tokens: 0, wall_ms: None, custom: {} }"
        )
        u = UsageDimensions(input_tokens=10, output_tokens=20, wall_ms=150, custom={"net_bytes": 42})
        assert repr(u) == (
            'UsageDimensions { input_tokens: 10, output_tokens: 20, wall_ms: Some(150), custom: {"net_bytes": 42} }'
        )
        assert u.custom == {"net_bytes": 42}

    def test_custom_is_sorted_and_a_copy(self) -> None:
        u = UsageDimensions(custom={"b": 2, "a": 1})
        assert list(u.custom) == ["a", "b"]
        with pytest.raises(TypeError):
            u.custom["c"] = 3  # type: ignore[index]
        assert u.custom == {"a": 1, "b": 2}
        u = u.replace(custom={"z": 0})
        assert u.custom == {"z": 0}

    def test_keyword_only_and_checks(self) -> None:
        with pytest.raises(TypeError):
            UsageDimensions(1)  # type: ignore[call-arg]
        with pytest.raises(OverflowError):
            UsageDimensions(input_tokens=-1)
        with pytest.raises(OverflowError):
            UsageDimensions(custom={"a": -1})
        with pytest.raises(TypeError):
            UsageDimensions(custom={1: 1})  # type: ignore[dict-item]
        with pytest.raises(TypeError):
            UsageDimensions(custom=[("a", 1)])  # type: ignore[arg-type]
        u = UsageDimensions()
        u = u.replace(wall_ms=5)
        u = u.replace(input_tokens=2**64 - 1)
        assert (u.wall_ms, u.input_tokens) == (5, 2**64 - 1)
        with pytest.raises(OverflowError):
            u.replace(output_tokens=2**64)


class TestLeaseAndReclaim:
    def test_lease_renewal(self) -> None:
        r = LeaseRenewal(100, 2)
        assert (r.expires_at_ms, r.lease_epoch) == (100, 2)
        assert repr(r) == "LeaseRenewal { expires_at_ms: 100, lease_epoch: 2 }"
        assert r == LeaseRenewal.new(100, 2)
        assert hash(r) == hash(LeaseRenewal(100, 2))
        with pytest.raises(AttributeError):
            r.lease_epoch = 3  # type: ignore[misc]
        with pytest.raises(OverflowError):
            LeaseRenewal(-1, 0)

    def test_reclaim_grant(self) -> None:
        g = grant()
        assert repr(g) == GRANT_REPR
        assert g.partition() == Partition(PartitionFamily.Flow, 0)
        g = g.replace(expires_at_ms=5)
        g = g.replace(grant_key="other")
        assert (g.expires_at_ms, g.grant_key) == (5, "other")
        with pytest.raises(TypeError):
            g.replace(lane_id="default")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="unhashable"):
            hash(g)

    def test_reclaim_token_holds_its_grant(self) -> None:
        g = grant()
        t = ReclaimToken(g)
        assert repr(t) == f"ReclaimToken {{ grant: {GRANT_REPR} }}"
        assert t.grant is g
        assert ReclaimToken.new(g) == t
        assert ReclaimToken(grant()) == ReclaimToken(grant())
        assert ReclaimToken(g.replace(expires_at_ms=9)) != t
        assert ReclaimToken(grant()) != "token"
        with pytest.raises(TypeError, match="unhashable"):
            hash(t)


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
