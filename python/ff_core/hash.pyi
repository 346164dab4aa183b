"""`ff_core::hash`: FNV-1a (64-bit), computed in Rust.

Reached as `ff_core.hash`; `from ff_core import *` does not bring in
this module, so it never shadows the builtin `hash`."""
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
    "fnv1a_u64",
    "fnv1a_xor8hex",
    "fnv1a_u16_mod",
]

def fnv1a_u64(data: Buffer) -> int:
    """FNV-1a (64-bit) of any bytes-like object."""

def fnv1a_xor8hex(text: str) -> str:
    """The hash of `text`'s UTF-8 folded to 32 bits, as 8 lowercase hex digits."""

def fnv1a_u16_mod(text: str, modulus: int) -> int:
    """The low 16 bits of the hash of `text`, modulo `modulus` (0 for 0)."""
