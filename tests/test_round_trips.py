"""Round trips and references on random inputs (hypothesis): minted ids
through `str` and `parse`, partition keys through `parse`, the partition
math against CRC-16/XMODEM (`binascii.crc_hqx`), and JSON: `to_json`
writes only documents `from_json` reads back, or raises."""

import binascii
import json
import math
import uuid
from typing import Any

import pytest
from ff_core import (
    BackoffStrategy,
    CancelSource,
    ExecutionId,
    FlowId,
    JsonError,
    LaneId,
    LaneIdError,
    ListExecutionsResult,
    Namespace,
    Partition,
    PartitionConfig,
    PartitionFamily,
    PartitionKey,
    RetryPolicy,
    SignalId,
    StreamCursor,
    StreamCursorParseError,
    TimestampMs,
    WaitpointToken,
    WorkerId,
    WorkerInstanceId,
    flow_partition,
    solo_partition,
)
from hypothesis import given
from hypothesis import strategies as st
from samples import IDENTITY_EQ, VALUES

counts = st.integers(min_value=1, max_value=0xFFFF)
uuids = st.uuids(allow_nil=True) | st.builds(uuid.UUID, int=st.integers(min_value=0, max_value=2**128 - 1))
lanes = st.text(max_size=80)
families = st.sampled_from([PartitionFamily.Flow, PartitionFamily.Execution, PartitionFamily.Budget, PartitionFamily.Quota])


@given(lane=lanes, count=counts, value=uuids)
def test_solo_ids_round_trip_through_str(lane: str, count: int, value: uuid.UUID) -> None:
    config = PartitionConfig(count)
    minted = ExecutionId.deterministic_solo(LaneId(lane), config, value)
    assert ExecutionId.parse(str(minted)) == minted
    assert minted.partition() == binascii.crc_hqx(lane.encode(), 0) % count
    assert str(minted) == f"{{fp:{minted.partition()}}}:{value}"
    random_one = ExecutionId.solo(LaneId(lane), config)
    assert ExecutionId.parse(random_one.as_str()) == random_one


@given(value=uuids, count=counts, embedded=uuids)
def test_flow_ids_round_trip_through_str(value: uuid.UUID, count: int, embedded: uuid.UUID) -> None:
    flow = FlowId.from_uuid(value)
    assert FlowId.parse(str(flow)) == flow
    assert SignalId.parse(str(SignalId.from_uuid(value))) == SignalId.from_uuid(value)
    minted = ExecutionId.deterministic_for_flow(flow, PartitionConfig(count), embedded)
    assert ExecutionId.parse(str(minted)) == minted
    assert minted.partition() == binascii.crc_hqx(value.bytes, 0) % count


@given(lane=lanes, value=uuids, count=counts)
def test_partition_math_equals_crc16_xmodem(lane: str, value: uuid.UUID, count: int) -> None:
    config = PartitionConfig(count)
    assert solo_partition(LaneId(lane), config) == Partition(
        PartitionFamily.Execution, binascii.crc_hqx(lane.encode(), 0) % count
    )
    assert flow_partition(FlowId.from_uuid(value), config) == Partition(
        PartitionFamily.Flow, binascii.crc_hqx(value.bytes, 0) % count
    )


@given(family=families, index=st.integers(min_value=0, max_value=0xFFFF))
def test_partition_keys_round_trip(family: PartitionFamily, index: int) -> None:
    key = PartitionKey(Partition(family, index))
    decoded = key.parse()
    assert PartitionKey(decoded) == key
    assert decoded.index == index
    expected_family = PartitionFamily.Flow if family is PartitionFamily.Execution else family
    assert decoded.family is expected_family


# ── JSON: to_json writes only what from_json reads back ──


def round_trips_or_is_refused(value: Any) -> bool:
    """``from_json(to_json(v)) == v`` and writes the same text again, or
    ``to_json`` raises ``JsonError`` (a document the fleet would refuse).
    Which one happened: True for a round trip."""
    try:
        text = value.to_json()
    except JsonError as refused:
        assert str(refused).startswith("to_json would write a document that from_json refuses: ")
        return False
    again = type(value).from_json(text)
    if type(value).__name__ in IDENTITY_EQ:
        # No `PartialEq` upstream (`CreateExecutionArgs`): compare what it
        # writes, as data, since a `HashMap` writes in any order.
        assert json.loads(again.to_json()) == json.loads(text)
    else:
        assert again == value
        assert again.to_json() == text
    return True


