//! How each Rust field type lives in a Python object. A value class keeps
//! every field as the Python object a read returns (a member descriptor,
//! as fast as a frozen dataclass slot); `Slot` says how to validate an
//! argument into that object, and how to go between it and Rust.
//!
//! Every allocation whose size the caller controls is fallible here, so
//! running out of memory raises `MemoryError` instead of aborting.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::time::Duration;

use pyo3::PyTypeInfo;
use pyo3::exceptions::{PyAttributeError, PyMemoryError, PyTypeError, PyUnicodeEncodeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyBytes, PyDelta, PyDict, PyInt, PyList, PyMemoryView, PyString, PyTuple, PyType};

use crate::support::frozen::FrozenMapping;

pub trait Slot: Sized {
    /// Validate an argument; return the object to keep for reads.
    fn store(value: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>>;
    /// The Rust value of a kept object (one `store` or `dump` made).
    fn load(kept: &Bound<'_, PyAny>) -> PyResult<Self>;
    /// The object to keep for a Rust value.
    fn dump(py: Python<'_>, value: &Self) -> PyResult<Py<PyAny>>;
    /// What pickling carries for a kept object: the object itself, unless
    /// its type cannot be pickled.
    fn pickled<'py>(kept: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        Ok(kept.clone())
    }
    /// The Python type a read gives, as a stub writes it.
    fn py_output() -> String;
    /// The Python type `store` accepts, as a stub writes it.
    fn py_input() -> String {
        Self::py_output()
    }
    /// Whether `serde_json` reads back every value of this type that it
    /// writes, so `to_json` may skip re-reading its document. Leaves say
    /// so one by one (not a non-finite `f64`, not a `LaneId` that
    /// `try_new` refuses, not a `StreamCursor::At` that is no entry id);
    /// a container or a class says so when every part does. `false`, the
    /// default, is always safe: `to_json` re-reads.
    const READS_BACK: bool = false;
}

// ── fallible building blocks ────────────────────────────────────────────

/// `TypeError: expected {expected}, not {type name}`; if reading the type's
/// name runs code that raises (a metaclass `__name__`), that exception.
pub fn type_error(expected: &str, value: &Bound<'_, PyAny>) -> PyErr {
    match value.get_type().name() {
        Ok(got) => PyTypeError::new_err(format!("expected {expected}, not {got}")),
        Err(raised) => raised,
    }
}

/// What to raise when taking `value` apart (`items()`, `iter()`, a buffer)
/// failed with `err`. A `TypeError` or `AttributeError` says the argument
/// is of the wrong kind: our `TypeError`, caused by it. Anything else was
/// raised by the caller's own code (`KeyboardInterrupt` in `__iter__`, a
/// closed `mmap`) and propagates unchanged.
fn wrong_type_or(err: PyErr, expected: &str, value: &Bound<'_, PyAny>) -> PyErr {
    let py = value.py();
    if err.is_instance_of::<PyTypeError>(py) || err.is_instance_of::<PyAttributeError>(py) {
        let ours = type_error(expected, value);
        ours.set_cause(py, Some(err));
        ours
    } else {
        err
    }
}

fn out_of_memory<E>(_: E) -> PyErr {
    PyMemoryError::new_err(())
}

/// `MemoryError` unless `bytes` more could be allocated now: a probe,
/// freed at once, before a call into code whose allocations cannot fail
/// (ff-core's parsers and serde copy their input with the global
/// allocator, which aborts the process when it runs out).
fn ensure_room(bytes: usize) -> PyResult<()> {
    Vec::<u8>::new().try_reserve_exact(bytes).map_err(out_of_memory)
}

/// `ensure_room` for `factor` bytes per byte of an input of `len` bytes
/// that infallible code will copy or parse. Inputs under 64 KiB skip the
/// probe, which would cost more than they can allocate.
pub fn ensure_room_for(len: usize, factor: usize) -> PyResult<()> {
    const PROBED_FROM: usize = 64 << 10;
    if len < PROBED_FROM { Ok(()) } else { ensure_room(len.saturating_mul(factor)) }
}

/// `ensure_room_for` a text an infallible parser copies: 4 times its length
/// (the value, an error quoting it, its message).
pub fn ensure_room_for_text(len: usize) -> PyResult<()> {
    ensure_room_for(len, 4)
}

/// The items of a kept `tuple` as Rust values, in a `Vec` grown fallibly.
fn load_tuple<T: Slot>(kept: &Bound<'_, PyAny>) -> PyResult<Vec<T>> {
    let items = kept.cast::<PyTuple>()?;
    let mut out = Vec::new();
    out.try_reserve_exact(items.len()).map_err(out_of_memory)?;
    for item in items {
        out.push(T::load(&item)?);
    }
    Ok(out)
}

/// A `tuple` of `items`, through a `list`: running out of memory raises
/// `MemoryError`, where PyO3's `PyTuple::new` panics when `PyTuple_New`
/// fails. For tuples whose length the caller chose.
pub fn try_tuple<'py>(
    py: Python<'py>,
    items: impl IntoIterator<Item = PyResult<Bound<'py, PyAny>>>,
) -> PyResult<Bound<'py, PyTuple>> {
    let list = PyList::empty(py);
    for item in items {
        list.append(item?)?;
    }
    Ok(py.get_type::<PyTuple>().call1((list,))?.cast_into::<PyTuple>()?)
}

