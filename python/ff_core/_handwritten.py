"""What no declaration in the binding can express, written by hand.

- ``SoloPartitioner``: a protocol a Python class implements, not a Rust
  type (``ff_core.partition`` exports it).
- ``_ClosedEnumMeta`` exists for the type checker only: the stubs type
  exhaustive Rust enums as ``enum.Enum`` (mypy checks a ``match`` as
  exhaustive only over enum literals), and this metaclass rejects what the
  run-time class of singletons cannot do.

The generated stubs import these names from here.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from ff_core.partition import PartitionConfig
    from ff_core.types import LaneId


@runtime_checkable
class SoloPartitioner(Protocol):
    """Picks a lane's execution partition. The contract (not enforced):
    deterministic, and the result lies in ``0..config.num_flow_partitions``."""

    def partition_for_lane(self, lane: LaneId, config: PartitionConfig) -> int: ...


if TYPE_CHECKING:

    class _ClosedEnumMeta(enum.EnumMeta):
        """At run time an exhaustive enum is a class of singletons, not an
        ``enum.Enum``: iterating, ``len``, ``in`` and indexing the class
        raise ``TypeError``, so mypy must reject them too."""

        __iter__: None  # type: ignore[assignment]
        __len__: None  # type: ignore[assignment]
        __contains__: None  # type: ignore[assignment]
        __getitem__: None  # type: ignore[assignment]
