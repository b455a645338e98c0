"""The date in a dateline that opens the body ("LEEDS, England, Nov. 25, 2025
/PRNewswire/ -- ..."): press releases and some wire copy date themselves only there."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from consumer.core.text.timestamps import Timestamp, date_span, find_timestamp

# Capitals of the Latin, Cyrillic and Greek scripts ("WASHINGTON", "МОСКВА", "ΑΘΗΝΑ").
_UPPER = "A-ZÀ-ÖØ-ÞČĆĐŠŽŁŚŹŻŘĚŇŤĎŐŰА-ЯЁЄІЇЈЉЊЋЂЎΑ-ΩΆΈΉΊΌΎΏ"
# A place in capitals, then anything up to the dash that ends the dateline (or TASS's
# tag between slashes: "МОСКВА, 5 марта. /ТАСС/. ...").
_DATELINE = re.compile(rf"(?P<head>[{_UPPER}]{{2}}[^\n]{{4,120}}?)( ?(--|—|–|-) |\. /ТАСС/\.? )")
# Business Wire's form: the wire in brackets and the date between unspaced double dashes
# ("DAYTON, Ohio--(BUSINESS WIRE)--March 10, 2026--Corvane Health ...").
_WIRE_DATELINE = re.compile(
    rf"(?P<head>[{_UPPER}]{{2}}[^\n]{{4,80}}?--\([^()\n]{{3,40}}\)--[^\n]{{6,40}}?)--"
)
# (a city alone before Business Wire's bracket: "CHICAGO--(BUSINESS WIRE)--")
_PLACE = re.compile(rf"[{_UPPER}][{_UPPER} .'’-]{{1,40}}(,|\s\(|--\()")
# ... or a place written in title case, the date right after it, as Central and Eastern
# European agencies write it ("Warszawa, 5 marca 2026 (PAP) -", "Praha 5. března (ČTK) -",
# "Budapest, 2026. március 5., csütörtök (MTI) -").
_TITLE_CASE_PLACE = re.compile(rf"[{_UPPER}][^\W\d_]+(?:[ -][{_UPPER}][^\W\d_]+){{0,2}},? (?=\d)")
_TITLE_CASE_DATELINE = re.compile(rf"(?P<head>[{_UPPER}][^\n]{{4,80}}?) ?(--|—|–|-) ")
# A day and a month with no year after them ("WASHINGTON, Nov. 3 (Reuters) -", "RÍO DE
# JANEIRO, 28 Nov. (EFE).-"): wire copy leaves the year to the page.
_DAY_AND_MONTH = re.compile(
    r"\b(?P<date>\d{1,2}\.? [^\W\d_]{3,12}\.?|[^\W\d_]{3,12}\.? \d{1,2})(?![\d,]|\.?\d| \d)"
)
# The year and month the URL's path files the story under ("/2026/11/03/", "/2026/11/",
# "/2026-11-03-", "/20261103/"): the year a dateline without one was written in, when the
# months agree. (No other line of the copy gives it for sure: an update may come in the
# next year, a copyright line gives the site's.)
_URL_MONTH = re.compile(
    r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d)(?=[/-])|/(?P<cy>(?:19|20)\d\d)(?P<cm>[01]\d)[0-3]\d(?=[/_.-])"
)


def dateline_date(paragraph: str, url: str | None = None) -> Timestamp | None:
    """The date of a dateline that opens ``paragraph``, None when there is none. A day and
    month without the year take the year of the ``url``'s path when it files the story
    under that month; never a guessed year."""
    head = _dateline_head(paragraph)
    if head is None:
        return None
    found = find_timestamp(head)
    if found is not None or not url:
        return found
    return _with_url_year(head, url)


def _dateline_head(paragraph: str) -> str | None:
    """The dateline that opens ``paragraph`` up to its dash (the place and the date), or
    None. A place in title case must have the date right after it."""
    if _PLACE.match(paragraph) is not None:
        dateline = _WIRE_DATELINE.match(paragraph) or _DATELINE.match(paragraph)
        return dateline.group("head") if dateline else None
    place = _TITLE_CASE_PLACE.match(paragraph)
    dateline = _TITLE_CASE_DATELINE.match(paragraph) if place else None
    if place is None or dateline is None:
        return None
    head = paragraph[place.end() : dateline.end("head")]
    span = date_span(head)
    if span is not None:
        return head if span[0] == 0 else None
    # no year: the day and month right after the place (not a date further on)
    return head if _DAY_AND_MONTH.match(head) else None


def _with_url_year(head: str, url: str) -> Timestamp | None:
    filed = _URL_MONTH.search(urlsplit(url).path)
    day_and_month = _DAY_AND_MONTH.search(head) if filed else None
    if filed is None or day_and_month is None:
        return None
    year, month = filed["y"] or filed["cy"], int(filed["m"] or filed["cm"])
    stamp = find_timestamp(f"{day_and_month['date']} {year}")
    if stamp is None or int(stamp.value[5:7]) != month:
        return None
    return stamp