texts = st.text(max_size=70)
floats = st.floats(allow_nan=True, allow_infinity=True)
backoffs = st.one_of(
    st.builds(BackoffStrategy.Fixed, st.integers(min_value=0, max_value=2**64 - 1)),
    st.builds(
        BackoffStrategy.Exponential,
        initial_delay_ms=st.integers(min_value=0, max_value=2**64 - 1),
        max_delay_ms=st.integers(min_value=0, max_value=2**64 - 1),
        multiplier=floats,
        jitter=st.booleans(),
    ),
)


@given(text=texts)
def test_a_lane_round_trips_exactly_when_try_new_accepts_it(text: str) -> None:
    try:
        LaneId.try_new(text)
    except LaneIdError:
        valid = False
    else:
        valid = True
    assert round_trips_or_is_refused(LaneId(text)) is valid
    args = VALUES["CreateExecutionArgs"]().replace(lane_id=LaneId(text))  # type: ignore[attr-defined]
    assert round_trips_or_is_refused(args) is valid


@given(text=texts)
def test_a_cursor_round_trips_exactly_when_from_str_accepts_it(text: str) -> None:
    try:
        StreamCursor.from_str(text)
    except StreamCursorParseError:
        valid = False
    else:
        valid = text not in ("start", "end")  # At("start") is not Start
    assert round_trips_or_is_refused(StreamCursor.At(text)) is valid or text in ("start", "end")


@given(backoff=backoffs, retries=st.integers(min_value=0, max_value=2**32 - 1), categories=st.lists(texts, max_size=3))
def test_a_backoff_round_trips_exactly_when_its_floats_are_finite(
    backoff: BackoffStrategy, retries: int, categories: list[str]
) -> None:
    finite = not isinstance(backoff, BackoffStrategy.Exponential) or math.isfinite(backoff.multiplier)
    assert round_trips_or_is_refused(backoff) is finite
    assert round_trips_or_is_refused(RetryPolicy(max_retries=retries, backoff=backoff, retryable_categories=categories)) is finite


@given(
    text=texts,
    tags=st.dictionaries(texts, texts, max_size=4),
    number=st.integers(min_value=-(2**63), max_value=2**63 - 1),
    payload=st.binary(max_size=64),
)
def test_text_and_number_fields_always_round_trip(
    text: str, tags: dict[str, str], number: int, payload: bytes
) -> None:
    for value in (
        Namespace(text), WorkerId(text), WorkerInstanceId(text), WaitpointToken(text), TimestampMs(number),
        CancelSource.from_str(text) if text else CancelSource.from_str("x"),
    ):
        assert round_trips_or_is_refused(value), repr(value)
    args = VALUES["CreateExecutionArgs"]().replace(  # type: ignore[attr-defined]
        namespace=Namespace(text), tags=tags, input_payload=payload, execution_kind=text, priority=number % 2**31
    )
    assert round_trips_or_is_refused(args)


@pytest.mark.parametrize(("name", "make"), list(VALUES.items()), ids=list(VALUES))
def test_every_sample_value_round_trips(name: str, make: Any) -> None:
    value = make()
    if hasattr(value, "to_json"):
        assert round_trips_or_is_refused(value)


@given(
    text=texts,
    number=st.integers(min_value=-(2**31), max_value=2**31 - 1),
    index=st.integers(min_value=0, max_value=2**32 - 1),
    count=st.integers(min_value=0, max_value=2**64 - 1),
)
def test_types_written_without_a_second_read_read_back(text: str, number: int, index: int, count: int) -> None:
    """``ExecutionInfo`` and ``ListExecutionsResult`` are made only of parts
    that read back what they write (``Slot::READS_BACK``), so ``to_json``
    does not read its document again: any text and number in them must
    round-trip."""
    info = VALUES["ExecutionInfo"]().replace(  # type: ignore[attr-defined]
        namespace=text, lane_id=text, execution_kind=text, created_at=text, started_at=text, completed_at=None,
        flow_id=text, blocking_detail=text, priority=number, current_attempt_index=index,
    )
    assert round_trips_or_is_refused(info)
    (summary, *_) = VALUES["ListExecutionsResult"]().executions  # type: ignore[attr-defined]
    summary = summary.replace(namespace=text, lane_id=text, public_state=text, priority=number, created_at=text)
    assert round_trips_or_is_refused(ListExecutionsResult([summary, summary], count))
