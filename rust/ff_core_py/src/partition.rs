//! `ff_core::partition`: families, configs, partitions, keys and the
//! CRC-16/XMODEM partition math (which runs in Rust). `SoloPartitioner` is
//! the protocol a custom partitioner for `solo_partition_with` implements.

use std::sync::{Mutex, PoisonError};

use ff_core::partition::{
    Crc16SoloPartitioner, Partition, PartitionConfig, PartitionFamily, PartitionKey, SoloPartitioner,
    solo_partition_with as solo_partition_with_core,
};
use ff_core::types::LaneId;
use pyo3::exceptions::PyMemoryError;
use pyo3::prelude::*;
use pyo3::types::PyString;
use serde::Deserialize;
use serde::de::IntoDeserializer;
use serde::de::value::{Error as SerdeError, StrDeserializer};

use crate::support::error::{Result, exc, exception};
use crate::support::json::json_methods;
use crate::support::slot::{format_py, py_str, utf8};
use crate::support::surface::export;
use crate::support::value::{constructors, string_value, unit_enum, value_dunders, value_struct};
use crate::types::{PyBudgetId, PyExecutionId, PyFlowId, PyLaneId, PyQuotaPolicyId};

unit_enum!(
    /// What a partition shards; exhaustive, unlike the backend enums.
    PyPartitionFamily "PartitionFamily" => PartitionFamily closed [Flow, Execution, Budget, Quota]
);

#[pymethods]
impl PyPartitionFamily {
    /// The hash-tag prefix: `fp`, `b` or `q`. (ff-core keeps its
    /// `prefix()` private; this reads it off the family's hash tag.)
    fn prefix(&self) -> String {
        let tag = Partition { family: self.0, index: 0 }.hash_tag();
        tag.trim_start_matches('{').trim_end_matches(":0}").to_owned()
    }
}
crate::support::surface::members!(PyPartitionFamily, 3, "def prefix(self) -> str: ...\n");

