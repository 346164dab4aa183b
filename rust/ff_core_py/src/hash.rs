//! `ff_core::hash`: FNV-1a (64-bit), computed in Rust.
//!
//! Reached as `ff_core.hash`; `from ff_core import *` does not bring in
//! this module, so it never shadows the builtin `hash`.

use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::support::slot::{Slot, exact_str, utf8};
use crate::support::surface::export;

export!(
    "(data: Buffer) -> int",
    /// FNV-1a (64-bit) of any bytes-like object.
    #[pyfunction]
    pub fn fnv1a_u64(data: &Bound<'_, PyAny>) -> PyResult<u64> {
        if let Ok(bytes) = data.cast::<PyBytes>() {
            return Ok(ff_core::hash::fnv1a_u64(bytes.as_bytes()));
        }
        let copy = Vec::<u8>::store(data)?;
        Ok(ff_core::hash::fnv1a_u64(copy.bind(data.py()).cast::<PyBytes>()?.as_bytes()))
    }
);

export!(
    "(text: str) -> str",
    /// The hash of `text`'s UTF-8 folded to 32 bits, as 8 lowercase hex digits.
    #[pyfunction]
    pub fn fnv1a_xor8hex(text: &Bound<'_, PyAny>) -> PyResult<String> {
        Ok(ff_core::hash::fnv1a_xor8hex(utf8(&exact_str(text)?)?))
    }
);

export!(
    "(text: str, modulus: int) -> int",
    /// The low 16 bits of the hash of `text`, modulo `modulus` (0 for 0).
    #[pyfunction]
    pub fn fnv1a_u16_mod(text: &Bound<'_, PyAny>, modulus: u16) -> PyResult<u16> {
        Ok(ff_core::hash::fnv1a_u16_mod(utf8(&exact_str(text)?)?, modulus))
    }
);
