"""The opening paragraph of a story written as loose text between <br>s is put back."""

from __future__ import annotations

import pytest
from lxml import html
from lxml.html import HtmlElement

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.loose_text import restore_leading_text, restore_opening_runs
from consumer.core.html.parse import parse_page
from consumer.core.options import CoreOptions

OPENING = (
    "The harbour wall will be rebuilt next spring, the council said on Tuesday, after "
    "winter storms left a gap of twenty metres in the old stone barrier."
)
LATER = [
    "Engineers surveyed the damage over three days and found the foundations sound.",
    "Work is expected to last four months and will close the promenade to walkers.",
    "Fishing boats will moor at the northern quay while the wall is repaired, and the "
    "harbour master said the season's landings should not suffer.",
    "Residents can see the plans at the library until the end of the month.",
]


def _tree(body: str) -> HtmlElement:
    return parse_page(f"<html><body>{body}</body></html>", CoreOptions(), [])


def _story_box(opening: str = OPENING, before: str = "") -> str:
    """A story as text in a <div>, paragraphs separated by <br><br>."""
    later = "".join(f"<br><br>{line}" for line in LATER)
    return f'<div class="body_txt">{before}{opening}{later}</div>'


def test_the_opening_run_goes_back_before_the_text_after_its_break() -> None:
    tree = _tree(_story_box())
    assert restore_opening_runs(tree, ["Harbour works", *LATER]) == [
        "Harbour works",
        OPENING,
        *LATER,
    ]


def test_the_run_after_a_picture_box_opens_the_story_too() -> None:
    picture = '<div class="img_box"><img src="/a.jpg"><p class="cap">Photo: Agency</p></div>'
    tree = _tree(_story_box(before=picture))
    assert restore_opening_runs(tree, ["Photo: Agency", *LATER]) == [
        "Photo: Agency",
        OPENING,
        *LATER,
    ]


def test_an_opening_run_the_body_holds_is_not_added_again() -> None:
    tree = _tree(_story_box())
    assert restore_opening_runs(tree, [OPENING, *LATER]) == [OPENING, *LATER]


def test_nothing_is_added_when_the_body_holds_none_of_the_following_text() -> None:
    tree = _tree(_story_box())
    lines = ["A different story altogether, from another block of the page."]
    assert restore_opening_runs(tree, lines) == lines


def test_a_short_or_linked_opening_is_no_paragraph() -> None:
    short = _tree(_story_box(opening="Updated 10:45"))
    assert restore_opening_runs(short, LATER) == LATER
    linked = _tree(_story_box(opening=f'<a href="/other">{OPENING}</a>'))
    assert restore_opening_runs(linked, LATER) == LATER


def test_a_small_box_of_lines_is_furniture_not_a_story() -> None:
    byline = (
        '<div class="author"><a href="/bio/jane">Jane Doe</a>, Staff Attorney, Racial Justice '
        "Program, Civil Liberties Union<br>&amp; John Roe, Director of Education Equity</div>"
    )
    tree = _tree(byline)
    lines = ["& John Roe, Director of Education Equity"]
    assert restore_opening_runs(tree, lines) == lines


def test_text_after_a_paragraph_is_not_an_opening_run_of_a_break_layout() -> None:
    # No <br> with text after it: the extractor reads such a container as it likes.
    tree = _tree(f"<div><p>{LATER[0]}</p>{OPENING}</div>")
    assert restore_opening_runs(tree, [LATER[0]]) == [LATER[0]]


def test_extract_html_keeps_the_opening_paragraph_after_a_picture_box() -> None:
    sidebar = "".join(
        f"<p>Other story number {n} on the site, with a summary line of its own.</p>"
        for n in range(8)
    )
    picture = '<div class="img_box"><img src="/a.jpg"><p class="cap">Photo: Agency</p></div>'
    page = (
        "<html><head><title>Harbour wall to be rebuilt</title></head><body>"
        "<h1>Harbour wall to be rebuilt</h1><article><p class='date'>Written on Tuesday</p>"
        f"{_story_box(before=picture)}</article>"
        f'<div class="more">{sidebar}</div></body></html>'
    )
    raw = RawArticle(content=page, mode="html", url="https://example.com/harbour")
    paragraphs = extract_html(raw, CoreOptions()).paragraphs
    assert OPENING in paragraphs
    assert paragraphs.index(OPENING) == paragraphs.index(LATER[0]) - 1


def test_the_lead_before_a_container_s_first_paragraph_goes_back_before_it() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in LATER)
    tree = _tree(
        f'<section class="story"><b>Harbour</b> news: {OPENING}<p></p>{paragraphs}</section>'
    )
    lead = f"Harbour news: {OPENING}"
    assert restore_leading_text(tree, ["Harbour works", *LATER]) == ["Harbour works", lead, *LATER]
    # Kept already: not added again.
    assert restore_leading_text(tree, [lead, *LATER]) == [lead, *LATER]

    # Kept without the inline byline that opens it: not added again, byline and all.
    bylined = f'<span class="byline">By JANE ROE, Staff Writer</span> {OPENING}'
    tree = _tree(f'<div class="story">{bylined}<p></p>{paragraphs}</div>')
    assert restore_leading_text(tree, ["Harbour works", OPENING, *LATER]) == [
        "Harbour works",
        OPENING,
        *LATER,
    ]


