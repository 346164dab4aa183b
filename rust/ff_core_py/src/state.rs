//! `ff_core::state`: the state enums of an execution and the public state
//! derived from them (in Rust). All are exhaustive in Rust.
//!
//! The variants named `None` (`BlockingReason`, `TerminalOutcome`,
//! `AttemptState`) are class attributes literally named `None`: Python
//! syntax forbids `BlockingReason.None`, so reach them with
//! `getattr(BlockingReason, "None")` or from JSON (`"none"`).

use ff_core::state::{
    AttemptLifecycle, AttemptState, AttemptType, BlockingReason, EligibilityState, LaneState, LifecyclePhase,
    OwnershipState, PublicState, StateVector, TerminalOutcome,
};
use pyo3::prelude::*;

use crate::support::json::json_methods;
use crate::support::value::{Value, constructors, unit_enum, value_struct};

unit_enum!(
    /// Where an execution is in its life.
    PyLifecyclePhase "LifecyclePhase" => LifecyclePhase closed [Submitted, Runnable, Active, Suspended, Terminal]
);
unit_enum!(
    /// Who, if anyone, holds the execution's lease.
    PyOwnershipState "OwnershipState" => OwnershipState closed [Unowned, Leased, LeaseExpiredReclaimable, LeaseRevoked]
);
unit_enum!(
    /// Whether a runnable execution may be claimed now, and if not why.
    PyEligibilityState "EligibilityState" => EligibilityState closed [
        EligibleNow, NotEligibleUntilTime, BlockedByDependencies, BlockedByBudget, BlockedByQuota, BlockedByRoute,
        BlockedByLaneState, BlockedByOperator, NotApplicable,
    ]
);
unit_enum!(
    /// What the execution is waiting for.
    PyBlockingReason "BlockingReason" => BlockingReason closed [
        None, WaitingForWorker, WaitingForRetryBackoff, WaitingForResumeDelay, WaitingForDelay, WaitingForSignal,
        WaitingForApproval, WaitingForCallback, WaitingForToolResult, WaitingForChildren, WaitingForBudget,
        WaitingForQuota, WaitingForCapableWorker, WaitingForLocalityMatch, PausedByOperator, PausedByPolicy,
        PausedByFlowCancel,
    ]
);
unit_enum!(
    /// How a terminal execution ended.
    PyTerminalOutcome "TerminalOutcome" => TerminalOutcome closed [None, Success, Failed, Cancelled, Expired, Skipped]
);
unit_enum!(
    /// The state of the execution's current attempt.
    PyAttemptState "AttemptState" => AttemptState closed [
        None, PendingFirstAttempt, RunningAttempt, AttemptInterrupted, PendingRetryAttempt, PendingReplayAttempt,
        AttemptTerminal,
    ]
);
unit_enum!(
    /// The one state shown to users, derived from the others.
    PyPublicState "PublicState" => PublicState closed [
        Waiting, Delayed, RateLimited, WaitingChildren, Active, Suspended, Completed, Failed, Cancelled, Expired,
        Skipped,
    ]
);
unit_enum!(
    /// The life of one attempt.
    PyAttemptLifecycle "AttemptLifecycle" => AttemptLifecycle closed [
        Created, Started, Suspended, EndedSuccess, EndedFailure, EndedCancelled, InterruptedReclaimed,
    ]
);
unit_enum!(
    /// Why an attempt was made.
    PyAttemptType "AttemptType" => AttemptType closed [Initial, Retry, Reclaim, Replay, Fallback]
);
unit_enum!(
    /// Whether a lane admits work.
    PyLaneState "LaneState" => LaneState closed [Active, Paused, Draining, Disabled]
);

json_methods!(
    PyLifecyclePhase,
    PyOwnershipState,
    PyEligibilityState,
    PyBlockingReason,
    PyTerminalOutcome,
    PyAttemptState,
    PyPublicState,
    PyAttemptLifecycle,
    PyAttemptType,
    PyLaneState
);

#[pymethods]
impl PyAttemptLifecycle {
    /// True once the attempt has ended, however it ended.
    fn is_terminal(&self) -> bool {
        self.0.is_terminal()
    }
}
crate::support::surface::members!(PyAttemptLifecycle, 3, "def is_terminal(self) -> bool: ...\n");

value_struct!(
    /// Every state dimension of one execution, as its core hash stores them.
    PyStateVector "StateVector" => StateVector = StateVector {
        lifecycle_phase: LifecyclePhase::Submitted,
        ownership_state: OwnershipState::Unowned,
        eligibility_state: EligibilityState::NotApplicable,
        blocking_reason: BlockingReason::None,
        terminal_outcome: TerminalOutcome::None,
        attempt_state: AttemptState::None,
        public_state: PublicState::Waiting,
    };
    fields {
        lifecycle_phase: LifecyclePhase,
        ownership_state: OwnershipState,
        eligibility_state: EligibilityState,
        blocking_reason: BlockingReason,
        terminal_outcome: TerminalOutcome,
        attempt_state: AttemptState,
        public_state: PublicState,
    }
    hash: no;
);
constructors!(PyStateVector { fields required; });
json_methods!(PyStateVector);

#[pymethods]
impl PyStateVector {
    /// The public state the other dimensions imply (never raises).
    fn derive_public_state(&self, py: Python<'_>) -> PyResult<Py<PyPublicState>> {
        PyPublicState::of(py, self.to_rust(py)?.derive_public_state())
    }

    /// True iff the stored public state is the derived one.
    fn is_consistent(&self, py: Python<'_>) -> PyResult<bool> {
        Ok(self.to_rust(py)?.is_consistent())
    }
}
crate::support::surface::members!(PyStateVector, 3, "\
def derive_public_state(self) -> PublicState: ...
def is_consistent(self) -> bool: ...
");
