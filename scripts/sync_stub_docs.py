"""Copy the docstrings of the native module (the Rust doc comments) into
the stubs, so tools that read only the stubs (mypy, IDEs, the API
reference) show the same text. `tests/test_stub_docs.py` fails when the
two differ; run this after changing a Rust doc comment:

    .venv/bin/python scripts/sync_stub_docs.py
"""

from __future__ import annotations

import ast
import inspect
import pathlib

import ff_core._ff_core as native

# Beside the native module: python/ff_core/ in a checkout, the package in a wheel.
STUB = pathlib.Path(native.__file__).with_name("_ff_core.pyi")


def documented(tree: ast.Module) -> list[tuple[str, ast.ClassDef | ast.FunctionDef]]:
    """Every class (nested ones too) and module function, by qualified name,
    whose runtime object exists."""
    found: list[tuple[str, ast.ClassDef | ast.FunctionDef]] = []

    def walk(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                found.append((prefix + node.name, node))
                walk(node.body, prefix + node.name + ".")
            elif isinstance(node, ast.FunctionDef) and not prefix and not node.name.startswith("_"):
                found.append((node.name, node))

    walk(tree.body, "")
    return found


def runtime_doc(qualname: str) -> str | None:
    obj: object = native
    for part in qualname.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return inspect.cleandoc(obj.__doc__) if obj.__doc__ else None


def main() -> None:
    lines = STUB.read_text().split("\n")
    tree = ast.parse("\n".join(lines))
    for qualname, node in sorted(documented(tree), key=lambda item: -item[1].lineno):
        doc = runtime_doc(qualname)
        if doc is None:
            continue
        indent = " " * (node.col_offset + 4)
        text = doc.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').split("\n")
        new = [indent + '"""' + text[0]] + [(indent + t) if t else "" for t in text[1:]]
        new[-1] += '"""'
        first = node.body[0]
        has_doc = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str)
        if has_doc:
            lines[first.lineno - 1 : first.end_lineno] = new
        elif isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and first.value.value is Ellipsis and first.lineno == node.lineno:
            # `def f(...) -> T: ...` on one line: give it a body.
            header = lines[node.lineno - 1]
            lines[node.lineno - 1] = header[: header.rindex("...")].rstrip()
            lines.insert(node.lineno, "\n".join(new))
        else:
            lines.insert(first.lineno - 1, "\n".join(new))
    STUB.write_text("\n".join(lines))


if __name__ == "__main__":
    main()
