"""Captions that say again what the picture's ``alt`` text says: the caption element
beside an image whose description is the same sentence, under any tag or class."""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

from consumer.core.html.line_keys import line_key
from consumer.core.html.tree import document_elements

# A description of a sentence's length ("Ann Smith greets supporters at a rally in ...");
# a shorter alt is a name (a product's, a person's) that a heading beside it repeats.
MIN_ALT_CAPTION_WORDS = 8
# The caption follows its image within this many elements (an overlay, a credit between).
CAPTION_REACH = 2


_NOT_CAPTIONS = frozenset(("img", "a"))
_LINK = etree.XPath("boolean(descendant::a[@href])")


def alt_captions(tree: HtmlElement) -> list[HtmlElement]:
    """The elements, in document order, whose text is (word for word) the ``alt`` of an
    image right before them: among the image's next CAPTION_REACH sibling elements or,
    for an image last in its parent, the parent's."""
    found = []
    for image in document_elements(tree, "img"):
        alt = image.get("alt")
        if not alt or alt.count(" ") < MIN_ALT_CAPTION_WORDS - 1:
            continue  # (most images: no alt, or a short one; no key computed)
        key = line_key(alt)
        if len(key.split()) < MIN_ALT_CAPTION_WORDS:
            continue
        for element in _after(image):
            if element.tag in _NOT_CAPTIONS or _LINK(element):
                continue  # a teaser's headline beside its picture, a link to the story
            text = _text_within(element, 2 * len(alt))
            if text is not None and line_key(text) == key:
                found.append(element)
                break
    return found


def _text_within(element: HtmlElement, limit: int) -> str | None:
    """The text of ``element`` when it is at most ``limit`` characters long, else None:
    read piece by piece, so a wrapper holding the rest of the page beside each image is
    not read whole once per image."""
    pieces, length = [], 0
    for piece in element.itertext():
        length += len(piece)
        if length > limit:
            return None
        pieces.append(piece)
    return "".join(pieces)


def _after(image: HtmlElement) -> list[HtmlElement]:
    following = _next_elements(image)
    parent = image.getparent()
    if not following and parent is not None:
        following = _next_elements(parent)
    return following


def _next_elements(element: HtmlElement) -> list[HtmlElement]:
    found = []
    for sibling in element.itersiblings(etree.Element):
        found.append(sibling)
        if len(found) == CAPTION_REACH:
            break
    return found
