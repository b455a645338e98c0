import random
import re

import pytest

from consumer.core.html import lines as html_lines
from consumer.core.html import patterns as pt
from consumer.core.html.case_spelled import ascii_form, respelled_for_ascii
from consumer.core.html.caseless import matches_alike_lowered
from consumer.core.html.first_char import first_word_char
from consumer.core.text import classify
from consumer.core.text.line_patterns import LINE_PATTERNS, LONG_LINE_PHRASES, PHRASE_PATTERNS

_ASCII = [chr(code) for code in range(128)]


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"^\W*(?:by|von)\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+){1,3}\W*$", re.I),
        (r"^\W*(?:AFP|AP|Reuters)\W*$", re.I),  # upper-case literals, either case
        (r"^\W*[^a-c]+x$", re.I),  # a negated class: its capitals too
        (r"^[!-a]{2}$", re.I),  # a range holding capitals and lower-case letters
        (r"^\W*\u017fhare$", re.I),  # long s folds to s and S
        (r"^\W*\u212aey$", re.I),  # the Kelvin sign folds to k and K
        (r"^\W*sal\u0131$", re.I),  # dotless i folds to i and I
        (r"^[A-Z]\w* (?i:news(?:letter)?)\b", 0),  # caseless only inline
        (r"^(?=\w{3})(?<!x)(?P<word>ab|cd)+?(?>e|f)\Z", re.I),
    ],
)
def test_respelled_matches_ascii_lines_alike(pattern: str, flags: int) -> None:
    """Every string of up to three ASCII characters from a small set of both cases, and
    longer made-up words, match the respelled pattern as they match the pattern."""
    original, respelled = re.compile(pattern, flags), respelled_for_ascii(pattern, flags)
    assert respelled is not None and not respelled.flags & re.I
    chars = "aAbBcCkKsSxXiI!- 09_e"
    texts = [a + b + c for a in chars for b in chars for c in chars]
    texts += ["by Jane Doe", "BY JANE DOE", "By jane doe", "- afp -", "Reuters", "share",
              "SHARE", "Key", "KEY", "sali", "SALI", "Daily News is", "ababe", "cdf"]  # fmt: skip
    for text in texts:
        expected, found = original.match(text), respelled.match(text)
        assert (expected and (expected.span(), expected.groupdict())) == (
            found and (found.span(), found.groupdict())
        ), (pattern, text)


def test_respelled_one_character_items() -> None:
    """A folding letter is spelled as the ASCII characters it folds to; a name's capital
    keeps its case."""
    long_s = respelled_for_ascii("\u017f", re.I)
    assert long_s is not None
    assert [c for c in _ASCII if long_s.fullmatch(c)] == ["S", "s"]
    capital = respelled_for_ascii(r"(?-i:[A-Z])b", re.I)
    assert capital is not None
    assert capital.fullmatch("Jb") and capital.fullmatch("JB") and not capital.fullmatch("jb")


def test_back_reference_is_not_respelled() -> None:
    assert respelled_for_ascii(r"^(\w)\1$", re.I) is None  # (it compares caselessly)


def _made_up_lines(seed: int, count: int) -> list[str]:
    """ASCII lines of the words the case-read line patterns name (bylines, agencies,
    credits, dates), in mixed case, with names in capitals or not."""
    rng = random.Random(seed)
    words = [
        "By", "BY", "by", "Jane", "DOE", "doe", "Sam", "Park", "Associated", "PRESS", "press",
        "AP", "ap", "AFP", "Reuters", "Writer", "writer", "Staff", "REPORTER", "News",
        "Service", "Getty", "Images", "/", "|", "-", ",", ":", "Photo", "Foto", "Credit",
        "Monday", "MARCH", "12", "2026", "3:45", "p.m.", "EST", "Updated", "Published",
        "Kasim", "min", "read", "ago", "2", "hours", "Listen", "to", "this", "article",
        "Reviewed", "Medically", "dr.", "Smith", "and", "The", "Canadian", "Bloomberg",
        "Read", "more", "Embed", "from", "(AP)", "Sign", "up", "Xinhua", "EPA-EFE",
    ]  # fmt: skip
    return [
        rng.choice(["", "- ", "* ", "[ ", "| "]) + " ".join(rng.choices(words, k=rng.randint(1, 8)))
        for _ in range(count)
    ]


