"""BackendConfig and its parts: defaults, exact repr, shared parts."""

import copy
from datetime import timedelta

import pytest

from ff_core.backend import BackendConfig, BackendConnection, BackendRetry, BackendTimeouts, ValkeyConnection

DEFAULT_REPR = (
    'BackendConfig { connection: Valkey(ValkeyConnection { host: "host.local", port: 6379, tls: false, '
    "cluster: false }), timeouts: BackendTimeouts { request: None }, retry: BackendRetry { exponent_base: None, "
    "factor: None, number_of_retries: None, jitter_percent: None } }"
)


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

    def test_parts_are_shared_like_python_attributes(self) -> None:
        c = BackendConfig.valkey("h", 1)
        c.timeouts.request = timedelta(seconds=2)
        c.retry.factor = 3
        assert "timeouts: BackendTimeouts { request: Some(2s) }" in repr(c)
        assert "factor: Some(3)" in repr(c)
        c.connection = BackendConnection.Valkey(ValkeyConnection("other", 2))
        assert 'host: "other", port: 2' in repr(c)
        c.retry = BackendRetry(jitter_percent=5)
        assert c.retry.jitter_percent == 5

    def test_copies_are_deep(self) -> None:
        c = BackendConfig.valkey("h", 1)
        for clone in (copy.copy(c), copy.deepcopy(c)):
            assert clone == c
            clone.retry.factor = 9
            assert c.retry.factor is None
            assert clone != c

    def test_checks(self) -> None:
        with pytest.raises(OverflowError):
            BackendConfig.valkey("h", 70000)
        with pytest.raises(TypeError):
            BackendConfig.valkey(b"h", 1)  # type: ignore[arg-type]
        c = BackendConfig.valkey("h", 1)
        with pytest.raises(TypeError):
            c.timeouts = None  # type: ignore[assignment]
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
            t.request = timedelta(microseconds=-1)

    def test_retry(self) -> None:
        r = BackendRetry(exponent_base=2, factor=100, number_of_retries=5, jitter_percent=20)
        assert repr(r) == (
            "BackendRetry { exponent_base: Some(2), factor: Some(100), number_of_retries: Some(5), "
            "jitter_percent: Some(20) }"
        )
        r.number_of_retries = None
        assert r.number_of_retries is None
        with pytest.raises(OverflowError):
            BackendRetry(factor=2**32)
        with pytest.raises(OverflowError):
            r.factor = -1

    def test_valkey_connection(self) -> None:
        v = ValkeyConnection("h", 6379)
        assert v == ValkeyConnection.new("h", 6379)
        v.tls = True
        v.cluster = True
        v.port = 1
        v.host = "x"
        assert repr(v) == 'ValkeyConnection { host: "x", port: 1, tls: true, cluster: true }'
        with pytest.raises(TypeError):
            v.tls = 1  # type: ignore[assignment]
        with pytest.raises(OverflowError):
            v.port = 65536
        with pytest.raises(TypeError):
            ValkeyConnection("h", "6379")  # type: ignore[arg-type]
