"""Bylines and date lines of text dumps in the forms sites write them (made-up lines)."""

from __future__ import annotations

import pytest

from consumer.core.text.byline import byline_authors
from consumer.core.text.timestamps import find_timestamp, is_timestamp_line


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("2024/3/7", "2024-03-07"),
        ("Nordlicht - 2024/3/7", "2024-03-07"),
        ("2024.03.07", "2024-03-07"),
        ("7-Mar-2024", "2024-03-07"),
        ("Mis à jour le 7-mars-2024", "2024-03-07"),
        ("March 7. 2024", "2024-03-07"),
        ("Post time: 07-03-2024", "2024-03-07"),
        ("UPDATED 16:47 EST / MARCH 7 2024", "2024-03-07"),
    ],
)
def test_more_date_forms(line, value):
    stamp = find_timestamp(line)
    assert stamp is not None and stamp.value[:10] == value
    assert is_timestamp_line(line)


@pytest.mark.parametrize("line", ["Version 2.10.2024.5", "Call 12-34-5678 now", "2024/13/45"])
def test_number_runs_are_not_dates(line):
    stamp = find_timestamp(line)
    assert stamp is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Posted by Olu Adebayo on March 7, 2024", ["Olu Adebayo"]),
        ("By Marta Kowalska on 7 Mar 2024", ["Marta Kowalska"]),
        ("by Ines Duarte | Travel | 6 min read", ["Ines Duarte"]),
        ("Written by by Tomas Berg", ["Tomas Berg"]),
        ("Author: Priya N. Raman", ["Priya N. Raman"]),
        ("Autor: Jürgen Maier", ["Jürgen Maier"]),
        ("Auteur : Claire Fontaine", ["Claire Fontaine"]),
        ("Escrito por Lucía Gómez", ["Lucía Gómez"]),
        ("By Aled Rhys. Last Updated on March 7, 2024", ["Aled Rhys"]),
        ("By Hana Kobayashi • Senior Editor • Updated March 7, 2024", ["Hana Kobayashi"]),
        ("Geschrieben von Lena Vogt am 7. März 2024", ["Lena Vogt"]),
        ("By Mirela Zamfir", ["Mirela Zamfir"]),  # "el" inside a name ends nothing
    ],
)
def test_more_byline_forms(line, authors):
    assert byline_authors(line) == authors


def test_reviewer_is_not_an_author():
    assert byline_authors("Reviewed by Dana Whitfield") is None
