"""The stubs carry the Rust doc comments: every documented class and
function of the native module has the same docstring in
`_ff_core.pyi` (scripts/sync_stub_docs.py copies them)."""

import ast
import inspect
import pathlib
import sys

import ff_core._ff_core as native

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "scripts"))
from sync_stub_docs import STUB, documented, runtime_doc  # type: ignore[import-not-found]  # noqa: E402


def test_every_public_name_has_a_docstring() -> None:
    for name in dir(native):
        obj = getattr(native, name)
        if not name.startswith("_") and (isinstance(obj, type) or callable(obj)):
            assert (obj.__doc__ or "").strip(), name


def test_stub_docstrings_are_the_rust_doc_comments() -> None:
    tree = ast.parse(STUB.read_text())
    checked = 0
    for qualname, node in documented(tree):
        doc = runtime_doc(qualname)
        if doc is not None:
            assert ast.get_docstring(node) == inspect.cleandoc(doc), qualname
            checked += 1
    assert checked >= 50
