//! Cancel-flow inputs: `CancelFlowPolicy` and `CancelFlowWait`.

use std::time::Duration;

use ff_core::backend::{CancelFlowPolicy, CancelFlowWait};

use crate::support::value::{data_enum, unit_enum};

unit_enum!(
    /// What `cancel_flow` does with the flow's members.
    PyCancelFlowPolicy "CancelFlowPolicy" => CancelFlowPolicy [FlowOnly, CancelAll, CancelPending]
);

data_enum!(
    /// Caller wait posture for `cancel_flow`. `#[non_exhaustive]`: keep
    /// `case _:` when matching.
    PyCancelFlowWait "CancelFlowWait" => CancelFlowWait;
    hash: yes;
    units [NoWait, WaitIndefinite];
    /// Block until member cancellations complete, up to a timeout.
    WaitTimeout tuple { _0: Duration }
);
