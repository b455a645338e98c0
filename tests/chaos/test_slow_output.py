"""A slow output (the broker throttles the worker's producer) and an output topic too small
for the enriched records: backpressure keeps memory bounded, nothing is committed before its
output (or dead letter) is on a topic, and nothing is lost."""

from __future__ import annotations

import asyncio
import subprocess
import time

import pytest

from bench.stream.harness import (
    end_offsets,
    produce,
    read_topic,
    rss_bytes,
    wait_committed,
)
from consumer.local_kafka.broker import ensure_jars
from consumer.runtime.dead_letters import read_dead_letter_headers
from tests.chaos.accounting import committed_ahead_of_output, ledger, missing
from tests.chaos.conftest import FAST_GROUP, record_result, sizes, small_article
from tests.chaos.test_kill9 import LOG_APPEND, sample_commits

pytestmark = pytest.mark.integration

MAX_IN_FLIGHT = 100
POLL_BATCH = 50


def throttle_producer(bootstrap: str, client_id: str, bytes_per_s: int) -> None:
    """A broker-side producer quota on one client id (kafka-configs, from the broker's jars)."""
    libs = ensure_jars()
    command = [
        "java", "-cp", f"{libs}/*", "kafka.admin.ConfigCommand", "--bootstrap-server", bootstrap,
        "--alter", "--add-config", f"producer_byte_rate={bytes_per_s}",
        "--entity-type", "clients", "--entity-name", client_id,
    ]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, timeout=120)


@pytest.mark.parametrize("count", sizes(500, 10_000))
async def test_throttled_output_keeps_memory_bounded(count, fresh_topics, worker_processes):
    topics = await fresh_topics(partitions=3, output_configs=LOG_APPEND)
    quota = 40_000 if count < 5000 else 200_000  # bytes/s for the worker's producer
    client_id = f"{topics.group}-client"
    await asyncio.to_thread(throttle_producer, topics.bootstrap, client_id, quota)
    await produce(topics.bootstrap, topics.input,
                  ((f"id-{n}".encode(), small_article(n)) for n in range(count)))  # fmt: skip
    samples: list = []
    stop_sampling = asyncio.Event()
    sampler = asyncio.create_task(sample_commits(topics, samples, stop_sampling))
    worker = worker_processes(
        topics, **FAST_GROUP, kafka__client_id=client_id, kafka__max_poll_records=POLL_BATCH,
        processing__max_in_flight_messages=MAX_IN_FLIGHT, kafka__compression_type="none",
    )  # fmt: skip
    in_flight, rss = [], []

    async def watch() -> None:
        while True:
            value = await asyncio.to_thread(worker.metric, "in_flight_messages")
            if value is not None:
                in_flight.append(value)
            rss.append(rss_bytes(worker.pid))
            await asyncio.sleep(0.25)

    watcher = asyncio.create_task(watch())
    started = time.monotonic()
    ends = await end_offsets(topics.bootstrap, topics.input, 3)
    await wait_committed(topics, ends, timeout=180 + count / 20, alive=worker.alive)
    elapsed = time.monotonic() - started
    watcher.cancel()
    stop_sampling.set()
    await sampler
    assert worker.terminate() == 0

    outputs = await read_topic(topics.bootstrap, topics.output, expected=count)
    book = ledger(outputs)
    assert missing([f"id-{n}" for n in range(count)], book) == []
    assert max(in_flight) <= MAX_IN_FLIGHT + POLL_BATCH  # fetching paused at the limit
    assert committed_ahead_of_output(book, samples, start={}) == []
    steady = rss[len(rss) // 4 :]
    record_result(
        f"slow_output_{count}",
        {
            "messages": count,
            "producer_quota_bytes_per_s": quota,
            "throttled_msgs_per_s": round(count / elapsed, 1),
            "max_in_flight_seen": max(in_flight),
            "max_in_flight_limit": MAX_IN_FLIGHT,
            "main_rss_mb_min_max_after_warmup": [round(min(steady) / 2**20, 1),
                                                 round(max(steady) / 2**20, 1)],
            "commit_samples_checked": len(samples),
            "lost": 0,
        },
    )  # fmt: skip


async def test_output_topic_too_small_for_the_records(fresh_topics, worker_processes):
    """An output topic whose max.message.bytes no enriched record fits: every article becomes
    a ``too_large`` dead letter (the input value, unchanged) and the offsets still move on."""
    count = 200
    topics = await fresh_topics(
        partitions=3, output_configs={**LOG_APPEND, "max.message.bytes": "600"}
    )
    await produce(topics.bootstrap, topics.input,
                  ((f"id-{n}".encode(), small_article(n)) for n in range(count)))  # fmt: skip
    worker = worker_processes(topics, **FAST_GROUP, kafka__compression_type="none")
    ends = await end_offsets(topics.bootstrap, topics.input, 3)
    await wait_committed(topics, ends, timeout=120, alive=worker.alive)
    assert worker.terminate() == 0
    dead = await read_topic(topics.bootstrap, topics.dead_letter, expected=count)
    assert await read_topic(topics.bootstrap, topics.output, idle=1.0) == []
    assert sorted(r.key for r in dead) == sorted(f"id-{n}".encode() for n in range(count))
    assert {read_dead_letter_headers(r.headers).reason.value for r in dead} == {"too_large"}
    assert all(r.value == small_article(int(r.key[3:])) for r in dead)
