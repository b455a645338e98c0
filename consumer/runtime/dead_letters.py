"""Dead-letter records: the input value unchanged, with Spring Kafka's DLT headers.

Header names and encodings follow Spring's DeadLetterPublishingRecoverer, so tools that read
Spring dead letters read ours: strings are UTF-8, the original partition is a 4-byte and the
offset and timestamp are 8-byte big-endian integers. ``news-consumer-reason`` and
``news-consumer-attempts`` (UTF-8 decimal) are ours.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from consumer.contract import DeadLetterReason
from consumer.transform import Outcome

Headers = list[tuple[str, bytes]]

REASON_HEADER = "news-consumer-reason"
ATTEMPTS_HEADER = "news-consumer-attempts"


@dataclass(frozen=True, slots=True)
class Origin:
    topic: str
    partition: int
    offset: int
    timestamp_ms: int
    timestamp_type: int  # 0 CreateTime, 1 LogAppendTime
    group_id: str


def dead_letter_headers(outcome: Outcome, origin: Origin, attempts: int = 1) -> Headers:
    assert outcome.reason is not None
    return [
        ("kafka_dlt-exception-fqcn", outcome.error_type.encode()),
        ("kafka_dlt-exception-message", outcome.error_message.encode()),
        ("kafka_dlt-exception-stacktrace", outcome.stacktrace.encode()),
        ("kafka_dlt-original-topic", origin.topic.encode()),
        ("kafka_dlt-original-partition", struct.pack(">i", origin.partition)),
        ("kafka_dlt-original-offset", struct.pack(">q", origin.offset)),
        ("kafka_dlt-original-timestamp", struct.pack(">q", origin.timestamp_ms)),
        (
            "kafka_dlt-original-timestamp-type",
            b"LogAppendTime" if origin.timestamp_type == 1 else b"CreateTime",
        ),
        ("kafka_dlt-original-consumer-group", origin.group_id.encode()),
        (REASON_HEADER, outcome.reason.value.encode()),
        (ATTEMPTS_HEADER, str(attempts).encode()),
    ]


@dataclass(frozen=True, slots=True)
class DeadLetterInfo:
    """A dead letter's headers decoded (for `dlq inspect`, `dlq redrive` and tests)."""

    reason: DeadLetterReason | None
    exception: str
    message: str
    original_topic: str
    original_partition: int | None
    original_offset: int | None
    original_timestamp_ms: int | None
    consumer_group: str
    attempts: int


def read_dead_letter_headers(headers: Headers | tuple[tuple[str, bytes], ...]) -> DeadLetterInfo:
    values = dict(headers)

    def text(name: str) -> str:
        return values.get(name, b"").decode("utf-8", "replace")

    def integer(name: str, fmt: str) -> int | None:
        raw = values.get(name)
        return struct.unpack(fmt, raw)[0] if raw and len(raw) == struct.calcsize(fmt) else None

    reason = text(REASON_HEADER)
    return DeadLetterInfo(
        reason=DeadLetterReason(reason) if reason in DeadLetterReason._value2member_map_ else None,
        exception=text("kafka_dlt-exception-fqcn"),
        message=text("kafka_dlt-exception-message"),
        original_topic=text("kafka_dlt-original-topic"),
        original_partition=integer("kafka_dlt-original-partition", ">i"),
        original_offset=integer("kafka_dlt-original-offset", ">q"),
        original_timestamp_ms=integer("kafka_dlt-original-timestamp", ">q"),
        consumer_group=text("kafka_dlt-original-consumer-group"),
        attempts=int(text(ATTEMPTS_HEADER) or 0),
    )
