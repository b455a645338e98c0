"""Dates of the Solar Hijri calendar (Iran's and Afghanistan's civil calendar) in Gregorian.

Persian pages date their stories "۶ آذر ۱۴۰۵" or "۱۴۰۵/۰۹/۰۶" (27 November 2026). The
conversion is the arithmetic one (a 33-year cycle of leap years, as jalaali-js and
jdatetime compute it), a few lines not worth two dependencies; it matches the
astronomical calendar for the years news is dated in (1300-1499).
"""

from __future__ import annotations

from datetime import date, timedelta

FIRST_YEAR, LAST_YEAR = 1300, 1499
# Month names: Iranian (Farvardin ... Esfand) and Afghan (Hamal ... Hut), one to twelve.
MONTHS: dict[str, int] = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
    "شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
    "حمل": 1, "ثور": 2, "جوزا": 3, "سرطان": 4, "اسد": 5, "سنبله": 6, "میزان": 7,
    "عقرب": 8, "قوس": 9, "جدی": 10, "دلو": 11, "حوت": 12,
}  # fmt: skip


def to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Gregorian (year, month, day) of a Solar Hijri date, or None if it is no date."""
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        return None
    month_length = 31 if month <= 6 else 30
    if not 1 <= day <= month_length or (month == 12 and day == 30 and not _is_leap(year)):
        return None
    day_of_year = (month - 1) * 31 + day if month <= 6 else 186 + (month - 7) * 30 + day
    gregorian = _new_year(year) + timedelta(days=day_of_year - 1)
    return gregorian.year, gregorian.month, gregorian.day


def _is_leap(year: int) -> bool:
    return _new_year(year + 1) - _new_year(year) == timedelta(days=366)


def _new_year(year: int) -> date:
    """1 Farvardin of ``year``: day 79 or 80 of the Gregorian year 621 later (Nowruz)."""
    shifted = year + 1595
    days = -355668 + 365 * shifted + (shifted // 33) * 8 + ((shifted % 33) + 3) // 4 + 1
    return date(1, 1, 1) + timedelta(days=days - 366)  # days count from 1 January of year 0
