# The attacks pass objects that only quack like the declared types.
# mypy: disable-error-code="arg-type"
"""Hostile runtime: what an attacker or an unlucky runtime does around our
calls, not just the arguments. User callbacks that re-enter our API from
inside our calls, eight threads doing it at once, running out of memory,
class-level patching, subinterpreters, buffers of every kind and hashes of
secrets. Every attempt must end in a value or an ordinary exception, never
a PanicException (a BaseException), an abort, or a changed value."""

import array
import gc
import itertools
import mmap
import os
import pickle
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import ff_core as ff
import pytest
from samples import VALUES

HEAVY = bool(os.environ.get("FF_CORE_HEAVY"))
THREADS = 8
ROUNDS = 1_300 if not HEAVY else 13_000  # x 8 threads x ~10 operations: >= 100,000
TOKEN = "kid1:" + "ab" * 20


TAG_INDEXES = itertools.count()


class Shared:
    """Objects every callback and thread touches."""

    frame = ff.Frame.with_seq(b"seed", ff.FrameKind.Stdout, 1)
    scanner = ff.ScannerFilter().with_namespace(ff.Namespace("tenant-a")).with_instance_tag("k", "v")
    caps = ff.CapabilitySet(["gpu"])
    config = ff.BackendConfig.valkey("h", 6379)
    hmac = ff.WaitpointHmac(TOKEN)
    eid = ff.ExecutionId.parse("{fp:7}:67e55044-10b1-426f-9247-bb680e5fe0c8")


def touch_everything() -> None:
    """What a callback does from inside one of our calls: reads, replace,
    pickle, repr, ==, hash, matching and constructors on the shared values."""
    s = Shared
    assert s.frame.seq == 1 and s.frame.bytes == b"seed"
    assert s.frame.replace(seq=2).seq == 2
    assert pickle.loads(pickle.dumps(s.scanner)) == s.scanner
    assert repr(s.hmac) == "WaitpointHmac(WaitpointToken(kid1:<REDACTED:len=40>))"
    assert s.caps == ff.CapabilitySet(["gpu"])
    assert hash(s.eid) == hash(s.eid.as_str())
    assert s.scanner.matches_many([(b"tenant-a", b"v"), (None, None)]) == [True, False]
    assert s.config.replace(retry=ff.BackendRetry(factor=1)).retry.factor == 1
    index = next(TAG_INDEXES) % 4096  # grows the shared table of hash tags from many threads
    assert ff.PartitionKey(ff.Partition(ff.PartitionFamily.Budget, index)).as_str() == f"{{b:{index}}}"


