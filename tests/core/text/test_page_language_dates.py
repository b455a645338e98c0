"""Dates read as the page writes them (made-up copies): a numeric date whose order the
address settles, "listopad" in a Croatian or a Polish page, Nepali Bikram Sambat dates."""

from __future__ import annotations

import pytest

from consumer.core.bikram_sambat import to_gregorian
from consumer.core.text.date_order import url_day
from consumer.core.text.page_months import in_page_language
from consumer.core.text.timestamps import find_timestamp

_ENGLISH = ["The council said on Monday that the new bridge would open to traffic in the spring."]
_CROATIAN = [
    "Vlada je u utorak predstavila novi plan za obnovu cesta u Slavoniji. Ministar je rekao da"
    " će radovi početi sljedeće godine i da će trajati najmanje tri godine, a lokalne vlasti"
    " su pozdravile odluku."
]
_POLISH = [
    "Rząd przedstawił we wtorek nowy plan odbudowy dróg na wschodzie kraju. Minister powiedział,"
    " że prace rozpoczną się w przyszłym roku i potrwają co najmniej trzy lata, a władze"
    " lokalne z zadowoleniem przyjęły decyzję."
]


def test_the_address_files_the_story_under_its_day() -> None:
    assert url_day("https://example.com/blog/2023/october/03/wine-types") == "2023-10-03"
    assert url_day("https://example.com/2019/11/18/story") == "2019-11-18"
    assert url_day("https://example.com/2019/11/story") is None
    assert url_day(None) is None


def test_the_addresss_day_settles_a_numeric_date_either_way_round(extract) -> None:  # type: ignore[no-untyped-def]
    copy = "\n\n".join(["A guide to wine types", "03/10/2023", *_ENGLISH * 3])
    day_first = extract(copy, url="https://example.com/blog/2023/october/03/wine-types")
    assert day_first.published_at == "2023-10-03"
    month_first = extract(copy, url="https://example.com/blog/2023/03/10/wine-types")
    assert month_first.published_at == "2023-03-10"
    # no day in the address: American copy on a .com reads month first, as before
    assert extract(copy, url="https://example.com/blog/wine-types").published_at == "2023-03-10"


def test_listopad_is_october_on_a_croatian_page_and_november_on_a_polish_one(extract) -> None:  # type: ignore[no-untyped-def]
    croatian = "\n\n".join(["Novi plan za ceste", "Objavljeno: 15 listopada 2025", *_CROATIAN * 2])
    polish = "\n\n".join(["Nowy plan dróg", "Opublikowano: 15 listopada 2025", *_POLISH * 2])
    assert extract(croatian, url="https://example.com/a").published_at == "2025-10-15"
    assert extract(polish, url="https://example.com/a").published_at == "2025-11-15"


def test_the_month_moves_only_for_a_listopad_date() -> None:
    stamp = find_timestamp("15 listopada 2025")
    assert stamp is not None and stamp.value == "2025-11-15"
    assert in_page_language(stamp, "15 listopada 2025", "hr").value == "2025-10-15"
    assert in_page_language(stamp, "15 listopada 2025", "pl").value == "2025-11-15"
    other = find_timestamp("15. studenoga 2025., u listopadu")
    assert other is not None and other.value == "2025-11-15"
    assert in_page_language(other, "15. studenoga 2025., u listopadu", "hr") == other


@pytest.mark.parametrize(
    ("sambat", "gregorian"),
    [
        ((2082, 1, 1), (2025, 4, 14)),  # Nepali new year
        ((2082, 8, 5), (2025, 11, 21)),
        ((2082, 11, 21), (2026, 3, 5)),
        ((2063, 1, 1), (2006, 4, 14)),
        ((2081, 12, 31), (2025, 4, 13)),  # a 31-day Chaitra
    ],
)
def test_bikram_sambat_dates_in_gregorian(sambat, gregorian) -> None:  # type: ignore[no-untyped-def]
    assert to_gregorian(*sambat) == gregorian


@pytest.mark.parametrize("sambat", [(2082, 8, 30), (2084, 1, 1), (2062, 12, 30), (2082, 13, 1)])
def test_no_such_bikram_sambat_date_in_the_table(sambat) -> None:  # type: ignore[no-untyped-def]
    assert to_gregorian(*sambat) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("मंसिर ५, २०८२", "2025-11-21"),
        ("५ मंसिर २०८२", "2025-11-21"),
        ("२०८२ मंसिर ५ गते, शुक्रबार", "2025-11-21"),
        ("प्रकाशित : फागुन २१, २०८२", "2026-03-05"),
        ("२०८२/०८/०५", "2025-11-21"),
    ],
)
def test_nepali_dates_are_read_in_bikram_sambat(line: str, day: str) -> None:
    stamp = find_timestamp(line)
    assert stamp is not None and stamp.value[:10] == day


@pytest.mark.parametrize("line", ["मंसिर ५, २०९५", "२०९५-०८-०५", "मंसिर ३२, २०८२"])
def test_a_nepali_date_out_of_the_table_is_no_date(line: str) -> None:
    assert find_timestamp(line) is None
