"""`ff_core.backend` cancellation (backend/cancel.rs): `CancelFlowPolicy`, `CancelFlowWait`."""

from datetime import timedelta

import pytest
from ff_core.backend import (
    CancelFlowWait,
)


class TestCancelFlowWait:
    def test_variants_repr_hash(self) -> None:
        w = CancelFlowWait.WaitTimeout(timedelta(seconds=1))
        assert w._0 == timedelta(seconds=1)
        assert repr(w) == "WaitTimeout(1s)"
        assert repr(CancelFlowWait.WaitTimeout(timedelta(milliseconds=1500))) == "WaitTimeout(1.5s)"
        assert repr(CancelFlowWait.NoWait) == "NoWait"
        assert repr(CancelFlowWait.WaitIndefinite) == "WaitIndefinite"
        assert hash(w) == hash(CancelFlowWait.WaitTimeout(timedelta(seconds=1)))
        assert CancelFlowWait.NoWait != CancelFlowWait.WaitIndefinite
        assert len({CancelFlowWait.NoWait, CancelFlowWait.NoWait, w}) == 2

    def test_match_positional(self) -> None:
        match CancelFlowWait.WaitTimeout(timedelta(seconds=3)):
            case CancelFlowWait.WaitTimeout(timeout):
                assert timeout == timedelta(seconds=3)
            case _:
                pytest.fail("did not match WaitTimeout")

    def test_negative_timeout_is_rejected(self) -> None:
        with pytest.raises(ValueError, match="negative"):
            CancelFlowWait.WaitTimeout(timedelta(seconds=-1))
        with pytest.raises(TypeError):
            CancelFlowWait.WaitTimeout(1.0)  # type: ignore[arg-type]
