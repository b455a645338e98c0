"""Paragraphs written as <div>s between two lines of the body are put back."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement

from consumer.contract import RawArticle
from consumer.core.html import div_paragraphs, extract_html
from consumer.core.html.div_paragraphs import restore_div_paragraphs
from consumer.core.html.parse import parse_page
from consumer.core.options import CoreOptions

BEFORE = "The council approved the harbour plan on Tuesday after a long debate in the chamber."
AFTER = "Work on the harbour wall will start in the spring and last about four months."
DIV_TEXT = (
    "Fishing boats will use the northern quay while the wall is repaired, and the "
    "harbour master expects no loss of landings this season."
)


def _tree(body: str) -> HtmlElement:
    return parse_page(f"<html><body>{body}</body></html>", CoreOptions(), [])


def test_a_div_paragraph_between_two_consecutive_lines_goes_back_between_them() -> None:
    tree = _tree(
        f'<article><p>{BEFORE}</p><div class="summary"><span>{DIV_TEXT}</span></div>'
        f"<p>{AFTER}</p></article>"
    )
    assert restore_div_paragraphs(tree, ["Harbour plan", BEFORE, AFTER]) == [
        "Harbour plan",
        BEFORE,
        DIV_TEXT,
        AFTER,
    ]


def test_a_paragraph_a_body_line_already_holds_is_not_put_back_again() -> None:
    # A layout table's cell that trafilatura wrote as one line of its paragraphs: the
    # first paragraph places the line, the second is no line of the body but is in it.
    first = f"{BEFORE} It was the third vote on the plan this year."
    cell = f"{first} {DIV_TEXT}"
    tree = _tree(
        f"<h1>Harbour plan</h1><table><tr><td><p>{first}</p><p>{DIV_TEXT}</p></td></tr>"
        f"</table><p>{AFTER}</p>"
    )
    lines = ["Harbour plan", cell, AFTER]
    assert restore_div_paragraphs(tree, lines) == lines


def test_a_div_beside_the_body_or_between_lines_that_are_not_consecutive_stays_out() -> None:
    lines = [BEFORE, "A line from somewhere else on the page, kept by the extraction.", AFTER]
    tree = _tree(f"<article><p>{BEFORE}</p><div>{DIV_TEXT}</div><p>{AFTER}</p></article>")
    assert restore_div_paragraphs(tree, lines) == lines
    beside = _tree(f"<article><p>{BEFORE}</p><p>{AFTER}</p></article><div>{DIV_TEXT}</div>")
    assert restore_div_paragraphs(beside, [BEFORE, AFTER]) == [BEFORE, AFTER]


def test_date_lines_links_short_texts_and_divs_of_blocks_are_no_div_paragraphs() -> None:
    for div in (
        "<div>PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019</div>",
        f'<div><a href="/other">{DIV_TEXT}</a></div>',
        "<div>Share this story.</div>",
    ):
        tree = _tree(f"<article><p>{BEFORE}</p>{div}<p>{AFTER}</p></article>")
        assert restore_div_paragraphs(tree, [BEFORE, AFTER]) == [BEFORE, AFTER]


def test_a_boxed_paragraph_the_extraction_dropped_goes_back_between_its_lines() -> None:
    for box in (
        f'<section class="embed"><p>{DIV_TEXT}</p></section>',
        f"<figure><blockquote><p>{DIV_TEXT}</p></blockquote></figure>",
    ):
        tree = _tree(f"<article><p>{BEFORE}</p>{box}<p>{AFTER}</p></article>")
        assert restore_div_paragraphs(tree, [BEFORE, AFTER]) == [BEFORE, DIV_TEXT, AFTER]


def test_a_card_a_call_to_action_or_a_comment_between_two_lines_stays_out() -> None:
    for box in (
        f'<div class="card"><h3>Other story</h3><p>{DIV_TEXT}</p></div>',
        f'<div class="cta"><p>{DIV_TEXT}</p><a href="/signup">Sign up</a></div>',
        f'<a href="/promo"><div><p>{DIV_TEXT}</p></div></a>',
        f'<div class="comment-body"><div><p>{DIV_TEXT}</p></div></div>',
        "<div><p>Share this story.</p></div>",
        f"<ul><li><p>{DIV_TEXT}</p></li></ul>",  # a list's entry: a reference, a review
        f'<figure><img src="/a.jpg"><div class="credit"><p>{DIV_TEXT}</p></div></figure>',
        f"<aside><div><p>{DIV_TEXT}</p></div></aside>",
    ):
        tree = _tree(f"<article><p>{BEFORE}</p>{box}<p>{AFTER}</p></article>")
        assert restore_div_paragraphs(tree, [BEFORE, AFTER]) == [BEFORE, AFTER], box


def test_a_div_paragraph_in_a_link_card_a_footer_or_a_comment_stays_out() -> None:
    for box in (
        f'<a href="/other"><div class="title">Other</div><div>{DIV_TEXT}</div></a>',
        f"<footer><div>{DIV_TEXT}</div></footer>",
        f'<div class="comment"><div>{DIV_TEXT}</div></div>',
        f"<aside><div>{DIV_TEXT}</div></aside>",
    ):
        tree = _tree(f"<article><p>{BEFORE}</p>{box}<p>{AFTER}</p></article>")
        assert restore_div_paragraphs(tree, [BEFORE, AFTER]) == [BEFORE, AFTER], box


def test_the_authors_card_between_two_lines_stays_out() -> None:
    bio = "Jane Doe is a reporter who has covered ports and shipping for the paper since 2009."
    for box in (
        f'<section class="vcard"><div class="name">Jane Doe</div><div>{bio}</div></section>',
        f'<div itemprop="author"><p>{bio}</p></div>',
        f'<div class="post-author-box"><div class="text"><span>{bio}</span></div></div>',
        f'<div class="AuthorTooltip"><div>{bio}</div></div>',
    ):
        tree = _tree(f"<article><p>{BEFORE}</p>{box}<p>{AFTER}</p></article>")
        assert restore_div_paragraphs(tree, [BEFORE, AFTER]) == [BEFORE, AFTER], box


def test_a_page_or_article_class_naming_the_author_does_not_hide_the_story() -> None:
    tree = _tree(
        f'<article class="post author-jane"><p>{BEFORE}</p><div>{DIV_TEXT}</div>'
        f"<p>{AFTER}</p></article>"
    )
    assert restore_div_paragraphs(tree, [BEFORE, AFTER]) == [BEFORE, DIV_TEXT, AFTER]


def test_a_div_paragraph_in_a_header_goes_back_as_the_lead() -> None:
    tree = _tree(
        f"<article><header><h1>Harbour</h1><p>{BEFORE}</p><div>{DIV_TEXT}</div></header>"
        f"<p>{AFTER}</p></article>"
    )
    assert restore_div_paragraphs(tree, [BEFORE, AFTER]) == [BEFORE, DIV_TEXT, AFTER]


def test_a_div_paragraph_the_body_holds_is_not_added_again() -> None:
    tree = _tree(f"<article><p>{BEFORE}</p><div>{DIV_TEXT}</div><p>{AFTER}</p></article>")
    assert restore_div_paragraphs(tree, [BEFORE, DIV_TEXT, AFTER]) == [BEFORE, DIV_TEXT, AFTER]


def test_extract_html_keeps_a_summary_written_as_a_div_between_paragraphs() -> None:
    story = [
        f"Paragraph {n} of the round-up of quick suppers, long enough to be read as the body "
        "of the page by any extractor that looks at it."
        for n in range(6)
    ]
    summary = (
        "These salmon bites are ready in fifteen minutes and taste just as good cold in a "
        "lunch box the next day."
    )
    body = "".join(f"<p>{line}</p>" for line in story[:3])
    body += (
        f'<div class="recipe-card"><div class="recipe-summary"><span>{summary}</span></div></div>'
    )
    body += "".join(f"<p>{line}</p>" for line in story[3:])
    page = (
        "<html><head><title>Quick suppers</title></head><body><article>"
        f'<h1>Quick suppers</h1><div class="entry-content">{body}</div></article></body></html>'
    )
    raw = RawArticle(content=page, mode="html", url="https://example.com/suppers")
    paragraphs = extract_html(raw, CoreOptions()).paragraphs
    assert summary in paragraphs
    assert paragraphs.index(summary) == paragraphs.index(story[2]) + 1


def test_each_parent_s_furniture_is_tested_once_and_as_the_paragraph_test_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tree = _tree(
        f"<div><p>{BEFORE}</p><p>{AFTER}</p></div>"
        f'<div><h2>Also</h2><p>{DIV_TEXT}</p><a href="/x">More</a></div>'
    )
    tested: list[HtmlElement] = []
    holds = div_paragraphs._holds_furniture

    def counted(parent: HtmlElement) -> bool:
        tested.append(parent)
        return holds(parent)

    monkeypatch.setattr(div_paragraphs, "_holds_furniture", counted)
    furnished = div_paragraphs._FurnishedParents()
    paragraphs = list(tree.iter("p"))
    assert [furnished[p.getparent()] for p in paragraphs] == [False, False, True]
    assert len(tested) == 2  # one test per parent
    for paragraph in paragraphs:
        text = paragraph.text_content()
        assert div_paragraphs._is_boxed_paragraph(
            paragraph, text, furnished
        ) is div_paragraphs._is_boxed_paragraph(paragraph, text)


def test_a_boxed_paragraph_above_the_first_body_line_is_not_tested(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Texts above the body's first line are never put back: the walk tests none of them.
    tree = _tree(
        f'<section class="embed"><p>{DIV_TEXT}</p></section>'
        f'<article><p>{BEFORE}</p><section class="embed"><p>{DIV_TEXT} Twice.</p></section>'
        f"<p>{AFTER}</p></article>"
    )
    tested: list[str] = []
    boxed = div_paragraphs._is_boxed_paragraph

    def counted(paragraph: HtmlElement, text: str, *args: object) -> bool:
        tested.append(text)
        return boxed(paragraph, text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(div_paragraphs, "_is_boxed_paragraph", counted)
    restored = restore_div_paragraphs(tree, [BEFORE, AFTER])
    assert restored == [BEFORE, f"{DIV_TEXT} Twice.", AFTER]
    # The pre-check stops at the first paragraph it finds missing; the walk starts below.
    assert tested == [DIV_TEXT, f"{DIV_TEXT} Twice."]