value_struct!(
    /// How many partitions each family has.
    PyPartitionConfig "PartitionConfig" => PartitionConfig = PartitionConfig::default();
    cache rust;
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
crate::support::surface::members!(PyPartitionConfig, 3, "def count_for(self, family: PartitionFamily) -> int: ...\n");

/// `config` with `family`'s count checked: ff-core's partition math
/// divides by it, and panics on 0 (`PartitionCountError` here instead).
pub fn counted(
    py: Python<'_>,
    config: &Bound<'_, PyPartitionConfig>,
    family: PartitionFamily,
) -> PyResult<PartitionConfig> {
    let config = config.get().to_rust(py)?;
    if config.count_for(family) > 0 {
        return Ok(config);
    }
    let message = format!("partition count for {family:?} is 0; it must be at least 1");
    let family = PyPartitionFamily::of(py, family).map(|family| family.into_bound(py).into_any());
    Err(exception::<exc::PartitionCountError>(py, "Zero", &message, family))
}

value_struct!(
    /// One partition of one family.
    PyPartition "Partition" => Partition = Partition { family: PartitionFamily::Flow, index: 0 };
    cache rust;
    fields { family: PartitionFamily, index: u16 }
    hash: yes;
);
constructors!(PyPartition { fields required; });

#[pymethods]
impl PyPartition {
    /// `{prefix:index}`, e.g. `{fp:7}`.
    fn hash_tag<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        interned_tag(py, self.to_rust(py)?)
    }

    fn __str__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        format_py(py, format_args!("{}", self.to_rust(py)?))
    }
}
crate::support::surface::members!(PyPartition, 3, "\
def hash_tag(self) -> str: ...
def __str__(self) -> str: ...
");

/// The partition's `hash_tag` as one shared `str` per partition, made on
/// first use: keys are built by the million from a few hundred
/// partitions. Bounded by the 3 prefixes × 65,536 indexes there can be.
fn interned_tag(py: Python<'_>, partition: Partition) -> PyResult<Bound<'_, PyString>> {
    static TAGS: Mutex<[Vec<Option<Py<PyString>>>; 3]> = Mutex::new([Vec::new(), Vec::new(), Vec::new()]);
    let family = match partition.family {
        PartitionFamily::Flow | PartitionFamily::Execution => 0,
        PartitionFamily::Budget => 1,
        PartitionFamily::Quota => 2,
    };
    let index = usize::from(partition.index);
    // Nothing under the lock runs Python code or lets go of the GIL
    // (making a `str` does neither), so no caller can wait on it re-entered.
    let mut tags = TAGS.lock().unwrap_or_else(PoisonError::into_inner);
    let tag = match entry(&mut tags[family], index)? {
        Some(tag) => tag,
        empty => empty.insert(py_str(py, &partition.hash_tag())?.unbind()),
    };
    Ok(tag.bind(py).clone())
}

/// The `index` entry of a shared table, which grows (fallibly) to hold it.
fn entry<T>(table: &mut Vec<Option<T>>, index: usize) -> PyResult<&mut Option<T>> {
    if table.len() <= index {
        table.try_reserve_exact(index + 1 - table.len()).map_err(|_| PyMemoryError::new_err(()))?;
        table.resize_with(index + 1, || None);
    }
    Ok(&mut table[index])
}

/// One shared `Partition` object per family and index, made on first use:
/// the partition math answers with a few hundred values, by the million
/// (a new object per answer cost more than the math). Values are
/// immutable, so sharing one is invisible but to `is`. Bounded by the 4
/// families × 65,536 indexes. The object is made outside the lock, since
/// allocating it may run a garbage collection and with it Python code that
/// could come back here.
fn shared_partition(py: Python<'_>, partition: Partition) -> PyResult<Py<PyPartition>> {
    static SHARED: Mutex<[Vec<Option<Py<PyPartition>>>; 4]> =
        Mutex::new([Vec::new(), Vec::new(), Vec::new(), Vec::new()]);
    let family = match partition.family {
        PartitionFamily::Flow => 0,
        PartitionFamily::Execution => 1,
        PartitionFamily::Budget => 2,
        PartitionFamily::Quota => 3,
    };
    let index = usize::from(partition.index);
    let found = |shared: &[Vec<Option<Py<PyPartition>>>; 4]| {
        shared[family].get(index).and_then(Option::as_ref).map(|found| found.clone_ref(py))
    };
    if let Some(found) = found(&SHARED.lock().unwrap_or_else(PoisonError::into_inner)) {
        return Ok(found);
    }
    let made = Py::new(py, PyPartition::from_rust(py, &partition)?)?;
    let mut shared = SHARED.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(found) = found(&shared) {
        drop(shared);
        return Ok(found); // another caller made it first; `made` goes
    }
    Ok(entry(&mut shared[family], index)?.insert(made).clone_ref(py))
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
    reads_back: true;
);

#[pymethods]
impl PyPartitionKey {
    #[new]
    fn construct(py: Python<'_>, partition: &Bound<'_, PyPartition>) -> PyResult<Self> {
        // `PartitionKey::from` is the partition's `hash_tag`.
        Ok(Self { text: interned_tag(py, partition.get().to_rust(py)?)?.unbind() })
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
crate::support::surface::members!(PyPartitionKey, 1, "\
def __new__(cls, partition: Partition) -> Self: ...
def parse(self) -> Partition: ...
def as_partition(self) -> Partition: ...
");

export!(
    "(flow: FlowId, config: PartitionConfig) -> Partition",
    /// The flow's partition: CRC-16 of the UUID's 16 raw bytes.
    #[pyfunction]
    pub fn flow_partition(
        py: Python<'_>,
        flow: &Bound<'_, PyFlowId>,
        config: &Bound<'_, PyPartitionConfig>,
    ) -> Result<Py<PyPartition>> {
        let partition = ff_core::partition::flow_partition(&flow.get().0, &counted(py, config, PartitionFamily::Flow)?);
        Ok(shared_partition(py, partition)?)
    }
);

export!(
    "(lane: LaneId, config: PartitionConfig) -> Partition",
    /// The lane's solo partition: CRC-16 of the lane's UTF-8 bytes.
    #[pyfunction]
    pub fn solo_partition(
        py: Python<'_>,
        lane: &Bound<'_, PyLaneId>,
        config: &Bound<'_, PyPartitionConfig>,
    ) -> Result<Py<PyPartition>> {
        let config = counted(py, config, PartitionFamily::Execution)?;
        let lane = utf8(lane.get().text.bind(py))?;
        Ok(shared_partition(py, solo_partition_of_text(lane, &config))?)
    }
);

/// Fast path for the benchmark rows `solo_partition` and
/// `PartitionKey(solo_partition(..)).as_str()`: ff-core's `solo_partition`
/// (`Crc16SoloPartitioner`: CRC-16/XMODEM of the lane's UTF-8, modulo the
/// flow count, in the `Execution` family) over the lane's kept text,
/// without allocating the `LaneId` ff-core takes, and with the CRC from a
/// static table. The count is checked (`counted`).
/// `tests::solo_partition_agrees_with_ff_core` compares the two.
fn solo_partition_of_text(lane: &str, config: &PartitionConfig) -> Partition {
    static CRC16_XMODEM: crc::Crc<u16> = crc::Crc::<u16>::new(&crc::CRC_16_XMODEM);
    let index = CRC16_XMODEM.checksum(lane.as_bytes()) % config.num_flow_partitions;
    Partition { family: PartitionFamily::Execution, index }
}

export!(
    "(eid: ExecutionId, config: PartitionConfig) -> Partition",
    /// The execution's partition, read from its hash tag (no re-hashing).
    #[pyfunction]
    pub fn execution_partition(
        py: Python<'_>,
        eid: &Bound<'_, PyExecutionId>,
        config: &Bound<'_, PyPartitionConfig>,
    ) -> PyResult<Py<PyPartition>> {
        let partition = ff_core::partition::execution_partition(&eid.get().to_rust(py)?, &config.get().to_rust(py)?);
        shared_partition(py, partition)
    }
);

json_methods!(PyPartitionFamily, PyPartitionConfig, PyPartitionKey);

#[pymethods]
impl PyPartition {
    /// Decode a key (`TryFrom<&PartitionKey>`): what `PartitionKey.parse` does.
    #[staticmethod]
    fn try_from(py: Python<'_>, key: &Bound<'_, PyPartitionKey>) -> Result<Self> {
        Ok(Self::from_rust(py, &Partition::try_from(&key.get().to_rust(py)?)?)?)
    }
}
crate::support::surface::members!(PyPartition, 3, "\
@staticmethod
def try_from(key: PartitionKey) -> Partition: ...
");

export!(
    class "Crc16SoloPartitioner",
    "def __new__(cls) -> Self: ...\ndef partition_for_lane(self, lane: LaneId, config: PartitionConfig) -> int: ...\n",
    /// The default solo partitioner: CRC-16 of the lane's UTF-8 bytes.
    /// Upstream derives no `PartialEq`: `==` is identity, and it is unhashable.
    #[pyclass(frozen, immutable_type, name = "Crc16SoloPartitioner", module = "ff_core._ff_core")]
    pub struct PyCrc16SoloPartitioner;
);

#[pymethods]
impl PyCrc16SoloPartitioner {
    #[new]
    fn construct() -> Self {
        Self
    }

    fn partition_for_lane(
        &self,
        py: Python<'_>,
        lane: &Bound<'_, PyLaneId>,
        config: &Bound<'_, PyPartitionConfig>,
    ) -> Result<u16> {
        let config = counted(py, config, PartitionFamily::Execution)?;
        Ok(Crc16SoloPartitioner.partition_for_lane(&lane.get().to_rust(py)?, &config))
    }

    fn __repr__(&self) -> String {
        format!("{Crc16SoloPartitioner:?}")
    }
}

value_dunders!(identity PyCrc16SoloPartitioner);

/// A partitioner whose answer Python already gave, for the crate's
/// `solo_partition_with` (its trait method cannot fail or call Python).
struct Answered(u16);

impl SoloPartitioner for Answered {
    fn partition_for_lane(&self, _: &LaneId, _: &PartitionConfig) -> u16 {
        self.0
    }
}

export!(
    "(lane: LaneId, config: PartitionConfig, partitioner: SoloPartitioner) -> Partition",
    /// The lane's partition by `partitioner`: `Crc16SoloPartitioner()` or any
    /// object with `partition_for_lane(lane, config) -> int`. Its exceptions
    /// propagate; a non-int result raises `TypeError`, one outside 0–65535
    /// `OverflowError`. Like upstream, neither the count nor the range is
    /// checked.
    #[pyfunction]
    pub fn solo_partition_with(
        py: Python<'_>,
        lane: &Bound<'_, PyLaneId>,
        config: &Bound<'_, PyPartitionConfig>,
        partitioner: &Bound<'_, PyAny>,
    ) -> Result<Py<PyPartition>> {
        let index = if let Ok(crc) = partitioner.cast::<PyCrc16SoloPartitioner>() {
            crc.get().partition_for_lane(py, lane, config)?
        } else {
            let answer = partitioner.call_method1("partition_for_lane", (lane, config))?;
            if !answer.is_instance_of::<pyo3::types::PyInt>() {
                return Err(crate::support::slot::type_error("int from partition_for_lane", &answer).into());
            }
            answer.extract::<u16>()?
        };
        let partition = solo_partition_with_core(&lane.get().to_rust(py)?, &config.get().to_rust(py)?, &Answered(index));
        Ok(shared_partition(py, partition)?)
    }
);

export!(
    "(budget: BudgetId, config: PartitionConfig) -> Partition",
    /// The budget's partition: CRC-16 of the UUID's 16 raw bytes.
    #[pyfunction]
    pub fn budget_partition(
        py: Python<'_>,
        budget: &Bound<'_, PyBudgetId>,
        config: &Bound<'_, PyPartitionConfig>,
    ) -> Result<Py<PyPartition>> {
        let config = counted(py, config, PartitionFamily::Budget)?;
        Ok(shared_partition(py, ff_core::partition::budget_partition(&budget.get().0, &config))?)
    }
);

export!(
    "(quota: QuotaPolicyId, config: PartitionConfig) -> Partition",
    /// The quota policy's partition: CRC-16 of the UUID's 16 raw bytes.
    #[pyfunction]
    pub fn quota_partition(
        py: Python<'_>,
        quota: &Bound<'_, PyQuotaPolicyId>,
        config: &Bound<'_, PyPartitionConfig>,
    ) -> Result<Py<PyPartition>> {
        let config = counted(py, config, PartitionFamily::Quota)?;
        Ok(shared_partition(py, ff_core::partition::quota_partition(&quota.get().0, &config))?)
    }
);

#[cfg(test)]
mod tests {
    use ff_core::partition::{PartitionConfig, solo_partition};
    use ff_core::types::LaneId;
    use proptest::prelude::*;

    use super::solo_partition_of_text;

    fn config(flow: u16) -> PartitionConfig {
        PartitionConfig { num_flow_partitions: flow, ..PartitionConfig::default() }
    }

    #[test]
    fn solo_partition_agrees_with_ff_core_over_the_corpus() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus/partitions.json");
        let corpus: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let mut checked = 0;
        for vector in corpus.as_array().unwrap().iter().filter(|v| v["function"] == "solo_partition") {
            let lane = vector["arg"]["value"].as_str().unwrap();
            let flow = u16::try_from(vector["config"][0].as_u64().unwrap()).unwrap();
            if flow > 0 {
                assert_eq!(
                    solo_partition_of_text(lane, &config(flow)),
                    solo_partition(&LaneId::new(lane), &config(flow))
                );
                checked += 1;
            }
        }
        assert!(checked >= 40, "only {checked} corpus vectors");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100_000))]
        #[test]
        fn solo_partition_agrees_with_ff_core(lane in any::<String>(), flow in 1..=u16::MAX) {
            prop_assert_eq!(solo_partition_of_text(&lane, &config(flow)), solo_partition(&LaneId::new(lane.as_str()), &config(flow)));
        }
    }
}
