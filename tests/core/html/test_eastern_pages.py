"""Bylines, dates and page lines of Central and Eastern European, Baltic and Caucasian
pages, on made-up HTML."""

from __future__ import annotations

import pytest

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.lines import boilerplate_reason
from consumer.core.model import Extraction
from consumer.core.options import DEFAULT_OPTIONS

_BODY = "".join(
    f"<p>{text}</p>"
    for text in (
        "Hrvatski sabor u petak je izglasao zakon o stanovanju, kojim se uvodi porez na prazne "
        "stanove i potiče dugoročni najam u gradovima.",
        "Za zakon je glasovalo 78 zastupnika, a protiv njih 52. Ministar je rekao da će zakon "
        "stupiti na snagu početkom ljeta.",
        "Oporba tvrdi da zakon neće sniziti cijene stanova i najavljuje ocjenu ustavnosti.",
    )
)


def _extract(header: str) -> Extraction:
    html = (
        "<html><head><title>Sabor izglasao zakon - Primjer Vijesti</title></head><body><article>"
        f"<h1>Sabor izglasao zakon</h1>{header}{_BODY}</article></body></html>"
    )
    return extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS)


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ('<div class="meta"><span class="autor">Piše: Ivana Horvat</span></div>', "Ivana Horvat"),
        (
            '<div class="meta"><span class="autor">Autorius: Tomas Kazlauskas</span></div>',
            "Tomas Kazlauskas",
        ),
        (
            '<div class="meta"><span class="autor">ავტორი: გიორგი ბერიძე</span></div>',
            "გიორგი ბერიძე",
        ),
        (
            '<div class="meta"><span class="autor">Հեղինակ՝ Արամ Պետրոսյան</span></div>',
            "Արամ Պետրոսյան",
        ),
    ],
)
def test_labelled_bylines_of_more_languages(header: str, author: str) -> None:
    assert _extract(header).authors == [author]


@pytest.mark.parametrize(
    "date",
    [
        "5. ožujka 2026. u 13:20",
        "5. 3. 2026 10:15",
        "2026 m. kovo 5 d. 14:20",
        "5 март 2026, 15:20",
    ],
)
def test_date_lines_in_local_forms_date_the_page(date: str) -> None:
    result = _extract(f'<div class="meta"><span class="datum">{date}</span></div>')
    assert (result.published_at or "")[:10] == "2026-03-05"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Diskuse (23)", "comments"),
        ("Komentarai (34)", "comments"),
        ("Dalintis", "share"),
        ("Сподели", "share"),
    ],
)
def test_page_lines_of_eastern_and_baltic_pages(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason
