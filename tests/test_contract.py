"""Decoding raw-article values: every malformed input maps to one dead-letter reason."""

from __future__ import annotations

import orjson
import pytest

from consumer.contract import DeadLetterReason, InvalidMessage, decode_raw_article


def reason_of(value: bytes | None, **kwargs) -> DeadLetterReason:
    with pytest.raises(InvalidMessage) as caught:
        decode_raw_article(value, **kwargs)
    return caught.value.reason


def test_text_article_with_hints():
    raw = decode_raw_article(
        orjson.dumps(
            {"text": "Body", "id": "a1", "url": "https://x.example/a", "title": "T",
             "language": "en", "metadata": {"feed": "f"}}
        )
    )  # fmt: skip
    assert (raw.mode, raw.content, raw.id, raw.title_hint, raw.language_hint) == (
        "text", "Body", "a1", "T", "en",
    )  # fmt: skip
    assert raw.metadata == {"feed": "f"}


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b"{oops", DeadLetterReason.INVALID_JSON),
        (b"\xff\xfe{}", DeadLetterReason.INVALID_ENCODING),
        (b"[1, 2]", DeadLetterReason.INVALID_SCHEMA),
        (b'{"html": "<p>a</p>", "text": "a"}', DeadLetterReason.INVALID_SCHEMA),
        (b'{"url": "https://x"}', DeadLetterReason.INVALID_SCHEMA),
        (b'{"text": 5}', DeadLetterReason.INVALID_SCHEMA),
        (b'{"text": "a", "metadata": []}', DeadLetterReason.INVALID_SCHEMA),
        (b'{"text": "a", "id": 7}', DeadLetterReason.INVALID_SCHEMA),
        (b'{"text": "  \\n "}', DeadLetterReason.EMPTY_CONTENT),
        # binary data that reached the JSON as text: replacement and control characters
        (b'{"html": "' + b"\\ufffd\\u0001ab" * 40 + b'"}', DeadLetterReason.INVALID_ENCODING),
        (b"", DeadLetterReason.EMPTY_CONTENT),
        (None, DeadLetterReason.EMPTY_CONTENT),
    ],
)
def test_bad_values_name_their_reason(value, reason):
    assert reason_of(value) == reason


def test_a_stray_replacement_character_is_still_text():
    value = (
        b'{"text": "Caf\\ufffd owners in Z\\u00fcrich say the new rules are unfair and costly."}'
    )
    assert decode_raw_article(value).mode == "text"


def test_size_limit():
    assert reason_of(b'{"text": "' + b"x" * 100 + b'"}', max_bytes=50) == DeadLetterReason.TOO_LARGE


@pytest.mark.parametrize(("content_type", "mode"), [("text/html; charset=utf-8", "html"),
                                                     ("text/plain", "text")])  # fmt: skip
def test_plain_values_accepted_with_content_type(content_type, mode):
    raw = decode_raw_article(b"<p>Plain body</p>", content_type=content_type)
    assert (raw.mode, raw.content) == (mode, "<p>Plain body</p>")


def test_json_object_still_wins_over_content_type():
    raw = decode_raw_article(b'{"text": "Body"}', content_type="text/plain")
    assert raw.content == "Body"


def test_non_json_without_content_type_is_invalid_json():
    assert reason_of(b"<p>Plain body</p>") == DeadLetterReason.INVALID_JSON
