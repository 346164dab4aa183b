#!/usr/bin/env bash
# The wheel on every other CPython >= 3.10 the machine has (pyenv's, or
# python3.X on PATH): build a wheel for it, install it into a fresh venv
# with the test requirements, run the test suite there. A machine with no
# other CPython prints a notice; that is not a failure. These wheels are
# for testing: built without LTO (the release profile's fat LTO would
# double CI's time) into a temporary directory, not dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
export PATH="$repo/.venv/bin:$PATH"
current=$(python -c 'import sys; print("%d.%d" % sys.version_info[:2])')

interpreters=()
for minor in 10 11 12 13; do
    [ "3.$minor" = "$current" ] && continue
    found=$(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3."$minor".*/bin/python3 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$found" ] || found=$(command -v "python3.$minor" || true)
    [ -n "$found" ] && interpreters+=("$found")
done
if [ ${#interpreters[@]} -eq 0 ]; then
    echo "notice: no other CPython >= 3.10 on this machine; tested on $current only"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for interpreter in "${interpreters[@]}"; do
    version=$("$interpreter" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    tag="cp${version/./}"
    CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
        maturin build --quiet --release --zig --compatibility manylinux2014 -i "$interpreter" --out "$work/wheels" 2>&1 \
        | { grep -v "Using zig for cross-compiling" || true; }
    "$interpreter" -m venv "$work/$version"
    "$work/$version/bin/python" -m pip install --quiet "$work"/wheels/ff_core-*-"$tag"-*.whl -r requirements-test.txt
    # Run from a copy of the tests, so `ff_core` is the installed wheel.
    mkdir "$work/copy-$version"
    cp -r tests scripts pyproject.toml "$work/copy-$version"
    log="$work/pytest-$version.log"
    if ! (cd "$work/copy-$version" && "$work/$version/bin/python" -m pytest -q -p no:cacheprovider > "$log" 2>&1); then
        tail -n 80 "$log"  # what failed, not just the count
        echo "CPython $version: FAILED"
        exit 1
    fi
    tail -n 1 "$log" | sed "s/^/CPython $version: /"
done
