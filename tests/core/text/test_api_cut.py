"""A news API's cut mark at the end of a story's first characters (made-up copies):
"... in which… [+2345 chars]" leaves the body, and the record says the text is partial."""

from __future__ import annotations

import pytest

from consumer.contract import RawArticle
from consumer.core.options import DEFAULT_OPTIONS
from consumer.core.text import extract_text
from consumer.core.text.api_cut import TRUNCATED_WARNING, without_cut_mark

_OPENING = (
    "The harbour council voted on Tuesday night to approve a new ferry route linking the "
    "north quay with the island of Vell, ending a debate that has run for three years.\r\n"
    "Councillors backed the plan by seven votes to four after a meeting in which…"
)


@pytest.mark.parametrize(
    ("text", "story", "cut"),
    [
        ("in which… [+2345 chars]", "in which…", 14),  # NewsAPI
        ("in which ... [2345 chars]\n", "in which ...", 14),  # GNews
        ("in which… [+1 char]", "in which…", 10),
        ("The fund holds [+25 chars] of notes.", "The fund holds [+25 chars] of notes.", 0),
        ("A story with no mark.", "A story with no mark.", 0),
        ("   " * 10_000 + "x", "   " * 10_000 + "x", 0),
    ],
)  # fmt: skip
def test_the_cut_mark_is_taken_from_the_end(text: str, story: str, cut: int) -> None:
    assert without_cut_mark(text) == (story, cut)


def test_an_api_copy_keeps_its_opening_and_says_it_is_partial() -> None:
    raw = RawArticle(content=_OPENING + " [+2345 chars]", mode="text")
    extraction = extract_text(raw, DEFAULT_OPTIONS)
    assert extraction.paragraphs[-1].endswith("in which…")
    assert extraction.removed["truncation_mark"] == 1
    assert TRUNCATED_WARNING in extraction.warnings


def test_a_whole_story_gives_no_warning() -> None:
    extraction = extract_text(RawArticle(content=_OPENING, mode="text"), DEFAULT_OPTIONS)
    assert TRUNCATED_WARNING not in extraction.warnings
    assert "truncation_mark" not in extraction.removed
