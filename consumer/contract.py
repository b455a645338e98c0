"""The message shapes every part agrees on: raw article in, dead-letter reasons.

See ``SPEC.md`` (shared contract) and the README. Decoding is pure: bytes in, a
``RawArticle`` out, or an ``InvalidMessage`` that names its dead-letter reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

import orjson

SCHEMA_VERSION = 1

ContentMode = Literal["html", "text"]


class DeadLetterReason(StrEnum):
    """Why a message left by the side exit; the value of the `news-consumer-reason` header."""

    INVALID_JSON = "invalid_json"
    INVALID_ENCODING = "invalid_encoding"
    INVALID_SCHEMA = "invalid_schema"
    TOO_LARGE = "too_large"
    EMPTY_CONTENT = "empty_content"
    EXTRACTION_TIMEOUT = "extraction_timeout"
    EXTRACTION_ERROR = "extraction_error"
    WORKER_CRASHED = "worker_crashed"


class InvalidMessage(Exception):
    """A message that can never be processed; it becomes a dead letter with ``reason``."""

    def __init__(self, reason: DeadLetterReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class ExtractionError(Exception):
    """The core refused or failed on an input (maps to ``extraction_error``)."""

    reason = DeadLetterReason.EXTRACTION_ERROR


@dataclass(frozen=True, slots=True)
class RawArticle:
    """A decoded, validated input: exactly one of HTML or text, plus optional hints."""

    content: str
    mode: ContentMode
    id: str | None = None
    url: str | None = None
    source: str | None = None
    fetched_at: str | None = None
    title_hint: str | None = None
    language_hint: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


_OPTIONAL_STRINGS = ("id", "url", "source", "fetched_at", "title", "language")
_PLAIN_CONTENT_TYPES: dict[str, ContentMode] = {"text/html": "html", "text/plain": "text"}


def decode_raw_article(
    value: bytes | None,
    *,
    content_type: str | None = None,
    max_bytes: int = 10_000_000,
) -> RawArticle:
    """Decode one input record value.

    ``content_type`` is the record's ``content-type`` header: with ``text/html`` or
    ``text/plain`` a value that is not a JSON object is taken as the raw page or text.
    Raises ``InvalidMessage`` with the dead-letter reason for anything else.
    """
    if value is None or len(value) == 0:
        raise InvalidMessage(DeadLetterReason.EMPTY_CONTENT, "record value is empty")
    if len(value) > max_bytes:
        raise InvalidMessage(
            DeadLetterReason.TOO_LARGE, f"record value is {len(value)} bytes, limit {max_bytes}"
        )
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidMessage(
            DeadLetterReason.INVALID_ENCODING,
            f"value is not UTF-8: {exc.reason} at byte {exc.start}",
        ) from None

    plain_mode = _plain_mode(content_type)
    if plain_mode is not None and not text.lstrip().startswith("{"):
        return _validated(RawArticle(content=text, mode=plain_mode))
    try:
        obj = orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        if plain_mode is not None:
            return _validated(RawArticle(content=text, mode=plain_mode))
        raise InvalidMessage(DeadLetterReason.INVALID_JSON, f"value is not JSON: {exc}") from None
    if not isinstance(obj, dict):
        if plain_mode is not None:
            return _validated(RawArticle(content=text, mode=plain_mode))
        raise InvalidMessage(
            DeadLetterReason.INVALID_SCHEMA, f"value is JSON {type(obj).__name__}, not an object"
        )
    return raw_article_from_dict(obj)


def raw_article_from_dict(obj: dict[str, Any]) -> RawArticle:
    """Validate a raw-article JSON object (the ``process`` command's lines, the topic's values)."""
    has_html, has_text = "html" in obj, "text" in obj
    if has_html == has_text:
        raise InvalidMessage(
            DeadLetterReason.INVALID_SCHEMA,
            "exactly one of 'html' or 'text' is required" + (", both given" if has_html else ""),
        )
    mode: ContentMode = "html" if has_html else "text"
    content = obj[mode]
    if not isinstance(content, str):
        raise InvalidMessage(DeadLetterReason.INVALID_SCHEMA, f"'{mode}' must be a string")
    for name in _OPTIONAL_STRINGS:
        if obj.get(name) is not None and not isinstance(obj[name], str):
            raise InvalidMessage(DeadLetterReason.INVALID_SCHEMA, f"'{name}' must be a string")
    metadata = obj.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise InvalidMessage(DeadLetterReason.INVALID_SCHEMA, "'metadata' must be an object")
    return _validated(
        RawArticle(
            content=content,
            mode=mode,
            id=obj.get("id"),
            url=obj.get("url"),
            source=obj.get("source"),
            fetched_at=obj.get("fetched_at"),
            title_hint=obj.get("title"),
            language_hint=obj.get("language"),
            metadata=metadata or {},
        )
    )


def _plain_mode(content_type: str | None) -> ContentMode | None:
    if not content_type:
        return None
    return _PLAIN_CONTENT_TYPES.get(content_type.split(";", 1)[0].strip().lower())


def _validated(article: RawArticle) -> RawArticle:
    if not article.content.strip():
        raise InvalidMessage(DeadLetterReason.EMPTY_CONTENT, f"'{article.mode}' content is empty")
    if _undecodable(article.content):
        raise InvalidMessage(
            DeadLetterReason.INVALID_ENCODING,
            f"'{article.mode}' content is mostly replacement or control characters "
            "(binary data, or bytes decoded with the wrong encoding)",
        )
    return article


# Text has a stray U+FFFD or control character now and then; binary data read as text is
# full of them. Judged on a sample of the start: enough to tell, bounded work.
_BINARY_SAMPLE_CHARS = 4_000
_MIN_BINARY_SAMPLE_CHARS = 64
_MAX_UNDECODABLE_SHARE = 0.1
_UNDECODABLE = frozenset(
    "\ufffd" + "".join(map(chr, range(32))) + "".join(map(chr, range(0x7F, 0xA0)))
) - frozenset("\t\n\r\f")


def _undecodable(content: str) -> bool:
    sample = content[:_BINARY_SAMPLE_CHARS]
    if len(sample) < _MIN_BINARY_SAMPLE_CHARS:
        return False
    bad = sum(1 for char in sample if char in _UNDECODABLE)
    return bad > _MAX_UNDECODABLE_SHARE * len(sample)
