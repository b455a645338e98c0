"""Class names that say how a block is shown, on blocks of the story's prose.

The body extractor (trafilatura) deletes every element whose class holds certain
fragments, among them ones that say how a block is displayed rather than what it is:
an FAQ's answers in ``<details class="expandable">``, a lead in a "js-slider-toggle"
section, a page in an "iw_viewport-wrapper". Those class words are dropped from a block
whose text is prose (much of it, little of it in links, most of it in paragraphs and
list items); a block the cleaning recognised by name (a related box kept for its prose)
keeps its names.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree
from lxml.html import HtmlElement

from consumer.core.html.clean import kind_of_names
from consumer.core.html.tree import squeeze, text_of

# Fragments of class names the extractor deletes on that name a way of showing a block
# (case as the extractor matches them).
DISPLAY_FRAGMENTS = ("expand", "slide", "viewport")
MIN_DISPLAY_PROSE_CHARS = 200
MIN_UNLINKED_SHARE = 0.8  # of the text, outside links
MIN_PARAGRAPH_SHARE = 0.5  # of the text, in paragraphs and list items
# (Tested on the class attributes, not on every element: half the cost.)
_DISPLAY_NAMED = etree.XPath(
    "//@class[" + " or ".join(f"contains(., '{f}')" for f in DISPLAY_FRAGMENTS) + "]/.."
)
_LINKED_TEXTS = etree.XPath(".//a//text()", smart_strings=False)
_PARAGRAPH_TEXTS = etree.XPath(
    ".//*[self::p or self::li][not(ancestor::p or ancestor::li)]//text()", smart_strings=False
)


def unname_displayed_prose(tree: HtmlElement, name_values: Iterable[str] | None = None) -> int:
    """Drop the display class words of the prose blocks of ``tree`` (in place); returns
    how many blocks were renamed. ``name_values``, when given, holds every class value of
    ``tree`` (``Cleaned.name_values``): a page none of whose names holds a display word
    (most pages) is not walked."""
    if name_values is not None:
        names = "\n".join(set(name_values))
        if not any(fragment in names for fragment in DISPLAY_FRAGMENTS):
            return 0
    renamed = 0
    for element in _DISPLAY_NAMED(tree):
        names = element.get("class") or ""
        words = names.split()
        kept = [word for word in words if not any(f in word for f in DISPLAY_FRAGMENTS)]
        if len(kept) == len(words) or kind_of_names(names) is not None:
            continue
        if not _is_prose(element):
            continue
        element.set("class", " ".join(kept))
        renamed += 1
    return renamed


def _is_prose(element: HtmlElement) -> bool:
    text = squeeze(text_of(element))
    if len(text) < MIN_DISPLAY_PROSE_CHARS:
        return False
    linked = len(squeeze("".join(_LINKED_TEXTS(element))))
    if len(text) - linked < MIN_UNLINKED_SHARE * len(text):
        return False
    in_paragraphs = len(squeeze(" ".join(_PARAGRAPH_TEXTS(element))))
    return in_paragraphs >= MIN_PARAGRAPH_SHARE * len(text)
