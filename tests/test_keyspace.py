"""The keyspace layer's Python surface: what the corpus cannot show —
bad input, custom partitioners, identity semantics, the JSON errors and
the Python-only decisions of keyspace.md."""

import pickle
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ff_core as ff
from ff_core import hash as fnv
from ff_core import keys
from ff_core.partition import SoloPartitioner

UUID = "67e55044-10b1-426f-9247-bb680e5fe0c8"
EID = ff.ExecutionId.parse(f"{{fp:7}}:{UUID}")
FLOW7 = ff.Partition(ff.PartitionFamily.Flow, 7)


class TestKeys:
    def test_exec_keys_use_the_given_partition(self) -> None:
        ctx = keys.ExecKeyContext(ff.Partition(ff.PartitionFamily.Budget, 31), EID)
        assert ctx.core() == f"ff:exec:{{b:31}}:{{fp:7}}:{UUID}:core"
        assert keys.ExecKeyContext.new(FLOW7, EID).tags() == f"ff:exec:{{fp:7}}:{{fp:7}}:{UUID}:tags"
        assert repr(ctx) == 'ExecKeyContext(hash_tag="{b:31}")'
        assert repr(keys.IndexKeys(FLOW7)) == 'IndexKeys(hash_tag="{fp:7}")'

    def test_contexts_compare_by_identity_and_do_not_hash(self) -> None:
        ctx = keys.ExecKeyContext(FLOW7, EID)
        assert ctx == ctx and ctx != keys.ExecKeyContext(FLOW7, EID)
        contexts: list[Any] = [ctx, keys.IndexKeys(FLOW7), keys.FlowIndexKeys(FLOW7)]
        for context in contexts:
            with pytest.raises(TypeError, match="unhashable"):
                hash(context)
            with pytest.raises(AttributeError):
                context.anything = 1

    def test_parameters_take_the_rust_types(self) -> None:
        ctx = keys.ExecKeyContext(FLOW7, EID)
        with pytest.raises(TypeError):
            ctx.stream(3)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            ctx.waitpoint(UUID)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            keys.ExecKeyContext(FLOW7, EID.as_str())  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            keys.lane_config_key("default")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            keys.noop_key(None)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="lone surrogate"):
            keys.noop_key("\ud800")
        assert keys.USAGE_DEDUP_KEY_PREFIX == "ff:usagededup:"

    @given(tag=st.text(), dedup=st.text())
    def test_free_functions_insert_text_verbatim(self, tag: str, dedup: str) -> None:
        valid = not any(0xD800 <= ord(c) <= 0xDFFF for c in tag + dedup)
        if valid:
            assert keys.usage_dedup_key(tag, dedup) == f"ff:usagededup:{tag}:{dedup}"
            assert keys.noop_key(tag) == f"ff:noop:{tag}"


class TestHash:
    def test_arguments(self) -> None:
        assert fnv.fnv1a_u64(memoryview(b"foobar")) == 0x85944171F73967E8
        with pytest.raises(TypeError):
            fnv.fnv1a_u64("foobar")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            fnv.fnv1a_xor8hex(b"a")  # type: ignore[arg-type]
        with pytest.raises(OverflowError):
            fnv.fnv1a_u16_mod("a", 65536)
        with pytest.raises(OverflowError):
            fnv.fnv1a_u16_mod("a", -1)
        assert fnv.fnv1a_u16_mod("a", 0) == 0

    def test_from_star_import_keeps_the_builtin_hash(self) -> None:
        namespace: dict[str, Any] = {}
        exec("from ff_core import *", namespace)
        assert "hash" not in namespace

    @given(data=st.binary(max_size=200))
    def test_fnv1a_u64_is_the_textbook_algorithm(self, data: bytes) -> None:
        expected = 0xCBF29CE484222325
        for byte in data:
            expected = ((expected ^ byte) * 0x100000001B3) % 2**64
        assert fnv.fnv1a_u64(data) == expected


class Fixed:
    def __init__(self, answer: object) -> None:
        self.answer = answer
        self.seen: list[tuple[object, object]] = []

    def partition_for_lane(self, lane: ff.LaneId, config: ff.PartitionConfig) -> int:
        self.seen.append((lane, config))
        return self.answer  # type: ignore[return-value]


