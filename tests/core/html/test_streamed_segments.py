"""Parts of a page streamed after its shell, moved where the page's scripts put them."""

from __future__ import annotations

import lxml.html

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.streamed_segments import place_streamed_segments
from consumer.core.options import DEFAULT_OPTIONS

_SHELL = (
    "<html><body><main><h1>Harbour bridge to close for repairs</h1>"
    '<p>Intro.</p><!--$?--><template id="B:0"></template><div>Loading paragraph...</div>'
    "<!--/$--><p>After.</p></main><footer>Footer</footer>"
    '<div hidden id="S:0"><p>Streamed one.</p><div><template id="P:1"></template></div></div>'
    '<script>$RC("B:0","S:0")</script>'
    '<div hidden id="S:1"><p>Nested two.</p></div><script>$RS("S:1","P:1")</script>'
    "</body></html>"
)


def _texts(tree: lxml.html.HtmlElement) -> list[str]:
    return [p.text_content() for p in tree.iter("p")]


def test_segments_take_their_placeholders_and_the_fallback_leaves() -> None:
    tree = lxml.html.document_fromstring(_SHELL)
    assert place_streamed_segments(tree, _SHELL) == 2
    assert _texts(tree) == ["Intro.", "Streamed one.", "Nested two.", "After."]
    assert "Loading" not in tree.text_content()
    assert not tree.xpath("//template") and not tree.xpath("//div[@hidden]")


def test_text_around_a_placeholder_and_in_a_segment_keeps_its_place() -> None:
    page = (
        '<html><body><div>Before <template id="P:0"></template> after.</div>'
        '<div hidden id="S:0">middle <b>bold</b> end</div><script>$RS("S:0","P:0")</script>'
        "</body></html>"
    )
    tree = lxml.html.document_fromstring(page)
    place_streamed_segments(tree, page)
    assert tree.body[0].text_content() == "Before middle bold end after."


def test_a_page_without_streamed_segments_is_left_alone() -> None:
    page = '<html><body><div hidden id="S:0"><p>A hidden note.</p></div></body></html>'
    tree = lxml.html.document_fromstring(page)
    assert place_streamed_segments(tree, page) == 0  # (no script moves it)
    assert _texts(tree) == ["A hidden note."]
    page = "<html><body><p>Plain.</p></body></html>"
    assert place_streamed_segments(lxml.html.document_fromstring(page), page) == 0


def test_a_boundary_without_its_closing_comment_keeps_its_fallback() -> None:
    page = (
        '<html><body><main><template id="B:0"></template><p>Fallback.</p></main>'
        '<div hidden id="S:0"><p>Streamed.</p></div><script>$RC("B:0","S:0")</script>'
        "</body></html>"
    )
    tree = lxml.html.document_fromstring(page)
    place_streamed_segments(tree, page)
    assert _texts(tree) == ["Streamed.", "Fallback."]


def test_a_placeholder_inside_an_element_named_as_comments_is_not_filled() -> None:
    page = (
        '<html><body><div class="commentsOnSelection"><template id="P:0"></template></div>'
        '<div hidden id="S:0"><p>Story.</p></div><script>$RS("S:0","P:0")</script>'
        "</body></html>"
    )
    tree = lxml.html.document_fromstring(page)
    assert place_streamed_segments(tree, page) == 0


def test_a_streamed_story_is_read_in_its_place() -> None:
    # Every other paragraph is streamed, the later ones first (as they become ready).
    sentences = [
        f"Paragraph {n} of the council's plan says the harbour bridge will close for "
        "six weeks of repairs, and ferries will run every twenty minutes instead."
        for n in range(1, 9)
    ]
    article = "".join(
        f"<p>{sentence}</p>"
        if n % 2 == 0
        else f'<!--$?--><template id="B:{n}"></template><div>Loading paragraph...</div><!--/$-->'
        for n, sentence in enumerate(sentences)
    )
    segments = "".join(
        f'<div hidden id="S:{n}"><p>{sentences[n]}</p></div><script>$RC("B:{n}","S:{n}")</script>'
        for n in reversed(range(1, 8, 2))
    )
    page = (
        "<html><head><title>Harbour bridge to close for repairs</title></head><body>"
        f"<article><h1>Harbour bridge to close for repairs</h1>{article}</article>"
        f"<footer><p>Example Gazette, all rights reserved.</p></footer>{segments}</body></html>"
    )
    raw = RawArticle(content=page, mode="html", url="https://news.example/bridge")
    extraction = extract_html(raw, DEFAULT_OPTIONS)
    assert extraction.paragraphs == sentences
