//! `ff_core::error`: how a caller should handle each error (`ErrorClass`,
//! which `EngineError.class_()` answers).

use ff_core::error::ErrorClass;

use crate::support::json::json_methods;
use crate::support::value::unit_enum;

unit_enum!(
    /// Classification of how the SDK should handle each error. Exhaustive
    /// in Rust.
    PyErrorClass "ErrorClass" => ErrorClass closed [
        Terminal, Retryable, Cooperative, Informational, Advisory, Bug, Expected, SoftError,
    ]
);
json_methods!(PyErrorClass);
