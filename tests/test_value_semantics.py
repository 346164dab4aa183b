"""Cross-cutting rules of the mapping, for every type: values, not places.
Round trips, immutability at instance and class level, `replace`,
hashability per the Rust derives, the drift guard, the facade's names."""

import base64
import copy
import importlib
import json
import pickle
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

import ff_core
import ff_core._ff_core as native
import pytest
from ff_core.backend import (
    BackendTag,
    CancelFlowPolicy,
    FailureClass,
    FrameKind,
    HandleKind,
    WaitpointKind,
)
from samples import HASHABLE, IDENTITY_EQ, NOT_VALUES, VALUES, type_key

ITEMS = list(VALUES.items())
IDS = [name for name, _ in ITEMS]
# Every sample value as the 0.3.3 release pickled it (built from the
# commit that release landed at, before ff-core came from crates.io).
RELEASED_PICKLES = json.loads((Path(__file__).parent / "corpus" / "pickles-0.3.3.json").read_text())
STRUCTS = [(n, m) for n, m in ITEMS if hasattr(m(), "replace")]


@pytest.mark.parametrize(("name", "make"), ITEMS, ids=IDS)
class TestEveryValue:
    def test_round_trips(self, name: str, make: Callable[[], object]) -> None:
        value = make()
        for clone in (copy.copy(value), copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
            assert type(clone) is type(value)
            assert clone == value or (name in IDENTITY_EQ and clone is not value)
            assert repr(clone) == repr(value)

    def test_pickles_of_the_last_release_load(self, name: str, make: Callable[[], object]) -> None:
        if name not in RELEASED_PICKLES:
            pytest.skip("sampled after the last release")
        clone = pickle.loads(base64.b64decode(RELEASED_PICKLES[name]))
        assert type(clone) is type(make())
        assert clone == make() if name not in IDENTITY_EQ else repr(clone) == repr(make())

    def test_every_protocol_pickles(self, name: str, make: Callable[[], object]) -> None:
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            clone = pickle.loads(pickle.dumps(make(), protocol))
            assert clone == make() if name not in IDENTITY_EQ else repr(clone) == repr(make())

    def test_instance_is_immutable(self, name: str, make: Callable[[], object]) -> None:
        value = make()
        for attr in [n for n in dir(value) if not n.startswith("__")] + ["anything"]:
            with pytest.raises(AttributeError):
                setattr(value, attr, None)
            with pytest.raises(AttributeError):
                delattr(value, attr)
        with pytest.raises(TypeError):
            vars(value)

    def test_class_is_immutable(self, name: str, make: Callable[[], object]) -> None:
        cls = type(make())
        for attr in ["__repr__", "__eq__", "anything", *[n for n in vars(cls) if not n.startswith("__")]]:
            with pytest.raises(TypeError, match="immutable type"):
                setattr(cls, attr, None)
        with pytest.raises(TypeError, match="immutable type"):
            delattr(cls, "__repr__")

    def test_class_cannot_be_swapped(self, name: str, make: Callable[[], object]) -> None:
        value = make()
        with pytest.raises(TypeError):
            value.__class__ = ff_core.Namespace if not isinstance(value, ff_core.Namespace) else ff_core.LaneId

    def test_hash_follows_the_rust_derives(self, name: str, make: Callable[[], object]) -> None:
        if type_key(name) in HASHABLE:
            assert hash(make()) == hash(make())
            assert {make(): 1}[make()] == 1
        else:
            with pytest.raises(TypeError, match="unhashable"):
                hash(make())

    def test_json_round_trip(self, name: str, make: Callable[[], object]) -> None:
        value = make()
        if not hasattr(value, "to_json"):
            pytest.skip("no serde upstream")
        text = value.to_json()
        again = type(value).from_json(text)  # type: ignore[attr-defined]
        assert repr(again) == repr(value)
        assert type(value).from_json(text.encode()).to_json() == text  # type: ignore[attr-defined]

    def test_other_types_compare_unequal(self, name: str, make: Callable[[], object]) -> None:
        value = make()
        assert value != object()
        assert (value == 1) is False


@pytest.mark.parametrize(("name", "make"), STRUCTS, ids=[n for n, _ in STRUCTS])
class TestReplace:
    def test_replace_with_nothing_is_equal(self, name: str, make: Callable[[], object]) -> None:
        value = make()
        assert repr(value.replace()) == repr(value)  # type: ignore[attr-defined]
        assert value.replace() == value or name in IDENTITY_EQ  # type: ignore[attr-defined]

    def test_replace_every_field_with_its_own_value(self, name: str, make: Callable[[], object]) -> None:
        value = make()
        fields = type(value).__match_args__  # type: ignore[attr-defined]
        same = value.replace(**{f: getattr(value, f) for f in fields})  # type: ignore[attr-defined]
        assert repr(same) == repr(value)

    def test_unknown_field_raises(self, name: str, make: Callable[[], object]) -> None:
        with pytest.raises(TypeError, match="unexpected keyword argument 'nope'"):
            make().replace(nope=1)  # type: ignore[attr-defined]

    def test_copy_replace(self, name: str, make: Callable[[], object]) -> None:
        if sys.version_info < (3, 13):
            pytest.skip("copy.replace is new in Python 3.13")
        value = make()
        same = copy.replace(value)
        assert same == value or (name in IDENTITY_EQ and repr(same) == repr(value))

    def test_drift_guard(self, name: str, make: Callable[[], object]) -> None:
        """The Rust `Debug` names every field of the core struct; each must
        be declared in the binding (a new core field fails here)."""
        value = make()
        body = repr(value).split(" { ", 1)[1]
        depth, top, current = 0, [], ""
        for char in body:
            if char in "{[(":
                depth += 1
            elif char in "}])":
                depth -= 1
            if depth == 0 and char == ",":
                top.append(current)
                current = ""
            else:
                current += char
        top.append(current.rstrip(" }"))
        debug_fields = [re.match(r"\s*(\w+): ", part).group(1) for part in top]  # type: ignore[union-attr]
        assert debug_fields == list(type(value).__match_args__)  # type: ignore[attr-defined]


def test_replace_returns_a_new_value_and_validates() -> None:
    frame = ff_core.Frame.with_seq(b"a", ff_core.FrameKind.Stdout, 1)
    changed = frame.replace(seq=8)
    assert (frame.seq, changed.seq) == (1, 8)
    assert changed.bytes is frame.bytes
    with pytest.raises(OverflowError):
        frame.replace(seq=-1)
    with pytest.raises(TypeError, match="argument 'kind'"):
        frame.replace(kind="Stdout")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="positional"):
        frame.replace(b"x")  # type: ignore[call-arg]


