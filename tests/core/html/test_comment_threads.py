"""Readers' comments set flat after a heading named for them stay out of the body."""

from __future__ import annotations

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.options import CoreOptions

STORY = "".join(
    f"<p>Paragraph {i} of a post about knitting arm warmers for the cool evenings, long "
    "enough to count as the body text any extractor reads.</p>"
    for i in range(5)
)
COMMENT = (
    "<div id='c{n}'><p>Reader {n} writes that the nights are still hot where she lives and "
    "that her own holiday list holds two hats and a pair of socks.</p></div>"
    "<p class='posted'>Posted by: Reader {n} at September 10, 2012 11:40 AM</p>"
)


def _page(heading: str) -> str:
    comments = "".join(COMMENT.format(n=n) for n in range(4))
    return (
        "<html><head><title>Arm warmers</title></head><body><div id='center'>"
        f"<div class='content'><h1>Arm warmers</h1>{STORY}"
        "<p class='posted'>Posted by laurie at September 10, 2012 9:01 AM</p>"
        f"{heading}{comments}</div></div></body></html>"
    )


def _body(html: str) -> str:
    return "\n".join(extract_html(RawArticle(content=html, mode="html"), CoreOptions()).paragraphs)


def test_comments_after_a_heading_named_comments_go() -> None:
    body = _body(_page("<h2 id='comments'>Comments</h2>"))
    assert "Paragraph 4 of a post" in body
    assert "Reader 0 writes" not in body and "Reader 3 writes" not in body


def test_the_same_comments_after_a_plain_heading_stay_as_before() -> None:
    # Without a name on the heading nothing says what follows it: the rule does not guess.
    body = _body(_page("<h2>Comments</h2>"))
    assert "Paragraph 4 of a post" in body


def test_a_heading_named_for_comments_keeps_what_precedes_it() -> None:
    html = _page("<h3 class='comments-title'>4 responses</h3>")
    body = _body(html)
    assert "Paragraph 0 of a post" in body and "Paragraph 4 of a post" in body
    assert "Reader 2 writes" not in body


def test_a_comment_count_heading_above_the_story_leaves_it() -> None:
    html = _page("").replace(
        "<h1>Arm warmers</h1>", "<h1>Arm warmers</h1><h3 class='comment-count'>4 comments</h3>"
    )
    body = _body(html)
    assert "Paragraph 0 of a post" in body and "Paragraph 4 of a post" in body


def test_a_count_above_the_story_and_the_thread_below_it() -> None:
    html = _page("<h2 id='comments'>Comments</h2>").replace(
        "<h1>Arm warmers</h1>", "<h1>Arm warmers</h1><h3 class='comment-count'>4 comments</h3>"
    )
    body = _body(html)
    assert "Paragraph 0 of a post" in body and "Paragraph 4 of a post" in body
    assert "Reader 1 writes" not in body
