"""`ff_core::completion_backend`: the completion-stream trait, as the
`typing.Protocol` `CompletionBackend` (written in
`ff_core/_handwritten.py`: a Python class implements it, so there is
nothing to bind)."""
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
    "CompletionStream",
    "CompletionBackend",
]

from ff_core._handwritten import CompletionStream as CompletionStream

from ff_core._handwritten import CompletionBackend as CompletionBackend
