"""JSON of the contracts against msgspec (the peer a user who cares about
speed picks) and json + frozen slots dataclasses, measured in one process.

Each row decodes (or encodes) the same document into an equivalent frozen
tree: ours (`ExecutionInfo.from_json`, …), a frozen `msgspec.Struct` tree,
and `json.loads` into a frozen slots dataclass tree. It prints ours/msgspec
(target <= 1.0) and ours/dataclass; `--quick` only proves the three agree.

    .venv/bin/python benchmarks/json_bench.py [--quick]
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import sys
import timeit
from typing import Any

import msgspec

import ff_core as ff

# ── the msgspec peer: the same trees as frozen Structs ──


class Phase(enum.Enum):
    submitted = "submitted"
    runnable = "runnable"
    active = "active"
    suspended = "suspended"
    terminal = "terminal"


class StateVectorS(msgspec.Struct, frozen=True, kw_only=True):
    lifecycle_phase: Phase
    ownership_state: str
    eligibility_state: str
    blocking_reason: str
    terminal_outcome: str
    attempt_state: str
    public_state: str


class ExecutionInfoS(msgspec.Struct, frozen=True, kw_only=True):
    execution_id: str
    namespace: str
    lane_id: str
    priority: int
    execution_kind: str
    state_vector: StateVectorS
    public_state: str
    created_at: str
    started_at: str | None = None
    completed_at: str | None = None
    current_attempt_index: int
    flow_id: str | None = None
    blocking_detail: str


class ExecutionSummaryS(msgspec.Struct, frozen=True, kw_only=True):
    execution_id: str
    namespace: str
    lane_id: str
    execution_kind: str
    public_state: str
    priority: int
    created_at: str


class ListExecutionsResultS(msgspec.Struct, frozen=True, kw_only=True):
    executions: tuple[ExecutionSummaryS, ...]
    total_returned: int


class CreateExecutionArgsS(msgspec.Struct, frozen=True, kw_only=True):
    execution_id: str
    namespace: str
    lane_id: str
    execution_kind: str
    input_payload: tuple[int, ...]
    payload_encoding: str | None = None
    priority: int
    creator_identity: str
    idempotency_key: str | None = None
    tags: dict[str, str]
    policy: None = None
    delay_until: int | None = None
    execution_deadline_at: int | None = None
    partition_id: int
    now: int


# ── the plain-Python peer: json.loads into frozen slots dataclasses ──


@dataclasses.dataclass(frozen=True, slots=True)
class StateVectorD:
    lifecycle_phase: str
    ownership_state: str
    eligibility_state: str
    blocking_reason: str
    terminal_outcome: str
    attempt_state: str
    public_state: str


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ExecutionInfoD:
    execution_id: str
    namespace: str
    lane_id: str
    priority: int
    execution_kind: str
    state_vector: StateVectorD
    public_state: str
    created_at: str
    started_at: str | None = None
    completed_at: str | None = None
    current_attempt_index: int
    flow_id: str | None = None
    blocking_detail: str


@dataclasses.dataclass(frozen=True, slots=True)
class ExecutionSummaryD:
    execution_id: str
    namespace: str
    lane_id: str
    execution_kind: str
    public_state: str
    priority: int
    created_at: str


def info_d(text: str) -> ExecutionInfoD:
    doc = json.loads(text)
    return ExecutionInfoD(**{**doc, "state_vector": StateVectorD(**doc["state_vector"])})


def list_d(text: str) -> tuple[tuple[ExecutionSummaryD, ...], int]:
    doc = json.loads(text)
    return tuple(ExecutionSummaryD(**s) for s in doc["executions"]), doc["total_returned"]


def args_d(text: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(text)
    return doc


# ── documents from real-looking data ──

CONFIG = ff.PartitionConfig()
LANE = ff.LaneId("reports")
STATE = ff.StateVector.from_json(
    '{"lifecycle_phase":"active","ownership_state":"leased","eligibility_state":"not_applicable",'
    '"blocking_reason":"none","terminal_outcome":"none","attempt_state":"running_attempt","public_state":"active"}'
)


def documents() -> dict[str, str]:
    info = ff.ExecutionInfo(
        ff.ExecutionId.solo(LANE, CONFIG), "tenant-a", "reports", 5, "weekly-report", STATE, ff.PublicState.Active,
        "1764950400000", "1764950401250", "1764950409000", 1, None, "",
    )
    summaries = [
        ff.ExecutionSummary(ff.ExecutionId.solo(LANE, CONFIG), "tenant-a", "reports", "weekly-report", "waiting", n % 10,
                            str(1764950400000 + n))
        for n in range(1000)
    ]
    listed = ff.ListExecutionsResult(summaries, len(summaries))
    args = ff.CreateExecutionArgs(
        ff.ExecutionId.solo(LANE, CONFIG), ff.Namespace("tenant-a"), LANE, "weekly-report",
        json.dumps({"week": 48, "recipients": [f"team-{n}@example.com" for n in range(6)]}).encode(), "json", 5,
        "scheduler/cron", "weekly-48", {"team": "data", "region": "eu-west-1", "cost-centre": "4711"}, None, None,
        ff.TimestampMs(1764950400000 + 86_400_000), CONFIG.num_flow_partitions, ff.TimestampMs(1764950400000),
    )
    return {"ExecutionInfo": info.to_json(), "ListExecutionsResult": listed.to_json(),
            "CreateExecutionArgs": args.to_json()}


def rows(docs: dict[str, str]) -> list[tuple[str, Any, Any, Any, int]]:
    info_text, list_text, args_text = docs["ExecutionInfo"], docs["ListExecutionsResult"], docs["CreateExecutionArgs"]
    info_dec = msgspec.json.Decoder(ExecutionInfoS)
    list_dec = msgspec.json.Decoder(ListExecutionsResultS)
    args_dec = msgspec.json.Decoder(CreateExecutionArgsS)
    encode = msgspec.json.Encoder().encode
    info, info_s = ff.ExecutionInfo.from_json(info_text), info_dec.decode(info_text)
    listed, list_s = ff.ListExecutionsResult.from_json(list_text), list_dec.decode(list_text)
    args, args_s = ff.CreateExecutionArgs.from_json(args_text), args_dec.decode(args_text)
    info_dc, list_dc = info_d(info_text), list_d(list_text)
    return [
        ("ExecutionInfo.from_json", lambda: ff.ExecutionInfo.from_json(info_text), lambda: info_dec.decode(info_text),
         lambda: info_d(info_text), 20_000),
        ("ListExecutionsResult.from_json (1,000)", lambda: ff.ListExecutionsResult.from_json(list_text),
         lambda: list_dec.decode(list_text), lambda: list_d(list_text), 50),
        ("CreateExecutionArgs.from_json", lambda: ff.CreateExecutionArgs.from_json(args_text),
         lambda: args_dec.decode(args_text), lambda: args_d(args_text), 20_000),
        ("ExecutionInfo.to_json", info.to_json, lambda: encode(info_s),
         lambda: json.dumps(dataclasses.asdict(info_dc), separators=(",", ":")), 20_000),
        ("ListExecutionsResult.to_json (1,000)", listed.to_json, lambda: encode(list_s),
         lambda: json.dumps({"executions": [dataclasses.asdict(s) for s in list_dc[0]], "total_returned": list_dc[1]},
                            separators=(",", ":")), 50),
        ("CreateExecutionArgs.to_json", args.to_json, lambda: encode(args_s),
         lambda: json.dumps(json.loads(args_text), separators=(",", ":")), 20_000),
    ]


def check_agreement(docs: dict[str, str]) -> list[str]:
    """The peers write the same documents as ours (maps in any order: a
    Rust `HashMap` has none)."""
    problems = []
    for (name, ours, peer, plain, _) in rows(docs):
        if name.endswith("to_json") and not json.loads(ours()) == json.loads(peer()) == json.loads(plain()):
            problems.append(name)
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true")
    options = parser.parse_args()
    docs = documents()
    problems = check_agreement(docs)
    if problems:
        print("disagree:", ", ".join(problems))
        return 1
    scale = 0.01 if options.quick else 1.0
    print(f"{'operation':42} {'ours':>10} {'msgspec':>10} {'json+dc':>10} {'ours/msgspec':>13} {'ours/json+dc':>13}  target")
    failed = False
    for name, ours, peer, plain, number in rows(docs):
        count = max(1, int(number * scale))
        times = [min(timeit.repeat(call, number=count, repeat=1 if options.quick else 5)) / count for call in (ours, peer, plain)]
        ratio = times[0] / times[1]
        failed |= ratio > 1.0
        print(f"{name:42} {times[0] * 1e6:9.2f}µ {times[1] * 1e6:9.2f}µ {times[2] * 1e6:9.2f}µ {ratio:13.2f} "
              f"{times[0] / times[2]:13.2f}  <= 1.0{'' if ratio <= 1.0 else '  (missed)'}")
    if not options.quick and failed:
        print("\nsome rows miss their target (see the closing notes of issue 19)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
