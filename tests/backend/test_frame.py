"""`ff_core.backend` frames (backend/frame.rs): `FrameKind`, `Frame`."""

import pytest
from ff_core.backend import (
    Frame,
    FrameKind,
)


class TestFrame:
    def test_construction(self) -> None:
        f = Frame(b"hi", FrameKind.Stdout)
        assert f.bytes == b"hi" and type(f.bytes) is bytes
        assert f.kind is FrameKind.Stdout
        assert f.seq is None
        assert repr(f) == "Frame { bytes: [104, 105], kind: Stdout, seq: None }"
        g = Frame.with_seq(bytearray(b"hi"), FrameKind.Stdout, 3)
        assert repr(g) == "Frame { bytes: [104, 105], kind: Stdout, seq: Some(3) }"
        assert f == Frame.new(memoryview(b"hi"), FrameKind.Stdout)
        assert f != g

    def test_writable_with_checks(self) -> None:
        f = Frame(b"", FrameKind.Blob)
        f = f.replace(bytes=bytearray(b"\x00\xff"))
        f = f.replace(kind=FrameKind.Event)
        f = f.replace(seq=2**64 - 1)
        assert (f.bytes, f.kind, f.seq) == (b"\x00\xff", FrameKind.Event, 2**64 - 1)
        with pytest.raises(TypeError):
            f.replace(bytes="text")  # type: ignore[arg-type]
        with pytest.raises(OverflowError):
            f.replace(seq=-1)
        with pytest.raises(OverflowError):
            f.replace(seq=2**64)
        with pytest.raises(TypeError):
            f.replace(kind="Stdout")  # type: ignore[arg-type]
        with pytest.raises(AttributeError):
            del f.bytes
        assert f.bytes == b"\x00\xff"

    def test_unhashable(self) -> None:
        with pytest.raises(TypeError, match="unhashable"):
            hash(Frame(b"", FrameKind.Blob))
