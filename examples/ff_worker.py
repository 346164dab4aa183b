"""A FlowFabric worker in Python, in ff-core's own types.

It asks ff-server's claim route for a grant, then calls the engine's Lua
functions (which ff-server loads into Valkey) as ff-sdk does: claim,
suspend on a waitpoint, append frames to the attempt's stream. Each call's
arguments are ff-core's Args type, every key comes from ff-core's
keyspace, KEYS and ARGV are in ff-script 0.3.4's order
(``functions/execution.rs``, ``suspension.rs``, ``stream.rs``), and each
reply is read into ff-core's Result type. ``ff_server.py`` runs it; the
test suite drives ff-server's lease routes with it.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

import ff_core as ff
import valkey

CONFIG = ff.PartitionConfig()  # ff-server's default


def call(url: str, method: str, path: str, body: str | None = None) -> tuple[int, bytes]:
    """One ff-server request: the status and the body, error answers too."""
    data = body.encode() if body is not None else None
    request = urllib.request.Request(url + path, data=data, method=method, headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        with error:  # closed here: Python 3.14 warns about an HTTPError left open
            return error.code, error.read()


class FcallRefused(Exception):
    """A Lua function's ``{0, "error_code", …}`` answer."""


def fcall(client: valkey.Valkey, function: str, keys: list[str], argv: list[str]) -> list[str]:
    """The fields of an ``{1, "OK", …}`` answer, as text."""
    reply: list[Any] = client.execute_command("FCALL", function, len(keys), *keys, *argv)  # type: ignore[no-untyped-call]
    status, code, *fields = reply
    texts = [field.decode() if isinstance(field, bytes) else str(field) for field in fields]
    if status != 1:
        raise FcallRefused(code.decode(), texts)
    return texts


