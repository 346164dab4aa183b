#!/usr/bin/env bash
# The full benchmark run: ours against plain-Python peers, in one process,
# then filter_candidates against hand-written loops on a local valkey-server.
# Uses the venv and release build that scripts/test.sh sets up.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet -r requirements-dev.txt -r benchmarks/requirements.txt
# PIP_QUIET: pip's note that the optional valkey extra is skipped is noise here.
PIP_QUIET=1 "$venv/bin/maturin" develop --quiet --release
"$venv/bin/python" benchmarks/bench.py "$@"
echo
"$venv/bin/python" benchmarks/valkey_bench.py "$@"
echo
"$venv/bin/python" benchmarks/json_bench.py "$@"
