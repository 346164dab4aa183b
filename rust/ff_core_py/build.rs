//! `FF_CORE_VERSION`: the ff-core version this binding is built against,
//! read from the committed `Cargo.lock` (the pinned dependency), so that
//! Python reports the crate it really links and nobody types it by hand.

use std::path::PathBuf;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let lock = manifest_dir.join("../../Cargo.lock");
    println!("cargo::rerun-if-changed={}", lock.display());
    let text = std::fs::read_to_string(&lock).unwrap_or_else(|err| panic!("reading {}: {err}", lock.display()));
    let version = text
        .split("[[package]]")
        .find(|package| package.contains("\nname = \"ff-core\"\n"))
        .and_then(|package| package.lines().find_map(|line| line.strip_prefix("version = ")))
        .map(|quoted| quoted.trim_matches('"'))
        .expect("Cargo.lock pins ff-core");
    println!("cargo::rustc-env=FF_CORE_VERSION={version}");
}
