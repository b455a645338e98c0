"""kill -9 of the worker at random points while articles flow, then a restart: nothing lost.

At least once: every id comes out; a record comes out twice only if it lay between the last
commit and a kill. Exactly once: a read_committed consumer sees every id exactly once (the
restarted worker reuses the transactional id, which aborts the killed one's transaction).
"""

from __future__ import annotations

import asyncio
import random
import time

import pytest

from bench.stream.harness import (
    GroupOffsets,
    descendants,
    end_offsets,
    produce,
    read_topic,
    rss_bytes,
    wait_committed,
)
from tests.chaos.accounting import (
    Kill,
    committed_ahead_of_output,
    duplicates_outside_window,
    ledger,
    missing,
)
from tests.chaos.conftest import FAST_GROUP, record_result, sizes, small_article

pytestmark = pytest.mark.integration

LOG_APPEND = {"message.timestamp.type": "LogAppendTime"}


async def produce_paced(bootstrap: str, topic: str, ids: range, seconds: float) -> None:
    """Send the articles in small chunks spread over ``seconds`` (they flow during the kills)."""
    chunk = max(1, len(ids) // max(1, int(seconds * 10)))
    for start in range(ids.start, ids.stop, chunk):
        batch = range(start, min(start + chunk, ids.stop))
        await produce(bootstrap, topic, ((f"id-{n}".encode(), small_article(n)) for n in batch))
        await asyncio.sleep(0.1)


async def sample_commits(topics, samples: list, stop: asyncio.Event) -> None:
    async with GroupOffsets(topics) as group:
        while not stop.is_set():
            committed = await group.committed()
            samples.append((time.time(), committed))
            await asyncio.sleep(0.3)


@pytest.mark.parametrize("count", sizes(600, 10_000))
@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
async def test_kill_9_at_random_points_loses_nothing(
    guarantee, count, fresh_topics, worker_processes
):
    rng = random.Random(f"{guarantee}-{count}")  # reproducible kill points
    kills_planned = 2 if count < 5000 else 6
    topics = await fresh_topics(partitions=3, output_configs=LOG_APPEND)
    settings = FAST_GROUP | {
        "processing__guarantee": guarantee,
        # the restarted worker reuses the killed one's transactional id (same prefix and host)
        "processing__transactional_id_prefix": topics.group,
        "processing__max_in_flight_messages": 200,
    }
    started = time.monotonic()
    feeding = asyncio.create_task(
        produce_paced(topics.bootstrap, topics.input, range(count), 6.0 * kills_planned)
    )
    samples: list = []
    stop_sampling = asyncio.Event()
    sampler = asyncio.create_task(sample_commits(topics, samples, stop_sampling))

    worker = worker_processes(topics, **settings)
    kills: list[Kill] = []
    orphans: list[list[int]] = []
    async with GroupOffsets(topics) as group:
        for _ in range(kills_planned):
            await asyncio.to_thread(worker.wait_ready, 90)
            await asyncio.sleep(rng.uniform(0.3, 3.0))
            before = await group.committed()
            extractors = descendants(worker.pid)
            worker.kill()
            orphans.append(extractors)
            kills.append(Kill(before, await end_offsets(topics.bootstrap, topics.input, 3)))
            worker = worker_processes(topics, **settings)
    await feeding
    ends = await end_offsets(topics.bootstrap, topics.input, 3)
    drain_s = await wait_committed(topics, ends, timeout=120 + count / 50, alive=worker.alive)
    stop_sampling.set()
    await sampler
    assert worker.terminate() == 0
    # the killed worker's fork server and extraction processes went away with it
    assert [pid for pids in orphans for pid in pids if rss_bytes(pid)] == []

    outputs = await read_topic(
        topics.bootstrap, topics.output, read_committed=guarantee == "exactly_once",
        expected=count if guarantee == "exactly_once" else None,
    )  # fmt: skip
    dead = await read_topic(topics.bootstrap, topics.dead_letter, idle=1.0)
    book = ledger(outputs, dead)
    ids = [f"id-{n}" for n in range(count)]
    assert missing(ids, book) == []
    assert not dead
    assert committed_ahead_of_output(book, samples, start={}) == []
    if guarantee == "exactly_once":
        assert book.duplicates == 0
        assert set(book.output_ids.values()) == {1}
    else:
        assert duplicates_outside_window(book, kills) == []
    record_result(
        f"kill9_{guarantee}_{count}",
        {
            "messages": count,
            "kills": len(kills),
            "lost": 0,
            "duplicates_visible": book.duplicates,
            "reader": "read_committed" if guarantee == "exactly_once" else "read_uncommitted",
            "commit_samples_checked": len(samples),
            "seconds": round(time.monotonic() - started, 1),
            "drain_after_last_restart_s": round(drain_s, 1),
        },
    )
