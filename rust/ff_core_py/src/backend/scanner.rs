//! `ScannerFilter`: the predicate scanners apply to each candidate once
//! its `HGET` replies are back. The predicate is ff-core's
//! `ScannerFilter::matches`; this file only reads the replies as text.

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

/// An `HGET` reply as ff-core's predicate takes it.
#[derive(Clone, Copy)]
enum Reply<'a> {
    /// A missing key or field.
    Missing,
    Text(&'a str),
    /// Bytes that are not UTF-8, or a `str` with lone surrogates.
    NotText,
}

fn reply<'a>(value: &'a Bound<'_, PyAny>) -> PyResult<Reply<'a>> {
    let text = |text: Option<&'a str>| text.map_or(Reply::NotText, Reply::Text);
    if value.is_none() {
        Ok(Reply::Missing)
    } else if let Ok(bytes) = value.cast::<PyBytes>() {
        Ok(text(std::str::from_utf8(bytes.as_bytes()).ok()))
    } else if let Ok(string) = value.cast::<PyString>() {
        Ok(text(string.to_str().ok()))
    } else if let Ok(ns) = value.cast::<PyNamespace>() {
        Ok(text(ns.get().text.bind(value.py()).to_str().ok()))
    } else {
        Err(type_error("bytes, str, Namespace or None", value))
    }
}

/// ff-core's `ScannerFilter::matches`. A reply that is not text cannot
/// equal a filter value (a Rust `String`), so it fails a dimension the
/// filter sets; ff-core ignores the reply of a dimension it leaves unset.
fn decide(filter: &ScannerFilter, core_namespace: Reply<'_>, tag_value: Reply<'_>) -> bool {
    let text = |reply: Reply<'_>, set: bool| !(set && matches!(reply, Reply::NotText));
    if !text(core_namespace, filter.namespace.is_some()) || !text(tag_value, filter.instance_tag.is_some()) {
        return false;
    }
    let as_str = |reply| if let Reply::Text(text) = reply { Some(text) } else { None };
    filter.matches(as_str(core_namespace).map(Namespace::new).as_ref(), as_str(tag_value))
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
        Ok(decide(&self.rust, reply(core_namespace)?, reply(tag_value)?))
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
            Ok(decide(&self.rust, reply(&*pair.get_borrowed_item(0)?)?, reply(&*pair.get_borrowed_item(1)?)?))
        };
        let results = if let Ok(list) = pairs.cast::<PyList>() {
            let mut results = Vec::with_capacity(list.len());
            // Index, not iterate: the list may change under a re-entrant call.
            let mut index = 0;
            while let Ok(pair) = list.get_item(index) {
                results.push(check(&pair)?);
                index += 1;
            }
            results
        } else {
            pairs.try_iter()?.map(|pair| check(&pair?)).collect::<PyResult<Vec<_>>>()?
        };
        PyList::new(py, results)
    }
}
