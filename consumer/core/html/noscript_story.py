"""A story only in ``<noscript>``: a page rendered by script may put its story's markup in
a ``<noscript>`` for readers and crawlers without scripts, its app root left empty.
``<noscript>`` elements are stripped with scripts (most hold "Please enable JavaScript",
a tracking pixel or a menu, and a page that shows its story may repeat it there), so such
a page had no body. When the prose paragraphs inside ``<noscript>`` elements hold more
text than all the page's other paragraphs, the elements holding them are unwrapped: a
browser without scripts shows them in place."""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

from consumer.core.html.tree import document_elements, squeeze, text_of

# Prose the noscript copy must hold to be a story (a sign-in note or a consent text is one
# short paragraph), in at least two paragraphs of prose: long enough, and mostly not
# link text (a menu's paragraphs of links are none).
MIN_STORY_CHARS = 400
MIN_STORY_PARAGRAPHS = 2
MIN_PROSE_CHARS = 80
MAX_PROSE_LINK_SHARE = 0.5

_OUTSIDE_PARAGRAPH_TEXTS = etree.XPath("//p[not(ancestor::noscript)]//text()", smart_strings=False)
_LINK_TEXTS = etree.XPath(".//a//text()", smart_strings=False)


def unwrap_noscript_story(tree: HtmlElement) -> bool:
    """Unwrap (in place) the ``<noscript>`` elements holding prose paragraphs when those
    hold the page's story; whether they did."""
    prose_by_noscript = {
        element: _prose_chars(element)
        for element in document_elements(tree, "noscript")
        if element.find(".//p") is not None
    }
    prose = [chars for found in prose_by_noscript.values() for chars in found]
    if len(prose) < MIN_STORY_PARAGRAPHS or sum(prose) < MIN_STORY_CHARS:
        return False
    outside = sum(len(text.strip()) for text in _OUTSIDE_PARAGRAPH_TEXTS(tree))
    if outside >= sum(prose):
        return False  # the story is in the markup (the noscript copy repeats it, or is another)
    for element, found in prose_by_noscript.items():
        if found and element.getparent() is not None:
            element.drop_tag()
    return True


def _prose_chars(noscript: HtmlElement) -> list[int]:
    """The length of each prose paragraph in ``noscript``."""
    found = []
    for paragraph in noscript.iter("p"):
        chars = len(squeeze(text_of(paragraph)))
        linked = sum(len(text.strip()) for text in _LINK_TEXTS(paragraph))
        if chars >= MIN_PROSE_CHARS and linked <= MAX_PROSE_LINK_SHARE * chars:
            found.append(chars)
    return found