/// An owned copy of `text`, or `MemoryError`. A long text also needs room
/// for the copies ff-core makes of it (a key built around it, an error
/// quoting it), which cannot fail: `ensure_room_for_text` checks it first.
pub fn try_string(text: &str) -> PyResult<String> {
    ensure_room_for_text(text.len())?;
    let mut owned = String::new();
    owned.try_reserve_exact(text.len()).map_err(out_of_memory)?;
    owned.push_str(text);
    Ok(owned)
}

pub fn try_vec(bytes: &[u8]) -> PyResult<Vec<u8>> {
    let mut owned = Vec::new();
    owned.try_reserve_exact(bytes.len()).map_err(out_of_memory)?;
    owned.extend_from_slice(bytes);
    Ok(owned)
}

/// A Python `str`, or `MemoryError` (`PyString::new` would panic).
pub fn py_str<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyString>> {
    PyString::from_bytes(py, text.as_bytes())
}

pub fn py_bytes<'py>(py: Python<'py>, bytes: &[u8]) -> PyResult<Bound<'py, PyBytes>> {
    PyBytes::new_with(py, bytes.len(), |target| {
        target.copy_from_slice(bytes);
        Ok(())
    })
}

/// A `fmt::Write` that grows with `try_reserve`: formatting a huge value
/// fails with `MemoryError` where `format!` would abort the process.
struct FallibleText {
    text: String,
    out_of_memory: bool,
}

impl fmt::Write for FallibleText {
    fn write_str(&mut self, part: &str) -> fmt::Result {
        if self.text.try_reserve(part.len()).is_err() {
            self.out_of_memory = true;
            return Err(fmt::Error);
        }
        self.text.push_str(part);
        Ok(())
    }
}

/// `format!("{:?}")` / `format!("{}")` as a Python `str`, fallibly.
pub fn format_py<'py>(py: Python<'py>, args: fmt::Arguments<'_>) -> PyResult<Bound<'py, PyString>> {
    let mut out = FallibleText { text: String::new(), out_of_memory: false };
    if fmt::write(&mut out, args).is_err() {
        return Err(if out.out_of_memory {
            PyMemoryError::new_err(())
        } else {
            PyValueError::new_err("formatting failed")
        });
    }
    py_str(py, &out.text)
}

/// The UTF-8 text of a `str`. A lone surrogate raises a `ValueError` that
/// holds neither the text nor the original error: the text may be a secret.
pub fn utf8<'a>(text: &'a Bound<'_, PyString>) -> PyResult<&'a str> {
    text.to_str().map_err(|err| {
        if err.is_instance_of::<PyUnicodeEncodeError>(text.py()) {
            PyValueError::new_err("str contains a lone surrogate, which UTF-8 cannot encode")
        } else {
            err
        }
    })
}

