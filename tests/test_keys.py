"""`ff_core.keys` (rust/ff_core_py/src/keys.rs): the key contexts and key functions, what the corpus cannot show."""

from typing import Any

import ff_core as ff
import pytest
from conftest import UUID_TEXT
from ff_core import keys
from hypothesis import given
from hypothesis import strategies as st

EID = ff.ExecutionId.parse(f"{{fp:7}}:{UUID_TEXT}")


FLOW7 = ff.Partition(ff.PartitionFamily.Flow, 7)


class TestKeys:
    def test_exec_keys_use_the_given_partition(self) -> None:
        ctx = keys.ExecKeyContext(ff.Partition(ff.PartitionFamily.Budget, 31), EID)
        assert ctx.core() == f"ff:exec:{{b:31}}:{{fp:7}}:{UUID_TEXT}:core"
        assert keys.ExecKeyContext.new(FLOW7, EID).tags() == f"ff:exec:{{fp:7}}:{{fp:7}}:{UUID_TEXT}:tags"
        assert repr(ctx) == 'ExecKeyContext(hash_tag="{b:31}")'
        assert repr(keys.IndexKeys(FLOW7)) == 'IndexKeys(hash_tag="{fp:7}")'

    def test_contexts_compare_by_identity_and_do_not_hash(self) -> None:
        ctx = keys.ExecKeyContext(FLOW7, EID)
        assert ctx == ctx and ctx != keys.ExecKeyContext(FLOW7, EID)
        contexts: list[Any] = [ctx, keys.IndexKeys(FLOW7), keys.FlowIndexKeys(FLOW7)]
        for context in contexts:
            with pytest.raises(TypeError, match="unhashable"):
                hash(context)
            with pytest.raises(AttributeError):
                context.anything = 1

    def test_parameters_take_the_rust_types(self) -> None:
        ctx = keys.ExecKeyContext(FLOW7, EID)
        with pytest.raises(TypeError):
            ctx.stream(3)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            ctx.waitpoint(UUID_TEXT)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            keys.ExecKeyContext(FLOW7, EID.as_str())  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            keys.lane_config_key("default")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            keys.noop_key(None)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="lone surrogate"):
            keys.noop_key("\ud800")
        assert keys.USAGE_DEDUP_KEY_PREFIX == "ff:usagededup:"

    @given(tag=st.text(), dedup=st.text())
    def test_free_functions_insert_text_verbatim(self, tag: str, dedup: str) -> None:
        valid = not any(0xD800 <= ord(c) <= 0xDFFF for c in tag + dedup)
        if valid:
            assert keys.usage_dedup_key(tag, dedup) == f"ff:usagededup:{tag}:{dedup}"
            assert keys.noop_key(tag) == f"ff:noop:{tag}"
