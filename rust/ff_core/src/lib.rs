//! FlowFabric `ff_core`: the types shared by every FlowFabric service.
//!
//! Pure Rust, no Python: services depend on this crate as is, and the
//! PyO3 binding (`ff_core_py`) wraps it without adding domain logic.

pub mod backend;
pub mod contracts;
pub mod hash;
pub mod keys;
pub mod partition;
pub mod policy;
pub mod state;
pub mod types;
