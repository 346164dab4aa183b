"""Our types against the real ff-server 0.3.4 (see ``ff_server``): a body
built with ``to_json()`` is accepted, the answer parses with the route's
type, and writing that value again gives the server's bytes back."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import ff_core as ff
import pytest
import valkey

from ff_server_process import FfServer, ff_server
from ff_worker import Worker
from valkey_servers import LOOPBACK, Server, server

CONFIG = ff.PartitionConfig()


@pytest.fixture(scope="module")
def valkey_server() -> Iterator[Server]:
    with server() as running:
        yield running


@pytest.fixture(scope="module")
def api(valkey_server: Server) -> Iterator[FfServer]:
    with ff_server(valkey_server.port) as running:
        yield running


@pytest.fixture
def worker(api: FfServer, valkey_server: Server) -> Iterator[Worker]:
    """A worker on a lane of its own, so the scheduler's grant is for this test's execution."""
    with valkey.Valkey(host=LOOPBACK, port=valkey_server.port) as client:
        yield Worker(api.base, client, ff.LaneId(f"lane-{uuid.uuid4().hex[:12]}"))


def create_args(lane: str = "default", idempotency_key: str | None = None) -> ff.CreateExecutionArgs:
    return ff.CreateExecutionArgs(
        ff.ExecutionId.solo(ff.LaneId(lane), CONFIG), ff.Namespace("tenant-a"), ff.LaneId(lane), "report",
        b'{"week": 48}', "json", 5, "ops", idempotency_key, {"team": "data"}, None, None, None,
        CONFIG.num_flow_partitions, ff.TimestampMs.now(),
    )


def create(api: FfServer, args: ff.CreateExecutionArgs, status: int = 201) -> ff.CreateExecutionResult:
    answer = api.request("POST", "/v1/executions", args.to_json())
    assert answer.status == status, answer.body
    result = ff.CreateExecutionResult.from_json(answer.body)
    assert result.to_json().encode() == answer.body
    return result


def test_create_execution(api: FfServer) -> None:
    args = create_args()
    match create(api, args):
        case ff.CreateExecutionResult.Created(execution_id=eid, public_state=state):
            assert eid == args.execution_id
            assert state is ff.PublicState.Waiting
        case _:
            pytest.fail("expected Created")


def test_create_again_with_the_idempotency_key_is_a_duplicate(api: FfServer) -> None:
    args = create_args(idempotency_key="weekly-48")
    first = create(api, args)
    assert isinstance(first, ff.CreateExecutionResult.Created)
    again = create(api, args.replace(execution_id=ff.ExecutionId.solo(ff.LaneId("default"), CONFIG)), status=200)
    # ff-server 0.3.4 answers with the id of the second request, not the first.
    assert isinstance(again, ff.CreateExecutionResult.Duplicate)


def test_state_reads_as_public_state(api: FfServer) -> None:
    args = create_args()
    create(api, args)
    answer = api.request("GET", f"/v1/executions/{args.execution_id}/state")
    assert answer.status == 200
    state = ff.PublicState.from_json(answer.body)
    assert state is ff.PublicState.Waiting
    assert state.to_json().encode() == answer.body


def test_cancel_execution(api: FfServer) -> None:
    args = create_args()
    create(api, args)
    cancel = ff.CancelExecutionArgs(args.execution_id, "superseded", ff.CancelSource(), None, None, None, ff.TimestampMs.now())
    answer = api.request("POST", f"/v1/executions/{args.execution_id}/cancel", cancel.to_json())
    assert answer.status == 200, answer.body
    result = ff.CancelExecutionResult.from_json(answer.body)
    assert result == ff.CancelExecutionResult.Cancelled(args.execution_id, ff.PublicState.Cancelled)
    assert result.to_json().encode() == answer.body
    state = api.request("GET", f"/v1/executions/{args.execution_id}/state")
    assert ff.PublicState.from_json(state.body) is ff.PublicState.Cancelled


def test_an_unknown_execution_is_an_error_answer(api: FfServer) -> None:
    eid = ff.ExecutionId.solo(ff.LaneId("default"), CONFIG)
    cancel = ff.CancelExecutionArgs(eid, "gone", ff.CancelSource(), None, None, None, ff.TimestampMs.now())
    answer = api.request("POST", f"/v1/executions/{eid}/cancel", cancel.to_json())
    assert (answer.status, answer.json()) == (400, {"error": "ff_cancel_execution failed: execution_not_found"})
    state = api.request("GET", f"/v1/executions/{eid}/state")
    assert state.status == 404, state.body
    assert set(state.json()) == {"error"}


def answer_of(answer: Any, cls: Any, status: int = 200) -> Any:
    """The route's answer as `cls`, checked to write back to the server's bytes."""
    assert answer.status == status, answer.body
    value = cls.from_json(answer.body)
    assert value.to_json().encode() == answer.body
    return value


def test_execution_info_and_the_list(api: FfServer) -> None:
    args = create_args()
    create(api, args)
    info = answer_of(api.request("GET", f"/v1/executions/{args.execution_id}"), ff.ExecutionInfo)
    assert (info.execution_id, info.public_state, info.lane_id, info.priority) == (
        args.execution_id, ff.PublicState.Waiting, "default", 5,
    )
    assert info.state_vector.derive_public_state() is ff.PublicState.Waiting
    partition = args.execution_id.partition()
    listed = answer_of(api.request("GET", f"/v1/executions?partition={partition}&lane=default&limit=1000"),
                       ff.ListExecutionsResult)
    assert listed.total_returned == len(listed.executions)
    assert args.execution_id in [summary.execution_id for summary in listed.executions]


def test_change_priority(api: FfServer) -> None:
    args = create_args()
    create(api, args)
    answer = api.request("PUT", f"/v1/executions/{args.execution_id}/priority", '{"new_priority": 9}')
    assert answer_of(answer, ff.ChangePriorityResult) == ff.ChangePriorityResult.Changed(args.execution_id)


def test_revoke_without_a_lease_and_replay_after_cancel(api: FfServer) -> None:
    args = create_args()
    create(api, args)
    revoked = api.request("POST", f"/v1/executions/{args.execution_id}/revoke-lease")
    assert revoked.status == 404 and "no active lease" in revoked.json()["error"]
    early = api.request("POST", f"/v1/executions/{args.execution_id}/replay")
    assert early.status == 400 and set(early.json()) >= {"error"}  # not terminal yet
    cancel = ff.CancelExecutionArgs(args.execution_id, "redo", ff.CancelSource(), None, None, None, ff.TimestampMs.now())
    api.request("POST", f"/v1/executions/{args.execution_id}/cancel", cancel.to_json())
    replay = api.request("POST", f"/v1/executions/{args.execution_id}/replay")
    assert isinstance(answer_of(replay, ff.ReplayExecutionResult), ff.ReplayExecutionResult.Replayed)


def test_a_signal_to_an_execution_that_is_not_suspended_is_refused(api: FfServer) -> None:
    """The body is read (a malformed one is a 400 of another kind) and refused."""
    args = create_args()
    create(api, args)
    signal = ff.DeliverSignalArgs(
        args.execution_id, ff.WaitpointId(), ff.SignalId(), "approved", "decision", "operator", "ops", b"{}",
        "json", None, None, "execution", None, None, None, None, None, ff.WaitpointToken("kid1:00"),
        ff.TimestampMs.now(),
    )
    answer = api.request("POST", f"/v1/executions/{args.execution_id}/signal", signal.to_json())
    assert answer.status in (400, 404, 409), answer.body
    assert "error" in answer.json()


def test_flows(api: FfServer) -> None:
    flow = ff.CreateFlowArgs(ff.FlowId(), "etl", ff.Namespace("tenant-a"), ff.TimestampMs.now())
    created = answer_of(api.request("POST", "/v1/flows", flow.to_json()), ff.CreateFlowResult, 201)
    assert created == ff.CreateFlowResult.Created(flow.flow_id)
    again = answer_of(api.request("POST", "/v1/flows", flow.to_json()), ff.CreateFlowResult, 200)
    assert again == ff.CreateFlowResult.AlreadySatisfied(flow.flow_id)
    member = create_args().replace(execution_id=ff.ExecutionId.for_flow(flow.flow_id, CONFIG))
    create(api, member)
    add = ff.AddExecutionToFlowArgs(flow.flow_id, member.execution_id, ff.TimestampMs.now())
    added = answer_of(api.request("POST", f"/v1/flows/{flow.flow_id}/members", add.to_json()),
                      ff.AddExecutionToFlowResult, 201)
    assert added == ff.AddExecutionToFlowResult.Added(member.execution_id, 1)
    downstream = create_args().replace(execution_id=ff.ExecutionId.for_flow(flow.flow_id, CONFIG))
    create(api, downstream)
    add = ff.AddExecutionToFlowArgs(flow.flow_id, downstream.execution_id, ff.TimestampMs.now())
    answer_of(api.request("POST", f"/v1/flows/{flow.flow_id}/members", add.to_json()), ff.AddExecutionToFlowResult, 201)
    stage = ff.StageDependencyEdgeArgs(
        flow.flow_id, ff.EdgeId(), member.execution_id, downstream.execution_id, "success_only", None, 2,
        ff.TimestampMs.now(),
    )
    staged = answer_of(api.request("POST", f"/v1/flows/{flow.flow_id}/edges", stage.to_json()),
                       ff.StageDependencyEdgeResult, 201)
    assert staged == ff.StageDependencyEdgeResult.Staged(stage.edge_id, 3)
    apply = ff.ApplyDependencyToChildArgs(
        flow.flow_id, stage.edge_id, downstream.execution_id, member.execution_id, 3, "success_only", None,
        ff.TimestampMs.now(),
    )
    applied = answer_of(api.request("POST", f"/v1/flows/{flow.flow_id}/edges/apply", apply.to_json()),
                        ff.ApplyDependencyToChildResult)
    assert applied == ff.ApplyDependencyToChildResult.Applied(1)
    cancel = ff.CancelFlowArgs(flow.flow_id, "done", "cancel_all", ff.TimestampMs.now())
    cancelled = answer_of(api.request("POST", f"/v1/flows/{flow.flow_id}/cancel", cancel.to_json()),
                          ff.CancelFlowResult)
    assert isinstance(cancelled, ff.CancelFlowResult.Cancelled | ff.CancelFlowResult.CancellationScheduled)


def test_budgets_and_quotas(api: FfServer) -> None:
    budget = ff.CreateBudgetArgs(
        ff.BudgetId(), "lane", "default", "strict", "fail", "warn", 0, ["tokens"], [100], [80], ff.TimestampMs.now(),
    )
    created = answer_of(api.request("POST", "/v1/budgets", budget.to_json()), ff.CreateBudgetResult, 201)
    assert created == ff.CreateBudgetResult.Created(budget.budget_id)
    usage = api.request("POST", f"/v1/budgets/{budget.budget_id}/usage",
                        f'{{"dimensions": {{"tokens": 90}}, "now": {ff.TimestampMs.now().to_json()}}}')
    assert answer_of(usage, ff.ReportUsageResult) == ff.ReportUsageResult.SoftBreach("tokens", 90, 80)
    status = answer_of(api.request("GET", f"/v1/budgets/{budget.budget_id}"), ff.BudgetStatus)
    assert (status.budget_id, dict(status.usage), dict(status.hard_limits)) == (
        str(budget.budget_id), {"tokens": 90}, {"tokens": 100},
    )
    reset = answer_of(api.request("POST", f"/v1/budgets/{budget.budget_id}/reset"), ff.ResetBudgetResult)
    assert isinstance(reset, ff.ResetBudgetResult.Reset)
    quota = ff.CreateQuotaPolicyArgs(ff.QuotaPolicyId(), 60, 100, 5, ff.TimestampMs.now())
    made = answer_of(api.request("POST", "/v1/quotas", quota.to_json()), ff.CreateQuotaPolicyResult, 201)
    assert made == ff.CreateQuotaPolicyResult.Created(quota.quota_policy_id)


def leased(api: FfServer, worker: Worker) -> ff.ClaimedExecution:
    """A new execution on the worker's lane, granted by the claim route and claimed."""
    args = create_args(str(worker.lane))
    create(api, args)
    grant = worker.poll_grant()
    assert grant.execution_id == args.execution_id
    # The wire key is only the hash tag, which executions share with flows
    # (RFC-011): ff-core reads it back as the flow family, same slot.
    assert grant.partition().hash_tag() == ff.execution_partition(args.execution_id, CONFIG).hash_tag()
    return worker.claim(grant)


