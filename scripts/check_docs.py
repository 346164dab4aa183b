"""Every public name of every module is reachable from the API
reference's sidebar: the built page of module `m` links `#ff_core.m.<name>`
for each name of `ff_core.m.__all__`. Run after `mkdocs build`."""

from __future__ import annotations

import importlib
import pathlib
import sys

from ff_core._ff_core import _modules

SITE = pathlib.Path(__file__).resolve().parent.parent / "site" / "reference"
MODULES = [*_modules, "valkey"]


def main() -> int:
    missing: list[str] = []
    for name in MODULES:
        module = importlib.import_module(f"ff_core.{name}")
        page = (SITE / name / "index.html").read_text(encoding="utf-8")
        missing += [f"ff_core.{name}.{member}" for member in module.__all__ if f'href="#ff_core.{name}.{member}"' not in page]
    if missing:
        print("not in the reference's sidebar:", *missing, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
