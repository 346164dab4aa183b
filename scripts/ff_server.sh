#!/usr/bin/env bash
# The real ff-server 0.3.4, built from crates.io once per machine
# (`cargo install --locked`, about 6 minutes) and cached outside the clone;
# prints the binary's path. The tests start it themselves, on loopback.
set -euo pipefail
version=0.3.4
root=${FF_CORE_CACHE:-$HOME/.cache/ff-core}/ff-server-$version
binary=$root/bin/ff-server
if [ ! -x "$binary" ]; then
    target=$(mktemp -d)
    trap 'rm -rf "$target"' EXIT
    echo "== building ff-server $version from crates.io into $root (once per machine)" >&2
    cargo install --locked --quiet ff-server --version "=$version" --root "$root" --target-dir "$target" >&2
fi
echo "$binary"
