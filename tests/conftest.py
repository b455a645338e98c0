"""Shared fixtures: one real Kafka broker per test session, unique topics per test."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from consumer import stale_compiled_modules
from consumer.local_kafka import LocalKafka
from consumer.runtime.admin import create_topics
from consumer.settings import Settings, load_settings

REPO = Path(__file__).resolve().parents[1]
SHARED_EXAMPLES = REPO.parent / "shared" / "examples"
SASL_USERS = {"alice": "alice-secret"}


def pytest_configure(config: pytest.Config) -> None:
    # An in-place mypyc build (setup.py) is imported before its source: tests of an edited
    # source would run the old compiled code.
    stale = stale_compiled_modules()
    if stale:
        raise pytest.UsageError(
            f"compiled modules older than their source: {', '.join(stale)}; rebuild them "
            "(make venv, or pip install -e .) or remove them (NEWS_CONSUMER_COMPILE=0 pip "
            "install -e ., or make clean)"
        )


@dataclass
class Broker:
    bootstrap_servers: str
    sasl_bootstrap_servers: str = ""  # empty when the broker is external
    ssl_bootstrap_servers: str = ""  # empty when the broker is external
    ssl_cafile: Path | None = None
    local: LocalKafka | None = None


@pytest.fixture(scope="session")
def kafka_broker() -> Iterator[Broker]:
    """A real broker: KAFKA_BOOTSTRAP_SERVERS when set, else one we start from the jars."""
    external = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if external:
        yield Broker(bootstrap_servers=external)
        return
    with LocalKafka(sasl_users=SASL_USERS, tls=True) as local:
        yield Broker(
            local.bootstrap_servers,
            local.sasl_bootstrap_servers,
            local.ssl_bootstrap_servers,
            local.ssl_cafile,
            local,
        )


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


SettingsFactory = Callable[..., Awaitable[Settings]]


@pytest.fixture
def make_settings(kafka_broker: Broker) -> SettingsFactory:
    """Settings on the session broker with fresh topics and group; overrides by section."""

    async def build(partitions: int = 3, **sections: dict[str, Any]) -> Settings:
        name = unique("t")
        overrides: dict[str, dict[str, Any]] = {
            "kafka": {"bootstrap_servers": kafka_broker.bootstrap_servers, "group_id": name},
            "topics": {
                "input": f"{name}.raw",
                "output": f"{name}.enriched",
                "dead_letter": f"{name}.raw.dlq",
                "partitions": partitions,
            },
            "processing": {"pool_size": 2, "commit_interval_seconds": 0.2},
            "metrics": {"port": 0, "host": "127.0.0.1"},
        }
        for section, values in sections.items():
            overrides.setdefault(section, {}).update(values)
        settings = load_settings(**overrides)
        await create_topics(settings)
        return settings

    return build


@pytest.fixture
async def running_worker() -> AsyncIterator[Callable[[Settings], Awaitable[Any]]]:
    """Start in-process workers; each is stopped (drained and committed) at the end."""
    from consumer.runtime.worker import Worker

    started: list[tuple[Worker, asyncio.Task[int]]] = []

    async def start(settings: Settings) -> Worker:
        worker = Worker(settings)
        task = asyncio.create_task(worker.serve(install_signals=False))
        started.append((worker, task))
        await wait_for(lambda: worker.readiness()[0] or task.done(), timeout=60, what="ready")
        if task.done():
            task.result()  # raises the start-up error
            raise RuntimeError("the worker stopped during start-up")
        return worker

    yield start
    for worker, _ in started:
        worker.request_exit()
    for _, task in started:
        await asyncio.wait_for(task, 60)


async def wait_for(
    condition: Callable[[], bool], timeout: float = 30.0, what: str = "condition"
) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


@pytest.fixture
def seed_example() -> Path:
    folder = SHARED_EXAMPLES / "aggregator-copy"
    if not (folder / "input.txt").exists():
        pytest.skip(f"the shared seed example is absent ({folder}): it lives beside the repo")
    return folder
