"""A live blog's entries are one story, not its first entry alone.

trafilatura's first body finder takes the first element of class "entry" or "post" as
the story's frame. A live blog sets each update in such an element, with its own
heading, one after another: the first update alone was read as the frame (the others
came back by later passes, without their headings, and the pinned summary above them
was lost). When the found frame has two or more siblings of its tag and class, each of
them and it holding a heading, the frame is their parent, which holds them all.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

_ENTRY_CLASSES = ("entry", "post")
_MIN_OTHER_ENTRIES = 2
# (trafilatura has renamed the headings "head" by then)
_HAS_HEADING = etree.XPath("boolean(.//head or .//h2 or .//h3 or .//h4)")


def live_entries_frame(found: HtmlElement) -> HtmlElement:
    """The parent of ``found`` when it is the first of a run of headed entries, else
    ``found``."""
    names = found.get("class")
    parent = found.getparent()
    if names not in _ENTRY_CLASSES or parent is None or not _HAS_HEADING(found):
        return found
    others = [s for s in found.itersiblings(found.tag) if s.get("class") == names]
    if len(others) >= _MIN_OTHER_ENTRIES and all(_HAS_HEADING(entry) for entry in others):
        return parent
    return found
