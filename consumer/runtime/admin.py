"""Operator tools on the broker: create topics, send example files, peek at a topic."""

from __future__ import annotations

import asyncio
from pathlib import Path

from aiokafka.admin import NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from consumer.article_files import article_messages
from consumer.runtime.kafka_clients import build_admin, build_producer, connection_options
from consumer.settings import Settings


async def create_topics(settings: Settings) -> list[str]:
    """Create the input, output and dead-letter topics; returns the ones that were new."""
    topics = settings.topics
    admin = build_admin(settings.kafka)
    await admin.start()
    created = []
    try:
        for name in (topics.input, topics.output, topics.dead_letter):
            try:
                await admin.create_topics(
                    [NewTopic(name, topics.partitions, topics.replication_factor)]
                )
                created.append(name)
            except TopicAlreadyExistsError:
                pass
    finally:
        await admin.close()
    return created


async def produce_files(settings: Settings, paths: list[Path], topic: str | None = None) -> int:
    producer = build_producer(settings.kafka)
    await producer.start()
    sent = 0
    try:
        for key, value in article_messages(paths):
            await producer.send(topic or settings.topics.input, value, key=key)
            sent += 1
        await producer.flush()
    finally:
        await producer.stop()
    return sent


async def peek(settings: Settings, topic: str, count: int, timeout_s: float) -> list[bytes]:
    """The first ``count`` values of ``topic`` (from the beginning, no consumer group)."""
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(
        topic, **connection_options(settings.kafka), auto_offset_reset="earliest",
        enable_auto_commit=False, group_id=None,
    )  # fmt: skip
    await consumer.start()
    values: list[bytes] = []
    try:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while len(values) < count and loop.time() < deadline:
            batch = await consumer.getmany(timeout_ms=500, max_records=count - len(values))
            values += [record.value for records in batch.values() for record in records]
    finally:
        await consumer.stop()
    return values
