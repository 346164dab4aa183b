//! The native module `ff_core._ff_core`: thin PyO3 wrappers over the pure
//! `ff_core` crate. Behaviour (formatting, parsing, matching, partition
//! math) lives in `ff_core`; this crate only converts and validates.

// `#[pymethods]` take `&self` and owned argument tuples whatever their size,
// and `__reduce__` returns spell out Python tuples: these lints fight PyO3.
#![allow(
    clippy::trivially_copy_pass_by_ref,
    clippy::needless_pass_by_value,
    clippy::type_complexity
)]

mod cancel;
mod claim;
mod completion;
mod composite;
mod config;
mod contracts;
mod convert;
mod enums;
mod errors;
mod failure;
mod frame;
mod handle;
mod ids;
mod lease;
mod partition;
mod scanner;
mod usage;
mod variants;
mod waitpoint;

use pyo3::prelude::*;

#[pymodule]
fn _ff_core(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    enums::register(module)?;
    errors::register(module)?;
    ids::register(module)?;
    partition::register(module)?;
    contracts::register(module)?;
    handle::register(module)?;
    claim::register(module)?;
    frame::register(module)?;
    waitpoint::register(module)?;
    failure::register(module)?;
    usage::register(module)?;
    lease::register(module)?;
    cancel::register(module)?;
    completion::register(module)?;
    config::register(module)?;
    scanner::register(module)?;
    Ok(())
}
