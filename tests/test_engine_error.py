"""`ff_core.engine_error` (rust/ff_core_py/src/engine_error.rs): every variant
built from Python, its `str`/`repr`/`class_()` checked against the vectors
ff-core wrote (tests/corpus/engine_error.json), and the exception protocol:
`except` by variant, read-only fields, `__cause__`, pickling."""

import json
import pathlib
import pickle
from collections.abc import Callable
from typing import Any

import ff_core as ff
import pytest
from contract_samples import edge
from ff_core.engine_error import (
    BugKind,
    ConflictKind,
    ContentionKind,
    EngineError,
    StateKind,
    ValidationKind,
)

VECTORS: list[dict[str, Any]] = json.loads(
    (pathlib.Path(__file__).parent / "corpus" / "engine_error.json").read_text()
)

KIND_DATA: dict[str, Callable[[], object]] = {
    "ExecutionNotActive": lambda: ContentionKind.ExecutionNotActive("success", "3", "terminal", 'a "b"'),
    "DependencyAlreadyExists": lambda: ConflictKind.DependencyAlreadyExists(edge(True)),
    "RotationConflict": lambda: ConflictKind.RotationConflict("kid1"),
}


def build(vector: dict[str, Any]) -> EngineError:
    kind_name, variant = vector["kind"], vector["variant"]
    if not kind_name:
        plain: dict[str, Callable[[], EngineError]] = {
            "not found: execution": lambda: EngineError.NotFound("execution"),
            "unavailable: claim_from_grant": lambda: EngineError.Unavailable("claim_from_grant"),
            "transport (valkey): refused": lambda: EngineError.Transport("valkey", OSError("refused")),
        }
        return plain[vector["display"]]()
    make = KIND_DATA.get(variant)
    kind: Any = make() if make else getattr(getattr(ff.engine_error, kind_name), variant)
    if kind_name == "ValidationKind":
        return EngineError.Validation(kind, "lane_id")
    error_class: Any = {"ContentionKind": EngineError.Contention, "ConflictKind": EngineError.Conflict,
                        "StateKind": EngineError.State, "BugKind": EngineError.Bug}[kind_name]
    error: EngineError = error_class(kind)
    return error


@pytest.mark.parametrize("vector", VECTORS, ids=[v["variant"] or v["display"] for v in VECTORS])
def test_every_variant_as_ff_core_shows_and_classes_it(vector: dict[str, Any]) -> None:
    error = build(vector)
    assert str(error) == vector["display"]
    assert error.class_() == getattr(ff.ErrorClass, vector["class"])
    if vector["variant"] or "transport" not in vector["display"]:
        assert repr(error) == vector["debug"]
    else:  # the source is a Python exception: its Debug is its repr
        assert repr(error) == "Transport { backend: \"valkey\", source: OSError('refused') }"
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error) and repr(again) == repr(error)


def test_the_corpus_covers_every_kind_variant() -> None:
    for kind in (ValidationKind, ContentionKind, ConflictKind, StateKind, BugKind):
        variants = {n for n in dir(kind) if n[0].isupper()}
        assert variants == {v["variant"] for v in VECTORS if v["kind"] == kind.__name__}, kind


def test_except_by_variant() -> None:
    with pytest.raises(EngineError.Contention) as caught:
        raise EngineError.Contention(ContentionKind.LeaseConflict)
    assert caught.value.kind is ContentionKind.LeaseConflict
    assert issubclass(EngineError.Contention, EngineError) and issubclass(EngineError, Exception)
    assert not issubclass(EngineError, ValueError)
    assert EngineError.Contention.__qualname__ == "EngineError.Contention"
    match caught.value:
        case EngineError.Contention(kind=ContentionKind.LeaseConflict):
            pass
        case _:
            pytest.fail("no match")


def test_fields_are_read_only_and_validated() -> None:
    error = EngineError.Validation(ValidationKind.InvalidInput, "lane")
    assert (error.kind, error.detail) == (ValidationKind.InvalidInput, "lane")
    with pytest.raises(AttributeError):
        error.detail = "other"  # type: ignore[misc]
    with pytest.raises(TypeError, match="argument 'kind'"):
        EngineError.Validation(StateKind.Terminal, "lane")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="argument 'source'"):
        EngineError.Transport("valkey", "not an exception")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        EngineError()  # type: ignore[call-arg]


def test_transport_keeps_its_source_as_the_cause() -> None:
    source = ConnectionResetError("peer reset")
    error = EngineError.Transport("valkey", source)
    assert error.source is source and error.__cause__ is source
    assert str(error) == "transport (valkey): peer reset"
    assert pickle.loads(pickle.dumps(error)).__cause__.args == ("peer reset",)


def test_labels_are_interned_not_leaked_per_error() -> None:
    """`&'static str` fields: a bounded table of distinct texts."""
    for _ in range(10_000):
        EngineError.NotFound("execution")
    with pytest.raises(ValueError, match="at most 256 bytes"):
        EngineError.Unavailable("x" * 257)


def test_a_python_backend_reports_errors_as_a_rust_one_does() -> None:
    """`CompletionBackend`'s default filtered subscription, as Rust's."""
    import asyncio
    from collections.abc import AsyncIterator

    from ff_core.completion_backend import CompletionBackend

    class Everything(CompletionBackend):
        async def subscribe_completions(self) -> AsyncIterator[ff.CompletionPayload]:
            async def none() -> AsyncIterator[ff.CompletionPayload]:
                payloads: tuple[ff.CompletionPayload, ...] = ()
                for payload in payloads:
                    yield payload

            return none()

    backend = Everything()
    assert isinstance(backend, CompletionBackend)
    asyncio.run(backend.subscribe_completions_filtered(ff.ScannerFilter()))
    with pytest.raises(EngineError.Unavailable) as caught:
        asyncio.run(backend.subscribe_completions_filtered(ff.ScannerFilter().with_namespace(ff.Namespace("a"))))
    assert str(caught.value) == "unavailable: subscribe_completions_filtered (filter non-trivial; backend did not override)"
    assert caught.value.class_() is ff.ErrorClass.Terminal
