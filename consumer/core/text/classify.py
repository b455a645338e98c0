"""Name the boilerplate reason of one line (share, cookie, newsletter...), or None."""

from __future__ import annotations

import re

from consumer.core.html.case_spelled import ascii_form
from consumer.core.text.line_patterns import (
    LINE_PATTERNS,
    LONG_LINE_PHRASES,
    MAX_BOILERPLATE_CHARS,
    MAX_COOKIE_CHARS,
    MAX_PHRASE_LINE_CHARS,
    PHRASE_PATTERNS,
    RELATED_HEADERS,
)
from consumer.core.text.timestamps import date_span


def boilerplate_reason(text: str) -> str | None:
    """The removal reason of a boilerplate line, None for anything that may be content."""
    if len(text) > MAX_BOILERPLATE_CHARS:
        if len(text) <= MAX_COOKIE_CHARS and _mentions_cookies(text):
            for pattern in LINE_PATTERNS["cookie"]:
                if pattern.fullmatch(text):
                    return "cookie"
        if len(text) > MAX_PHRASE_LINE_CHARS:
            return None
        table, lowered = _phrases_for(text, _ASCII_LONG_LINE_PHRASES, _LONG_LINE_PHRASES)
        for reason, pattern, on_lowered in table:
            if pattern.search(lowered if on_lowered else text):
                return reason
        return _phrase_reason(text)
    return line_pattern_reason(text) or _phrase_reason(text)


def line_pattern_reason(text: str) -> str | None:
    """The removal reason of a short line that a whole-line pattern reads (no phrase
    found inside it): what a run of words must be to stand as a line of its own."""
    if len(text) > MAX_BOILERPLATE_CHARS:
        return None
    if text.isascii():  # (most lines)
        table, lowered = _ASCII_LINE_PATTERNS, text.lower()
    else:
        table, lowered = _LINE_PATTERNS_AS_THEY_ARE, text
    for reason, patterns in table.items():
        if reason == "cookie" and not _mentions_cookies(text):
            continue
        if reason == "image_credit" and _is_gallery_headline(text):
            continue
        for pattern, on_lowered in patterns:
            if pattern.fullmatch(lowered if on_lowered else text):
                return reason
    return None


# The patterns as an ASCII line is matched with (``case_spelled.ascii_form``: without
# IGNORECASE, on the lower-cased line or respelled, the same matches a fifth faster), and
# as any other line is, each with whether it reads the line lower-cased.
_ASCII_LINE_PATTERNS = {
    reason: tuple(ascii_form(pattern) for pattern in patterns)
    for reason, patterns in LINE_PATTERNS.items()
}
_LINE_PATTERNS_AS_THEY_ARE = {
    reason: tuple((pattern, False) for pattern in patterns)
    for reason, patterns in LINE_PATTERNS.items()
}


# A photo gallery's headline ("Photos: Thanksgiving parade fills Main Street") opens as a
# credit's label does ("Photos: Jane Doe and John Roe for The Times"), but a credit names
# people and agencies: the headline runs on in lower-case words no credit links names with.
_GALLERY_LABEL = re.compile(
    r"(?:in )?(?:photos|pictures|images|gallery|slideshow) ?: ?(?P<rest>.+)", re.I
)
_CREDIT_LINKS = frozenset(
    {"and", "by", "of", "for", "via", "courtesy", "from", "the", "at", "on", "with", "to"}
)
_MIN_HEADLINE_WORDS = 2


def _is_gallery_headline(text: str) -> bool:
    label = _GALLERY_LABEL.fullmatch(text)
    if label is None:
        return False
    words = re.findall(r"[^\W\d_]+", label.group("rest"))
    running = [w for w in words if w.islower() and w not in _CREDIT_LINKS]
    return len(running) >= _MIN_HEADLINE_WORDS


def _phrase_reason(text: str) -> str | None:
    table, lowered = _phrases_for(text, _ASCII_PHRASES, _PHRASES)
    for reason, pattern, on_lowered in table:
        if (found := pattern.search(lowered if on_lowered else text)) is None:
            continue
        if reason == "advertisement" and _dated_before(text, found.start()):
            continue  # a header strip: "Published: Mar 8 · by X · This post may contain ..."
        return reason
    return None


