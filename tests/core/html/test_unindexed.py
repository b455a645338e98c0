"""Body lines the page fences off from search engines, or leaves outside the text its ads
should match, leave the body."""

from __future__ import annotations

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.unindexed import drop_outside_ad_sections, drop_unindexed
from consumer.core.options import DEFAULT_OPTIONS

STORY = [
    "The harbour board voted on Tuesday to close the old ferry pier for repairs until spring.",
    "Engineers found the pilings had rotted further than the last survey suggested.",
]
TEASERS = [
    "Bakery on Quay Street wins regional bread prize",
    "The judges praised its rye loaf, baked to a recipe the owner's grandmother brought over.",
]


def _page(fence_open: str, fence_close: str) -> str:
    story = "".join(f"<p>{line}</p>" for line in STORY)
    teasers = f"<dl><dt><a href='/b'>{TEASERS[0]}</a></dt><dd>{TEASERS[1]}</dd></dl>"
    return (
        f"<html><body><div>{story}</div>"
        f"{fence_open}<div class='lineup'><h3>More headlines</h3>{teasers}</div>{fence_close}"
        "</body></html>"
    )


def test_lines_only_inside_a_googleoff_region_leave() -> None:
    page = _page("<!--googleoff: all-->", "<!--googleon: all-->")
    assert drop_unindexed(STORY + TEASERS, page) == STORY


def test_yandex_noindex_fences_count_too() -> None:
    for fence in (("<noindex>", "</noindex>"), ("<!-- noindex -->", "<!-- /noindex -->")):
        assert drop_unindexed(STORY + TEASERS, _page(*fence)) == STORY


def test_a_line_also_said_outside_the_fence_stays() -> None:
    page = _page("<!--googleoff: index-->", "<!--googleon: index-->")
    page = page.replace("</div><!--", f"<p>{TEASERS[1]}</p></div><!--", 1)
    assert drop_unindexed(STORY + TEASERS, page) == STORY + TEASERS[1:]


def test_a_body_fenced_whole_is_kept() -> None:
    page = _page("", "").replace("<div>", "<!--googleoff: index--><div>", 1)
    page = page.replace("</div>", "</div><!--googleon: index-->", 1)
    assert drop_unindexed(STORY, page) == STORY


def test_unclosed_and_snippet_fences_mark_nothing() -> None:
    assert drop_unindexed(STORY + TEASERS, _page("<!--googleoff: all-->", "")) == STORY + TEASERS
    snippet = _page("<!--googleoff: snippet-->", "<!--googleon: snippet-->")
    assert drop_unindexed(STORY + TEASERS, snippet) == STORY + TEASERS


def test_tags_inside_words_do_not_hide_a_line() -> None:
    page = _page("<!--googleoff: all-->", "<!--googleon: all-->").replace("Bakery", "Bak<b>ery</b>")
    assert drop_unindexed(STORY + TEASERS, page) == STORY


NEXT_POST = [
    "A bakery on Quay Street won the regional bread prize on Saturday for its rye loaf.",
    "The judges praised a recipe the owner's grandmother brought over from Riga in 1952.",
]


def test_the_extractor_leaves_out_a_fenced_next_post_teaser() -> None:
    # Inside the story's own container, the teaser reads as two more paragraphs.
    story = "".join(f"<p>{line}</p>" for line in STORY)
    teaser = "".join(f"<p>{line}</p>" for line in NEXT_POST)
    page = (
        f"<html><body><article><h1>Ferry pier closes</h1>{story}<!--googleoff: all-->"
        f"<div id='next-post'>{teaser}</div><!--googleon: all--></article></body></html>"
    )
    body = extract_html(RawArticle(content=page, mode="html"), DEFAULT_OPTIONS).paragraphs
    assert body == STORY


def _ad_targeted(story: str, outside: str) -> str:
    return (
        f"<html><body><div id='menu'>{outside}</div><!-- google_ad_section_start -->"
        f"{story}<!-- google_ad_section_end --></body></html>"
    )


def test_lines_outside_the_ad_targeted_story_leave() -> None:
    blurb = "Harbour Notes: a blog about boats, piers and the people who mend them"
    page = _ad_targeted("".join(f"<p>{line}</p>" for line in STORY), blurb)
    assert drop_outside_ad_sections([blurb, *STORY], page) == STORY


def test_a_section_holding_under_half_the_body_is_not_the_story() -> None:
    # (The sections target a sidebar's blurb: the body is not read from them.)
    blurb = "Harbour Notes: a blog about boats"
    page = _ad_targeted(f"<p>{blurb}</p>", "".join(f"<p>{line}</p>" for line in STORY))
    assert drop_outside_ad_sections([blurb, *STORY], page) == [blurb, *STORY]


def test_a_story_line_with_angle_brackets_is_read_as_text() -> None:
    sum_line = "The pier holds if the load is < 5 tonnes and the tide > 3 metres."
    page = _ad_targeted(f"<p>{sum_line.replace('<', '&lt;').replace('>', '&gt;')}</p>", "Menu")
    assert drop_outside_ad_sections([sum_line], page) == [sum_line]
