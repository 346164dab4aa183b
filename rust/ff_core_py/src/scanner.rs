//! `ScannerFilter`: the per-candidate predicate of FlowFabric's scanners.
//! `matches` and `matches_many` call `ScannerFilter::matches_str`, the
//! crate's one implementation of the predicate (`matches` delegates to it); no
//! matching logic lives here.

use ff_core::backend::ScannerFilter;
use pyo3::exceptions::{PyAttributeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyString, PyTuple, PyType};

use crate::convert::{string, type_error};
use crate::ids::PyNamespace;

#[pyclass(eq, name = "ScannerFilter", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq)]
pub struct PyScannerFilter(pub ScannerFilter);

static NOOP: PyOnceLock<Py<PyScannerFilter>> = PyOnceLock::new();

/// A candidate's namespace as a borrowed string: from a `str` or a
/// `Namespace`, without allocating. Exact type checks first: they are
/// pointer compares, and this runs once per candidate.
fn core_namespace<'a>(value: &'a Bound<'_, PyAny>) -> PyResult<Option<&'a str>> {
    if value.is_none() {
        Ok(None)
    } else if let Ok(text) = value.cast_exact::<PyString>() {
        text.to_str().map(Some)
    } else if let Ok(ns) = value.cast::<PyNamespace>() {
        Ok(Some(ns.get().0.as_str()))
    } else if let Ok(text) = value.cast::<PyString>() {
        text.to_str().map(Some)
    } else {
        Err(type_error(
            "core_namespace",
            "Namespace, str or None",
            value,
        ))
    }
}

fn tag_value<'a>(value: &'a Bound<'_, PyAny>) -> PyResult<Option<&'a str>> {
    if value.is_none() {
        return Ok(None);
    }
    match value
        .cast_exact::<PyString>()
        .or_else(|_| value.cast::<PyString>())
    {
        Ok(text) => text.to_str().map(Some),
        Err(_) => Err(type_error("tag_value", "str or None", value)),
    }
}

impl PyScannerFilter {
    fn matches_pair(&self, namespace: &Bound<'_, PyAny>, tag: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(self
            .0
            .matches_str(core_namespace(namespace)?, tag_value(tag)?))
    }

    /// `ScannerFilter.NOOP` is one object shared by every caller, as the
    /// Rust constant is; changing it would change every scanner's filter.
    fn ensure_not_noop(slf: &Bound<'_, Self>) -> PyResult<()> {
        match NOOP.get(slf.py()) {
            Some(noop) if noop.as_ptr() == slf.as_ptr() => Err(PyAttributeError::new_err(
                "ScannerFilter.NOOP is shared and read-only; change a ScannerFilter() instead",
            )),
            _ => Ok(()),
        }
    }
}

#[pymethods]
impl PyScannerFilter {
    /// An empty filter, equal to `ScannerFilter.NOOP`.
    #[new]
    fn construct() -> Self {
        Self(ScannerFilter::new())
    }

    #[staticmethod]
    fn new() -> Self {
        Self::construct()
    }

    #[classattr]
    #[allow(non_snake_case)]
    fn NOOP(py: Python<'_>) -> PyResult<Py<Self>> {
        NOOP.get_or_try_init(py, || Py::new(py, Self(ScannerFilter::NOOP)))
            .map(|noop| noop.clone_ref(py))
    }

    /// A new filter with the namespace set; this one is left unchanged.
    fn with_namespace(&self, ns: &Bound<'_, PyNamespace>) -> Self {
        Self(self.0.clone().with_namespace(ns.get().0.clone()))
    }

    /// A new filter with the instance tag set; this one is left unchanged.
    fn with_instance_tag(
        &self,
        key: &Bound<'_, PyAny>,
        value: &Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        Ok(Self(self.0.clone().with_instance_tag(
            string("key", key)?,
            string("value", value)?,
        )))
    }

    fn is_noop(&self) -> bool {
        self.0.is_noop()
    }

    /// `core_namespace` may be a `Namespace`, a `str` or `None`;
    /// `tag_value` a `str` or `None`.
    fn matches(
        &self,
        core_namespace: &Bound<'_, PyAny>,
        tag_value: &Bound<'_, PyAny>,
    ) -> PyResult<bool> {
        self.matches_pair(core_namespace, tag_value)
    }

    /// `matches` over an iterable of `(core_namespace, tag_value)` pairs.
    fn matches_many(&self, pairs: &Bound<'_, PyAny>) -> PyResult<Vec<bool>> {
        let check = |pair: &Bound<'_, PyAny>| -> PyResult<bool> {
            // Exact type checks are pointer compares; this runs per pair.
            let pair = pair
                .cast_exact::<PyTuple>()
                .or_else(|_| pair.cast::<PyTuple>())
                .ok()
                .filter(|t| t.len() == 2)
                .ok_or_else(|| {
                    PyTypeError::new_err("each pair must be a 2-tuple (core_namespace, tag_value)")
                })?;
            let (namespace, tag) = (pair.get_borrowed_item(0)?, pair.get_borrowed_item(1)?);
            self.matches_pair(&namespace, &tag)
        };
        if let Ok(list) = pairs.cast_exact::<PyList>() {
            // One copy of the item pointers, then borrowed access per pair.
            let items = list.to_tuple();
            return (0..items.len())
                .map(|i| check(&*items.get_borrowed_item(i)?))
                .collect();
        }
        pairs.try_iter()?.map(|pair| check(&pair?)).collect()
    }

    #[getter]
    fn namespace(&self) -> Option<PyNamespace> {
        self.0.namespace.clone().map(PyNamespace)
    }

    #[setter]
    fn set_namespace(
        slf: &Bound<'_, Self>,
        value: Option<&Bound<'_, PyNamespace>>,
    ) -> PyResult<()> {
        Self::ensure_not_noop(slf)?;
        slf.borrow_mut().0.namespace = value.map(|ns| ns.get().0.clone());
        Ok(())
    }

    #[getter]
    fn instance_tag(&self) -> Option<(String, String)> {
        self.0.instance_tag.clone()
    }

    #[setter]
    fn set_instance_tag(slf: &Bound<'_, Self>, value: Option<&Bound<'_, PyTuple>>) -> PyResult<()> {
        Self::ensure_not_noop(slf)?;
        let tag = match value {
            None => None,
            Some(pair) if pair.len() == 2 => Some((
                string("instance_tag[0]", &pair.get_item(0)?)?,
                string("instance_tag[1]", &pair.get_item(1)?)?,
            )),
            Some(_) => {
                return Err(PyTypeError::new_err(
                    "instance_tag must be a (key, value) tuple of str or None",
                ));
            }
        };
        slf.borrow_mut().0.instance_tag = tag;
        Ok(())
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> (
        Bound<'py, PyType>,
        (),
        (Option<PyNamespace>, Option<(String, String)>),
    ) {
        let f = slf.borrow();
        (slf.get_type(), (), (f.namespace(), f.instance_tag()))
    }

    fn __setstate__(
        slf: &Bound<'_, Self>,
        state: (Option<Bound<'_, PyNamespace>>, Option<Bound<'_, PyTuple>>),
    ) -> PyResult<()> {
        Self::set_namespace(slf, state.0.as_ref())?;
        Self::set_instance_tag(slf, state.1.as_ref())
    }
}

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyScannerFilter>()
}
