"""`ff_core.backend` leases (backend/lease.rs): `ReclaimToken`, `LeaseRenewal`."""

import pytest
from conftest import UUID_TEXT
from ff_core.backend import (
    LeaseRenewal,
    ReclaimToken,
)
from ff_core.contracts import ReclaimGrant
from ff_core.partition import Partition, PartitionFamily, PartitionKey
from ff_core.types import ExecutionId, LaneId

EID_TEXT = f"{{fp:7}}:{UUID_TEXT}"

def grant() -> ReclaimGrant:
    return ReclaimGrant(
        ExecutionId.parse(EID_TEXT),
        PartitionKey(Partition(PartitionFamily.Flow, 0)),
        "gkey",
        123,
        LaneId("default"),
    )


GRANT_REPR = (
    f'ReclaimGrant {{ execution_id: ExecutionId("{EID_TEXT}"), partition_key: PartitionKey("{{fp:0}}"), '
    'grant_key: "gkey", expires_at_ms: 123, lane_id: LaneId("default") }'
)




class TestLeaseAndReclaim:
    def test_lease_renewal(self) -> None:
        r = LeaseRenewal(100, 2)
        assert (r.expires_at_ms, r.lease_epoch) == (100, 2)
        assert repr(r) == "LeaseRenewal { expires_at_ms: 100, lease_epoch: 2 }"
        assert r == LeaseRenewal.new(100, 2)
        assert hash(r) == hash(LeaseRenewal(100, 2))
        with pytest.raises(AttributeError):
            r.lease_epoch = 3  # type: ignore[misc]
        with pytest.raises(OverflowError):
            LeaseRenewal(-1, 0)

    def test_reclaim_grant(self) -> None:
        g = grant()
        assert repr(g) == GRANT_REPR
        assert g.partition() == Partition(PartitionFamily.Flow, 0)
        g = g.replace(expires_at_ms=5)
        g = g.replace(grant_key="other")
        assert (g.expires_at_ms, g.grant_key) == (5, "other")
        with pytest.raises(TypeError):
            g.replace(lane_id="default")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="unhashable"):
            hash(g)

    def test_reclaim_token_holds_its_grant(self) -> None:
        g = grant()
        t = ReclaimToken(g)
        assert repr(t) == f"ReclaimToken {{ grant: {GRANT_REPR} }}"
        assert t.grant is g
        assert ReclaimToken.new(g) == t
        assert ReclaimToken(grant()) == ReclaimToken(grant())
        assert ReclaimToken(g.replace(expires_at_ms=9)) != t
        assert ReclaimToken(grant()) != "token"
        with pytest.raises(TypeError, match="unhashable"):
            hash(t)