class ReenteringIndex:
    """An int whose conversion runs our API on the same objects."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        touch_everything()
        return self.value


class ReenteringStr(str):
    """A str subclass whose hooks re-enter (our conversions copy it to an exact str)."""

    def __hash__(self) -> int:
        touch_everything()
        return super().__hash__()

    def __eq__(self, other: object) -> bool:
        touch_everything()
        return super().__eq__(other)


class ReenteringMapping:
    def items(self) -> Iterator[tuple[str, Any]]:
        touch_everything()
        yield "a", ReenteringIndex(1)
        touch_everything()


class Finalizer:
    """Runs our API from a finalizer, during whatever call collects it."""

    ran = 0

    def __init__(self) -> None:
        self.cycle = self

    def __del__(self) -> None:
        touch_everything()
        Finalizer.ran += 1


def reentering_items(items: list[Any]) -> Iterator[Any]:
    for item in items:
        touch_everything()
        Finalizer()
        gc.collect(0)  # the young generation holds the new cycle: its finalizer runs here
        yield item


class WeirdMeta(type):
    @property
    def __name__(cls) -> str:  # type: ignore[override]
        touch_everything()
        raise RuntimeError("metaclass name")


class Weird(metaclass=WeirdMeta):
    pass


def every_reentrant_call() -> list[Callable[[], Any]]:
    s = Shared
    return [
        lambda: s.frame.replace(seq=ReenteringIndex(9)),
        lambda: ff.Frame.with_seq(b"x", ff.FrameKind.Blob, ReenteringIndex(3)),
        lambda: ff.LeaseRenewal(ReenteringIndex(1), ReenteringIndex(2)),
        lambda: ff.PartitionConfig(ReenteringIndex(8)),
        lambda: ff.CapabilitySet(reentering_items(["a", "b"])),
        lambda: s.caps.replace(tokens=reentering_items([ReenteringStr("x")])),
        lambda: s.scanner.matches_many(reentering_items([(b"tenant-a", b"v"), ("x", None)] * 3)),
        lambda: ff.UsageDimensions(custom=ReenteringMapping()),
        lambda: ff.Namespace(ReenteringStr("tenant")),
        lambda: ff.ScannerFilter().with_instance_tag(ReenteringStr("k"), ReenteringStr("v")),
        lambda: s.scanner.matches(ReenteringStr("tenant-a"), "v"),
        lambda: ff.TimestampMs(ReenteringIndex(5)),
        lambda: ff.PartitionKey(ff.Partition(ff.PartitionFamily.Quota, ReenteringIndex(4321))),
    ]


EXPECTED: list[Callable[[Any], bool]] = [
    lambda v: v.seq == 9,
    lambda v: v.seq == 3,
    lambda v: v == ff.LeaseRenewal(1, 2),
    lambda v: v.num_flow_partitions == 8,
    lambda v: v.tokens == ("a", "b"),
    lambda v: v.tokens == ("x",) and type(v.tokens[0]) is str,
    lambda v: v == [True, False] * 3,
    lambda v: dict(v.custom) == {"a": 1},
    lambda v: v.as_str() == "tenant" and type(v.as_str()) is str,
    lambda v: v.instance_tag == ("k", "v"),
    lambda v: v is True,
    lambda v: int(v) == 5,
    lambda v: v.as_str() == "{q:4321}",
]


def test_reentrant_callbacks_see_whole_values() -> None:
    before = {name: repr(getattr(Shared, name)) for name in ("frame", "scanner", "caps", "config", "hmac", "eid")}
    for call, expected in zip(every_reentrant_call(), EXPECTED, strict=True):
        assert expected(call())
    assert Finalizer.ran > 0
    assert before == {name: repr(getattr(Shared, name)) for name in before}


def test_a_raising_metaclass_name_propagates_or_is_not_run() -> None:
    calls: list[Callable[[], object]] = [
        lambda: ff.Frame(Weird(), ff.FrameKind.Stdout),
        lambda: ff.Namespace(Weird()),
        lambda: ff.ScannerFilter().matches(Weird(), None),
    ]
    for call in calls:
        with pytest.raises((TypeError, RuntimeError)) as caught:
            call()
        if isinstance(caught.value, RuntimeError):
            # Where reading the type's name runs the metaclass (3.10), its
            # exception is the caller's own and propagates.
            assert str(caught.value) == "metaclass name"
        else:
            # From 3.11 the name is read without running it.
            assert str(caught.value).endswith("not Weird"), str(caught.value)


def test_eight_threads_reentering_at_once() -> None:
    errors: list[BaseException] = []
    done = [0] * THREADS
    barrier = threading.Barrier(THREADS)
    calls = every_reentrant_call()

    def work(index: int) -> None:
        try:
            barrier.wait()
            for step in range(ROUNDS):
                touch_everything()
                call = calls[(index + step) % len(calls)]
                assert EXPECTED[(index + step) % len(calls)](call())
                done[index] += 10
        except BaseException as error:  # noqa: BLE001 - a PanicException is a BaseException
            errors.append(error)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sum(done) >= 100_000


# ── out of memory ──────────────────────────────────────────────────────

OOM_SCRIPT = textwrap.dedent(
    """
    import resource, sys
    import ff_core as ff

    def rss():
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * resource.getpagesize()

    big = b"x" * (64 << 20)
    frame = ff.Frame(big, ff.FrameKind.Blob)
    limit = rss() + (96 << 20)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    attempts = {
        "repr": lambda: repr(frame),
        "str": lambda: str(frame),
        "eq": lambda: frame == ff.Frame(big, ff.FrameKind.Blob),
        "copy a bytearray": lambda: ff.Frame(bytearray(big), ff.FrameKind.Blob),
        "repr opaque": lambda: repr(ff.HandleOpaque(big)),
        "reason": lambda: repr(ff.FailureReason.with_detail("x", big)),
    }
    failed = []
    for name, attempt in attempts.items():
        try:
            attempt()
        except MemoryError:
            continue
        except BaseException as error:
            failed.append(f"{name}: {type(error).__name__}: {error}")
        else:
            failed.append(f"{name}: no MemoryError")
    assert frame.bytes is big
    print("\\n".join(failed) or "ok")
    """
)


def test_out_of_memory_raises_memory_error() -> None:
    result = subprocess.run([sys.executable, "-c", OOM_SCRIPT], capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stdout.strip(), result.stderr) == (0, "ok", "")


# ── hashes, classes, subinterpreters, buffers ─────────────────────────


def hash_in_a_fresh_process(seed: str) -> str:
    code = f"import ff_core as ff; print(hash(ff.WaitpointToken({TOKEN!r})), hash(ff.WaitpointHmac({TOKEN!r})))"
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout


def test_secret_hashes_are_salted_per_process() -> None:
    assert hash_in_a_fresh_process("1") != hash_in_a_fresh_process("2")
    assert hash_in_a_fresh_process("3") == hash_in_a_fresh_process("3")


@pytest.mark.parametrize(
    "cls",
    [ff.WaitpointToken, ff.FrameKind, ff.ScannerFilter, ff.AdmissionDecision, ff.AdmissionDecision.Throttled, ff.CancelFlowWait.WaitTimeout],
    ids=lambda c: c.__qualname__,
)
def test_classes_cannot_be_patched(cls: type) -> None:
    for name in ("__repr__", "__str__", "__eq__", "__hash__", "__reduce__", "new_attribute", "NOOP", "Stdout", "Admitted"):
        with pytest.raises(TypeError):
            setattr(cls, name, lambda *a: "leaked")
    with pytest.raises(TypeError):
        delattr(cls, "__repr__")


def test_redaction_cannot_be_turned_off() -> None:
    token = ff.WaitpointToken(TOKEN)
    with pytest.raises(TypeError):
        ff.WaitpointToken.__repr__ = lambda self: self.as_str()  # type: ignore[method-assign, attr-defined]
    with pytest.raises(TypeError):
        type.__setattr__(ff.WaitpointToken, "__str__", lambda self: self.as_str())
    assert "ab" * 20 not in repr(token) + str(token) + f"{token}"


def test_class_of_a_value_cannot_change() -> None:
    for value in (ff.FrameKind.Stdout, ff.AdmissionDecision.Admitted, ff.AdmissionDecision.Throttled(1), ff.Namespace("a")):
        for other in (ff.FrameKind, ff.HandleKind, ff.AdmissionDecision.Rejected, ff.LaneId, object):
            with pytest.raises(TypeError):
                value.__class__ = other  # type: ignore[assignment]
    assert repr(ff.FrameKind.Stdout) == "Stdout"


SUBINTERPRETER = textwrap.dedent(
    """
    try:
        import _interpreters as interpreters  # 3.13+
    except ImportError:
        import _xxsubinterpreters as interpreters  # 3.10-3.12
    import ff_core._ff_core  # the main interpreter imports it

    def legacy():
        # A subinterpreter sharing the main GIL: the kind CPython lets
        # import any multi-phase module, so our own check must refuse.
        for make in (lambda: interpreters.create("legacy"), lambda: interpreters.create(isolated=False)):
            try:
                return make()
            except (TypeError, ValueError):
                continue
        return interpreters.create()

    for interp in (legacy(), interpreters.create()):
        try:
            result = interpreters.run_string(interp, "import ff_core._ff_core")
        except Exception as error:
            result = error
        print(repr(result))
    """
)


def test_subinterpreters_are_refused_with_a_clear_import_error() -> None:
    result = subprocess.run([sys.executable, "-c", SUBINTERPRETER], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    legacy, default = result.stdout.splitlines()
    # Ours on a shared-GIL interpreter; on 3.12+ CPython's own refusal of an
    # isolated one may come first. Either way an ImportError that says why.
    assert "cannot be imported in a subinterpreter" in legacy, legacy
    assert "ImportError" in default and "subinterpreter" in default, default


def test_payloads_take_any_buffer() -> None:
    words = array.array("I", [1, 2])
    assert ff.Frame(words, ff.FrameKind.Blob).bytes == words.tobytes()
    with mmap.mmap(-1, 8) as mapped:
        mapped.write(b"12345678")
        frame = ff.Frame(mapped, ff.FrameKind.Blob)
        mapped[0:1] = b"x"
    assert frame.bytes == b"12345678"
    strided = memoryview(b"abcdef")[::2]
    assert ff.HandleOpaque(strided).as_bytes() == b"ace"
    assert ff.FailureReason.with_detail("m", bytearray(b"d")).detail == b"d"
    for not_a_buffer in ("text", 5, [1, 2], None):
        with pytest.raises(TypeError):
            ff.Frame(not_a_buffer, ff.FrameKind.Blob)


def test_values_cross_threads_unchanged() -> None:
    made = {name: make() for name, make in VALUES.items()}
    reprs = {name: repr(value) for name, value in made.items()}
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            barrier.wait()
            for _ in range(200):
                for name, value in made.items():
                    assert repr(pickle.loads(pickle.dumps(value))) == reprs[name]
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert {name: repr(value) for name, value in made.items()} == reprs


def test_negative_timedelta_and_huge_ints_are_value_errors() -> None:
    with pytest.raises(ValueError):
        ff.ClaimPolicy.with_max_wait(timedelta(seconds=-1))
    with pytest.raises(OverflowError):
        ff.Frame.with_seq(b"", ff.FrameKind.Blob, 2**64)
    with pytest.raises(OverflowError):
        ff.Frame.with_seq(b"", ff.FrameKind.Blob, ReenteringIndex(-1))


# ── read-only containers: nothing reached through them can change a value ──

BINARY_OPERATORS = [
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__or__", "__and__", "__xor__", "__sub__",
    "__add__", "__mul__", "__contains__", "__getitem__",
]


class Grab:
    """An operand that keeps whatever our containers hand it, in every direction."""

    seen: list[Any] = []

    def __init__(self) -> None:
        Grab.seen = []

    def _keep(self, other: Any) -> Any:
        Grab.seen.append(other)
        return NotImplemented

    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = _keep
    __or__ = __ror__ = __ior__ = __and__ = __rand__ = __xor__ = __rxor__ = _keep
    __sub__ = __rsub__ = __add__ = __radd__ = __mul__ = __rmul__ = _keep
    __hash__ = object.__hash__


def mutate_everything(found: Any) -> None:
    """Try every mutation on a grabbed object; immutable ones refuse."""
    attempts: list[Callable[[], object]] = [
        lambda: found.__setitem__("x", 1),
        lambda: found.update({"y": 2}),
        lambda: found.clear(),
        lambda: found.pop("a"),
        lambda: found.append(3),
    ]
    for attempt in attempts:
        try:
            attempt()
        except (TypeError, AttributeError, KeyError, IndexError):
            pass


def containers() -> list[tuple[str, Callable[[], Any], Callable[[Any], Any]]]:
    return [
        ("UsageDimensions.custom", VALUES["UsageDimensions"], lambda v: v.custom),
        ("UsageDimensions().custom (the default)", lambda: ff.UsageDimensions(), lambda v: v.custom),
        ("CreateExecutionArgs.tags", VALUES["CreateExecutionArgs"], lambda v: v.tags),
    ]


@pytest.mark.parametrize(("name", "make", "read"), containers(), ids=[c[0] for c in containers()])
def test_no_operator_or_method_reaches_a_mutable_container(
    name: str, make: Callable[[], Any], read: Callable[[Any], Any]
) -> None:
    value = make()
    before, default_before = repr(value), repr(make())
    mapping = read(value)
    grab = Grab()
    for operator in BINARY_OPERATORS:
        calls: list[Callable[[], object]] = [
            lambda: getattr(mapping, operator)(grab),
            lambda: getattr(grab, operator, grab._keep)(mapping),
        ]
        for call in calls:
            try:
                call()
            except (TypeError, KeyError, AttributeError):
                pass
    for expression in ("mapping == grab", "grab == mapping", "mapping != grab", "mapping | grab", "grab | mapping"):
        try:
            eval(expression, {"mapping": mapping, "grab": grab})
        except TypeError:
            pass
    found = list(Grab.seen)
    found += [mapping.copy(), mapping | {}, {} | mapping, dict(mapping), mapping.keys(), mapping.values()]
    found += [mapping.items(), list(reversed(mapping)), list(iter(mapping)), mapping.get("a")]
    found += [getattr(view, "_mapping", None) for view in (mapping.keys(), mapping.values(), mapping.items())]
    for item in found:
        mutate_everything(item)
    mutate_everything(mapping)
    assert repr(value) == before
    assert repr(make()) == default_before
    assert repr(read(value)) == repr(mapping)


def test_the_issue_reproducer_cannot_change_default_values() -> None:
    class Steal:
        d: Any = None

        def __eq__(self, other: object) -> bool:
            Steal.d = other
            return False

        __hash__ = object.__hash__

    assert (ff.UsageDimensions().custom == Steal()) is False
    with pytest.raises(TypeError):
        Steal.d["x"] = 1
    assert repr(ff.UsageDimensions(input_tokens=5)) == (
        "UsageDimensions { input_tokens: 5, output_tokens: 0, wall_ms: None, custom: {} }"
    )


def test_frozen_mapping_behaves_as_a_read_only_mapping() -> None:
    from collections.abc import ItemsView, KeysView, Mapping, ValuesView

    custom: Any = ff.UsageDimensions(custom={"b": 2, "a": 1}).custom
    assert issubclass(type(custom), Mapping)
    assert repr(custom) == "FrozenMapping({'a': 1, 'b': 2})"
    assert list(custom) == ["a", "b"] and list(reversed(custom)) == ["b", "a"]
    assert len(custom) == 2 and "a" in custom and "z" not in custom and 1 not in custom
    assert custom["a"] == 1 and custom.get("z") is None and custom.get("z", 7) == 7
    with pytest.raises(KeyError, match="z"):
        custom["z"]
    assert isinstance(custom.keys(), KeysView) and list(custom.keys()) == ["a", "b"]
    assert isinstance(custom.values(), ValuesView) and list(custom.values()) == [1, 2]
    assert isinstance(custom.items(), ItemsView) and list(custom.items()) == [("a", 1), ("b", 2)]
    assert custom == {"a": 1, "b": 2} and {"b": 2, "a": 1} == custom and custom != {"a": 1}
    assert custom == ff.UsageDimensions(custom={"a": 1, "b": 2}).custom
    assert (custom == 1) is False and custom != "ab"
    assert custom | {"c": 3} == {"a": 1, "b": 2, "c": 3} and {"c": 3} | custom == {"c": 3, "a": 1, "b": 2}
    copy = custom.copy()
    copy["c"] = 3
    assert custom == {"a": 1, "b": 2}
    with pytest.raises(TypeError, match="unhashable"):
        hash(custom)
    with pytest.raises(TypeError):
        custom["c"] = 3
    with pytest.raises(TypeError):
        type(custom)()
    with pytest.raises(TypeError, match="immutable type"):
        type(custom).get = None


# ── exceptions the caller's own code raises propagate unchanged ──

RAISED = [KeyboardInterrupt, SystemExit, MemoryError, RecursionError, LookupError]


def raising(exception: BaseException) -> dict[str, Any]:
    """Objects whose protocol methods raise ``exception``: each kind of argument the conversions take apart."""

    def throw(*_: Any) -> Any:
        raise exception

    class Mapping:
        items = throw

    class Iterable:
        __iter__ = throw

    class Iterator:
        def __iter__(self) -> "Iterator":
            return self

        __next__ = throw

    class Items:
        def items(self) -> Any:
            return Iterable()

    class Named(type):
        @property
        def __name__(cls) -> str:  # type: ignore[override]
            raise exception

    return {
        "mapping": Mapping(),
        "mapping whose items() iterates badly": Items(),
        "iterable": Iterable(),
        "iterator": Iterator(),
        "metaclass name": Named("Odd", (), {})(),
    }


CONVERSIONS: list[tuple[str, Callable[[Any], object], tuple[str, ...]]] = [
    ("UsageDimensions(custom=)", lambda x: ff.UsageDimensions(custom=x), ("mapping", "mapping whose items() iterates badly", "metaclass name")),
    ("CreateExecutionArgs.replace(tags=)", lambda x: VALUES["CreateExecutionArgs"]().replace(tags=x), ("mapping", "mapping whose items() iterates badly", "metaclass name")),  # type: ignore[attr-defined]
    ("CapabilitySet()", lambda x: ff.CapabilitySet(x), ("iterable", "iterator", "metaclass name")),
    ("RetryPolicy(retryable_categories=)", lambda x: ff.RetryPolicy(retryable_categories=x), ("iterable", "iterator", "metaclass name")),
    ("ExecutionPolicy(budget_ids=)", lambda x: ff.ExecutionPolicy(budget_ids=x), ("iterable", "iterator", "metaclass name")),
    ("FallbackPolicy()", lambda x: ff.FallbackPolicy(x), ("iterable", "iterator", "metaclass name")),
    ("RoutingRequirements(required_capabilities=)", lambda x: ff.RoutingRequirements(required_capabilities=x), ("iterable", "iterator", "metaclass name")),
    ("Frame()", lambda x: ff.Frame(x, ff.FrameKind.Stdout), ("metaclass name",)),
]


@pytest.mark.parametrize("exception_type", RAISED, ids=[e.__name__ for e in RAISED])
@pytest.mark.parametrize(("name", "convert", "kinds"), CONVERSIONS, ids=[c[0] for c in CONVERSIONS])
def test_the_callers_exceptions_propagate_unchanged(
    name: str, convert: Callable[[Any], object], kinds: tuple[str, ...], exception_type: type[BaseException]
) -> None:
    for kind in kinds:
        exception = exception_type(f"raised by the caller's {kind}")
        argument = raising(exception)[kind]
        try:
            convert(argument)
        except BaseException as raised:  # noqa: BLE001 - which one is the point
            caught = raised
        else:
            pytest.fail(f"{kind}: nothing raised")
        if kind == "metaclass name" and isinstance(caught, TypeError):
            # From 3.11 the type's name is read without running the
            # metaclass's `__name__`; where it runs, its exception propagates.
            assert str(caught).endswith("not Odd"), str(caught)
        else:
            assert caught is exception, f"{kind}: {type(caught).__name__}: {caught}"
        del caught, argument  # the metaclass would break pytest's report of locals


def test_a_buffer_that_cannot_be_exported_raises_its_own_error() -> None:
    with mmap.mmap(-1, 16) as closed:
        pass
    with pytest.raises(ValueError, match="closed"):
        ff.Frame(closed, ff.FrameKind.Stdout)


def test_a_wrong_type_is_still_a_type_error() -> None:
    with pytest.raises(TypeError, match="^argument 'custom': expected a mapping of str to int, not int$"):
        ff.UsageDimensions(custom=1)
    with pytest.raises(TypeError, match="expected an iterable of str, not int"):
        ff.CapabilitySet(1)
    with pytest.raises(TypeError, match="expected a bytes-like object, not str"):
        ff.Frame("text", ff.FrameKind.Stdout)

    class BadItems:
        def items(self) -> Any:
            raise TypeError("a bug in items()")

    with pytest.raises(TypeError, match="expected a mapping of str to int, not BadItems") as caught:
        ff.UsageDimensions(custom=BadItems())
    assert str(caught.value.__cause__) == "a bug in items()"


# ── every caller-sized allocation fails into MemoryError ──

OOM_SETUP = """
import itertools, resource, sys
import ff_core as ff
from ff_core import keys
BIG = "x" * (32 << 20)
DOC = '"' + BIG + '"'
ARGS = ff.CreateExecutionArgs.from_json(VALUES_ARGS_JSON)
TAGGED = VALUES_ARGS_JSON[:-1] + ',"tags":{"' + BIG + '":"v"}}'
PAIRS = [(None, None)] * 8_000_000
CTX = keys.ExecKeyContext(ff.Partition(ff.PartitionFamily.Flow, 1), ARGS.execution_id)
INDEX = keys.IndexKeys(ff.Partition(ff.PartitionFamily.Flow, 1))
LANE = ff.LaneId(BIG)
WP = ff.WaitpointId()
NOOP = ff.ScannerFilter()
with open("/proc/self/statm") as statm:
    vm = int(statm.read().split()[0]) * resource.getpagesize()
