"""A page sent as "text" is read as HTML, a dump sent as "html" as text, with a warning."""

import pytest

from consumer.contract import RawArticle
from consumer.core.html_sniff import holds_no_markup, is_html_fragment, is_html_page
from consumer.core.pipeline import enrich_article

_STORY = (
    "The council approved the new budget on Tuesday after a debate that lasted six hours "
    "and drew more than a hundred residents to the town hall."
)
_PAGE = (
    "<!DOCTYPE html><html><head><title>Council approves budget</title></head><body>"
    f"<nav><a href='/'>Home</a></nav><article><h1>Council approves budget</h1><p>{_STORY}</p>"
    f"<p>{_STORY}</p></article></body></html>"
)


@pytest.mark.parametrize(
    "text",
    [
        _PAGE,
        "\ufeff  <html lang='en'><body><p>x</p></body></html>",
        '<?xml version="1.0"?>\n<!-- saved page -->\n<html><body></body></html>',
        "<body><p>A fragment from the body on.</p></body>",
    ],
)
def test_documents_are_html_pages(text: str) -> None:
    assert is_html_page(text)


@pytest.mark.parametrize(
    "text",
    [
        "How to write <html> by hand\n\nThe tag <html> opens every page.",
        "Council approves budget\n\n" + _STORY,
        "<p>A line of markup inside a story</p> does not open with a page's tag",
    ],
)
def test_dumps_are_no_html_pages(text: str) -> None:
    assert not is_html_page(text)


def test_a_page_sent_as_text_is_read_as_html() -> None:
    record = enrich_article(RawArticle(content=_PAGE, mode="text"))
    assert record["cleaning"]["mode"] == "html"
    assert record["title"] == "Council approves budget"
    assert record["paragraphs"] == [_STORY]  # the second copy leaves as a duplicate
    assert record["cleaning"]["warnings"][0] == "text content is an HTML page: read as html"


def test_a_dump_sent_as_html_is_read_as_text() -> None:
    dump = f"Council approves budget\n\nHome\n\n{_STORY}\n\nShare this article"
    assert holds_no_markup(dump) and not holds_no_markup(_PAGE)
    record = enrich_article(RawArticle(content=dump, mode="html"))
    assert record["cleaning"]["mode"] == "text"
    assert record["title"] == "Council approves budget"
    assert record["paragraphs"] == [_STORY]
    assert record["cleaning"]["warnings"][0] == "html content holds no markup: read as text"


def test_a_feeds_markup_sent_as_text_is_read_as_html() -> None:
    fragment = f"<p>{_STORY}</p>\n<p>The mayor&#8217;s office said the vote was close.</p>"
    assert is_html_fragment(fragment)
    record = enrich_article(RawArticle(content=fragment, mode="text"))
    assert record["cleaning"]["mode"] == "html"
    assert record["paragraphs"] == [_STORY, "The mayor’s office said the vote was close."]
    assert record["cleaning"]["warnings"][0] == "text content is HTML markup: read as html"


@pytest.mark.parametrize(
    "text",
    [
        "<p>A line of markup inside a story</p> does not open with a page's tag",
        "How to write a paragraph\n\nThe tag <p> opens one and </p> closes it.</p>",
        # a dump whose headline kept its bold tags
        "<b>Council approves budget</b><br>\nBy Jane Doe<br>\n" + "\n".join([_STORY] * 4),
        _STORY,
    ],
)
def test_a_story_quoting_markup_is_no_fragment(text: str) -> None:
    assert not is_html_fragment(text)
