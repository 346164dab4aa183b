#!/usr/bin/env bash
# THIRD-PARTY-LICENSES.html: the licence texts of every Rust crate the
# native module links, generated from Cargo.lock by cargo-about (installed
# into ~/.cargo/bin on first use). With --check, fail if the committed
# file differs from what it would generate.
set -euo pipefail
cd "$(dirname "$0")/.."
version=0.9.3
if [ "$(cargo about --version 2>/dev/null)" != "cargo-about $version" ]; then
    echo "installing cargo-about $version (once per machine)"
    cargo install --quiet --locked --features cli cargo-about --version "$version"
fi
out=THIRD-PARTY-LICENSES.html
generated=$(mktemp)
trap 'rm -f "$generated"' EXIT
cargo about generate --offline --locked -c scripts/licenses/about.toml -m rust/ff_core_py/Cargo.toml \
    scripts/licenses/about.hbs -o "$generated"
if [ "${1:-}" = "--check" ]; then
    cmp -s "$generated" "$out" || { echo "$out is stale: run bash scripts/licenses.sh" >&2; exit 1; }
else
    cat "$generated" > "$out"
fi
