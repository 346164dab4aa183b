//! The native module `ff_core._ff_core`: thin PyO3 wrappers over ff-core
//! 0.3.4 from crates.io. Behaviour (formatting, parsing, matching, partition
//! math) lives in ff-core; this crate only converts, and checks first
//! where ff-core would panic.
//! The modules mirror the crate's; `support` holds the shared machinery.

// `#[pymethods]` take `&self` (used or not) and owned arguments whatever
// their size, keep the Rust names of consuming methods (`into_wire_string`,
// `to_json` on `Copy` values) although Python never consumes, and pickling
// returns spell out Python tuples: these lints fight PyO3.
#![allow(
    clippy::trivially_copy_pass_by_ref,
    clippy::needless_pass_by_value,
    clippy::type_complexity,
    clippy::unused_self,
    clippy::wrong_self_convention
)]

// Public for the compile-fail tests of the declaring macros only.
#[doc(hidden)]
pub mod support;

/// The Python modules, mirroring ff-core's and in its order, each with
/// its doc (the Rust module's `//!` lines). Every declaration registers
/// itself in the module of the Rust file that declares it.
macro_rules! modules {
    ($($name:ident: $file:literal),+ $(,)?) => {
        $(mod $name;)+

        pub const MODULES: &[support::surface::Module] =
            &[$(support::surface::Module { name: stringify!($name), source: include_str!($file) }),+];
    };
}

modules!(
    backend: "backend/mod.rs",
    completion_backend: "completion_backend.rs",
    contracts: "contracts.rs",
    engine_backend: "engine_backend.rs",
    engine_error: "engine_error.rs",
    error: "error.rs",
    hash: "hash.rs",
    keys: "keys.rs",
    partition: "partition.rs",
    policy: "policy.rs",
    state: "state.rs",
    types: "types.rs",
);

use pyo3::prelude::*;

#[pymodule]
mod _ff_core {
    #[pymodule_export]
    #[allow(non_upper_case_globals)]
    const __version__: &str = env!("CARGO_PKG_VERSION");
    /// The ff-core release this module binds (from `Cargo.lock`).
    #[pymodule_export]
    const FF_CORE_VERSION: &str = env!("FF_CORE_VERSION");

    use pyo3::prelude::*;

    #[pymodule_init]
    fn init(module: &Bound<'_, PyModule>) -> PyResult<()> {
        crate::refuse_subinterpreters(module.py())?;
        crate::support::frozen::FrozenMapping::register(module.py())?;
        crate::support::surface::install(module, crate::MODULES)
    }
}

/// The classes and caches are per process, so only the main interpreter
/// may import the module; elsewhere it would hand out the main
/// interpreter's objects. `_interpreters` (3.13+) or `_xxsubinterpreters`
/// tell which interpreter is running.
fn refuse_subinterpreters(py: Python<'_>) -> PyResult<()> {
    let Ok(interpreters) = py.import("_interpreters").or_else(|_| py.import("_xxsubinterpreters")) else {
        return Ok(());
    };
    let current = interpreters.call_method0("get_current")?;
    let main = interpreters.call_method0("get_main")?;
    if current.eq(main)? {
        Ok(())
    } else {
        Err(pyo3::exceptions::PyImportError::new_err(
            "ff_core._ff_core cannot be imported in a subinterpreter: its classes and caches are \
             per process and shared with the main interpreter",
        ))
    }
}
