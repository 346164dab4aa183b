//! `ff_core::backend`: the types of the `EngineBackend` trait signatures,
//! one file per section of the Rust module.
//!
//! Enums marked `#[non_exhaustive]` in Rust (every enum here except
//! `FailOutcome`) may gain variants: keep a `case _:` arm when matching.

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
