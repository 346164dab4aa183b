//! `FrozenMapping`: how a map field (`BTreeMap`, `HashMap`) reads in
//! Python. A `mappingproxy` is not enough: comparing one hands the dict
//! behind it to the other operand (`proxy == x` calls `dict == x`, then
//! `x.__eq__(dict)`), which could then change the value. Here the dict is
//! private: no method or operator passes it to Python code; those that
//! must hand a dict out (`==` with a foreign mapping, `|`, `copy`) hand a
//! fresh copy.

use pyo3::basic::CompareOp;
use pyo3::exceptions::PyKeyError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyIterator, PyType};

/// A read-only mapping (`collections.abc.Mapping`) of a value's field.
#[pyclass(frozen, immutable_type, mapping, name = "FrozenMapping", module = "ff_core._ff_core")]
pub struct FrozenMapping {
    items: Py<PyDict>,
}

impl FrozenMapping {
    /// Keep `items`, which the caller made and hands over: nobody else
    /// holds it.
    pub fn new(py: Python<'_>, items: Bound<'_, PyDict>) -> PyResult<Py<Self>> {
        Py::new(py, Self { items: items.unbind() })
    }

    /// The kept entries, for Rust only.
    pub fn entries<'py>(&self, py: Python<'py>) -> &Bound<'py, PyDict> {
        self.items.bind(py)
    }

    /// `collections.abc.Mapping.register(FrozenMapping)`, so `isinstance`
    /// sees a mapping, as it does a `mappingproxy`.
    pub fn register(py: Python<'_>) -> PyResult<()> {
        abc(py, "Mapping")?.call_method1("register", (py.get_type::<Self>(),))?;
        Ok(())
    }
}

/// A class of `collections.abc`, looked up once.
fn abc<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyType>> {
    static MODULE: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
    let module = MODULE.get_or_try_init(py, || Ok::<_, PyErr>(py.import("collections.abc")?.unbind()))?;
    Ok(module.bind(py).getattr(name)?.cast_into::<PyType>()?)
}

#[pymethods]
impl FrozenMapping {
    fn __getitem__<'py>(&self, py: Python<'py>, key: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        self.entries(py).get_item(key)?.ok_or_else(|| PyKeyError::new_err(key.clone().unbind()))
    }

    fn __len__(&self, py: Python<'_>) -> usize {
        self.entries(py).len()
    }

    fn __contains__(&self, py: Python<'_>, key: &Bound<'_, PyAny>) -> PyResult<bool> {
        self.entries(py).contains(key)
    }

    /// Over a copy of the entries, never the dict itself.
    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyIterator>> {
        self.copy(py)?.try_iter()
    }

    fn __reversed__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import("builtins")?.getattr("reversed")?.call1((self.copy(py)?,))
    }

    #[pyo3(signature = (key, default = None))]
    fn get<'py>(
        &self,
        py: Python<'py>,
        key: &Bound<'py, PyAny>,
        default: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        Ok(self.entries(py).get_item(key)?.or(default).unwrap_or_else(|| py.None().into_bound(py)))
    }

    /// `collections.abc` views over this mapping (not over the dict).
    fn keys<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        abc(slf.py(), "KeysView")?.call1((slf,))
    }

    fn values<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        abc(slf.py(), "ValuesView")?.call1((slf,))
    }

    fn items<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        abc(slf.py(), "ItemsView")?.call1((slf,))
    }

    /// A new `dict` with the same entries.
    fn copy<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.entries(py).copy()
    }

    /// Equal to any mapping with equal entries; other operands see a copy.
    fn __richcmp__<'py>(&self, other: &Bound<'py, PyAny>, op: CompareOp) -> PyResult<Bound<'py, PyAny>> {
        let py = other.py();
        if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
            return Ok(py.NotImplemented().into_bound(py));
        }
        let equal = if let Ok(frozen) = other.cast::<Self>() {
            self.entries(py).eq(frozen.get().entries(py))?
        } else if other.is_instance(abc(py, "Mapping")?.as_any())? {
            self.copy(py)?.eq(other)?
        } else {
            return Ok(py.NotImplemented().into_bound(py));
        };
        Ok(pyo3::types::PyBool::new(py, equal == matches!(op, CompareOp::Eq)).to_owned().into_any())
    }

    /// `frozen | mapping` and `mapping | frozen`: a new `dict`, as for a
    /// `mappingproxy`.
    fn __or__<'py>(&self, other: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        self.copy(other.py())?.call_method1("__or__", (other,))
    }

    fn __ror__<'py>(&self, other: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        self.copy(other.py())?.call_method1("__ror__", (other,))
    }

    /// Unhashable, like a `dict` or a `mappingproxy`.
    #[classattr]
    fn __hash__(py: Python<'_>) -> Py<PyAny> {
        py.None()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("FrozenMapping({})", self.entries(py).repr()?))
    }
}
