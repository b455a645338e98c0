import re

import pytest

from consumer.core.html import patterns as pt
from consumer.core.html.first_char import (
    first_char_class,
    first_word_char,
    named_alternation,
    split_by_first_char,
    without_captures,
)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^\W*(?:share|tweet)\W*$", "[st]"),
        (r"^\s*(?:read more|continue)$", "[cr]"),
        (r"^\W*(?:\d+\s+)?comments?$", r"[\dc]"),
        (r"^\W*(?:ab|cd)\W*$|^\W*ef$", "[ace]"),  # the parser takes the ^ out as a prefix
        (r"^\W*[a-c]x", "[a-c]"),
        (r"^\W*(?:share)?\W*$", None),  # may match an empty X: any line
        (r"^\W*[\d,.]+ views$", None),  # may start with a non-word character
        (r"^share", "[s]"),  # no leading \W*: the line's first character is its first word one
        (r"^\d{4}x|^\W*ab", r"[\da]"),
        (r"^(?!\|)\W*(?:ab|cd)", "[ac]"),  # a look-ahead at the start consumes nothing
        (r"^-share", "[s]"),  # a non-word character first: the word character after it
        (r"^\W*(?:¿?ya|\[email)", "[ey]"),
        (r"^-?$", None),  # no word character at all
        (r"^\W*[\w-]x", None),  # a word or a non-word character first
        (r"^\W+share", None),
        (r"^\W*.{0,3}share", None),
    ],
)
def test_first_char_class(pattern: str, expected: str | None) -> None:
    assert first_char_class(pattern, re.I) == expected


def test_first_word_char() -> None:
    assert first_word_char("— «Share» this") == "S"
    assert first_word_char("***") == ""
    assert first_word_char("") == ""


def _outcome(match: re.Match[str] | None) -> tuple[str | None, tuple[int, int]] | None:
    return None if match is None else (match.lastgroup, match.span())


LINES = [
    "Share this article",
    "  share",
    "— Read more",
    "12 Comments",
    "3 min read",
    ",5k views",
    "Advertisement",
    "ſhare",  # long s: the engine folds it to s
    "Ｓhare",
    "K comments",  # Kelvin sign
    "İn this article",
    "_share",
    "Tags: politics, economy",
    "À lire aussi",
    "The minister said the budget would pass.",
    "",
    # Patterns anchored without a leading \W*, after a look-ahead, or with a non-word
    # character before their first word character
    "Posted on 12 March 2020",
    "| 12 March 2020",
    "Foto: Jane Doe / Agentur",
    "2020年1月2日",
    "¿Ya eres suscriptor? Inicia sesión",
    "[email protected]",
]


@pytest.mark.parametrize("line", LINES)
def test_split_matches_as_the_whole_alternation(line: str) -> None:
    alternatives = [("share", r"^\W*(?:share|tweet)\W*$"), ("views", r"^\W*[\d,.]+k? views$")]
    whole = re.compile("|".join(f"(?P<{n}>{p})" for n, p in alternatives), re.I)
    table = split_by_first_char(alternatives, re.I)
    expected = whole.match(line)
    got = table.get(first_word_char(line), whole).match(line)
    assert _outcome(got) == _outcome(expected)


@pytest.mark.parametrize("line", LINES)
def test_boilerplate_tables_match_as_boilerplate_any(line: str) -> None:
    # (The tables leave out the word scans and the date line: these lines match none.)
    char = first_word_char(line)
    caseless = pt.CASELESS_BY_FIRST_CHAR.get(char, pt.CASELESS_ANY).match(line)
    if not pt.NOT_PLAIN.search(line):  # the same alternatives, lower-cased, without IGNORECASE
        lowered = pt.LOWERED_BY_FIRST_CHAR.get(char, pt.LOWERED_ANY).match(line.lower())
        assert _outcome(lowered) == _outcome(caseless)
    cased = pt.CASED_BY_FIRST_CHAR.get(char, pt.CASED_ANY).match(line)
    found = [match for match in (caseless, cased) if match is not None]
    first = min(found, key=lambda match: pt.BOILERPLATE_ORDER[match.lastgroup or ""], default=None)
    expected = pt.BOILERPLATE_ANY.match(line)
    assert _outcome(first) == _outcome(expected)
    if line in (
        "Share this article",
        "12 Comments",
        "Advertisement",
        "ſhare",
        "Foto: Jane Doe / Agentur",
        "[email protected]",
    ):
        assert first is not None


