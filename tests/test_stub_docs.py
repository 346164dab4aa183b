"""The generated stubs carry the Rust doc comments: every documented class
and function has, in its module's stub, the docstring PyO3 compiled into
the runtime object (both come from the same `///` lines)."""

import ast
import importlib
import inspect
import pathlib

import ff_core
import ff_core._ff_core as native

MODULES = list(native._modules)


def documented(tree: ast.Module) -> list[tuple[str, ast.ClassDef | ast.FunctionDef]]:
    """Every public class (nested ones too) and module function, by qualified name."""
    found: list[tuple[str, ast.ClassDef | ast.FunctionDef]] = []

    def walk(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                found.append((prefix + node.name, node))
                walk(node.body, prefix + node.name + ".")
            elif isinstance(node, ast.FunctionDef) and not prefix:
                found.append((node.name, node))

    walk(tree.body, "")
    return found


def runtime_doc(module: object, qualname: str) -> str:
    obj = module
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return inspect.cleandoc(obj.__doc__ or "")


def test_every_public_name_has_a_docstring() -> None:
    for name in dir(native):
        obj = getattr(native, name)
        if not name.startswith("_") and (isinstance(obj, type) or callable(obj)):
            assert (obj.__doc__ or "").strip(), name


def test_stub_docstrings_are_the_runtime_docstrings() -> None:
    checked = 0
    for name in MODULES:
        module = importlib.import_module(f"ff_core.{name}")
        stub = pathlib.Path(ff_core.__file__).with_name(f"{name}.pyi")
        assert ast.get_docstring(ast.parse(stub.read_text())) == inspect.cleandoc(module.__doc__ or ""), name
        for qualname, node in documented(ast.parse(stub.read_text())):
            assert (ast.get_docstring(node) or "") == runtime_doc(module, qualname), f"{name}.{qualname}"
            checked += 1
    assert checked >= 100
