"""Captions that repeat their image's alt text leave the body, whatever their tag."""

from __future__ import annotations

from lxml import html

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.alt_captions import alt_captions
from consumer.core.options import CoreOptions

CAPTION = "Volunteers stack sandbags along the river wall in Marlow on Friday evening."
STORY = (
    "The river rose by almost a metre overnight, and the town council opened two "
    "emergency shelters in the school halls before dawn. "
)


def test_a_cite_repeating_the_alt_is_a_caption() -> None:
    page = (
        "<html><body><article><h1>River rises in Marlow</h1>"
        f"<p>{STORY}</p><div><img src='a.jpg' alt='{CAPTION}'><cite>{CAPTION}</cite></div>"
        f"<p>{STORY} More rain is due.</p><p>{STORY} Roads are shut.</p></article></body></html>"
    )
    extraction = extract_html(RawArticle(content=page, mode="html"), CoreOptions())
    assert not any("sandbags" in line for line in extraction.paragraphs)
    assert CAPTION in extraction.captions


def test_a_short_alt_or_a_linked_headline_is_no_caption() -> None:
    headline = "Council votes to build a new flood wall along the river next spring"
    page = (
        "<html><body><div><img alt='Garmin Fenix 8 Solar'><h2>Garmin Fenix 8 Solar</h2></div>"
        f"<div><img alt='{headline}'><div><a href='/wall'>{headline}</a></div></div>"
        f"<div><img alt='{CAPTION}'></div><p>{CAPTION}</p></body></html>"
    )
    found = alt_captions(html.fromstring(page))
    assert [element.tag for element in found] == ["p"]
