"""Fault proofs: real worker subprocesses against a real broker, known article ids.

Every proof runs in two sizes: a small one inside ``make test`` and the full one (marked
``slow``) that only ``make chaos`` runs (it sets ``NEWS_CONSUMER_CHAOS_FULL=1``).
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from bench.stream.harness import Topics, WorkerProcess
from tests.conftest import Broker

FULL = os.environ.get("NEWS_CONSUMER_CHAOS_FULL") == "1"
RESULTS = os.environ.get("NEWS_CONSUMER_CHAOS_RESULTS")  # make chaos: where figures go

# Fast failure detection: a killed member leaves the group after 6 s (the broker's minimum).
FAST_GROUP = {
    "kafka__session_timeout_ms": 6000,
    "kafka__heartbeat_interval_ms": 1000,
    "processing__commit_interval_seconds": 0.5,
    "processing__pool_size": 1,
}


FULL_SIZE = [pytest.mark.slow, pytest.mark.timeout(1200)]  # past pytest's 300 s default


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if FULL:
        return
    skip = pytest.mark.skip(reason="full-size fault proof: run `make chaos`")
    for item in items:
        if "slow" in item.keywords and "chaos" in str(item.fspath):
            item.add_marker(skip)


def sizes(small: int, full: int) -> list[Any]:
    """The parameter list of a proof: a small N for make test, the full N for make chaos."""
    return [pytest.param(small, id=f"n{small}"),
            pytest.param(full, id=f"n{full}", marks=FULL_SIZE)]  # fmt: skip


def small_article(n: int) -> bytes:
    """A short text article with a known id (the proofs are about delivery, not extraction)."""
    text = f"Council report number {n}\n\n" + "\n\n".join(
        f"Paragraph {p} of report {n}: the council met on Tuesday and discussed the harbour."
        for p in range(3)
    )
    return orjson.dumps({"id": f"id-{n}", "text": text})


@pytest.fixture
async def fresh_topics(kafka_broker: Broker) -> Callable[..., Awaitable[Topics]]:
    async def make(partitions: int = 3, output_configs: dict[str, str] | None = None) -> Topics:
        topics = Topics.fresh(kafka_broker.bootstrap_servers, "chaos", partitions)
        await topics.create(output_configs)
        return topics

    return make


@pytest.fixture
def worker_processes(tmp_path: Path) -> Iterator[Callable[..., WorkerProcess]]:
    """Start `news-consumer run` subprocesses; any still running at the end are killed."""
    started: list[WorkerProcess] = []

    def start(topics: Topics, **settings: Any) -> WorkerProcess:
        log = tmp_path / f"worker-{len(started)}.log"
        worker = WorkerProcess(topics, settings, log_path=log).start()
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.kill()


def record_result(name: str, figures: dict[str, Any]) -> None:
    """make chaos: merge a proof's figures into the results file (make test: nothing)."""
    if not RESULTS:
        return
    path = Path(RESULTS)
    data = orjson.loads(path.read_bytes()) if path.exists() else {}
    data[name] = figures
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
