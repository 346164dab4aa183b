"""The real ff-server 0.3.4, started here on loopback against a Valkey
server from ``valkey_servers``. ``scripts/ff_server.sh`` builds it once per
machine and ``FF_CORE_FF_SERVER`` names the binary; without it the tests
that need it skip, unless ``FF_CORE_REQUIRE_FF_SERVER`` is set (as the test
command sets it), where they fail."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ff_worker import call
from valkey_servers import LOOPBACK, free_port


def binary() -> str:
    path = os.environ.get("FF_CORE_FF_SERVER") or str(Path.home() / ".cache/ff-core/ff-server-0.3.4/bin/ff-server")
    if not os.access(path, os.X_OK):
        message = f"no ff-server at {path}: run scripts/ff_server.sh"
        if os.environ.get("FF_CORE_REQUIRE_FF_SERVER"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class FfServer:
    base: str

    def request(self, method: str, path: str, body: str | None = None) -> Answer:
        return Answer(*call(self.base, method, path, body))


@contextmanager
def ff_server(valkey_port: int, timeout: float = 30.0) -> Iterator[FfServer]:
    port = free_port()
    env = dict(
        os.environ,
        FF_HOST=LOOPBACK,
        FF_PORT=str(valkey_port),
        FF_LISTEN_ADDR=f"{LOOPBACK}:{port}",
        FF_WAITPOINT_HMAC_SECRET="00" * 32,
        RUST_LOG="warn",
    )
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen([binary()], env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            server = FfServer(f"http://{LOOPBACK}:{port}")
            deadline = time.monotonic() + timeout
            while True:
                try:
                    if server.request("GET", "/healthz").status == 200:
                        break
                except OSError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    raise RuntimeError(f"ff-server did not start:\n{log.read().decode(errors='replace')}")
                time.sleep(0.1)
            yield server
        finally:
            process.terminate()
            process.wait(timeout=10)
