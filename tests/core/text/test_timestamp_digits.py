"""timestamps: a line without two digits in a row is not searched for a date (every form
read has a year of two or four digits); the dates found are those of the full search."""

from __future__ import annotations

import random
import re

import pytest

from consumer.core.text import timestamps

DAYS = ("25", "2", "7", "11", "۶", "２５")
MONTHS = ("November", "Nov.", "11", "7", "tháng 11", "พ.ย.", "آذر", "年11月", "nov")
YEARS = ("2026", "68", "1405", "۱۴۰۵", "２０２６", "26", "2568")
GAPS = (" ", ". ", "/", "-", ", ", ".", "")
NOISE = ("", "Updated ", "By Jane Doe | ", " 10:30 am", "Thursday, ", " | 5 min read", "日")


def _line(chooser: random.Random) -> str:
    parts = [chooser.choice(DAYS), chooser.choice(MONTHS), chooser.choice(YEARS)]
    chooser.shuffle(parts)
    gap = chooser.choice(GAPS)
    return chooser.choice(NOISE) + gap.join(parts) + chooser.choice(NOISE)


def _search_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timestamps, "_TWO_DIGITS", re.compile(""))


def test_dates_found_with_and_without_the_digit_check(monkeypatch: pytest.MonkeyPatch) -> None:
    chooser = random.Random(11)
    lines = [_line(chooser) for _ in range(3000)]
    checked = [(timestamps.date_span(line), timestamps.find_timestamp(line)) for line in lines]
    _search_everything(monkeypatch)
    full = [(timestamps.date_span(line), timestamps.find_timestamp(line)) for line in lines]
    assert checked == full
    assert sum(1 for span, _ in full if span is not None) > 150  # (dates among them)


def test_a_line_without_two_digits_in_a_row_has_no_date() -> None:
    assert timestamps.find_timestamp("Thursday, 1 November 2012") is not None
    assert timestamps.find_timestamp("25 พ.ย. 68") is not None
    assert timestamps.find_timestamp("Posted on Thursday, November 1") is None
    assert timestamps.date_span("5/6/7 at 9 am") is None
