"""``ff_core::contracts``: products exchanged between FlowFabric services."""

from ff_core._ff_core import ReclaimGrant

__all__ = ["ReclaimGrant"]
