"""`ff_core.backend` usage (backend/usage.rs): `UsageDimensions`, `AdmissionDecision`."""


import pytest
from ff_core.backend import (
    AdmissionDecision,
    UsageDimensions,
)


class TestUsageDimensions:
    def test_default_and_fields(self) -> None:
        assert repr(UsageDimensions()) == (
            "UsageDimensions { input_tokens: 0, output_tokens: 0, wall_ms: None, custom: {} }"
        )
        u = UsageDimensions(input_tokens=10, output_tokens=20, wall_ms=150, custom={"net_bytes": 42})
        assert repr(u) == (
            'UsageDimensions { input_tokens: 10, output_tokens: 20, wall_ms: Some(150), custom: {"net_bytes": 42} }'
        )
        assert u.custom == {"net_bytes": 42}

    def test_custom_is_sorted_and_a_copy(self) -> None:
        u = UsageDimensions(custom={"b": 2, "a": 1})
        assert list(u.custom) == ["a", "b"]
        with pytest.raises(TypeError):
            u.custom["c"] = 3  # type: ignore[index]
        assert u.custom == {"a": 1, "b": 2}
        u = u.replace(custom={"z": 0})
        assert u.custom == {"z": 0}

    def test_keyword_only_and_checks(self) -> None:
        with pytest.raises(TypeError):
            UsageDimensions(1)  # type: ignore[call-arg]
        with pytest.raises(OverflowError):
            UsageDimensions(input_tokens=-1)
        with pytest.raises(OverflowError):
            UsageDimensions(custom={"a": -1})
        with pytest.raises(TypeError):
            UsageDimensions(custom={1: 1})  # type: ignore[dict-item]
        with pytest.raises(TypeError):
            UsageDimensions(custom=[("a", 1)])  # type: ignore[arg-type]
        u = UsageDimensions()
        u = u.replace(wall_ms=5)
        u = u.replace(input_tokens=2**64 - 1)
        assert (u.wall_ms, u.input_tokens) == (5, 2**64 - 1)
        with pytest.raises(OverflowError):
            u.replace(output_tokens=2**64)


def describe_admission(decision: AdmissionDecision) -> str:
    match decision:
        case AdmissionDecision.Admitted:
            return "admitted"
        case AdmissionDecision.Throttled(retry_after_ms=ms):
            return f"throttled {ms}"
        case AdmissionDecision.Rejected(reason):
            return f"rejected {reason}"
        case _:
            return "unknown"


class TestAdmissionDecision:
    def test_variants(self) -> None:
        t = AdmissionDecision.Throttled(retry_after_ms=25)
        r = AdmissionDecision.Rejected("quota")
        assert isinstance(AdmissionDecision.Admitted, AdmissionDecision)
        assert isinstance(t, AdmissionDecision)
        assert isinstance(t, AdmissionDecision.Throttled)
        assert isinstance(r, AdmissionDecision.Rejected)
        assert t.retry_after_ms == 25 and r.reason == "quota"
        assert AdmissionDecision.Throttled.__qualname__ == "AdmissionDecision.Throttled"

    def test_repr(self) -> None:
        assert repr(AdmissionDecision.Admitted) == "Admitted"
        assert repr(AdmissionDecision.Throttled(25)) == "Throttled { retry_after_ms: 25 }"
        assert repr(AdmissionDecision.Rejected('a"b')) == 'Rejected { reason: "a\\"b" }'

    def test_match(self) -> None:
        assert describe_admission(AdmissionDecision.Admitted) == "admitted"
        assert describe_admission(AdmissionDecision.Throttled(25)) == "throttled 25"
        assert describe_admission(AdmissionDecision.Rejected("quota")) == "rejected quota"

    def test_eq_and_unhashable(self) -> None:
        assert AdmissionDecision.Throttled(25) == AdmissionDecision.Throttled(25)
        assert AdmissionDecision.Throttled(25) != AdmissionDecision.Throttled(26)
        assert AdmissionDecision.Admitted != AdmissionDecision.Rejected("quota")
        for value in (AdmissionDecision.Admitted, AdmissionDecision.Throttled(1)):
            with pytest.raises(TypeError, match="unhashable"):
                hash(value)

    def test_bad_input_and_immutability(self) -> None:
        with pytest.raises(OverflowError):
            AdmissionDecision.Throttled(-1)
        with pytest.raises(TypeError):
            AdmissionDecision.Rejected(b"quota")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            AdmissionDecision()  # type: ignore[call-arg]
        with pytest.raises(AttributeError):
            AdmissionDecision.Throttled(1).retry_after_ms = 2  # type: ignore[misc]
