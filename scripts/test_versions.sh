#!/usr/bin/env bash
# The wheel a user of each other CPython gets, tested there: a cp3X wheel
# for 3.10-3.13 (pyenv's, or python3.X on PATH) and one cp314-abi3 wheel,
# run on 3.14 and on 3.15, and the cp314-abi3 aarch64 wheel under qemu. Each wheel is installed into a fresh venv with
# the test requirements and runs the whole test suite. 3.14 and 3.15 are
# provisioned from Debian's packages when missing (shared/tools, as CI
# has it); elsewhere a missing interpreter is a notice, not a failure.
# These wheels are for testing: built without LTO (the release profile's
# fat LTO would double CI's time) into a temporary directory, not dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
export PATH="$repo/.venv/bin:$PATH"
source scripts/pythons.sh
current=$(python -c 'import sys; print("%d.%d" % sys.version_info[:2])')

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# test_wheel VERSION INTERPRETER WHEEL: the suite on INTERPRETER with WHEEL installed.
test_wheel() {
    local version=$1 interpreter=$2 wheel=$3
    "$interpreter" -m venv "$work/$version"
    "$work/$version/bin/python" -m pip install --quiet "$wheel" -r requirements-test.txt
    # Run from a copy of the tests, so `ff_core` is the installed wheel.
    mkdir "$work/copy-$version"
    cp -r tests examples scripts pyproject.toml Cargo.lock "$work/copy-$version"
    local log="$work/pytest-$version.log"
    if ! (cd "$work/copy-$version" && "$work/$version/bin/python" -m pytest -q -p no:cacheprovider > "$log" 2>&1); then
        tail -n 80 "$log"  # what failed, not just the count
        echo "CPython $version: FAILED"
        exit 1
    fi
    echo "CPython $version, $(basename "$wheel"): $(tail -n 1 "$log")"
}

for version in 3.10 3.11 3.12 3.13; do
    [ "$version" = "$current" ] && continue
    interpreter=$(find_python "$version") || { echo "notice: no CPython $version here"; continue; }
    tag="cp${version/./}"
    test_build --out "$work/wheels" -i "$interpreter"
    test_wheel "$version" "$interpreter" "$(ls "$work"/wheels/ff_core-*-"$tag"-"$tag"-*.whl)"
done

# One abi3 wheel for 3.14 and every later CPython: PyO3 freezes classes
# (PyType_Freeze) under the stable ABI from 3.14, so it keeps the contract.
# CI must test them: there a missing interpreter that cannot be provisioned fails.
missing() { if [ -n "${CI:-}" ]; then echo "CPython $1: not found and not provisioned" >&2; exit 1; fi; echo "notice: no CPython $1 here"; exit 0; }
py314=$(find_python 3.14 || provision_python 3.14) || missing 3.14
test_build --out "$work/abi3" -i "$py314" --features pyo3/abi3-py314
abi3_wheel=$(ls "$work"/abi3/ff_core-*-cp314-abi3-*.whl)
test_wheel 3.14 "$py314" "$abi3_wheel"
py315=$(find_python 3.15 || provision_python 3.15) || missing 3.15
test_wheel 3.15 "$py315" "$abi3_wheel"

# Linux on ARM: the same abi3 wheel for aarch64, cross-built through zig,
# run on Debian's arm64 CPython 3.14 under qemu-user. Emulation costs 20-30
# times native speed (the suite without its soak tests would take over 30
# minutes), so this runs the suites that pin down what the build computes:
# the whole corpus (every key, hash, partition, Debug/Display/JSON text,
# cursor and public state), the panic paths, the scanner predicate, the
# JSON round trips and the secrets, with fewer hypothesis examples.
# Each step needs what not every machine allows (binfmt_misc, rustup's
# aarch64 standard library): where one cannot be had, a notice says so.
arm_notice() { echo "notice: the aarch64 wheel is not tested here: $1"; exit 0; }
enable_aarch64_emulation || arm_notice "qemu-user emulation cannot be enabled"
rustup target list --installed | grep -qx aarch64-unknown-linux-gnu \
    || rustup target add aarch64-unknown-linux-gnu > /dev/null 2>&1 \
    || arm_notice "rustup cannot add the aarch64-unknown-linux-gnu target"
py_arm=$(provision_aarch64_python 3.14) || arm_notice "Debian's arm64 CPython 3.14 cannot be installed"
test_build --out "$work/aarch64" --target aarch64-unknown-linux-gnu -i "$py314" --features pyo3/abi3-py314
arm_wheel=$(ls "$work"/aarch64/ff_core-*-cp314-abi3-*aarch64*.whl)
# pip runs natively, installing for the emulated interpreter into a directory.
python -m pip install --quiet --target "$work/aarch64-site" --platform manylinux2014_aarch64 \
    --python-version 3.14 --implementation cp --only-binary=:all: "$arm_wheel" pytest hypothesis typing_extensions
mkdir "$work/copy-aarch64"
cp -r tests scripts pyproject.toml Cargo.lock "$work/copy-aarch64"
log="$work/pytest-aarch64.log"
if ! (cd "$work/copy-aarch64" && PYTHONPATH="$work/aarch64-site" FF_CORE_HYPOTHESIS_PROFILE=emulated FF_CORE_REQUIRE_VALKEY= \
    "$py_arm" -m pytest -q -p no:cacheprovider tests/test_corpus.py tests/test_panic_paths.py \
    tests/backend/test_scanner.py tests/test_round_trips.py tests/test_secrets.py > "$log" 2>&1); then
    tail -n 80 "$log"
    echo "CPython 3.14 on aarch64: FAILED"
    exit 1
fi
echo "CPython 3.14 on aarch64 (qemu-user), $(basename "$arm_wheel"): $(tail -n 1 "$log")"
