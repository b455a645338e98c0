"""Bylines and read-more lines of Persian, Hindi, Amharic, Thai, Argentine and South
Slavic pages, on made-up HTML."""

from __future__ import annotations

import pytest

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.model import Extraction
from consumer.core.options import DEFAULT_OPTIONS

_BODY = "".join(
    f"<p>{text}</p>"
    for text in (
        "Vlada je u četvrtak usvojila nacrt zakona o budžetu za narednu godinu, a ministar je "
        "rekao da će deficit ostati ispod tri odsto bruto domaćeg proizvoda.",
        "Opozicija je ocenila da budžet ne odgovara potrebama građana i najavila da će "
        "glasati protiv predloga u skupštini sledeće nedelje.",
        "Skupština će o predlogu raspravljati u utorak, a glasanje se očekuje do kraja meseca.",
    )
)


def _extract(header: str, inside: str = "", lang: str = "sr") -> Extraction:
    html = (
        f'<html lang="{lang}"><head><title>Vlada usvojila budžet - Primer</title></head><body>'
        f"<article><h1>Vlada usvojila budžet</h1>{header}{_BODY[:-4]}</p>{inside}"
        "<p>Ministar je dodao da će plate u javnom sektoru rasti od januara.</p></article>"
        "</body></html>"
    )
    return extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS)


@pytest.mark.parametrize(
    "label",
    [
        "Pročitajte i ovo:",
        "بیشتر بخوانید:",
        "Mirá también:",
        "อ่านข่าวที่เกี่ยวข้อง:",
        "ተጨማሪ ያንብቡ፡",
        "यो पनि पढ्नुहोस्:",
    ],
)
def test_a_read_more_line_of_more_languages_leaves_the_body(label: str) -> None:
    line = f'<p><strong>{label}</strong> <a href="/x/2">Inflacija u oktobru usporila</a></p>'
    result = _extract("", line)
    assert not any("Inflacija" in p for p in result.paragraphs)
    assert [r.title for r in result.related] == ["Inflacija u oktobru usporila"]


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("خبرنگار: مریم احمدی", "مریم احمدی"),
        ("Daga Aminu Bello", "Aminu Bello"),
        ("संवाददाता: सीता श्रेष्ठ", "सीता श्रेष्ठ"),
        ("ዘጋቢ፡ ሰላማዊት ተስፋዬ", "ሰላማዊት ተስፋዬ"),
    ],
)
def test_bylines_of_more_languages(byline: str, name: str) -> None:
    header = f'<div class="meta"><span class="author">{byline}</span></div>'
    assert _extract(header).authors == [name]


def test_the_voseo_follow_line_leaves_the_body() -> None:
    result = _extract("", "<p>Seguinos en Instagram</p>", lang="es-AR")
    assert not any("Seguinos" in p for p in result.paragraphs)
