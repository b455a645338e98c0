"""Small helpers over lxml trees that never recurse in Python."""

from __future__ import annotations

import copy as copy_module
import html
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager

from lxml import etree
from lxml.html import HtmlElement


def squeeze(text: str | None) -> str:
    """Collapse runs of whitespace to one space and strip."""
    return " ".join(text.split()) if text else ""


def unescape_entities(text: str) -> str:
    """Character references left in a value ("M&#038;A", "&amp;#8230;"): pages often
    escape a title twice in <meta> and JSON-LD, and parsing undoes only one level."""
    for _ in range(2):
        if "&" not in text:
            break
        text = html.unescape(text)
    return text


def text_of(element: HtmlElement) -> str:
    """All text inside ``element`` in document order (tails of its children included, its
    own tail not; comments and processing instructions skipped, their tails kept)."""
    # libxml2's text serialisation walks the subtree in C, in document order.
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def heading_text(element: HtmlElement) -> str:
    """``text_of`` a heading with a space for each line break in it (a headline set on two
    lines, "Top 10 Schools (US)<br>Your Guide", is not "(US)Your"); the page is not changed."""
    if element.find(".//br") is None:
        return text_of(element)
    copy = copy_module.deepcopy(element)
    for line_break in copy.iter("br"):
        line_break.tail = " " + (line_break.tail or "")
    return text_of(copy)


def document_elements(tree: HtmlElement, *tags: str) -> list[HtmlElement]:
    """The elements with these tags in the whole document, in document order: what
    ``//tag | ...`` finds, in one walk (libxml2 may have put elements beside the root)."""
    roots = [*reversed(list(tree.itersiblings(preceding=True))), tree, *tree.itersiblings()]
    if len(roots) == 1:
        return list(tree.iter(*tags))  # most pages: no generator frame per element
    return [element for root in roots if isinstance(root.tag, str) for element in root.iter(*tags)]


def in_document_order(
    tree: HtmlElement, found: Collection[HtmlElement], *tags: str
) -> list[HtmlElement]:
    """``found`` (elements with these ``tags``) in document order, each once: a walk of
    the tags keeping what was found (lxml gives no cheap position to sort by)."""
    if len(found) <= 1:
        return list(found)
    members = set(found)
    return [element for element in document_elements(tree, *tags) if element in members]


def is_detached(element: HtmlElement) -> bool:
    """True once an ancestor (or the element) was removed from the document."""
    root = element
    for root in element.iterancestors():  # noqa: B007 - only the last one is wanted
        pass
    return root.tag != "html"


def neighbour_tag(element: HtmlElement, *, preceding: bool) -> object:
    """The tag of the sibling element right before (or after) ``element``, comments and
    processing instructions skipped, or None: XPath's ``preceding-sibling::*[1]``, which
    libxml2 finds by walking every earlier sibling (quadratic on long lists)."""
    sibling = next(element.itersiblings(etree.Element, preceding=preceding), None)
    return None if sibling is None else sibling.tag


def remove_keeping_tail(element: HtmlElement) -> None:
    """Detach ``element`` from its parent; the text that followed it stays in place."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


# Elements taken out of a tree, each with what puts it back: (element, parent, index,
# previous sibling, that sibling's tail or the parent's text before).
Detached = list[tuple[HtmlElement, HtmlElement, int, HtmlElement | None, str | None]]


def detach(element: HtmlElement, undo: Detached, *, keep_tail: bool = True) -> None:
    """Take ``element`` (it has a parent) out of its tree, recorded in ``undo``; with
    ``keep_tail`` the text that followed it stays in place (else it goes with it)."""
    parent = element.getparent()
    previous = element.getprevious()
    before = parent.text if previous is None else previous.tail
    undo.append((element, parent, parent.index(element), previous, before))
    if keep_tail and element.tail:
        if previous is None:
            parent.text = (before or "") + element.tail
        else:
            previous.tail = (before or "") + element.tail
    parent.remove(element)  # its tail goes with it (copied in front when kept)


def reattach(undo: Detached) -> None:
    """Every element of ``undo`` put back, the last detached first (each goes back into
    the tree it was taken from): same position, same tail, the text before it as it was."""
    for element, parent, index, previous, before in reversed(undo):
        if previous is None:
            parent.text = before
        else:
            previous.tail = before
        parent.insert(index, element)


@contextmanager
def detached(elements: Iterable[HtmlElement]) -> Iterator[None]:
    """Take ``elements`` out of their tree for the duration of the ``with`` block, the text
    that followed each staying in place (as ``remove_keeping_tail`` does), and put them
    back on exit exactly as they were. The tree must not be changed inside the block.
    ``elements`` are detached in the order given; one inside another detached element
    stays in it."""
    undo: Detached = []
    for element in elements:
        if element.getparent() is not None:
            detach(element, undo)
    try:
        yield
    finally:
        reattach(undo)


def following_elements(element: HtmlElement, count: int) -> list[HtmlElement]:
    """The first ``count`` elements after ``element`` in document order, its descendants
    not among them: XPath's ``following::*[position() <= count]``, which libxml2 answers
    by walking every element after it (the rest of the page)."""
    found: list[HtmlElement] = []
    node: HtmlElement | None = element
    while node is not None:
        for sibling in node.itersiblings():
            for later in sibling.iter(etree.Element):
                found.append(later)
                if len(found) == count:
                    return found
        node = node.getparent()
    return found


def preceding_elements(element: HtmlElement, count: int) -> list[HtmlElement]:
    """The last ``count`` elements before ``element`` in document order, its ancestors not
    among them, in document order: XPath's ``preceding::*[position() <= count]``."""
    found: list[HtmlElement] = []  # nearest first
    node: HtmlElement | None = element
    while node is not None and len(found) < count:
        for sibling in node.itersiblings(preceding=True):
            found.extend(reversed(list(sibling.iter(etree.Element))))
            if len(found) >= count:
                break
        node = node.getparent()
    return found[:count][::-1]