class TestPartitioners:
    def test_crc_partitioner(self) -> None:
        crc = ff.Crc16SoloPartitioner()
        assert isinstance(crc, SoloPartitioner)
        assert crc.partition_for_lane(ff.LaneId("default"), ff.PartitionConfig()) == 86
        assert repr(crc) == "Crc16SoloPartitioner"
        assert crc == crc and crc != ff.Crc16SoloPartitioner()
        with pytest.raises(TypeError, match="unhashable"):
            hash(crc)
        with pytest.raises(ff.PartitionCountError) as caught:
            ff.solo_partition_with(ff.LaneId("x"), ff.PartitionConfig(0), crc)
        assert caught.value.payload is ff.PartitionFamily.Execution

    def test_custom_partitioner_is_called_and_unchecked(self) -> None:
        custom = Fixed(999)
        lane, config = ff.LaneId("x"), ff.PartitionConfig(0)
        partition = ff.solo_partition_with(lane, config, custom)
        assert (partition.family, partition.index) == (ff.PartitionFamily.Execution, 999)
        assert custom.seen == [(lane, config)]
        assert isinstance(custom, SoloPartitioner)

    def test_custom_partitioner_errors(self) -> None:
        lane, config = ff.LaneId("x"), ff.PartitionConfig()
        with pytest.raises(TypeError):
            ff.solo_partition_with(lane, config, Fixed("7"))
        with pytest.raises(TypeError):
            ff.solo_partition_with(lane, config, Fixed(7.0))
        with pytest.raises(OverflowError):
            ff.solo_partition_with(lane, config, Fixed(65536))
        with pytest.raises(OverflowError):
            ff.solo_partition_with(lane, config, Fixed(-1))

        class Boom:
            def partition_for_lane(self, lane: ff.LaneId, config: ff.PartitionConfig) -> int:
                raise KeyError("from the partitioner")

        with pytest.raises(KeyError, match="from the partitioner"):
            ff.solo_partition_with(lane, config, Boom())
        with pytest.raises(AttributeError):
            ff.solo_partition_with(lane, config, object())  # type: ignore[arg-type]

    def test_zero_counts(self) -> None:
        zero = ff.PartitionConfig(0, 0, 0)
        with pytest.raises(ff.PartitionCountError) as budget:
            ff.budget_partition(ff.BudgetId(), zero)
        assert budget.value.payload is ff.PartitionFamily.Budget
        with pytest.raises(ff.PartitionCountError) as quota:
            ff.quota_partition(ff.QuotaPolicyId(), zero)
        assert quota.value.payload is ff.PartitionFamily.Quota


class TestTypes:
    def test_counters(self) -> None:
        epoch = ff.LeaseEpoch(3)
        assert (int(epoch.next()), int(epoch)) == (4, 3)
        assert ff.LeaseEpoch.new(3) == epoch and ff.LeaseEpoch(1) < epoch
        with pytest.raises(OverflowError):
            ff.LeaseEpoch(2**64 - 1).next()
        with pytest.raises(OverflowError):
            ff.AttemptIndex(2**32)
        with pytest.raises(OverflowError):
            ff.LeaseEpoch(-1)

    def test_cancel_source(self) -> None:
        assert ff.CancelSource() is ff.CancelSource.OperatorOverride
        assert ff.CancelSource.from_str("flow_cascade") is ff.CancelSource.FlowCascade
        custom = ff.CancelSource.from_str("FlowCascade")
        assert isinstance(custom, ff.CancelSource.Custom) and custom._0 == "FlowCascade"
        assert ff.CancelSource.Custom("lease_holder") != ff.CancelSource.LeaseHolder
        assert ff.CancelSource.from_json(ff.CancelSource.Custom("lease_holder").to_json()) is ff.CancelSource.LeaseHolder
        with pytest.raises(TypeError, match="unhashable"):
            hash(ff.CancelSource())

    def test_none_variants_are_reached_by_getattr(self) -> None:
        for enum in (ff.BlockingReason, ff.TerminalOutcome, ff.AttemptState):
            none = getattr(enum, "None")
            assert repr(none) == str(none) == "None"
            assert enum.from_json('"none"') is none
            assert pickle.loads(pickle.dumps(none)) is none

    def test_json_errors_are_value_errors_with_serde_messages(self) -> None:
        with pytest.raises(ff.JsonError) as caught:
            ff.LeaseFence.from_json('{"lease_id":"' + UUID + '","attempt_id":"' + UUID + '"}')
        assert isinstance(caught.value, ValueError)
        assert str(caught.value) == "missing field `lease_epoch` at line 1 column 103"
        with pytest.raises(ff.JsonError, match="invalid type: integer `5`, expected a string at line 1 column 1"):
            ff.WorkerId.from_json("5")
        with pytest.raises(ff.JsonError, match="unknown variant `Submitted`"):
            ff.LifecyclePhase.from_json('"Submitted"')
        with pytest.raises(TypeError):
            ff.LeaseEpoch.from_json(5)  # type: ignore[arg-type]
        assert ff.PartitionKey.from_json('"{zz:0}"').as_str() == "{zz:0}"
        with pytest.raises(ff.PartitionKeyParseError):
            ff.PartitionKey.from_json('"{zz:0}"').parse()


