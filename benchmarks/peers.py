"""Plain-Python peers of the ff_core types and functions: what a user
would write without the binding. Each is measured beside ours."""

from __future__ import annotations

import binascii
import enum
import uuid
from dataclasses import dataclass


class Kind(enum.Enum):
    Stdout = 1
    Stderr = 2
    Event = 3
    Blob = 4


@dataclass(slots=True, frozen=True)
class Frame:
    bytes: bytes
    kind: Kind
    seq: int | None


@dataclass(slots=True, frozen=True)
class LeaseRenewal:
    expires_at_ms: int
    lease_epoch: int


@dataclass(slots=True, frozen=True)
class FailureReason:
    message: str
    detail: bytes | None


@dataclass(slots=True, frozen=True)
class ValkeyConnection:
    host: str
    port: int
    tls: bool
    cluster: bool


def matches(
    namespace: str | None, instance_tag: tuple[str, str] | None, core_namespace: str | None, tag_value: str | None
) -> bool:
    """ScannerFilter::matches, in Python."""
    if namespace is not None and core_namespace != namespace:
        return False
    if instance_tag is not None and tag_value != instance_tag[1]:
        return False
    return True


def parse_execution_id(text: str) -> str:
    """ExecutionId::parse, in Python: slicing plus uuid.UUID validation."""
    if not text.startswith("{fp:"):
        raise ValueError(f"missing tag: {text}")
    end = text.find("}:", 4)
    if end < 0:
        raise ValueError(f"missing tag: {text}")
    index = text[4:end]
    if not (index.isascii() and index.lstrip("+").isdigit()) or not 0 <= int(index) <= 0xFFFF:
        raise ValueError(f"invalid partition index: {index}")
    uuid.UUID(text[end + 2 :])
    return text


def solo_partition_index(lane: str, num_flow_partitions: int) -> int:
    """solo_partition, in Python: CRC-16/XMODEM is binascii.crc_hqx."""
    return binascii.crc_hqx(lane.encode(), 0) % num_flow_partitions


def solo_partition_key(lane: str, num_flow_partitions: int) -> str:
    """PartitionKey(solo_partition(..)).as_str(), in Python."""
    return f"{{fp:{binascii.crc_hqx(lane.encode(), 0) % num_flow_partitions}}}"


def matches_raw(namespace: bytes | None, tag_value: bytes | None, core_namespace: bytes | None, reply: bytes | None) -> bool:
    """ScannerFilter::matches over raw replies, as a hand-written loop would."""
    return (namespace is None or core_namespace == namespace) and (tag_value is None or reply == tag_value)


def optional_peers() -> dict[str, tuple[type, type]]:
    """msgspec and pydantic (Frame, LeaseRenewal) where they install."""
    found: dict[str, tuple[type, type]] = {}
    try:
        import msgspec

        class MFrame(msgspec.Struct, frozen=True):
            bytes: bytes
            kind: Kind
            seq: int | None

        class MLease(msgspec.Struct, frozen=True):
            expires_at_ms: int
            lease_epoch: int

        found["msgspec.Struct"] = (MFrame, MLease)
    except ImportError:
        pass
    try:
        import pydantic

        class PFrame(pydantic.BaseModel, frozen=True):
            bytes: bytes
            kind: Kind
            seq: int | None

        class PLease(pydantic.BaseModel, frozen=True):
            expires_at_ms: int
            lease_epoch: int

        found["pydantic.BaseModel"] = (PFrame, PLease)
    except ImportError:
        pass
    return found


def fnv1a_u64(data: bytes) -> int:
    """FNV-1a (64-bit), in Python."""
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def parse_stream_cursor(text: str) -> str:
    """StreamCursor::from_str, in Python: the same checks in the same order."""
    if not text:
        raise ValueError("stream cursor must not be empty")
    if text in ("-", "+"):
        raise ValueError(f"bare marker '{text}' is not a valid stream cursor; use 'start' or 'end'")
    if text in ("start", "end"):
        return text
    ms, dash, seq = text.partition("-")
    if text.isascii() and ms.isdigit() and (not dash or seq.isdigit()):
        return text
    raise ValueError(f"invalid stream cursor '{text}'")
