"""Round trips and references on random inputs (hypothesis): minted ids
through `str` and `parse`, partition keys through `parse`, and the
partition math against CRC-16/XMODEM (`binascii.crc_hqx`)."""

import binascii
import uuid

from hypothesis import given
from hypothesis import strategies as st

from ff_core import (
    ExecutionId,
    FlowId,
    LaneId,
    Partition,
    PartitionConfig,
    PartitionFamily,
    PartitionKey,
    SignalId,
    flow_partition,
    solo_partition,
)

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
