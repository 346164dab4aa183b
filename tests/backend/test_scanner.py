"""ScannerFilter: the seed's cases, the builders, and a property test of
`matches`/`matches_many` against a plain-Python reference predicate."""

import pytest
from ff_core.backend import ScannerFilter
from ff_core.types import Namespace
from hypothesis import given
from hypothesis import strategies as st


def reference_matches(
    namespace: str | None, tag: tuple[str, str] | None, core_namespace: str | None, tag_value: str | None
) -> bool:
    """The seed's predicate, written again in Python."""
    if namespace is not None and core_namespace != namespace:
        return False
    if tag is not None and tag_value != tag[1]:
        return False
    return True


def build(namespace: str | None, tag: tuple[str, str] | None) -> ScannerFilter:
    f = ScannerFilter()
    if namespace is not None:
        f = f.with_namespace(Namespace(namespace))
    if tag is not None:
        f = f.with_instance_tag(*tag)
    return f


class TestSeedCases:
    def test_noop_and_default(self) -> None:
        f = ScannerFilter()
        assert f.is_noop()
        assert f == ScannerFilter.NOOP == ScannerFilter.new()
        assert f.matches(None, None)
        assert f.matches(Namespace("t1"), "v")
        assert repr(f) == "ScannerFilter { namespace: None, instance_tag: None }"

    def test_namespace_match(self) -> None:
        f = ScannerFilter().with_namespace(Namespace("tenant-a"))
        assert not f.is_noop()
        assert f.matches(Namespace("tenant-a"), None)
        assert not f.matches(Namespace("tenant-b"), None)
        assert not f.matches(None, None)

    def test_instance_tag_match(self) -> None:
        f = ScannerFilter().with_instance_tag("cairn.instance_id", "i-1")
        assert f.matches(None, "i-1")
        assert not f.matches(None, "i-2")
        assert not f.matches(None, None)

    def test_both_dimensions(self) -> None:
        f = ScannerFilter().with_namespace(Namespace("tenant-a")).with_instance_tag("cairn.instance_id", "i-1")
        assert f.matches(Namespace("tenant-a"), "i-1")
        assert not f.matches(Namespace("tenant-a"), "i-2")
        assert not f.matches(Namespace("tenant-b"), "i-1")
        assert not f.matches(None, "i-1")
        assert repr(f) == (
            'ScannerFilter { namespace: Some(Namespace("tenant-a")), '
            'instance_tag: Some(("cairn.instance_id", "i-1")) }'
        )

    def test_str_namespace_is_accepted(self) -> None:
        f = ScannerFilter().with_namespace(Namespace("tenant-a"))
        assert f.matches("tenant-a", None)
        assert not f.matches("tenant-b", None)


