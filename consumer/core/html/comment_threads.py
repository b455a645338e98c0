"""Readers' comments set flat after their heading.

Old blog templates (Movable Type, TypePad) and some current themes put the comments
heading (``<h2 id="comments">Comments</h2>``) beside the story's paragraphs and each
comment after it as a sibling: no container holds the thread, so nothing named "comments"
covers it and the extractor reads the comments as more of the story. A heading named for
the comments (its id or class) labels what follows it in its parent: the thread, then the
comment form.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from consumer.core.html.tree import is_detached, squeeze, text_of
from consumer.core.model import Removals

HEADING_TAGS = frozenset({"h2", "h3", "h4"})
MIN_STORY_PARAGRAPH_CHARS = 80
MAX_PROSE_TESTS = 3
# The thread follows the story: a heading with no paragraph of prose before it is in the
# page's header (a comment count beside the headline), and what follows it is the story.
_AFTER_PROSE = etree.XPath(
    f"boolean(preceding::p[string-length(normalize-space(.)) >= {MIN_STORY_PARAGRAPH_CHARS}])"
)


def drop_flat_comment_threads(name_values: Iterable[str], removals: Removals) -> None:
    """Take each heading whose id or class names the comments out of its tree, with the
    elements that follow it in its parent (and the text between them). ``name_values``:
    the page's class and id values as XPath gives them (each knows its element)."""
    headings = [
        element
        for value in name_values
        if ("omment" in value or "OMMENT" in value)  # (no lower-cased copy of each value)
        and (element := value.getparent()) is not None  # type: ignore[attr-defined]
        and element.tag in HEADING_TAGS
    ]
    # The headings come in document order: once one follows prose, all later ones do.
    # (Each test walks the page before the heading: a thread of many named headings with
    # no prose above them stops after a few.)
    after_prose = False
    tests = 0
    for heading in headings:
        if is_detached(heading):
            continue  # (taken out with an earlier heading's thread)
        if not after_prose:
            if tests == MAX_PROSE_TESTS:
                break
            tests += 1
            after_prose = _AFTER_PROSE(heading)
            if not after_prose:
                continue
        parent = heading.getparent()
        for element in [heading, *heading.itersiblings()]:
            removals.count("comments", squeeze(text_of(element)))
            parent.remove(element)  # (its tail, the text after it, goes with it)