def state_of(api: FfServer, eid: ff.ExecutionId) -> ff.PublicState:
    return answer_of(api.request("GET", f"/v1/executions/{eid}/state"), ff.PublicState)  # type: ignore[no-any-return]


def test_claim_grant_and_revoke_lease(api: FfServer, worker: Worker) -> None:
    assert worker.grant() is None  # 204: nothing eligible on the lane yet
    claimed = leased(api, worker)
    assert (claimed.attempt_index, claimed.attempt_type, claimed.lease_epoch) == (
        ff.AttemptIndex(0), ff.AttemptType.Initial, ff.LeaseEpoch(1),
    )
    assert state_of(api, claimed.execution_id) is ff.PublicState.Active
    info = answer_of(api.request("GET", f"/v1/executions/{claimed.execution_id}"), ff.ExecutionInfo)
    assert info.current_attempt_index == 0
    url = f"/v1/executions/{claimed.execution_id}/revoke-lease"
    revoked = answer_of(api.request("POST", url), ff.RevokeLeaseResult)
    # ff-server 0.3.4 reads the Lua reply one field late (server.rs,
    # parse_revoke_lease_result): the lease id lands in lease_epoch, and
    # lease_id is the status word. ff-script's own parser reads it right.
    assert revoked == ff.RevokeLeaseResult.Revoked("revoked", str(claimed.lease_id))
    again = answer_of(api.request("POST", url), ff.RevokeLeaseResult)
    assert again == ff.RevokeLeaseResult.AlreadySatisfied("already_revoked")


