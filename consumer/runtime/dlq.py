"""`news-consumer dlq inspect|redrive`: read dead letters, send chosen ones back to the input.

Redrive is a dry run unless ``--execute`` is given. A redriven record keeps its key, value
and original headers (``content-type`` included) and carries ``news-consumer-attempts``, so
a record that fails again shows how often it was tried.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer
from aiokafka.structs import ConsumerRecord, TopicPartition

from consumer.contract import DeadLetterReason
from consumer.runtime.dead_letters import (
    ATTEMPTS_HEADER,
    REASON_HEADER,
    DeadLetterInfo,
    read_dead_letter_headers,
)
from consumer.runtime.kafka_clients import build_producer, connection_options
from consumer.settings import Settings


@dataclass(frozen=True, slots=True)
class DeadLetterFilter:
    reasons: frozenset[str] = frozenset()
    since_ms: int | None = None
    until_ms: int | None = None
    limit: int | None = None

    def matches(self, record: ConsumerRecord[bytes, bytes], info: DeadLetterInfo) -> bool:
        if self.reasons and (info.reason is None or info.reason.value not in self.reasons):
            return False
        if self.since_ms is not None and record.timestamp < self.since_ms:
            return False
        return self.until_ms is None or record.timestamp <= self.until_ms


async def read_dead_letters(
    settings: Settings, chosen: DeadLetterFilter
) -> list[tuple[ConsumerRecord[bytes, bytes], DeadLetterInfo]]:
    """Every dead letter up to the topic's current end that matches ``chosen``."""
    topic = settings.topics.dead_letter
    # Without a group, a subscribed consumer is assigned every partition of the topic.
    consumer = AIOKafkaConsumer(
        topic, **connection_options(settings.kafka), group_id=None, enable_auto_commit=False,
        auto_offset_reset="earliest",
    )  # fmt: skip
    await consumer.start()
    found: list[tuple[ConsumerRecord[bytes, bytes], DeadLetterInfo]] = []
    try:
        partitions = await _assigned(consumer, topic)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        remaining = {tp for tp in partitions if ends[tp] > await consumer.position(tp)}
        while remaining:
            batch = await consumer.getmany(*remaining, timeout_ms=1000)
            for tp, records in batch.items():
                for record in records:
                    if record.offset >= ends[tp]:
                        continue
                    info = read_dead_letter_headers(record.headers)
                    if chosen.matches(record, info):
                        found.append((record, info))
                if await consumer.position(tp) >= ends[tp]:
                    remaining.discard(tp)
            if chosen.limit is not None and len(found) >= chosen.limit:
                break
    finally:
        await consumer.stop()
    found.sort(key=lambda item: item[0].timestamp)
    return found[: chosen.limit] if chosen.limit is not None else found


async def _assigned(consumer: AIOKafkaConsumer, topic: str) -> list[TopicPartition]:
    for _ in range(50):
        if consumer.assignment():
            return sorted(consumer.assignment())
        await asyncio.sleep(0.2)
    raise ValueError(f"topic {topic} does not exist or has no partitions")


async def redrive(settings: Settings, chosen: DeadLetterFilter, execute: bool) -> int:
    letters = await read_dead_letters(settings, chosen)
    if not execute:
        return len(letters)
    producer = build_producer(settings.kafka)
    await producer.start()
    try:
        for record, info in letters:
            headers = [
                (key, value)
                for key, value in record.headers
                if not key.startswith("kafka_dlt-") and key not in (REASON_HEADER, ATTEMPTS_HEADER)
            ]
            headers.append((ATTEMPTS_HEADER, str(info.attempts).encode()))
            await producer.send(
                settings.topics.input, record.value, key=record.key, headers=headers
            )
        await producer.flush()
    finally:
        await producer.stop()
    return len(letters)


def describe(record: ConsumerRecord[bytes, bytes], info: DeadLetterInfo) -> dict[str, Any]:
    return {
        "dlq_partition": record.partition,
        "dlq_offset": record.offset,
        "time": _iso(record.timestamp),
        "key": record.key.decode("utf-8", "replace") if record.key else None,
        "reason": info.reason.value if info.reason else None,
        "message": info.message,
        "exception": info.exception,
        "original": f"{info.original_topic}[{info.original_partition}]@{info.original_offset}",
        "attempts": info.attempts,
        "bytes": len(record.value or b""),
    }


def _iso(timestamp_ms: int) -> str:
    return datetime.fromtimestamp(timestamp_ms / 1000, UTC).isoformat(timespec="seconds")


def _parse_time(text: str) -> int:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO time: {text!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def add_dlq_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    dlq = commands.add_parser(
        "dlq", parents=[common], help="inspect dead letters or redrive them to the input topic",
        description="inspect: list dead letters (JSON lines). redrive: send the chosen ones back "
        "to the input topic; a dry run that only counts them unless --execute is given.",
    )  # fmt: skip
    dlq.add_argument("action", choices=["inspect", "redrive"])
    dlq.add_argument(
        "--reason", action="append", default=[], choices=[r.value for r in DeadLetterReason],
        help="only this reason (repeatable)",
    )  # fmt: skip
    dlq.add_argument("--since", type=_parse_time, help="ISO time, e.g. 2026-01-31T12:00Z")
    dlq.add_argument("--until", type=_parse_time, help="ISO time")
    dlq.add_argument("--limit", type=int, help="at most this many")
    dlq.add_argument("--execute", action="store_true", help="redrive: really send them")


def run_dlq_command(args: argparse.Namespace, settings: Settings) -> int:
    chosen = DeadLetterFilter(frozenset(args.reason), args.since, args.until, args.limit)
    if args.action == "inspect":
        for record, info in asyncio.run(read_dead_letters(settings, chosen)):
            sys.stdout.buffer.write(orjson.dumps(describe(record, info)) + b"\n")
        return 0
    count = asyncio.run(redrive(settings, chosen, args.execute))
    verb = "sent" if args.execute else "would send (dry run; add --execute)"
    print(f"{verb} {count} dead letter(s) to {settings.topics.input}")
    return 0
