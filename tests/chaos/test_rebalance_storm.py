"""A rebalance storm: workers join and leave every few seconds while articles flow. Nothing is
lost, and nothing is committed before its output is on the output topic."""

from __future__ import annotations

import asyncio
import random
import time

import pytest

from bench.stream.harness import end_offsets, read_topic, wait_committed
from tests.chaos.accounting import committed_ahead_of_output, ledger, missing
from tests.chaos.conftest import FAST_GROUP, record_result, sizes
from tests.chaos.test_kill9 import LOG_APPEND, produce_paced, sample_commits

pytestmark = pytest.mark.integration

PARTITIONS = 6


@pytest.mark.parametrize("count", sizes(600, 10_000))
async def test_rebalance_storm_loses_nothing(count, fresh_topics, worker_processes):
    rng = random.Random(count)
    storm_s = 14.0 if count < 5000 else 90.0
    topics = await fresh_topics(partitions=PARTITIONS, output_configs=LOG_APPEND)
    settings = FAST_GROUP | {"processing__max_in_flight_messages": 200}
    feeding = asyncio.create_task(produce_paced(topics.bootstrap, topics.input, range(count),
                                                storm_s * 0.8))  # fmt: skip
    samples: list = []
    stop_sampling = asyncio.Event()
    sampler = asyncio.create_task(sample_commits(topics, samples, stop_sampling))

    running = [worker_processes(topics, **settings)]
    joins, leaves, exit_codes = 1, 0, []
    started = time.monotonic()
    while time.monotonic() - started < storm_s:
        await asyncio.sleep(rng.uniform(1.5, 3.5))
        if len(running) < 3 and (len(running) == 1 or rng.random() < 0.5):
            running.append(worker_processes(topics, **settings))
            joins += 1
        else:
            leaving = running.pop(rng.randrange(len(running)))
            exit_codes.append(await asyncio.to_thread(leaving.terminate, 60))
            leaves += 1
    await feeding
    ends = await end_offsets(topics.bootstrap, topics.input, PARTITIONS)
    await wait_committed(topics, ends, timeout=120 + count / 50,
                         alive=lambda: any(w.alive() for w in running))  # fmt: skip
    stop_sampling.set()
    await sampler
    for worker in running:
        exit_codes.append(await asyncio.to_thread(worker.terminate, 60))

    outputs = await read_topic(topics.bootstrap, topics.output)
    dead = await read_topic(topics.bootstrap, topics.dead_letter, idle=1.0)
    book = ledger(outputs, dead)
    assert missing([f"id-{n}" for n in range(count)], book) == []
    assert not dead
    assert exit_codes == [0] * len(exit_codes)  # every leave was a clean drain-commit-leave
    assert committed_ahead_of_output(book, samples, start={}) == []
    record_result(
        f"rebalance_storm_{count}",
        {
            "messages": count,
            "joins": joins,
            "leaves": leaves,
            "lost": 0,
            "duplicates": book.duplicates,
            "storm_seconds": storm_s,
            "commit_samples_checked": len(samples),
        },
    )
