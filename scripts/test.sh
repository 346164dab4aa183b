#!/usr/bin/env bash
# Every check, from nothing: a virtual environment with the dev tools,
# the Rust gates and tests, the extension built into the venv, pytest,
# the typing checks and the benchmarks' quick mode.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -r requirements-dev.txt -r benchmarks/requirements.txt
export PYO3_PYTHON="$PWD/$venv/bin/python"

echo "== cargo fmt, clippy, test"
cargo fmt --all --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo test -p ff_core --quiet

echo "== build the extension into $venv"
"$venv/bin/maturin" develop --quiet --release

echo "== pytest"
"$venv/bin/python" -m pytest -q

echo "== mypy --strict (package, tests, examples, typing cases)"
"$venv/bin/python" -m mypy

echo "== stubtest"
"$venv/bin/python" -m mypy.stubtest --mypy-config-file stubs/stubtest.ini \
    --allowlist stubs/stubtest-allowlist.txt ff_core

echo "== benchmarks, quick mode (runs, and agrees with the references)"
"$venv/bin/python" benchmarks/bench.py --quick > /dev/null

echo "== quick start"
"$venv/bin/python" examples/quickstart.py > /dev/null

echo "== wheel and sdist, installed outside the repository"
bash scripts/check_dist.sh
