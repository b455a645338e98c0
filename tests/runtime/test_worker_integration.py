"""The worker end to end against the real broker."""

from __future__ import annotations

import asyncio
from collections import defaultdict

import orjson
import pytest

from consumer.runtime.dead_letters import read_dead_letter_headers
from tests.conftest import wait_for
from tests.runtime.kafka_io import article, committed_offsets, produce, read_all

pytestmark = pytest.mark.integration


async def test_every_article_enriched_in_order_and_committed(make_settings, running_worker):
    settings = await make_settings(partitions=3)
    count = 60
    await produce(settings, [(f"a{n}".encode(), article(n), n % 3) for n in range(count)])
    worker = await running_worker(settings)
    outputs = await read_all(settings, settings.topics.output, count)

    assert len(outputs) == count
    by_key = {record.key: orjson.loads(record.value) for record in outputs}
    assert set(by_key) == {f"a{n}".encode() for n in range(count)}
    assert by_key[b"a7"]["title"] == "Headline number 7"
    assert by_key[b"a7"]["processing"]["input"]["partition"] == 1
    # Within each output partition, records of one input partition keep the input order.
    seen: dict[tuple[int, int], list[int]] = defaultdict(list)
    for record in outputs:
        source = orjson.loads(record.value)["processing"]["input"]
        seen[(record.partition, source["partition"])].append(source["offset"])
    assert all(offsets == sorted(offsets) for offsets in seen.values())

    await wait_for(lambda: worker.metrics.commits._value.get() > 0, what="a commit")
    await wait_for(
        lambda: all(lane.committed == lane.watermark for lane in worker.delivery.lanes.values()),
        what="commits to catch up",
    )
    assert await committed_offsets(settings, 3) == {0: 20, 1: 20, 2: 20}


async def test_restarted_worker_does_not_reprocess(make_settings, running_worker):
    settings = await make_settings(partitions=2)
    await produce(settings, [(f"a{n}".encode(), article(n), n % 2) for n in range(10)])
    first = await running_worker(settings)
    assert len(await read_all(settings, settings.topics.output, 10)) == 10
    first.request_exit()
    await asyncio.wait_for(first.stopped.wait(), 60)
    await running_worker(settings)
    await produce(settings, [(f"b{n}".encode(), article(100 + n), n % 2) for n in range(5)])
    outputs = await read_all(settings, settings.topics.output, 15, timeout=30)
    assert len(outputs) == 15
    assert len({record.key for record in outputs}) == 15


async def test_bad_messages_become_dead_letters_with_headers(make_settings, running_worker):
    settings = await make_settings(partitions=1, processing={"max_message_bytes": 4096})
    bad = [
        (b"json", b"{not json"),
        (b"utf8", b'{"text": "caf\xe9"}'),
        (b"schema", b'{"html": "<p>x</p>", "text": "x"}'),
        (b"empty", b""),
        (b"large", orjson.dumps({"text": "word " * 2000})),
    ]
    items = [(b"good1", article(1), 0), *[(k, v, 0) for k, v in bad], (b"good2", article(2), 0)]
    await produce(settings, items)
    await running_worker(settings)

    outputs = await read_all(settings, settings.topics.output, 2)
    letters = await read_all(settings, settings.topics.dead_letter, len(bad))
    assert [record.key for record in outputs] == [b"good1", b"good2"]
    reasons = {
        record.key: read_dead_letter_headers(record.headers).reason.value for record in letters
    }
    assert reasons == {
        b"json": "invalid_json",
        b"utf8": "invalid_encoding",
        b"schema": "invalid_schema",
        b"empty": "empty_content",
        b"large": "too_large",
    }
    info = read_dead_letter_headers(letters[0].headers)
    assert info.original_topic == settings.topics.input
    assert info.original_partition == 0
    assert info.original_offset == 1
    assert info.consumer_group == settings.kafka.group_id
    assert letters[0].value == b"{not json"


async def test_hung_and_crashing_articles_are_dead_lettered_and_the_stream_goes_on(
    make_settings, running_worker
):
    settings = await make_settings(
        partitions=1,
        core={"fault_injection": True},
        processing={"pool_size": 2, "article_timeout_seconds": 2.0},
    )

    items = [
        (b"good1", article(1), 0),
        (b"hang", article(90, chaos="hang"), 0),
        (b"good2", article(2), 0),
        (b"crash", article(91, chaos="crash"), 0),
        (b"good3", article(3), 0),
    ]
    await produce(settings, items)
    worker = await running_worker(settings)
    outputs = await read_all(settings, settings.topics.output, 3)
    letters = await read_all(settings, settings.topics.dead_letter, 2)
    assert [record.key for record in outputs] == [b"good1", b"good2", b"good3"]
    reasons = {r.key: read_dead_letter_headers(r.headers).reason.value for r in letters}
    assert reasons == {b"hang": "extraction_timeout", b"crash": "worker_crashed"}
    restarts = worker.metrics.worker_restarts
    assert restarts.labels("timeout")._value.get() == 1
    assert restarts.labels("crashed")._value.get() == 1


async def test_a_copy_of_an_earlier_article_is_marked_duplicate(make_settings, running_worker):
    settings = await make_settings(partitions=1)
    body = "\n\n".join(
        f"Paragraph {p}: the harbour council voted to rebuild the old stone bridge."
        for p in range(4)
    )
    original = orjson.dumps({"id": "first", "text": "Bridge vote\n\n" + body})
    copy = orjson.dumps({"id": "copy", "text": "Bridge vote (copy)\n\n" + body})
    await produce(settings, [(b"first", original, 0), (b"copy", copy, 0)])
    worker = await running_worker(settings)
    outputs = {
        r.key: orjson.loads(r.value) for r in await read_all(settings, settings.topics.output, 2)
    }
    assert outputs[b"first"]["fingerprints"]["duplicate_of"] is None
    assert outputs[b"copy"]["fingerprints"]["duplicate_of"] == "first"
    assert worker.metrics.duplicates.labels("content")._value.get() == 1
