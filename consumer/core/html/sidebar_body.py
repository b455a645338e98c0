"""A body taken from the sidebar gives way to the page's story container.

Blog templates (Blogger, WordPress) name the post's container ("post-body",
"entry-content") and set the blog's "About me", profile and text widgets in a sidebar
beside it. A short post (a picture and two sentences) can weigh less than the sidebar's
prose, and the extractor then takes the sidebar's text for the story. Where the page has
one named story container holding text, the body shares no line with it and the body's
longest line sits in a sidebar (an element named so, or an ``<aside>``), the container's
own text lines are the body. So are they where the body is a list with no line of prose
in it (a blogroll's names, a column of links in a layout's "alpha" or "beta" column,
named no sidebar) and the container holds a paragraph. The same sidebar is why the
short-body retry (the fallback extractors) may find a longer body: where its longest new
line sits in a sidebar, the retry is not taken (``retry_took_sidebar``).
"""

from __future__ import annotations

import copy
from collections.abc import Collection

from lxml import etree
from lxml.html import HtmlElement

from consumer.core.html.line_keys import LIST_ITEM_PREFIX
from consumer.core.html.patterns import CONTENT_NAMES
from consumer.core.html.tree import squeeze, text_of

MIN_STORY_CHARS = 80  # a container with less text is a shell, not a post
# A body line this long found in the container is the container's own (a shorter one,
# "Main", "on", "1", may be any text's).
MIN_SHARED_LINE_CHARS = 20
SENTENCE_MARKS = (". ", "? ", "! ", "。")
SENTENCE_ENDS = (".", "?", "!", "。")
KEY_CHARS = 30  # how much of a body line's start finds it in a text
_LINE_TAGS = (
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
    "ul", "ol", "table",
)  # fmt: skip
_TEXT_HOLDING = etree.XPath(
    "(//body//text()[contains(normalize-space(.), $key)])[1]/ancestor::*", smart_strings=False
)


def story_container_lines(
    tree: HtmlElement, lines: list[str], names: Collection[str] | None
) -> list[str] | None:
    """The lines of the page's story container when ``lines`` are a sidebar's or a list
    of links beside the container's prose, else None. ``names``: the page's class and id
    values as XPath gives them."""
    if not lines or not names:
        return None
    container = _story_container(names)
    if container is None:
        return None
    text = squeeze(text_of(container))
    if len(text) < MIN_STORY_CHARS:
        return None
    if any(_key(line) in text for line in lines if len(line) >= MIN_SHARED_LINE_CHARS):
        return None  # the body is (partly) the container's: nothing to repair
    if _in_sidebar(tree, max(lines, key=len), container):
        return _block_lines(container)
    if _is_link_list(lines):  # (wherever the list is: a layout's column, a footer)
        own = _block_lines(container)
        return own if any(map(_is_prose, own)) else None
    return None


def _is_link_list(lines: list[str]) -> bool:
    """No line of prose: a blogroll's names, a list of links, a calendar's days."""
    return not any(_is_prose(line) for line in lines)


def _is_prose(text: str) -> bool:
    """A paragraph's line: MIN_STORY_CHARS and a full stop, not a list item."""
    return (
        len(text) >= MIN_STORY_CHARS
        and not text.startswith(LIST_ITEM_PREFIX)
        and (text.endswith(SENTENCE_ENDS) or any(mark in text for mark in SENTENCE_MARKS))
    )


def _story_container(names: Collection[str]) -> HtmlElement | None:
    """The one outermost element whose class names a story container, or None."""
    found: list[HtmlElement] = []
    for value in names:
        if "content" not in value and "body" not in value:
            continue  # (most values: two substring tests; every name of CONTENT_NAMES holds one)
        if value.attrname != "class" or CONTENT_NAMES.isdisjoint(value.lower().split()):  # type: ignore[attr-defined]
            continue
        element = value.getparent()  # type: ignore[attr-defined]
        if element is None or any(a in found for a in element.iterancestors()):
            continue
        # (Names are met in no set order: a container found inside this one goes.)
        found = [f for f in found if element not in f.iterancestors()]
        found.append(element)
    return found[0] if len(found) == 1 else None


def _in_sidebar(tree: HtmlElement, line: str, container: HtmlElement) -> bool:
    """Whether ``line`` sits in a sidebar beside ``container`` (a layout's wrapper around
    both, "content-sidebar-wrap" or a body that "has-sidebar", is none)."""
    return _sidebar_holds(tree, line, set(container.iterancestors()))


def _sidebar_holds(tree: HtmlElement, line: str, around: set[HtmlElement]) -> bool:
    """Whether an element that holds ``line`` and is not one of ``around`` is a sidebar
    (named so, or an ``<aside>``)."""
    for element in _TEXT_HOLDING(tree, key=_key(line)):
        if element in around:
            continue
        if element.tag == "aside":
            return True
        name = f"{element.get('class', '')} {element.get('id', '')}".lower()
        if "sidebar" in name:
            return True
    return False


def _block_lines(container: HtmlElement) -> list[str]:
    """The container's text, a line per block (list items marked as the body marks
    them), read from a copy with a line break set around each block."""
    copied = copy.deepcopy(container)
    for element in copied.iter(_LINE_TAGS):
        element.tail = "\n" + (element.tail or "")
        mark = "\n" + LIST_ITEM_PREFIX if element.tag == "li" else "\n"
        element.text = mark + (element.text or "")
    return [line for raw in text_of(copied).split("\n") if (line := squeeze(raw))]


def retry_took_sidebar(tree: HtmlElement, first: list[str], retry: list[str]) -> bool:
    """Whether the short-body retry's gain is a sidebar's: the longest line of ``retry``
    that ``first`` lacks sits in a sidebar that does not also hold the longest line of
    ``first``. A blog's short post weighs less than the "About me" or profile widget
    beside it, and the fallback extractors took the widget for the story."""
    if not first:
        return False
    had = {_key(line) for line in first}
    gained = [line for line in retry if _key(line) not in had]
    if not gained:
        return False
    around = set(_TEXT_HOLDING(tree, key=_key(max(first, key=len))))
    return _sidebar_holds(tree, max(gained, key=len), around)


def _key(line: str) -> str:
    """The start of a body line as the page's text holds it (list and row marks off)."""
    return squeeze(line.lstrip("-| "))[:KEY_CHARS]
