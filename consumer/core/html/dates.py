"""Dates as the page states them, normalised to RFC 3339 (a date alone stays a date)."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from lxml.html import HtmlElement

from consumer.core.html.htmldate_pass import fast_original_options, htmldate_date

# ISO 8601 forms pages use: date, date + time, optional fraction and zone.
_ISO = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d{1,9})?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
# Numeric dates some CMSes write in their date fields: "2025/11/13", "13/11/2025 09:21:40",
# "11.13.2025". Day and month are told apart only when one of them is above 12.
_YEAR_FIRST = re.compile(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b(.*)$", re.S)
_YEAR_LAST = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b(.*)$", re.S)
# "Thu, 13 Nov 2025 09:21:40 GMT" (RFC 2822, as feeds and some meta tags write it).
_RFC2822 = re.compile(r"^\s*([A-Za-z]{3}, )?\d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}")
# A fixed upper bound keeps results independent of the day the code runs.
_MAX_DATE = datetime(2100, 1, 1)
_MIN_YEAR = 1990
_HTMLDATE_OPTIONS = fast_original_options(_MAX_DATE)


def rfc3339(value: str | None) -> str | None:
    """'2024-05-01T10:00:00+0100' -> '2024-05-01T10:00:00+01:00'; a bare date stays a date.

    Returns None for anything that is not an ISO 8601 date with a real calendar day.
    A time without a zone is returned without one (the zone is unknown, not invented).
    """
    if not value:
        return None
    match = _ISO.match(value[:64]) or _ISO.match(_as_iso(value[:64]))
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        datetime(int(year), int(month), int(day))
    except ValueError:
        return None
    if int(year) < _MIN_YEAR:
        return None
    date = f"{year}-{month}-{day}"
    if hour is None:
        return date
    if int(hour) > 23 or int(minute) > 59 or (second and int(second) > 59):
        return date
    stamp = f"{date}T{hour}:{minute}:{second or '00'}"
    if zone is None:
        return stamp
    if zone == "Z":
        return stamp + "Z"
    if ":" not in zone:
        zone = f"{zone[:3]}:{zone[3:]}"
    return stamp + ("Z" if zone in ("+00:00", "-00:00") else zone)


def date_from_htmldate(tree: HtmlElement, url: str | None) -> str | None:
    """The publication date htmldate finds in the markup or the URL (no text guessing):
    ``find_date(tree, extensive_search=False, original_date=True, url=url,
    max_date=_MAX_DATE)``, made without its copy of the tree (``htmldate_pass``)."""
    try:
        found = htmldate_date(tree, url, _HTMLDATE_OPTIONS)
    except Exception:  # htmldate is a best-effort fallback; a failure means "unknown"
        return None
    return rfc3339(found) if found else None


def _as_iso(value: str) -> str:
    """An unambiguous non-ISO date field written the ISO way ("13/11/2025 09:21" ->
    "2025-11-13 09:21"); anything else unchanged (and then not read)."""
    if _RFC2822.match(value):
        try:
            return parsedate_to_datetime(value).isoformat()
        except (TypeError, ValueError, IndexError):
            return value
    if match := _YEAR_FIRST.match(value):
        year, month, day, rest = match.groups()
    elif match := _YEAR_LAST.match(value):
        first, second, year, rest = match.groups()
        if int(first) > 12 >= int(second):
            day, month = first, second
        elif int(second) > 12 >= int(first):
            month, day = first, second
        else:
            return value  # "05/11/2025": 5 November or May 11, not to be guessed
    else:
        return value
    return f"{year}-{int(month):02d}-{int(day):02d}{rest}"
