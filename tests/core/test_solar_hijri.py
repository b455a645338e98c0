import pytest

from consumer.core.solar_hijri import to_gregorian


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1399, 1, 1), (2020, 3, 20)),  # Nowruz moves between 20 and 21 March
        ((1400, 1, 1), (2021, 3, 21)),
        ((1403, 12, 30), (2025, 3, 20)),  # the last day of a leap year
        ((1405, 9, 6), (2026, 11, 27)),
        ((1357, 11, 22), (1979, 2, 11)),
    ],
)
def test_solar_hijri_dates_in_gregorian(solar, gregorian):
    assert to_gregorian(*solar) == gregorian


@pytest.mark.parametrize("solar", [(1404, 12, 30), (1405, 7, 31), (1405, 13, 1), (1250, 1, 1)])
def test_no_such_solar_hijri_date(solar):
    assert to_gregorian(*solar) is None
