# Sourced by test_versions.sh and release.sh: finding the CPythons to build
# wheels for, provisioning 3.14 and 3.15 where they are missing, and the
# wheel build itself (manylinux2014, glibc >= 2.17, through zig).

# The newest CPython VERSION here: pyenv's, python3.X on PATH, or one
# provision_python installed. Prints its path; fails if there is none.
find_python() {
    local version=$1 found
    found=$(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$version".*/bin/python3 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$found" ] || found=$(command -v "python$version" || true)
    [ -n "$found" ] || found=$(ls "$(pythons_dir)/$version/bin/python$version" 2>/dev/null || true)
    [ -n "$found" ] && echo "$found"
}

pythons_dir() { echo "${FF_CORE_PYTHONS:-$HOME/.cache/ff-core/pythons}"; }

# Install CPython VERSION (3.14, 3.15) from Debian's packages into
# pythons_dir, with the workplace's shared/tools script beside the
# repository. Prints the interpreter's path; fails if it cannot.
provision_python() {
    local version=$1 installer dest
    installer="$(dirname "$PWD")/shared/tools/install-debian-python.sh"
    dest="$(pythons_dir)/$version"
    [ -f "$installer" ] || return 1
    mkdir -p "$(pythons_dir)"
    if ! command -v patchelf > /dev/null; then
        apt-get install -y -qq patchelf > /dev/null 2>&1 \
            || { apt-get update -qq > /dev/null 2>&1 && apt-get install -y -qq patchelf > /dev/null 2>&1; } \
            || return 1
    fi
    echo "provisioning CPython $version from Debian's packages into $dest" >&2
    bash "$installer" "$version" sid "$dest" > "$dest.log" 2>&1 || { tail -n 20 "$dest.log" >&2; return 1; }
    echo "$dest/bin/python$version"
}

# maturin build for manylinux2014 through zig; extra arguments pass on
# (-i INTERPRETER, --features, --out). Test builds set no LTO.
manylinux_build() {
    maturin build --quiet --release --zig --compatibility manylinux2014 "$@" 2>&1 \
        | { grep -v "Using zig for cross-compiling" || true; }
}

test_build() {
    CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 manylinux_build "$@"
}
