"""A page rendered by script: its JSON-LD ``articleBody`` gives the body the markup lacks."""

from __future__ import annotations

import json

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.declared_body import declared_paragraphs
from consumer.core.options import CoreOptions

STORY = [
    "The harbour authority said on Tuesday that the ferry between Port Ellis and Bayside "
    "will run again from Friday, after three weeks of repairs to the slipway.",
    "Engineers replaced the hinge of the loading ramp, which cracked in the storm of 4 "
    "March, and tested it with a loaded lorry on Monday night.",
    "Tickets bought for cancelled sailings can be used until the end of the month, a "
    "spokesperson said. The first sailing leaves at 6.40.",
    "The crossing carries about 1,200 passengers a day in spring, most of them commuters "
    "who drove the long way round the bay while the ramp was closed.",
]


def _page(body_markup: str, article_body: str) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle"}
    ld |= {"headline": "Ferry service to resume", "articleBody": article_body}
    return (
        "<html><head><title>Ferry service to resume</title>"
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
        f"<body><header><a href='/'>Harbour Gazette</a></header>{body_markup}"
        "<footer>© Harbour Gazette</footer></body></html>"
    )


def test_a_script_rendered_page_takes_its_body_from_json_ld() -> None:
    page = _page('<div id="app">Loading…</div>', "\n\n".join(STORY))
    ext = extract_html(RawArticle(content=page, mode="html"), CoreOptions())
    assert ext.paragraphs == STORY
    assert any("JSON-LD" in warning for warning in ext.warnings)


def test_a_page_with_its_story_in_the_markup_keeps_what_extraction_found() -> None:
    markup = "<article>" + "".join(f"<p>{p}</p>" for p in STORY) + "</article>"
    teaser = "Read more: the island's ferry timetable for the summer. " * 5
    page = _page(markup, "\n\n".join([*STORY, teaser]))
    ext = extract_html(RawArticle(content=page, mode="html"), CoreOptions())
    assert ext.paragraphs == STORY


def test_html_in_the_declared_body_breaks_paragraphs_and_entities_are_read() -> None:
    written = "<p>" + "</p><p>".join(STORY).replace("lorry", "lorry &amp; trailer") + "</p>"
    paragraphs = declared_paragraphs(written, found=["Loading…"])
    assert paragraphs is not None and len(paragraphs) == 4
    assert "loaded lorry & trailer on Monday" in paragraphs[1]


def test_a_short_or_missing_declared_body_is_not_taken() -> None:
    assert declared_paragraphs(None, found=[]) is None
    assert declared_paragraphs("A teaser of forty characters or so.", found=[]) is None


def test_a_news_brief_is_taken_when_the_markup_gave_nothing() -> None:
    brief = STORY[0] + "\n" + STORY[2]  # under MIN_DECLARED_CHARS
    assert declared_paragraphs(brief, found=[]) == [STORY[0], STORY[2]]
    assert declared_paragraphs(brief, found=["Loading the story, please wait."]) is None
