"""`ff_core.contracts` (rust/ff_core_py/src/contracts.rs): every type, replayed from the samples ff-core wrote; stream cursors, claim grants, snapshots."""

import pickle
from collections.abc import Callable
from typing import Any

import ff_core as ff
import pytest
from conftest import UUID_TEXT
from contract_samples import VECTORS, sample_name, samples

EID = ff.ExecutionId.parse(f"{{fp:7}}:{UUID_TEXT}")


FLOW7 = ff.Partition(ff.PartitionFamily.Flow, 7)


class TestContracts:
    def test_stream_cursor(self) -> None:
        assert ff.StreamCursor.start() is ff.StreamCursor.Start
        assert ff.StreamCursor.beginning() == ff.StreamCursor.At("0-0") == ff.StreamCursor.from_beginning()
        at = ff.StreamCursor.At("-")  # built directly: not validated
        with pytest.raises(ff.JsonError) as caught:
            ff.StreamCursor.from_json('"-"')  # what Rust's serde writes for it
        assert str(caught.value) == "bare marker '-' is not a valid stream cursor; use 'start' or 'end'"
        with pytest.raises(ff.JsonError) as refused:
            at.to_json()  # so Python refuses to write it
        assert str(refused.value) == f"to_json would write a document that from_json refuses: {caught.value}"
        assert ff.StreamCursor.End.into_wire_string() == "+"
        with pytest.raises(TypeError):
            ff.StreamCursor.from_str(b"5-0")  # type: ignore[arg-type]

    def test_create_execution_args_has_no_equality(self) -> None:
        args = ff.CreateExecutionArgs(
            EID, ff.Namespace("n"), ff.LaneId("l"), "k", bytearray(b"x"), None, 1, "c", None, {"b": "2", "a": "1"},
            None, None, None, 7, ff.TimestampMs(0),
        )
        assert args == args and args != args.replace()
        assert args.input_payload == b"x"
        assert dict(args.tags) == {"a": "1", "b": "2"}
        with pytest.raises(TypeError):
            args.tags["c"] = "3"  # type: ignore[index]
        with pytest.raises(TypeError, match="missing required argument 'now'"):
            ff.CreateExecutionArgs(*[getattr(args, f) for f in ff.CreateExecutionArgs.__match_args__][:-1])

    def test_claim_results_match(self) -> None:
        claimed = ff.ClaimedExecution(
            EID, ff.LeaseId.parse(UUID_TEXT), ff.LeaseEpoch(1), ff.AttemptIndex(0), ff.AttemptId.parse(UUID_TEXT),
            ff.AttemptType.Initial, ff.TimestampMs(5),
        )
        match ff.ClaimExecutionResult.Claimed(claimed):
            case ff.ClaimExecutionResult.Claimed(ff.ClaimedExecution(execution_id=eid)):
                assert eid == EID
            case _:
                pytest.fail("expected Claimed")
        grant = ff.ClaimGrant(EID, ff.PartitionKey(FLOW7), "g", 1)
        assert grant.partition() == FLOW7
        with pytest.raises(TypeError, match="unhashable"):
            hash(grant)


class TestCancelExecution:
    def test_args_read_serde_defaults(self) -> None:
        args = ff.CancelExecutionArgs.from_json(f'{{"execution_id":"{EID}","reason":"r","now":5}}')
        assert args.source is ff.CancelSource.OperatorOverride
        assert (args.lease_id, args.lease_epoch, args.attempt_id) == (None, None, None)
        assert args.to_json() == (
            f'{{"execution_id":"{EID}","reason":"r","source":"operator_override",'
            '"lease_id":null,"lease_epoch":null,"attempt_id":null,"now":5}'
        )
        with pytest.raises(ff.JsonError, match="missing field `now`"):
            ff.CancelExecutionArgs.from_json(f'{{"execution_id":"{EID}","reason":"r"}}')

    def test_args_take_every_field(self) -> None:
        with pytest.raises(TypeError, match="missing required argument 'now'"):
            ff.CancelExecutionArgs(EID, "r", ff.CancelSource(), None, None, None)  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="argument 'lease_epoch'"):
            ff.CancelExecutionArgs(EID, "r", ff.CancelSource(), None, 3, None, ff.TimestampMs(0))  # type: ignore[arg-type]

    def test_result_matches_its_one_variant(self) -> None:
        result = ff.CancelExecutionResult.from_json(
            f'{{"Cancelled":{{"execution_id":"{EID}","public_state":"cancelled"}}}}'
        )
        match result:
            case ff.CancelExecutionResult.Cancelled(execution_id=eid, public_state=ff.PublicState.Cancelled):
                assert eid == EID
            case _:
                pytest.fail("expected Cancelled")
        assert repr(result) == f'Cancelled {{ execution_id: ExecutionId("{EID}"), public_state: Cancelled }}'