def test_a_label_or_a_lead_beside_other_blocks_is_not_put_back() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in LATER)
    label = _tree(f"<div>Updated on Tuesday 12 May at 10:45 by the harbour desk{paragraphs}</div>")
    assert restore_leading_text(label, LATER) == LATER
    elsewhere = _tree(
        f"<div>{OPENING}<p>Another block the body does not hold.</p></div>{paragraphs}"
    )
    assert restore_leading_text(elsewhere, LATER) == LATER


@pytest.mark.parametrize(
    "boxes",
    [
        '<div class="photo"><img src="a.jpg"><span>Photo: Agency</span></div>',
        '<div class="player"><iframe src="v.html"></iframe></div><span></span>',
        # (the parser closes a <p> at the ad's <div> in it: an empty <p>, then the box)
        '<p><div class="ad">Advertisement</div>',
        "<p>12 May 2024</p>",
    ],
)
def test_the_lead_after_the_story_s_boxes_goes_back_before_its_first_paragraph(
    boxes: str,
) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in LATER)
    tree = _tree(f'<div class="article">{boxes}{OPENING}{paragraphs}</div>')
    assert restore_leading_text(tree, LATER) == [OPENING, *LATER]


@pytest.mark.parametrize(
    ("lead", "restored"),
    [
        ("The champion had to work harder than he imagined to win the open.", True),
        ("Photo: The harbour wall in winter.", False),  # (under MIN_LEAD_CHARS)
    ],
)
def test_a_short_lead_of_one_sentence_goes_back_and_a_shorter_line_does_not(
    lead: str, restored: bool
) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in LATER)
    tree = _tree(
        f'<div class="article"><div class="photo"><img src="a.jpg"></div>{lead}{paragraphs}</div>'
    )
    assert restore_leading_text(tree, LATER) == ([lead, *LATER] if restored else LATER)


def test_the_lead_of_a_span_holding_the_story_s_paragraphs_goes_back() -> None:
    # (The parser keeps the <p>s inside the <span>: <span>Lead.<p>Second ...</p></span>.)
    paragraphs = "".join(f"<p>{line}" for line in LATER)
    tree = _tree(
        '<div><h2>Harbour works</h2><span class="story">12 May 2024 - </span>'
        f'<span class="story">{OPENING}{paragraphs}</span></div>'
    )
    assert restore_leading_text(tree, ["Harbour works", *LATER]) == [
        "Harbour works",
        OPENING,
        *LATER,
    ]


def test_the_lead_after_a_date_line_and_a_comments_link_goes_back() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in LATER)
    tree = _tree(
        '<div id="content"><h1>Harbour works</h1>'
        '<span class="date">Last updated at 09:12 on 14th May 2024</span>'
        f'<p><a href="#comments">Comments</a></p> {OPENING} {paragraphs}</div>'
    )
    assert restore_leading_text(tree, ["Harbour works", *LATER]) == [
        "Harbour works",
        OPENING,
        *LATER,
    ]
    # A short sentence before it (a caption's) is no date line: the text after it stays out.
    caption = _tree(
        f'<div id="content"><span>The harbour wall.</span><br>{OPENING}{paragraphs}</div>'
    )
    assert restore_leading_text(caption, LATER) == LATER


def test_text_after_a_paragraph_is_no_lead() -> None:
    first, *others = [LATER[2], *LATER[:2], *LATER[3:]]  # (a paragraph of 100+ characters)
    paragraphs = "".join(f"<p>{line}</p>" for line in others)
    tree = _tree(f'<div class="article"><p>{first}</p>{OPENING}{paragraphs}</div>')
    assert restore_leading_text(tree, [first, *others]) == [first, *others]


def test_an_old_page_s_font_wrapper_is_a_container_of_loose_text() -> None:
    later = "".join(f"<br><br>{line}" for line in LATER)
    tree = _tree(f'<div><font size="2"><h1>Harbour works</h1><b></b>{OPENING}{later}</font></div>')
    assert restore_opening_runs(tree, ["Harbour works", *LATER]) == [
        "Harbour works",
        OPENING,
        *LATER,
    ]


@pytest.mark.parametrize("child_tag", ["br", "p"])
def test_containers_are_those_the_whole_document_xpath_finds(child_tag: str) -> None:
    """The containers found from their children are what ``//br/parent::*[...]`` finds, in
    document order, each once (nested, with text only in a comment's tail, spaces only,
    beside the root after a premature ``</html>``)."""
    from lxml import etree

    from consumer.core.html.loose_text import _CONTAINER_TAGS, _containers_of

    whole_document = etree.XPath(
        f"//{child_tag}/parent::*["
        + " or ".join(f"self::{tag}" for tag in _CONTAINER_TAGS)
        + "][text()[normalize-space()]]"
    )
    c = f"<{child_tag}>x</{child_tag}>" if child_tag == "p" else "<br>"
    page = (
        f"<html><body><div>Outer text<section>{c}Inner{c}{c}</section>{c}</div>"
        f"<div> \t\n{c}<span>no own text</span>{c}</div>"
        f"<article><!-- note -->tail text{c}</article><td>{c}</td>"
        f"<main>{c}<div>deep{c}</div>after{c}</main></body></html>"
        f"<div>beside the root{c}</div>"
    )
    tree = html.document_fromstring(page)
    found = _containers_of(tree, child_tag)
    assert found == whole_document(tree)
    assert len(found) >= 3
