"""Inputs for the enrichment tests: extractions built straight from paragraphs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from consumer.contract import RawArticle
from consumer.core.enrich import enrich_body
from consumer.core.model import Enrichment, Extraction
from consumer.core.options import CoreOptions

SEED = Path("/work/shared/examples/aggregator-copy/expected.json")
SEED_CANDIDATES = [
    Path(__file__).resolve().parents[3].parent / "shared/examples/aggregator-copy/expected.json",
    SEED,
]

Enrich = Callable[..., Enrichment]


@pytest.fixture
def enrich() -> Enrich:
    def run(
        paragraphs: list[str],
        captions: list[str] | None = None,
        hint: str | None = None,
        options: CoreOptions | None = None,
    ) -> Enrichment:
        extraction = Extraction(title=None, paragraphs=paragraphs, captions=captions or [])
        raw = RawArticle(content="\n\n".join(paragraphs), mode="text", language_hint=hint)
        return enrich_body(extraction, raw, options or CoreOptions())

    return run


@pytest.fixture(scope="session")
def seed() -> dict:
    for path in SEED_CANDIDATES:
        if path.exists():
            return json.loads(path.read_text())
    pytest.skip("the shared seed example is not beside the repository")
