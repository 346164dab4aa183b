"""`ff_core.backend` handles (backend/handle.rs): `BackendTag`, `HandleKind`, `HandleOpaque`, `Handle`."""

import pytest
from ff_core.backend import (
    BackendTag,
    Handle,
    HandleKind,
    HandleOpaque,
)


class TestHandle:
    def test_opaque(self) -> None:
        o = HandleOpaque(b"\x01\x02\x03\x04")
        assert o.as_bytes() == b"\x01\x02\x03\x04"
        assert type(o.as_bytes()) is bytes
        assert repr(o) == "HandleOpaque([1, 2, 3, 4])"
        assert o == HandleOpaque.new(bytearray(b"\x01\x02\x03\x04"))
        assert o == HandleOpaque(memoryview(b"\x01\x02\x03\x04"))
        assert hash(o) == hash(HandleOpaque(b"\x01\x02\x03\x04"))
        assert not hasattr(o, "bytes")
        with pytest.raises(TypeError, match="expected a bytes-like object, not str"):
            HandleOpaque("abc")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            HandleOpaque([1, 2])  # type: ignore[arg-type]

    def test_handle(self) -> None:
        h = Handle(BackendTag.Valkey, HandleKind.Fresh, HandleOpaque(bytes(4)))
        assert h.backend is BackendTag.Valkey
        assert h.kind is HandleKind.Fresh
        assert h.opaque == HandleOpaque(bytes(4))
        assert repr(h) == "Handle { backend: Valkey, kind: Fresh, opaque: HandleOpaque([0, 0, 0, 0]) }"
        assert h == Handle.new(BackendTag.Valkey, HandleKind.Fresh, HandleOpaque(bytes(4)))
        assert h != Handle(BackendTag.Valkey, HandleKind.Resumed, HandleOpaque(bytes(4)))
        assert hash(h) == hash(Handle(BackendTag.Valkey, HandleKind.Fresh, HandleOpaque(bytes(4))))

    def test_handle_is_immutable_and_typed(self) -> None:
        h = Handle(BackendTag.Valkey, HandleKind.Fresh, HandleOpaque(b""))
        with pytest.raises(AttributeError):
            h.kind = HandleKind.Resumed  # type: ignore[misc]
        with pytest.raises(TypeError):
            Handle(BackendTag.Valkey, HandleKind.Fresh, b"")  # type: ignore[arg-type]
