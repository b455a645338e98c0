"""Blocks of prose named for how they are shown (expandable, slider) stay in the body."""

from __future__ import annotations

from lxml.html import HtmlElement

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.clean import clean_tree
from consumer.core.html.display_names import unname_displayed_prose
from consumer.core.html.parse import parse_page
from consumer.core.options import CoreOptions

STORY = [
    f"Paragraph {n} of the guide to planting a winter vegetable bed, long enough to be "
    "read as the body of the page by any extractor."
    for n in range(5)
]
ANSWER = (
    "Sow broad beans in late autumn, about five centimetres deep and twenty apart, and "
    "cover the bed with fleece when the nights turn hard. They will stand until March."
)


def _faq(css_class: str = "expandable bg-light") -> str:
    return (
        f'<details class="{css_class}"><summary>When should broad beans be sown?</summary>'
        f"<p>{ANSWER}</p><p>{ANSWER}</p></details>"
    )


def _tree(body: str) -> HtmlElement:
    return parse_page(f"<html><body>{body}</body></html>", CoreOptions(), [])


def test_display_words_leave_a_block_of_prose_and_the_other_words_stay() -> None:
    tree = _tree(_faq())
    assert unname_displayed_prose(tree) == 1
    assert tree.find(".//details").get("class") == "bg-light"


def test_the_names_the_cleaning_read_decide_whether_the_page_is_walked() -> None:
    tree = _tree(_faq())
    cleaned = clean_tree(tree, None)
    assert unname_displayed_prose(tree, cleaned.name_values) == 1
    assert tree.find(".//details").get("class") == "bg-light"
    # Names without a display word: nothing to rename (the tree is not searched).
    assert unname_displayed_prose(_tree(_faq()), ["bg-light", "main"]) == 0


def test_a_slider_of_links_keeps_its_name() -> None:
    slides = "".join(
        f'<li><a href="/story-{n}">Another story on the site, number {n}, with a long headline '
        "to read</a></li>"
        for n in range(6)
    )
    tree = _tree(f'<ul class="slider slides">{slides}</ul>')
    assert unname_displayed_prose(tree) == 0
    assert tree.find(".//ul").get("class") == "slider slides"


def test_a_short_block_and_a_block_named_by_the_cleaning_keep_their_names() -> None:
    short = _tree('<div class="expandable"><p>Show more</p></div>')
    assert unname_displayed_prose(short) == 0
    related = _tree(f'<div class="related-slider"><p>{ANSWER}</p><p>{ANSWER}</p></div>')
    assert unname_displayed_prose(related) == 0


def test_extract_html_keeps_the_answers_of_an_expandable_faq() -> None:
    story = "".join(f"<p>{line}</p>" for line in STORY)
    page = (
        "<html><head><title>Planting a winter bed</title></head><body><article>"
        f"<h1>Planting a winter bed</h1>{story}<h2>Questions</h2>{_faq()}"
        "</article></body></html>"
    )
    raw = RawArticle(content=page, mode="html", url="https://example.com/winter-bed")
    paragraphs = extract_html(raw, CoreOptions()).paragraphs
    assert paragraphs[:5] == STORY
    assert ANSWER in paragraphs
