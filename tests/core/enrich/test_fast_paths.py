"""Shortcuts taken for speed give what the long way gives: lone function words, phrase pairs,
photo credits searched for at a caption's end, quote marks found by ``str.find``."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from consumer.core.enrich import dates
from consumer.core.enrich.entities import (
    _DROPPED_ALONE,
    _PHOTO_CREDIT,
    _PHOTO_CREDIT_HINT,
    _PHOTO_CREDIT_MARKS,
    _run_mentions,
    _without_photo_credit,
)
from consumer.core.enrich.keywords import _repeated_word_pairs
from consumer.core.enrich.quotes import _mark_positions
from consumer.core.enrich.tokens import tokenise

# Contexts around a lone capitalised word: sentence start, after a quote, before a
# speech verb, an apposition, a relative "who", after a preposition or a role noun.
_CONTEXTS = (
    "{} said.",
    "'We won,' {} said.",
    "The fans cheered, {} said.",
    "Its chief, {}, agreed.",
    "They met {}, who left.",
    "Residents in {}, he said.",
    "Acme boss {} spoke.",
    "— {} (AP) —",
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(_DROPPED_ALONE)), st.sampled_from(_CONTEXTS))
def test_a_skipped_lone_word_makes_no_mention_the_long_way(word: str, context: str) -> None:
    text = context.format(word)
    tokens = tokenise(text)
    starts = [n for n, token in enumerate(tokens) if token.text == word and token.start >= 0]
    for n in starts:
        assert _run_mentions(text, tokens, (n, n), 0) == []


def test_the_skipped_spellings_cover_the_usual_sentence_openers() -> None:
    assert {"The", "But", "He", "THE", "Monday", "Mr.", "American"} <= _DROPPED_ALONE
    assert not {"Smith", "London", "Reuters", "Nato"} & _DROPPED_ALONE


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["drone", "strike", "port", "nato", None]), max_size=40))
def test_repeated_word_pairs_are_the_pairs_counted_over_every_position(
    keys: list[str | None],
) -> None:
    counts = Counter(filter(None, keys))
    every_pair = Counter(filter(all, pairwise(keys)))
    expected = [(pair, seen) for pair, seen in every_pair.items() if seen > 1]
    assert _repeated_word_pairs(keys, counts) == expected


# Pieces of captions: credits of every form, long runs of letters and of spaces (the
# leading spaces a credit takes may reach back past the searched tail), marks.
_CAPTION_PIECES = (
    "(AP Photo/Jane Roe)",
    "Credit: Jane Roe",
    "© Reuters / Jo Lee",
    "Photo: Getty Images",
    "photos credits : abc",
    "crédit: é",
    "Reuters/Jo Lee",
    "(photo by Ann)",
    "AP Photo/x)",
    "Mayor Ann Lee speaks",
    "a" * 90,
    "x " * 60,
    " " * 120,
    "\t\n",
    " ",
    ".",
    "(",
    ")",
    "/",
    ":",
    "©",
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CAPTION_PIECES), min_size=1, max_size=8))
def test_a_photo_credit_is_removed_as_the_whole_caption_search_removes_it(
    pieces: list[str],
) -> None:
    caption = "".join(pieces)
    expected = caption
    if any(mark in caption for mark in _PHOTO_CREDIT_MARKS) and _PHOTO_CREDIT_HINT.search(caption):
        expected = _PHOTO_CREDIT.sub("", caption)
    assert _without_photo_credit(caption) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \"“”„«»'‘’.", max_size=40))
def test_mark_positions_are_where_a_search_for_the_marks_finds_them(text: str) -> None:
    marks = re.compile("[\"“”„«»'‘’]")
    assert _mark_positions(text) == [found.start() for found in marks.finditer(text)]


# The date patterns as first written, a word boundary before the day or the year: the
# module's forms check it after the first digit (so they are searched from digits only).
_DAY_AT_BOUNDARY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°|\.)?"
_DATE_PATTERNS_AT_BOUNDARY = (
    re.compile(
        rf"\b{_DAY_AT_BOUNDARY}\s+(?:of\s+|de\s+)?{dates._MONTH},?\s+(?:de\s+)?{dates._YEAR}\b",
        re.I,
    ),
    re.compile(rf"\b{dates._ENGLISH_MONTH}\s+{_DAY_AT_BOUNDARY},?\s+{dates._YEAR}\b", re.I),
    re.compile(r"\b(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
)
_DATE_PIECES = ["1", "3", "12", "31", "4", "x", "_", "é", "st", ".", ",", " ", "-", "-0"]
_DATE_PIECES += ["March", "mars", "de", "of", "2024", "1999", "2021", "12-31", "º", "\n"]
_DATE_PIECES += ["12 March 2024", "3 de mars de 1999", "March 31, 2021", "2024-03-31"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=14))
def test_date_patterns_match_as_with_a_word_boundary_first(pieces: list[str]) -> None:
    text = "".join(pieces)
    patterns = (*dates._WORD_PATTERNS, dates._ISO_PATTERN)
    for pattern, at_boundary in zip(patterns, _DATE_PATTERNS_AT_BOUNDARY, strict=True):
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in at_boundary.finditer(text)]


def test_dates_are_found_in_the_paragraphs_holding_a_year() -> None:
    paragraphs = ["No year here: 5 May.", "On 30 March 2024 and 2024-03-31.", "Dec. 1, 1999"]
    assert dates.find_dates(paragraphs) == ["2024-03-30", "2024-03-31", "1999-12-01"]
