"""Pull quotes: a sentence of the story set large in a ``<blockquote>`` above the
paragraph that says it, a copy for the eye, not a line of the story."""

from __future__ import annotations

from lxml.html import HtmlElement

from consumer.core.html.line_keys import line_key
from consumer.core.html.tree import document_elements, remove_keeping_tail, squeeze, text_of
from consumer.core.model import Removals

# A pull quote is a sentence or two; a quoted letter or statement runs longer.
MAX_PULL_QUOTE_CHARS = 300
# Shorter quotes ("Yes.", a slogan) repeat in a story by chance.
MIN_PULL_QUOTE_WORDS = 6
# A pull quote stands within a few paragraphs of the one it repeats.
PULL_QUOTE_REACH = 8
# A page quoting more often is a thread of replies quoting each other, not a story set
# with pull quotes (and each quote costs a read of the text in and below it).
MAX_QUOTES = 40


def drop_pull_quotes(tree: HtmlElement, removals: Removals) -> None:
    """Take out each ``<blockquote>`` whose text is a part of one of the next
    PULL_QUOTE_REACH paragraphs (``<p>`` outside it, longer than it), counted as
    "pull_quote". A quote placed after the paragraph it repeats is kept (a section's
    recap some stories print on purpose)."""
    quotes = document_elements(tree, "blockquote")
    if not quotes or len(quotes) > MAX_QUOTES:
        return  # most pages: no paragraph is read
    blocks = document_elements(tree, "blockquote", "p")
    keys: dict[HtmlElement, str] = {}  # each paragraph keyed once, however many quotes read it
    for at, block in enumerate(blocks):
        if block.tag != "blockquote":
            continue
        text = squeeze(text_of(block))
        if len(text) > MAX_PULL_QUOTE_CHARS:
            continue
        key = line_key(text)
        if len(key.split()) < MIN_PULL_QUOTE_WORDS:
            continue
        if _repeated_below(block, key, blocks, at + 1, keys):
            remove_keeping_tail(block)
            removals.count("pull_quote", text)


def _repeated_below(
    quote: HtmlElement,
    key: str,
    blocks: list[HtmlElement],
    start: int,
    keys: dict[HtmlElement, str],
) -> bool:
    """Whether one of the first PULL_QUOTE_REACH paragraphs of ``blocks`` from ``start``
    on, outside ``quote``, says ``key`` (a line key) within a longer text."""
    seen = 0
    for at in range(start, len(blocks)):
        block = blocks[at]
        if block.tag != "p" or _inside(block, quote):
            continue
        paragraph = keys.get(block)
        if paragraph is None:
            paragraph = keys[block] = line_key(text_of(block))
        if len(paragraph) > len(key) and f" {key} " in f" {paragraph} ":
            return True
        seen += 1
        if seen == PULL_QUOTE_REACH:
            return False
    return False


def _inside(element: HtmlElement, container: HtmlElement) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())
