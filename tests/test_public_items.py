"""Every public item of ff-core 0.3.4 is reachable from Python. The list is
generated from the crate's source by ff-core's own build
(tests/corpus/public_items.json, written by rust/ff_core_py/tests/corpus.rs):
each module's top-level `pub` items and the ids its macros declare. Methods
are checked where their types are tested."""

import importlib
import json
import pathlib

ITEMS = json.loads((pathlib.Path(__file__).parent / "corpus" / "public_items.json").read_text())

# Items Python cannot reach, each with its reason. None today.
UNREACHABLE: dict[str, str] = {}


def test_every_public_item_is_reachable() -> None:
    assert len(ITEMS) == 241
    missing = []
    for item in ITEMS:
        path = f"{item['module']}::{item['name']}"
        module = importlib.import_module(f"ff_core.{item['module']}")
        if not hasattr(module, item["name"]) and path not in UNREACHABLE:
            missing.append(path)
    assert missing == []
    assert set(UNREACHABLE) <= {f"{i['module']}::{i['name']}" for i in ITEMS}
