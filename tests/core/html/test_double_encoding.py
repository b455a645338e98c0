"""Pages encoded twice are repaired before parsing, so their lines read as written."""

from __future__ import annotations

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.double_encoding import repaired_double_encoding
from consumer.core.options import CoreOptions


def _twice(text: str) -> str:
    """``text`` as a page saved twice shows it: its UTF-8 bytes read as Latin-1."""
    return text.encode("utf-8").decode("latin-1")


def test_sequences_of_a_twice_encoded_page_are_decoded() -> None:
    assert repaired_double_encoding(_twice("1.\xa0Myth — café")) == "1.\xa0Myth — café"
    # (cp1252 readers show the dash's bytes as "€" and "”", Latin-1 ones as C1 controls)
    assert repaired_double_encoding("desks â€” and donâ€™t") == "desks — and don’t"


def test_text_written_as_meant_is_left_alone() -> None:
    text = "SÃO PAULO, voilà\xa0» CAFÉ\xa0: Fuß“ and a plain â in Vietnamese: Cần Thơ"
    assert repaired_double_encoding(text) == text
    prices = "A câmara aprovou o âmbito do plano: 5 € por mês, 12 € por ano."
    assert repaired_double_encoding(prices) == prices


def test_a_twice_encoded_story_reads_as_written() -> None:
    story = (
        "The ferry’s engine failed twice\xa0— once off the pier and once mid-channel — "
        "before the crew gave up and towed it back to the harbour at Saint-Malo."
    )
    page = f"<html><body><article><h1>Ferry stalls</h1><p>{story}</p><p>{story}</p></article>"
    extraction = extract_html(RawArticle(content=_twice(page), mode="html"), CoreOptions())
    assert extraction.paragraphs[0].startswith("The ferry’s engine failed twice — once")