def test_spelled_tables_match_as_the_cased_ones() -> None:
    """The case-read line patterns' tables and the date lines, respelled, match each
    made-up ASCII line where, as far as, and with the alternative the originals do."""
    assert all(
        table is not pt.CASED_BY_FIRST_CHAR[char]
        for char, table in pt.SPELLED_BY_FIRST_CHAR.items()
    )  # (all respelled: else the fast path is lost)
    pairs = [(pt.CASED_ANY, pt.SPELLED_ANY)]
    dates = zip(pt.BOILERPLATE_TWO_DIGIT_LINES, pt.SPELLED_TWO_DIGIT_LINES, strict=True)
    pairs += [(old, new) for (_, old), (_, new) in dates]
    for line in _made_up_lines(37, 3000):
        char = first_word_char(line)
        cased = pt.CASED_BY_FIRST_CHAR.get(char, pt.CASED_ANY)
        spelled = pt.SPELLED_BY_FIRST_CHAR.get(char, pt.SPELLED_ANY)
        for old, new in [(cased, spelled), *pairs]:
            expected, found = old.match(line), new.match(line)
            assert (expected and (expected.span(), expected.lastgroup)) == (
                found and (found.span(), found.lastgroup)
            ), (line, old.pattern[:60])


def test_plain_characters_lower_case_as_ascii_does() -> None:
    """Each plain character lower-cases to one plain character, a word character if and
    only if it is one, and no line break is added: the lower-cased line keeps the
    line's length, anchors and ``\\b``."""
    for char in pt.PLAIN_CHARS:
        lowered = char.lower()
        assert len(lowered) == 1 and lowered in pt.PLAIN_CHARS, char
        assert bool(re.match(r"\w", char)) == bool(re.match(r"\w", lowered)), char
        assert (char == "\n") == (lowered == "\n"), char
    # (no alternative lost the lower-cased table to the wider alphabet)
    ascii_free = {name for name, p in pt._TABLED if matches_alike_lowered(p, re.I)}
    assert ascii_free == pt._CASE_FREE


def _plain_lines(seed: int, count: int) -> list[str]:
    """The made-up lines with the typographic punctuation and German letters of a plain
    line spliced in, in and between their words."""
    rng = random.Random(seed)
    extra = pt.PLAIN_CHARS[128:]
    lines = []
    for line in _made_up_lines(seed, count):
        chars = list(line)
        for _ in range(rng.randint(1, 4)):
            chars.insert(rng.randint(0, len(chars)), rng.choice(extra))
        lines.append("".join(chars))
    lines += ["\u201cBy Jane Doe\u201d", "By J\xfcrgen M\xfcLLER", "\u2014 AP \u2014"]
    lines += ["Foto:\xa0Jane Doe", "\xa0Share this\u2026", "\u2019Reuters", "Stra\xdfe 12"]
    return lines


def test_plain_lines_match_the_plain_tables_as_the_caseless_ones() -> None:
    """A plain line that is not ASCII: the lower-cased and respelled tables, and the
    respelled date lines, match it where and with the alternative the IGNORECASE tables
    do; and ``boilerplate_reason`` finds for it the reason the whole alternation gives."""
    dates = zip(pt.BOILERPLATE_TWO_DIGIT_LINES, pt.SPELLED_TWO_DIGIT_LINES, strict=True)
    for line in _plain_lines(41, 3000):
        assert not line.isascii() and not pt.NOT_PLAIN.search(line)
        char = first_word_char(line)
        cased = pt.CASED_BY_FIRST_CHAR.get(char, pt.CASED_ANY)
        spelled = pt.SPELLED_BY_FIRST_CHAR.get(char, pt.SPELLED_ANY)
        caseless = pt.CASELESS_BY_FIRST_CHAR.get(char, pt.CASELESS_ANY)
        lowered = pt.LOWERED_BY_FIRST_CHAR.get(char, pt.LOWERED_ANY)
        pairs = [(cased, spelled, line), (caseless, lowered, line.lower())]
        pairs += [(old, new, line) for (_, old), (_, new) in dates]
        for old, new, text in pairs:
            expected, found = old.match(line), new.match(text)
            assert (expected and (expected.span(), expected.lastgroup)) == (
                found and (found.span(), found.lastgroup)
            ), (line, old.pattern[:60])
        whole = pt.BOILERPLATE_ANY.match(line)
        if whole is not None and len(line) <= pt.MAX_BOILERPLATE_CHARS:
            assert html_lines.boilerplate_reason(line) == (whole.lastgroup or "").rsplit("_", 1)[0]


