"""One record's whole transformation: value bytes in, enriched JSON bytes or a verdict out.

decode/validate (contract) -> clean & extract (core) -> encode. Pure apart from the clock
(``processing.processed_at``, ``duration_ms``); no Kafka import. The pool workers run it and
so does ``news-consumer process``, which is why both give the same output.
"""

from __future__ import annotations

import dataclasses
import os
import time
import traceback
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson

from consumer.contract import DeadLetterReason, ExtractionError, InvalidMessage, decode_raw_article
from consumer.core import CoreOptions, enrich_article


@dataclass(frozen=True, slots=True)
class InputRecord:
    """Where a value came from; copied into ``processing.input``."""

    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    timestamp_ms: int | None = None
    key: bytes | None = None
    content_type: str | None = None


@dataclass(slots=True)
class Outcome:
    """What became of one record: ``output`` bytes, or a dead-letter ``reason``."""

    output: bytes | None = None
    reason: DeadLetterReason | None = None
    error_type: str = ""
    error_message: str = ""
    stacktrace: str = ""
    article_id: str | None = None
    fingerprints: dict[str, Any] = field(default_factory=dict)
    removed_chars: dict[str, int] = field(default_factory=dict)
    removed_items: dict[str, int] = field(default_factory=dict)
    duration_s: float = 0.0

    def to_wire(self) -> dict[str, Any]:
        """A dict for the pool's pipe (``output`` travels separately as raw bytes)."""
        wire = dataclasses.asdict(self)
        wire.pop("output")
        return wire

    @classmethod
    def from_wire(cls, wire: dict[str, Any], output: bytes | None) -> Outcome:
        reason = wire.pop("reason")
        return cls(output=output, reason=DeadLetterReason(reason) if reason else None, **wire)


def transform_record(
    value: bytes | None, record: InputRecord, options: CoreOptions, max_bytes: int
) -> Outcome:
    """Turn one input value into an output record or a dead-letter verdict; never raises."""
    started = time.perf_counter()
    try:
        raw = decode_raw_article(value, content_type=record.content_type, max_bytes=max_bytes)
        if options.fault_injection:
            inject_fault(raw.metadata.get("chaos"))
        if raw.id is None and record.key:
            raw = dataclasses.replace(raw, id=record.key.decode("utf-8", "replace"))
        enriched = enrich_article(raw, options)
    except InvalidMessage as exc:
        return _failed(exc.reason, exc, started, with_trace=False)
    except ExtractionError as exc:
        return _failed(exc.reason, exc, started, with_trace=False)
    except RecursionError as exc:
        return _failed(DeadLetterReason.EXTRACTION_ERROR, exc, started, with_trace=False)
    except Exception as exc:  # a bug or a library failure on odd input: a dead letter, not a crash
        return _failed(DeadLetterReason.EXTRACTION_ERROR, exc, started, with_trace=True)
    duration = time.perf_counter() - started
    enriched["processing"] |= {
        "processed_at": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "duration_ms": round(duration * 1000, 3),
        "input": {
            "topic": record.topic,
            "partition": record.partition,
            "offset": record.offset,
            "timestamp": record.timestamp_ms,
        },
    }
    cleaning = enriched["cleaning"]
    return Outcome(
        output=orjson.dumps(enriched),
        article_id=enriched["id"],
        fingerprints=enriched["fingerprints"],
        removed_chars=cleaning.get("removed_chars", {}),
        removed_items=cleaning["removed"],
        duration_s=duration,
    )


def inject_fault(kind: object) -> None:
    """Chaos tests only (``processing.fault_injection``): misbehave as a poison article would."""
    if kind == "hang":
        time.sleep(3600)
    elif kind == "crash":
        os._exit(70)
    elif kind == "oom":
        hog = []
        while True:
            hog.append(bytearray(64 * 1024 * 1024))
    elif kind == "slow":
        time.sleep(0.5)


def mark_duplicate(output: bytes, duplicate_of: str) -> bytes:
    """Set ``fingerprints.duplicate_of`` in an encoded record (rare: only for duplicates)."""
    record = orjson.loads(output)
    record["fingerprints"]["duplicate_of"] = duplicate_of
    return orjson.dumps(record)


def _failed(
    reason: DeadLetterReason, exc: BaseException, started: float, *, with_trace: bool
) -> Outcome:
    return Outcome(
        reason=reason,
        error_type=f"{type(exc).__module__}.{type(exc).__qualname__}",
        error_message=str(exc)[:2000],
        stacktrace="".join(traceback.format_exception(exc))[-8000:] if with_trace else "",
        duration_s=time.perf_counter() - started,
    )
