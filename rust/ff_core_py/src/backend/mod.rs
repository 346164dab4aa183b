//! `ff_core::backend`: the types of the `EngineBackend` trait signatures,
//! one file per section of the Rust module.

pub mod cancel;
pub mod claim;
pub mod completion;
pub mod config;
pub mod failure;
pub mod frame;
pub mod handle;
pub mod lease;
pub mod scanner;
pub mod usage;
pub mod waitpoint;
