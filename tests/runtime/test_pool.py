"""The extraction pool without Kafka: outcomes, time limits, crashes, recycling."""

from __future__ import annotations

import asyncio

import orjson

from consumer.contract import DeadLetterReason
from consumer.core import CoreOptions
from consumer.runtime.pool import ExtractionPool, PoolConfig
from consumer.transform import InputRecord


def pool(**overrides) -> ExtractionPool:
    config = PoolConfig(
        size=overrides.pop("size", 2),
        options=CoreOptions(fault_injection=True),
        article_timeout_s=overrides.pop("timeout", 10.0),
        max_message_bytes=100_000,
        **overrides,
    )
    restarts: list[str] = []
    extraction_pool = ExtractionPool(config, on_restart=restarts.append)
    extraction_pool.restarts = restarts  # type: ignore[attr-defined]
    return extraction_pool


def value(chaos: str | None = None, n: int = 0) -> bytes:
    raw: dict = {"id": f"a{n}", "text": f"Title\n\nA paragraph about event number {n}."}
    if chaos:
        raw["metadata"] = {"chaos": chaos}
    return orjson.dumps(raw)


async def test_outcomes_carry_the_record_and_input_position():
    extraction_pool = pool()
    await extraction_pool.start()
    try:
        record = InputRecord(topic="in", partition=2, offset=7, timestamp_ms=1000, key=b"k")
        outcome = await extraction_pool.submit(value(), record)
    finally:
        await extraction_pool.stop()
    assert outcome.reason is None
    enriched = orjson.loads(outcome.output)
    assert enriched["processing"]["input"] == {
        "topic": "in", "partition": 2, "offset": 7, "timestamp": 1000,
    }  # fmt: skip
    assert enriched["id"] == "a0"


async def test_key_becomes_the_id_when_the_article_has_none():
    extraction_pool = pool()
    await extraction_pool.start()
    try:
        raw = orjson.dumps({"text": "Title\n\nBody text here."})
        outcome = await extraction_pool.submit(raw, InputRecord(key=b"the-key"))
    finally:
        await extraction_pool.stop()
    assert orjson.loads(outcome.output)["id"] == "the-key"


async def test_hang_and_crash_are_replaced_and_others_still_processed():
    extraction_pool = pool(timeout=1.5)
    await extraction_pool.start()
    try:
        outcomes = await asyncio.gather(
            extraction_pool.submit(value("hang"), InputRecord()),
            extraction_pool.submit(value("crash"), InputRecord()),
            *(extraction_pool.submit(value(n=n), InputRecord()) for n in range(4)),
        )
    finally:
        await extraction_pool.stop()
    assert outcomes[0].reason == DeadLetterReason.EXTRACTION_TIMEOUT
    assert outcomes[1].reason == DeadLetterReason.WORKER_CRASHED
    assert all(o.reason is None for o in outcomes[2:])
    assert sorted(extraction_pool.restarts) == ["crashed", "timeout"]


async def test_workers_are_recycled_after_n_articles():
    extraction_pool = pool(recycle_after=2, size=1)
    await extraction_pool.start()
    try:
        for n in range(6):
            assert (await extraction_pool.submit(value(n=n), InputRecord())).reason is None
    finally:
        await extraction_pool.stop()
    assert extraction_pool.restarts.count("recycled") == 3


async def test_memory_hog_is_stopped_by_the_limit():
    extraction_pool = pool(memory_limit_bytes=1024 * 1024 * 1024)
    await extraction_pool.start()
    try:
        outcome = await extraction_pool.submit(value("oom"), InputRecord())
        after = await extraction_pool.submit(value(), InputRecord())
    finally:
        await extraction_pool.stop()
    assert outcome.reason in (DeadLetterReason.EXTRACTION_ERROR, DeadLetterReason.WORKER_CRASHED)
    assert after.reason is None


def test_large_articles_pass_the_pipe_on_uvloop():
    """uvloop's add_reader leaves the pipe non-blocking; whole messages must still pass."""
    import pytest

    from consumer.runtime import event_loop

    pytest.importorskip("uvloop")

    paragraphs = "\n\n".join(f"Paragraph {n} of a long article on a budget." for n in range(20000))
    big = orjson.dumps({"id": "big", "text": "A long article\n\n" + paragraphs})
    config = PoolConfig(
        size=1, options=CoreOptions(), article_timeout_s=60.0, max_message_bytes=10_000_000
    )
    restarts: list[str] = []

    async def extract_twice() -> list:
        extraction_pool = ExtractionPool(config, on_restart=restarts.append)
        await extraction_pool.start()
        try:
            return [await extraction_pool.submit(big, InputRecord()) for _ in range(2)]
        finally:
            await extraction_pool.stop()

    outcomes = event_loop.run(extract_twice(), "uvloop")
    assert [outcome.reason for outcome in outcomes] == [None, None]
    assert restarts == []
    assert all(len(orjson.loads(outcome.output)["paragraphs"]) > 15000 for outcome in outcomes)
