//! Claim inputs: `CapabilitySet` and `ClaimPolicy`.

use std::time::Duration;

use ff_core::backend::{CapabilitySet, ClaimPolicy};
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use crate::support::value::{constructors, value_struct};

value_struct!(
    /// The capability tokens a worker advertises; `tokens` is a tuple.
    PyCapabilitySet "CapabilitySet" => CapabilitySet = CapabilitySet::default();
    fields { tokens: Vec<String> }
    hash: no;
);

#[pymethods]
impl PyCapabilitySet {
    /// Any iterable of `str`; with no argument, the empty `Default`.
    #[new]
    #[pyo3(signature = (tokens = None))]
    fn construct(py: Python<'_>, tokens: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        Self::build(py, tokens.map(|tokens| (0, tokens.clone())))
    }

    #[staticmethod]
    fn new(py: Python<'_>, tokens: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::construct(py, Some(tokens))
    }

    fn is_empty(&self, py: Python<'_>) -> PyResult<bool> {
        Ok(self.tokens.bind(py).cast::<PyTuple>()?.is_empty())
    }
}
crate::support::surface::members!(PyCapabilitySet, 1, "\
def __new__(cls, tokens: Iterable[str] | None = None) -> Self: ...
@staticmethod
def new(tokens: Iterable[str]) -> CapabilitySet: ...
def is_empty(self) -> bool: ...
");

value_struct!(
    /// Policy hints for `claim`; `max_wait=None` means the backend default.
    PyClaimPolicy "ClaimPolicy" => ClaimPolicy = ClaimPolicy::default();
    fields { max_wait: Option<Duration> }
    hash: no;
);
constructors!(PyClaimPolicy { keywords; with_max_wait(max_wait: Duration); });

#[pymethods]
impl PyClaimPolicy {
    /// Zero-timeout (non-blocking) claim.
    #[staticmethod]
    fn immediate(py: Python<'_>) -> PyResult<Self> {
        Self::from_rust(py, &ClaimPolicy::immediate())
    }
}
crate::support::surface::members!(PyClaimPolicy, 3, "\
@staticmethod
def immediate() -> ClaimPolicy: ...
");
