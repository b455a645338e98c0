"""Calendar dates written in the text, normalised to ISO 8601 (YYYY-MM-DD).

Only dates with a day, a month and a year are kept ("31 December 2022", "Dec. 31, 2022",
"1. Januar 2025", "4 mars 2024", "1 de enero de 2025", "2022-12-31"): a weekday or a
month alone cannot be placed without guessing, and nothing here is invented. Numeric
dates other than ISO ("03/04/2022") are ambiguous and skipped.
"""

from __future__ import annotations

import datetime as dt
import re

from consumer.core.enrich.alternation import grouped_alternatives
from consumer.core.months import ENGLISH_MONTHS, MONTHS

_BY_LENGTH = sorted(MONTHS, key=len, reverse=True)
_MONTH = r"(?P<month>" + grouped_alternatives(_BY_LENGTH) + r")\.?"
# Month first ("March 4, 2024") is English usage.
_ENGLISH_MONTH = (
    r"(?P<month>" + grouped_alternatives([n for n in _BY_LENGTH if n in ENGLISH_MONTHS]) + r")\.?"
)
# "31st", "1er" (French), "1º" (Spanish, Portuguese), "1." (German, Nordic). Written
# "\b[0-3]?\d" with the word boundary checked after the first digit: a pattern that opens
# with a digit is searched only where one is (the regex engine skips to it), not tried at
# every position of the text.
_DAY = r"(?P<day>\d(?<!\w\d)(?:(?<=[0-3])\d)?)(?:st|nd|rd|th|er|º|°|\.)?"
_YEAR = r"(?P<year>(?:1[89]|20|21)\d\d)"
_YEAR_ANYWHERE = re.compile(r"(?:1[89]|20|21)\d\d")
_WORD_PATTERNS = (
    # "of" (English), "de" (Spanish, Portuguese) between the parts.
    re.compile(rf"{_DAY}\s+(?:of\s+|de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}\b", re.I),
    re.compile(rf"\b{_ENGLISH_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
)
# "\b\d{4}-...", the word boundary checked after the first digit (as in ``_DAY``).
_ISO_PATTERN = re.compile(r"(?P<year>\d(?<!\w\d)\d{3})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
# A month name the word patterns can keep (``_iso``): an English one with a capital, any
# other in any case after a day (French, Spanish, Italian... write months in lower case).
# A paragraph without one is not scanned by them. Both gates start with what is rare in
# prose (a capital, a digit), so they are found fast; a case-blind search for the names
# would cost 50 times more.
_ENGLISH_MONTH_GATE = re.compile(
    "|".join(f"{name[0].upper()}(?i:{name[1:]})" for name in _BY_LENGTH if name in ENGLISH_MONTHS)
)
_OTHER_MONTH_GATE = re.compile(
    r"\d(?:er|º|°|\.)?\s+(?:de\s+)?(?:"
    + grouped_alternatives([name for name in _BY_LENGTH if name not in ENGLISH_MONTHS])
    + ")",
    re.I,
)


def find_dates(texts: list[str]) -> list[str]:
    """ISO dates in order of first appearance across ``texts``, each once."""
    seen: dict[str, int] = {}
    for n, text in enumerate(texts):
        # Every pattern needs a year, and a year holds a "1" or a "2": two scans in C rule
        # out most paragraphs before the year's search (tried at every position).
        if ("1" not in text and "2" not in text) or not _YEAR_ANYWHERE.search(text):
            continue
        has_month = _ENGLISH_MONTH_GATE.search(text) or _OTHER_MONTH_GATE.search(text)
        patterns: tuple[re.Pattern[str], ...] = _WORD_PATTERNS if has_month else ()
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
    if month_text.isdigit():
        month: int | None = int(month_text)
    else:
        name = month_text.lower()
        # "May 5, 2022" is a date; "may 5" in running text is a verb: an English name
        # needs a capital. (A name that case-folds to no entry, "Aprİl", is no month.)
        month = MONTHS.get(name)
        if name in ENGLISH_MONTHS and not month_text[0].isupper():
            return None
    if month is None:
        return None
    try:
        return dt.date(int(match["year"]), month, int(match["day"])).isoformat()
    except ValueError:
        return None
