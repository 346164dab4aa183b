//! A placeholder value of each field type, for the seed a `value_struct!`
//! declaration builds its values from (`Name { .. }` fills every field
//! with one; every constructor then replaces the fields it takes).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use ff_core::partition::{Partition, PartitionFamily, PartitionKey};
use ff_core::state::{
    AttemptState, AttemptType, BlockingReason, EligibilityState, LifecyclePhase, OwnershipState, PublicState,
    StateVector, TerminalOutcome,
};
use ff_core::types::{
    AttemptId, AttemptIndex, BudgetId, CancelSource, EdgeId, ExecutionId, FlowId, LaneId, LeaseEpoch, LeaseFence,
    LeaseId, Namespace, QuotaPolicyId, SignalId, SuspensionId, TimestampMs, WaitpointId, WaitpointToken, WorkerId,
    WorkerInstanceId,
};

pub trait Seed {
    fn seed() -> Self;
}

/// The placeholder of `T`, where inference names `T`.
pub fn seed<T: Seed>() -> T {
    T::seed()
}

macro_rules! seeds {
    ($($t:ty => $value:expr),+ $(,)?) => {$(
        impl Seed for $t {
            fn seed() -> Self {
                $value
            }
        }
    )+};
}

seeds!(
    String => String::new(),
    bool => false,
    u8 => 0, u16 => 0, u32 => 0, u64 => 0, usize => 0, i32 => 0, i64 => 0,
    ExecutionId => ExecutionId::deterministic_solo(&LaneId::new(""), &ff_core::partition::PartitionConfig::default(), uuid::Uuid::nil()),
    FlowId => FlowId::from_uuid(uuid::Uuid::nil()),
    EdgeId => EdgeId::from_uuid(uuid::Uuid::nil()),
    BudgetId => BudgetId::from_uuid(uuid::Uuid::nil()),
    QuotaPolicyId => QuotaPolicyId::from_uuid(uuid::Uuid::nil()),
    SignalId => SignalId::from_uuid(uuid::Uuid::nil()),
    WaitpointId => WaitpointId::from_uuid(uuid::Uuid::nil()),
    SuspensionId => SuspensionId::from_uuid(uuid::Uuid::nil()),
    LeaseId => LeaseId::from_uuid(uuid::Uuid::nil()),
    AttemptId => AttemptId::from_uuid(uuid::Uuid::nil()),
    LaneId => LaneId::new(""),
    Namespace => Namespace::new(""),
    WorkerId => WorkerId::new(""),
    WorkerInstanceId => WorkerInstanceId::new(""),
    WaitpointToken => WaitpointToken::new(String::new()),
    TimestampMs => TimestampMs(0),
    AttemptIndex => AttemptIndex(0),
    LeaseEpoch => LeaseEpoch(0),
    LeaseFence => LeaseFence { lease_id: seed(), lease_epoch: seed(), attempt_id: seed() },
    CancelSource => CancelSource::default(),
    PublicState => PublicState::Waiting,
    AttemptType => AttemptType::Initial,
    PartitionKey => PartitionKey::from(Partition { family: PartitionFamily::Flow, index: 0 }),
    StateVector => StateVector {
        lifecycle_phase: LifecyclePhase::Submitted,
        ownership_state: OwnershipState::Unowned,
        eligibility_state: EligibilityState::NotApplicable,
        blocking_reason: BlockingReason::None,
        terminal_outcome: TerminalOutcome::None,
        attempt_state: AttemptState::None,
        public_state: PublicState::Waiting,
    },
);

impl<T> Seed for Option<T> {
    fn seed() -> Self {
        None
    }
}

impl<T> Seed for Vec<T> {
    fn seed() -> Self {
        Vec::new()
    }
}

impl<K, V> Seed for BTreeMap<K, V> {
    fn seed() -> Self {
        BTreeMap::new()
    }
}

#[allow(clippy::implicit_hasher)] // ff-core's maps use the default hasher
impl<K, V> Seed for HashMap<K, V> {
    fn seed() -> Self {
        HashMap::new()
    }
}

impl<T> Seed for BTreeSet<T> {
    fn seed() -> Self {
        BTreeSet::new()
    }
}
