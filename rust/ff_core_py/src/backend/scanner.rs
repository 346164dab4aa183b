//! `ScannerFilter`: the predicate scanners apply to each candidate once
//! its `HGET` replies are back: ff-core's `ScannerFilter::matches`, over
//! replies as bytes (a fast path, tested against ff-core's function).

use ff_core::backend::ScannerFilter;
use ff_core::types::Namespace;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple};

use crate::support::slot::type_error;
use crate::support::value::{constructors, value_struct};
use crate::types::PyNamespace;

value_struct!(
    /// Per-consumer filter applied by scanners and completion subscribers.
    PyScannerFilter "ScannerFilter" => ScannerFilter = ScannerFilter::new();
    cache rust;
    fields {
        /// Matches the `namespace` field of `exec_core`.
        namespace: Option<Namespace>,
        /// `(tag_key, tag_value)`, matched in the execution's tags hash.
        instance_tag: Option<(String, String)>,
    }
    hash: no;
);
constructors!(PyScannerFilter { new(); });

/// A reply as bytes: `bytes` as it is, `str` and `Namespace` as UTF-8,
/// `None` as absent. A `str` that UTF-8 cannot encode (lone surrogates)
/// cannot equal any filter value, so it reads as a byte that never does.
fn reply<'a>(value: &'a Bound<'_, PyAny>) -> PyResult<Option<&'a [u8]>> {
    const NEVER_UTF8: &[u8] = &[0xff];
    let text = |text: &'a Bound<'_, PyString>| Some(text.to_str().map_or(NEVER_UTF8, str::as_bytes));
    if value.is_none() {
        Ok(None)
    } else if let Ok(bytes) = value.cast::<PyBytes>() {
        Ok(Some(bytes.as_bytes()))
    } else if let Ok(string) = value.cast::<PyString>() {
        Ok(text(string))
    } else if let Ok(ns) = value.cast::<PyNamespace>() {
        Ok(text(ns.get().text.bind(value.py())))
    } else {
        Err(type_error("bytes, str, Namespace or None", value))
    }
}

/// Fast path for the benchmark rows `ScannerFilter.matches` and both
/// `matches_many` rows: ff-core's `ScannerFilter::matches`, with the
/// replies compared as bytes instead of decoded, and no `Namespace`
/// allocated per reply. Bytes that are not UTF-8 cannot equal a filter
/// value (a Rust `String`); an unset dimension ignores its reply, as in
/// ff-core. `tests::agrees_with_ff_core` compares the two.
fn matches_bytes(filter: &ScannerFilter, core_namespace: Option<&[u8]>, tag_value: Option<&[u8]>) -> bool {
    let dimension = |want: Option<&str>, have: Option<&[u8]>| want.is_none_or(|want| have == Some(want.as_bytes()));
    dimension(filter.namespace.as_ref().map(Namespace::as_str), core_namespace)
        && dimension(filter.instance_tag.as_ref().map(|(_, value)| value.as_str()), tag_value)
}

#[pymethods]
impl PyScannerFilter {
    /// The shared no-op filter.
    #[classattr]
    #[allow(non_snake_case)]
    fn NOOP(py: Python<'_>) -> PyResult<Self> {
        Self::from_rust(py, &ScannerFilter::NOOP)
    }

    fn with_namespace(&self, py: Python<'_>, ns: &Bound<'_, PyNamespace>) -> PyResult<Self> {
        self.with(py, [(Self::index("namespace"), ns.clone().into_any())])
    }

    fn with_instance_tag(&self, py: Python<'_>, key: &Bound<'_, PyAny>, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        let pair = PyTuple::new(py, [key, value])?.into_any();
        self.with(py, [(Self::index("instance_tag"), pair)])
    }

    fn is_noop(&self) -> bool {
        self.rust.is_noop()
    }

    /// The post-`HGET` check: each reply is `bytes`, `str`, `Namespace`
    /// or `None` (a missing key or field); bytes compare byte for byte.
    fn matches(&self, core_namespace: &Bound<'_, PyAny>, tag_value: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(matches_bytes(&self.rust, reply(core_namespace)?, reply(tag_value)?))
    }

