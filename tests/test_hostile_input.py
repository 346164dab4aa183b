"""Hostile input: arbitrary Python values thrown at every constructor,
static method, method, `replace` keyword and module function. Only TypeError,
ValueError (including UnicodeError and the package's errors) and
OverflowError may come out; a Rust panic would surface as PanicException,
a BaseException, and fail these tests.

FF_CORE_HEAVY=1 raises the number of examples per target."""

import inspect
import math
import os
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import ff_core
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from samples import VALUES

ALLOWED = (TypeError, ValueError, OverflowError)
EXAMPLES = 400 if os.environ.get("FF_CORE_HEAVY") else 30

# Dunders worth attacking directly; the rest are CPython's own.
DUNDERS = {"__reduce__", "__copy__", "__deepcopy__", "__eq__", "__lt__", "__int__", "__format__", "__replace__", "_rebuild"}

strings = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        [
            "",
            "\ud800",
            "a\udfffb",
            "é" * 40,
            "x" * 70,
            "{fp:1}:67e55044-10b1-426f-9247-bb680e5fe0c8",
            "{fp:65536}:67e55044-10b1-426f-9247-bb680e5fe0c8",
            "{fp:-1}:x",
            "{fp:",
            "kid:",
            ":",
            "{b:1}",
            "67e55044-10b1-426f-9247-bb680e5fe0c8",
        ]
    ),
)
integers = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, -1, 1, 2**16 - 1, 2**16, 2**32, 2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**63) - 1]),
)
package_values = st.sampled_from(list(VALUES.values())).map(lambda make: make())
scalars = st.one_of(
    st.none(),
    st.booleans(),
    integers,
    st.floats(allow_nan=True, allow_infinity=True),
    st.just(math.nan),
    strings,
    st.binary(max_size=16),
    st.binary(max_size=16).map(bytearray),
    st.binary(max_size=16).map(lambda b: memoryview(b)),
    st.sampled_from([timedelta(0), timedelta(seconds=1), timedelta(days=-1), timedelta.max, timedelta.min]),
    st.sampled_from([uuid.UUID(int=0), uuid.UUID(int=2**128 - 1), uuid.uuid4()]),
    st.just(object()),
    package_values,
)
hostile = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.tuples(inner, inner),
        st.tuples(inner),
        st.dictionaries(strings | integers, inner, max_size=3),
        st.lists(inner, max_size=3).map(iter),
    ),
    max_leaves=6,
)


def classes() -> list[type]:
    return [obj for name in ff_core.__all__ if isinstance(obj := getattr(ff_core, name), type)]


def targets() -> list[tuple[str, Callable[..., object]]]:
    found: list[tuple[str, Callable[..., object]]] = []
    for cls in classes():
        found.append((f"{cls.__qualname__}()", cls))
        for attr in list(vars(cls)):
            value = getattr(cls, attr)
            if isinstance(value, type) and issubclass(value, cls):  # a data variant
                found.append((f"{value.__qualname__}()", value))
            elif isinstance(inspect.getattr_static(cls, attr, None), staticmethod) or (
                callable(value) and attr in ("new", "parse", "try_new", "valkey") and not isinstance(value, cls)
            ):
                found.append((f"{cls.__qualname__}.{attr}", value))
    for module in (ff_core, ff_core.keys, ff_core.hash):
        for name in module.__all__:
            obj = getattr(module, name)
            if callable(obj) and not isinstance(obj, type) and not name == "SoloPartitioner":
                found.append((name, obj))
    return sorted(dict(found).items())


def instances() -> list[tuple[str, Callable[[], object]]]:
    return list(VALUES.items())


def methods_of(value: object) -> list[str]:
    names = [n for n in dir(value) if not n.startswith("_") or n in DUNDERS]
    return [n for n in names if callable(getattr(value, n)) and not isinstance(getattr(value, n), type)]


def fields(value: object) -> tuple[str, ...]:
    return getattr(type(value), "__match_args__", ()) if hasattr(value, "replace") else ()


def call_hostile(fn: Callable[..., object], args: list[Any], kwargs: dict[str, Any]) -> None:
    try:
        fn(*args, **kwargs)
    except BaseException as error:  # noqa: BLE001 - PanicException is a BaseException
        if not isinstance(error, ALLOWED):
            raise AssertionError(f"{type(error).__module__}.{type(error).__name__}: {error}") from error


TARGETS = targets()
INSTANCES = instances()
hostile_settings = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def test_every_class_has_targets() -> None:
    assert len(TARGETS) > 60
    names = {name for name, _ in TARGETS}
    assert {"Frame()", "Frame.with_seq", "ExecutionId.parse", "solo_partition", "AdmissionDecision.Throttled()"} <= names


@pytest.mark.parametrize(("name", "fn"), TARGETS, ids=[n for n, _ in TARGETS])
@hostile_settings
@given(args=st.lists(hostile, max_size=4), kwargs=st.dictionaries(st.sampled_from(["value", "tokens", "max_wait", "input_tokens", "custom", "request", "factor", "x"]), hostile, max_size=2))
def test_constructors_and_functions(name: str, fn: Callable[..., object], args: list[Any], kwargs: dict[str, Any]) -> None:
    call_hostile(fn, args, kwargs)


@pytest.mark.parametrize(("name", "make"), INSTANCES, ids=[n for n, _ in INSTANCES])
@hostile_settings
@given(data=st.data())
def test_methods_and_replace(name: str, make: Callable[[], object], data: st.DataObject) -> None:
    value = make()
    before = repr(value)
    for method in methods_of(value):
        args = data.draw(st.lists(hostile, max_size=3), label=method)
        call_hostile(getattr(value, method), args, {})
    for field in fields(value):
        new = data.draw(hostile, label=field)
        call_hostile(value.replace, [], {field: new})  # type: ignore[attr-defined]
    assert repr(value) == before  # nothing changed it


class FakePanic(BaseException):
    """Stands in for pyo3's PanicException, which is a BaseException."""


def test_the_harness_flags_a_panic() -> None:
    def panics() -> None:
        raise FakePanic("explicit panic")

    with pytest.raises(AssertionError, match="FakePanic: explicit panic"):
        call_hostile(panics, [], {})
    call_hostile(int, ["x"], {})  # a ValueError passes
