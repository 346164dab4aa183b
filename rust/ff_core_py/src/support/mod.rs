//! What every binding module uses: field conversions (`slot`), the one
//! error type (`error`) and the declaring macros (`value`).

pub mod error;
pub mod slot;
pub mod value;
