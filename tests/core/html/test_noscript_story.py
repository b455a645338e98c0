"""A story only in the page's <noscript> copy (made-up pages)."""

from __future__ import annotations

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.model import Extraction
from consumer.core.options import DEFAULT_OPTIONS

_STORY = [
    "The city council approved a network of protected bike lanes on Monday night after a "
    "three-hour debate that drew two hundred residents to City Hall.",
    "The plan adds fourteen miles of lanes over four years, starting on Harbor Avenue, "
    "where two cyclists were killed last year.",
    "Shop owners along the route argued that losing parking would hurt their trade while "
    "the lanes are built; the council voted seven to two in favour.",
]
_PARAGRAPHS = "".join(f"<p>{text}</p>" for text in _STORY)
_HEAD = "<html><head><title>Council approves bike lanes</title></head><body>"


def _extract(body: str) -> Extraction:
    return extract_html(
        RawArticle(content=f"{_HEAD}{body}</body></html>", mode="html"), DEFAULT_OPTIONS
    )


def test_a_story_only_in_noscript_is_the_body() -> None:
    result = _extract(
        '<div id="root"></div><noscript><article><h1>Council approves bike lanes</h1>'
        f"{_PARAGRAPHS}</article></noscript><script src='/app.js'></script>"
    )
    assert result.paragraphs == _STORY
    assert "the story was read from the page's <noscript> copy" in result.warnings


def test_a_noscript_copy_of_a_shown_story_is_not_read_twice() -> None:
    result = _extract(
        f"<article><h1>Council approves bike lanes</h1>{_PARAGRAPHS}</article>"
        f"<noscript><div>{_PARAGRAPHS}</div></noscript>"
    )
    assert result.paragraphs == _STORY


def test_a_noscript_notice_or_menu_stays_out() -> None:
    menu = "".join(
        f'<p><a href="/s{n}">Section {n} news and more section {n} stories from the city '
        f"desk and the region</a></p>"
        for n in range(8)
    )
    result = _extract(
        f'<div class="story"><h1>Council approves bike lanes</h1>{_PARAGRAPHS}</div>'
        "<noscript><p>Please enable JavaScript to see the comments.</p></noscript>"
        f"<noscript>{menu}</noscript>"
    )
    assert result.paragraphs == _STORY
