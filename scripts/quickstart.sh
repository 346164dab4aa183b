#!/usr/bin/env bash
# Build and install ff-core from source (with its valkey extra) into a
# fresh virtual environment, then run the examples: the types at work, and
# a scanner filtering executions on an embedded valkey-server, and a job
# against the real ff-server (built once per machine) on it.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv-quickstart
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
echo "Building ff-core from source (Rust, release mode: one to three minutes)..."
# pip's verbose log carries cargo's progress; show just the crate lines.
"$venv/bin/python" -m pip install -v ".[valkey]" -r examples/requirements.txt 2>&1 \
    | grep --line-buffered -E "^\s*(Compiling|Finished|Successfully installed)" \
    | sed -u 's/^\s*/  /' || { echo "build failed; rerun: $venv/bin/python -m pip install -v '.[valkey]'"; exit 1; }
"$venv/bin/python" -c "import ff_core" || { echo "ff_core did not install"; exit 1; }
echo
"$venv/bin/python" examples/quickstart.py
echo
"$venv/bin/python" examples/valkey_scan.py
echo
echo "Building ff-server 0.3.4 from crates.io for the last example (once per machine: about six minutes)..."
ff_server=$(bash scripts/ff_server.sh)
"$venv/bin/python" examples/ff_server.py --ff-server "$ff_server"
