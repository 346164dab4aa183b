"""Typing cases that must pass: attribute and return types across all the
types, checked with `assert_type` by `mypy --strict` (never run)."""

import uuid
from collections.abc import Mapping
from datetime import timedelta
from typing import Literal

from typing_extensions import assert_never, assert_type

import valkey
import valkey.asyncio

import ff_core as ff
from ff_core.valkey import afilter_candidates, filter_candidates
from ff_core import (
    AdmissionDecision,
    BackendConnection,
    CancelFlowWait,
    FailOutcome,
    FailOutcomeVariant,
    PartitionFamily,
)


def types_module() -> None:
    ns = ff.Namespace("tenant-a")
    assert_type(ns.as_str(), str)
    assert_type(ff.Namespace.new("x"), ff.Namespace)
    assert_type(ff.LaneId.try_new("default"), ff.LaneId)
    assert_type(ff.LANE_ID_MAX_BYTES, int)
    flow = ff.FlowId()
    assert_type(flow.as_bytes(), bytes)
    assert_type(ff.FlowId.from_uuid(uuid.uuid4()), ff.FlowId)
    assert_type(ff.SignalId.parse("x"), ff.SignalId)
    config = ff.PartitionConfig()
    eid = ff.ExecutionId.solo(ff.LaneId("default"), config)
    assert_type(eid, ff.ExecutionId)
    assert_type(eid.partition(), int)
    assert_type(ff.ExecutionId.deterministic_for_flow(flow, config, uuid.uuid4()), ff.ExecutionId)
    ts = ff.TimestampMs(5)
    assert_type(int(ts), int)
    assert_type(ts < ff.TimestampMs.now(), bool)
    assert_type(ff.WaitpointToken("k:v").as_str(), str)
    try:
        ff.LaneId.try_new("")
    except ff.LaneIdError as error:
        assert_type(error.payload, int | None)
    try:
        ff.ExecutionId.parse("")
    except ff.ExecutionIdParseError as error:
        assert_type(error.payload, str)


def partition_module() -> None:
    config = ff.PartitionConfig(num_flow_partitions=8)
    assert_type(config.count_for(PartitionFamily.Budget), int)
    p = ff.solo_partition(ff.LaneId("x"), config)
    assert_type(p, ff.Partition)
    assert_type(p.family, PartitionFamily)
    assert_type(p.index, int)
    assert_type(p.hash_tag(), str)
    key = ff.PartitionKey(p)
    assert_type(key.parse(), ff.Partition)
    assert_type(ff.flow_partition(ff.FlowId(), config), ff.Partition)
    assert_type(ff.execution_partition(ff.ExecutionId.parse("x"), config), ff.Partition)
    try:
        ff.flow_partition(ff.FlowId(), ff.PartitionConfig(0))
    except ff.PartitionCountError as error:
        assert_type(error.payload, PartitionFamily)


