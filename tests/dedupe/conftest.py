"""One real redis-server per test session, on a free loopback port."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

_INSTALL = Path(__file__).resolve().parents[2] / "scripts" / "install-redis.sh"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """Start redis-server (installing Debian's package first if missing); yield its URL."""
    if shutil.which("redis-server") is None:
        result = subprocess.run(["bash", str(_INSTALL)], capture_output=True, text=True)
        if result.returncode != 0 or shutil.which("redis-server") is None:
            pytest.skip(f"redis-server is not installed and could not be: {result.stderr.strip()}")
    port = _free_port()
    workdir = tempfile.mkdtemp(prefix="news-consumer-redis-")
    server = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            workdir,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        client.close()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)