/// An exact, valid-UTF-8 `str`: the argument itself when it is one.
pub fn exact_str<'py>(value: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyString>> {
    let text = value.cast::<PyString>().map_err(|_| type_error("str", value))?;
    let valid = utf8(text)?;
    if value.is_exact_instance_of::<PyString>() { Ok(text.clone()) } else { py_str(value.py(), valid) }
}

/// The argument itself when its type is exactly `T`, else `dump(load)`:
/// what every slot stores after validating.
fn keep_or_dump<S: Slot, T: PyTypeInfo>(value: &Bound<'_, PyAny>, rust: &S) -> PyResult<Py<PyAny>> {
    if value.is_exact_instance_of::<T>() { Ok(value.clone().unbind()) } else { S::dump(value.py(), rust) }
}

/// `impl Slot` with the three bodies given inline.
macro_rules! slot {
    ($(#[$doc:meta])* $t:ty, types($input:expr, $output:expr), $(reads_back: $reads_back:expr,)?
     store($value:ident) $store:block
     load($kept:ident) $load:block
     dump($py:ident, $rust:ident) $dump:block
     $(pickled($pkept:ident) $pickled:block)?) => {
        $(#[$doc])*
        impl Slot for $t {
            fn store($value: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> $store
            fn load($kept: &Bound<'_, PyAny>) -> PyResult<Self> $load
            fn dump($py: Python<'_>, $rust: &Self) -> PyResult<Py<PyAny>> $dump
            $(fn pickled<'py>($pkept: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> $pickled)?
            $(const READS_BACK: bool = $reads_back;)?
            fn py_input() -> String {
                ($input).into()
            }
            fn py_output() -> String {
                ($output).into()
            }
        }
    };
}

// ── scalars ─────────────────────────────────────────────────────────────

macro_rules! int_slot {
    ($($int:ty),+) => {$(
        slot!($int, types("int", "int"), reads_back: true,
            store(value) { keep_or_dump::<Self, PyInt>(value, &value.extract::<$int>()?) }
            load(kept) { kept.extract() }
            dump(py, value) { Ok(value.into_pyobject(py)?.into_any().unbind()) });
    )+};
}

int_slot!(u8, u16, u32, u64, usize, i32, i64);

slot!(bool, types("bool", "bool"), reads_back: true,
    store(value) { Ok(value.cast::<PyBool>().map_err(|_| type_error("bool", value))?.clone().into_any().unbind()) }
    load(kept) { kept.extract() }
    dump(py, value) { Ok(PyBool::new(py, *value).to_owned().into_any().unbind()) });

slot!(String, types("str", "str"), reads_back: true,
    store(value) { Ok(exact_str(value)?.into_any().unbind()) }
    load(kept) { try_string(utf8(kept.cast::<PyString>()?)?) }
    dump(py, value) { Ok(py_str(py, value)?.into_any().unbind()) });

slot!(
    /// `timedelta`, not negative (PyO3 raises `ValueError` for a negative one).
    Duration, types("timedelta", "timedelta"), reads_back: true,
    store(value) {
        value.cast::<PyDelta>().map_err(|_| type_error("datetime.timedelta", value))?;
        keep_or_dump::<Self, PyDelta>(value, &value.extract::<Self>()?)
    }
    load(kept) { kept.extract() }
    dump(py, value) { Ok(value.into_pyobject(py)?.into_any().unbind()) });

fn uuid_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    static UUID: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    UUID.import(py, "uuid", "UUID")
}

slot!(
/// `uuid.UUID` only: a `str` or `bytes` is not silently parsed.
uuid::Uuid, types("UUID", "UUID"), reads_back: true,
store(value) {
    let uuid = Self::load(value)?;
    if value.get_type().is(uuid_type(value.py())?) { Ok(value.clone().unbind()) } else { Self::dump(value.py(), &uuid) }
}
load(kept) {
    if !kept.is_instance(uuid_type(kept.py())?)? {
        return Err(type_error("uuid.UUID", kept));
    }
    Ok(Self::from_u128(kept.getattr("int")?.extract()?))
}
dump(py, value) {
    let kwargs = PyDict::new(py);
    kwargs.set_item("int", value.as_u128())?;
    Ok(uuid_type(py)?.call((), Some(&kwargs))?.unbind())
});

// ── payloads and containers ─────────────────────────────────────────────

slot!(
    /// Any buffer-protocol object. An exact `bytes` is kept as it is; any
    /// other buffer is copied once into a new `bytes`. A `str` is refused:
    /// text is not a payload until it is encoded.
    Vec<u8>, types("Buffer", "bytes"), reads_back: true,
    store(value) {
        if value.is_exact_instance_of::<PyBytes>() {
            return Ok(value.clone().unbind());
        }
        let view = PyMemoryView::from(value).map_err(|err| wrong_type_or(err, "a bytes-like object", value))?;
        Ok(value.py().get_type::<PyBytes>().call1((view,))?.unbind())
    }
    load(kept) { try_vec(kept.cast::<PyBytes>()?.as_bytes()) }
    dump(py, value) { Ok(py_bytes(py, value)?.into_any().unbind()) });

impl<T: Slot> Slot for Option<T> {
    const READS_BACK: bool = T::READS_BACK;

    fn store(value: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        if value.is_none() { Ok(value.clone().unbind()) } else { T::store(value) }
    }

    fn load(kept: &Bound<'_, PyAny>) -> PyResult<Self> {
        if kept.is_none() { Ok(None) } else { T::load(kept).map(Some) }
    }

    fn dump(py: Python<'_>, value: &Self) -> PyResult<Py<PyAny>> {
        value.as_ref().map_or_else(|| Ok(py.None()), |inner| T::dump(py, inner))
    }

    fn py_input() -> String {
        format!("{} | None", T::py_input())
    }

    fn py_output() -> String {
        format!("{} | None", T::py_output())
    }
}

slot!(
/// Any iterable of `str` (but not a `str`, which would split into
/// characters), kept as a `tuple`.
Vec<String>, types("Iterable[str]", "tuple[str, ...]"), reads_back: true,
store(value) {
    const EXPECTED: &str = "an iterable of str";
    if value.is_instance_of::<PyString>() {
        return Err(type_error(EXPECTED, value));
    }
    let items = value.try_iter().map_err(|err| wrong_type_or(err, EXPECTED, value))?;
    Ok(try_tuple(value.py(), items.map(|item| Ok(exact_str(&item?)?.into_any())))?.into_any().unbind())
}
load(kept) { load_tuple(kept) }
dump(py, value) {
    Ok(try_tuple(py, value.iter().map(|item| Ok(py_str(py, item)?.into_any())))?.into_any().unbind())
});

slot!(
    /// A `tuple[str, str]`.
    (String, String), types("tuple[str, str]", "tuple[str, str]"), reads_back: true,
    store(value) {
        let pair = value.cast::<PyTuple>().ok().filter(|pair| pair.len() == 2);
        let pair = pair.ok_or_else(|| type_error("a tuple of two str", value))?;
        let (first, second) = (exact_str(&pair.get_item(0)?)?, exact_str(&pair.get_item(1)?)?);
        Ok(PyTuple::new(value.py(), [first, second])?.into_any().unbind())
    }
    load(kept) {
        let pair = kept.cast::<PyTuple>()?;
        Ok((String::load(&pair.get_item(0)?)?, String::load(&pair.get_item(1)?)?))
    }
    dump(py, value) { Ok(PyTuple::new(py, [py_str(py, &value.0)?, py_str(py, &value.1)?])?.into_any().unbind()) });

/// A map keyed by `str` (`BTreeMap` or `HashMap`): any mapping, kept as a
/// read-only mapping; in key order for a `BTreeMap`, in the given order
/// for a `HashMap` (whose own order Rust leaves unspecified).
macro_rules! map_slot {
    ($($map:ident sorted($sorted:literal)),+) => {$(
        #[allow(clippy::implicit_hasher)] // ff-core's maps use the default hasher
        impl<V: Slot> Slot for $map<String, V> {
            const READS_BACK: bool = V::READS_BACK;

            fn store(value: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
                let expected = || format!("a mapping of str to {}", V::py_input());
                let items = value.call_method0("items").map_err(|err| wrong_type_or(err, &expected(), value))?;
                let mut entries = Vec::new();
                for item in items.try_iter()? {
                    let (key, item): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item?.extract()?;
                    let key = exact_str(&key)?;
                    let item = V::store(&item)?;
                    entries.try_reserve(1).map_err(|_| PyMemoryError::new_err(()))?;
                    entries.push((key, item));
                }
                if $sorted {
                    // Byte order of the UTF-8 text (valid: `exact_str` checked
                    // it), as `BTreeMap<String, _>` sorts.
                    entries.sort_by(|a, b| a.0.to_str().ok().cmp(&b.0.to_str().ok()));
                }
                let dict = PyDict::new(value.py());
                for (key, item) in entries {
                    dict.set_item(key, item)?;
                }
                Ok(FrozenMapping::new(value.py(), dict)?.into_any())
            }

            fn load(kept: &Bound<'_, PyAny>) -> PyResult<Self> {
                let mut map = $map::new();
                for (key, item) in kept.cast::<FrozenMapping>()?.get().entries(kept.py()) {
                    map.insert(String::load(&key)?, V::load(&item)?);
                }
                Ok(map)
            }

            fn dump(py: Python<'_>, value: &Self) -> PyResult<Py<PyAny>> {
                let dict = PyDict::new(py);
                for (key, item) in value {
                    dict.set_item(py_str(py, key)?, V::dump(py, item)?)?;
                }
                Ok(FrozenMapping::new(py, dict)?.into_any())
            }

            /// A `FrozenMapping` does not pickle; its `dict` copy does.
            fn pickled<'py>(kept: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
                Ok(kept.cast::<FrozenMapping>()?.get().entries(kept.py()).copy()?.into_any())
            }

            fn py_input() -> String {
                format!("Mapping[str, {}]", V::py_input())
            }

            fn py_output() -> String {
                format!("Mapping[str, {}]", V::py_output())
            }
        }
    )+};
}

map_slot!(BTreeMap sorted(true), HashMap sorted(false));

slot!(
    /// `float` (an `int` is accepted and kept as a `float`).
    f64, types("float", "float"),
    store(value) {
        let number: f64 = value.extract()?;
        keep_or_dump::<Self, pyo3::types::PyFloat>(value, &number)
    }
    load(kept) { kept.extract() }
    dump(py, value) { Ok(pyo3::types::PyFloat::new(py, *value).into_any().unbind()) });

/// A `Vec` of values with classes of their own: any iterable of them
/// (but not a `str`), kept as a `tuple`.
macro_rules! tuple_slot {
    ($($item:ty),+ $(,)?) => {$(
        slot!(Vec<$item>, types(format!("Iterable[{}]", <$item>::py_input()), format!("tuple[{}, ...]", <$item>::py_output())),
            reads_back: <$item>::READS_BACK,
            store(value) {
                if value.is_instance_of::<PyString>() {
                    return Err(type_error("an iterable", value));
                }
                let items = value.try_iter().map_err(|err| wrong_type_or(err, "an iterable", value))?;
                let kept = items.map(|item| Ok(<$item>::store(&item?)?.into_bound(value.py())));
                Ok(try_tuple(value.py(), kept)?.into_any().unbind())
            }
            load(kept) { load_tuple(kept) }
            dump(py, value) {
                Ok(try_tuple(py, value.iter().map(|item| Ok(<$item>::dump(py, item)?.into_bound(py))))?.into_any().unbind())
            });
    )+};
}

tuple_slot!(
    u64,
    ff_core::types::BudgetId,
    ff_core::policy::FallbackTier,
    ff_core::contracts::StreamFrame,
    ff_core::contracts::ExecutionSummary,
    ff_core::contracts::VerifyingKid,
);

slot!(
    /// Any iterable of `str`, kept sorted and deduplicated as a `tuple`.
    std::collections::BTreeSet<String>, types("Iterable[str]", "tuple[str, ...]"), reads_back: true,
    store(value) { Self::dump(value.py(), &Self::load(Vec::<String>::store(value)?.bind(value.py()))?) }
    load(kept) { Ok(Vec::<String>::load(kept)?.into_iter().collect()) }
    dump(py, value) { Vec::<String>::dump(py, &value.iter().cloned().collect()) });
