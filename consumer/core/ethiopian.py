"""Dates of the Ethiopian calendar (Ethiopia's civil calendar) in Gregorian.

Amharic pages date their stories "የካቲት 26 ቀን 2018 ዓ.ም" (5 March 2026): twelve months of
thirty days and a thirteenth of five or six (Pagume), the year seven or eight behind the
Gregorian one and starting on 11 September (12 before a Gregorian leap year). The
conversion is arithmetic: the Julian day number of 1 Meskerem of year 1 is 1724221.
"""

from __future__ import annotations

from datetime import date

FIRST_YEAR, LAST_YEAR = 1980, 2100
# Month names as Amharic writes them, with the spellings that differ in one letter.
MONTHS: dict[str, int] = {
    "መስከረም": 1, "ጥቅምት": 2, "ኅዳር": 3, "ህዳር": 3, "ታኅሣሥ": 4, "ታህሳስ": 4, "ታኅሳስ": 4,
    "ጥር": 5, "የካቲት": 6, "መጋቢት": 7, "ሚያዝያ": 8, "ግንቦት": 9, "ሰኔ": 10, "ሐምሌ": 11,
    "ሀምሌ": 11, "ነሐሴ": 12, "ነሀሴ": 12, "ጳጉሜ": 13, "ጳጉሜን": 13,
}  # fmt: skip
_EPOCH_JDN = 1724221
# Julian day number of date(1, 1, 1) minus its proleptic Gregorian ordinal (1).
_ORDINAL_TO_JDN = 1721425


def to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Gregorian (year, month, day) of an Ethiopian date, or None if it is no date."""
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 13 and 1 <= day <= 30):
        return None
    if month == 13 and day > (6 if year % 4 == 3 else 5):
        return None
    jdn = _EPOCH_JDN - 1 + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day
    gregorian = date.fromordinal(jdn - _ORDINAL_TO_JDN)
    return gregorian.year, gregorian.month, gregorian.day
