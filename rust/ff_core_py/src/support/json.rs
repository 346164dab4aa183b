//! The JSON wire form: exactly what `serde_json` writes and reads in the
//! Rust services, so a value crosses between them unchanged.

use std::io;

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::support::error::exc::JsonError;
use crate::support::slot::{Slot, ensure_room_for, py_str, utf8};

/// A byte buffer that grows with `try_reserve`: a huge document raises
/// `MemoryError` instead of aborting.
#[derive(Default)]
struct FallibleBuffer(Vec<u8>);

impl io::Write for FallibleBuffer {
    fn write(&mut self, part: &[u8]) -> io::Result<usize> {
        self.0.try_reserve(part.len()).map_err(|_| io::Error::from(io::ErrorKind::OutOfMemory))?;
        self.0.extend_from_slice(part);
        Ok(part.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// What `serde_json::to_string` writes for `value`, if `serde_json` can
/// read it back as a `T`. Rust writes some values no service can read
/// (a non-finite `f64` as `null`, a `LaneId` that `LaneId::try_new`
/// refuses, a `StreamCursor::At` that is not an entry id); for those this
/// raises `JsonError` with serde's reason instead, so Python never sends a
/// document the fleet rejects. The document is read again to know, unless
/// every value of `T` reads back (`Slot::READS_BACK`): that halves the
/// cost for most types.
pub fn to_json<'py, T: Serialize + DeserializeOwned + Slot>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyString>> {
    let mut out = FallibleBuffer::default();
    serde_json::to_writer(&mut out, value).map_err(|err| {
        if err.io_error_kind() == Some(io::ErrorKind::OutOfMemory) {
            pyo3::exceptions::PyMemoryError::new_err(())
        } else {
            JsonError::new_err(err.to_string())
        }
    })?;
    ensure_room_for(out.0.len(), JSON_ROOM_FACTOR)?;
    if !T::READS_BACK
        && let Err(err) = serde_json::from_slice::<T>(&out.0)
    {
        return Err(JsonError::new_err(format!("to_json would write a document that from_json refuses: {err}")));
    }
    // serde_json writes UTF-8 only.
    py_str(py, std::str::from_utf8(&out.0).map_err(|err| JsonError::new_err(err.to_string()))?)
}

/// How many bytes serde may allocate per byte of a document it reads, at
/// most: a map of one-character strings costs about a dozen (two `String`s
/// and a table slot per six bytes of text). serde allocates with the global
/// allocator, which aborts the process when it runs out, so this much room
/// is checked before a document is read (`ensure_room_for`).
const JSON_ROOM_FACTOR: usize = 16;

/// The value a document holds (`str` or any buffer), as its Python object.
pub fn from_json<T: DeserializeOwned + Slot>(text: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    let parsed = if let Ok(text) = text.cast::<PyString>() {
        let text = utf8(text)?;
        ensure_room_for(text.len(), JSON_ROOM_FACTOR)?;
        serde_json::from_str::<T>(text)
    } else {
        let bytes = Vec::<u8>::store(text)?;
        let bytes = bytes.bind(text.py()).cast::<PyBytes>()?.as_bytes();
        ensure_room_for(bytes.len(), JSON_ROOM_FACTOR)?;
        serde_json::from_slice::<T>(bytes)
    };
    T::dump(text.py(), &parsed.map_err(|err| JsonError::new_err(err.to_string()))?)
}

/// `to_json()` and the static `from_json(text)` for classes whose Rust
/// value derives `Serialize` and `Deserialize`.
#[macro_export]
#[doc(hidden)]
macro_rules! json_methods {
    ($($py:ident),+ $(,)?) => {$(
        $crate::support::surface::members!($py, 5, $crate::support::surface::json_stub(
            <$py as $crate::support::surface::Named>::NAME,
        ));
        #[pymethods]
        impl $py {
            /// The value as `serde_json::to_string` writes it in Rust;
            /// `JsonError` instead where `from_json` would refuse that text.
            fn to_json<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
                $crate::support::json::to_json(py, &$crate::support::value::Value::to_rust(self, py)?)
            }

            /// The value a JSON document (`str` or bytes) holds; `JsonError`
            /// with serde's message when it holds none.
            #[staticmethod]
            fn from_json(text: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
                $crate::support::json::from_json::<<$py as $crate::support::value::Value>::Rust>(text)
            }
        }
    )+};
}
pub use crate::json_methods;