@pytest.mark.parametrize(
    "line",
    [
        *LINES,
        "Sie müssen eingeloggt sein, um zu kommentieren.",
        "Um zu KOMMENTIEREN müssen Sie angemeldet sein",
        "\u212aommentare nur für angemeldete Leser, bitte eingeloggt bleiben",
        "Verraten Sie uns in den Kommentaren, was Sie denken!",
        "Abonnieren Sie unseren YouTube-Kanal für mehr Videos",
        "Subscribe to our YouTube channel for more",
        "Our story about a comment the mayor made on Tuesday",
        # the date line (tried on lines with two digits in a row), in capitals too
        "MONDAY, JANUARY 12, 2009",
        "Dienstag, 19. November 2019",
        "04:52 PM PST on Friday, January 18, 2008",
        "28 Kasım 2026 Cuma 14:05",
        "Monday, the 1st",
        # the cased alternatives (names and agencies in capitals) beside the caseless ones
        "By JANE DOE, AP Business Writer",
        "Jane Doe/Getty Images",
        "AFP",
        "[CTA_MODULE]",
        "LISTEN TO THIS ARTICLE NOW",
        "LİSTEN TO THİS ARTİCLE NOW",  # dotted capital I: not ASCII
        "Photo 3 of 12",
        "12 KASIM 2026 | Spor",
        "2021-10-16 | Health",
    ],
)
def test_lines_match_as_boilerplate_any(line: str) -> None:
    """The word scans are tried only for lines that hold their word, after the table of
    the line's first character: the alternative found is the whole alternation's."""
    from consumer.core.html.lines import _first_line_pattern

    expected = pt.BOILERPLATE_ANY.match(line)
    assert _first_line_pattern(line, line.lower()) == (expected and expected.lastgroup)


def test_every_scan_needs_its_word() -> None:
    for word, name, scan in pt.BOILERPLATE_SCANS:
        assert word in scan.pattern.lower()
        assert name in pt.BOILERPLATE_ORDER
    assert pt.COMMENT_LOGIN_LINE.match("Sie müssen eingeloggt sein, um zu kommentieren.")
    assert pt.YOUTUBE_CHANNEL_LINE.match("Subscribe to our YouTube channel for more")


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^\W*(share|tweet)(?: this)?\W*$", r"^\W*(?:share|tweet)(?: this)?\W*$"),
        (r"^[(](a)\)", r"^[(](?:a)\)"),  # a bracket in a class or escaped is no group
        (r"^[]()](b)", r"^[]()](?:b)"),  # "]" first in a class is a literal
        (r"^[^]((](c)", r"^[^]((](?:c)"),
        (r"^\\(d)", r"^\\(?:d)"),  # an escaped backslash, then a group
        (r"^(?P<n>e)(f)", r"^(?P<n>e)(?:f)"),  # named groups stay
        (r"^(g)\1", r"^(g)\1"),  # a pattern that refers to a group is kept
        (r"^(?P<h>x)(?P=h)", r"^(?P<h>x)(?P=h)"),
    ],
)
def test_without_captures(pattern: str, expected: str) -> None:
    assert without_captures(pattern) == expected


@pytest.mark.parametrize(
    "line",
    ["Share this!", "— tweet", "share that", "Reply 12", "(reply) 3", "Tweet this now", ""],
)
def test_named_alternation_matches_as_the_alternation_with_groups(line: str) -> None:
    alternatives = [
        ("share", r"^\W*(share|tweet)( (this|now))*\W*$"),
        ("reply", r"^\W*(\(?reply\)?)\s+(\d+)$"),
    ]
    with_groups = re.compile("|".join(f"(?P<{n}>{p})" for n, p in alternatives), re.I)
    plain = re.compile(named_alternation(alternatives), re.I)
    assert plain.groups == len(alternatives)
    assert _outcome(plain.match(line)) == _outcome(with_groups.match(line))
