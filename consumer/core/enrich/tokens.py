"""Word tokens with their offsets: the unit the entity and quote stages reason about."""

from __future__ import annotations

import functools
import re
from itertools import compress, count
from operator import not_
from typing import Literal, NamedTuple, cast

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

    Only tokens that can bound a name carry offsets: those with a capital or a digit
    (and abbreviations, whose dot depends on what follows). The others (lower-case words,
    marks) have ``start == end == -1`` and are shared between texts: nothing reads where
    they are, and finding them would cost a search each.
    """

    text: str
    start: int
    end: int
    possessive: bool  # the word carried "'s", which is not part of ``text``
    lower: str  # lower case, without an abbreviation's dot
    is_word: bool
    is_capitalised: bool


_new = tuple.__new__  # skips NamedTuple's Python-level __new__
_UNPLACED = -1


def tokenise(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens; offsets are shifted by ``offset`` (the paragraph's start).

    ``findall`` gives the tokens and a cached table their fields, both in C; only tokens
    with a capital or a digit are placed, by ``str.find`` from the last placed one. Where
    such a token occurs first is where it stands: only whitespace and "_" lie between
    tokens, and the unplaced tokens between have neither capitals nor digits.
    """
    words = _TOKEN.findall(text)
    tokens: list[Token | Literal[False] | None] = list(map(_shared_token, words))
    find = text.find
    size = len(text)
    pos = placed = 0  # words[:placed] lie before ``pos``
    dropped: list[int] = []  # the dots joined to abbreviations
    for i in compress(count(), map(not_, tokens)):
        word = words[i]
        if tokens[i] is False:
            # A lower-case abbreviation ("vs"): it may hide inside the words before it,
            # so they are placed one by one.
            for j in range(placed, i):
                pos = find(words[j], pos) + len(words[j])
        start = find(word, pos)
        end = pos = start + len(word)
        placed = i + 1
        fields = _fields(word, start + offset, end + offset, end < size and text[end] == ".")
        if fields[2] > end + offset:  # "Mr.", "U.S.", initials: the dot ends no sentence
            dropped.append(i + 1)
            pos, placed = end + 1, i + 2
        tokens[i] = _new(Token, fields)
    for i in reversed(dropped):
        del tokens[i]
    return cast("list[Token]", tokens)  # every unshared token was placed above


def _fields(
    word: str, start: int, end: int, dot_follows: bool
) -> tuple[str, int, int, bool, str, bool, bool]:
    """A token's fields; an abbreviation followed by a dot takes it."""
    first = word[0]
    if first.islower() and word.islower() and word[-1] != "s":
        return (word, start, end, False, word, True, False)  # a plain lower-case word
    if not first.isalpha():
        return (word, start, end, False, word, False, False)  # a number or a mark
    possessive = word.endswith(_POSSESSIVE_ENDINGS)
    if possessive:
        word, end = word[:-2], end - 2
    elif dot_follows and _takes_dot(word):
        word, end = word + ".", end + 1
    return (word, start, end, possessive, word.lower().rstrip("."), True, first.isupper())


def _takes_dot(word: str) -> bool:
    return len(word) == 1 or "." in word or word.lower() in _ABBREVIATIONS


@functools.lru_cache(maxsize=1 << 16)
def _shared_token(word: str) -> Token | Literal[False] | None:
    """The token of a word that needs no place, shared by all its occurrences; None for a
    word with a capital or a digit, False for a lower-case abbreviation (both are placed).

    Cached: a pure function of the word, asked for every word of every text.
    """
    if any(c.isupper() or c.isdigit() for c in word):
        return None
    text, _, _, possessive, lower, is_word, capital = _fields(word, 0, 0, False)
    if _fields(word, 0, 0, True)[0] != text:
        return False  # it would take a following dot
    return _new(Token, (text, _UNPLACED, _UNPLACED, possessive, lower, is_word, capital))