def test_text_line_patterns_ascii_forms_match_alike() -> None:
    """Each of the text mode's line patterns, in its ASCII form, fullmatches each made-up
    ASCII line (and its lower-cased text, when it reads that) as the pattern does."""
    rng = random.Random(7)
    lines = _made_up_lines(38, 600)
    tool_words = ["Share", "on", "Facebook", "TWITTER", "Print", "Email", "Subscribe", "to",
                  "our", "Newsletter", "Cookies", "we", "use", "Accept", "Advertisement",
                  "Home", "News", "Sport", "Comments", "(3)", "Copyright", "(c)", "2026",
                  "All", "rights", "reserved", "Photo:", "Getty", "Images", "Skip",
                  "content", "Tags:", "Follow", "us", "Back", "top", "Editor:", "PTI"]  # fmt: skip
    lines += [" ".join(rng.choices(tool_words, k=rng.randint(1, 6))) for _ in range(1500)]
    forms = [(rx, *ascii_form(rx)) for patterns in LINE_PATTERNS.values() for rx in patterns]
    assert sum(1 for rx, form, _ in forms if form is not rx) > len(forms) * 0.9
    for line in lines:
        lowered = line.lower()
        for rx, form, on_lowered in forms:
            expected, found = rx.fullmatch(line), form.fullmatch(lowered if on_lowered else line)
            assert (expected and expected.span()) == (found and found.span()), (rx.pattern, line)
        assert classify.line_pattern_reason(line) == _reason_as_before(line), line


def _reason_as_before(text: str) -> str | None:
    """``classify.line_pattern_reason`` as it was: every pattern with IGNORECASE."""
    if len(text) > classify.MAX_BOILERPLATE_CHARS:
        return None
    for reason, patterns in LINE_PATTERNS.items():
        if reason == "cookie" and not classify._mentions_cookies(text):
            continue
        if reason == "image_credit" and classify._is_gallery_headline(text):
            continue
        if any(pattern.fullmatch(text) for pattern in patterns):
            return reason
    return None


def test_text_phrases_ascii_forms_search_alike() -> None:
    """The text mode's phrases (short lines' and long lines'), in their ASCII forms, are
    found in each made-up ASCII line where the phrases are, and give the same reason."""
    rng = random.Random(9)
    phrase_words = ["Subscribe", "TO", "our", "Weekly", "newsletter", "Sign", "up", "for",
                    "the", "emails", "This", "entry", "was", "posted", "on", "Mar", "8,",
                    "2026", "Published:", "·", "by", "Jane", "Doe", "This", "post", "may",
                    "contain", "affiliate", "links", "Follow", "Harbour", "News", "WhatsApp",
                    "updates", "All", "Rights", "Reserved", "(c)", "Notify", "me", "of",
                    "new", "comments", "Private", "Securities", "Litigation", "Reform", "Act",
                    "Story", "continues", "below", "advertisement", "Filed", "under:"]  # fmt: skip
    lines = [" ".join(rng.choices(phrase_words, k=rng.randint(1, 14))) for _ in range(2000)]
    lines = [line for line in lines if line.isascii()]
    long_line = " ".join(["The council met on Tuesday."] * 6)
    lines += [f"{long_line} {line}" for line in lines[:500]]
    phrases = [*PHRASE_PATTERNS.values(), *LONG_LINE_PHRASES.values()]
    forms = [(rx, *ascii_form(rx)) for rx in phrases]
    assert all(form is not rx for rx, form, _ in forms)
    for line in lines:
        lowered = line.lower()
        for rx, form, on_lowered in forms:
            expected, found = rx.search(line), form.search(lowered if on_lowered else line)
            assert (expected and expected.span()) == (found and found.span()), (rx.pattern, line)
        assert classify.boilerplate_reason(line) == _boilerplate_reason_as_before(line), line


def _boilerplate_reason_as_before(text: str) -> str | None:
    """``classify.boilerplate_reason`` as it was: every phrase searched with IGNORECASE."""

    def phrase_reason() -> str | None:
        for reason, pattern in PHRASE_PATTERNS.items():
            if (found := pattern.search(text)) is None:
                continue
            if reason == "advertisement" and classify._dated_before(text, found.start()):
                continue
            return reason
        return None

    if len(text) > classify.MAX_BOILERPLATE_CHARS:
        cookies = len(text) <= classify.MAX_COOKIE_CHARS and classify._mentions_cookies(text)
        if cookies and any(pattern.fullmatch(text) for pattern in LINE_PATTERNS["cookie"]):
            return "cookie"
        if len(text) > classify.MAX_PHRASE_LINE_CHARS:
            return None
        for reason, pattern in LONG_LINE_PHRASES.items():
            if pattern.search(text):
                return reason
        return phrase_reason()
    return _reason_as_before(text) or phrase_reason()
