"""Small helpers over lxml trees that never recurse in Python."""

from __future__ import annotations

import html

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
    """All text inside ``element`` (tails of its children included, its own tail not)."""
    # Comments and processing instructions are skipped, their tails kept.
    parts: list[str] = []
    if element.text:
        parts.append(element.text)
    for child in element.iterdescendants():
        if child.text and isinstance(child.tag, str):
            parts.append(child.text)
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


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
