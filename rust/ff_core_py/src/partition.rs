//! `ff_core::partition`: the config, partitions, keys and partition math.

use ff_core::partition::{
    Partition, PartitionConfig, PartitionKey, execution_partition, try_flow_partition,
    try_solo_partition,
};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyType;

use crate::enums::PyPartitionFamily;
use crate::errors::IntoPyErr;
use crate::ids::{PyExecutionId, PyFlowId, PyLaneId};

/// Partition counts per family; `Copy`, so frozen. No `Hash` upstream,
/// so unhashable.
#[pyclass(frozen, eq, name = "PartitionConfig", module = "ff_core._ff_core")]
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PyPartitionConfig(pub PartitionConfig);

#[pymethods]
impl PyPartitionConfig {
    #[new]
    #[pyo3(signature = (num_flow_partitions = 256, num_budget_partitions = 32, num_quota_partitions = 32))]
    fn construct(
        num_flow_partitions: u16,
        num_budget_partitions: u16,
        num_quota_partitions: u16,
    ) -> Self {
        Self(PartitionConfig {
            num_flow_partitions,
            num_budget_partitions,
            num_quota_partitions,
        })
    }

    #[getter]
    fn num_flow_partitions(&self) -> u16 {
        self.0.num_flow_partitions
    }

    #[getter]
    fn num_budget_partitions(&self) -> u16 {
        self.0.num_budget_partitions
    }

    #[getter]
    fn num_quota_partitions(&self) -> u16 {
        self.0.num_quota_partitions
    }

    fn count_for(&self, family: &Bound<'_, PyPartitionFamily>) -> u16 {
        self.0.count_for(family.get().0)
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, (u16, u16, u16)) {
        let c = slf.get().0;
        (
            slf.get_type(),
            (
                c.num_flow_partitions,
                c.num_budget_partitions,
                c.num_quota_partitions,
            ),
        )
    }
}

/// One partition of one family; `str` is its hash tag.
#[pyclass(frozen, eq, hash, name = "Partition", module = "ff_core._ff_core")]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PyPartition(pub Partition);

#[pymethods]
impl PyPartition {
    #[new]
    fn construct(family: &Bound<'_, PyPartitionFamily>, index: u16) -> Self {
        Self(Partition {
            family: family.get().0,
            index,
        })
    }

    #[getter]
    fn family(&self, py: Python<'_>) -> PyResult<Py<PyPartitionFamily>> {
        PyPartitionFamily::of(py, self.0.family)
    }

    #[getter]
    fn index(&self) -> u16 {
        self.0.index
    }

    fn hash_tag(&self) -> String {
        self.0.hash_tag()
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, (Py<PyPartitionFamily>, u16))> {
        let p = slf.get().0;
        Ok((
            slf.get_type(),
            (PyPartitionFamily::of(slf.py(), p.family)?, p.index),
        ))
    }
}

/// The opaque wire form of a partition, built from a `Partition`.
#[pyclass(frozen, eq, hash, name = "PartitionKey", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyPartitionKey(pub PartitionKey);

#[pymethods]
impl PyPartitionKey {
    /// `PartitionKey(partition)`, Rust's `From<&Partition>`.
    #[new]
    fn construct(partition: &Bound<'_, PyPartition>) -> Self {
        Self(PartitionKey::from(partition.get().0))
    }

    /// Decode the key; an `Execution` partition comes back as `Flow`.
    fn parse(&self) -> PyResult<PyPartition> {
        self.0
            .parse()
            .map(PyPartition)
            .map_err(IntoPyErr::into_py_err)
    }

    fn as_partition(&self) -> PyResult<PyPartition> {
        self.parse()
    }

    fn as_str(&self) -> &str {
        self.0.as_str()
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    /// Rebuilt through the partition it encodes, its only constructor.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyType>, (PyPartition,))> {
        let partition = slf.get().parse().map_err(|_| {
            PyValueError::new_err(format!(
                "cannot pickle {:?}: it does not decode",
                slf.get().0
            ))
        })?;
        Ok((slf.get_type(), (partition,)))
    }
}

/// The flow's partition: CRC-16/XMODEM of the UUID bytes mod the flow count.
#[pyfunction]
fn flow_partition(
    flow: &Bound<'_, PyFlowId>,
    config: &Bound<'_, PyPartitionConfig>,
) -> PyResult<PyPartition> {
    try_flow_partition(&flow.get().0, &config.get().0)
        .map(PyPartition)
        .map_err(IntoPyErr::into_py_err)
}

/// The lane's solo partition: CRC-16/XMODEM of the UTF-8 bytes mod the flow count.
#[pyfunction]
fn solo_partition(
    lane: &Bound<'_, PyLaneId>,
    config: &Bound<'_, PyPartitionConfig>,
) -> PyResult<PyPartition> {
    try_solo_partition(&lane.get().0, &config.get().0)
        .map(PyPartition)
        .map_err(IntoPyErr::into_py_err)
}

/// The execution's partition, read from its hash tag.
#[pyfunction(name = "execution_partition")]
fn py_execution_partition(
    eid: &Bound<'_, PyExecutionId>,
    config: &Bound<'_, PyPartitionConfig>,
) -> PyPartition {
    PyPartition(execution_partition(&eid.get().0, &config.get().0))
}

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyPartitionConfig>()?;
    module.add_class::<PyPartition>()?;
    module.add_class::<PyPartitionKey>()?;
    module.add_function(wrap_pyfunction!(flow_partition, module)?)?;
    module.add_function(wrap_pyfunction!(solo_partition, module)?)?;
    module.add_function(wrap_pyfunction!(py_execution_partition, module)?)?;
    Ok(())
}
