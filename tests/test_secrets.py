"""A waitpoint token's digest never leaves through a printing channel:
repr, str, format, %, pprint, json with default=str, logging, exception
messages, tracebacks with captured locals, dir/vars, or the copies.
`as_str()` and pickling are the deliberate exceptions."""

import copy
import io
import json
import logging
import pickle
import pprint
import traceback

import pytest
from ff_core import WaitpointHmac, WaitpointKind, WaitpointSpec, WaitpointToken

DIGEST = "f00dfacecafebeef0123456789abcdef01234567"
RAW = f"kid7:{DIGEST}"


def holders() -> list[object]:
    token = WaitpointToken(RAW)
    hmac = WaitpointHmac(RAW)
    spec = WaitpointSpec(WaitpointKind.CorrelationId, b"m", hmac)
    return [token, hmac, spec, hmac.token(), [spec, {"k": token}]]


HOLDERS = holders()
IDS = ["token", "hmac", "spec", "hmac.token()", "containers"]


def printed(value: object) -> list[str]:
    stream = io.StringIO()
    pprint.pprint(value, stream=stream)
    return [
        repr(value),
        str(value),
        format(value),
        f"{value}",
        f"{value!r}",
        f"{value:}",
        "%s %r" % (value, value),
        "{} {!r}".format(value, value),
        stream.getvalue(),
        pprint.pformat(value),
        json.dumps(value, default=str),
    ]


@pytest.mark.parametrize("value", HOLDERS, ids=IDS)
def test_printing_channels_redact(value: object) -> None:
    for text in printed(value):
        assert DIGEST not in text
        assert "REDACTED" in text


@pytest.mark.parametrize("value", HOLDERS, ids=IDS)
def test_logging_redacts(value: object, caplog: pytest.LogCaptureFixture) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(message)s %(secret)s"))
    logger = logging.getLogger("ff_core.test_secrets")
    logger.addHandler(handler)
    try:
        with caplog.at_level(logging.INFO, logger=logger.name):
            logger.info("holder=%s repr=%r", value, value, extra={"secret": value})
            logger.info(value, extra={"secret": [value]})
    finally:
        logger.removeHandler(handler)
    assert "REDACTED" in stream.getvalue()
    assert DIGEST not in stream.getvalue()
    assert DIGEST not in caplog.text


@pytest.mark.parametrize("value", HOLDERS, ids=IDS)
def test_exceptions_and_tracebacks_redact(value: object) -> None:
    def fail(secret_holder: object) -> None:
        local_copy = secret_holder
        raise RuntimeError(f"could not deliver {local_copy}")

    try:
        fail(value)
    except RuntimeError as error:
        summary = traceback.TracebackException.from_exception(error, capture_locals=True)
        text = "".join(summary.format())
        assert "secret_holder =" in text and "REDACTED" in text
        assert DIGEST not in text
        assert DIGEST not in str(error) and DIGEST not in repr(error)
        assert DIGEST not in "".join(traceback.format_exception(error))


def test_package_errors_never_echo_a_token() -> None:
    spec = WaitpointSpec(WaitpointKind.SignalName, b"m", WaitpointHmac(RAW))
    for attempt in (
        lambda: WaitpointSpec(WaitpointKind.SignalName, RAW, WaitpointHmac(RAW)),  # type: ignore[arg-type]
        lambda: spec.replace(hmac_token=RAW),  # type: ignore[arg-type]
        lambda: spec.replace(matcher=RAW),  # type: ignore[arg-type]
        lambda: WaitpointHmac(WaitpointToken(RAW)),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError) as caught:
            attempt()
        assert DIGEST not in str(caught.value)


@pytest.mark.parametrize("make", [WaitpointToken, WaitpointHmac, WaitpointToken.new, WaitpointHmac.new])
def test_undecodable_token_raises_without_the_token(make: object) -> None:
    """Text decoded with surrogateescape carries lone surrogates; the
    error must not hold the raw token anywhere (message, args, cause)."""
    raw = RAW + "\udcff"
    with pytest.raises(ValueError) as caught:
        make(raw)  # type: ignore[operator]
    error = caught.value
    assert not isinstance(error, UnicodeError)
    for part in (str(error), repr(error), repr(error.args), repr(vars(error))):
        assert DIGEST not in part
    assert error.__cause__ is None and error.__context__ is None


def test_token_hash_is_the_salted_str_hash() -> None:
    assert hash(WaitpointToken(RAW)) == hash(RAW)
    assert hash(WaitpointHmac(RAW)) == hash(RAW)


@pytest.mark.parametrize("value", HOLDERS[:3], ids=IDS[:3])
def test_introspection_shows_no_digest(value: object) -> None:
    assert DIGEST not in " ".join(dir(value))
    with pytest.raises(TypeError):
        vars(value)


@pytest.mark.parametrize("value", HOLDERS[:3], ids=IDS[:3])
def test_copies_stay_redacted(value: object) -> None:
    for clone in (copy.copy(value), copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
        assert clone == value
        for text in printed(clone):
            assert DIGEST not in text


def test_deliberate_exposure() -> None:
    hmac = WaitpointHmac(RAW)
    assert hmac.as_str() == RAW
    assert hmac.token().as_str() == RAW
    assert WaitpointToken(RAW).as_str() == RAW
    # Pickling is an explicit serialization of the value: it carries the secret.
    assert DIGEST.encode() in pickle.dumps(hmac)
