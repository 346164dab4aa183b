"""The sample of every `contracts` type that ff-core wrote to
tests/corpus/contracts.json (rust/ff_core_py/tests/contracts_samples), as a
Python value: read from its JSON, or for the types without serde, built
from the same sample field values the Rust side uses."""

import json
import pathlib
from collections.abc import Callable
from typing import Any

import ff_core as ff
from conftest import UUID

VECTORS: list[dict[str, Any]] = json.loads((pathlib.Path(__file__).parent / "corpus" / "contracts.json").read_text())

# The Rust samples of the field types (contracts_samples/mod.rs).
TEXT = 'a "b" é\n{fp:1}'
U64_MAX = 2**64 - 1
I64_MIN = -(2**63)
EID = ff.ExecutionId.parse(f"{{fp:7}}:{UUID}")
TS = ff.TimestampMs(1_700_000_000_000)
TAGS = {"z": "1", "a": "2"}


def _attempt() -> ff.AttemptSummary:
    return ff.AttemptSummary(ff.AttemptId.from_uuid(UUID), ff.AttemptIndex(2))


def _lease() -> ff.LeaseSummary:
    return ff.LeaseSummary(ff.LeaseEpoch(3), ff.WorkerInstanceId("worker-1/0"), TS)


def _execution(full: bool) -> ff.ExecutionSnapshot:
    some = (lambda value: value) if full else (lambda value: None)
    return ff.ExecutionSnapshot(
        EID, some(ff.FlowId.from_uuid(UUID)), ff.LaneId("default"), ff.Namespace("tenant-a"), ff.PublicState.Active,
        some(TEXT), some(TEXT), some(_attempt()), some(_lease()), some(ff.WaitpointId.from_uuid(UUID)), TS, TS,
        4_000_000_000, TAGS if full else {},
    )


def _flow(full: bool) -> ff.FlowSnapshot:
    some = (lambda value: value) if full else (lambda value: None)
    return ff.FlowSnapshot(
        ff.FlowId.from_uuid(UUID), TEXT, ff.Namespace("tenant-a"), TEXT, U64_MAX, 4_000_000_000, 4_000_000_000, TS, TS,
        some(TS), some(TEXT), some(TEXT), TAGS if full else {},
    )


def edge(full: bool) -> ff.EdgeSnapshot:
    return ff.EdgeSnapshot(
        ff.EdgeId.from_uuid(UUID), ff.FlowId.from_uuid(UUID), EID, EID, TEXT, TEXT, TEXT if full else None, TEXT, TS,
        TEXT,
    )


BUILT: dict[tuple[str, str, int], Callable[[], object]] = {
    ("ClaimGrant", "", 0): lambda: ff.ClaimGrant(EID, ff.PartitionKey(ff.Partition(ff.PartitionFamily.Flow, 42)), TEXT, U64_MAX),
    ("ReclaimGrant", "", 0): lambda: ff.ReclaimGrant(
        EID, ff.PartitionKey(ff.Partition(ff.PartitionFamily.Flow, 42)), TEXT, U64_MAX, ff.LaneId("default"),
    ),
    ("ExecutionSnapshot", "", 0): lambda: _execution(True),
    ("ExecutionSnapshot", "", 1): lambda: _execution(False),
    ("AttemptSummary", "", 0): _attempt,
    ("LeaseSummary", "", 0): _lease,
    ("FlowSnapshot", "", 0): lambda: _flow(True),
    ("FlowSnapshot", "", 1): lambda: _flow(False),
    ("EdgeSnapshot", "", 0): lambda: edge(True),
    ("EdgeSnapshot", "", 1): lambda: edge(False),
    ("RotateWaitpointHmacSecretArgs", "", 0): lambda: ff.RotateWaitpointHmacSecretArgs(TEXT, TEXT, U64_MAX),
    ("RotateWaitpointHmacSecretOutcome", "Rotated", 0): lambda: ff.RotateWaitpointHmacSecretOutcome.Rotated(
        TEXT, TEXT, 4_000_000_000,
    ),
    ("RotateWaitpointHmacSecretOutcome", "Noop", 0): lambda: ff.RotateWaitpointHmacSecretOutcome.Noop(TEXT),
    ("ListWaitpointHmacKidsArgs", "", 0): ff.ListWaitpointHmacKidsArgs,
    ("WaitpointHmacKids", "", 0): lambda: ff.WaitpointHmacKids(TEXT, [ff.VerifyingKid(TEXT, I64_MIN)]),
    ("WaitpointHmacKids", "", 1): lambda: ff.WaitpointHmacKids(None, []),
    ("VerifyingKid", "", 0): lambda: ff.VerifyingKid(TEXT, I64_MIN),
}


def _make(vector: dict[str, Any], index: int) -> Callable[[], object]:
    if "json" in vector:
        return lambda: getattr(ff.contracts, vector["type"]).from_json(vector["json"])
    return BUILT[(vector["type"], vector["variant"], index)]


def samples() -> list[tuple[dict[str, Any], Callable[[], object]]]:
    """Each vector with a function that makes its value."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for vector in VECTORS:
        key = (vector["type"], vector["variant"])
        index = seen.get(key, 0)
        seen[key] = index + 1
        out.append((vector, _make(vector, index)))
    return out


def sample_name(vector: dict[str, Any]) -> str:
    return f"{vector['type']}.{vector['variant']}" if vector["variant"] else vector["type"]
