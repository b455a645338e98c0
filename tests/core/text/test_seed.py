"""The seed example: the aggregator copy and the output the project wants for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consumer.contract import RawArticle
from consumer.core.options import DEFAULT_OPTIONS
from consumer.core.pipeline import enrich_article
from consumer.core.text import extract_text

_REPO = Path(__file__).resolve().parents[3]
_CANDIDATES = (_REPO / ".." / "shared" / "examples", _REPO / ".." / ".." / "shared" / "examples")
SEED = next((p / "aggregator-copy" for p in _CANDIDATES if (p / "aggregator-copy").is_dir()), None)

pytestmark = pytest.mark.skipif(
    SEED is None, reason="seed example not found (expected at ../shared/examples beside the repo)"
)


def _ws(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def seed() -> tuple[str, dict]:
    assert SEED is not None
    text = (SEED / "input.txt").read_text(encoding="utf-8")
    expected = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    return text, expected["exact"]


@pytest.fixture(scope="module")
def extraction(seed):
    return extract_text(RawArticle(content=seed[0], mode="text"), DEFAULT_OPTIONS)


def test_title(extraction, seed):
    assert _ws(extraction.title) == _ws(seed[1]["title"])


def test_paragraphs(extraction, seed):
    assert [_ws(p) for p in extraction.paragraphs] == [_ws(p) for p in seed[1]["paragraphs"]]


def test_captions(extraction, seed):
    assert [_ws(c) for c in extraction.captions] == [_ws(c) for c in seed[1]["captions"]]


def test_related(extraction, seed):
    got = [(r.rel, _ws(r.title), r.truncated) for r in extraction.related]
    want = [(r["rel"], _ws(r["title"]), r["truncated"]) for r in seed[1]["related"]]
    assert got == want


def test_removed_counts(extraction):
    assert extraction.removed["repeated_title"] >= 3
    assert extraction.removed["duplicate_caption"] == 5
    assert extraction.removed["read_more"] == 1
    assert extraction.removed["navigation"] == 2
    assert set(extraction.removed_chars) == set(extraction.removed)
    assert all(chars > 0 for chars in extraction.removed_chars.values())


def test_source_and_dates(extraction):
    assert extraction.site == "dailymail.co.uk"
    assert extraction.publisher == "Daily Mail"
    assert extraction.published_at is None  # the copy carries no date: none is invented


def test_pipeline_body_has_no_caption_title_or_navigation(seed):
    record = enrich_article(RawArticle(content=seed[0], mode="text"))
    body = record["body"]
    assert body == "\n\n".join(record["paragraphs"])
    assert "(pictured)" not in body
    assert "trends now" not in body
    assert "read more" not in body.lower()
    assert "PREV " not in body and "NEXT " not in body
    assert record["cleaning"]["removed"]["duplicate_caption"] == 5
