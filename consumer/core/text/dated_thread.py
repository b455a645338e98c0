"""Threads of readers' comments whose entries open with their writer's name and a date.

Blog engines and forums print each comment under a line that holds who wrote it and
when ("Jane Doe October 24, 2012 at 7:52 am", "3 Kara 08.11.12 at 12:26", "Posted by: Kim
| 13. März 2012 um 14:05", "Tom on 11/12/12", or the name alone over "8. April 2019 @
11:38"), one to a few prose lines after it, the next such line after those. Several such
entries in a row are a thread: each of their heading lines is a comments header, and the
runs under them are comments (``entries`` of ``mainblock.select_main_block``). An
article's own byline opens that way too, but writes its date its own way; a forum's
opening post has no text above it to answer.
"""

from __future__ import annotations

import re

from consumer.core.text.mainblock import (
    GOOD,
    NEUTRAL,
    THREAD_HEADER_REACH,
    line_class,
    line_features,
)
from consumer.core.text.month_names import TEXT_MONTHS
from consumer.core.text.stopwords import STOPWORDS
from consumer.core.text.timestamps import date_span, without_dates

# Dates that the shared date reader leaves out as too short to read a year from: a
# comment's "07 Nov 12" or "11.06.12" (its writer's name is what says it is a date).
_SHORT_DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-]\d{2}|\d{1,2}\.? (?P<mon>[^\W\d_]{3,10})\.? '?\d{2})(?!\d)"
)
_MAX_HEADER_CHARS = 90
_MAX_NAME_WORDS = 4
_NUMBERING = re.compile(r"(?:#?\d{1,4}[.)]?|#)\s+")  # the entry's number ("3", "12.", "#4")
_BY = re.compile(r"(?:by|von|par|por|door|di)\b:?\s*", re.IGNORECASE)
_JOINS = re.compile(r"[|/,@·•–—-]+|\s(?:on|at|am|um|le|à|el|il|op|om|a las)$", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_QUOTE_SIGNATURE = re.compile(r"[—–-]|.*\(@")  # a quoted post's "— Name (@handle) date"
# Words an entry's heading may end with besides its date: its links and verbs.
_HEADER_TAIL = frozenset(
    {"at", "on", "um", "à", "said", "says", "wrote", "writes", "reply", "permalink", "link"}
    | {"antworten", "répondre", "responder", "rispondi"}
)
# A heading that names no writer, only the act ("Posted October 28, 2012 | Permalink"):
# its writer's name stands on the line above it.
_POSTED = frozenset({"posted", "submitted", "geschrieben", "publié", "publicado", "pubblicato"})
# Or none at all, the date then a link that only a comment carries ("October 2, 2012, |
# Permalink", "12.03.2012 Antworten"): its writer's name stands alone on the line above.
_COMMENT_LINKS = frozenset({"permalink", "reply", "antworten", "répondre", "responder", "rispondi"})
_DIGITS = re.compile(r"\d+")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?![\d.])")  # the time a comment was posted
_LETTERS = re.compile(r"[^\W\d_]+")
_ENTRY_REACH = 3  # lines from an entry's heading to its first prose line
_MAX_ENTRY_LINES = 15  # lines from one entry's heading to the next one's
_MIN_ENTRIES = 3
# Prose above a thread's first entry: the text it answers. A forum thread's first entry
# heads the opening post, with only the board's menus above it.
_MIN_PROSE_ABOVE = 400
# Or a comments header right above the first entry (within ``THREAD_HEADER_REACH`` lines:
# "46 Comments", then the first writer's name and the entry's heading): a short post's
# thread, not a forum's opening post.