# The phrases as an ASCII line is searched with (``case_spelled.ascii_form``, as the line
# patterns above: the same spans, four in ten of the time) and as any other line is, each
# with its reason and whether it reads the line lower-cased.
_Phrases = tuple[tuple[str, re.Pattern[str], bool], ...]
_ASCII_PHRASES: _Phrases = tuple(
    (reason, *ascii_form(pattern)) for reason, pattern in PHRASE_PATTERNS.items()
)
_PHRASES: _Phrases = tuple((reason, pattern, False) for reason, pattern in PHRASE_PATTERNS.items())
_ASCII_LONG_LINE_PHRASES: _Phrases = tuple(
    (reason, *ascii_form(pattern)) for reason, pattern in LONG_LINE_PHRASES.items()
)
_LONG_LINE_PHRASES: _Phrases = tuple(
    (reason, pattern, False) for reason, pattern in LONG_LINE_PHRASES.items()
)


def _phrases_for(text: str, ascii_table: _Phrases, table: _Phrases) -> tuple[_Phrases, str]:
    """The phrases' table ``text`` is searched with, and the text it reads lower-cased."""
    return (ascii_table, text.lower()) if text.isascii() else (table, text)


def _dated_before(text: str, at: int) -> bool:
    """Does ``text`` give a date before ``at``? (A strip's date is read as the date line's.)"""
    return date_span(text[:at]) is not None


# Emoji, arrows or other symbols after a header's words ("Keep Reading 🚀", "Related Posts 👇").
# The vowel signs and other marks of Indic, Thai, Hebrew and Arabic letters are no word
# characters but part of the word ("ये भी पढ़ें" ends in two).
_MARKS = "\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0900-\u0dff\u0e31-\u0e4e"
_TRAILING_SYMBOLS = re.compile(rf"(?:\s*[^\w\s.:!?()\[\]\"'’”{_MARKS}])+$")
# ... or before them, or lenticular brackets around them ("▶ Most read", "【関連記事】").
_LEADING_SYMBOLS = re.compile(rf"^(?:[^\w\s\"'‘“(\[{_MARKS}]\s*)+")


def is_related_header(text: str) -> bool:
    """A line that announces a list of other articles ("Most read", "Related stories")."""
    if len(text) > 60:
        return False
    words = _LEADING_SYMBOLS.sub("", _TRAILING_SYMBOLS.sub("", text))
    return RELATED_HEADERS.fullmatch(words) is not None


def _mentions_cookies(text: str) -> bool:
    """A line about the site's cookies: it names them and speaks to the visitor or of the
    site ("We use cookies", "Cookie Policy", "Diese Website verwendet Cookies"). A story's
    cookies are baked ("a floured cookie sheet") or regulated ("laws such as the GDPR")."""
    lowered = text.lower()
    return ("cookie" in lowered or "gdpr" in lowered) and (
        _COOKIE_NOTICE_WORDS.search(text) is not None
    )


# What a cookie notice says besides "cookies": whom it addresses (we, you, wir, Sie, nous,
# vous ...), the site or browser it is about, or the choice it offers (accept, settings).
_COOKIE_NOTICE_WORDS = re.compile(
    r"\b(we|our|you|your|wir|unser\w*|sie|ihr\w*|dir|du|nous|vous|notre|nos|votre|vos|"
    r"utilizamos|usamos|nuestr[oa]s?|utilizziamo|usiamo|nostr[oia]|wij|onze|uw|"
    r"websites?|sites?|browser|browsing|visit(?:ors?|ing)?|users?|webseiten?|seiten?|"
    r"besucher\w*|sitio|navega\w*|navigat\w*|nutzung|nutzer\w*|domain|device|"
    r"polic(?:y|ies)|settings|preferences|einstellungen|richtlinie|consent\w*|accept\w*|"
    r"allow|agree|akzeptier\w*|zustimm\w*|einverstanden|accepter|aceptar|accetta)\b",
    re.IGNORECASE,
)
