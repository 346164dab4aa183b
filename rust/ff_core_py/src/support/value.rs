//! The declaring macros: one declaration per type gives its frozen class,
//! read-only fields, `replace`, `repr`/`str`, `==`/`hash` per the Rust
//! derives, copying and pickling. `repr` is always the Rust `Debug` of the
//! value rebuilt from the fields, so the text comes from the crate.

use std::fmt::Debug;
use std::hash::{BuildHasher, Hash, RandomState};
use std::sync::OnceLock;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyString, PyTuple, PyType};
use pyo3::{IntoPyObjectExt, PyClass};

use crate::support::slot::format_py;

/// A class that stands for a Rust value: `repr` is that value's `Debug`,
/// `==` its `PartialEq` (see `value_dunders!`).
pub trait Value: PyClass<Frozen = pyo3::pyclass::boolean_struct::True> + Sync {
    type Rust: Debug;

    fn to_rust(&self, py: Python<'_>) -> PyResult<Self::Rust>;
}

pub fn repr<'py, T: Value>(this: &T, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
    format_py(py, format_args!("{:?}", this.to_rust(py)?))
}

/// `==` by the Rust values; another type gives `NotImplemented`.
pub fn eq<T: Value>(this: &T, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>>
where
    T::Rust: PartialEq,
{
    let py = other.py();
    match other.cast::<T>() {
        Ok(other) => (this.to_rust(py)? == other.get().to_rust(py)?).into_py_any(py),
        Err(_) => Ok(py.NotImplemented()),
    }
}

/// `hash()` of a Rust value, keyed per process like Python's own `hash`.
pub fn rust_hash<T: Hash + ?Sized>(value: &T) -> isize {
    static KEYS: OnceLock<RandomState> = OnceLock::new();
    // Wrapping into isize is the point: any bits will do for a hash.
    #[allow(clippy::cast_possible_wrap, clippy::cast_possible_truncation)]
    let hash = KEYS.get_or_init(RandomState::new).hash_one(value) as isize;
    hash
}

/// The builtin `getattr`, which unpickling calls to find a unit variant.
pub fn builtin_getattr(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    static GETATTR: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    GETATTR.import(py, "builtins", "getattr")
}

/// Names given to a value class (keyword arguments of `replace`, or the
/// arguments of a constructor matched to fields): `(field index, value)`.
pub fn named_fields<'py>(
    type_name: &str,
    method: &str,
    fields: &[&str],
    changes: Option<&Bound<'py, PyDict>>,
) -> PyResult<Vec<(usize, Bound<'py, PyAny>)>> {
    let Some(changes) = changes else {
        return Ok(Vec::new());
    };
    let mut named = Vec::with_capacity(changes.len());
    for (key, value) in changes.iter() {
        let key = key.cast_into::<PyString>()?;
        let name = key.to_str()?;
        let index = fields.iter().position(|field| *field == name).ok_or_else(|| {
            PyTypeError::new_err(format!("{type_name}.{method}() got an unexpected keyword argument '{name}'"))
        })?;
        named.push((index, value));
    }
    Ok(named)
}

/// `T(*args, **kwargs)` over every field in order (an exhaustive struct):
/// each field once, by position or keyword; `required` fields must appear.
pub fn all_fields<'py>(
    type_name: &str,
    fields: &[&str],
    args: &Bound<'py, PyTuple>,
    kwargs: Option<&Bound<'py, PyDict>>,
    required: bool,
) -> PyResult<Vec<(usize, Bound<'py, PyAny>)>> {
    if args.len() > fields.len() {
        return Err(PyTypeError::new_err(format!(
            "{type_name}() takes at most {} positional arguments ({} given)",
            fields.len(),
            args.len()
        )));
    }
    let mut named: Vec<_> = args.iter().enumerate().collect();
    for (index, value) in named_fields(type_name, "__new__", fields, kwargs)? {
        if index < args.len() {
            return Err(PyTypeError::new_err(format!(
                "{type_name}() got multiple values for argument '{}'",
                fields[index]
            )));
        }
        named.push((index, value));
    }
    if required {
        if let Some(missing) = (0..fields.len()).find(|i| !named.iter().any(|(j, _)| j == i)) {
            return Err(PyTypeError::new_err(format!("{type_name}() missing required argument '{}'", fields[missing])));
        }
    }
    Ok(named)
}

