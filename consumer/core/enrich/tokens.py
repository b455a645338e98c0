"""Word tokens with their offsets: the unit the entity and quote stages reason about."""

from __future__ import annotations

import re
from typing import NamedTuple

# A word may hold inner apostrophes, hyphens, dots and ampersands ("O'Neill", "U.S", "AT&T"); a
# joiner is followed by a letter or digit (written without a lookahead: faster to match).
_TOKEN = re.compile(r"[^\W\d_][\w&]*(?:[’'\-.][^\W_][\w&]*)*|\d+(?:[.,:]\d+)*|[^\w\s]")
_POSSESSIVE_ENDINGS = ("'s", "’s")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "capt",
        "sgt",
        "prof",
        "rev",
        "jr",
        "sr",
        "inc",
        "ltd",
        "corp",
        "co",
        "mt",
        "ft",
        "det",
        "no",
        "vs",
    ]
)


class Token(NamedTuple):
    """One word, number or punctuation mark; ``start``/``end`` are offsets in the text.

    A named tuple: articles have thousands of tokens and tuples are cheap to make.
    """

    text: str
    start: int
    end: int
    possessive: bool  # the word carried "'s", which is not part of ``text``
    lower: str  # lower case, without an abbreviation's dot
    is_word: bool
    is_capitalised: bool


_new = tuple.__new__  # skips NamedTuple's Python-level __new__: tokens are made by the thousand


def tokenise(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens; offsets are shifted by ``offset`` (the paragraph's start).

    ``findall`` (no match objects) and ``str.find`` give each token's offset: only
    whitespace and "_" lie between tokens, and no token starts with either, so the
    token's text first occurs where the regex matched it.
    """
    tokens: list[Token] = []
    append = tokens.append
    find = text.find
    size = len(text)
    pos = 0
    skip_dot = False  # the dot joined to an abbreviation is not a token of its own
    for word in _TOKEN.findall(text):
        start = find(word, pos)
        end = pos = start + len(word)
        if skip_dot:
            skip_dot = False
            continue
        first = word[0]
        if first.islower() and word.islower() and word[-1] != "s":
            # The common case, kept short: a plain lower-case word ("said", "chief").
            append(_new(Token, (word, start + offset, end + offset, False, word, True, False)))
            continue
        if not first.isalpha():
            append(_new(Token, (word, start + offset, end + offset, False, word, False, False)))
            continue
        possessive = word.endswith(_POSSESSIVE_ENDINGS)
        if possessive:
            word, end = word[:-2], end - 2
        elif (
            end < size
            and text[end] == "."
            and (len(word) == 1 or "." in word or word.lower() in _ABBREVIATIONS)
        ):
            word, end = word + ".", end + 1  # "Mr.", "U.S.", initials: the dot ends no sentence
            skip_dot = True
        lower = word.lower().rstrip(".")
        capital = first.isupper()
        append(_new(Token, (word, start + offset, end + offset, possessive, lower, True, capital)))
    return tokens
