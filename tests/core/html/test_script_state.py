"""A page rendered by script without JSON-LD (made-up pages): the story in its JSON state
script (Next.js's ``__NEXT_DATA__``, rich-text blocks, an HTML string) gives the body the
markup lacks, and a comment list or related teasers never do."""

from __future__ import annotations

import json
from typing import Any

from html_pages import STORM_PARAGRAPHS

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.script_state import script_state_paragraphs
from consumer.core.options import CoreOptions

STORY = STORM_PARAGRAPHS[:3]
COMMENTS = [
    {"author": "reader1", "body": "About time too, I have driven round the bay for weeks "
     "and it has cost me a fortune in fuel. " * 2},
    {"author": "reader2", "body": "Will the summer timetable change as well, or will it "
     "stay the same as last year's? Nobody says. " * 2},
]  # fmt: skip


def _shell(state: Any, script_id: str = "__NEXT_DATA__") -> str:
    return (
        "<html><head><title>Ferry service to resume | Harbour Gazette</title></head><body>"
        "<div id='__next'><nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
        "<main><h1>Ferry service to resume</h1><div class='skeleton'>Loading…</div></main>"
        "</div>"
        f'<script id="{script_id}" type="application/json">{json.dumps(state)}</script>'
        "</body></html>"
    )


def _extract(page: str) -> list[str]:
    return extract_html(RawArticle(content=page, mode="html"), CoreOptions()).paragraphs


def test_a_next_js_shell_takes_its_body_from_the_page_state() -> None:
    article = {"headline": "Ferry service to resume", "comments": COMMENTS,
               "body": [{"type": "paragraph", "text": p} for p in STORY]}  # fmt: skip
    page = _shell({"props": {"pageProps": {"article": article}}})
    ext = extract_html(RawArticle(content=page, mode="html"), CoreOptions())
    assert ext.paragraphs == STORY
    assert any("script state" in warning for warning in ext.warnings)


def test_rich_text_blocks_and_an_html_string_are_read() -> None:
    portable = [{"_type": "block", "children": [{"_type": "span", "text": p}]} for p in STORY]
    contentful = {"nodeType": "document", "content": [
        {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": p}]}
        for p in STORY
    ]}  # fmt: skip
    as_html = "".join(f"<p>{p.replace('&', '&amp;')}</p>" for p in STORY)
    for body in (portable, contentful, as_html):
        assert _extract(_shell({"data": {"story": {"body": body}}}, "state")) == STORY


def test_comments_and_teasers_in_the_state_are_not_a_body() -> None:
    state = {"page": {"comments": COMMENTS, "relatedArticles": [
        {"title": "Ferry fares to rise", "text": STORY[0]}, {"text": STORY[1]}]}}  # fmt: skip
    assert script_state_paragraphs(_shell(state)) is None


def test_a_page_with_its_story_in_the_markup_ignores_the_state() -> None:
    markup = "<article>" + "".join(f"<p>{p}</p>" for p in STORY) + "</article>"
    other = {"body": ["A different story that the page's state carries. " * 6]}
    page = _shell(other).replace("<div class='skeleton'>Loading…</div>", markup)
    assert _extract(page) == STORY


def test_broken_or_storyless_state_is_skipped() -> None:
    assert script_state_paragraphs(_shell({}).replace("{}", "{not json")) is None
    assert script_state_paragraphs("<script type='application/json'>[1, 2]</script>") is None
