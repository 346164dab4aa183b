#!/usr/bin/env bash
# The release artifacts into dist/: a manylinux2014 x86_64 wheel for each
# supported CPython (cp310-cp313, and one cp314-abi3 for 3.14 and later),
# the cp314-abi3 wheel for aarch64 (cross-built through zig),
# built with the release profile (fat LTO), and the sdist. Interpreters
# are found or provisioned as in test_versions.sh, which tests these
# same builds (without LTO) on every version.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
source scripts/pythons.sh
for version in 3.10 3.11 3.12 3.13; do
    interpreter=$(find_python "$version") || { echo "no CPython $version: cannot release" >&2; exit 1; }
    manylinux_build --out dist -i "$interpreter"
done
py314=$(find_python 3.14 || provision_python 3.14) || { echo "no CPython 3.14: cannot release" >&2; exit 1; }
manylinux_build --out dist -i "$py314" --features pyo3/abi3-py314
rustup target add aarch64-unknown-linux-gnu > /dev/null
manylinux_build --out dist -i "$py314" --features pyo3/abi3-py314 --target aarch64-unknown-linux-gnu
maturin sdist --out dist > /dev/null
ls dist