def backend_structs() -> None:
    frame = ff.Frame(b"x", ff.FrameKind.Stdout)
    assert_type(frame.bytes, bytes)
    assert_type(frame.seq, int | None)
    assert_type(frame.kind, ff.FrameKind)
    assert_type(frame.replace(bytes=bytearray(b"y")), ff.Frame)
    assert_type(frame.replace(bytes=memoryview(b"z"), seq=None), ff.Frame)
    assert_type(ff.Frame.__match_args__, tuple[Literal["bytes"], Literal["kind"], Literal["seq"]])
    match frame:
        case ff.Frame(data, kind, seq=None):
            assert_type(data, bytes)
            assert_type(kind, ff.FrameKind)
        case _:
            pass
    assert_type(ff.Frame.with_seq(b"x", ff.FrameKind.Blob, 1), ff.Frame)
    handle = ff.Handle(ff.BackendTag.Valkey, ff.HandleKind.Fresh, ff.HandleOpaque(b""))
    assert_type(handle.opaque.as_bytes(), bytes)
    assert_type(handle.backend, ff.BackendTag)
    caps = ff.CapabilitySet(["gpu"])
    assert_type(caps.tokens, tuple[str, ...])
    assert_type(caps.replace(tokens=("a", "b")), ff.CapabilitySet)
    assert_type(ff.ClaimPolicy(max_wait=timedelta(seconds=1)).max_wait, timedelta | None)
    spec = ff.WaitpointSpec(ff.WaitpointKind.External, b"m", ff.WaitpointHmac("k:v"))
    assert_type(spec.hmac_token.token(), ff.WaitpointToken)
    assert_type(spec.matcher, bytes)
    reason = ff.FailureReason.with_detail("boom", b"stack")
    assert_type(reason.detail, bytes | None)
    usage = ff.UsageDimensions(custom={"a": 1})
    assert_type(usage.custom, Mapping[str, int])
    assert_type(usage.replace(custom={}, wall_ms=None), ff.UsageDimensions)
    assert_type(usage.wall_ms, int | None)
    grant = ff.ReclaimGrant(ff.ExecutionId.parse("x"), ff.PartitionKey(ff.Partition(PartitionFamily.Flow, 0)), "g", 1, ff.LaneId("d"))
    assert_type(ff.ReclaimToken(grant).grant.expires_at_ms, int)
    assert_type(grant.partition(), ff.Partition)
    assert_type(ff.LeaseRenewal(1, 2).lease_epoch, int)
    payload = ff.CompletionPayload(ff.ExecutionId.parse("x"), "ok", None, ff.TimestampMs(0))
    assert_type(payload.with_flow_id(ff.FlowId()).flow_id, ff.FlowId | None)
    assert_type(payload.payload_bytes, bytes | None)
    signal = ff.ResumeSignal(ff.SignalId(), "n", "c", "t", "i", "cid", ff.TimestampMs(0), None)
    assert_type(signal.accepted_at, ff.TimestampMs)
    config = ff.BackendConfig.valkey("h", 6379)
    assert_type(config.timeouts.request, timedelta | None)
    assert_type(config.replace(retry=config.retry.replace(factor=2)), ff.BackendConfig)
    scanner = ff.ScannerFilter().with_namespace(ff.Namespace("a"))
    assert_type(scanner.matches(b"a", None), bool)
    assert_type(scanner.matches_many([(b"a", b"v"), ("a", None), (ff.Namespace("a"), "v")]), list[bool])
    assert_type(config.retry.factor, int | None)
    assert_type(config.connection, BackendConnection)
    scanner = ff.ScannerFilter.NOOP.with_namespace(ff.Namespace("a")).with_instance_tag("k", "v")
    assert_type(scanner.matches("a", None), bool)
    assert_type(scanner.matches_many([("a", "v"), (None, None), (ff.Namespace("a"), "v")]), list[bool])
    assert_type(scanner.instance_tag, tuple[str, str] | None)
    assert_type(scanner.namespace, ff.Namespace | None)


def open_enums(decision: AdmissionDecision, wait: CancelFlowWait, conn: BackendConnection) -> str:
    # Non-exhaustive in Rust: the wildcard arm is required.
    match decision:
        case AdmissionDecision.Admitted:
            pass
        case AdmissionDecision.Throttled(retry_after_ms=ms):
            assert_type(ms, int)
        case AdmissionDecision.Rejected(reason=reason):
            assert_type(reason, str)
        case _:
            pass
    match wait:
        case CancelFlowWait.WaitTimeout(timeout):
            assert_type(timeout, timedelta)
        case _:
            pass
    match conn:
        case BackendConnection.Valkey(valkey):
            return valkey.host
        case _:
            return "other"


def closed_enums(family: PartitionFamily, outcome: FailOutcomeVariant) -> str:
    # Exhaustive in Rust: naming every variant is enough, assert_never holds.
    match family:
        case PartitionFamily.Flow | PartitionFamily.Execution:
            pass
        case PartitionFamily.Budget:
            pass
        case PartitionFamily.Quota:
            pass
        case _:
            assert_never(family)
    match outcome:
        case FailOutcome.RetryScheduled(delay_until=when):
            assert_type(when, ff.TimestampMs)
            return "retry"
        case FailOutcome.TerminalFailed:
            return "terminal"
        case _:
            assert_never(outcome)


