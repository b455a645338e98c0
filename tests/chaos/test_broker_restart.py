"""The broker killed and restarted mid-stream: the worker waits, reports not ready, reconnects
and resumes; nothing is lost and the process never exits."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

from bench.stream.harness import Topics, end_offsets, produce, read_topic, wait_committed
from consumer.local_kafka import LocalKafka
from tests.chaos.accounting import ledger, missing
from tests.chaos.conftest import FAST_GROUP, record_result, sizes, small_article

pytestmark = pytest.mark.integration


@pytest.fixture
def own_broker() -> Iterator[LocalKafka]:
    """A broker of this test alone: the session broker must not go down."""
    with LocalKafka() as broker:
        yield broker


async def wait_until(condition, timeout: float, what: str) -> float:
    started = time.monotonic()
    while not await asyncio.to_thread(condition):
        if time.monotonic() - started > timeout:
            raise TimeoutError(what)
        await asyncio.sleep(0.2)
    return time.monotonic() - started


@pytest.mark.parametrize("count", sizes(600, 10_000))
async def test_worker_survives_a_broker_restart(count, own_broker, worker_processes):
    topics = Topics.fresh(own_broker.bootstrap_servers, "restart", partitions=3)
    await topics.create()
    half = count // 2
    await produce(topics.bootstrap, topics.input,
                  ((f"id-{n}".encode(), small_article(n)) for n in range(half)))  # fmt: skip
    worker = worker_processes(topics, **FAST_GROUP, processing__max_in_flight_messages=100)
    await asyncio.to_thread(worker.wait_ready, 90)
    await asyncio.sleep(0.5)  # mid-stream: some records done, others in flight

    own_broker.kill()
    down_at = time.monotonic()
    unready_after = await wait_until(lambda: not worker.ready(), 30, "readiness to turn false")
    await asyncio.sleep(3)  # the worker keeps waiting for the broker
    assert worker.alive()
    assert worker.http("/healthz")[0] == 200  # the event loop still answers
    own_broker.restart()
    downtime = time.monotonic() - down_at
    ready_again = await wait_until(worker.ready, 120, "readiness after the restart")

    await produce(topics.bootstrap, topics.input,
                  ((f"id-{n}".encode(), small_article(n)) for n in range(half, count)))  # fmt: skip
    ends = await end_offsets(topics.bootstrap, topics.input, 3)
    await wait_committed(topics, ends, timeout=120 + count / 50, alive=worker.alive)
    assert worker.alive()
    assert worker.terminate() == 0

    outputs = await read_topic(topics.bootstrap, topics.output)
    dead = await read_topic(topics.bootstrap, topics.dead_letter, idle=1.0)
    book = ledger(outputs, dead)
    assert missing([f"id-{n}" for n in range(count)], book) == []
    assert not dead
    record_result(
        f"broker_restart_{count}",
        {
            "messages": count,
            "lost": 0,
            "duplicates": book.duplicates,
            "broker_down_s": round(downtime, 1),
            "readiness_false_after_s": round(unready_after, 1),
            "ready_again_after_restart_s": round(ready_again, 1),
            "worker_exits": 0,
        },
    )