def test_suspend_then_pending_waitpoints_and_signals(api: FfServer, worker: Worker) -> None:
    claimed = leased(api, worker)
    suspended = worker.suspend(claimed, "approved", "reviewed")
    assert state_of(api, claimed.execution_id) is ff.PublicState.Suspended
    answer = api.request("GET", f"/v1/executions/{claimed.execution_id}/pending-waitpoints")
    assert answer.status == 200, answer.body
    pending = [ff.PendingWaitpointInfo.from_json(json.dumps(item)) for item in answer.json()]
    assert "[" + ",".join(info.to_json() for info in pending) + "]" == answer.body.decode()
    (waitpoint,) = pending
    assert (waitpoint.waitpoint_id, waitpoint.waitpoint_key, waitpoint.waitpoint_token, waitpoint.state) == (
        suspended.waitpoint_id, suspended.waitpoint_key, suspended.waitpoint_token, "active",
    )
    assert list(waitpoint.required_signal_names) == ["approved", "reviewed"]

    def signal(name: str) -> ff.DeliverSignalArgs:
        return ff.DeliverSignalArgs(
            claimed.execution_id, suspended.waitpoint_id, ff.SignalId(), name, "decision", "operator", "ops",
            b'{"by": "ana"}', "json", None, f"{name}-48", "waitpoint", None, None, None, None, None,
            waitpoint.waitpoint_token, ff.TimestampMs.now(),
        )

    url = f"/v1/executions/{claimed.execution_id}/signal"
    approved = signal("approved")
    first = answer_of(api.request("POST", url, approved.to_json()), ff.DeliverSignalResult)
    assert first == ff.DeliverSignalResult.Accepted(approved.signal_id, "appended_to_waitpoint")
    again = answer_of(api.request("POST", url, approved.replace(signal_id=ff.SignalId()).to_json()),
                      ff.DeliverSignalResult)
    assert again == ff.DeliverSignalResult.Duplicate(approved.signal_id)  # the same idempotency key
    reviewed = signal("reviewed")
    last = answer_of(api.request("POST", url, reviewed.to_json()), ff.DeliverSignalResult)
    assert last == ff.DeliverSignalResult.Accepted(reviewed.signal_id, "resume_condition_satisfied")
    assert state_of(api, claimed.execution_id) is ff.PublicState.Waiting
    late = api.request("POST", url, signal("late").to_json())
    assert (late.status, late.json()) == (400, {"error": "ff_deliver_signal failed: target_not_signalable"})


