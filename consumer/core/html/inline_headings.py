"""Labels of other stories set between the story's own paragraphs.

A "More from Jane Doe" or "Related" line that sits between two paragraphs of the same
container (the story's) is a link label, not the heading of a box of other stories: the
box would be a container of its own. The line filter takes a related heading near the
end of the body, and everything under it, for such a box; taking the label out of the
tree first keeps the paragraphs after it.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from consumer.core.html import patterns as pt
from consumer.core.html.line_keys import PARAGRAPH_ENDS
from consumer.core.html.tree import (
    document_elements,
    neighbour_tag,
    remove_keeping_tail,
    squeeze,
    text_of,
)
from consumer.core.model import Removals

_LABEL_TAGS = ("p", "h2", "h3", "h4", "h5", "h6")
_XML_SPACES = re.compile("[ \t\r\n]+")  # the spaces XPath's normalize-space() squeezes
MIN_PARAGRAPH_CHARS = 80  # the paragraphs on both sides are the story's, not captions


def drop_related_labels_inside_story(tree: HtmlElement, removals: Removals) -> None:
    """Take out of ``tree`` the related-story labels ("More from Jane Doe", "Related")
    that stand between two paragraphs of the story, counting each as "related"."""
    for label in _labels_between_paragraphs(tree, pt.MAX_TAIL_HEADING_CHARS):
        text = squeeze(text_of(label))
        match = pt.TAIL_SECTION_HEADING.fullmatch(text)
        if match is None or match.lastgroup != "related":
            continue
        before, after = label.getprevious(), label.getnext()
        if _is_paragraph(before) and _is_paragraph(after):
            removals.count("related", text)
            remove_keeping_tail(label)


def _labels_between_paragraphs(tree: HtmlElement, max_chars: int) -> list[HtmlElement]:
    """The short paragraphs and headings (``max_chars`` at most) whose previous and next
    sibling elements are paragraphs. (Found in one walk with each element's neighbours:
    the XPath form took a minute on a page of 50,000 paragraphs.)"""
    return [
        block
        for block in document_elements(tree, *_LABEL_TAGS)
        if neighbour_tag(block, preceding=True) == "p"
        and neighbour_tag(block, preceding=False) == "p"
        and _squeezed_within(text_of(block), max_chars)
    ]


def _squeezed_within(text: str, max_chars: int) -> bool:
    """Whether ``text``, its XML spaces squeezed and stripped, holds ``max_chars`` at most.
    Its characters that are no XML space are a lower bound, counted in C: most blocks are
    the story's paragraphs, far over the limit, and skip the substitution."""
    if len(text) <= max_chars:
        return True
    if len(text) - sum(text.count(space) for space in " \t\r\n") > max_chars:
        return False
    return len(_XML_SPACES.sub(" ", text).strip(" ")) <= max_chars


def _is_paragraph(element: HtmlElement | None) -> bool:
    if element is None:
        return False
    text = squeeze(text_of(element))
    return len(text) >= MIN_PARAGRAPH_CHARS and text.endswith(PARAGRAPH_ENDS)
