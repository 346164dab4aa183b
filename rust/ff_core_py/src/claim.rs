//! Claim inputs: `CapabilitySet` and `ClaimPolicy`. Neither derives
//! `Hash`: both are mutable and unhashable.

use std::time::Duration;

use ff_core::backend::{CapabilitySet, ClaimPolicy};
use pyo3::prelude::*;
use pyo3::types::{PyTuple, PyType};

use crate::convert::strings;

/// The capability tokens a worker advertises.
#[pyclass(eq, name = "CapabilitySet", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq)]
pub struct PyCapabilitySet(pub CapabilitySet);

#[pymethods]
impl PyCapabilitySet {
    /// Any iterable of `str`; no argument gives the empty default.
    #[new]
    #[pyo3(signature = (tokens = None))]
    fn construct(tokens: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        match tokens {
            None => Ok(Self(CapabilitySet::default())),
            Some(tokens) => Ok(Self(CapabilitySet::new(strings("tokens", tokens)?))),
        }
    }

    #[staticmethod]
    fn new(tokens: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::construct(Some(tokens))
    }

    /// A copy: changing the list does not change the set.
    #[getter]
    fn tokens(&self) -> Vec<String> {
        self.0.tokens.clone()
    }

    #[setter]
    fn set_tokens(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.0.tokens = strings("tokens", value)?;
        Ok(())
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, (Vec<String>,)) {
        (slf.get_type(), (slf.borrow().tokens(),))
    }
}

/// Policy hints for `claim`; only `Default` upstream, so keyword-only.
#[pyclass(eq, name = "ClaimPolicy", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq)]
pub struct PyClaimPolicy(pub ClaimPolicy);

#[pymethods]
impl PyClaimPolicy {
    #[new]
    #[pyo3(signature = (*, max_wait = None))]
    fn construct(max_wait: Option<Duration>) -> Self {
        let mut policy = ClaimPolicy::default();
        policy.max_wait = max_wait;
        Self(policy)
    }

    /// Non-blocking claim (the default).
    #[staticmethod]
    fn immediate() -> Self {
        Self(ClaimPolicy::immediate())
    }

    #[staticmethod]
    fn with_max_wait(max_wait: Duration) -> Self {
        Self(ClaimPolicy::with_max_wait(max_wait))
    }

    #[getter]
    fn max_wait(&self) -> Option<Duration> {
        self.0.max_wait
    }

    #[setter]
    fn set_max_wait(&mut self, value: Option<Duration>) {
        self.0.max_wait = value;
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    /// Keyword-only constructor: rebuild through `with_max_wait`/`immediate`.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let ty = slf.get_type();
        match slf.borrow().0.max_wait {
            Some(wait) => Ok((ty.getattr("with_max_wait")?, PyTuple::new(py, [wait])?)),
            None => Ok((ty.getattr("immediate")?, PyTuple::empty(py))),
        }
    }
}

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyCapabilitySet>()?;
    module.add_class::<PyClaimPolicy>()?;
    Ok(())
}
