"""ff_core.partition: config, partitions, keys, CRC-16/XMODEM math."""

import binascii
import pickle

import ff_core as ff
import pytest
from conftest import UUID, UUID_TEXT
from ff_core.partition import (
    Partition,
    PartitionConfig,
    PartitionCountError,
    PartitionFamily,
    PartitionKey,
    PartitionKeyParseError,
    SoloPartitioner,
    execution_partition,
    flow_partition,
    solo_partition,
)
from ff_core.types import ExecutionId, FlowId, LaneId
from hypothesis import given
from hypothesis import strategies as st

FAMILIES = [PartitionFamily.Flow, PartitionFamily.Execution, PartitionFamily.Budget, PartitionFamily.Quota]


class TestPartitionFamily:
    def test_singletons_and_repr(self) -> None:
        assert [repr(f) for f in FAMILIES] == ["Flow", "Execution", "Budget", "Quota"]
        assert [str(f) for f in FAMILIES] == ["Flow", "Execution", "Budget", "Quota"]
        assert PartitionFamily.Flow is PartitionFamily.Flow
        assert Partition(PartitionFamily.Quota, 1).family is PartitionFamily.Quota

    def test_eq_hash(self) -> None:
        assert FAMILIES[0] != FAMILIES[1]
        assert len(set(FAMILIES)) == 4
        text: object = "Flow"
        assert FAMILIES[0] != text

    def test_not_constructible_and_immutable(self) -> None:
        with pytest.raises(TypeError):
            PartitionFamily()  # type: ignore[call-arg]
        with pytest.raises(AttributeError):
            PartitionFamily.Flow.x = 1  # type: ignore[attr-defined]


class TestPartitionConfig:
    def test_default(self) -> None:
        c = PartitionConfig()
        assert (c.num_flow_partitions, c.num_budget_partitions, c.num_quota_partitions) == (256, 32, 32)
        assert repr(c) == (
            "PartitionConfig { num_flow_partitions: 256, num_budget_partitions: 32, num_quota_partitions: 32 }"
        )
        assert str(c) == repr(c)

    def test_fields_by_position_or_keyword(self) -> None:
        assert PartitionConfig(8, 2, 3) == PartitionConfig(
            num_flow_partitions=8, num_budget_partitions=2, num_quota_partitions=3
        )
        assert PartitionConfig(num_quota_partitions=1).num_flow_partitions == 256

    def test_count_for(self) -> None:
        c = PartitionConfig(1, 2, 3)
        assert [c.count_for(f) for f in FAMILIES] == [1, 1, 2, 3]

    def test_immutable_and_unhashable(self) -> None:
        with pytest.raises(AttributeError):
            PartitionConfig().num_flow_partitions = 3  # type: ignore[misc]
        with pytest.raises(TypeError, match="unhashable"):
            hash(PartitionConfig())

    @pytest.mark.parametrize("bad", [-1, 65536, 2**70])
    def test_u16_range(self, bad: int) -> None:
        with pytest.raises(OverflowError):
            PartitionConfig(bad)

    def test_wrong_type(self) -> None:
        with pytest.raises(TypeError):
            PartitionConfig("8")  # type: ignore[arg-type]


class TestPartition:
    @pytest.mark.parametrize(
        ("family", "index", "tag"),
        [
            (PartitionFamily.Flow, 7, "{fp:7}"),
            (PartitionFamily.Execution, 7, "{fp:7}"),
            (PartitionFamily.Budget, 0, "{b:0}"),
            (PartitionFamily.Quota, 31, "{q:31}"),
        ],
    )
    def test_hash_tag_and_str(self, family: PartitionFamily, index: int, tag: str) -> None:
        p = Partition(family, index)
        assert p.hash_tag() == tag
        assert str(p) == tag
        assert p.index == index

    def test_repr(self) -> None:
        assert repr(Partition(PartitionFamily.Budget, 1)) == "Partition { family: Budget, index: 1 }"

    def test_eq_hash_immutable(self) -> None:
        assert Partition(family=PartitionFamily.Flow, index=1) == Partition(PartitionFamily.Flow, 1)
        assert Partition(PartitionFamily.Flow, 1) != Partition(PartitionFamily.Execution, 1)
        assert hash(Partition(PartitionFamily.Flow, 1)) == hash(Partition(PartitionFamily.Flow, 1))
        with pytest.raises(AttributeError):
            Partition(PartitionFamily.Flow, 1).index = 2  # type: ignore[misc]

    def test_bad_input(self) -> None:
        with pytest.raises(OverflowError):
            Partition(PartitionFamily.Flow, 65536)
        with pytest.raises(TypeError):
            Partition("Flow", 1)  # type: ignore[arg-type]


