"""ff_core.types: ids, timestamp and token, against the support spec."""

import binascii
import pickle
import uuid

import ff_core as ff
import pytest
from conftest import DIGEST, TOKEN, UUID, UUID_TEXT
from ff_core.partition import (
    PartitionConfig,
    PartitionCountError,
    PartitionFamily,
)
from ff_core.types import (
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


class TestNamespace:
    def test_construction_paths(self) -> None:
        assert Namespace("tenant-a") == Namespace.new("tenant-a")
        assert Namespace("tenant-a").as_str() == "tenant-a"

    def test_repr_and_str(self) -> None:
        ns = Namespace("tenant-a")
        assert repr(ns) == 'Namespace("tenant-a")'
        assert str(ns) == "tenant-a"

    def test_repr_escapes_like_rust_debug(self) -> None:
        ns = Namespace("a\"b\\c\n\t\r\x00\x7f'é")
        assert repr(ns) == "Namespace(\"a\\\"b\\\\c\\n\\t\\r\\0\\u{7f}'é\")"

    def test_equality_and_hash(self) -> None:
        assert Namespace("a") == Namespace("a")
        assert Namespace("a") != Namespace("b")
        assert hash(Namespace("a")) == hash(Namespace("a"))
        assert Namespace("a") != "a"
        assert len({Namespace("a"), Namespace("a"), Namespace("b")}) == 2

    def test_immutable(self) -> None:
        with pytest.raises(AttributeError):
            Namespace("a").value = "b"  # type: ignore[attr-defined]

    def test_no_tuple_field(self) -> None:
        assert not hasattr(Namespace("a"), "0")

    @pytest.mark.parametrize("bad", [None, 1, b"a", ["a"]])
    def test_wrong_type(self, bad: object) -> None:
        with pytest.raises(TypeError, match="expected str, not"):
            Namespace(bad)  # type: ignore[arg-type]


class TestLaneId:
    def test_constant(self) -> None:
        assert LANE_ID_MAX_BYTES == 64

    def test_new_never_validates(self) -> None:
        assert LaneId("").as_str() == ""
        assert LaneId.new("a\tb").as_str() == "a\tb"

    def test_repr_and_str(self) -> None:
        assert repr(LaneId("default")) == 'LaneId("default")'
        assert str(LaneId("default")) == "default"

    def test_try_new_accepts(self) -> None:
        assert LaneId.try_new("default") == LaneId("default")
        assert LaneId.try_new("x" * 64).as_str() == "x" * 64
        assert LaneId.try_new(" ~").as_str() == " ~"

    @pytest.mark.parametrize(
        ("value", "variant", "payload", "message"),
        [
            ("", "Empty", None, "lane_id is empty"),
            ("x" * 65, "TooLong", 65, "lane_id exceeds 64 bytes (got 65)"),
            ("é" * 33, "TooLong", 66, "lane_id exceeds 64 bytes (got 66)"),
            ("ab\tc", "NonPrintable", 2, "lane_id contains non-ASCII-printable byte at index 2"),
            ("aé", "NonPrintable", 1, "lane_id contains non-ASCII-printable byte at index 1"),
            ("a\x7f", "NonPrintable", 1, "lane_id contains non-ASCII-printable byte at index 1"),
        ],
    )
    def test_try_new_errors(self, value: str, variant: str, payload: object, message: str) -> None:
        with pytest.raises(LaneIdError) as caught:
            LaneId.try_new(value)
        assert isinstance(caught.value, ValueError)
        assert str(caught.value) == message
        assert caught.value.variant == variant
        assert caught.value.payload == payload

    def test_hash_and_immutability(self) -> None:
        assert hash(LaneId("a")) == hash(LaneId("a"))
        with pytest.raises(AttributeError):
            LaneId("a").x = 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("cls", [FlowId, SignalId])
class TestUuidIds:
    def test_parse_and_formats(self, cls: type[FlowId]) -> None:
        value = cls.parse(UUID_TEXT)
        assert str(value) == UUID_TEXT
        assert repr(value) == f"{cls.__name__}({UUID_TEXT})"

    def test_parse_accepts_what_the_uuid_crate_accepts(self, cls: type[FlowId]) -> None:
        expected = cls.parse(UUID_TEXT)
        assert cls.parse(UUID_TEXT.upper()) == expected
        assert cls.parse(UUID_TEXT.replace("-", "")) == expected
        assert cls.parse("{" + UUID_TEXT + "}") == expected
        assert cls.parse("urn:uuid:" + UUID_TEXT) == expected

    def test_parse_error_is_a_value_error(self, cls: type[FlowId]) -> None:
        with pytest.raises(ValueError, match="invalid"):
            cls.parse("not-a-uuid")
        with pytest.raises(TypeError):
            cls.parse(UUID)  # type: ignore[arg-type]

    def test_from_uuid_and_bytes(self, cls: type[FlowId]) -> None:
        value = cls.from_uuid(UUID)
        assert value == cls.parse(UUID_TEXT)
        assert value.as_bytes() == UUID.bytes
        assert type(value.as_bytes()) is bytes
        with pytest.raises(TypeError, match="expected uuid.UUID, not str"):
            cls.from_uuid(UUID_TEXT)  # type: ignore[arg-type]

    def test_new_mints_random_v4(self, cls: type[FlowId]) -> None:
        a, b = cls(), cls.new()
        assert a != b
        assert uuid.UUID(bytes=a.as_bytes()).version == 4

    def test_hash_and_immutability(self, cls: type[FlowId]) -> None:
        assert hash(cls.parse(UUID_TEXT)) == hash(cls.from_uuid(UUID))
        with pytest.raises(AttributeError):
            cls().x = 1  # type: ignore[attr-defined]


def solo_index(lane: str, count: int = 256) -> int:
    return binascii.crc_hqx(lane.encode(), 0) % count


class TestExecutionId:
    def test_no_constructor(self) -> None:
        with pytest.raises(TypeError):
            ExecutionId()  # type: ignore[call-arg]

    def test_deterministic_solo(self) -> None:
        eid = ExecutionId.deterministic_solo(LaneId("default"), PartitionConfig(), UUID)
        n = solo_index("default")
        assert eid.as_str() == f"{{fp:{n}}}:{UUID_TEXT}"
        assert str(eid) == eid.as_str()
        assert repr(eid) == f'ExecutionId("{{fp:{n}}}:{UUID_TEXT}")'
        assert eid.partition() == n
        assert eid == ExecutionId.deterministic_solo(LaneId("default"), PartitionConfig(), UUID)

    def test_deterministic_for_flow_embeds_any_uuid(self) -> None:
        flow = FlowId.parse(UUID_TEXT)
        n = binascii.crc_hqx(UUID.bytes, 0) % 8
        eid = ExecutionId.deterministic_for_flow(flow, PartitionConfig(8), uuid.UUID(int=0))
        assert eid.as_str() == f"{{fp:{n}}}:00000000-0000-0000-0000-000000000000"

    def test_random_mints(self) -> None:
        flow = FlowId.parse(UUID_TEXT)
        a = ExecutionId.for_flow(flow, PartitionConfig())
        b = ExecutionId.for_flow(flow, PartitionConfig())
        assert a != b
        assert a.partition() == b.partition() == binascii.crc_hqx(UUID.bytes, 0) % 256
        assert ExecutionId.solo(LaneId("gpu"), PartitionConfig()).partition() == solo_index("gpu")

    def test_zero_partitions_raise_instead_of_panicking(self) -> None:
        with pytest.raises(PartitionCountError) as caught:
            ExecutionId.solo(LaneId("x"), PartitionConfig(0))
        assert str(caught.value) == "partition count for Execution is 0; it must be at least 1"
        assert caught.value.variant == "Zero"
        assert caught.value.payload is PartitionFamily.Execution
        with pytest.raises(PartitionCountError, match="for Flow is 0"):
            ExecutionId.for_flow(FlowId(), PartitionConfig(0))

    def test_parse_keeps_input_verbatim(self) -> None:
        text = f"{{fp:007}}:{UUID_TEXT.upper()}"
        eid = ExecutionId.parse(text)
        assert eid.as_str() == text
        assert eid.partition() == 7
        assert ExecutionId.parse(f"{{fp:65535}}:{UUID_TEXT}").partition() == 65535

    @pytest.mark.parametrize(
        ("text", "variant", "payload", "message"),
        [
            (UUID_TEXT, "MissingTag", UUID_TEXT, f"execution_id is missing the `{{fp:N}}:` hash-tag prefix: {UUID_TEXT}"),
            ("{fp:7", "MissingTag", "{fp:7", "execution_id is missing the `{fp:N}:` hash-tag prefix: {fp:7"),
            ("", "MissingTag", "", "execution_id is missing the `{fp:N}:` hash-tag prefix: "),
            (f"{{fp:65536}}:{UUID_TEXT}", "InvalidPartitionIndex", "65536", "execution_id partition index is not a valid u16: 65536"),
            (f"{{fp:-1}}:{UUID_TEXT}", "InvalidPartitionIndex", "-1", "execution_id partition index is not a valid u16: -1"),
            ("{fp:1}:nope", "InvalidUuid", "nope", "execution_id UUID suffix is not a valid UUID: nope"),
            ("{fp:1}:}:x", "InvalidUuid", "}:x", "execution_id UUID suffix is not a valid UUID: }:x"),
        ],
    )
    def test_parse_errors(self, text: str, variant: str, payload: str, message: str) -> None:
        with pytest.raises(ExecutionIdParseError) as caught:
            ExecutionId.parse(text)
        assert isinstance(caught.value, ValueError)
        assert str(caught.value) == message
        assert caught.value.variant == variant
        assert caught.value.payload == payload

    def test_wrong_argument_types(self) -> None:
        with pytest.raises(TypeError):
            ExecutionId.solo("default", PartitionConfig())  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            ExecutionId.deterministic_solo(LaneId("d"), PartitionConfig(), UUID_TEXT)  # type: ignore[arg-type]

    def test_hash_and_immutability(self) -> None:
        text = f"{{fp:1}}:{UUID_TEXT}"
        assert hash(ExecutionId.parse(text)) == hash(ExecutionId.parse(text))
        with pytest.raises(AttributeError):
            ExecutionId.parse(text).x = 1  # type: ignore[attr-defined]


class TestTimestampMs:
    def test_construction_paths(self) -> None:
        assert TimestampMs(1234) == TimestampMs.from_millis(1234)
        assert int(TimestampMs(-5)) == -5
        assert int(TimestampMs.now()) > 1_700_000_000_000

    def test_repr_and_str(self) -> None:
        assert repr(TimestampMs(1234)) == "TimestampMs(1234)"
        assert str(TimestampMs(-5)) == "-5"

    def test_ordering(self) -> None:
        assert TimestampMs(1) < TimestampMs(2) <= TimestampMs(2)
        assert TimestampMs(3) > TimestampMs(2) >= TimestampMs(2)
        assert sorted([TimestampMs(3), TimestampMs(1)]) == [TimestampMs(1), TimestampMs(3)]
        with pytest.raises(TypeError):
            assert TimestampMs(1) < 2  # type: ignore[operator]

    def test_hash_and_immutability(self) -> None:
        assert hash(TimestampMs(7)) == hash(TimestampMs(7))
        with pytest.raises(AttributeError):
            TimestampMs(1).x = 1  # type: ignore[attr-defined]

    def test_bounds(self) -> None:
        assert int(TimestampMs(2**63 - 1)) == 2**63 - 1
        with pytest.raises(OverflowError):
            TimestampMs(2**63)
        with pytest.raises(OverflowError):
            TimestampMs(-(2**63) - 1)
        with pytest.raises(TypeError):
            TimestampMs(1.5)  # type: ignore[arg-type]


class TestWaitpointToken:
    def test_redacted_forms(self) -> None:
        token = WaitpointToken(TOKEN)
        assert repr(token) == "WaitpointToken(kid1:<REDACTED:len=40>)"
        assert str(token) == "kid1:<REDACTED:len=40>"
        assert f"{token}" == "kid1:<REDACTED:len=40>"
        assert DIGEST not in repr(token) + str(token)

    def test_as_str_is_the_raw_secret(self) -> None:
        assert WaitpointToken.new(TOKEN).as_str() == TOKEN

    def test_digest_length_in_bytes_and_kid_unescaped(self) -> None:
        assert str(WaitpointToken('k"y:é')) == 'k"y:<REDACTED:len=2>'
        assert str(WaitpointToken("a:b:c")) == "a:<REDACTED:len=3>"

    @pytest.mark.parametrize("raw", ["", "nocolon", ":digest", "kid:", ":"])
    def test_malformed(self, raw: str) -> None:
        token = WaitpointToken(raw)
        assert str(token) == "<REDACTED:malformed>"
        assert repr(token) == "WaitpointToken(<REDACTED:malformed>)"

    def test_equality_and_hash_use_the_raw_value(self) -> None:
        assert WaitpointToken("a:b") == WaitpointToken("a:b")
        assert WaitpointToken("a:bb") != WaitpointToken("a:cc")
        assert hash(WaitpointToken("a:b")) == hash(WaitpointToken("a:b"))
        with pytest.raises(AttributeError):
            WaitpointToken("a:b").x = 1  # type: ignore[attr-defined]




class TestTypes:
    def test_counters(self) -> None:
        epoch = ff.LeaseEpoch(3)
        assert (int(epoch.next()), int(epoch)) == (4, 3)
        assert ff.LeaseEpoch.new(3) == epoch and ff.LeaseEpoch(1) < epoch
        with pytest.raises(OverflowError):
            ff.LeaseEpoch(2**64 - 1).next()
        with pytest.raises(OverflowError):
            ff.AttemptIndex(2**32)
        with pytest.raises(OverflowError):
            ff.LeaseEpoch(-1)

    def test_cancel_source(self) -> None:
        assert ff.CancelSource() is ff.CancelSource.OperatorOverride
        assert ff.CancelSource.from_str("flow_cascade") is ff.CancelSource.FlowCascade
        custom = ff.CancelSource.from_str("FlowCascade")
        assert isinstance(custom, ff.CancelSource.Custom) and custom._0 == "FlowCascade"
        assert ff.CancelSource.Custom("lease_holder") != ff.CancelSource.LeaseHolder
        assert ff.CancelSource.from_json(ff.CancelSource.Custom("lease_holder").to_json()) is ff.CancelSource.LeaseHolder
        with pytest.raises(TypeError, match="unhashable"):
            hash(ff.CancelSource())

    def test_none_variants_are_reached_by_getattr(self) -> None:
        for enum in (ff.BlockingReason, ff.TerminalOutcome, ff.AttemptState):
            none = getattr(enum, "None")
            assert repr(none) == str(none) == "None"
            assert enum.from_json('"none"') is none
            assert pickle.loads(pickle.dumps(none)) is none

    def test_json_errors_are_value_errors_with_serde_messages(self) -> None:
        with pytest.raises(ff.JsonError) as caught:
            ff.LeaseFence.from_json('{"lease_id":"' + UUID_TEXT + '","attempt_id":"' + UUID_TEXT + '"}')
        assert isinstance(caught.value, ValueError)
        assert str(caught.value) == "missing field `lease_epoch` at line 1 column 103"
        with pytest.raises(ff.JsonError, match="invalid type: integer `5`, expected a string at line 1 column 1"):
            ff.WorkerId.from_json("5")
        with pytest.raises(ff.JsonError, match="unknown variant `Submitted`"):
            ff.LifecyclePhase.from_json('"Submitted"')
        with pytest.raises(TypeError):
            ff.LeaseEpoch.from_json(5)  # type: ignore[arg-type]
        assert ff.PartitionKey.from_json('"{zz:0}"').as_str() == "{zz:0}"
        with pytest.raises(ff.PartitionKeyParseError):
            ff.PartitionKey.from_json('"{zz:0}"').parse()
