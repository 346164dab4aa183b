"""`ff_core.hash` (rust/ff_core_py/src/hash.rs): FNV-1a over bytes-like and text inputs."""

from typing import Any

import pytest
from ff_core import hash as fnv
from hypothesis import given
from hypothesis import strategies as st


class TestHash:
    def test_arguments(self) -> None:
        assert fnv.fnv1a_u64(memoryview(b"foobar")) == 0x85944171F73967E8
        with pytest.raises(TypeError):
            fnv.fnv1a_u64("foobar")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            fnv.fnv1a_xor8hex(b"a")  # type: ignore[arg-type]
        with pytest.raises(OverflowError):
            fnv.fnv1a_u16_mod("a", 65536)
        with pytest.raises(OverflowError):
            fnv.fnv1a_u16_mod("a", -1)
        assert fnv.fnv1a_u16_mod("a", 0) == 0

    def test_from_star_import_keeps_the_builtin_hash(self) -> None:
        namespace: dict[str, Any] = {}
        exec("from ff_core import *", namespace)
        assert "hash" not in namespace

    @given(data=st.binary(max_size=200))
    def test_fnv1a_u64_is_the_textbook_algorithm(self, data: bytes) -> None:
        expected = 0xCBF29CE484222325
        for byte in data:
            expected = ((expected ^ byte) * 0x100000001B3) % 2**64
        assert fnv.fnv1a_u64(data) == expected
