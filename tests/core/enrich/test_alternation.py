"""grouped_alternatives: the same matches as the plain alternation of the words."""

from __future__ import annotations

import re

import pytest

from consumer.core.enrich.alternation import grouped_alternatives

WORDS = ["saying", "says", "said", "say", "told", "tells", "pointed out", "points out", "i"]
TEXTS = [
    "she says so",
    "Saying it, he said: they say he told them",
    "it points out and pointed outward",
    "sayings say",
    "I said, i told you",
    "nothing here",
]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_grouped_alternatives_match_like_the_plain_alternation(flags: int) -> None:
    plain = re.compile(r"\b(?:" + "|".join(WORDS) + r")\b", flags)
    grouped = re.compile(r"\b" + grouped_alternatives(WORDS) + r"\b", flags)
    for text in TEXTS:
        assert [m.span() for m in grouped.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_grouped_alternatives_try_words_in_their_order() -> None:
    # Without a boundary after it, the first listed word that matches wins, as in a join.
    short_first = re.match(grouped_alternatives(["say", "saying"]), "saying")
    long_first = re.match(grouped_alternatives(["saying", "say"]), "saying")
    assert short_first is not None and short_first[0] == "say"
    assert long_first is not None and long_first[0] == "saying"
