"""`ff_core.backend` configuration (backend/config.rs): `BackendConfig` and its parts: defaults, exact repr, replace."""

import copy
from datetime import timedelta

import pytest
from ff_core.backend import (
    BackendConfig,
    BackendConnection,
    BackendRetry,
    BackendTimeouts,
    ValkeyConnection,
)

DEFAULT_REPR = (
    'BackendConfig { connection: Valkey(ValkeyConnection { host: "host.local", port: 6379, tls: false, '
    "cluster: false }), timeouts: BackendTimeouts { request: None }, retry: BackendRetry { exponent_base: None, "
    "factor: None, number_of_retries: None, jitter_percent: None } }"
)


class TestBackendConnection:
    def test_valkey_variant_holds_the_connection(self) -> None:
        conn = ValkeyConnection("h", 6379)
        c = BackendConnection.Valkey(conn)
        assert isinstance(c, BackendConnection)
        assert c._0 is conn
        assert repr(c) == 'Valkey(ValkeyConnection { host: "h", port: 6379, tls: false, cluster: false })'
        assert c == BackendConnection.Valkey(ValkeyConnection("h", 6379))
        assert c != BackendConnection.Valkey(ValkeyConnection("h", 6380))
        match c:
            case BackendConnection.Valkey(found):
                assert found is conn
            case _:
                pytest.fail("did not match Valkey")
        with pytest.raises(TypeError, match="unhashable"):
            hash(c)
        with pytest.raises(TypeError):
            BackendConnection.Valkey("h:6379")  # type: ignore[arg-type]


class TestBackendConfig:
    def test_valkey_constructor(self) -> None:
        c = BackendConfig.valkey("host.local", 6379)
        assert repr(c) == DEFAULT_REPR
        match c.connection:
            case BackendConnection.Valkey(v):
                assert (v.host, v.port, v.tls, v.cluster) == ("host.local", 6379, False, False)
            case _:
                pytest.fail("expected the Valkey arm")
        assert c.timeouts == BackendTimeouts()
        assert c.retry == BackendRetry()
        assert c == BackendConfig.valkey("host.local", 6379)

    def test_no_public_constructor(self) -> None:
        with pytest.raises(TypeError):
            BackendConfig()  # type: ignore[call-arg]

    def test_parts_change_through_replace(self) -> None:
        c = BackendConfig.valkey("h", 1)
        changed = c.replace(timeouts=BackendTimeouts(request=timedelta(seconds=2)), retry=c.retry.replace(factor=3))
        assert "timeouts: BackendTimeouts { request: Some(2s) }" in repr(changed)
        assert "factor: Some(3)" in repr(changed)
        assert c == BackendConfig.valkey("h", 1)
        moved = c.replace(connection=BackendConnection.Valkey(ValkeyConnection("other", 2)))
        assert 'host: "other", port: 2' in repr(moved)
        with pytest.raises(AttributeError):
            c.retry.factor = 3  # type: ignore[misc]

    def test_copies_are_the_value_itself(self) -> None:
        c = BackendConfig.valkey("h", 1)
        for clone in (copy.copy(c), copy.deepcopy(c)):
            assert clone is c

    def test_checks(self) -> None:
        with pytest.raises(OverflowError):
            BackendConfig.valkey("h", 70000)
        with pytest.raises(TypeError):
            BackendConfig.valkey(b"h", 1)  # type: ignore[arg-type]
        c = BackendConfig.valkey("h", 1)
        with pytest.raises(TypeError, match="argument 'timeouts': expected BackendTimeouts, not NoneType"):
            c.replace(timeouts=None)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="unhashable"):
            hash(c)


class TestParts:
    def test_timeouts(self) -> None:
        t = BackendTimeouts(request=timedelta(milliseconds=250))
        assert t.request == timedelta(milliseconds=250)
        assert repr(t) == "BackendTimeouts { request: Some(250ms) }"
        with pytest.raises(TypeError):
            BackendTimeouts(timedelta(seconds=1))  # type: ignore[call-arg]
        with pytest.raises(ValueError, match="negative"):
            t.replace(request=timedelta(microseconds=-1))

    def test_retry(self) -> None:
        r = BackendRetry(exponent_base=2, factor=100, number_of_retries=5, jitter_percent=20)
        assert repr(r) == (
            "BackendRetry { exponent_base: Some(2), factor: Some(100), number_of_retries: Some(5), "
            "jitter_percent: Some(20) }"
        )
        assert r.replace(number_of_retries=None).number_of_retries is None
        with pytest.raises(OverflowError):
            BackendRetry(factor=2**32)
        with pytest.raises(OverflowError):
            r.replace(factor=-1)

    def test_valkey_connection(self) -> None:
        v = ValkeyConnection("h", 6379)
        assert v == ValkeyConnection.new("h", 6379)
        v = v.replace(tls=True, cluster=True, port=1, host="x")
        assert repr(v) == 'ValkeyConnection { host: "x", port: 1, tls: true, cluster: true }'
        with pytest.raises(TypeError):
            v.replace(tls=1)  # type: ignore[arg-type]
        with pytest.raises(OverflowError):
            v.replace(port=65536)
        with pytest.raises(TypeError):
            ValkeyConnection("h", "6379")  # type: ignore[arg-type]
