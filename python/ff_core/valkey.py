"""Apply a ``ScannerFilter`` to executions stored in a real Valkey.

The scanner protocol of ``ff_core::backend::ScannerFilter``: for each
candidate execution, read the ``namespace`` field of its core hash first
and drop it on a mismatch; only the survivors have the instance-tag field
of their tags hash read. So there are at most two ``HGET`` per candidate,
and none at all for a no-op filter. Keys come from ``ff_core.keys``, so
they are the keys the Rust services use, and the decision is
``ScannerFilter.matches``, the crate's one predicate.

The reads go out as non-transactional pipelines, at most ``batch_size``
commands each: one of namespace reads, then one of tag reads for that
batch's survivors. Every key of one execution carries its partition's
hash tag, so a Valkey Cluster client routes each read by slot and the same
call works on a cluster.

Needs the ``valkey`` client: ``pip install "ff-core[valkey]"``.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Generator, Iterable
from itertools import compress, repeat
from typing import Any, TypeAlias

if importlib.util.find_spec("valkey") is None:
    raise ImportError('ff_core.valkey needs the valkey client: pip install "ff-core[valkey]"', name="valkey")

import valkey
import valkey.asyncio

from ff_core._ff_core import ExecKeyContext, ExecutionId, PartitionConfig, ScannerFilter, execution_partition

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "NAMESPACE_FIELD",
    "AsyncClient",
    "Client",
    "afilter_candidates",
    "filter_candidates",
]

#: The field of an execution's core hash that holds its namespace.
NAMESPACE_FIELD = "namespace"
#: The most ``HGET`` commands sent in one pipeline.
DEFAULT_BATCH_SIZE = 10_000

#: The synchronous clients ``filter_candidates`` takes.
Client: TypeAlias = valkey.Valkey | valkey.ValkeyCluster
#: The asyncio clients ``afilter_candidates`` takes.
AsyncClient: TypeAlias = valkey.asyncio.Valkey | valkey.asyncio.ValkeyCluster

_Reads: TypeAlias = tuple[str, list[str]]  # one field, the keys to read it from
_Replies: TypeAlias = list[bytes | str | None]
_Plan: TypeAlias = Generator[_Reads, _Replies, None]


def filter_candidates(
    client: Client,
    scanner_filter: ScannerFilter,
    candidates: Iterable[ExecutionId],
    *,
    config: PartitionConfig | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> list[ExecutionId]:
    """The candidates whose stored namespace and instance tag ``scanner_filter`` matches, in their order.

    ``config`` is the deployment's partition layout (``PartitionConfig()``
    when omitted): it places each execution in its partition, whose hash
    tag its keys carry. A missing key or field reads as ``None``, as in
    Rust. Every argument is checked before any command is sent; errors of
    the client (an unreachable server, say) propagate unchanged.

    Raises:
        TypeError: ``client`` is not a synchronous valkey client, or an
            argument or candidate has the wrong type.
        ValueError: ``batch_size`` is not positive.
        RuntimeError: a pipeline answered with more or fewer replies than
            it was sent commands.
    """
    if not isinstance(client, (valkey.Valkey, valkey.ValkeyCluster)):
        raise TypeError(f"client must be a valkey.Valkey or valkey.ValkeyCluster, not {type(client).__name__}")
    kept: list[ExecutionId] = []
    plan = _plan(scanner_filter, candidates, config, batch_size, kept)
    reads = next(plan, None)
    while reads is not None:
        reads = _advance(plan, reads, _pipeline(client, reads).execute())
    return kept


async def afilter_candidates(
    client: AsyncClient,
    scanner_filter: ScannerFilter,
    candidates: Iterable[ExecutionId],
    *,
    config: PartitionConfig | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> list[ExecutionId]:
    """``filter_candidates`` on the client's asyncio API: the same reads, the same result.

    Raises:
        TypeError: ``client`` is not an asyncio valkey client, or an
            argument or candidate has the wrong type.
        ValueError: ``batch_size`` is not positive.
        RuntimeError: a pipeline answered with more or fewer replies than
            it was sent commands.
    """
    if not isinstance(client, (valkey.asyncio.Valkey, valkey.asyncio.ValkeyCluster)):
        raise TypeError(
            f"client must be a valkey.asyncio.Valkey or valkey.asyncio.ValkeyCluster, not {type(client).__name__}"
        )
    kept: list[ExecutionId] = []
    plan = _plan(scanner_filter, candidates, config, batch_size, kept)
    reads = next(plan, None)
    while reads is not None:
        reads = _advance(plan, reads, await _pipeline(client, reads).execute())
    return kept


def _plan(
    scanner_filter: ScannerFilter,
    candidates: Iterable[ExecutionId],
    config: PartitionConfig | None,
    batch_size: int,
    kept: list[ExecutionId],
) -> _Plan:
    """The reads of one filtering, as a generator both drivers share.

    It yields each pipeline's reads and is sent their replies; it appends
    the kept candidates to ``kept``. Every argument is checked before the
    first yield, so before any command is sent.
    """
    if not isinstance(scanner_filter, ScannerFilter):
        raise TypeError(f"scanner_filter must be a ScannerFilter, not {type(scanner_filter).__name__}")
    if config is None:
        config = PartitionConfig()
    elif not isinstance(config, PartitionConfig):
        raise TypeError(f"config must be a PartitionConfig, not {type(config).__name__}")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int):
        raise TypeError(f"batch_size must be an int, not {type(batch_size).__name__}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if isinstance(candidates, (str, bytes)):
        raise TypeError(f"candidates must be an iterable of ExecutionId, not {type(candidates).__name__}")
    executions = list(candidates)
    if scanner_filter.is_noop():
        _check_candidates(executions)
        kept.extend(executions)
        return
    try:
        contexts = [ExecKeyContext(execution_partition(eid, config), eid) for eid in executions]
    except TypeError:
        _check_candidates(executions)
        raise
    tag = scanner_filter.instance_tag
    # Stage one decides on the namespace alone; stage two is the full predicate.
    by_namespace = scanner_filter.replace(instance_tag=None)
    for start in range(0, len(executions), batch_size):
        survivors = executions[start : start + batch_size]
        survivor_contexts = contexts[start : start + batch_size]
        namespaces: Iterable[bytes | str | None] = repeat(None)
        if scanner_filter.namespace is not None:
            replies = yield NAMESPACE_FIELD, [ctx.core() for ctx in survivor_contexts]
            verdicts = by_namespace.matches_many(zip(replies, namespaces))
            survivors = list(compress(survivors, verdicts))
            survivor_contexts = list(compress(survivor_contexts, verdicts))
            namespaces = list(compress(replies, verdicts))
        if tag is None or not survivors:
            kept += survivors
            continue
        tags = yield tag[0], [ctx.tags() for ctx in survivor_contexts]
        kept += compress(survivors, scanner_filter.matches_many(zip(namespaces, tags)))


def _check_candidates(executions: list[ExecutionId]) -> None:
    for index, eid in enumerate(executions):
        if not isinstance(eid, ExecutionId):
            raise TypeError(f"candidates[{index}] must be an ExecutionId, not {type(eid).__name__}")


def _pipeline(client: Client | AsyncClient, reads: _Reads) -> Any:
    """A non-transactional pipeline holding ``reads``, not yet sent (sync and asyncio alike)."""
    field, keys = reads
    pipeline = client.pipeline(transaction=False)
    for key in keys:
        pipeline.execute_command("HGET", key, field)
    return pipeline


def _advance(plan: _Plan, reads: _Reads, replies: _Replies) -> _Reads | None:
    """Send the replies to ``reads`` to ``plan``; its next reads, or ``None`` when it is done.

    A pipeline that answers with another number of replies than it was sent
    commands would pair replies with the wrong executions: it raises.
    """
    if len(replies) != len(reads[1]):
        plan.close()
        raise RuntimeError(f"the pipeline answered {len(replies)} replies to {len(reads[1])} HGET commands")
    try:
        return plan.send(replies)
    except StopIteration:
        return None
