"""Month names whose month is the page's language's, not the date's form's.

"listopad" is October in Croatian and November in Polish and Czech. ``timestamps`` reads
a date by its form alone: with the day's ordinal dot, as Croatian writes it ("15.
listopada 2025."), October; without ("15 listopada 2025"), November. A page known to be
Croatian (or Bosnian, Serbian or Slovenian, whose copy names October "listopad" when it
uses the Slavic names) reads it as October in every form: "15 listopada 2025", "Objavljeno
3 listopad 2025". The language comes from the page (its lang attribute, the language
hint, its country's domain, or the detector on its text), never from the date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from consumer.core.text.timestamps import Timestamp, date_span, find_timestamp

LISTOPAD_OCTOBER_LANGUAGES = frozenset({"hr", "bs", "sr", "sl"})
_LISTOPAD = re.compile(r"listopad(?:a|u)?\b", re.IGNORECASE)
_NOVEMBER = "11"


def may_be_listopad(value: str, text: str) -> bool:
    """Could ``value``, read from ``text``, be a "listopad" read as November?"""
    return value[5:7] == _NOVEMBER and "istopad" in text.lower()


def reads_listopad_as_october(language: str | None) -> bool:
    """Does a page in ``language`` (an ISO 639-1 code or a tag) mean October by it?"""
    return bool(language) and language.split("-")[0].lower() in LISTOPAD_OCTOBER_LANGUAGES


def in_page_language(stamp: Timestamp, text: str, language: str | None) -> Timestamp:
    """``stamp``, read from ``text``, with its "listopad" read as ``language`` means it."""
    if not (may_be_listopad(stamp.value, text) and reads_listopad_as_october(language)):
        return stamp
    span = date_span(text)
    if span is None or not _LISTOPAD.search(text, span[0], span[1]):
        return stamp  # the date is another month's; "listopad" is elsewhere in the line
    return replace(stamp, value=f"{stamp.value[:5]}10{stamp.value[7:]}")


def as_shown_in_language(day: str, texts: Iterable[str], language: str | None) -> str:
    """``day`` (RFC 3339) moved to October when one of ``texts`` shows it with "listopad"
    read as November and the page's ``language`` means October by it."""
    if day[5:7] != _NOVEMBER or not reads_listopad_as_october(language):
        return day
    for text in texts:
        stamp = find_timestamp(text) if may_be_listopad(day, text) else None
        if stamp is not None and stamp.value[:10] == day[:10]:
            return in_page_language(Timestamp(day, stamp.is_update), text, language).value
    return day
