"""A paged story's turn lines (made-up stories): the pointer to the next page, its pager,
and a print copy's jump, leave in both modes; a sentence that mentions a page stays."""

from __future__ import annotations

import pytest

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.lines import boilerplate_reason
from consumer.core.options import DEFAULT_OPTIONS
from consumer.core.text import extract_text

_STORY = [
    "The city council voted on Tuesday to extend the tram line to the northern suburbs, "
    "ending a decade of debate over the route.",
    "The extension, costing an estimated 240 million euros, will add six stops and is "
    "expected to open in 2029, officials said.",
    "Opponents argued the money would be better spent on buses, which can be rerouted as "
    "the city grows.",
]
_TURNS = [
    "Continue to page 2: What the route means for commuters",
    "Next page: What the route means for commuters",
    "Continued on page A6",
    "Continued from Page 1",
    "Read page 2 of this story",
    "Lesen Sie weiter auf Seite 2",
    "Suite page 4",
    "Continúa en la página 3",
    "Lees verder op de volgende pagina",
    "1 2 3 Next ›",  # the pager beside the pointer
    "« Prev 1 2 3 … 12 Next »",
]
_KEPT = "The council will continue to page through the budget line by line, she said."


def _text_body(middle: str) -> list[str]:
    text = "\n\n".join(["Council approves northern tram extension", _STORY[0], middle, *_STORY[1:]])
    return extract_text(RawArticle(content=text, mode="text"), DEFAULT_OPTIONS).paragraphs


def _html_body(middle: str) -> list[str]:
    paragraphs = "".join(f"<p>{p}</p>" for p in [_STORY[0], middle, *_STORY[1:]])
    heading = "<h1>Council approves northern tram extension</h1>"
    page = f"<html><body><article>{heading}{paragraphs}</article></body></html>"
    return extract_html(RawArticle(content=page, mode="html"), DEFAULT_OPTIONS).paragraphs


@pytest.mark.parametrize("turn", _TURNS)
def test_a_page_turn_leaves_both_modes(turn: str) -> None:
    assert _text_body(turn) == _STORY
    assert _html_body(turn) == _STORY


def test_a_calendars_week_and_a_gallerys_counter_are_no_pager() -> None:
    assert boilerplate_reason("| 1 | 2 | 3 | 4 | 5 | 6 | 7 |") is None
    assert boilerplate_reason("| | | | | | 1 | 2 |") is None
    assert boilerplate_reason("« Prev 1 2 3 Next »") == "navigation"
    # a gallery's counter, for the slideshow to read
    assert boilerplate_reason("1 2 3 4 5 6 7 8") is None


def test_a_sentence_about_a_page_stays() -> None:
    assert _KEPT in _text_body(_KEPT)
    assert _KEPT in _html_body(_KEPT)
