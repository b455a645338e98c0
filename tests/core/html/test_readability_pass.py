"""The readability pass against trafilatura's readability, on made-up pages."""

from __future__ import annotations

import random
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


# Blocks for made-up pages: prose, link lists, cells, named blocks (unlikely, negative,
# positive, one spelt with a Kelvin sign that lower-cases to "k"), text that ties.
_NAMES = [
    "",
    "story",
    "content",
    "sidebar",
    "SideBar",
    "promo",
    "comment main",
    "menu",
    "ad-brea\u212a",
    "related",
    "entry",
    "footer",
    "tools",
]
_TEXTS = [
    STORY,
    "Short line.",
    "One, two, three, four, five, six, seven, eight words, here",
    STORY + " " + STORY,
]


def _block(rng: random.Random, depth: int) -> str:
    name = rng.choice(_NAMES)
    attr = f" class='{name}'" if name and rng.random() < 0.7 else f" id='{name}'" if name else ""
    kind = rng.randrange(6 if depth < 3 else 3)
    if kind == 0:
        return f"<p>{rng.choice(_TEXTS)}</p>"
    if kind == 1:
        count = rng.randrange(1, 6)
        links = "".join(f"<a href='/{i}'>{rng.choice(_TEXTS)[:40]}</a>, " for i in range(count))
        return f"<p>{links}{rng.choice(_TEXTS) if rng.random() < 0.5 else ''}</p>"
    if kind == 2:
        return f"<div{attr}>{rng.choice(_TEXTS)}<br>{rng.choice(_TEXTS)}</div>"
    inner = "".join(_block(rng, depth + 1) for _ in range(rng.randrange(1, 4)))
    if kind == 3:
        return f"<div{attr}>{inner}</div>"
    if kind == 4:
        return f"<table{attr}><tr><td>{inner}</td><td>{rng.choice(_TEXTS)}</td></tr></table>"
    return f"<section{attr}>{inner}<p>{rng.choice(_TEXTS)}</p></section>"


def test_the_pick_is_trafilaturas_on_made_up_pages() -> None:
    """Where the best candidate is sought among scores scaled only when they may win, and
    the unlikely blocks are read only on pages naming one, the pick is still trafilatura's
    (high-scoring link lists, ties between equal blocks, negative weights)."""
    rng = random.Random(37)
    for _ in range(150):
        body = "".join(_block(rng, 0) for _ in range(rng.randrange(1, 6)))
        tree = html.fromstring(f"<html><body>{body}</body></html>")
        expected = tostring(trafilatura_try_readability(deepcopy(tree)))
        assert tostring(try_readability(deepcopy(tree))) == expected, body