/// `__repr__` from the `Value` impl and copies that return the value
/// itself; then per option `eq` (`==` by the Rust values), `yes` (a hash
/// of the Rust value), `no` (nothing more) or `identity` (no `PartialEq`
/// upstream: `==` stays identity, and `__hash__` is `None`).
#[macro_export]
#[doc(hidden)]
macro_rules! value_dunders {
    ($py:ident $(, $opt:ident)*) => {
        $crate::support::surface::members!($py, 9, $crate::support::surface::dunders_stub(&[$(stringify!($opt)),*]));
        #[pymethods]
        impl $py {
            fn __repr__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
                $crate::support::value::repr(self, py)
            }

            fn __copy__(slf: Bound<'_, Self>) -> Bound<'_, Self> {
                slf
            }

            fn __deepcopy__<'py>(slf: Bound<'py, Self>, _memo: &Bound<'py, PyAny>) -> Bound<'py, Self> {
                slf
            }
        }
        $($crate::support::value::value_dunders!(@$opt $py);)*
    };
    (@eq $py:ident) => {
        #[pymethods]
        impl $py {
            fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
                $crate::support::value::eq(self, other)
            }
        }
    };
    (@yes $py:ident) => {
        #[pymethods]
        impl $py {
            fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
                Ok($crate::support::value::rust_hash(&$crate::support::value::Value::to_rust(self, py)?))
            }
        }
    };
    (@no $py:ident) => {};
    // A hand-written class with no `PartialEq` upstream.
    (identity $py:ident) => {
        $crate::support::surface::members!($py, 9, $crate::support::surface::hash_stub(&["identity"]));
        $crate::support::value::value_dunders!(@identity $py);
    };
    // No `PartialEq` upstream: `==` stays identity, and no hash either.
    (@identity $py:ident) => {
        #[pymethods]
        impl $py {
            #[classattr]
            fn __hash__(py: Python<'_>) -> Py<PyAny> {
                py.None()
            }
        }
    };
}
pub use crate::value_dunders;

/// `Slot` for a type whose Python form is the class `$py`: `store` takes
/// only instances of it; `load`, `dump` and (for a serde type)
/// `READS_BACK` as given.
#[macro_export]
#[doc(hidden)]
macro_rules! class_slot {
    ($rust:ty => $py:ty, $name:expr, load($kept:ident) $load:expr, dump($dpy:ident, $value:ident) $dump:expr
     $(, reads_back: $reads_back:expr)?) => {
        impl $crate::support::slot::Slot for $rust {
            $(const READS_BACK: bool = $reads_back;)?

            fn py_output() -> String {
                $name.into()
            }

            fn store(value: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
                value.cast::<$py>().map_err(|_| $crate::support::slot::type_error($name, value))?;
                Ok(value.clone().unbind())
            }

            fn load($kept: &Bound<'_, PyAny>) -> PyResult<Self> {
                $load
            }

            fn dump($dpy: Python<'_>, $value: &Self) -> PyResult<Py<PyAny>> {
                $dump
            }
        }
    };
}
pub use crate::class_slot;