@dataclass(frozen=True)
class Worker:
    url: str
    valkey: valkey.Valkey
    lane: ff.LaneId
    worker_id: ff.WorkerId = ff.WorkerId("py-worker")
    instance: ff.WorkerInstanceId = ff.WorkerInstanceId("py-worker-1")

    def grant(self) -> ff.ClaimGrant | None:
        """``POST /v1/workers/{id}/claim``: the scheduler's grant, or None (204)."""
        body = json.dumps({"lane_id": str(self.lane), "worker_instance_id": str(self.instance), "grant_ttl_ms": 30_000})
        status, answer = call(self.url, "POST", f"/v1/workers/{self.worker_id}/claim", body)
        if status == 204:
            return None
        if status != 200:
            raise RuntimeError(f"claim route answered {status}: {answer!r}")
        dto = json.loads(answer)
        return ff.ClaimGrant(
            ff.ExecutionId.parse(dto["execution_id"]), ff.PartitionKey.from_json(json.dumps(dto["partition_key"])),
            dto["grant_key"], dto["expires_at_ms"],
        )

    def poll_grant(self, timeout: float = 10.0) -> ff.ClaimGrant:
        """Asks until granted, as a worker polls: each call scans 32 of the
        256 partitions, and the scheduler moves its scan on every 250 ms."""
        deadline = time.monotonic() + timeout
        while (grant := self.grant()) is None:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no grant on {self.lane} in {timeout} s")
            time.sleep(0.05)
        return grant

    @staticmethod
    def keys(eid: ff.ExecutionId) -> tuple[ff.ExecKeyContext, ff.IndexKeys]:
        """The execution's keys and its partition's index keys."""
        partition = ff.execution_partition(eid, CONFIG)
        return ff.ExecKeyContext(partition, eid), ff.IndexKeys(partition)

    def claim(self, grant: ff.ClaimGrant) -> ff.ClaimedExecution:
        """``ff_claim_execution``: consumes the grant and makes the lease."""
        args = ff.ClaimExecutionArgs(
            grant.execution_id, self.worker_id, self.instance, self.lane, ff.LeaseId(), 30_000, ff.AttemptId(),
            ff.AttemptIndex(0), "", None, None, ff.TimestampMs.now(),
        )
        ctx, idx = self.keys(args.execution_id)
        attempt = args.expected_attempt_index
        keys = [
            ctx.core(), ctx.claim_grant(), idx.lane_eligible(self.lane), idx.lease_expiry(),
            idx.worker_leases(self.instance), ctx.attempt_hash(attempt), ctx.attempt_usage(attempt),
            ctx.attempt_policy(attempt), ctx.attempts(), ctx.lease_current(), ctx.lease_history(),
            idx.lane_active(self.lane), idx.attempt_timeout(), idx.execution_deadline(),
        ]
        ttl = args.lease_ttl_ms
        argv = [
            str(args.execution_id), str(args.worker_id), str(args.worker_instance_id), str(args.lane_id), "",
            str(args.lease_id), str(ttl), str(ttl * 2 // 3), str(args.attempt_id), args.attempt_policy_json, "", "",
        ]
        # ok(lease_id, epoch, expires_at, attempt_id, attempt_index, attempt_type)
        lease, epoch, expires_at, attempt_id, index, attempt_type = fcall(self.valkey, "ff_claim_execution", keys, argv)
        return ff.ClaimedExecution(
            args.execution_id, ff.LeaseId.parse(lease), ff.LeaseEpoch(int(epoch)), ff.AttemptIndex(int(index)),
            ff.AttemptId.parse(attempt_id), ff.AttemptType.from_json(json.dumps(attempt_type)),
            ff.TimestampMs(int(expires_at)),
        )

    def suspend(self, claimed: ff.ClaimedExecution, *signal_names: str) -> ff.SuspendExecutionResult.Suspended:
        """``ff_suspend_execution``: a new waitpoint that resumes once every one of ``signal_names`` came."""
        fence = ff.LeaseFence(claimed.lease_id, claimed.lease_epoch, claimed.attempt_id)
        waitpoint = ff.WaitpointId()
        condition = {"condition_type": "signal_set", "required_signal_names": signal_names, "signal_match_mode": "all"}
        args = ff.SuspendExecutionArgs(
            claimed.execution_id, fence, claimed.attempt_index, ff.SuspensionId(), waitpoint, f"wpk:{waitpoint}",
            "waiting_for_signal", "worker", json.dumps(condition), "{}", None, None, False, "fail",
        )
        ctx, idx = self.keys(args.execution_id)
        keys = [
            ctx.core(), ctx.attempt_hash(args.attempt_index), ctx.lease_current(), ctx.lease_history(),
            idx.lease_expiry(), idx.worker_leases(self.instance), ctx.suspension_current(),
            ctx.waitpoint(waitpoint), ctx.waitpoint_signals(waitpoint), idx.suspension_timeout(),
            idx.pending_waitpoint_expiry(), idx.lane_active(self.lane), idx.lane_suspended(self.lane),
            ctx.waitpoints(), ctx.waitpoint_condition(waitpoint), idx.attempt_timeout(), idx.waitpoint_hmac_secrets(),
        ]
        argv = [
            str(args.execution_id), str(args.attempt_index), str(fence.attempt_id), str(fence.lease_id),
            str(fence.lease_epoch), str(args.suspension_id), str(waitpoint), args.waitpoint_key, args.reason_code,
            args.requested_by, "", args.resume_condition_json, args.resume_policy_json, "", "",
            args.timeout_behavior, "1000",
        ]
        # ok(suspension_id, waitpoint_id, waitpoint_key, waitpoint_token)
        suspension, waitpoint_id, waitpoint_key, token = fcall(self.valkey, "ff_suspend_execution", keys, argv)
        return ff.SuspendExecutionResult.Suspended(
            ff.SuspensionId.parse(suspension), ff.WaitpointId.parse(waitpoint_id), waitpoint_key,
            ff.WaitpointToken(token),
        )

    def append_frame(self, claimed: ff.ClaimedExecution, frame_type: str, payload: bytes) -> ff.AppendFrameResult.Appended:
        """``ff_append_frame``: one frame on the attempt's stream."""
        args = ff.AppendFrameArgs(
            claimed.execution_id, claimed.attempt_index, claimed.lease_id, claimed.lease_epoch, claimed.attempt_id,
            frame_type, ff.TimestampMs.now(), payload, None, None, None, None, None, None,
        )
        ctx, _ = self.keys(args.execution_id)
        keys = [ctx.core(), ctx.stream(args.attempt_index), ctx.stream_meta(args.attempt_index)]
        argv = [
            str(args.execution_id), str(args.attempt_index), str(args.lease_id), str(args.lease_epoch),
            args.frame_type, str(args.timestamp), payload.decode(), "utf8", "", "worker", "0", str(args.attempt_id),
            "65536",
        ]
        # ok(entry_id, frame_count)
        entry_id, frame_count = fcall(self.valkey, "ff_append_frame", keys, argv)
        return ff.AppendFrameResult.Appended(entry_id, int(frame_count))
