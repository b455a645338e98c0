"""Dead-letter headers use Spring's names and binary encodings, and read back."""

from __future__ import annotations

import struct

from consumer.contract import DeadLetterReason
from consumer.runtime.dead_letters import Origin, dead_letter_headers, read_dead_letter_headers
from consumer.transform import Outcome


def test_headers_round_trip_with_spring_encodings():
    outcome = Outcome(
        reason=DeadLetterReason.INVALID_JSON,
        error_type="consumer.contract.InvalidMessage",
        error_message="value is not JSON",
    )
    origin = Origin("articles.raw", 3, 12345678901, 1700000000123, 0, "news-consumer")
    headers = dead_letter_headers(outcome, origin, attempts=2)
    values = dict(headers)
    assert values["kafka_dlt-original-partition"] == struct.pack(">i", 3)
    assert values["kafka_dlt-original-offset"] == struct.pack(">q", 12345678901)
    assert values["kafka_dlt-original-timestamp-type"] == b"CreateTime"
    assert values["news-consumer-reason"] == b"invalid_json"

    info = read_dead_letter_headers(headers)
    assert info.reason is DeadLetterReason.INVALID_JSON
    assert (info.original_topic, info.original_partition, info.original_offset) == (
        "articles.raw", 3, 12345678901,
    )  # fmt: skip
    assert info.original_timestamp_ms == 1700000000123
    assert info.consumer_group == "news-consumer"
    assert info.attempts == 2
    assert info.message == "value is not JSON"