    /// `matches` over an iterable of `(core_namespace, tag_value)` pairs.
    fn matches_many<'py>(&self, pairs: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let py = pairs.py();
        let check = |pair: &Bound<'py, PyAny>| -> PyResult<bool> {
            let pair = pair
                .cast::<PyTuple>()
                .ok()
                .filter(|pair| pair.len() == 2)
                .ok_or_else(|| type_error("a (core_namespace, tag_value) 2-tuple", pair))?;
            Ok(matches_bytes(&self.rust, reply(&*pair.get_borrowed_item(0)?)?, reply(&*pair.get_borrowed_item(1)?)?))
        };
        // Appended one by one: a list too long for memory raises
        // `MemoryError` (PyO3's `PyList::new` panics when it cannot allocate).
        let results = PyList::empty(py);
        if let Ok(list) = pairs.cast::<PyList>() {
            // Index, not iterate: the list may change under a re-entrant call.
            let mut index = 0;
            while let Ok(pair) = list.get_item(index) {
                results.append(check(&pair)?)?;
                index += 1;
            }
        } else {
            for pair in pairs.try_iter()? {
                results.append(check(&pair?)?)?;
            }
        }
        Ok(results)
    }
}
crate::support::surface::members!(PyScannerFilter, 3, "\
NOOP: ClassVar[ScannerFilter]
def with_namespace(self, ns: Namespace) -> ScannerFilter: ...
def with_instance_tag(self, key: str, value: str) -> ScannerFilter: ...
def is_noop(self) -> bool: ...
def matches(self, core_namespace: bytes | str | Namespace | None, tag_value: bytes | str | None) -> bool:
    \"\"\"Each reply is `bytes` (as a Valkey client returns it), `str`,
    `Namespace` or `None` (missing key or field).\"\"\"
def matches_many(self, pairs: Iterable[tuple[bytes | str | Namespace | None, bytes | str | None]]) -> list[bool]: ...
");

#[cfg(test)]
mod tests {
    use ff_core::backend::ScannerFilter;
    use ff_core::types::Namespace;
    use proptest::prelude::*;

    use super::matches_bytes;

    /// ff-core's own predicate over byte replies: decoded first, and a
    /// reply that is not UTF-8 fails a dimension the filter sets.
    fn ff_core_matches(filter: &ScannerFilter, core_namespace: Option<&[u8]>, tag_value: Option<&[u8]>) -> bool {
        #[allow(clippy::option_option)] // missing, text, or no match
        fn text(reply: Option<&[u8]>, set: bool) -> Option<Option<&str>> {
            match reply.map(std::str::from_utf8) {
                None => Some(None),
                Some(Ok(text)) => Some(Some(text)),
                Some(Err(_)) => (!set).then_some(None),
            }
        }
        let (Some(namespace), Some(tag)) =
            (text(core_namespace, filter.namespace.is_some()), text(tag_value, filter.instance_tag.is_some()))
        else {
            return false;
        };
        filter.matches(namespace.map(Namespace::new).as_ref(), tag)
    }

    /// Short values from a small alphabet (ASCII, multi-byte, a space),
    /// so that filters and replies often agree.
    fn text() -> impl Strategy<Value = String> {
        proptest::string::string_regex("[ab é😀]{0,3}").unwrap()
    }

    /// A reply: missing, the UTF-8 of a text, or bytes that may not be UTF-8.
    fn reply() -> impl Strategy<Value = Option<Vec<u8>>> {
        prop_oneof![
            Just(None),
            text().prop_map(|text| Some(text.into_bytes())),
            proptest::collection::vec(prop_oneof![Just(b'a'), Just(0xc3), Just(0xa9), Just(0xff)], 0..3).prop_map(Some),
        ]
    }

    fn filter() -> impl Strategy<Value = ScannerFilter> {
        (proptest::option::of(text()), proptest::option::of((text(), text()))).prop_map(|(namespace, tag)| {
            let filter = ScannerFilter::new();
            let filter = match namespace {
                Some(namespace) => filter.with_namespace(Namespace::new(namespace)),
                None => filter,
            };
            match tag {
                Some((key, value)) => filter.with_instance_tag(key, value),
                None => filter,
            }
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100_000))]
        #[test]
        fn agrees_with_ff_core(filter in filter(), core_namespace in reply(), tag_value in reply()) {
            prop_assert_eq!(
                matches_bytes(&filter, core_namespace.as_deref(), tag_value.as_deref()),
                ff_core_matches(&filter, core_namespace.as_deref(), tag_value.as_deref())
            );
        }
    }
}