def test_containers_read_immutable() -> None:
    caps = ff_core.CapabilitySet(["a", "b"])
    assert caps.tokens == ("a", "b")
    usage = ff_core.UsageDimensions(custom={"b": 1, "a": 2})
    assert isinstance(usage.custom, Mapping)
    assert list(usage.custom) == ["a", "b"]
    with pytest.raises(TypeError):
        usage.custom["c"] = 3  # type: ignore[index]
    assert ff_core.ScannerFilter().with_instance_tag("k", "v").instance_tag == ("k", "v")


def test_exact_bytes_are_kept_other_buffers_copied_once() -> None:
    payload = b"x" * 1024
    assert ff_core.Frame(payload, ff_core.FrameKind.Blob).bytes is payload
    source = bytearray(b"abc")
    frame = ff_core.Frame(source, ff_core.FrameKind.Blob)
    source[0] = ord("z")
    assert frame.bytes == b"abc"


def test_string_values_keep_their_str() -> None:
    text = "{fp:7}:67e55044-10b1-426f-9247-bb680e5fe0c8"
    eid = ff_core.ExecutionId.parse(text)
    assert str(eid) is text
    assert eid.as_str() is text
    assert f"{eid}" == text
    assert f"{eid:>50}" == f"{text:>50}"
    assert hash(eid) == hash(text)
    assert hash(ff_core.Namespace("a")) == hash("a")


def test_unit_variants_survive_pickling_as_singletons() -> None:
    for value in (
        ff_core.AdmissionDecision.Admitted,
        ff_core.CancelFlowWait.NoWait,
        ff_core.FailOutcome.TerminalFailed,
        ff_core.FrameKind.Stdout,
    ):
        assert pickle.loads(pickle.dumps(value)) is value
        assert copy.deepcopy(value) is value


def test_noop_is_one_shared_value() -> None:
    assert ff_core.ScannerFilter.NOOP is ff_core.ScannerFilter.NOOP
    assert ff_core.ScannerFilter.NOOP == ff_core.ScannerFilter()


def test_str_is_repr_without_display() -> None:
    with_display = {
        "Namespace", "LaneId", "FlowId", "SignalId", "ExecutionId", "TimestampMs", "WaitpointToken", "Partition",
        "PartitionKey", "BudgetId", "QuotaPolicyId", "LeaseId", "AttemptId", "WaitpointId", "SuspensionId", "EdgeId",
        "WorkerId", "WorkerInstanceId", "WaitpointKey", "LeaseEpoch", "AttemptIndex", "CancelSource", "StreamCursor",
    }
    for name, make in ITEMS:
        if type_key(name) not in with_display:
            assert str(make()) == repr(make()), name


