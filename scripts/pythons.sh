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

# Run aarch64 programs here: qemu-user-static from Debian's packages,
# registered with the kernel's binfmt_misc. Fails where that is not allowed.
enable_aarch64_emulation() {
    if [ ! -e /proc/sys/fs/binfmt_misc/register ]; then
        mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc 2> /dev/null || return 1
    fi
    if [ ! -e /usr/lib/binfmt.d/qemu-aarch64.conf ]; then
        apt-get install -y -qq qemu-user-static > /dev/null 2>&1 \
            || { apt-get update -qq > /dev/null 2>&1 && apt-get install -y -qq qemu-user-static > /dev/null 2>&1; } \
            || return 1
    fi
    [ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ] \
        || cat /usr/lib/binfmt.d/qemu-aarch64.conf > /proc/sys/fs/binfmt_misc/register 2> /dev/null \
        || return 1
}

# Debian's arm64 CPython VERSION (from sid) unpacked into pythons_dir,
# run through emulation: the same packages install-debian-python.sh takes
# for x86_64, for arm64. Prints the interpreter's path; fails if it cannot.
provision_aarch64_python() {
    local version=$1 dest work root lib
    dest="$(pythons_dir)/$version-aarch64"
    if [ -x "$dest/bin/python$version" ]; then echo "$dest/bin/python$version"; return; fi
    command -v patchelf > /dev/null || apt-get install -y -qq patchelf > /dev/null 2>&1 || return 1
    echo "provisioning aarch64 CPython $version from Debian's packages into $dest" >&2
    work=$(mktemp -d)
    mkdir -p "$work"/state/lists/partial "$work"/cache/archives/partial "$work"/debs
    : > "$work"/status
    local mirror
    mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2> /dev/null || true)
    [ -n "$mirror" ] || mirror=$(awk '/^deb / && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list)
    echo "deb [arch=arm64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror sid main" > "$work"/sources.list
    cat > "$work"/apt.conf <<CONF
APT::Architecture "arm64";
APT::Architectures { "arm64"; };
Dir::Etc::SourceList "$work/sources.list";
Dir::Etc::SourceParts "/dev/null";
Dir::Etc::PreferencesParts "/dev/null";
Dir::State "$work/state";
Dir::State::status "$work/status";
Dir::Cache "$work/cache";
CONF
    chmod 777 "$work"/debs
    (
        export APT_CONFIG=$work/apt.conf
        cd "$work"/debs
        apt-get -qq update
        apt-get -qq download libc6 libgcc-s1 libzstd1 libreadline8t64 readline-common libssl3t64 libexpat1 \
            zlib1g libffi8 liblzma5 libncursesw6 libtinfo6 libsqlite3-0 libuuid1 libbz2-1.0 libcrypt1 \
            "libpython$version-minimal" "python$version-minimal" "libpython$version-stdlib" "python$version" \
            "python$version-venv" python3-pip-whl python3-setuptools-whl
    ) > "$work/log" 2>&1 || { tail -n 20 "$work/log" >&2; rm -rf "$work"; return 1; }
    root=$dest/root
    mkdir -p "$root" "$dest/bin"
    for deb in "$work"/debs/*.deb; do dpkg -x "$deb" "$root"; done
    lib=$root/usr/lib/aarch64-linux-gnu
    patchelf --set-interpreter "$lib/ld-linux-aarch64.so.1" --force-rpath --set-rpath "$lib" "$root/usr/bin/python$version"
    sed -i "s#'WHEEL_PKG_DIR': '/usr/share/python-wheels/'#'WHEEL_PKG_DIR': '$root/usr/share/python-wheels/'#" \
        "$root"/usr/lib/python"$version"/_sysconfigdata__*.py
    ln -sf ../root/usr/bin/python"$version" "$dest/bin/python$version"
    ln -sfn root/usr/lib "$dest/lib"
    rm -rf "$work"
    echo "$dest/bin/python$version"
}
