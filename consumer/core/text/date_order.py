"""Which way round a page writes numeric dates: "3/4/2025" is 3 April in most of the
world and March 4 in the United States.

Dates with dots ("03.04.2025") are read day first everywhere. A slashed or dashed date
that could go either way is read month first when the copy is English prose and its
address has no country domain where day-first is the custom (the generic .com, .org and
the like are mostly American; .uk, .au, .in, .ie, .nz, .za write the day first). An
address that files the story under its day ("/2023/10/03/", "/2023/october/03/") settles
it first: the reading that names that day is the page's (a British shop on .com writes
"03/10/2023" for 3 October).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from consumer.core.enrich.data.words import ENGLISH_FUNCTION_WORDS
from consumer.core.months import MONTHS

_SAMPLE_WORDS = 400
_MIN_ENGLISH_SHARE = 0.2  # English prose has a function word every two to four words
_MONTH_FIRST_COUNTRIES = frozenset({"us", "ph", "fm", "pw", "mh"})
_GENERIC_DOMAINS = frozenset({"com", "org", "net", "edu", "gov", "mil", "info", "biz", "io"})


# The year, month (a number or a name) and day a path files the story under.
_URL_DAY = re.compile(
    r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d|[^\W\d_]{3,9})[/-](?P<d>[0-3]?\d)(?=[/_.-]|$)"
)


def url_day(url: str | None) -> str | None:
    """The day ("2023-10-03") the address files the story under, or None."""
    found = _URL_DAY.search(urlsplit(url).path) if url else None
    if found is None:
        return None
    month = found["m"]
    number = int(month) if month.isdigit() else MONTHS.get(month.lower())
    day = int(found["d"])
    if number is None or not (1 <= number <= 12 and 1 <= day <= 31):
        return None
    return f"{found['y']}-{number:02d}-{day:02d}"


def reads_month_first(paragraphs: list[str], url: str | None) -> bool:
    """Should an ambiguous numeric date of this copy be read month first?"""
    domain = (urlsplit(url).hostname or "").rsplit(".", 1)[-1] if url else ""
    if domain and domain not in _GENERIC_DOMAINS and domain not in _MONTH_FIRST_COUNTRIES:
        return False  # a country that writes the day first (or an unknown domain)
    words = " ".join(paragraphs)[: _SAMPLE_WORDS * 8].lower().split()[:_SAMPLE_WORDS]
    if not words:
        return False
    share = sum(word in ENGLISH_FUNCTION_WORDS for word in words) / len(words)
    return share >= _MIN_ENGLISH_SHARE
