//! What every binding module uses: field conversions (`slot`), the
//! read-only mapping map fields read as (`frozen`), the one error type
//! (`error`), the declaring macros (`value`) and the JSON wire form
//! (`json`).

pub mod error;
pub mod frozen;
pub mod json;
pub mod seed;
pub mod slot;
pub mod surface;
pub mod value;

/// What the declaring macros' expansions name, glob-imported by each.
pub mod prelude {
    pub use pyo3::exceptions::PyTypeError;
    pub use pyo3::prelude::*;
    pub use pyo3::sync::PyOnceLock;
    pub use pyo3::types::{PyDict, PyString, PyTuple, PyType};
    pub use pyo3::{IntoPyObjectExt, PyClassInitializer};

    pub use crate::support::slot::Slot;
    pub use crate::support::value::Value;
}
