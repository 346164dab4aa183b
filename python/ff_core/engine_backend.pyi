"""`ff_core::engine_backend`: the trait a backend implements, as the
`typing.Protocol` `EngineBackend` (written in `ff_core/_handwritten.py`:
a Python class implements it, so there is nothing to bind)."""
# Generated from the binding's declarations by `cargo test -p ff_core_py`
# (FF_CORE_UPDATE_STUBS=1 rewrites it): do not edit.

import builtins
import enum
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any, ClassVar, Final, Literal, TypeAlias, final
from uuid import UUID

from typing_extensions import Buffer, Never, Self, disjoint_base

__all__ = [
    "EngineBackend",
]

from ff_core._handwritten import EngineBackend as EngineBackend
