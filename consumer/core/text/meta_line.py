"""Lines that hold an article's facts and nothing else: dates, bylines, reading times.

"Jane Doe | March 4, 2024 | 6 min read", "04/03/2024 • Politics • Jane Doe",
"Jane Doe Published 10:19am 4 March 2024", "Posted by Jane Doe on 4 March 2024": once
the dates, clock times, date labels, reading times and comment counts are taken out,
what is left is bylines, names and at most a couple of short section names. A name
without "By" counts only when it is the line's one name-shaped part or starts with a
known given name, or when the caller finds other evidence (a section such as "Market
Watch" is name-shaped too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consumer.core.enrich.data.first_names import FIRST_NAMES
from consumer.core.text.byline import (
    byline_authors,
    cjk_reporter,
    is_name,
    without_credentials,
    without_role,
)
from consumer.core.text.timestamps import (
    DATE_NOTICE,
    UPDATE_WORDS,
    Timestamp,
    date_span,
    find_timestamp,
    without_dates,
)

MAX_CHARS = 160
_MAX_OTHER_PARTS = 2  # sections, handles, "Source: X"
_MAX_OTHER_WORDS = 3
_MARK = "\x00"
_MAX_READING_TIME_CHARS = 40
_READING_TIME = re.compile(
    r"((estimated )?(reading|read) time|lesezeit|temps de lecture|tiempo de lectura|"
    r"tempo di lettura|leestijd|tempo de leitura|czas czytania)?( ?:)? ?(≈ ?|~ ?|about )?\d{1,3} ?"
    r"(min(ute)?s?|mins?|minuten|minutos|minuti)\.?"
    r"( (read|reading|de lecture|de lectura|lesezeit|di lettura|leestijd|de leitura))?",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}( ?[ap]\.?m\.?)?( ?[a-z]{1,4}|[+-]\d{2}:?\d{2})?", re.I)
# (Chinese and Japanese strips part their fields with spaces: "来源：新华社 作者：李明")
_SEPARATORS = re.compile(
    r" ?[|•·⋅] ?| [—–/-] | (?=(?:来源|來源|作者|记者|記者|编辑|編輯|责任编辑|責任編輯)[:：])"
)
# "Published 4 March 2024 Updated 5 March 2024": the update starts a part of its own.
# (Glued to the date before it and the time after it too: "14:32, 4 Mar 2026Updated14:45,
# 5 Mar 2026", where the page's elements had no space between them.)
_UPDATE_STARTS = re.compile(
    rf"(?: |(?<=\d))(?=(?:last )?(?:{UPDATE_WORDS})(?:\b|(?=\d)))", re.IGNORECASE
)
_PARTS = re.compile(_SEPARATORS.pattern + r"|\x00")  # and the marks left by taken-out dates
_LETTER = re.compile(r"[^\W\d_]")
_FILING = re.compile(
    r"[|•·⋅.,]? ?\b(categories|category|tags?|filed under|posted in|kategorien?|schlagworte|"
    r"catégories?|étiquettes|categorías?|etiquetas|categorie|categoria|tag)\b ?:",
    re.IGNORECASE,
)
# A date that a figure or an offer holds until, not the article's ("Data as of 4 March").
_NOT_THE_ARTICLES = re.compile(
    r"\b(as of|as at|valid (until|through)|expires?|deadline|until|through|bis zum|"
    r"jusqu'au|hasta el|fino al|t/m)\b",
    re.IGNORECASE,
)
# Reading times and counters that sit on date lines ("6 min read", "12 Comments").
_COUNTERS = re.compile(
    r"((\d+|xx) ?(min(ute)?s?|mins?)\.?( read| de lecture| de lectura| lesezeit| di lettura|"
    r" leestijd| leitura)?|(estimated )?(reading|read) time:?|lesezeit:?|temps de lecture:?|"
    r"tiempo de lectura:?|tempo di lettura:?|\d+ (comments?|kommentare|commentaires|"
    r"comentarios|commenti|reacties|views|shares|replies|likes)|no comments|comments? off|"
    r"leave a (comment|reply)|add a comment|\d+ ?k? views|discuss \(\d+|tweet|"
    # how long ago it was updated ("Published November 28, 2026 Updated about 2 hours ago")
    r"((last )?updated )?(about |over )?(\d+|an?|one) (minutes?|mins?|hours?|hrs?|days?) ago)\b",
    re.IGNORECASE,
)
# The print issue a magazine's story ran in, after its date ("28.11.2026, 14.32 Uhr • aus
# DER SPIEGEL 49/2026", "from the 12/2026 issue"): the issue's number is no date.
_PRINT_ISSUE = re.compile(
    r"\b(aus|from|erschienen in|paru dans|publicado en|pubblicato su|uit)( the| der| dem| de| el)?"
    r"( [^|•·⋅\d]{2,40}?)? (nr\. ?|no\. ?|n° ?|heft |ausgabe |issue )?\d{1,2}/(19|20)\d\d"
    r"( issue| edition)?\b",
    re.IGNORECASE,
)
# The group a post is signed for ("Jane Doe on behalf of the Release Team"): its
# companion, not a part that makes the line a sentence.
_ON_BEHALF = re.compile(r",? on behalf of [^|•·⋅]{2,60}", re.IGNORECASE)


# A blog footer's category after its date: "Posted on March 4, 2024 in Recipes, Baking |
# Permalink", "Published on March 4, 2024 in Tools. Tags: ...". Only when the date opens
# the line (its label, "Posted on", went with it) and a label or a permalink says it is a
# footer: a headline's "Deal signed March 4, 2024 in Geneva" stays a sentence, and a list
# of dated teasers ("Nov. 1, 2024 in Home and Garden") dates no story.
_FILED_IN = re.compile(rf"^{_MARK}+,? in [^|•·⋅{_MARK}]{{2,100}}")
_FOOTER_SIGN = re.compile(r"^(posted|published)\b|\| ?permalink$", re.IGNORECASE)
# A comment count's bare number closing a byline, the link's icon gone: "March 4, 2024
# by Jane Doe 0", or before a share button's word, "by Jane Doe 4 Tweet".
_COUNT_AT_END = re.compile(r"(?<=[^\W\d_]) \d{1,3}(?=[ \x00]*$)")
_BY = re.compile(r"\bby ", re.IGNORECASE)


def _filing_dropped(text: str) -> str:
    """``text`` without its categories and tags ("| Categories: A, B, C" files the
    article); a part after them stays ("Category: News | Author: Jane Doe")."""
    filing = _FILING.search(text)
    if filing is None:
        return text
    after = text.find(" | ", filing.end())
    return text[: filing.start()] + (text[after:] if after >= 0 else "")


def _clock_with_its_date(parts: list[str]) -> list[str]:
    """Parts with a lone clock time joined to the date before it ("25 November 2025 |
    10:45 WIB" is one time)."""
    joined: list[str] = []
    for part in parts:
        if joined and _CLOCK.fullmatch(part.strip()) and find_timestamp(joined[-1]) is not None:
            joined[-1] = f"{joined[-1]} {part.strip()}"
        else:
            joined.append(part)
    return joined


# An aggregator's strip before the reading time: a bullet and the story's age in its
# short form (" • 2h • 3 min read", "· 5d · 4 min read").
_AGED_STRIP = re.compile(r"[•·|] ?(\d{1,2} ?(mo|[smhdwy]) ?[•·|] ?)?")


def is_reading_time(text: str) -> bool:
    """A line that only says how long the article takes to read ("7 min read",
    "Lesezeit: 4 Min.", an aggregator's " • 2h • 3 min read")."""
    if len(text) > _MAX_READING_TIME_CHARS:
        return False
    strip = _AGED_STRIP.match(text)
    return _READING_TIME.fullmatch(text[strip.end() :] if strip else text) is not None


@dataclass(frozen=True, slots=True)
class MetaLine:
    names: list[str]  # authors the line names: after "By", or with a known given name
    stamps: list[Timestamp]
    lone_name: str | None = None  # the one name-shaped part, when nothing vouches for it


# An obituary's life dates under its name ("March 2, 1938 - November 24, 2026").
_LIFE_SPAN = re.compile(r"(?P<birth>[^-–—]{4,30}?\d{4}) ?[-–—] ?[^-–—]{4,30}?\d{4}")


def _is_life_span(text: str) -> bool:
    """Two dates joined by a dash, the first too old to be any story's: the dates of a
    life, not of the page (the death's date is the story's subject, not its date)."""
    span = _LIFE_SPAN.fullmatch(text)
    return (
        span is not None
        and date_span(span["birth"]) is not None
        and find_timestamp(span["birth"]) is None
    )


def read_meta_line(text: str) -> MetaLine | None:
    """The dates and authors of a line made only of dates, bylines and their companions,
    or None when the line says something else (a sentence, a headline with a date)."""
    if len(text) > MAX_CHARS or _NOT_THE_ARTICLES.search(text):
        return None
    if _is_life_span(text):
        return None
    notice = DATE_NOTICE.match(text)
    if notice:  # "This article was last updated on <date>": one date, its words a label
        stamp = find_timestamp(text)
        rest = without_dates(text[notice.end() :])
        return MetaLine([], [stamp]) if stamp and not _LETTER.search(rest) else None
    text = _filing_dropped(text)
    text = _PRINT_ISSUE.sub(_MARK, text)
    parts = [p for chunk in _SEPARATORS.split(text) for p in _UPDATE_STARTS.split(chunk)]
    stamps = [s for s in map(find_timestamp, _clock_with_its_date(parts)) if s is not None]
    if not stamps:
        return None
    rest = without_dates(_ON_BEHALF.sub(_MARK, _COUNTERS.sub(_MARK, text)), _MARK)
    if _BY.search(rest):
        rest = _COUNT_AT_END.sub("", rest)
    if _FOOTER_SIGN.search(text):
        rest = _FILED_IN.sub(_MARK, rest)
    bylined: list[str] = []
    candidates: list[str] = []
    others = 0
    for part in _PARTS.split(rest):
        part = without_credentials(without_role(part.strip(" ,.;:()[]")))
        if not _LETTER.search(part):
            continue
        names = byline_authors(part) or cjk_reporter(part)  # ("作者：李明")
        if names is not None:
            bylined.extend(names)
        elif is_name(part):
            candidates.append(part)
        elif len(part.split()) <= _MAX_OTHER_WORDS and others < _MAX_OTHER_PARTS:
            others += 1
        else:
            return None
    if bylined:
        return MetaLine(bylined, stamps)
    known = [c for c in candidates if c.split()[0].casefold() in FIRST_NAMES]
    if known:
        return MetaLine(known, stamps)
    return MetaLine([], stamps, candidates[0] if len(candidates) == 1 else None)
