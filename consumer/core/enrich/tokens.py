"""Word tokens with their offsets: the unit the entity and quote stages reason about."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A word may hold inner apostrophes, hyphens, dots and ampersands ("O'Neill", "U.S", "AT&T").
_TOKEN = re.compile(r"[^\W\d_](?:[\w&]|[’'\-.](?=[^\W_]))*|\d+(?:[.,:]\d+)*|[^\w\s]")
_POSSESSIVE = re.compile(r"(?:['’]s)$")
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


@dataclass(frozen=True, slots=True)
class Token:
    """One word, number or punctuation mark; ``start``/``end`` are offsets in the text."""

    text: str
    start: int
    end: int
    possessive: bool = False  # the word carried "'s", which is not part of ``text``

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def lower(self) -> str:
        return self.text.lower().rstrip(".")


def tokenise(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens; offsets are shifted by ``offset`` (the paragraph's start)."""
    tokens: list[Token] = []
    taken_until = 0  # a dot joined to an abbreviation is not a token of its own
    for match in _TOKEN.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if start < taken_until:
            continue
        possessive = bool(word[0].isalpha() and _POSSESSIVE.search(word))
        if possessive:
            word, end = word[:-2], end - 2
        elif (
            end < len(text)
            and text[end] == "."
            and word[0].isalpha()
            and (word.lower() in _ABBREVIATIONS or "." in word or len(word) == 1)
        ):
            word, end = word + ".", end + 1  # "Mr.", "U.S.", initials: the dot ends no sentence
            taken_until = end
        tokens.append(Token(word, start + offset, end + offset, possessive))
    return tokens
