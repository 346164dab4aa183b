#!/usr/bin/env bash
# Build and install ff-core from source into a fresh virtual environment,
# then run the quick-start example.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv-quickstart
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet .
"$venv/bin/python" examples/quickstart.py