/// A struct with `pub` fields, as a frozen class whose fields are kept as
/// Python objects behind member descriptors.
///
/// `seed` is a Rust value of the type made with the crate's own
/// constructor or `Default`: fields a constructor leaves out take the
/// seed's values, and `to_rust` starts from it (it works for
/// `#[non_exhaustive]` structs, which cannot be built as literals here).
/// `cache name;` also keeps the Rust value in field `name`, for types
/// that calls take as arguments (`PartitionConfig`) or read on every call
/// (`ScannerFilter`).
#[macro_export]
#[doc(hidden)]
macro_rules! value_struct {
    // `Name { .. }`: an exhaustive struct seeded with every field's
    // placeholder (`Seed`), so a field the declaration leaves out does not
    // compile; the struct gets a placeholder of its own.
    (
        $(#[doc = $doc:literal])*
        $py:ident $name:literal => $rust:ident { .. };
        $(cache $cache:ident;)?
        fields { $($(#[doc = $fdoc:literal])* $field:ident : $fty:ty),+ $(,)? }
        hash: $hash:ident;
    ) => {
        impl $crate::support::seed::Seed for $rust {
            fn seed() -> Self {
                $rust { $($field: $crate::support::seed::seed()),+ }
            }
        }
        $crate::support::value::value_struct!(
            $(#[doc = $doc])*
            $py $name => $rust = <$rust as $crate::support::seed::Seed>::seed();
            $(cache $cache;)?
            fields { $($(#[doc = $fdoc])* $field: $fty),+ }
            hash: $hash;
        );
    };
    (
        $(#[doc = $doc:literal])*
        $py:ident $name:literal => $rust:ty = $seed:expr;
        $(cache $cache:ident;)?
        fields { $($(#[doc = $fdoc:literal])* $field:ident : $fty:ty),+ $(,)? }
        hash: $hash:ident;
    ) => {
        #[allow(unused_imports)]
        use $crate::support::prelude::*;

        $(#[doc = $doc])*
        #[pyclass(frozen, immutable_type, name = $name, module = "ff_core._ff_core")]
        #[allow(clippy::struct_field_names)]
        pub struct $py {
            $($(#[doc = $fdoc])* #[pyo3(get)] pub $field: Py<PyAny>,)+
            $($cache: $rust,)?
        }

        $crate::support::surface::declared!($py $name, {
            use $crate::support::surface::{Field, class_header, fields_stub, indented};
            let fields = [$(Field::of::<$fty>(stringify!($field), &[$($fdoc),*])),+];
            format!(
                "{}{}{}",
                class_header("@final\n", $name, "", &[$($doc),*]),
                indented("    ", $crate::support::surface::NO_CONSTRUCTOR),
                indented("    ", &fields_stub(&fields, true)),
            )
        });

        impl Value for $py {
            type Rust = $rust;

            #[allow(unreachable_code, unused_variables, clippy::clone_on_copy)]
            fn to_rust(&self, py: Python<'_>) -> PyResult<$rust> {
                $(return Ok(self.$cache.clone());)?
                self.load(py)
            }
        }

        impl $py {
            pub const FIELDS: &'static [&'static str] = &[$(stringify!($field)),+];

            /// The position of a field a constructor names (always declared).
            #[allow(dead_code)]
            fn index(name: &str) -> usize {
                Self::FIELDS.iter().position(|field| *field == name).unwrap_or(usize::MAX)
            }

            /// Each field with the Python type a constructor takes, for the stubs.
            #[allow(dead_code)]
            pub fn field_inputs() -> Vec<(&'static str, String)> {
                vec![$((stringify!($field), <$fty as Slot>::py_input())),+]
            }

            /// The Rust value of the kept fields. The seed may be a
            /// `Default`; the fields are set one by one because
            /// `#[non_exhaustive]` structs have no literal here.
            #[allow(clippy::field_reassign_with_default)]
            fn load(&self, py: Python<'_>) -> PyResult<$rust> {
                let mut value: $rust = $seed;
                $(value.$field = <$fty as Slot>::load(self.$field.bind(py))?;)+
                Ok(value)
            }

            #[allow(clippy::clone_on_copy)]
            pub fn from_rust(py: Python<'_>, value: &$rust) -> PyResult<Self> {
                Ok(Self { $($field: <$fty as Slot>::dump(py, &value.$field)?,)+ $($cache: value.clone(),)? })
            }

            /// The seed as a Python value, made once.
            fn seed(py: Python<'_>) -> PyResult<&'static Py<Self>> {
                static SEED: PyOnceLock<Py<$py>> = PyOnceLock::new();
                SEED.get_or_try_init(py, || Py::new(py, Self::from_rust(py, &$seed)?))
            }

            /// A copy of `self` with the given fields validated and replaced.
            #[allow(clippy::clone_on_copy)]
            pub fn with<'py>(
                &self,
                py: Python<'py>,
                changes: impl IntoIterator<Item = (usize, Bound<'py, PyAny>)>,
            ) -> PyResult<Self> {
                let mut new = Self { $($field: self.$field.clone_ref(py),)+ $($cache: self.$cache.clone(),)? };
                for (index, value) in changes {
                    let mut i = 0;
                    $(
                        if index == i {
                            new.$field = <$fty as Slot>::store(&value)
                                .map_err(|err| $crate::support::error::for_argument(py, stringify!($field), err))?;
                        }
                        i += 1;
                    )+
                    let _ = i;
                }
                $(new.$cache = new.load(py)?;)?
                Ok(new)
            }

            /// The seed with the named fields replaced: every constructor.
            pub fn build<'py>(
                py: Python<'py>,
                changes: impl IntoIterator<Item = (usize, Bound<'py, PyAny>)>,
            ) -> PyResult<Self> {
                Self::seed(py)?.get().with(py, changes)
            }
        }

        $crate::support::value::class_slot!($rust => $py, $name,
            load(kept) kept.cast::<$py>()?.get().to_rust(kept.py()),
            dump(py, value) Ok(Py::new(py, $py::from_rust(py, value)?)?.into_any()),
            reads_back: true $(&& <$fty as Slot>::READS_BACK)+);
        $crate::support::value::value_struct!(@dunders $py $hash);

        #[pymethods]
        impl $py {
            /// A new value with the named fields changed, validated as the
            /// constructor validates them.
            #[pyo3(signature = (**changes))]
            fn replace(&self, py: Python<'_>, changes: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
                self.with(py, $crate::support::value::named_fields($name, "replace", Self::FIELDS, changes)?)
            }

            #[pyo3(signature = (**changes))]
            fn __replace__(&self, py: Python<'_>, changes: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
                self.replace(py, changes)
            }

            /// The fields in declaration order, for `match` and for tools.
            #[classattr]
            fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
                Ok(PyTuple::new(py, Self::FIELDS)?.unbind())
            }

            /// Rebuilds a pickled value through the same validation.
            #[staticmethod]
            #[pyo3(signature = (*values))]
            fn _rebuild(values: &Bound<'_, PyTuple>) -> PyResult<Self> {
                if values.len() != Self::FIELDS.len() {
                    return Err(PyTypeError::new_err(concat!($name, "._rebuild() takes one value per field")));
                }
                Self::build(values.py(), values.iter().enumerate())
            }

            fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
                let (this, py) = (slf.get(), slf.py());
                let values = [$(<$fty as Slot>::pickled(this.$field.bind(py))?),+];
                Ok((slf.get_type().getattr("_rebuild")?, PyTuple::new(py, values)?))
            }
        }
    };
    (@dunders $py:ident identity) => {
        $crate::support::value::value_dunders!($py, identity);
    };
    (@dunders $py:ident yes) => {
        $crate::support::value::value_dunders!($py, eq, yes);
    };
    (@dunders $py:ident no) => {
        $crate::support::value::value_dunders!($py, eq, no);
    };
    (@dunders $py:ident $hash:ident) => {
        compile_error!(concat!("unknown `hash` option `", stringify!($hash), "`: expected `yes`, `no` or `identity`"));
    };
}
pub use crate::value_struct;

/// A value backed by one string (`Namespace`, `ExecutionId`…): it keeps
/// its Python `str`, so `str(x)` returns that object and `hash(x)` is the
/// string's own (salted, cached by CPython). `rust_of` rebuilds the Rust
/// value from the text. `str` is the text, or for secret-carrying types
/// the Rust `Display` (`display`), or `repr` when Rust has none (`debug`).
#[macro_export]
#[doc(hidden)]
macro_rules! string_value {
    (
        $(#[doc = $doc:literal])*
        $py:ident $name:literal => $rust:ty, from $text:ident => $from:expr;
        str: $str:ident;
        $(reads_back: $reads_back:literal;)?
    ) => {
        #[allow(unused_imports)]
        use $crate::support::prelude::*;

        $(#[doc = $doc])*
        #[pyclass(frozen, immutable_type, name = $name, module = "ff_core._ff_core")]
        pub struct $py {
            pub text: Py<PyString>,
        }

        $crate::support::surface::declared!($py $name, format!(
            "{}{}",
            $crate::support::surface::class_header("@final\n", $name, "", &[$($doc),*]),
            $crate::support::surface::indented("    ", &format!(
                "{}def __eq__(self, other: object, /) -> bool: ...\ndef __hash__(self) -> int: ...\n",
                $crate::support::surface::NO_CONSTRUCTOR,
            )),
        ));

        impl Value for $py {
            type Rust = $rust;

            fn to_rust(&self, py: Python<'_>) -> PyResult<$rust> {
                Self::rust_of($crate::support::slot::utf8(self.text.bind(py))?)
            }
        }

        impl $py {
            /// The Rust value of a text (the type's own validation, which
            /// may copy the text more than once: room is checked first).
            pub fn rust_of($text: &str) -> PyResult<$rust> {
                $crate::support::slot::ensure_room_for_text($text.len())?;
                Ok($from)
            }

            /// Keeps `text` after validating it as the type does.
            pub fn from_text(text: &Bound<'_, PyAny>) -> PyResult<Self> {
                let text = $crate::support::slot::exact_str(text)?;
                Self::rust_of($crate::support::slot::utf8(&text)?)?;
                Ok(Self { text: text.unbind() })
            }

            pub fn from_rust(py: Python<'_>, text: &str) -> PyResult<Self> {
                Ok(Self { text: $crate::support::slot::py_str(py, text)?.unbind() })
            }
        }

        $crate::support::value::class_slot!($rust => $py, $name,
            load(kept) kept.cast::<$py>()?.get().to_rust(kept.py()),
            dump(py, value) Ok(Py::new(py, $py::from_rust(py, value.as_str())?)?.into_any())
            $(, reads_back: $reads_back)?);
        $crate::support::value::value_dunders!($py);

        #[pymethods]
        impl $py {
            /// Rebuilds a pickled value through the same validation.
            #[staticmethod]
            fn _rebuild(text: &Bound<'_, PyAny>) -> PyResult<Self> {
                Self::from_text(text)
            }

            fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (Py<PyString>,))> {
                Ok((slf.get_type().getattr("_rebuild")?, (slf.get().text.clone_ref(slf.py()),)))
            }

            fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
                self.text.bind(py).hash()
            }

            fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
                let py = other.py();
                match other.cast::<Self>() {
                    Ok(other) => {
                        let (mine, theirs) = (self.text.bind(py), other.get().text.bind(py));
                        (mine.is(theirs) || mine.to_str()? == theirs.to_str()?).into_py_any(py)
                    }
                    Err(_) => Ok(py.NotImplemented()),
                }
            }
        }

        $crate::support::value::string_value!(@str $str $py);
    };

    (@str text $py:ident) => {
        $crate::support::surface::members!($py, 3, "def as_str(self) -> str: ...\ndef __str__(self) -> str: ...\ndef __format__(self, spec: str, /) -> str: ...\n");
        #[pymethods]
        impl $py {
            fn as_str(&self, py: Python<'_>) -> Py<PyString> {
                self.text.clone_ref(py)
            }

            fn __str__(&self, py: Python<'_>) -> Py<PyString> {
                self.text.clone_ref(py)
            }

            /// An f-string formats the text without a detour through `str()`.
            fn __format__<'py>(&self, py: Python<'py>, spec: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyAny>> {
                let text = self.text.bind(py);
                if spec.to_str()?.is_empty() {
                    Ok(text.clone().into_any())
                } else {
                    text.call_method1("__format__", (spec,))
                }
            }
        }
    };
    (@str display $py:ident) => {
        $crate::support::surface::members!($py, 3, "def __str__(self) -> str: ...\n");
        #[pymethods]
        impl $py {
            fn __str__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
                $crate::support::slot::format_py(py, format_args!("{}", self.to_rust(py)?))
            }
        }
    };
    (@str debug $py:ident) => {};
    (@str $str:ident $py:ident) => {
        compile_error!(concat!("unknown `str` option `", stringify!($str), "`: expected `text`, `display` or `debug`"));
    };
}
pub use crate::string_value;

/// An enum whose variants are all units: one frozen class, one singleton
/// per variant reached as a class attribute (`FrameKind.Stdout`). The
/// variant names are the Rust `Debug` text; a variant this binding does
/// not list raises instead of passing for another.
#[macro_export]
#[doc(hidden)]
macro_rules! unit_enum {
    ($(#[doc = $doc:literal])* $py:ident $name:literal => $rust:ident $($closed:ident)? [$($variant:ident),+ $(,)?]) => {
        #[allow(unused_imports)]
        use $crate::support::prelude::*;

        $crate::support::value::unit_enum!(@closed [$($closed)?] $rust [$($variant),+]);
        $crate::support::surface::declared!($py $name, $crate::support::surface::unit_enum_stub(
            $name, &[$($doc),*], &[$(stringify!($variant)),*], $crate::support::value::unit_enum!(@is_closed [$($closed)?]),
        ));

        $(#[doc = $doc])*
        #[pyclass(frozen, immutable_type, eq, hash, name = $name, module = "ff_core._ff_core")]
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $py(pub $rust);

        impl Value for $py {
            type Rust = $rust;

            fn to_rust(&self, _py: Python<'_>) -> PyResult<$rust> {
                Ok(self.0)
            }
        }

        impl $py {
            const VARIANTS: &'static [$rust] = &[$($rust::$variant),+];

            /// The singleton of `value`.
            pub fn of(py: Python<'_>, value: $rust) -> PyResult<Py<Self>> {
                static SINGLETONS: PyOnceLock<Vec<Py<$py>>> = PyOnceLock::new();
                let all = SINGLETONS.get_or_try_init(py, || {
                    Self::VARIANTS.iter().map(|v| Py::new(py, Self(*v))).collect::<PyResult<_>>()
                })?;
                let index = Self::VARIANTS.iter().position(|v| *v == value);
                index
                    .map(|index| all[index].clone_ref(py))
                    .ok_or_else(|| $crate::support::error::unknown_variant($name, &value))
            }
        }

        // serde writes a unit variant as its name, which it reads back.
        $crate::support::value::class_slot!($rust => $py, $name,
            load(kept) Ok(kept.cast::<$py>()?.get().0),
            dump(py, value) Ok($py::of(py, *value)?.into_any()),
            reads_back: true);

        #[pymethods]
        impl $py {
            $(
                #[classattr]
                #[allow(non_snake_case)]
                fn $variant(py: Python<'_>) -> PyResult<Py<Self>> {
                    Self::of(py, $rust::$variant)
                }
            )+

            fn __repr__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
                $crate::support::value::repr(self, py)
            }

            /// `getattr(Enum, "Variant")`: unpickling gives the singleton.
            fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyType>, Bound<'py, PyString>))> {
                let py = slf.py();
                let name = $crate::support::slot::format_py(py, format_args!("{:?}", slf.get().0))?;
                Ok(($crate::support::value::builtin_getattr(py)?.clone(), (slf.get_type(), name)))
            }
        }
    };
    // `closed`: the Rust enum is exhaustive and every variant is listed,
    // or this match does not compile.
    (@is_closed []) => { false };
    (@is_closed [$closed:ident]) => { true };
    (@closed [] $rust:ident [$($variant:ident),+]) => {};
    (@closed [closed] $rust:ident [$($variant:ident),+]) => {
        const _: fn($rust) = |value| match value {
            $($rust::$variant)|+ => {}
        };
    };
    (@closed [$other:ident] $rust:ident [$($variant:ident),+]) => {
        compile_error!(concat!("unknown enum option `", stringify!($other), "`: expected `closed` or nothing"));
    };
}
pub use crate::unit_enum;

/// A data variant's class as an attribute of its enum's class
/// (`AdmissionDecision.Throttled`), made on first access. A descriptor, not
/// the class itself: from Python 3.14, PyO3 freezes each class once its
/// dict is filled (`PyType_Freeze`), and a class can be frozen only after
/// its base, so the variant class must not be made while the enum's class
/// is being built.
#[pyclass(frozen, immutable_type, name = "_VariantClass", module = "ff_core._ff_core")]
pub struct VariantClass(pub fn(Python<'_>) -> Py<PyType>);

#[pymethods]
impl VariantClass {
    fn __get__(&self, py: Python<'_>, _instance: &Bound<'_, PyAny>, _owner: Option<&Bound<'_, PyAny>>) -> Py<PyType> {
        (self.0)(py)
    }
}

/// An enum with data-carrying variants (`named { a: T, … }` or `tuple { _0: T }`). The base class
/// holds the Rust value; each data variant is a subclass reached as a
/// class attribute (`AdmissionDecision.Throttled`) whose field is a member
/// descriptor (a tuple variant's is `_0`); unit variants are singletons.
#[macro_export]
#[doc(hidden)]
macro_rules! data_enum {
    (
        $(#[doc = $doc:literal])*
        $py:ident $name:literal => $rust:ident $($closed:ident)?;
        hash: $hash:ident;
        $(reads_back: $reads_back:literal;)?
        units [$($unit:ident),* $(,)?];
        $($(#[doc = $vdoc:literal])* $variant:ident $kind:ident { $($field:ident : $fty:ty),+ $(,)? })*
    ) => {
        #[allow(unused_imports)]
        use $crate::support::prelude::*;

        $crate::support::value::data_enum!(@closed [$($closed)?] $py $name $rust [$($unit)*] [$($variant $kind $($field)+;)*]);
        $crate::support::surface::declared!($py $name, {
            #[allow(unused_imports)] // an enum of unit variants names no field
            use $crate::support::surface::{Field, Variant};
            let variants = [$(Variant {
                name: stringify!($variant),
                doc: &[$($vdoc),*],
                fields: vec![$(Field::of::<$fty>(stringify!($field), &[])),+],
            }),*];
            $crate::support::surface::data_enum_stub(
                $name, &[$($doc),*], &[$(stringify!($unit)),*], &variants, $crate::support::value::unit_enum!(@is_closed [$($closed)?]),
            )
        });

        $(#[doc = $doc])*
        #[pyclass(frozen, immutable_type, subclass, name = $name, module = "ff_core._ff_core")]
        pub struct $py(pub $rust);

        impl Value for $py {
            type Rust = $rust;

            fn to_rust(&self, _py: Python<'_>) -> PyResult<$rust> {
                Ok(self.0.clone())
            }
        }

        // The variant classes are named as in Rust (`Throttled`); a block keeps
        // each enum's apart from another enum's variant of the same name.
        const _: () = {
        $(
            $(#[doc = $vdoc])*
            #[pyclass(frozen, immutable_type, extends = $py, module = "ff_core._ff_core")]
            #[allow(clippy::used_underscore_binding, clippy::just_underscores_and_digits, clippy::struct_field_names)]
            pub struct $variant {
                $(#[pyo3(get)] $field: Py<PyAny>,)+
            }

            // A tuple variant's field is `_0`, as PyO3 names them.
            #[pymethods]
            #[allow(clippy::used_underscore_binding, clippy::just_underscores_and_digits)]
            impl $variant {
                #[new]
                fn construct(py: Python<'_>, $($field: &Bound<'_, PyAny>),+) -> PyResult<PyClassInitializer<Self>> {
                    $(let $field = <$fty>::store($field)
                        .map_err(|err| $crate::support::error::for_argument(py, stringify!($field), err))?;)+
                    let value = $crate::support::value::data_enum!(@build $kind $rust $variant
                        $($field (<$fty>::load($field.bind(py))?))+);
                    Ok(PyClassInitializer::from($py(value)).add_subclass(Self { $($field),+ }))
                }

                #[classattr]
                fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
                    Ok(PyTuple::new(py, [$(stringify!($field)),+])?.unbind())
                }

                #[classattr]
                fn __qualname__() -> &'static str {
                    concat!($name, ".", stringify!($variant))
                }
            }
        )*

        $crate::support::value::class_slot!($rust => $py, $name,
            load(kept) Ok(kept.cast::<$py>()?.get().0.clone()),
            dump(py, value) $py::dump(py, value),
            reads_back: true $(&& $reads_back)? $($(&& <$fty as Slot>::READS_BACK)+)*);
        $crate::support::value::value_dunders!($py, eq, $hash);

        impl $py {
            /// The Python value of `value`: a singleton or a variant instance.
            #[allow(unreachable_patterns, clippy::used_underscore_binding)]
            fn dump(py: Python<'_>, value: &$rust) -> PyResult<Py<PyAny>> {
                match value {
                    $($rust::$unit => $py::$unit(py).map(Py::into_any),)*
                    $(
                        $crate::support::value::data_enum!(@pattern $kind $rust $variant $($field)+) => {
                            let init = PyClassInitializer::from($py(value.clone()))
                                .add_subclass($variant { $($field: <$fty>::dump(py, $field)?),+ });
                            Ok(Py::new(py, init)?.into_any())
                        }
                    )*
                    _ => Err($crate::support::error::unknown_variant($name, value)),
                }
            }
        }

        #[pymethods]
        impl $py {
            $(
                #[classattr]
                #[allow(non_snake_case)]
                fn $unit(py: Python<'_>) -> PyResult<Py<Self>> {
                    static CELL: PyOnceLock<Py<$py>> = PyOnceLock::new();
                    CELL.get_or_try_init(py, || Py::new(py, Self($rust::$unit))).map(|unit| unit.clone_ref(py))
                }
            )*
            $(
                #[classattr]
                #[allow(non_snake_case)]
                fn $variant() -> $crate::support::value::VariantClass {
                    $crate::support::value::VariantClass(|py| py.get_type::<$variant>().unbind())
                }
            )*

            /// Unit variants unpickle to their singleton (`getattr`), data
            /// variants through their class; an unknown variant raises.
            #[allow(unreachable_patterns, clippy::used_underscore_binding)]
            fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
                let (py, value) = (slf.py(), &slf.get().0);
                match value {
                    $($rust::$unit => Ok((
                        $crate::support::value::builtin_getattr(py)?.clone(),
                        PyTuple::new(py, [slf.get_type().into_any(), PyString::new(py, stringify!($unit)).into_any()])?,
                    )),)*
                    $(
                        $crate::support::value::data_enum!(@pattern $kind $rust $variant $($field)+) => Ok((
                            py.get_type::<$variant>().into_any(),
                            PyTuple::new(py, [$(<$fty>::dump(py, $field)?),+])?,
                        )),
                    )*
                    _ => Err($crate::support::error::unknown_variant($name, value)),
                }
            }
        }
        };
    };

    // `closed`: the Rust enum is exhaustive and every variant is listed.
    (@closed [] $py:ident $name:literal $rust:ident [$($unit:ident)*] [$($tokens:tt)*]) => {};
    (@closed [closed] $py:ident $name:literal $rust:ident [$($unit:ident)*] [$($variant:ident $kind:ident $($field:ident)+;)*]) => {
        $crate::support::surface::inventory::submit! {
            $crate::support::surface::Export {
                path: module_path!(), file: file!(), line: line!(), name: concat!($name, "Variant"), rust: "",
                function: false, object: $crate::support::surface::class::<$py>,
                stub: || $crate::support::surface::variant_union_stub($name, &[$(stringify!($unit)),*], &[$(stringify!($variant)),*]),
            }
        }
        #[allow(unused_variables, clippy::used_underscore_binding)]
        const _: fn($rust) = |value| match value {
            $($rust::$unit => {})*
            $($crate::support::value::data_enum!(@pattern $kind $rust $variant $($field)+) => {})*
        };
    };
    (@closed [$other:ident] $py:ident $name:literal $rust:ident [$($unit:ident)*] [$($tokens:tt)*]) => {
        compile_error!(concat!("unknown enum option `", stringify!($other), "`: expected `closed` or nothing"));
    };
    (@build named $rust:ident $variant:ident $($field:ident ($value:expr))+) => { $rust::$variant { $($field: $value),+ } };
    (@build tuple $rust:ident $variant:ident $field:ident ($value:expr)) => { $rust::$variant($value) };
    (@pattern named $rust:ident $variant:ident $($field:ident)+) => { $rust::$variant { $($field),+ } };
    (@pattern tuple $rust:ident $variant:ident $field:ident) => { $rust::$variant($field) };
}
pub use crate::data_enum;

/// The constructors of a `value_struct!` type, each naming the fields it
/// takes (the rest come from the seed): `new(a, b)` is the class call and
/// the static `new`; any other name is a static method; `keywords` is a
/// keyword-only call for types that only have `Default`; `fields required`
/// and `fields optional` take every field by position or keyword. A
/// parameter may name a narrower type (`seq: u64`) to check first.
#[macro_export]
#[doc(hidden)]
macro_rules! constructors {
    ($py:ident { $($spec:tt)* }) => {
        $crate::support::value::constructors!(@each $py $($spec)*);
    };
    (@each $py:ident) => {};
    (@each $py:ident new($($param:ident $(: $strict:ty)?),*); $($rest:tt)*) => {
        $crate::support::surface::members!($py, 1, format!(
            "def __new__({}) -> Self: ...\n",
            $crate::support::surface::parameters("cls", &$crate::support::value::constructors!(@params $py $($param $(: $strict)?),*), false, false),
        ));
        #[pymethods]
        impl $py {
            #[new]
            #[allow(clippy::too_many_arguments)] // as many as Rust's `new` takes
            fn construct(py: Python<'_>, $($param: &Bound<'_, PyAny>),*) -> PyResult<Self> {
                Self::new(py, $($param),*)
            }
        }
        $crate::support::value::constructors!(@named $py new($($param $(: $strict)?),*));
        $crate::support::value::constructors!(@each $py $($rest)*);
    };
    (@each $py:ident keywords; $($rest:tt)*) => {
        $crate::support::surface::members!($py, 1, format!(
            "def __new__({}) -> Self: ...\n",
            $crate::support::surface::parameters("cls", &$py::field_inputs(), true, true),
        ));
        #[pymethods]
        impl $py {
            #[new]
            #[pyo3(signature = (**fields))]
            fn construct(py: Python<'_>, fields: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
                Self::build(py, $crate::support::value::named_fields(<Self as $crate::support::surface::Named>::NAME, "__new__", Self::FIELDS, fields)?)
            }
        }
        $crate::support::value::constructors!(@each $py $($rest)*);
    };
    (@each $py:ident fields required; $($rest:tt)*) => {
        $crate::support::value::constructors!(@all_fields $py true);
        $crate::support::value::constructors!(@each $py $($rest)*);
    };
    (@each $py:ident fields optional; $($rest:tt)*) => {
        $crate::support::value::constructors!(@all_fields $py false);
        $crate::support::value::constructors!(@each $py $($rest)*);
    };
    (@each $py:ident fields $mode:ident; $($rest:tt)*) => {
        compile_error!(concat!("unknown `fields` mode `", stringify!($mode), "`: expected `required` or `optional`"));
    };
    (@all_fields $py:ident $required:literal) => {
        $crate::support::surface::members!($py, 1, format!(
            "def __new__({}) -> Self: ...\n",
            $crate::support::surface::parameters("cls", &$py::field_inputs(), !$required, false),
        ));
        #[pymethods]
        impl $py {
            #[new]
            #[pyo3(signature = (*args, **kwargs))]
            fn construct(py: Python<'_>, args: &Bound<'_, PyTuple>, kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
                Self::build(py, $crate::support::value::all_fields(<Self as $crate::support::surface::Named>::NAME, Self::FIELDS, args, kwargs, $required)?)
            }
        }
    };
    (@each $py:ident $name:ident($($param:ident $(: $strict:ty)?),*); $($rest:tt)*) => {
        $crate::support::value::constructors!(@named $py $name($($param $(: $strict)?),*));
        $crate::support::value::constructors!(@each $py $($rest)*);
    };
    // A static constructor and its stub.
    (@named $py:ident $name:ident($($param:ident $(: $strict:ty)?),*)) => {
        $crate::support::surface::members!($py, 2, format!(
            "@staticmethod\ndef {}({}) -> {}: ...\n",
            stringify!($name),
            $crate::support::surface::parameters("", &$crate::support::value::constructors!(@params $py $($param $(: $strict)?),*), false, false),
            <$py as $crate::support::surface::Named>::NAME,
        ));
        $crate::support::value::constructors!(@static $py $name($($param $(: $strict)?),*));
    };
    // Each parameter with its Python type: its field's, or the narrower one.
    (@params $py:ident $($param:ident $(: $strict:ty)?),*) => {
        [$((stringify!($param), $crate::support::value::constructors!(@input $py $param $($strict)?))),*]
    };
    (@static $py:ident $name:ident($($param:ident $(: $strict:ty)?),*)) => {
        // Every parameter names a field: a misspelt one fails here, at the
        // caller, as "no field `…` on type `&Py…`".
        const _: () = {
            #[allow(dead_code, unused_variables)]
            fn every_parameter_is_a_field(value: &$py) {
                $(let _ = &value.$param;)*
            }
        };
        #[pymethods]
        impl $py {
            #[staticmethod]
            #[allow(clippy::too_many_arguments)] // as many as Rust's constructor takes
            fn $name(py: Python<'_>, $($param: &Bound<'_, PyAny>),*) -> PyResult<Self> {
                $($crate::support::value::constructors!(@strict py $param $($strict)?);)*
                Self::build(py, [$((Self::index(stringify!($param)), $param.clone())),*])
            }
        }
    };
    (@input $py:ident $param:ident) => {
        $py::field_inputs().into_iter().find(|(field, _)| *field == stringify!($param)).map(|(_, ty)| ty).unwrap_or_default()
    };
    (@input $py:ident $param:ident $strict:ty) => {
        <$strict as $crate::support::slot::Slot>::py_input()
    };
    // A parameter typed more narrowly than its field (`seq: u64` for an
    // `Option<u64>` field) is checked against that type first.
    (@strict $py_token:ident $param:ident) => {};
    (@strict $py_token:ident $param:ident $strict:ty) => {
        <$strict as Slot>::store($param)
            .map_err(|err| $crate::support::error::for_argument($py_token, stringify!($param), err))?;
    };
}
pub use crate::constructors;
