"""``ff_core::hash``: FNV-1a (64-bit), computed in Rust.

Reached as ``ff_core.hash``; ``from ff_core import *`` does not bring in
this module, so it never shadows the builtin ``hash``.
"""

from ff_core._ff_core import fnv1a_u16_mod, fnv1a_u64, fnv1a_xor8hex

__all__ = ["fnv1a_u16_mod", "fnv1a_u64", "fnv1a_xor8hex"]