def frames_body(frames: ff.StreamFrames) -> str:
    """ff-server's ReadStreamResponse around ff-core's frames (closed_* left out while open)."""
    return '{"frames":[' + ",".join(frame.to_json() for frame in frames.frames) + f'],"count":{len(frames.frames)}}}'


def frames_of(answer: Any) -> ff.StreamFrames:
    """A stream route's answer as ff-core's frames, checked to write back to the server's bytes."""
    assert answer.status == 200, answer.body
    frames = ff.StreamFrames([ff.StreamFrame.from_json(json.dumps(frame)) for frame in answer.json()["frames"]], None, None)
    assert frames_body(frames) == answer.body.decode()
    return frames


def test_attempt_stream_read_and_tail(api: FfServer, worker: Worker) -> None:
    claimed = leased(api, worker)
    appended = [worker.append_frame(claimed, "progress", json.dumps({"step": step}).encode()) for step in range(3)]
    assert [result.frame_count for result in appended] == [1, 2, 3]
    base = f"/v1/executions/{claimed.execution_id}/attempts/{claimed.attempt_index}/stream"
    frames = frames_of(api.request("GET", f"{base}?from={ff.StreamCursor.start()}&to={ff.StreamCursor.end()}&limit=10"))
    assert [frame.id for frame in frames.frames] == [result.entry_id for result in appended]
    assert [frame.fields["payload"] for frame in frames.frames] == ['{"step": 0}', '{"step": 1}', '{"step": 2}']
    assert not frames.is_closed()
    after_first = ff.StreamCursor.from_str(appended[0].entry_id)
    rest = frames_of(api.request("GET", f"{base}/tail?after={after_first}&limit=10"))
    assert list(rest.frames) == list(frames.frames)[1:]
    refused = api.request("GET", f"{base}/tail?after={ff.StreamCursor.start()}")
    assert refused.status == 400 and "concrete" in refused.json()["error"]
