"""`ff_core.backend` waitpoints (backend/waitpoint.rs): `WaitpointKind`, `WaitpointHmac`, `WaitpointSpec`."""

import pytest
from conftest import DIGEST, TOKEN
from ff_core.backend import (
    WaitpointHmac,
    WaitpointKind,
    WaitpointSpec,
)
from ff_core.types import WaitpointToken


class TestWaitpoint:
    def test_hmac(self) -> None:
        h = WaitpointHmac(TOKEN)
        assert h.as_str() == TOKEN
        assert h.token() == WaitpointToken(TOKEN)
        assert repr(h) == "WaitpointHmac(WaitpointToken(kid1:<REDACTED:len=40>))"
        assert str(h) == repr(h)
        assert DIGEST not in repr(h)
        assert h == WaitpointHmac.new(TOKEN)
        assert hash(h) == hash(WaitpointHmac(TOKEN))
        with pytest.raises(TypeError):
            WaitpointHmac(WaitpointToken(TOKEN))  # type: ignore[arg-type]

    def test_spec(self) -> None:
        spec = WaitpointSpec(WaitpointKind.SignalName, b"ok", WaitpointHmac("kid1:deadbeef"))
        assert repr(spec) == (
            "WaitpointSpec { kind: SignalName, matcher: [111, 107], "
            "hmac_token: WaitpointHmac(WaitpointToken(kid1:<REDACTED:len=8>)) }"
        )
        assert spec.hmac_token.as_str() == "kid1:deadbeef"
        assert spec.matcher == b"ok"
        assert spec == WaitpointSpec.new(WaitpointKind.SignalName, b"ok", WaitpointHmac("kid1:deadbeef"))
        spec = spec.replace(kind=WaitpointKind.External)
        spec = spec.replace(matcher=b"x")
        spec = spec.replace(hmac_token=WaitpointHmac("k:v"))
        assert repr(spec) == (
            "WaitpointSpec { kind: External, matcher: [120], "
            "hmac_token: WaitpointHmac(WaitpointToken(k:<REDACTED:len=1>)) }"
        )
        with pytest.raises(TypeError):
            spec.replace(hmac_token="k:v")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="unhashable"):
            hash(spec)
