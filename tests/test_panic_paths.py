"""Every place where ff-core 0.3.4 panics on a value Python can pass.

The binding checks first and raises; the list is the one in
docs/mapping.md ("Where ff-core panics"). Each path is called here with
the value that would make ff-core panic.
"""

import uuid
from collections.abc import Callable

import ff_core as ff
import pytest

ZERO = ff.PartitionConfig(0, 0, 0)
LANE = ff.LaneId("default")
UUID = uuid.UUID("67e55044-10b1-426f-9247-bb680e5fe0c8")

# `partition_for_uuid` asserts `num_partitions > 0`, and
# `Crc16SoloPartitioner::partition_for_lane` asserts `num_flow_partitions > 0`.
ZERO_COUNT_PATHS: list[tuple[str, Callable[[], object], ff.PartitionFamily]] = [
    ("flow_partition", lambda: ff.flow_partition(ff.FlowId(), ZERO), ff.PartitionFamily.Flow),
    ("budget_partition", lambda: ff.budget_partition(ff.BudgetId(), ZERO), ff.PartitionFamily.Budget),
    ("quota_partition", lambda: ff.quota_partition(ff.QuotaPolicyId(), ZERO), ff.PartitionFamily.Quota),
    ("solo_partition", lambda: ff.solo_partition(LANE, ZERO), ff.PartitionFamily.Execution),
    (
        "solo_partition_with(Crc16SoloPartitioner)",
        lambda: ff.solo_partition_with(LANE, ZERO, ff.Crc16SoloPartitioner()),
        ff.PartitionFamily.Execution,
    ),
    (
        "Crc16SoloPartitioner.partition_for_lane",
        lambda: ff.Crc16SoloPartitioner().partition_for_lane(LANE, ZERO),
        ff.PartitionFamily.Execution,
    ),
    ("ExecutionId.for_flow", lambda: ff.ExecutionId.for_flow(ff.FlowId(), ZERO), ff.PartitionFamily.Flow),
    ("ExecutionId.solo", lambda: ff.ExecutionId.solo(LANE, ZERO), ff.PartitionFamily.Execution),
    (
        "ExecutionId.deterministic_for_flow",
        lambda: ff.ExecutionId.deterministic_for_flow(ff.FlowId(), ZERO, UUID),
        ff.PartitionFamily.Flow,
    ),
    (
        "ExecutionId.deterministic_solo",
        lambda: ff.ExecutionId.deterministic_solo(LANE, ZERO, UUID),
        ff.PartitionFamily.Execution,
    ),
]


@pytest.mark.parametrize(("name", "call", "family"), ZERO_COUNT_PATHS, ids=[p[0] for p in ZERO_COUNT_PATHS])
def test_zero_partition_count(name: str, call: Callable[[], object], family: ff.PartitionFamily) -> None:
    with pytest.raises(ff.PartitionCountError) as caught:
        call()
    assert str(caught.value) == f"partition count for {family!r} is 0; it must be at least 1"
    assert caught.value.variant == "Zero"
    assert caught.value.payload is family


def test_only_the_family_used_needs_a_count() -> None:
    # A zero count of another family is not divided by, as in ff-core.
    flow_only = ff.PartitionConfig(num_flow_partitions=1, num_budget_partitions=0, num_quota_partitions=0)
    assert ff.solo_partition(LANE, flow_only).index == 0
    assert ff.flow_partition(ff.FlowId(), flow_only).index == 0
    assert ff.ExecutionId.deterministic_solo(LANE, flow_only, UUID).partition() == 0
    with pytest.raises(ff.PartitionCountError):
        ff.budget_partition(ff.BudgetId(), flow_only)


# `LeaseEpoch::next` and `AttemptIndex::next` add 1 unchecked: a debug
# build panics at the maximum, a release build wraps to 0.
@pytest.mark.parametrize(
    ("counter", "maximum"), [(ff.LeaseEpoch, 2**64 - 1), (ff.AttemptIndex, 2**32 - 1)], ids=["LeaseEpoch", "AttemptIndex"]
)
def test_counter_next_at_maximum(counter: type[ff.LeaseEpoch] | type[ff.AttemptIndex], maximum: int) -> None:
    last = counter(maximum)
    with pytest.raises(OverflowError, match=f"^{counter.__name__} is at its maximum$"):
        last.next()
    assert last == counter(maximum)
    assert counter(maximum - 1).next() == last