SUBMODULES = [importlib.import_module(f"ff_core.{name}") for name in native._modules]
# What `_handwritten.py` defines (the protocols, `CompletionStream`).
PYTHON_ONLY = {name for names in native._handwritten_exports.values() for name in names}


def test_every_value_class_has_a_sample() -> None:
    """A new type's declaration is not enough: it needs a sample here, so
    that every cross-cutting suite runs over it."""
    classes = {n for n in ff_core.__all__ if isinstance(getattr(ff_core, n), type)}
    values = {n for n in classes if not issubclass(getattr(ff_core, n), BaseException)} - NOT_VALUES
    assert values == {type_key(name) for name in VALUES}


def test_facade_reexports_every_native_name() -> None:
    native_names = {n for n in dir(native) if not n.startswith("_")}
    module_only = set(ff_core.hash.__all__) | {n for n in ff_core.keys.__all__ if n[0].islower()}
    crate_level = {"FF_CORE_VERSION"}
    assert set(ff_core.__all__) - {"__version__"} - PYTHON_ONLY == native_names - module_only
    assert "hash" not in ff_core.__all__  # `from ff_core import *` keeps the builtin
    submodule_names = [n for m in SUBMODULES for n in m.__all__ if n not in PYTHON_ONLY]
    assert sorted(submodule_names) == sorted(native_names - crate_level)
    for module in SUBMODULES:
        for name in module.__all__:
            if name not in module_only:
                assert getattr(ff_core, name) is getattr(module, name)
    assert ff_core.__version__ == "0.3.4"


def test_ff_core_version_is_the_locked_dependency() -> None:
    lock = (Path(__file__).parents[1] / "Cargo.lock").read_text()
    package = next(p for p in lock.split("[[package]]") if '\nname = "ff-core"\n' in p)
    assert f'version = "{ff_core.FF_CORE_VERSION}"' in package
    assert ff_core.FF_CORE_VERSION == "0.3.4"
    assert 'source = "registry+https://github.com/rust-lang/crates.io-index"' in package


def test_classes_live_in_the_native_module() -> None:
    for name in set(ff_core.__all__) - PYTHON_ONLY:
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


UNIT_ENUMS: list[tuple[type, list[str]]] = [
    (BackendTag, ["Valkey"]),
    (HandleKind, ["Fresh", "Resumed", "Suspended"]),
    (FrameKind, ["Stdout", "Stderr", "Event", "Blob"]),
    (WaitpointKind, ["SignalName", "CorrelationId", "External"]),
    (FailureClass, ["Transient", "Permanent", "InfraCrash", "Timeout", "Cancelled"]),
    (CancelFlowPolicy, ["FlowOnly", "CancelAll", "CancelPending"]),
]


@pytest.mark.parametrize(("cls", "names"), UNIT_ENUMS)
class TestUnitEnums:
    def test_variants_are_singleton_instances(self, cls: type, names: list[str]) -> None:
        for name in names:
            value = getattr(cls, name)
            assert isinstance(value, cls)
            assert getattr(cls, name) is value
            assert pickle.loads(pickle.dumps(value)) is value

    def test_repr_is_the_variant_name(self, cls: type, names: list[str]) -> None:
        assert [repr(getattr(cls, n)) for n in names] == names
        assert [str(getattr(cls, n)) for n in names] == names

    def test_eq_and_hash(self, cls: type, names: list[str]) -> None:
        values = [getattr(cls, n) for n in names]
        assert len(set(values)) == len(names)
        assert all(a == b for a, b in zip(values, values))
        assert values[0] != names[0]

    def test_not_constructible_and_immutable(self, cls: type, names: list[str]) -> None:
        with pytest.raises(TypeError):
            cls()
        with pytest.raises(AttributeError):
            getattr(cls, names[0]).x = 1


def describe_frame_kind(kind: FrameKind) -> str:
    match kind:
        case FrameKind.Stdout:
            return "out"
        case FrameKind.Stderr:
            return "err"
        case _:
            return "other"


def test_unit_variants_match_by_value() -> None:
    assert [describe_frame_kind(k) for k in (FrameKind.Stdout, FrameKind.Stderr, FrameKind.Blob)] == [
        "out",
        "err",
        "other",
    ]
