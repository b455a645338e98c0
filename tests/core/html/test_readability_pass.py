"""The readability pass against trafilatura's readability, on made-up pages."""

from __future__ import annotations

from copy import deepcopy

import pytest
from lxml import html
from lxml.etree import tostring
from trafilatura.external import try_readability as trafilatura_try_readability
from trafilatura.readability_lxml import Document

from consumer.core.html.readability_pass import _Document, try_readability

STORY = (
    "The council met on Tuesday evening to discuss the new budget, and the members who"
    " were there agreed, after a long debate, that the library would stay open."
)

PAGES = [
    # a story's paragraphs beside a menu of links and a sidebar named as one
    f"<html><body><div id='menu'><ul><li><a href='/'>Home</a></li><li><a href='/n'>News"
    f"</a></li></ul></div><div class='story'><h2>Budget</h2><p>{STORY}</p><p>{STORY} "
    f"<a href='/more'>Read the minutes of the meeting</a></p></div><div class='sidebar'>"
    f"<p>{STORY}</p></div></body></html>",
    # a layout table: cells of prose and cells of links, a link met by several candidates
    f"<html><body><table><tr><td>{STORY}</td><td><a href='/a'>A linked cell of words,"
    f" long enough to count</a></td></tr><tr><td><table><tr><td>{STORY} <a href='/b'>"
    f"<b>nested</b> link</a></td></tr></table></td></tr></table></body></html>",
    # whitespace of every kind, links without text, a link holding a link's markup
    f"<html><body><div><p>  {STORY}\n\n {STORY}\t end.\r\n</p><p>\xa0\xa0 spaced\u2028"
    f" text, here \u3000 wide, and more words to pass the length</p><a href='/c'></a>"
    f"<p><a href='/d'> <img src='x.png'> </a>{STORY}</p>loose text, after it</div>"
    "<pre>code, of a length to be scored as a paragraph</pre></body></html>",
    # nothing but short, linked lines
    "<html><body><p><a href='/a'>One</a></p><p><a href='/b'>Two</a></p></body></html>",
    # no paragraph at all
    "<html><body><div>just a line</div></body></html>",
]


@pytest.mark.parametrize("page", PAGES)
def test_the_pick_is_trafilaturas(page: str) -> None:
    tree = html.fromstring(page)
    expected = tostring(trafilatura_try_readability(deepcopy(tree)))
    assert tostring(try_readability(deepcopy(tree))) == expected


@pytest.mark.parametrize("page", PAGES)
def test_the_candidates_and_scores_are_readabilitys(page: str) -> None:
    tree = html.fromstring(page)
    ours, theirs = _Document(deepcopy(tree)), Document(deepcopy(tree))
    for document in (ours, theirs):
        document.remove_unlikely_candidates()
        document.transform_misused_divs_into_paragraphs()
    assert tostring(ours.doc) == tostring(theirs.doc)
    scored = [
        [(tostring(elem), scored.score) for elem, scored in document.score_paragraphs().items()]
        for document in (ours, theirs)
    ]
    assert scored[0] == scored[1]
