"""Dates of the Bikram Sambat calendar (Nepal's official one) in Gregorian.

Nepali pages date their stories "मंसिर ५, २०८२" or "२०८२ मंसिर ५ गते" (21 November 2025):
the year runs about 56 years and 8 months ahead of the Gregorian one and starts in
mid-April (1 Baisakh). A month has 29 to 32 days, set each year by the calendar committee,
so the conversion reads a table of month lengths; the years it holds are those two
published tables agree on (2063-2083, April 2006 to April 2027). A date outside them is
no date (never read as a Gregorian one, never guessed).
"""

from __future__ import annotations

from datetime import date, timedelta

FIRST_YEAR, LAST_YEAR = 2063, 2083
# A numeric date of these years written in Devanagari is Bikram Sambat (no Gregorian
# story is dated 2060 or later); read only inside the table's years.
SAMBAT_YEARS = range(2060, 2101)
_NEW_YEAR_OF_FIRST = date(2006, 4, 14)  # 1 Baisakh 2063
# The days of each month, Baisakh to Chaitra.
_MONTH_DAYS: dict[int, tuple[int, ...]] = {
    2063: (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    2064: (31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    2065: (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    2066: (31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 29, 31),
    2067: (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    2068: (31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    2069: (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    2070: (31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30),
    2071: (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    2072: (31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    2073: (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    2074: (31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30),
    2075: (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    2076: (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30),
    2077: (31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31),
    2078: (31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30),
    2079: (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    2080: (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30),
    2081: (31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31),
    2082: (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    2083: (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
}
# Month names as Nepali writes them (common and Sanskrit spellings).
MONTHS: dict[str, int] = {
    "बैशाख": 1, "वैशाख": 1, "बैसाख": 1, "जेठ": 2, "जेष्ठ": 2, "ज्येष्ठ": 2,
    "असार": 3, "असाढ": 3, "आषाढ": 3, "साउन": 4, "श्रावण": 4, "भदौ": 5, "भाद्र": 5,
    "असोज": 6, "आश्विन": 6, "कात्तिक": 7, "कार्तिक": 7, "मंसिर": 8, "मङ्सिर": 8,
    "मार्ग": 8, "पुस": 9, "पौष": 9, "पुष": 9, "माघ": 10, "फागुन": 11, "फाल्गुन": 11,
    "चैत": 12, "चैत्र": 12,
}  # fmt: skip


def to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Gregorian (year, month, day) of a Bikram Sambat date, or None if the table
    does not hold it or it is no date."""
    lengths = _MONTH_DAYS.get(year)
    if lengths is None or not 1 <= month <= 12 or not 1 <= day <= lengths[month - 1]:
        return None
    before = sum(sum(_MONTH_DAYS[y]) for y in range(FIRST_YEAR, year))
    gregorian = _NEW_YEAR_OF_FIRST + timedelta(days=before + sum(lengths[: month - 1]) + day - 1)
    return gregorian.year, gregorian.month, gregorian.day