def dated_thread_entries(texts: list[str], headers: frozenset[int] = frozenset()) -> frozenset[int]:
    """Positions of the heading lines of the dated entries of a readers' thread: runs of
    ``_MIN_ENTRIES`` or more heading lines, each over prose within ``_ENTRY_REACH`` lines,
    at most ``_MAX_ENTRY_LINES`` lines apart, no writer heading more than half of them
    (a gallery's "Pictures of the day 2 May 2024" over each caption, a review site's
    "Positive comment • May 2, 2024" repeat one label), under ``_MIN_PROSE_ABOVE``
    characters of prose or right under one of ``headers`` (comments headers)."""
    heads = [(i, head) for i, text in enumerate(texts) if (head := _entry_head(text))]
    if len(heads) < _MIN_ENTRIES:
        return frozenset()  # most pages: no need to read their lines' prose
    chains: list[tuple[list[int], list[str]]] = []  # entries, writers
    shape = ""
    for i, (entry_shape, writer) in heads:
        if not any(_is_prose(text) for text in texts[i + 1 : i + 1 + _ENTRY_REACH]):
            continue
        if not chains or i - chains[-1][0][-1] > _MAX_ENTRY_LINES or entry_shape != shape:
            chains.append(([], []))
        chains[-1][0].append(i)
        chains[-1][1].append(_named_writer(texts, i, writer).casefold())
        shape = entry_shape
    return frozenset(
        i
        for entries, writers in chains
        if len(entries) >= _MIN_ENTRIES
        and 2 * max(writers.count(w) for w in writers) <= len(writers)
        and (
            _prose_chars(texts[: entries[0]]) >= _MIN_PROSE_ABOVE
            or any(entries[0] - THREAD_HEADER_REACH <= h < entries[0] for h in headers)
        )
        for i in entries
    )


def _named_writer(texts: list[str], i: int, writer: str) -> str:
    """The writer of the entry headed at ``i``: the name on the line above when the heading
    says only "Posted" (else every entry would share the writer "Posted") or nothing."""
    if (writer and writer.casefold() not in _POSTED) or i == 0:
        return writer
    return _writer(texts[i - 1]) or writer


def _links_comment(rest: str) -> bool:
    """Whether what follows a heading's date names a link only a comment carries."""
    return any(w.casefold() in _COMMENT_LINKS for w in _NAME_WORD.findall(rest))


def _is_prose(text: str) -> bool:
    return line_class(line_features(text)) in (GOOD, NEUTRAL)


def _prose_chars(texts: list[str]) -> int:
    """Characters of prose in ``texts``: above a thread, the text it answers."""
    return sum(len(text) for text in texts if line_class(line_features(text)) == GOOD)


def _entry_head(text: str) -> tuple[str, str] | None:
    """How a line that heads an entry writes its date and time ("a 9, 9 a 9:9 a" for
    "July 26, 2012 at 3:56 pm") and its writer's name, or None for any other line. The
    entries of one thread share the first; the article's byline above them ("by X on June
    27, 2012") seldom does."""
    if len(text) > _MAX_HEADER_CHARS or not _DIGITS.search(text) or _QUOTE_SIGNATURE.match(text):
        return None
    span = date_span(text) or _short_date_span(text)
    if span is None:
        return None
    name, rest = text[: span[0]], text[span[1] :]
    if any(w.casefold() not in _HEADER_TAIL for w in _NAME_WORD.findall(without_dates(rest))):
        return None  # words after the date: a teaser's headline, a sentence
    writer = _writer(without_dates(name))
    if writer is None and name.strip().casefold() in _POSTED:
        writer = name.strip()  # its name stands above it (``_named_writer``)
    elif (
        writer is None
        and not _NAME_WORD.search(name)
        and (_links_comment(rest) or _CLOCK.search(text[span[0] :]))
    ):
        # The date alone, then "Permalink", or with its time ("8. April 2019 @ 11:38"):
        # its name stands above it.
        writer = ""
    if writer is None:
        return None
    return _LETTERS.sub("a", _DIGITS.sub("9", text[span[0] :])), writer


def _short_date_span(text: str) -> tuple[int, int] | None:
    found = _SHORT_DATE.search(text)
    if found is None:
        return None
    month = found.group("mon")
    return found.span() if month is None or month.casefold() in TEXT_MONTHS else None


def _writer(name: str) -> str | None:
    """The writer's name in what stands before an entry's date (without its number,
    "Posted by:" or a joining "on"), or None when that is no name."""
    name = _NUMBERING.sub("", name.strip(), count=1)
    name = _BY.sub("", name, count=1) if _BY.match(name) else name
    name = _JOINS.sub(" ", name).strip()
    words = name.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    return None if all(w.casefold() in STOPWORDS for w in words) else " ".join(words)