@pytest.mark.parametrize(("vector", "make"), samples(), ids=[sample_name(v) for v, _ in samples()])
def test_every_contract_sample_ff_core_wrote(vector: dict[str, Any], make: Callable[[], object]) -> None:
    """Each sample is ff-core's value: `repr` is its `Debug`, `to_json` its
    serde JSON, and `==`/`hash` follow what Rust derives."""
    cls = getattr(ff.contracts, vector["type"])
    value = make()
    assert isinstance(value, cls)
    assert repr(value) == str(value) == vector["debug"]
    if "json" in vector:
        assert value.to_json() == vector["json"]
        again = cls.from_json(vector["json"].encode())
        assert repr(again) == vector["debug"]
        assert (again == value) is vector["eq"]
    else:
        assert not hasattr(cls, "to_json") and not hasattr(cls, "from_json")
    assert pickle.loads(pickle.dumps(value)).__repr__() == vector["debug"]
    if not vector["hash"]:
        with pytest.raises(TypeError, match="unhashable"):
            hash(value)


def test_every_contract_of_ff_core_has_samples() -> None:
    """Every type of ff-core's `contracts` but the cursor (tested above) and
    its parse error (an exception), each enum in every variant."""
    exported = {name for name in ff.contracts.__all__ if not name.endswith("Variant")}
    sampled = {v["type"] for v in VECTORS}
    assert exported - sampled == {"StreamCursor", "StreamCursorParseError", "STREAM_READ_HARD_CAP"}
    assert ff.contracts.STREAM_READ_HARD_CAP == 10_000
    for name in sampled:
        cls = getattr(ff.contracts, name)
        variants = {v["variant"] for v in VECTORS if v["type"] == name}
        if variants != {""}:
            assert variants == {n for n in dir(cls) if n[0].isupper() and n != "__class__"}, name


def test_a_rejected_document_carries_serdes_message() -> None:
    with pytest.raises(ff.JsonError) as caught:
        ff.DeliverSignalArgs.from_json("{}")
    assert str(caught.value) == "missing field `execution_id` at line 1 column 2"
    with pytest.raises(ff.JsonError, match="unknown variant `Nope`"):
        ff.ReportUsageResult.from_json('"Nope"')


def test_snapshots_take_the_parameters_of_new() -> None:
    """`#[non_exhaustive]` snapshots: built through `new`, by position or keyword."""
    snapshot = ff.contracts.AttemptSummary(ff.AttemptId.parse(UUID_TEXT), ff.AttemptIndex(1))
    assert snapshot == ff.contracts.AttemptSummary.new(attempt_index=ff.AttemptIndex(1), attempt_id=snapshot.attempt_id)
    with pytest.raises(TypeError):
        ff.contracts.AttemptSummary(snapshot.attempt_id)  # type: ignore[call-arg]


def test_stream_frames() -> None:
    empty = ff.StreamFrames.empty_open()
    assert (empty.frames, empty.is_closed()) == ((), False)
    closed = empty.replace(closed_at=ff.TimestampMs(5), closed_reason="attempt_success")
    assert closed.is_closed() and closed.to_json() == '{"frames":[],"closed_at":5,"closed_reason":"attempt_success"}'
