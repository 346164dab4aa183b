//! `ff_core::partition`: the config, partitions, keys and partition math.

use ff_core::partition::{
    Partition, PartitionConfig, PartitionKey, execution_partition, try_flow_partition,
    try_solo_partition,
};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyInt, PyType};

use crate::convert::{by_inner, int_field, int_object};
use crate::enums::PyPartitionFamily;
use crate::errors::IntoPyErr;
use crate::ids::{PyExecutionId, PyFlowId, PyLaneId};

/// Partition counts per family; `Copy`, so frozen, with the counts cached
/// as Python ints for reads. No `Hash` upstream, so unhashable.
#[pyclass(frozen, eq, name = "PartitionConfig", module = "ff_core._ff_core")]
pub struct PyPartitionConfig {
    pub inner: PartitionConfig,
    #[pyo3(get)]
    num_flow_partitions: Py<PyInt>,
    #[pyo3(get)]
    num_budget_partitions: Py<PyInt>,
    #[pyo3(get)]
    num_quota_partitions: Py<PyInt>,
}

impl PartialEq for PyPartitionConfig {
    fn eq(&self, other: &Self) -> bool {
        self.inner == other.inner
    }
}

#[pymethods]
impl PyPartitionConfig {
    #[new]
    #[pyo3(signature = (num_flow_partitions = 256, num_budget_partitions = 32, num_quota_partitions = 32))]
    fn construct(
        py: Python<'_>,
        num_flow_partitions: u16,
        num_budget_partitions: u16,
        num_quota_partitions: u16,
    ) -> PyResult<Self> {
        Ok(Self {
            inner: PartitionConfig {
                num_flow_partitions,
                num_budget_partitions,
                num_quota_partitions,
            },
            num_flow_partitions: int_object(py, num_flow_partitions)?,
            num_budget_partitions: int_object(py, num_budget_partitions)?,
            num_quota_partitions: int_object(py, num_quota_partitions)?,
        })
    }

    fn count_for(&self, family: &Bound<'_, PyPartitionFamily>) -> u16 {
        self.inner.count_for(family.get().0)
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.inner)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, (u16, u16, u16)) {
        let c = slf.get().inner;
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

/// One partition of one family; `str` is its hash tag. Frozen, with the
/// family singleton and the index cached for reads.
#[pyclass(frozen, eq, hash, name = "Partition", module = "ff_core._ff_core")]
pub struct PyPartition {
    inner: Partition,
    #[pyo3(get)]
    family: Py<PyPartitionFamily>,
    #[pyo3(get)]
    index: Py<PyInt>,
}

by_inner!(PyPartition);

impl PyPartition {
    pub fn from_rust(py: Python<'_>, partition: Partition) -> PyResult<Self> {
        Ok(Self {
            inner: partition,
            family: PyPartitionFamily::of(py, partition.family)?,
            index: int_object(py, partition.index)?,
        })
    }
}

#[pymethods]
impl PyPartition {
    #[new]
    fn construct(
        family: &Bound<'_, PyPartitionFamily>,
        index: &Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        let (number, index) = int_field(index)?;
        Ok(Self {
            inner: Partition {
                family: family.get().0,
                index: number,
            },
            family: family.clone().unbind(),
            index,
        })
    }

    fn hash_tag(&self) -> String {
        self.inner.hash_tag()
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.inner)
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> (Bound<'py, PyType>, (Py<PyPartitionFamily>, Py<PyInt>)) {
        let p = slf.get();
        (
            slf.get_type(),
            (p.family.clone_ref(slf.py()), p.index.clone_ref(slf.py())),
        )
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
        Self(PartitionKey::from(partition.get().inner))
    }

    /// Decode the key; an `Execution` partition comes back as `Flow`.
    fn parse(&self, py: Python<'_>) -> PyResult<PyPartition> {
        let partition = self.0.parse().map_err(IntoPyErr::into_py_err)?;
        PyPartition::from_rust(py, partition)
    }

    fn as_partition(&self, py: Python<'_>) -> PyResult<PyPartition> {
        self.parse(py)
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
        let partition = slf.get().parse(slf.py()).map_err(|_| {
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
    let partition =
        try_flow_partition(&flow.get().0, &config.get().inner).map_err(IntoPyErr::into_py_err)?;
    PyPartition::from_rust(flow.py(), partition)
}

/// The lane's solo partition: CRC-16/XMODEM of the UTF-8 bytes mod the flow count.
#[pyfunction]
fn solo_partition(
    lane: &Bound<'_, PyLaneId>,
    config: &Bound<'_, PyPartitionConfig>,
) -> PyResult<PyPartition> {
    let partition =
        try_solo_partition(&lane.get().0, &config.get().inner).map_err(IntoPyErr::into_py_err)?;
    PyPartition::from_rust(lane.py(), partition)
}

/// The execution's partition, read from its hash tag.
#[pyfunction(name = "execution_partition")]
fn py_execution_partition(
    eid: &Bound<'_, PyExecutionId>,
    config: &Bound<'_, PyPartitionConfig>,
) -> PyResult<PyPartition> {
    PyPartition::from_rust(
        eid.py(),
        execution_partition(&eid.get().0, &config.get().inner),
    )
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
