"""`ff_core.policy` (rust/ff_core_py/src/policy.rs): defaults and validation of the policy types."""

import ff_core as ff
import pytest


class TestPolicyDefaults:
    def test_defaults(self) -> None:
        assert ff.ExecutionPolicy().to_json() == (
            '{"priority":0,"max_reclaim_count":100,"max_replay_count":10,"budget_ids":[],'
            '"max_signals_per_execution":10000}'
        )
        assert ff.BackoffStrategy() == ff.BackoffStrategy.Exponential(1000, 60000, 2.0, False)
        assert ff.BackoffStrategy.from_json('{"type":"exponential","initial_delay_ms":1,"max_delay_ms":2,"multiplier":3}').to_json().endswith('"multiplier":3.0,"jitter":false}')
        routing = ff.RoutingRequirements(required_capabilities=iter(["b", "a", "b"]))
        assert routing.required_capabilities == ("a", "b")
        with pytest.raises(OverflowError):
            ff.ExecutionPolicy(priority=2**31)
