"""`ff_core.backend` claim types (rust/ff_core_py/src/backend/claim.rs): `CapabilitySet`, `ClaimPolicy`."""

from datetime import timedelta

import pytest
from ff_core.backend import (
    CapabilitySet,
    ClaimPolicy,
)


class TestCapabilitySet:
    def test_construction(self) -> None:
        c = CapabilitySet(["gpu", "cuda"])
        assert c.tokens == ("gpu", "cuda")
        assert repr(c) == 'CapabilitySet { tokens: ["gpu", "cuda"] }'
        assert c == CapabilitySet.new(iter(("gpu", "cuda")))
        assert not c.is_empty()
        assert CapabilitySet().is_empty()
        assert CapabilitySet() == CapabilitySet([])

    def test_tokens_are_a_copy_and_writable(self) -> None:
        c = CapabilitySet(["gpu"])
        assert c.replace(tokens=iter(["a", "b"])).tokens == ("a", "b")
        assert c.tokens == ("gpu",)

    def test_bad_input(self) -> None:
        with pytest.raises(TypeError, match="argument 'tokens': expected an iterable of str, not str"):
            CapabilitySet("gpu")
        with pytest.raises(TypeError, match="argument 'tokens': expected str, not int"):
            CapabilitySet(["gpu", 1])  # type: ignore[list-item]
        with pytest.raises(TypeError):
            CapabilitySet(5)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="unhashable"):
            hash(CapabilitySet())


class TestClaimPolicy:
    def test_construction(self) -> None:
        assert ClaimPolicy() == ClaimPolicy.immediate()
        assert ClaimPolicy().max_wait is None
        p = ClaimPolicy.with_max_wait(timedelta(milliseconds=500))
        assert p.max_wait == timedelta(milliseconds=500)
        assert p == ClaimPolicy(max_wait=timedelta(milliseconds=500))
        assert repr(p) == "ClaimPolicy { max_wait: Some(500ms) }"
        assert repr(ClaimPolicy()) == "ClaimPolicy { max_wait: None }"
        assert repr(ClaimPolicy(max_wait=timedelta(seconds=1, microseconds=500000))) == (
            "ClaimPolicy { max_wait: Some(1.5s) }"
        )

    def test_keyword_only(self) -> None:
        with pytest.raises(TypeError):
            ClaimPolicy(timedelta(seconds=1))  # type: ignore[call-arg]

    def test_writable_with_checks(self) -> None:
        p = ClaimPolicy()
        p = p.replace(max_wait=timedelta(seconds=2))
        assert p.max_wait == timedelta(seconds=2)
        p = p.replace(max_wait=None)
        with pytest.raises(ValueError, match="negative"):
            p.replace(max_wait=timedelta(seconds=-1))
        with pytest.raises(TypeError):
            p.replace(max_wait=5)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="negative"):
            ClaimPolicy.with_max_wait(timedelta(days=-1))
