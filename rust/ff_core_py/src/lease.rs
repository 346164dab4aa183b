//! Lease and reclaim: `ReclaimToken` and `LeaseRenewal`.

use ff_core::backend::{LeaseRenewal, ReclaimToken};
use pyo3::prelude::*;
use pyo3::types::{PyInt, PyType};

use crate::composite::{self, Composite};
use crate::contracts::PyReclaimGrant;
use crate::convert::{by_inner, int_field};

/// Cookie from the reclaim scanner, consumed by `claim_from_reclaim`.
///
/// Holds its grant as a Python object so `token.grant.expires_at_ms = n`
/// changes this token, as it would for any Python attribute.
#[pyclass(name = "ReclaimToken", module = "ff_core._ff_core")]
pub struct PyReclaimToken {
    grant: Py<PyReclaimGrant>,
}

impl Composite for PyReclaimToken {
    type Rust = ReclaimToken;

    fn to_rust(&self, py: Python<'_>) -> ReclaimToken {
        ReclaimToken::new(self.grant.borrow(py).0.clone())
    }
}

impl PyReclaimToken {
    fn from_rust(py: Python<'_>, token: ReclaimToken) -> PyResult<Self> {
        Ok(Self {
            grant: Py::new(py, PyReclaimGrant(token.grant))?,
        })
    }
}

#[pymethods]
impl PyReclaimToken {
    /// Holds `grant` itself, not a copy, like a Python attribute.
    #[new]
    fn construct(grant: &Bound<'_, PyReclaimGrant>) -> Self {
        Self {
            grant: grant.clone().unbind(),
        }
    }

    #[staticmethod]
    fn new(grant: &Bound<'_, PyReclaimGrant>) -> Self {
        Self::construct(grant)
    }

    #[getter]
    fn grant(&self, py: Python<'_>) -> Py<PyReclaimGrant> {
        self.grant.clone_ref(py)
    }

    #[setter]
    fn set_grant(&mut self, value: &Bound<'_, PyReclaimGrant>) {
        self.grant = value.clone().unbind();
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        composite::eq(self, other)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        composite::repr(self, py)
    }

    /// A deep copy, as Rust's `Clone`: the grant is not shared.
    fn __copy__(&self, py: Python<'_>) -> PyResult<Self> {
        Self::from_rust(py, self.to_rust(py))
    }

    fn __deepcopy__(&self, py: Python<'_>, _memo: &Bound<'_, PyAny>) -> PyResult<Self> {
        self.__copy__(py)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, (Py<PyReclaimGrant>,)) {
        (slf.get_type(), (slf.borrow().grant(slf.py()),))
    }
}

/// Result of a successful `renew`; `Copy` upstream, so frozen. The
/// fields are cached Python ints behind member descriptors: reading one
/// costs what reading a dataclass slot costs.
#[pyclass(frozen, eq, hash, name = "LeaseRenewal", module = "ff_core._ff_core")]
pub struct PyLeaseRenewal {
    inner: LeaseRenewal,
    #[pyo3(get)]
    expires_at_ms: Py<PyInt>,
    #[pyo3(get)]
    lease_epoch: Py<PyInt>,
}

by_inner!(PyLeaseRenewal);

#[pymethods]
impl PyLeaseRenewal {
    #[new]
    fn construct(
        expires_at_ms: &Bound<'_, PyAny>,
        lease_epoch: &Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        let (expires, expires_at_ms) = int_field(expires_at_ms)?;
        let (epoch, lease_epoch) = int_field(lease_epoch)?;
        Ok(Self {
            inner: LeaseRenewal::new(expires, epoch),
            expires_at_ms,
            lease_epoch,
        })
    }

    #[staticmethod]
    fn new(expires_at_ms: &Bound<'_, PyAny>, lease_epoch: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::construct(expires_at_ms, lease_epoch)
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.inner)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, (Py<PyInt>, Py<PyInt>)) {
        let r = slf.get();
        (
            slf.get_type(),
            (
                r.expires_at_ms.clone_ref(slf.py()),
                r.lease_epoch.clone_ref(slf.py()),
            ),
        )
    }
}

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyReclaimToken>()?;
    module.add_class::<PyLeaseRenewal>()?;
    Ok(())
}
