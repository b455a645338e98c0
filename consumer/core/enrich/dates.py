"""Calendar dates written in the text, normalised to ISO 8601 (YYYY-MM-DD).

Only dates with a day, a month and a year are kept ("31 December 2022", "Dec. 31, 2022",
"2022-12-31"): a weekday or a month alone cannot be placed without guessing, and nothing
here is invented. Numeric dates other than ISO ("03/04/2022") are ambiguous and skipped.
"""

from __future__ import annotations

import datetime as dt
import re

from consumer.core.enrich.data.words import MONTHS

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20|21)\d\d)"
_YEAR_ANYWHERE = re.compile(r"(?:1[89]|20|21)\d\d")
_WORD_PATTERNS = (
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
)
_ISO_PATTERN = re.compile(r"\b(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
# A month name with a capital, the rest in any case: the word patterns keep nothing else
# (``_iso``), so a paragraph without one is not scanned by them. Starting with a capital
# letter, it is found fast.
_CAPITALISED_MONTH = re.compile(
    "|".join(f"{name[0].upper()}(?i:{name[1:]})" for name in sorted(MONTHS, key=len, reverse=True))
)


def find_dates(texts: list[str]) -> list[str]:
    """ISO dates in order of first appearance across ``texts``, each once."""
    seen: dict[str, int] = {}
    for n, text in enumerate(texts):
        if not _YEAR_ANYWHERE.search(text):
            continue  # every pattern needs a year: most paragraphs have none
        patterns = _WORD_PATTERNS if _CAPITALISED_MONTH.search(text) else ()
        if "-" in text:
            patterns = (*patterns, _ISO_PATTERN)
        for pattern in patterns:
            for match in pattern.finditer(text):
                iso = _iso(match)
                if iso is not None and iso not in seen:
                    seen[iso] = n * 10_000_000 + match.start()
    return sorted(seen, key=seen.__getitem__)


def _iso(match: re.Match[str]) -> str | None:
    month_text = match["month"]
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
    # "May 5, 2022" is a date; "may 5" in running text is a verb: require a capital.
    if not month_text.isdigit() and not month_text[0].isupper():
        return None
    try:
        return dt.date(int(match["year"]), month, int(match["day"])).isoformat()
    except ValueError:
        return None
