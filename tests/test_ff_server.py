"""Our types against the real ff-server 0.3.4 (see ``ff_server``): a body
built with ``to_json()`` is accepted, the answer parses with the route's
type, and writing that value again gives the server's bytes back."""

from __future__ import annotations

from collections.abc import Iterator

import ff_core as ff
import pytest

from ff_server import FfServer, ff_server
from valkey_servers import server

CONFIG = ff.PartitionConfig()


@pytest.fixture(scope="module")
def api() -> Iterator[FfServer]:
    with server() as valkey, ff_server(valkey.port) as running:
        yield running


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
