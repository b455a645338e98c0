"""Sidebar text in the body of a page whose story container is named.

Blog templates (Blogger, WordPress) name the post's container ("post-body",
"entry-content") and set the blog's "About me", profile and text widgets in a sidebar
beside it. The extractor sometimes reads that prose as the story's: with the post (the
sidebar's paragraphs after the post's last one), or instead of it (a short post, a picture
and two sentences, weighs less than the sidebar). Where the page has one named story
container holding text and a sidebar outside it (an element named "sidebar", an
``<aside>``), a body line that is not the container's but the sidebar's goes; a body with
no line of the container, whose longest line is the sidebar's, gives way to the
container's own text lines.
"""

from __future__ import annotations

import copy
from collections.abc import Collection

from lxml.html import HtmlElement

from consumer.core.html.patterns import CONTENT_NAMES
from consumer.core.html.tree import document_elements, squeeze, text_of

MIN_STORY_CHARS = 80  # a container with less text is a shell, not a post
KEY_CHARS = 30  # how much of a body line's start finds it in a text
_LINE_TAGS = (
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
    "ul", "ol", "table",
)  # fmt: skip


def without_sidebar_lines(
    tree: HtmlElement, lines: list[str], names: Collection[str] | None
) -> list[str] | None:
    """``lines`` without the sidebar's (or the container's lines in their place), or None
    where nothing changes. ``names``: the page's class and id values as XPath gives them."""
    if not lines or not names:
        return None
    container = _story_container(names)
    if container is None:
        return None
    sidebar_text = _sidebar_text(tree, names, container)
    if not sidebar_text:
        return None
    text = squeeze(text_of(container))
    if len(text) < MIN_STORY_CHARS:
        return None
    keys = [squeeze(line.lstrip("-| "))[:KEY_CHARS] for line in lines]
    inside = [key in text for key in keys]
    if not any(inside):
        longest = max(range(len(lines)), key=lambda i: len(lines[i]))
        return _block_lines(container) if keys[longest] in sidebar_text else None
    kept = [
        line
        for line, key, own in zip(lines, keys, inside, strict=True)
        if own or key not in sidebar_text
    ]
    return kept if len(kept) < len(lines) else None


def _story_container(names: Collection[str]) -> HtmlElement | None:
    """The one outermost element whose class names a story container, or None."""
    found: list[HtmlElement] = []
    for value in names:
        if "content" not in value and "body" not in value:
            continue  # (most values: two substring tests; every name of CONTENT_NAMES holds one)
        if value.attrname != "class" or CONTENT_NAMES.isdisjoint(value.lower().split()):  # type: ignore[attr-defined]
            continue
        element = value.getparent()  # type: ignore[attr-defined]
        if element is not None and not any(a in found for a in element.iterancestors()):
            found.append(element)
    return found[0] if len(found) == 1 else None


def _sidebar_text(tree: HtmlElement, names: Collection[str], container: HtmlElement) -> str:
    """The text of the page's sidebars beside ``container`` (not around it, as a layout's
    "content-sidebar-wrap" is, nor inside it), one per line."""
    named = [
        element
        for value in names
        if ("idebar" in value or "IDEBAR" in value) and (element := value.getparent()) is not None  # type: ignore[attr-defined]
    ]
    around = set(container.iterancestors())
    texts = []
    for element in [*named, *document_elements(tree, "aside")]:
        if element in around or container in element.iterancestors():
            continue
        if text := squeeze(text_of(element)):
            texts.append(text)
    return "\n".join(texts)


def _block_lines(container: HtmlElement) -> list[str]:
    """The container's text, a line per block (list items marked as the body marks
    them), read from a copy with a line break set around each block."""
    copied = copy.deepcopy(container)
    for element in copied.iter(_LINE_TAGS):
        element.tail = "\n" + (element.tail or "")
        element.text = ("\n- " if element.tag == "li" else "\n") + (element.text or "")
    return [line for raw in text_of(copied).split("\n") if (line := squeeze(raw))]
