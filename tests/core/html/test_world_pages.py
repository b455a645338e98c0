"""Bylines and date lines of Swahili, Filipino, Portuguese, Turkish, Indonesian and
Vietnamese pages, on made-up HTML."""

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
        "Timu ya taifa imefuzu kushiriki fainali za michuano ya Afrika baada ya kuifunga "
        "Uganda mabao mawili kwa moja jijini jana jioni.",
        "Mabao yalifungwa katika kipindi cha pili, huku mashabiki wakishangilia kwa nguvu "
        "katika uwanja wa taifa.",
        "Kocha wa timu hiyo alisema ushindi huo ni zawadi kwa wananchi wote wa nchi hii.",
    )
)


def _extract(header: str) -> Extraction:
    html = (
        "<html><head><title>Timu yafuzu - Mfano Habari</title></head><body><article>"
        f"<h1>Timu yafuzu</h1>{header}{_BODY}</article></body></html>"
    )
    return extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS)


@pytest.mark.parametrize("byline", ["Na Rehema Mwakalinga", "Ni Juan Dela Cruz"])
def test_swahili_and_filipino_bylines(byline: str) -> None:
    result = _extract(f'<p class="byline">{byline}</p>')
    assert result.authors == [byline[3:]]


def test_a_korean_name_with_the_same_syllable_is_left_whole() -> None:
    result = _extract('<p class="byline">Na Young-hee</p>')
    assert result.authors == ["Na Young-hee"]


@pytest.mark.parametrize(
    "line",
    [
        "Jumamosi, Novemba 29, 2026",
        "Thứ bảy, 29/11/2026, 09:15 (GMT+7)",
        "Sexta-feira, 28 de novembro de 2026",
        "sábado, 29 de dezembro de 2026",
        "28 Kasım 2026, 14:05",
        "28 Kasım 2026 Cuma 14:05",  # the weekday after the date
        "Jumat, 28 Agustus 2026",
    ],
)
def test_date_lines_in_more_languages(line: str) -> None:
    assert boilerplate_reason(line) == "metadata"


def test_a_sentence_with_a_date_stays() -> None:
    assert boilerplate_reason("Mkutano utafanyika Jumamosi, Novemba 29, 2026 jijini.") is None
    assert boilerplate_reason("28 Kasım 2026 Cuma günü meclis toplandı.") is None
