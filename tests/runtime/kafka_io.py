"""Small helpers the integration tests share: produce, read back, committed offsets."""

from __future__ import annotations

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.structs import ConsumerRecord, TopicPartition

from consumer.settings import Settings

Record = ConsumerRecord[bytes, bytes]


def article(n: int, chaos: str | None = None) -> bytes:
    text = f"Headline number {n}\n\n" + "\n\n".join(
        f"Paragraph {p} of article {n} tells what happened in the city today." for p in range(3)
    )
    raw: dict[str, object] = {"id": f"a{n}", "text": text}
    if chaos:
        raw["metadata"] = {"chaos": chaos}
    return orjson.dumps(raw)


async def produce(settings: Settings, items: list[tuple[bytes, bytes, int]]) -> None:
    """Send (key, value, partition) triples in order."""
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap_servers)
    await producer.start()
    try:
        for key, value, partition in items:
            await producer.send(settings.topics.input, value, key=key, partition=partition)
        await producer.flush()
    finally:
        await producer.stop()


async def read_all(
    settings: Settings,
    topic: str,
    expected: int,
    timeout: float = 60.0,
    read_committed: bool = False,
    settle: float = 0.0,
) -> list[Record]:
    """Read ``topic`` from the start until ``expected`` records arrived (or the time is up);
    then keep reading for ``settle`` seconds to catch any extra (duplicate) records."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=settings.kafka.bootstrap_servers,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
        isolation_level="read_committed" if read_committed else "read_uncommitted",
    )
    await consumer.start()
    records: list[Record] = []
    try:
        remaining = timeout
        while len(records) < expected and remaining > 0:
            batch = await consumer.getmany(timeout_ms=500)
            records += [record for part in batch.values() for record in part]
            remaining -= 0.5
        while settle > 0:
            batch = await consumer.getmany(timeout_ms=500)
            records += [record for part in batch.values() for record in part]
            settle -= 0.5
    finally:
        await consumer.stop()
    return records


async def committed_offsets(settings: Settings, partitions: int) -> dict[int, int | None]:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.kafka.bootstrap_servers,
        group_id=settings.kafka.group_id,
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        return {
            p: await consumer.committed(TopicPartition(settings.topics.input, p))
            for p in range(partitions)
        }
    finally:
        await consumer.stop()
