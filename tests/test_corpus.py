"""The cross-language corpus (tests/corpus/*.json), computed by the Rust
ff-core 0.3.4 (rust/ff_core_py/tests/corpus.rs), replayed through the Python API:
the same keys, hashes, partitions, Debug/Display/JSON texts, cursor
parses and derived public states, vector for vector."""

import json
import pathlib
from collections.abc import Callable
from typing import Any

import ff_core as ff
import pytest
from ff_core import hash as fnv
from ff_core import keys

CORPUS = pathlib.Path(__file__).parent / "corpus"


def load(name: str) -> list[dict[str, Any]]:
    vectors: list[dict[str, Any]] = json.loads((CORPUS / name).read_text())
    return vectors


def build(arg: dict[str, Any]) -> Any:
    """A typed corpus argument as the Python value the API takes."""
    kind = arg["type"]
    if kind == "Partition":
        return ff.Partition(getattr(ff.PartitionFamily, arg["family"]), arg["index"])
    value = arg["value"]
    if kind == "str":
        return value
    if kind == "PartitionKey":
        return ff.PartitionKey.from_json(json.dumps(value))
    if kind in ("ExecutionId", "FlowId", "SignalId", "WaitpointId", "EdgeId", "BudgetId", "QuotaPolicyId"):
        return getattr(ff, kind).parse(value)
    return getattr(ff, kind)(value)  # LaneId, WorkerInstanceId, WaitpointKey, AttemptIndex


def config(counts: list[int]) -> ff.PartitionConfig:
    return ff.PartitionConfig(*counts)


def test_keys() -> None:
    vectors = load("keys.json")
    assert len(vectors) > 3000
    for v in vectors:
        if v["context"]:
            owner = getattr(keys, v["context"])(*[build(a) for a in v["new"]])
            method = getattr(owner, v["method"])
        else:
            method = getattr(keys, v["method"])
        assert method(*[build(a) for a in v["args"]]) == v["key"], v


def test_hash() -> None:
    for v in load("hash.json"):
        text = v["text"]
        assert fnv.fnv1a_u64(text.encode()) == v["u64"]
        assert fnv.fnv1a_u64(bytearray(text.encode())) == v["u64"]
        assert fnv.fnv1a_xor8hex(text) == v["xor8hex"]
        for m in v["u16_mod"]:
            assert fnv.fnv1a_u16_mod(text, m["modulus"]) == m["value"]


def test_partitions() -> None:
    functions: dict[str, Callable[[Any, ff.PartitionConfig], ff.Partition]] = {
        "budget_partition": ff.budget_partition,
        "quota_partition": ff.quota_partition,
        "solo_partition": ff.solo_partition,
    }
    for v in load("partitions.json"):
        result = v["result"]
        call: Callable[[], ff.Partition]
        if v["function"] == "Partition.try_from":
            call = lambda: ff.Partition.try_from(build(v["arg"]))  # noqa: E731
            error_type: type[Exception] = ff.PartitionKeyParseError
        else:
            call = lambda: functions[v["function"]](build(v["arg"]), config(v["config"]))  # noqa: E731
            error_type = ff.PartitionCountError
        if "error" in result:
            with pytest.raises(error_type) as caught:
                call()
            assert str(caught.value) == result["error"]
        elif "panic" in result:
            # ff-core panics on a zero count; Python checks first and raises.
            assert "must be > 0" in result["panic"]
            with pytest.raises(ff.PartitionCountError, match="is 0; it must be at least 1"):
                call()
        else:
            partition = call()
            assert (repr(partition.family), partition.index) == (result["family"], result["index"])


def test_formats() -> None:
    vectors = load("formats.json")
    every_new_type = {
        "BudgetId", "QuotaPolicyId", "LeaseId", "AttemptId", "WaitpointId", "SuspensionId", "EdgeId", "WorkerId",
        "WorkerInstanceId", "WaitpointKey", "LeaseEpoch", "AttemptIndex", "LeaseFence", "CancelSource",
        "LifecyclePhase", "OwnershipState", "EligibilityState", "BlockingReason", "TerminalOutcome", "AttemptState",
        "PublicState", "AttemptLifecycle", "AttemptType", "LaneState", "StreamCursor", "ExecutionPolicy",
        "RetryPolicy", "BackoffStrategy", "RoutingRequirements", "ClaimedExecution", "ClaimExecutionResult",
        "CreateExecutionArgs", "ClaimGrant",
    }
    assert {v["type"] for v in vectors} >= every_new_type
    for v in vectors:
        cls = getattr(ff, v["type"])
        if "json" not in v:  # no serde upstream: checked field by field below
            continue
        value = cls.from_json(v["json"])
        assert repr(value) == v["debug"], v
        assert str(value) == v["display"], v
        assert value.to_json() == v["json"], v


def test_claim_grant_debug() -> None:
    (v,) = [v for v in load("formats.json") if v["type"] == "ClaimGrant"]
    eid = ff.ExecutionId.parse("{fp:7}:67e55044-10b1-426f-9247-bb680e5fe0c8")
    grant = ff.ClaimGrant(eid, ff.PartitionKey(ff.Partition(ff.PartitionFamily.Flow, 42)), "g", 1_700_000_000_000)
    assert repr(grant) == v["debug"]


def test_stream_cursor() -> None:
    for v in load("stream_cursor.json"):
        if "error" in v:
            with pytest.raises(ff.StreamCursorParseError) as caught:
                ff.StreamCursor.from_str(v["text"])
            assert (str(caught.value), caught.value.variant) == (v["error"], v["variant"])
        else:
            for parse in (ff.StreamCursor.from_str, ff.StreamCursor.try_from):
                cursor = parse(v["text"])
                assert (repr(cursor), str(cursor), cursor.to_wire(), cursor.is_concrete()) == (
                    v["debug"], v["display"], v["wire"], v["concrete"],
                )


def test_derive_public_state_table() -> None:
    vectors = load("public_state.json")
    assert len(vectors) == 5 * 9 * 6
    for v in vectors:
        state = ff.StateVector.from_json(v["state"])
        assert repr(state.derive_public_state()) == v["derived"]
        assert state.is_consistent() == v["consistent"]
