"""``ff_core::keys``: every Valkey key FlowFabric uses, built by the crate.

Components are inserted verbatim (nothing is validated or escaped). A
context's hash tag comes from the partition it is given, never from the
id, so every key of one context lands in that partition's cluster slot.
"""

from ff_core._ff_core import (
    USAGE_DEDUP_KEY_PREFIX,
    BudgetKeyContext,
    ExecKeyContext,
    FlowIndexKeys,
    FlowKeyContext,
    IndexKeys,
    QuotaKeyContext,
    budget_attach_key,
    budget_policies_index,
    budget_resets_key,
    global_config_partitions,
    idempotency_key,
    lane_config_key,
    lane_counts_key,
    lanes_index_key,
    namespace_executions_key,
    noop_key,
    quota_attach_key,
    quota_policies_index,
    tag_index_key,
    usage_dedup_key,
    waitpoint_key_resolution,
    worker_caps_key,
    worker_key,
    workers_capability_key,
    workers_index_key,
)

__all__ = [
    "USAGE_DEDUP_KEY_PREFIX",
    "BudgetKeyContext",
    "ExecKeyContext",
    "FlowIndexKeys",
    "FlowKeyContext",
    "IndexKeys",
    "QuotaKeyContext",
    "budget_attach_key",
    "budget_policies_index",
    "budget_resets_key",
    "global_config_partitions",
    "idempotency_key",
    "lane_config_key",
    "lane_counts_key",
    "lanes_index_key",
    "namespace_executions_key",
    "noop_key",
    "quota_attach_key",
    "quota_policies_index",
    "tag_index_key",
    "usage_dedup_key",
    "waitpoint_key_resolution",
    "worker_caps_key",
    "worker_key",
    "workers_capability_key",
    "workers_index_key",
]
