"""The footer a blog's feed adds under each post (made-up posts), in the languages
WordPress ships it in: a read-more line in both modes; in text its site is the source."""

from __future__ import annotations

import pytest

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.options import DEFAULT_OPTIONS
from consumer.core.text import extract_text

_STORY = [
    "The harbour council voted on Tuesday night to approve a new ferry route linking the "
    "north quay with the island of Vell, ending a debate that has run for three years.",
    "Councillors backed the plan by seven votes to four after a four-hour meeting in which "
    "residents of the island spoke for and against the service.",
]


@pytest.mark.parametrize(
    ("footer", "site"),
    [
        ("The post Harbour council approves ferry route appeared first on Coastline Daily.",
         "Coastline Daily"),
        ("Der Beitrag Hafenrat billigt neue Fährlinie erschien zuerst auf Küstenblatt.",
         "Küstenblatt"),
        ("L’article Le conseil approuve la ligne est apparu en premier sur Côte Quotidien.",
         "Côte Quotidien"),
        ("La entrada El consejo aprueba la ruta se publicó primero en Diario Costa.",
         "Diario Costa"),
        ("L'articolo Il consiglio approva la rotta sembra essere il primo su Costa Oggi.",
         "Costa Oggi"),
        ("O post Conselho aprova nova rota apareceu primeiro em Diário Costeiro.",
         "Diário Costeiro"),
        ("Het bericht Havenraad keurt veerroute goed verscheen eerst op Kustkrant.",
         "Kustkrant"),
    ],
)  # fmt: skip
def test_a_feed_footer_leaves_the_post_in_both_modes(footer: str, site: str) -> None:
    text = "\n\n".join([*_STORY, footer])
    html = "".join(f"<p>{line}</p>" for line in [*_STORY, footer])
    text_extraction = extract_text(RawArticle(content=text, mode="text"), DEFAULT_OPTIONS)
    html_extraction = extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS)
    for extraction in (text_extraction, html_extraction):
        assert extraction.paragraphs == _STORY
        assert extraction.removed["read_more"] == 1
    assert text_extraction.publisher == site


def test_a_sentence_about_a_post_stays_in_both_modes() -> None:
    line = "The post office appeared first on the list of buildings the council will sell."
    text = "\n\n".join([*_STORY, line])
    html = "".join(f"<p>{p}</p>" for p in [*_STORY, line])
    for extraction in (
        extract_text(RawArticle(content=text, mode="text"), DEFAULT_OPTIONS),
        extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS),
    ):
        assert extraction.paragraphs[-1] == line
