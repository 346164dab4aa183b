#!/usr/bin/env bash
# Every check, from nothing: a virtual environment with the dev tools,
# the Rust gates and tests, the extension built into the venv, pytest,
# the typing checks, the docs, the benchmarks' quick mode, the release
# artifacts, and the wheel on every other CPython the machine has.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
venv=.venv
# A venv made by another Python would build a wheel for the wrong one.
if [ -x "$venv/bin/python" ] && [ "$("$venv/bin/python" -c 'import sys; print(sys.version)')" != "$("$python" -c 'import sys; print(sys.version)')" ]; then
    echo "== $venv was made by another Python: recreating it"
    rm -rf "$venv"
fi
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -r requirements-dev.txt
# The benchmark's extra peers are optional, here as in the README.
"$venv/bin/python" -m pip install --quiet -r benchmarks/requirements.txt \
    || echo "notice: msgspec/pydantic did not install; the benchmarks report without them"
export PYO3_PYTHON="$PWD/$venv/bin/python"
# The Valkey tests start their own servers; here a missing server fails them instead of skipping.
export FF_CORE_REQUIRE_VALKEY=1

echo "== cargo fmt, clippy, test (the corpus ff-core writes, the fast paths against ff-core)"
cargo fmt --all --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo test -p ff_core_py --quiet

echo "== third-party licences (cargo-about, from Cargo.lock)"
bash scripts/licenses.sh --check

echo "== build the extension into $venv"
# PIP_QUIET: pip's note that the optional valkey extra is skipped is noise here.
PIP_QUIET=1 "$venv/bin/maturin" develop --quiet --release

echo "== the real ff-server, for the route tests (built once per machine)"
FF_CORE_FF_SERVER=$(bash scripts/ff_server.sh)
export FF_CORE_FF_SERVER FF_CORE_REQUIRE_FF_SERVER=1

echo "== pytest"
"$venv/bin/python" -m pytest -q

echo "== mypy --strict (package, tests, examples, typing cases)"
"$venv/bin/python" -m mypy

echo "== stubtest"
"$venv/bin/python" -m mypy.stubtest --mypy-config-file stubs/stubtest.ini \
    --allowlist stubs/stubtest-allowlist.txt --allowlist stubs/stubtest-allowlist-generated.txt ff_core

echo "== docs (mkdocs --strict: a warning fails; every public name in the sidebar)"
NO_MKDOCS_2_WARNING=1 "$venv/bin/mkdocs" build --strict --quiet
"$venv/bin/python" scripts/check_docs.py

echo "== benchmarks, quick mode (runs, and agrees with the references)"
"$venv/bin/python" benchmarks/bench.py --quick > /dev/null
"$venv/bin/python" benchmarks/valkey_bench.py --quick > /dev/null
if "$venv/bin/python" -c "import msgspec" 2>/dev/null; then
    "$venv/bin/python" benchmarks/json_bench.py --quick > /dev/null
fi

echo "== the examples: quick start, the Valkey scan and the ff-server job on embedded servers"
"$venv/bin/python" examples/quickstart.py > /dev/null
"$venv/bin/python" examples/valkey_scan.py > /dev/null
"$venv/bin/python" examples/ff_server.py --ff-server "$FF_CORE_FF_SERVER" > /dev/null

echo "== wheel and sdist, installed outside the repository"
bash scripts/check_dist.sh

echo "== the test suite on every other CPython here"
bash scripts/test_versions.sh
