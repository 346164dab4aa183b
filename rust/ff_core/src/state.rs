//! The state of an execution and its attempts, as the core hash stores it,
//! and the public state derived from it.

use serde::{Deserialize, Serialize};

/// Declares a fieldless state enum: JSON is the variant name in snake_case.
macro_rules! state_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($variant),+
        }
    };
}

state_enum!(
    /// Where an execution is in its life.
    LifecyclePhase { Submitted, Runnable, Active, Suspended, Terminal }
);
state_enum!(
    /// Who, if anyone, holds the execution's lease.
    OwnershipState { Unowned, Leased, LeaseExpiredReclaimable, LeaseRevoked }
);
state_enum!(
    /// Whether a runnable execution may be claimed now, and if not why.
    EligibilityState {
        EligibleNow,
        NotEligibleUntilTime,
        BlockedByDependencies,
        BlockedByBudget,
        BlockedByQuota,
        BlockedByRoute,
        BlockedByLaneState,
        BlockedByOperator,
        NotApplicable,
    }
);
state_enum!(
    /// What the execution is waiting for.
    BlockingReason {
        None,
        WaitingForWorker,
        WaitingForRetryBackoff,
        WaitingForResumeDelay,
        WaitingForDelay,
        WaitingForSignal,
        WaitingForApproval,
        WaitingForCallback,
        WaitingForToolResult,
        WaitingForChildren,
        WaitingForBudget,
        WaitingForQuota,
        WaitingForCapableWorker,
        WaitingForLocalityMatch,
        PausedByOperator,
        PausedByPolicy,
        PausedByFlowCancel,
    }
);
state_enum!(
    /// How a terminal execution ended.
    TerminalOutcome { None, Success, Failed, Cancelled, Expired, Skipped }
);
state_enum!(
    /// The state of the execution's current attempt.
    AttemptState {
        None,
        PendingFirstAttempt,
        RunningAttempt,
        AttemptInterrupted,
        PendingRetryAttempt,
        PendingReplayAttempt,
        AttemptTerminal,
    }
);
state_enum!(
    /// The one state shown to users, derived from the others.
    PublicState {
        Waiting,
        Delayed,
        RateLimited,
        WaitingChildren,
        Active,
        Suspended,
        Completed,
        Failed,
        Cancelled,
        Expired,
        Skipped,
    }
);
state_enum!(
    /// The life of one attempt.
    AttemptLifecycle {
        Created,
        Started,
        Suspended,
        EndedSuccess,
        EndedFailure,
        EndedCancelled,
        InterruptedReclaimed,
    }
);
state_enum!(
    /// Why an attempt was made.
    AttemptType { Initial, Retry, Reclaim, Replay, Fallback }
);
state_enum!(
    /// Whether a lane admits work.
    LaneState { Active, Paused, Draining, Disabled }
);

impl AttemptLifecycle {
    /// True once the attempt has ended, however it ended.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::EndedSuccess | Self::EndedFailure | Self::EndedCancelled | Self::InterruptedReclaimed)
    }
}

/// Every state dimension of one execution, as its core hash stores them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateVector {
    pub lifecycle_phase: LifecyclePhase,
    pub ownership_state: OwnershipState,
    pub eligibility_state: EligibilityState,
    pub blocking_reason: BlockingReason,
    pub terminal_outcome: TerminalOutcome,
    pub attempt_state: AttemptState,
    pub public_state: PublicState,
}

impl StateVector {
    /// The public state the other dimensions imply. Reads only the
    /// lifecycle phase, the terminal outcome and the eligibility; never
    /// panics (a terminal vector without an outcome reads as `Failed`).
    pub fn derive_public_state(&self) -> PublicState {
        match self.lifecycle_phase {
            LifecyclePhase::Terminal => match self.terminal_outcome {
                TerminalOutcome::Success => PublicState::Completed,
                TerminalOutcome::Failed | TerminalOutcome::None => PublicState::Failed,
                TerminalOutcome::Cancelled => PublicState::Cancelled,
                TerminalOutcome::Expired => PublicState::Expired,
                TerminalOutcome::Skipped => PublicState::Skipped,
            },
            LifecyclePhase::Suspended => PublicState::Suspended,
            LifecyclePhase::Active => PublicState::Active,
            LifecyclePhase::Runnable => match self.eligibility_state {
                EligibilityState::NotEligibleUntilTime => PublicState::Delayed,
                EligibilityState::BlockedByDependencies => PublicState::WaitingChildren,
                EligibilityState::BlockedByBudget | EligibilityState::BlockedByQuota => PublicState::RateLimited,
                EligibilityState::EligibleNow
                | EligibilityState::BlockedByRoute
                | EligibilityState::BlockedByLaneState
                | EligibilityState::BlockedByOperator
                | EligibilityState::NotApplicable => PublicState::Waiting,
            },
            LifecyclePhase::Submitted => PublicState::Waiting,
        }
    }

    /// True iff the stored public state is the derived one.
    pub fn is_consistent(&self) -> bool {
        self.public_state == self.derive_public_state()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vector(phase: LifecyclePhase, eligibility: EligibilityState, outcome: TerminalOutcome) -> StateVector {
        StateVector {
            lifecycle_phase: phase,
            ownership_state: OwnershipState::Unowned,
            eligibility_state: eligibility,
            blocking_reason: BlockingReason::None,
            terminal_outcome: outcome,
            attempt_state: AttemptState::None,
            public_state: PublicState::Waiting,
        }
    }

    #[test]
    fn derive_public_state_table() {
        use EligibilityState as E;
        use LifecyclePhase as L;
        use TerminalOutcome as T;
        let cases = [
            (L::Terminal, E::EligibleNow, T::Success, PublicState::Completed),
            (L::Terminal, E::EligibleNow, T::None, PublicState::Failed),
            (L::Terminal, E::EligibleNow, T::Skipped, PublicState::Skipped),
            (L::Suspended, E::BlockedByBudget, T::None, PublicState::Suspended),
            (L::Active, E::BlockedByQuota, T::Success, PublicState::Active),
            (L::Runnable, E::NotEligibleUntilTime, T::None, PublicState::Delayed),
            (L::Runnable, E::BlockedByDependencies, T::None, PublicState::WaitingChildren),
            (L::Runnable, E::BlockedByQuota, T::None, PublicState::RateLimited),
            (L::Runnable, E::NotApplicable, T::None, PublicState::Waiting),
            (L::Submitted, E::BlockedByBudget, T::Failed, PublicState::Waiting),
        ];
        for (phase, eligibility, outcome, expected) in cases {
            assert_eq!(vector(phase, eligibility, outcome).derive_public_state(), expected);
        }
        let mut failed = vector(L::Terminal, E::NotApplicable, T::None);
        failed.public_state = PublicState::Failed;
        assert!(failed.is_consistent());
    }

    #[test]
    fn json_is_snake_case() {
        assert_eq!(
            serde_json::to_string(&OwnershipState::LeaseExpiredReclaimable).unwrap(),
            "\"lease_expired_reclaimable\""
        );
        assert_eq!(serde_json::to_string(&BlockingReason::None).unwrap(), "\"none\"");
        let err = serde_json::from_str::<LifecyclePhase>("\"Submitted\"").unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown variant `Submitted`, expected one of `submitted`, `runnable`, `active`, `suspended`, \
             `terminal` at line 1 column 11"
        );
        assert!(AttemptLifecycle::InterruptedReclaimed.is_terminal());
        assert!(!AttemptLifecycle::Started.is_terminal());
    }
}
