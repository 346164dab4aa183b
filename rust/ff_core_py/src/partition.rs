//! `ff_core::partition`: families, configs, partitions, keys and the
//! partition math (which runs in Rust).

use ff_core::partition::{
    Partition, PartitionConfig, PartitionFamily, PartitionKey, execution_partition, try_flow_partition,
    try_solo_partition,
};
use pyo3::prelude::*;
use pyo3::types::PyString;
use serde::Deserialize;
use serde::de::IntoDeserializer;
use serde::de::value::{Error as SerdeError, StrDeserializer};

use crate::support::error::Result;
use crate::support::slot::{format_py, py_str};
use crate::support::value::{constructors, string_value, unit_enum, value_struct};
use crate::types::{PyExecutionId, PyFlowId, PyLaneId};

unit_enum!(
    /// What a partition shards; exhaustive, unlike the backend enums.
    PyPartitionFamily "PartitionFamily" => PartitionFamily [Flow, Execution, Budget, Quota]
);

#[pymethods]
impl PyPartitionFamily {
    /// The hash-tag prefix: `fp`, `b` or `q`.
    fn prefix(&self) -> &'static str {
        self.0.prefix()
    }
}

value_struct!(
    /// How many partitions each family has.
    PyPartitionConfig "PartitionConfig" => PartitionConfig = PartitionConfig::default();
    fields { num_flow_partitions: u16, num_budget_partitions: u16, num_quota_partitions: u16 }
    hash: no;
);
constructors!(PyPartitionConfig { fields optional; });

#[pymethods]
impl PyPartitionConfig {
    /// The partition count of a family; `Execution` shares the flow count.
    fn count_for(&self, py: Python<'_>, family: &Bound<'_, PyPartitionFamily>) -> PyResult<u16> {
        Ok(self.to_rust(py)?.count_for(family.get().0))
    }
}

value_struct!(
    /// One partition of one family.
    PyPartition "Partition" => Partition = Partition { family: PartitionFamily::Flow, index: 0 };
    fields { family: PartitionFamily, index: u16 }
    hash: yes;
);
constructors!(PyPartition { fields required; });

#[pymethods]
impl PyPartition {
    /// `{prefix:index}`, e.g. `{fp:7}`.
    fn hash_tag<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        py_str(py, &self.to_rust(py)?.hash_tag())
    }

    fn __str__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        format_py(py, format_args!("{}", self.to_rust(py)?))
    }
}

/// A key read back from its text (pickling): serde's transparent form,
/// the only way the crate builds one from a string.
fn key_of(text: &str) -> PyResult<PartitionKey> {
    let text: StrDeserializer<'_, SerdeError> = text.into_deserializer();
    PartitionKey::deserialize(text).map_err(|err| pyo3::exceptions::PyValueError::new_err(err.to_string()))
}

string_value!(
    /// The opaque wire form of a partition, its hash tag.
    PyPartitionKey "PartitionKey" => PartitionKey, from text => key_of(text)?;
    str: text;
);

#[pymethods]
impl PyPartitionKey {
    #[new]
    fn construct(py: Python<'_>, partition: &Bound<'_, PyPartition>) -> PyResult<Self> {
        Self::from_rust(py, PartitionKey::from(partition.get().to_rust(py)?).as_str())
    }

    /// Decode the key. `Execution` comes back as `Flow`: both use `fp`.
    fn parse(&self, py: Python<'_>) -> Result<PyPartition> {
        Ok(PyPartition::from_rust(py, &self.to_rust(py)?.parse()?)?)
    }

    /// Same as `parse`.
    fn as_partition(&self, py: Python<'_>) -> Result<PyPartition> {
        self.parse(py)
    }
}

/// The flow's partition: CRC-16 of the UUID's 16 raw bytes.
#[pyfunction]
pub fn flow_partition(
    py: Python<'_>,
    flow: &Bound<'_, PyFlowId>,
    config: &Bound<'_, PyPartitionConfig>,
) -> Result<PyPartition> {
    let partition = try_flow_partition(&flow.get().0, &config.get().to_rust(py)?)?;
    Ok(PyPartition::from_rust(py, &partition)?)
}

/// The lane's solo partition: CRC-16 of the lane's UTF-8 bytes.
#[pyfunction]
pub fn solo_partition(
    py: Python<'_>,
    lane: &Bound<'_, PyLaneId>,
    config: &Bound<'_, PyPartitionConfig>,
) -> Result<PyPartition> {
    let partition = try_solo_partition(&lane.get().to_rust(py)?, &config.get().to_rust(py)?)?;
    Ok(PyPartition::from_rust(py, &partition)?)
}

/// The execution's partition, read from its hash tag (no re-hashing).
#[pyfunction(name = "execution_partition")]
pub fn execution_partition_py(
    py: Python<'_>,
    eid: &Bound<'_, PyExecutionId>,
    config: &Bound<'_, PyPartitionConfig>,
) -> PyResult<PyPartition> {
    let partition = execution_partition(&eid.get().to_rust(py)?, &config.get().to_rust(py)?);
    PyPartition::from_rust(py, &partition)
}
