//! Lease and reclaim: `ReclaimToken` and `LeaseRenewal`.

use ff_core::backend::{LeaseRenewal, ReclaimToken};
use ff_core::contracts::ReclaimGrant;

use crate::support::seed::seed;
use crate::support::value::{constructors, value_struct};

value_struct!(
    /// Cookie from the reclaim scanner, consumed by `claim_from_reclaim`.
    PyReclaimToken "ReclaimToken" => ReclaimToken = ReclaimToken::new(seed());
    fields { grant: ReclaimGrant }
    hash: no;
);
constructors!(PyReclaimToken { new(grant); });

value_struct!(
    /// Result of a successful `renew`.
    PyLeaseRenewal "LeaseRenewal" => LeaseRenewal = LeaseRenewal::new(0, 0);
    fields { expires_at_ms: u64, lease_epoch: u64 }
    hash: yes;
);
constructors!(PyLeaseRenewal { new(expires_at_ms, lease_epoch); });
