//! `ff_core::contracts`: the reclaim grant.

use ff_core::contracts::ReclaimGrant;
use pyo3::prelude::*;
use pyo3::types::PyType;

use crate::convert::string;
use crate::errors::IntoPyErr;
use crate::ids::{PyExecutionId, PyLaneId};
use crate::partition::{PyPartition, PyPartitionKey};

/// Issued by the reclaim scanner for an interrupted execution. An
/// exhaustive struct: the constructor takes every field.
#[pyclass(eq, name = "ReclaimGrant", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq)]
pub struct PyReclaimGrant(pub ReclaimGrant);

#[pymethods]
impl PyReclaimGrant {
    #[new]
    fn construct(
        execution_id: &Bound<'_, PyExecutionId>,
        partition_key: &Bound<'_, PyPartitionKey>,
        grant_key: &Bound<'_, PyAny>,
        expires_at_ms: u64,
        lane_id: &Bound<'_, PyLaneId>,
    ) -> PyResult<Self> {
        Ok(Self(ReclaimGrant {
            execution_id: execution_id.get().0.clone(),
            partition_key: partition_key.get().0.clone(),
            grant_key: string("grant_key", grant_key)?,
            expires_at_ms,
            lane_id: lane_id.get().0.clone(),
        }))
    }

    #[getter]
    fn execution_id(&self) -> PyExecutionId {
        PyExecutionId(self.0.execution_id.clone())
    }

    #[setter]
    fn set_execution_id(&mut self, value: &Bound<'_, PyExecutionId>) {
        self.0.execution_id = value.get().0.clone();
    }

    #[getter]
    fn partition_key(&self) -> PyPartitionKey {
        PyPartitionKey(self.0.partition_key.clone())
    }

    #[setter]
    fn set_partition_key(&mut self, value: &Bound<'_, PyPartitionKey>) {
        self.0.partition_key = value.get().0.clone();
    }

    #[getter]
    fn grant_key(&self) -> &str {
        &self.0.grant_key
    }

    #[setter]
    fn set_grant_key(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.0.grant_key = string("grant_key", value)?;
        Ok(())
    }

    #[getter]
    fn expires_at_ms(&self) -> u64 {
        self.0.expires_at_ms
    }

    #[setter]
    fn set_expires_at_ms(&mut self, value: u64) {
        self.0.expires_at_ms = value;
    }

    #[getter]
    fn lane_id(&self) -> PyLaneId {
        PyLaneId(self.0.lane_id.clone())
    }

    #[setter]
    fn set_lane_id(&mut self, value: &Bound<'_, PyLaneId>) {
        self.0.lane_id = value.get().0.clone();
    }

    fn partition(&self, py: Python<'_>) -> PyResult<PyPartition> {
        let partition = self.0.partition().map_err(IntoPyErr::into_py_err)?;
        PyPartition::from_rust(py, partition)
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> (
        Bound<'py, PyType>,
        (PyExecutionId, PyPartitionKey, String, u64, PyLaneId),
    ) {
        let g = &slf.borrow().0;
        (
            slf.get_type(),
            (
                PyExecutionId(g.execution_id.clone()),
                PyPartitionKey(g.partition_key.clone()),
                g.grant_key.clone(),
                g.expires_at_ms,
                PyLaneId(g.lane_id.clone()),
            ),
        )
    }
}

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyReclaimGrant>()
}