class TestPartitionKey:
    def test_from_partition(self) -> None:
        key = PartitionKey(Partition(PartitionFamily.Budget, 3))
        assert key.as_str() == "{b:3}"
        assert str(key) == "{b:3}"
        assert repr(key) == 'PartitionKey("{b:3}")'
        assert key.parse() == Partition(PartitionFamily.Budget, 3)
        assert key.as_partition() == key.parse()

    def test_execution_round_trips_to_flow(self) -> None:
        key = PartitionKey(Partition(PartitionFamily.Execution, 4))
        assert key.parse() == Partition(PartitionFamily.Flow, 4)

    def test_eq_hash_immutable(self) -> None:
        a = PartitionKey(Partition(PartitionFamily.Flow, 0))
        assert a == PartitionKey(Partition(PartitionFamily.Execution, 0))
        assert hash(a) == hash(PartitionKey(Partition(PartitionFamily.Flow, 0)))
        with pytest.raises(AttributeError):
            a.x = 1  # type: ignore[attr-defined]

    @given(family=st.sampled_from(FAMILIES), index=st.integers(0, 65535))
    def test_text_is_the_hash_tag_and_shared(self, family: PartitionFamily, index: int) -> None:
        """Each partition's text is made once and shared by its keys and
        hash_tag() calls; Flow and Execution share the `fp` texts."""
        partition = Partition(family, index)
        key = PartitionKey(partition)
        assert key.as_str() == f"{{{family.prefix()}:{index}}}" == partition.hash_tag()
        assert PartitionKey(Partition(family, index)).as_str() is key.as_str()
        assert partition.hash_tag() is key.as_str()
        if family in (PartitionFamily.Flow, PartitionFamily.Execution):
            other = PartitionFamily.Execution if family is PartitionFamily.Flow else PartitionFamily.Flow
            assert PartitionKey(Partition(other, index)).as_str() is key.as_str()

    def test_only_from_a_partition(self) -> None:
        with pytest.raises(TypeError):
            PartitionKey("{fp:0}")  # type: ignore[arg-type]

    def test_error_class(self) -> None:
        # Keys built from partitions always decode; the class is still public.
        assert issubclass(PartitionKeyParseError, ValueError)


class TestPartitionMath:
    def test_crc16_xmodem_check_value(self) -> None:
        assert binascii.crc_hqx(b"123456789", 0) == 0x31C3
        p = solo_partition(LaneId("123456789"), PartitionConfig(65535))
        assert p == Partition(PartitionFamily.Execution, 0x31C3)

    @pytest.mark.parametrize("lane", ["default", "gpu", "é", ""])
    def test_solo_partition(self, lane: str) -> None:
        expected = binascii.crc_hqx(lane.encode(), 0) % 256
        assert solo_partition(LaneId(lane), PartitionConfig()) == Partition(PartitionFamily.Execution, expected)

    def test_changed_and_unpickled_configs_count(self) -> None:
        """The config's counts are read from the value in hand, however it
        was made: constructor, replace, unpickling."""
        lane = LaneId("123456789")  # CRC 0x31C3 = 12739
        config = PartitionConfig(65535).replace(num_flow_partitions=100)
        assert solo_partition(lane, config).index == 12739 % 100
        assert solo_partition(lane, pickle.loads(pickle.dumps(config))).index == 12739 % 100
        assert solo_partition(lane, PartitionConfig(num_flow_partitions=7)).index == 12739 % 7
        partition = pickle.loads(pickle.dumps(Partition(PartitionFamily.Quota, 9).replace(index=12)))
        assert PartitionKey(partition).as_str() == "{q:12}"

    def test_flow_partition(self) -> None:
        expected = binascii.crc_hqx(UUID.bytes, 0) % 16
        assert flow_partition(FlowId.parse(UUID_TEXT), PartitionConfig(16)) == Partition(
            PartitionFamily.Flow, expected
        )

    def test_execution_partition_reads_the_tag(self) -> None:
        eid = ExecutionId.parse(f"{{fp:300}}:{UUID_TEXT}")
        assert execution_partition(eid, PartitionConfig()) == Partition(PartitionFamily.Execution, 300)

    def test_zero_counts(self) -> None:
        with pytest.raises(PartitionCountError) as caught:
            flow_partition(FlowId(), PartitionConfig(0))
        assert str(caught.value) == "partition count for Flow is 0; it must be at least 1"
        assert caught.value.payload is PartitionFamily.Flow
        with pytest.raises(PartitionCountError, match="for Execution is 0"):
            solo_partition(LaneId("x"), PartitionConfig(0))

    def test_wrong_types(self) -> None:
        with pytest.raises(TypeError):
            solo_partition("default", PartitionConfig())  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            flow_partition(FlowId(), None)  # type: ignore[arg-type]


