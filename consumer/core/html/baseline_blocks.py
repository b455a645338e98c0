"""The baseline's article text split back into the article's blocks.

When trafilatura's extractors find too little, its ``baseline`` takes the text of the
page's ``<article>`` elements, each as one paragraph with its blocks joined by spaces:
headline, date line, share buttons, story and the "Related" list in one run that no line
filter can take apart. Here the same text is cut at the article's block elements again, a
paragraph per block, so the filters see the headline, the buttons and the list as lines.
"""

from __future__ import annotations

import re
from copy import copy

from lxml.etree import Element, SubElement, _Element
from lxml.html import HtmlElement
from trafilatura.baseline import _BLOCK_ELEMS, basic_cleaning

_TOP_ARTICLES = ".//article[not(ancestor::article)]"
# A block's edge, marked in the text by a private-use character (a line break may be
# the source's own wrapping inside a paragraph).
_EDGE = "\ue000"
_HEADING_EDGE = "\ue001"  # the start of a heading's text
_EDGES = re.compile("([\ue000\ue001])")
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def split_article_blob(tree: HtmlElement, body: _Element) -> _Element:
    """``body`` (the baseline's) with an article's one-paragraph text replaced by one
    paragraph (or heading) per block of that article; ``body`` itself when it is not that
    blob, or the blocks do not give back its text word for word."""
    if len(body) != 1 or body[0].tag != "p" or not body[0].text:
        return body
    if tree.find(".//article") is None:
        return body  # (most pages: no copy made)
    blob_words = body[0].text.split()
    for article in basic_cleaning(copy(tree)).xpath(_TOP_ARTICLES):
        blocks = article_blocks(article)
        if [word for _, text in blocks for word in text.split()] == blob_words:
            split = Element("body")
            for heading, text in blocks:
                # (as trafilatura writes a heading: the line filters read it as one)
                SubElement(split, "head" if heading else "p").text = text
            return split
    return body


def article_blocks(element: HtmlElement) -> list[tuple[bool, str]]:
    """The text of ``element`` cut at its block elements' edges, whitespace collapsed,
    each piece with whether a heading element (h1-h6) opens it."""
    element = copy(element)
    for block in element.iter(*_BLOCK_ELEMS):
        edge = _HEADING_EDGE if block.tag in _HEADINGS else _EDGE
        block.text = f"{edge}{block.text}" if block.text else edge
        block.tail = f"{_EDGE}{block.tail}" if block.tail else _EDGE
    blocks = []
    heading = False
    for piece in _EDGES.split(element.text_content()):
        if piece in (_EDGE, _HEADING_EDGE):
            heading = piece == _HEADING_EDGE
        elif text := " ".join(piece.split()):
            blocks.append((heading, text))
    return blocks