class TestBuildersAndFields:
    def test_builders_leave_the_receiver_unchanged(self) -> None:
        base = ScannerFilter()
        with_ns = base.with_namespace(Namespace("a"))
        assert base.is_noop() and with_ns.namespace == Namespace("a")
        with_tag = with_ns.with_instance_tag("k", "v")
        assert with_ns.instance_tag is None and with_tag.instance_tag == ("k", "v")

    def test_fields_change_through_replace(self) -> None:
        f = ScannerFilter().replace(namespace=Namespace("a"), instance_tag=("k", "v"))
        assert f == ScannerFilter().with_namespace(Namespace("a")).with_instance_tag("k", "v")
        assert f.replace(namespace=None, instance_tag=None).is_noop()

    def test_field_type_checks(self) -> None:
        f = ScannerFilter()
        with pytest.raises(TypeError, match="argument 'namespace': expected Namespace, not str"):
            f.replace(namespace="a")  # type: ignore[arg-type]
        for bad in (("k",), ["k", "v"], ("k", 1)):
            with pytest.raises(TypeError, match="argument 'instance_tag'"):
                f.replace(instance_tag=bad)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            f.with_namespace("a")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            f.with_instance_tag("k", 1)  # type: ignore[arg-type]

    def test_noop_constant_cannot_be_changed(self) -> None:
        with pytest.raises(AttributeError, match="readonly attribute"):
            ScannerFilter.NOOP.namespace = Namespace("x")  # type: ignore[misc]
        with pytest.raises(TypeError, match="immutable type"):
            ScannerFilter.NOOP = ScannerFilter().with_namespace(Namespace("x"))
        assert ScannerFilter.NOOP.is_noop()

    def test_matches_argument_checks(self) -> None:
        f = ScannerFilter()
        with pytest.raises(TypeError, match="expected bytes, str, Namespace or None, not int"):
            f.matches(1, None)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="expected bytes, str, Namespace or None, not bytearray"):
            f.matches(None, bytearray(b"v"))  # type: ignore[arg-type]

    def test_raw_replies_compare_byte_for_byte(self) -> None:
        f = ScannerFilter().with_namespace(Namespace("é")).with_instance_tag("k", "v")
        assert f.matches("é".encode(), b"v")
        assert f.matches(Namespace("é"), "v")
        assert not f.matches(b"\xff\xfe", b"v")  # not UTF-8: no match, no error
        assert not f.matches("\udce9", b"v")  # a lone surrogate: no match, no error
        assert f.matches_many([("é".encode(), b"v"), (b"\xc3", b"v"), (None, b"v")]) == [True, False, False]

    def test_unhashable(self) -> None:
        with pytest.raises(TypeError, match="unhashable"):
            hash(ScannerFilter())


class TestMatchesMany:
    def test_same_answers_as_matches(self) -> None:
        f = ScannerFilter().with_namespace(Namespace("a")).with_instance_tag("k", "v")
        pairs: list[tuple[Namespace | str | None, str | None]] = [
            ("a", "v"),
            (Namespace("a"), "v"),
            ("b", "v"),
            (None, "v"),
            ("a", None),
        ]
        assert f.matches_many(pairs) == [True, True, False, False, False]
        assert f.matches_many(iter(pairs)) == [f.matches(*p) for p in pairs]
        assert f.matches_many(tuple(pairs)) == [f.matches(*p) for p in pairs]
        assert f.matches_many([]) == []

    def test_bad_pairs(self) -> None:
        f = ScannerFilter()
        with pytest.raises(TypeError, match="2-tuple"):
            f.matches_many([("a",)])  # type: ignore[list-item]
        with pytest.raises(TypeError, match="2-tuple"):
            f.matches_many([["a", "v"]])  # type: ignore[list-item]
        with pytest.raises(TypeError):
            f.matches_many(5)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="expected bytes, str, Namespace or None, not int"):
            f.matches_many([("a", 1)])  # type: ignore[list-item]


texts = st.sampled_from(["", "a", "b", "tenant-a", "é", "i-1"]) | st.text(max_size=8)
optional_texts = st.none() | texts
tags = st.none() | st.tuples(texts, texts)


@given(namespace=optional_texts, tag=tags, core_namespace=optional_texts, tag_value=optional_texts, as_obj=st.booleans())
def test_matches_equals_the_reference(
    namespace: str | None,
    tag: tuple[str, str] | None,
    core_namespace: str | None,
    tag_value: str | None,
    as_obj: bool,
) -> None:
    f = build(namespace, tag)
    candidate = Namespace(core_namespace) if as_obj and core_namespace is not None else core_namespace
    assert f.matches(candidate, tag_value) == reference_matches(namespace, tag, core_namespace, tag_value)
    assert f.is_noop() == (namespace is None and tag is None)


@given(namespace=optional_texts, tag=tags, pairs=st.lists(st.tuples(optional_texts, optional_texts), max_size=20))
def test_matches_many_equals_the_reference(
    namespace: str | None, tag: tuple[str, str] | None, pairs: list[tuple[str | None, str | None]]
) -> None:
    f = build(namespace, tag)
    assert f.matches_many(pairs) == [reference_matches(namespace, tag, ns, v) for ns, v in pairs]
