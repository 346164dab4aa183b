//! `ScannerFilter`: the predicate scanners apply to each candidate once
//! its `HGET` replies are back. The predicate itself is the crate's
//! `ScannerFilterView::matches`; this file only borrows the replies.

use ff_core::backend::{ScannerFilter, ScannerFilterView};
use ff_core::types::Namespace;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple};

use crate::support::slot::type_error;
use crate::support::value::{constructors, value_struct};
use crate::types::PyNamespace;

value_struct!(
    /// Per-consumer filter applied by scanners and completion subscribers.
    PyScannerFilter "ScannerFilter" => ScannerFilter = ScannerFilter::new();
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

impl PyScannerFilter {
    /// The wanted values, borrowed from the kept fields.
    /// (An unset field is `None`; it is checked first because a failed
    /// cast to a pyclass costs more than the whole predicate.)
    fn view<'a>(&'a self, py: Python<'a>) -> PyResult<ScannerFilterView<'a>> {
        let (namespace, tag) = (self.namespace.bind(py), self.instance_tag.bind(py));
        let namespace = if namespace.is_none() {
            None
        } else {
            Some(namespace.cast::<PyNamespace>()?.get().text.bind(py).to_str()?.as_bytes())
        };
        let instance_tag_value = if tag.is_none() {
            None
        } else {
            Some(tag.cast::<PyTuple>()?.get_borrowed_item(1)?.extract::<&str>()?.as_bytes())
        };
        Ok(ScannerFilterView { namespace, instance_tag_value })
    }
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

    fn is_noop(&self, py: Python<'_>) -> bool {
        self.namespace.is_none(py) && self.instance_tag.is_none(py)
    }

    /// The post-`HGET` check: each reply is `bytes`, `str`, `Namespace`
    /// or `None` (a missing key or field); bytes compare byte for byte.
    fn matches(&self, core_namespace: &Bound<'_, PyAny>, tag_value: &Bound<'_, PyAny>) -> PyResult<bool> {
        let view = self.view(core_namespace.py())?;
        Ok(view.matches(reply(core_namespace)?, reply(tag_value)?))
    }

    /// `matches` over an iterable of `(core_namespace, tag_value)` pairs.
    fn matches_many<'py>(&self, pairs: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let py = pairs.py();
        let view = self.view(py)?;
        let check = |pair: &Bound<'py, PyAny>| -> PyResult<bool> {
            let pair = pair
                .cast::<PyTuple>()
                .ok()
                .filter(|pair| pair.len() == 2)
                .ok_or_else(|| type_error("a (core_namespace, tag_value) 2-tuple", pair))?;
            Ok(view.matches(reply(&*pair.get_borrowed_item(0)?)?, reply(&*pair.get_borrowed_item(1)?)?))
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
