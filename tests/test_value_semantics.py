"""Cross-cutting rules of the mapping, for every type: copy, deepcopy and
pickle round trips, immutability, hashability, and the facade's names."""

import copy
import pickle
from collections.abc import Callable

import pytest

import ff_core
import ff_core._ff_core as native
from samples import FROZEN, MUTABLE_FACTORIES

MUTABLE = list(MUTABLE_FACTORIES.items())


@pytest.mark.parametrize("value", FROZEN, ids=repr)
class TestFrozen:
    def test_round_trips(self, value: object) -> None:
        for clone in (copy.copy(value), copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
            assert type(clone) is type(value)
            assert clone == value
            assert repr(clone) == repr(value)

    def test_every_protocol_pickles(self, value: object) -> None:
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            assert pickle.loads(pickle.dumps(value, protocol)) == value

    def test_immutable(self, value: object) -> None:
        names = [n for n in dir(value) if not n.startswith("_")] + ["anything"]
        for name in names:
            with pytest.raises(AttributeError):
                setattr(value, name, None)

    def test_no_instance_dict(self, value: object) -> None:
        with pytest.raises(TypeError):
            vars(value)


@pytest.mark.parametrize(("name", "make"), MUTABLE, ids=[n for n, _ in MUTABLE])
class TestMutable:
    def test_round_trips_are_equal_and_independent(self, name: str, make: Callable[[], object]) -> None:
        value = make()
        for clone in (copy.copy(value), copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
            assert type(clone) is type(value)
            assert clone is not value
            assert clone == value
            assert repr(clone) == repr(value)

    def test_unhashable(self, name: str, make: Callable[[], object]) -> None:
        with pytest.raises(TypeError, match="unhashable"):
            hash(make())

    def test_other_types_compare_unequal(self, name: str, make: Callable[[], object]) -> None:
        value = make()
        assert value != object()
        assert (value == 1) is False


def test_copies_do_not_share_nested_parts() -> None:
    token = MUTABLE_FACTORIES["ReclaimToken"]()
    assert isinstance(token, ff_core.ReclaimToken)
    for clone in (copy.copy(token), copy.deepcopy(token), pickle.loads(pickle.dumps(token))):
        clone.grant.expires_at_ms = 999
        assert token.grant.expires_at_ms == 123


def test_unit_variants_survive_pickling_as_singletons() -> None:
    for value in (ff_core.AdmissionDecision.Admitted, ff_core.CancelFlowWait.NoWait, ff_core.FailOutcome.TerminalFailed):
        assert pickle.loads(pickle.dumps(value)) is value
        assert copy.deepcopy(value) is value


def test_str_is_repr_without_display() -> None:
    for value in FROZEN + [make() for make in MUTABLE_FACTORIES.values()]:
        if type(value).__name__ not in {
            "Namespace", "LaneId", "FlowId", "SignalId", "ExecutionId", "TimestampMs", "WaitpointToken",
            "Partition", "PartitionKey",
        }:
            assert str(value) == repr(value)


SUBMODULES = [ff_core.backend, ff_core.types, ff_core.partition, ff_core.contracts]


def test_facade_reexports_every_native_name() -> None:
    native_names = {n for n in dir(native) if not n.startswith("_")}
    facade_names = set(ff_core.__all__) - {"__version__", "FailOutcomeVariant"}
    assert facade_names == native_names
    submodule_names = [n for m in SUBMODULES for n in m.__all__ if n != "FailOutcomeVariant"]
    assert sorted(submodule_names) == sorted(native_names)
    for module in SUBMODULES:
        for name in module.__all__:
            assert getattr(ff_core, name) is getattr(module, name)
    assert ff_core.__version__ == "0.3.3"


def test_classes_live_in_the_native_module() -> None:
    for name in ff_core.__all__:
        obj = getattr(ff_core, name)
        if isinstance(obj, type):
            assert obj.__module__ == "ff_core._ff_core", name


def test_rust_new_is_a_static_method_too() -> None:
    with_new = [
        "Namespace", "LaneId", "FlowId", "SignalId", "WaitpointToken", "HandleOpaque", "Handle",
        "CapabilitySet", "Frame", "WaitpointHmac", "WaitpointSpec", "FailureReason", "ReclaimToken",
        "LeaseRenewal", "CompletionPayload", "ValkeyConnection", "ScannerFilter",
    ]
    for name in with_new:
        assert callable(getattr(ff_core, name).new), name


def test_errors_pickle_with_variant_and_payload() -> None:
    with pytest.raises(ff_core.LaneIdError) as lane_error:
        ff_core.LaneId.try_new("x" * 70)
    with pytest.raises(ff_core.PartitionCountError) as count_error:
        ff_core.flow_partition(ff_core.FlowId(), ff_core.PartitionConfig(0))
    for error in (lane_error.value, count_error.value):
        clone = pickle.loads(pickle.dumps(error))
        assert type(clone) is type(error)
        assert str(clone) == str(error)
        assert (clone.variant, clone.payload) == (error.variant, error.payload)
