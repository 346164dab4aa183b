"""``ff_core::partition``: partition config, partitions, keys and the
CRC-16/XMODEM partition math. ``SoloPartitioner`` is the protocol a
custom partitioner for ``solo_partition_with`` implements."""

from typing import Protocol, runtime_checkable

from ff_core._ff_core import (
    Crc16SoloPartitioner,
    LaneId,
    Partition,
    PartitionConfig,
    PartitionCountError,
    PartitionFamily,
    PartitionKey,
    PartitionKeyParseError,
    budget_partition,
    execution_partition,
    flow_partition,
    quota_partition,
    solo_partition,
    solo_partition_with,
)


@runtime_checkable
class SoloPartitioner(Protocol):
    """Picks a lane's execution partition. The contract (not enforced):
    deterministic, and the result lies in ``0..config.num_flow_partitions``."""

    def partition_for_lane(self, lane: LaneId, config: PartitionConfig) -> int: ...


__all__ = [
    "Crc16SoloPartitioner",
    "Partition",
    "PartitionConfig",
    "PartitionCountError",
    "PartitionFamily",
    "PartitionKey",
    "PartitionKeyParseError",
    "SoloPartitioner",
    "budget_partition",
    "execution_partition",
    "flow_partition",
    "quota_partition",
    "solo_partition",
    "solo_partition_with",
]
