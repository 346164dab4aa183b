#!/usr/bin/env bash
# The release artifacts, as a user gets them: build the manylinux2014 wheel
# for this interpreter (zig) and the sdist into dist/, check what they
# carry, install each into a fresh venv outside the repository,
# type-check a consumer against the installed stubs with mypy --strict,
# and run both examples (the valkey extra installed).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
export PATH="$repo/.venv/bin:$PATH"  # maturin and zig (ziglang) from the dev venv

dist=$repo/dist
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tag=$(python -c 'import sys; print("cp%d%d" % sys.version_info[:2])')
rm -f "$dist"/ff_core-*-"$tag"-*.whl "$dist"/ff_core-*.tar.gz

# maturin announces zig as "cross-compiling" even for this machine's target.
maturin build --quiet --release --zig --compatibility manylinux2014 --out "$dist" 2>&1 \
    | { grep -v "Using zig for cross-compiling" || true; }
maturin sdist --out "$dist" > /dev/null 2>&1
wheel=$(ls "$dist"/ff_core-*-"$tag"-*.whl)
sdist=$(ls "$dist"/ff_core-*.tar.gz)
echo "wheel: $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KiB)"

python - "$wheel" "$sdist" <<'PY'
import sys, tarfile, zipfile
wheel, sdist = sys.argv[1:]
names = set(zipfile.ZipFile(wheel).namelist())
native = [n for n in names if n.startswith("ff_core/_ff_core.") and n.endswith(".so")]
assert len(native) == 1, f"wheel has {native}"
stubs = [f"ff_core/{m}.pyi" for m in ("__init__", "_ff_core", "backend", "contracts", "hash", "keys", "partition", "policy", "state", "types")]
for needed in (*stubs, "ff_core/py.typed", "ff_core/__init__.py", "ff_core/_handwritten.py"):
    assert needed in names, f"wheel lacks {needed}"
for licence in ("LICENSE", "THIRD-PARTY-LICENSES.html"):
    assert any(n.endswith(f".dist-info/licenses/{licence}") for n in names), f"wheel lacks {licence}"
    assert any(n.endswith(f"/{licence}") for n in tarfile.open(sdist).getnames()), f"sdist lacks {licence}"
assert "ff-core 0.3.4" in open("THIRD-PARTY-LICENSES.html").read(), "the licence list does not name ff-core"
metadata = next(zipfile.ZipFile(wheel).read(n).decode() for n in names if n.endswith(".dist-info/METADATA"))
assert "Project-URL: Upstream (FlowFabric), https://github.com/avifenesh/FlowFabric" in metadata, "no project URL"
assert "Provides-Extra: valkey" in metadata, "no valkey extra"
assert not any(n.startswith(("tests/", "stubs/")) or "/tests/" in n for n in names), "wheel carries tests"
tag = "cp%d%d" % sys.version_info[:2]
assert f"-{tag}-{tag}-manylinux2014_x86_64" in wheel, f"expected a {tag} manylinux2014 wheel"
PY

cp stubs/typing/pass_usage.py examples/quickstart.py examples/valkey_scan.py "$work"
for artifact in "$wheel" "$sdist"; do
    rm -rf "$work/venv"
    python3 -m venv "$work/venv"
    # Building the sdist needs no fat LTO to show that it builds and installs.
    CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
        "$work/venv/bin/python" -m pip install --quiet "$artifact[valkey]" -r examples/requirements.txt mypy
    (cd "$work" && venv/bin/python -m mypy --strict --enable-error-code exhaustive-match --no-incremental \
        --follow-untyped-imports pass_usage.py quickstart.py valkey_scan.py)
    (cd "$work" && venv/bin/python quickstart.py > /dev/null && venv/bin/python valkey_scan.py > /dev/null)
    echo "installed and type-checked: $(basename "$artifact")"
done