class TestPolicyAndContracts:
    def test_defaults(self) -> None:
        assert ff.ExecutionPolicy().to_json() == (
            '{"priority":0,"max_reclaim_count":100,"max_replay_count":10,"budget_ids":[],'
            '"max_signals_per_execution":10000}'
        )
        assert ff.BackoffStrategy() == ff.BackoffStrategy.Exponential(1000, 60000, 2.0, False)
        assert ff.BackoffStrategy.from_json('{"type":"exponential","initial_delay_ms":1,"max_delay_ms":2,"multiplier":3}').to_json().endswith('"multiplier":3.0,"jitter":false}')
        routing = ff.RoutingRequirements(required_capabilities=iter(["b", "a", "b"]))
        assert routing.required_capabilities == ("a", "b")
        with pytest.raises(OverflowError):
            ff.ExecutionPolicy(priority=2**31)

    def test_stream_cursor(self) -> None:
        assert ff.StreamCursor.start() is ff.StreamCursor.Start
        assert ff.StreamCursor.beginning() == ff.StreamCursor.At("0-0") == ff.StreamCursor.from_beginning()
        at = ff.StreamCursor.At("-")  # built directly: not validated
        with pytest.raises(ff.JsonError) as caught:
            ff.StreamCursor.from_json('"-"')  # what Rust's serde writes for it
        assert str(caught.value) == "bare marker '-' is not a valid stream cursor; use 'start' or 'end'"
        with pytest.raises(ff.JsonError) as refused:
            at.to_json()  # so Python refuses to write it
        assert str(refused.value) == f"to_json would write a document that from_json refuses: {caught.value}"
        assert ff.StreamCursor.End.into_wire_string() == "+"
        with pytest.raises(TypeError):
            ff.StreamCursor.from_str(b"5-0")  # type: ignore[arg-type]

    def test_create_execution_args_has_no_equality(self) -> None:
        args = ff.CreateExecutionArgs(
            EID, ff.Namespace("n"), ff.LaneId("l"), "k", bytearray(b"x"), None, 1, "c", None, {"b": "2", "a": "1"},
            None, None, None, 7, ff.TimestampMs(0),
        )
        assert args == args and args != args.replace()
        assert args.input_payload == b"x"
        assert dict(args.tags) == {"a": "1", "b": "2"}
        with pytest.raises(TypeError):
            args.tags["c"] = "3"  # type: ignore[index]
        with pytest.raises(TypeError, match="missing required argument 'now'"):
            ff.CreateExecutionArgs(*[getattr(args, f) for f in ff.CreateExecutionArgs.__match_args__][:-1])

    def test_claim_results_match(self) -> None:
        claimed = ff.ClaimedExecution(
            EID, ff.LeaseId.parse(UUID), ff.LeaseEpoch(1), ff.AttemptIndex(0), ff.AttemptId.parse(UUID),
            ff.AttemptType.Initial, ff.TimestampMs(5),
        )
        match ff.ClaimExecutionResult.Claimed(claimed):
            case ff.ClaimExecutionResult.Claimed(ff.ClaimedExecution(execution_id=eid)):
                assert eid == EID
            case _:
                pytest.fail("expected Claimed")
        grant = ff.ClaimGrant(EID, ff.PartitionKey(FLOW7), "g", 1)
        assert grant.partition() == FLOW7
        with pytest.raises(TypeError, match="unhashable"):
            hash(grant)
