import random
import re

import pytest

from consumer.core.html import patterns as pt
from consumer.core.html.caseless import matches_alike_lowered


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^\W*(?:share|tweet)(?: this)?\W*$", True),
        (r"^\W*[a-z]+ \d{1,2}, \d{4}\W*$", True),  # a lower-case range: either case
        (r"^\W*[^a-c]+$", True),
        (r"^\W*(?:ab|cd)\b.{0,20}$", True),
        (r"^\W*AFP\W*$", False),  # an upper-case literal misses the lower-cased line
        (r"^\W*[A-Z]\w+$", False),
        (r"^\W*(?-i:[A-Z])\w+$", False),  # reads the case itself
        (r"^\W*sal\u0131\W*$", False),  # dotless i folds to i with IGNORECASE
        (r"^\W*\u017fhare$", False),  # long s folds to s
        (r"^\W*\u212a$", False),  # Kelvin sign folds to k
        (r"^(\w)\1$", False),  # a back-reference
        (r"^[!-a]$", False),  # a range holding the capitals
    ],
)
def test_matches_alike_lowered(pattern: str, expected: bool) -> None:
    assert matches_alike_lowered(pattern, re.I) is expected


def test_needs_ignorecase() -> None:
    assert not matches_alike_lowered(r"^\W*share\W*$", 0)


def test_qualifying_patterns_match_ascii_lines_alike() -> None:
    """Made-up ASCII lines of words, digits and punctuation in mixed case: each line
    pattern that qualifies matches the line with IGNORECASE where (and as far as) it
    matches the lower-cased line without it."""
    rng = random.Random(36)
    words = [
        "Share", "READ", "more", "Comments", "12", "2026", "Jan", "MARCH", "posted", "By",
        "Tags", "Home", "Next", "Article", "advertisement", "min", "Views", "|", "-", ":",
        "Foto", "Getty", "Images", "/", "(c)", "copyright", "2:15", "PM", "on", "this",
    ]  # fmt: skip
    lines = [
        rng.choice(["", "- ", "* ", "[ "]) + " ".join(rng.choices(words, k=rng.randint(1, 6)))
        for _ in range(1500)
    ]
    qualifying = [rx for _, rx in pt.BOILERPLATE_LINES if matches_alike_lowered(rx.pattern, re.I)]
    assert len(qualifying) > len(pt.BOILERPLATE_LINES) // 2
    for rx in qualifying:
        plain = re.compile(rx.pattern, rx.flags & ~re.I)
        for line in lines:
            folded, lowered = rx.match(line), plain.match(line.lower())
            assert (folded and folded.span()) == (lowered and lowered.span()), (rx.pattern, line)


def test_date_lines_need_two_digits() -> None:
    """The date lines are tried only on lines holding two digits in a row: each of their
    forms does."""
    for line in [
        "Dienstag, 19. November 2019",
        "20.04.2018 16:22",
        "1.2.26",
        "2:15p.m. 28 December 2007",
        "MONDAY, JANUARY 12, 2009 at 9:05 AM EST",
    ]:
        assert pt.DAY_DATE_LINE.match(line), line
        assert pt.TWO_DIGITS.search(line), line
    assert pt.DAY_DATE_LINE.match("Monday, the 1st") is None
    for line in [
        "2021-10-16 | Health",
        "24. März 2004, 19:49 | Jane",
        "Posted: 24 November 2026 | By Lee Chang",
        "12 KASIM 2026 | Spor",  # (the Turkish month's dotless i folds to I)
        "March 3, 2026 · Business",
        "3/4/26 | Local",
    ]:
        assert pt.LABELLED_DATE_LINE.match(line), line
        assert pt.TWO_DIGITS.search(line), line
