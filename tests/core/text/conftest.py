"""Fixtures of the text-dump tests: made-up dumps (written for these tests) and a runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from consumer.contract import RawArticle
from consumer.core.model import Extraction
from consumer.core.options import DEFAULT_OPTIONS
from consumer.core.text import extract_text

DUMPS = Path(__file__).parent / "dumps"


@pytest.fixture
def extract() -> Callable[..., Extraction]:
    """Run the text extractor on a string, with optional raw-article hints."""

    def run(text: str, **hints: str) -> Extraction:
        return extract_text(RawArticle(content=text, mode="text", **hints), DEFAULT_OPTIONS)

    return run


@pytest.fixture
def dump() -> Callable[[str], str]:
    """The text of one made-up dump in tests/core/text/dumps/."""
    return lambda name: (DUMPS / f"{name}.txt").read_text(encoding="utf-8")