resource.setrlimit(resource.RLIMIT_AS, (vm + (MARGIN << 20),) * 2)
try:
    ATTEMPT
except MemoryError:
    print("MemoryError")
except BaseException as error:
    print(f"{type(error).__name__}: {str(error)[:200]}")
else:
    print("no MemoryError")
"""

OOM_PATHS = {
    "Namespace.from_json": "ff.Namespace.from_json(DOC)",
    "LaneId.from_json": "ff.LaneId.from_json(DOC)",
    "CreateExecutionArgs.from_json, a 32 MiB tag key": "ff.CreateExecutionArgs.from_json(TAGGED)",
    "repr(UsageDimensions(custom={big_key: 1}))": "repr(ff.UsageDimensions(custom={BIG: 1}))",
    "StreamCursor.from_str": "ff.StreamCursor.from_str(BIG)",
    "ExecutionId.parse": "ff.ExecutionId.parse(BIG)",
    "CancelSource.from_str": "ff.CancelSource.from_str(BIG)",
    "LaneId.try_new": "ff.LaneId.try_new(BIG)",
    "keys.namespace_executions_key": "keys.namespace_executions_key(BIG)",
    "keys.tag_index_key": "keys.tag_index_key(BIG, 'k', 'v')",
    "ExecKeyContext.signal_dedup": "CTX.signal_dedup(WP, BIG)",
    "IndexKeys.lane_eligible": "INDEX.lane_eligible(LANE)",
    "CapabilitySet from a long iterator": "ff.CapabilitySet(itertools.repeat('a', 10**8))",
    "ExecutionPolicy(budget_ids=...)": "ff.ExecutionPolicy(budget_ids=itertools.repeat(ff.BudgetId(), 10**8))",
    "RoutingRequirements(required_capabilities=...)": "ff.RoutingRequirements(required_capabilities=itertools.repeat('a', 10**8))",
    "FallbackPolicy from a long iterator": "ff.FallbackPolicy(itertools.repeat(ff.FallbackTier('p', 'm', None), 10**8))",
    "ScannerFilter.matches_many, 8 million pairs": "NOOP.matches_many(PAIRS)",
    "ScannerFilter.matches_many, 8 million pairs from an iterator": "NOOP.matches_many(iter(PAIRS))",
    # Room for the argument's copy, not for the key ff-core formats around it.
    "keys.tag_index_key, 48 MiB free": "keys.tag_index_key(BIG, 'k', 'v')  # MARGIN=48",
    "IndexKeys.lane_eligible, 48 MiB free": "INDEX.lane_eligible(LANE)  # MARGIN=48",
    "ExecKeyContext.signal_dedup, 48 MiB free": "CTX.signal_dedup(WP, BIG)  # MARGIN=48",
    "StreamCursor.from_str, 48 MiB free": "ff.StreamCursor.from_str(BIG)  # MARGIN=48",
}


@pytest.mark.parametrize("attempt", list(OOM_PATHS.values()), ids=list(OOM_PATHS))
def test_caller_sized_allocations_raise_memory_error(attempt: str) -> None:
    args_json = VALUES["CreateExecutionArgs"]().to_json()  # type: ignore[attr-defined]
    margin = attempt.split("# MARGIN=")[1] if "# MARGIN=" in attempt else "16"
    script = OOM_SETUP.replace("VALUES_ARGS_JSON", repr(args_json)).replace("ATTEMPT", attempt)
    script = script.replace("MARGIN", margin)
    env = {k: v for k, v in os.environ.items() if k != "RUST_BACKTRACE"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert (result.returncode, result.stdout.strip()) == (0, "MemoryError"), result.stderr[-2000:]
