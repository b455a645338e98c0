"""A poison flood: bad messages of every kind mixed into good articles. Every good article is
enriched, every bad one is a dead letter with its reason (or, for odd-but-valid content such
as very deep HTML or regex-bomb text, either a dead letter or an output: never lost), the
worker never exits, and the good ones' throughput is recorded."""

from __future__ import annotations

import random
import time
from collections import Counter

import orjson
import pytest

from bench.stream.articles import make_article
from bench.stream.harness import end_offsets, produce, read_topic, wait_committed
from consumer.runtime.dead_letters import read_dead_letter_headers
from tests.chaos.conftest import FAST_GROUP, FULL_SIZE, record_result

pytestmark = pytest.mark.integration

MAX_MESSAGE_BYTES = 512 * 1024
LOG_APPEND = {"message.timestamp.type": "LogAppendTime"}


def _text(text: str) -> bytes:
    return orjson.dumps({"text": text})


# kind -> (value maker, the dead-letter reasons it may get; None: an output is fine too)
POISON = {
    "invalid_json": (lambda i: b'{"text": "unterminated ' + str(i).encode(), {"invalid_json"}),
    "invalid_utf8": (lambda i: b'{"text": "caf\xe9 \xff\xfe ' + str(i).encode() + b'"}',
                     {"invalid_encoding"}),
    "too_large": (lambda i: _text("x" * (MAX_MESSAGE_BYTES + 1000)), {"too_large"}),
    "empty": (lambda i: b"" if i % 2 else _text(" \n\t "), {"empty_content"}),
    "hang": (lambda i: orjson.dumps({"text": "A hanging article.", "metadata": {"chaos": "hang"}}),
             {"extraction_timeout"}),
    "crash": (lambda i: orjson.dumps({"text": "A crashing one.", "metadata": {"chaos": "crash"}}),
              {"worker_crashed"}),
    "deep_html": (lambda i: orjson.dumps({"html": "<div>" * 100_000 + f"deep {i}"}),
                  {"extraction_error", "extraction_timeout", None}),
    "regex_bomb": (
        lambda i: _text(["a" * 60_000 + "!", "= " * 40_000, "\n" * 30_000 + "x" * 30_000,
                         "(" * 30_000 + "http://" + "a." * 20_000, "\"'" * 40_000][i % 5]),
        {"extraction_error", "extraction_timeout", None},
    ),
}  # fmt: skip


FLOODS = [(300, 48), pytest.param(10_000, 1_000, marks=FULL_SIZE)]


@pytest.mark.parametrize(("good", "bad"), FLOODS)
async def test_poison_flood(good, bad, fresh_topics, worker_processes):
    rng = random.Random(good)
    topics = await fresh_topics(partitions=3, output_configs=LOG_APPEND)
    kinds = list(POISON)
    poison = [(f"bad-{kinds[i % len(kinds)]}-{i}", kinds[i % len(kinds)]) for i in range(bad)]
    items: list[tuple[bytes, bytes]] = [
        (article.id.encode(), article.value) for article in map(make_article, range(good))
    ]
    for key, kind in poison:
        items.insert(rng.randrange(len(items) + 1), (key.encode(), POISON[kind][0](len(items))))
    await produce(topics.bootstrap, topics.input, items)

    started = time.time()
    settings = FAST_GROUP | {
        "processing__pool_size": 2,
        # 3 s, not 1 s: on a busy 2-core machine a good article's wall time can pass 1 s
        "processing__article_timeout_seconds": 3.0,
        "processing__max_message_bytes": MAX_MESSAGE_BYTES,
        "core__fault_injection": True,
    }
    worker = worker_processes(topics, **settings)
    ends = await end_offsets(topics.bootstrap, topics.input, 3)
    await wait_committed(topics, ends, timeout=120 + good / 20, alive=worker.alive)
    assert worker.alive()  # never exited
    restarts = worker.metric("worker_restarts")
    assert worker.terminate() == 0

    outputs = await read_topic(topics.bootstrap, topics.output, expected=None)
    dead = await read_topic(topics.bootstrap, topics.dead_letter, expected=None)
    output_keys = Counter(record.key for record in outputs)
    reasons = {record.key: read_dead_letter_headers(record.headers).reason for record in dead}
    good_keys = {key for key, _ in items if key.startswith(b"art-")}
    assert good_keys <= set(output_keys), "a good article was not enriched"
    assert not good_keys & set(reasons), "a good article became a dead letter"
    outcome_by_kind: dict[str, Counter[str]] = {kind: Counter() for kind in POISON}
    for key, kind in poison:
        reason = reasons.get(key.encode())
        got = reason.value if reason is not None else None
        if got is None:
            assert key.encode() in output_keys, f"{key} is neither an output nor a dead letter"
        assert got in POISON[kind][1], f"{key}: {got}"
        outcome_by_kind[kind][got or "enriched"] += 1
    assert restarts is not None and restarts >= sum(1 for _, k in poison if k in ("hang", "crash"))

    good_stamps = sorted(r.timestamp for r in outputs if r.key.startswith(b"art-"))
    span_s = (good_stamps[-1] - good_stamps[0]) / 1000 or 1e-3
    record_result(
        f"poison_flood_{good}_{bad}",
        {
            "good": good,
            "bad": bad,
            "good_enriched": len(good_keys),
            "outcomes_by_kind": {k: dict(v) for k, v in outcome_by_kind.items()},
            "worker_restarts": restarts,
            "good_msgs_per_s": round((len(good_stamps) - 1) / span_s, 1),
            "seconds_total": round(time.time() - started, 1),
        },
    )
