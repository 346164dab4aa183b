"""FlowFabric ``ff_core`` types for Python.

Every class is the Rust type of the ff-core crate (``FF_CORE_VERSION``,
from crates.io) compiled with PyO3 into ``ff_core._ff_core``:
the same names, fields and constructors, ``repr`` equal to Rust's
``Debug`` (secrets redacted), and ``ScannerFilter.matches`` implemented
once, in Rust. The submodules mirror the Rust modules; the free functions
of ``keys`` and ``hash`` are reached through those modules only
(``ff_core.keys.noop_key``), so ``from ff_core import *`` never shadows
the builtin ``hash``.
"""

import importlib

from ff_core._facade import top_level
from ff_core._ff_core import FF_CORE_VERSION, __version__, _modules

for _module in _modules:
    importlib.import_module(f"ff_core.{_module}")

__all__ = ["FF_CORE_VERSION", "__version__", *top_level(globals())]
