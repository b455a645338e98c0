"""The jusText pass against jusText's and trafilatura's own, on made-up pages."""

from __future__ import annotations

from copy import deepcopy

import pytest
from justext.core import ParagraphMaker
from justext.utils import normalize_whitespace as justext_normalize_whitespace
from lxml import html
from lxml.etree import tostring
from trafilatura.external import try_justext as trafilatura_try_justext

from consumer.core.html.justext_pass import _ParagraphMaker, normalize_whitespace, try_justext

STORY = (
    "The council met on Tuesday evening to discuss the new budget, and the members who"
    " were there agreed that the library would stay open for another year at least."
)

PAGES = [
    # paragraphs, a heading over them, a menu of links, a copyright line
    f"<html><head><title>t</title></head><body><ul><li><a href='/'>Home</a></li>"
    f"<li><a href='/n'>News</a></li></ul><h2>Budget</h2><p>{STORY}</p><p>{STORY}</p>"
    f"<div>Short line</div><p>© 2026 The Gazette</p></body></html>",
    # text split by <br><br>, a link inside a sentence, a form's select
    f"<html><body><div>{STORY}<br><br>{STORY} <a href='/x'>more here</a> and on.<br>"
    "next line</div><select><option>One</option></select>"
    f"<table><tr><td>{STORY}</td><td><a href='/y'>A linked cell of words</a></td></tr>"
    "</table></body></html>",
    # whitespace of every kind: runs with and without breaks, tabs, no-break spaces,
    # carriage returns, a line separator, and empty elements between paragraphs
    f"<html><body><p>  {STORY}\n\n   {STORY}\t\t end.\r\n</p><p>\xa0\xa0 spaced"
    f"\u2028 text \x85 here \u3000 wide</p><div></div><p> </p><h3>A heading</h3>"
    f"<div><span>short</span></div><p>{STORY}</p><!-- a comment --><p>tail</p>"
    "after the paragraph</body></html>",
    # nothing but short, linked lines
    "<html><body><p><a href='/a'>One</a></p><p><a href='/b'>Two</a></p></body></html>",
]


@pytest.mark.parametrize("page", PAGES)
def test_the_body_is_trafilaturas(page: str) -> None:
    tree = html.fromstring(page)
    for language in (None, "en", "de"):
        expected = trafilatura_try_justext(deepcopy(tree), None, language)
        assert tostring(try_justext(deepcopy(tree), None, language)) == tostring(expected)


@pytest.mark.parametrize("page", PAGES)
def test_the_paragraphs_are_justexts(page: str) -> None:
    tree = html.fromstring(page)
    ours = _ParagraphMaker.make_paragraphs(tree)
    theirs = ParagraphMaker.make_paragraphs(tree)
    assert [p.text for p in ours] == [p.text for p in theirs]
    assert [p.dom_path for p in ours] == [p.dom_path for p in theirs]
    assert [(p.chars_count_in_links, p.tags_count) for p in ours] == [
        (p.chars_count_in_links, p.tags_count) for p in theirs
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n",
        "a b",
        "  a  \n  b  ",
        "a\r\nb",
        "a \r b",
        "a\t\t\tb\n",
        "\n\n\na\n \n b \t",
        "a\xa0\xa0b\u2028c\x85d\u3000e\x1cf",
        " \u2028\n\x0b\x0c",
    ],
)
def test_whitespace_is_normalised_as_justext_does(text: str) -> None:
    assert normalize_whitespace(text) == justext_normalize_whitespace(text)


def test_every_stop_word_classifies_as_trafilaturas_tuple() -> None:
    # The set handed to jusText in place of trafilatura's tuple: the same lower-cased stop
    # list once jusText reads it, and the same set object from one page to the next.
    from justext.core import define_stoplist
    from trafilatura import external

    from consumer.core.html.justext_pass import _every_stop_word

    words = external.JT_STOPLIST or external.jt_stoplist_init()
    assert define_stoplist(_every_stop_word()) == define_stoplist(words)
    assert _every_stop_word() is _every_stop_word()
