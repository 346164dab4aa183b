"""Fills the facade's modules from the native module, where each type's
declaration registered its name: no name is listed here."""

from __future__ import annotations

from typing import Any

from ff_core import _handwritten
from ff_core._ff_core import _handwritten_exports, _modules


def export(namespace: dict[str, Any], module: str) -> list[str]:
    """Put `module`'s names and doc into `namespace`; return its `__all__`."""
    doc, names, _ = _modules[module]
    namespace.update(names)
    extras = _handwritten_exports.get(module, ())
    namespace.update((name, getattr(_handwritten, name)) for name in extras)
    namespace["__doc__"] = doc
    return [*names, *extras]


def top_level(namespace: dict[str, Any]) -> list[str]:
    """Put every name `ff_core` re-exports into `namespace`; return them."""
    exported: list[str] = []
    for module, (_, names, top) in _modules.items():
        namespace.update((name, names[name]) for name in top)
        extras = _handwritten_exports.get(module, ())
        namespace.update((name, getattr(_handwritten, name)) for name in extras)
        exported += [*top, *extras]
    return exported
