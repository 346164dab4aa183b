#!/usr/bin/env bash
# The release artifacts, as a user gets them: build the manylinux2014 wheel
# for this interpreter (zig) and the sdist, check the wheel's contents, install each into
# a fresh venv outside the repository, type-check a consumer against the
# installed stubs with mypy --strict, and run the quick start.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
export PATH="$repo/.venv/bin:$PATH"  # maturin and zig (ziglang) from the dev venv

dist=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$dist" "$work"' EXIT

maturin build --quiet --release --zig --compatibility manylinux2014 --out "$dist"
maturin sdist --out "$dist" > /dev/null
wheel=$(ls "$dist"/*.whl)
echo "wheel: $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KiB)"

python - "$wheel" <<'PY'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
for needed in (next(n for n in names if n.startswith("ff_core/_ff_core.") and n.endswith(".so")), "ff_core/_ff_core.pyi", "ff_core/py.typed", "ff_core/__init__.py"):
    assert needed in names, f"wheel lacks {needed}"
assert not any(n.startswith(("tests/", "stubs/")) or "/tests/" in n for n in names), "wheel carries tests"
tag = "cp%d%d" % sys.version_info[:2]
assert f"-{tag}-{tag}-manylinux2014_x86_64" in sys.argv[1], f"expected a {tag} manylinux2014 wheel"
PY

cp stubs/typing/pass_usage.py examples/quickstart.py "$work"
for artifact in "$wheel" "$dist"/*.tar.gz; do
    rm -rf "$work/venv"
    python3 -m venv "$work/venv"
    "$work/venv/bin/python" -m pip install --quiet "$artifact" mypy
    (cd "$work" && venv/bin/python -m mypy --strict --enable-error-code exhaustive-match --no-incremental pass_usage.py quickstart.py)
    (cd "$work" && venv/bin/python quickstart.py > /dev/null)
    echo "installed and type-checked: $(basename "$artifact")"
done
