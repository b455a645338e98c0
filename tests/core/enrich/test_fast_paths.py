"""Shortcuts taken for speed give what the long way gives: lone function words, phrase pairs,
photo credits searched for at a caption's end, quote marks found by ``str.find``."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

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
