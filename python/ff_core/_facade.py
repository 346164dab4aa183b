"""Fills the facade's modules from the native module, where each type's
declaration registered its name: no name is listed here."""

from __future__ import annotations

from typing import Any

from ff_core import _handwritten
from ff_core._ff_core import _handwritten_exports, _modules


def _names(module: str) -> dict[str, Any]:
    """`module`'s names in source order, then those of `_handwritten.py`."""
    names = dict(_modules[module][1])
    names.update((name, getattr(_handwritten, name)) for name in _handwritten_exports.get(module, ()))
    return names


def export(namespace: dict[str, Any], module: str) -> list[str]:
    """Put `module`'s names and doc into `namespace`; return its `__all__`."""
    names = _names(module)
    namespace.update(names)
    namespace["__doc__"] = _modules[module][0]
    return list(names)


def top_level(namespace: dict[str, Any]) -> list[str]:
    """Put every name `ff_core` re-exports into `namespace`; return them."""
    exported: list[str] = []
    for module, (_, _, top) in _modules.items():
        extras = _handwritten_exports.get(module, ())
        names = {name: value for name, value in _names(module).items() if name in top or name in extras}
        namespace.update(names)
        exported += names
    return exported