def test_partition_family_is_not_iterable_at_run_time() -> None:
    """The stubs type PartitionFamily as an enum whose class mypy will not
    iterate (see _ClosedEnumMeta); the runtime class agrees."""
    with pytest.raises(TypeError):
        iter(PartitionFamily)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        len(PartitionFamily)  # type: ignore[arg-type]
    assert [PartitionFamily.Flow.prefix(), PartitionFamily.Budget.prefix(), PartitionFamily.Quota.prefix()] == ["fp", "b", "q"]


def test_the_partition_math_answers_with_one_shared_value_per_partition() -> None:
    config = PartitionConfig(num_flow_partitions=7, num_budget_partitions=5, num_quota_partitions=3)
    lane = LaneId("gpu")
    solo = solo_partition(lane, config)
    assert solo_partition(LaneId("gpu"), config) is solo
    assert execution_partition(ExecutionId.solo(lane, config), config) is solo  # Execution, same index
    flow = FlowId()
    assert flow_partition(flow, config) is flow_partition(flow, config)
    assert flow_partition(flow, config) is not Partition(PartitionFamily.Flow, flow_partition(flow, config).index)
    # Flow and Execution are distinct values with the same index and tag.
    same_index = Partition(PartitionFamily.Flow, solo.index)
    assert solo != same_index and solo.hash_tag() is same_index.hash_tag()
    assert solo == Partition(PartitionFamily.Execution, solo.index)


class Fixed:
    def __init__(self, answer: object) -> None:
        self.answer = answer
        self.seen: list[tuple[object, object]] = []

    def partition_for_lane(self, lane: ff.LaneId, config: ff.PartitionConfig) -> int:
        self.seen.append((lane, config))
        return self.answer  # type: ignore[return-value]


class TestPartitioners:
    def test_crc_partitioner(self) -> None:
        crc = ff.Crc16SoloPartitioner()
        assert isinstance(crc, SoloPartitioner)
        assert crc.partition_for_lane(ff.LaneId("default"), ff.PartitionConfig()) == 86
        assert repr(crc) == "Crc16SoloPartitioner"
        assert crc == crc and crc != ff.Crc16SoloPartitioner()
        with pytest.raises(TypeError, match="unhashable"):
            hash(crc)
        with pytest.raises(ff.PartitionCountError) as caught:
            ff.solo_partition_with(ff.LaneId("x"), ff.PartitionConfig(0), crc)
        assert caught.value.payload is ff.PartitionFamily.Execution

    def test_custom_partitioner_is_called_and_unchecked(self) -> None:
        custom = Fixed(999)
        lane, config = ff.LaneId("x"), ff.PartitionConfig(0)
        partition = ff.solo_partition_with(lane, config, custom)
        assert (partition.family, partition.index) == (ff.PartitionFamily.Execution, 999)
        assert custom.seen == [(lane, config)]
        assert isinstance(custom, SoloPartitioner)

    def test_custom_partitioner_errors(self) -> None:
        lane, config = ff.LaneId("x"), ff.PartitionConfig()
        with pytest.raises(TypeError):
            ff.solo_partition_with(lane, config, Fixed("7"))
        with pytest.raises(TypeError):
            ff.solo_partition_with(lane, config, Fixed(7.0))
        with pytest.raises(OverflowError):
            ff.solo_partition_with(lane, config, Fixed(65536))
        with pytest.raises(OverflowError):
            ff.solo_partition_with(lane, config, Fixed(-1))

        class Boom:
            def partition_for_lane(self, lane: ff.LaneId, config: ff.PartitionConfig) -> int:
                raise KeyError("from the partitioner")

        with pytest.raises(KeyError, match="from the partitioner"):
            ff.solo_partition_with(lane, config, Boom())
        with pytest.raises(AttributeError):
            ff.solo_partition_with(lane, config, object())  # type: ignore[arg-type]

    def test_zero_counts(self) -> None:
        zero = ff.PartitionConfig(0, 0, 0)
        with pytest.raises(ff.PartitionCountError) as budget:
            ff.budget_partition(ff.BudgetId(), zero)
        assert budget.value.payload is ff.PartitionFamily.Budget
        with pytest.raises(ff.PartitionCountError) as quota:
            ff.quota_partition(ff.QuotaPolicyId(), zero)
        assert quota.value.payload is ff.PartitionFamily.Quota