def variant_values_are_enum_values() -> None:
    a: AdmissionDecision = AdmissionDecision.Throttled(retry_after_ms=25)
    b: CancelFlowWait = CancelFlowWait.NoWait
    c: FailOutcome = FailOutcome.TerminalFailed
    d: FailOutcomeVariant = FailOutcome.RetryScheduled(ff.TimestampMs(1))
    e: BackendConnection = BackendConnection.Valkey(ff.ValkeyConnection("h", 1))
    print(a, b, c, d, e)


def keyspace() -> None:
    from ff_core import hash as fnv
    from ff_core import keys

    eid = ff.ExecutionId.parse("{fp:7}:67e55044-10b1-426f-9247-bb680e5fe0c8")
    partition = ff.execution_partition(eid, ff.PartitionConfig())
    ctx = keys.ExecKeyContext(partition, eid)
    assert_type(ctx.core(), str)
    assert_type(ctx.stream(ff.AttemptIndex(0)), str)
    assert_type(keys.IndexKeys(partition).lane_eligible(ff.LaneId("default")), str)
    assert_type(keys.noop_key(ctx.hash_tag()), str)
    assert_type(fnv.fnv1a_u64(b"x"), int)
    assert_type(ff.LeaseEpoch(1).next(), ff.LeaseEpoch)
    fence = ff.LeaseFence(ff.LeaseId(), ff.LeaseEpoch(0), ff.AttemptId())
    assert_type(fence.lease_epoch, ff.LeaseEpoch)
    assert_type(ff.LeaseFence.from_json(fence.to_json()), ff.LeaseFence)
    assert_type(ff.CancelSource.from_str("x"), ff.CancelSource)
    assert_type(ff.budget_partition(ff.BudgetId(), ff.PartitionConfig()), ff.Partition)
    assert_type(ff.solo_partition_with(ff.LaneId("x"), ff.PartitionConfig(), ff.Crc16SoloPartitioner()), ff.Partition)
    cursor = ff.StreamCursor.from_str("5-0")
    assert_type(cursor.to_wire(), str)
    match cursor:
        case ff.StreamCursor.At(text):
            assert_type(text, str)
        case _:
            pass
    state = ff.StateVector.from_json("{}")
    assert_type(state.derive_public_state(), ff.PublicState)
    policy = ff.ExecutionPolicy(budget_ids=[ff.BudgetId()])
    assert_type(policy.budget_ids, tuple[ff.BudgetId, ...])
    assert_type(policy.replace(priority=1), ff.ExecutionPolicy)
    match ff.BackoffStrategy():
        case ff.BackoffStrategy.Exponential(initial_delay_ms=first, multiplier=factor):
            assert_type(first, int)
            assert_type(factor, float)
        case _:
            pass


def closed_state_enum(phase: ff.LifecyclePhase) -> str:
    match phase:
        case ff.LifecyclePhase.Submitted | ff.LifecyclePhase.Runnable:
            return "waiting"
        case ff.LifecyclePhase.Active | ff.LifecyclePhase.Suspended:
            return "running"
        case ff.LifecyclePhase.Terminal:
            return "done"


def scanning_valkey(client: valkey.Valkey, cluster: valkey.ValkeyCluster, eids: list[ff.ExecutionId]) -> None:
    scanner = ff.ScannerFilter().with_namespace(ff.Namespace("tenant-a"))
    assert_type(filter_candidates(client, scanner, eids), list[ff.ExecutionId])
    assert_type(filter_candidates(cluster, scanner, iter(eids), config=ff.PartitionConfig(), batch_size=64), list[ff.ExecutionId])


async def scanning_valkey_async(client: valkey.asyncio.Valkey, eids: list[ff.ExecutionId]) -> None:
    kept = await afilter_candidates(client, ff.ScannerFilter(), eids)
    assert_type(kept, list[ff.ExecutionId])
