"""``ff_core::partition``: partition config, partitions, keys and the
CRC-16/XMODEM partition math."""

from ff_core._ff_core import (
    Partition,
    PartitionConfig,
    PartitionCountError,
    PartitionFamily,
    PartitionKey,
    PartitionKeyParseError,
    execution_partition,
    flow_partition,
    solo_partition,
)

__all__ = [
    "Partition",
    "PartitionConfig",
    "PartitionCountError",
    "PartitionFamily",
    "PartitionKey",
    "PartitionKeyParseError",
    "execution_partition",
    "flow_partition",
    "solo_partition",
]
