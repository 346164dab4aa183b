"""`ff_core::error`: how a caller should handle each error (`ErrorClass`,
which `EngineError.class_()` answers)."""
# Generated from the binding's declarations by `cargo test -p ff_core_py`
# (FF_CORE_UPDATE_STUBS=1 rewrites it): do not edit.

import builtins
import enum
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any, ClassVar, Final, Literal, TypeAlias, final
from uuid import UUID

from typing_extensions import Buffer, Never, Self, disjoint_base
from ff_core._handwritten import _ClosedEnumMeta

__all__ = [
    "ErrorClass",
]

@final
class ErrorClass(enum.Enum, metaclass=_ClosedEnumMeta):
    """Classification of how the SDK should handle each error. Exhaustive
    in Rust."""
    Terminal = ...
    Retryable = ...
    Cooperative = ...
    Informational = ...
    Advisory = ...
    Bug = ...
    Expected = ...
    SoftError = ...
    def to_json(self) -> str: ...
    @staticmethod
    def from_json(text: str | Buffer) -> ErrorClass: ...
