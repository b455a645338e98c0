"""Parts of a page streamed after its shell (React's streaming server rendering, which
Next.js and other frameworks use): the server first sends a placeholder for each part not
ready yet (``<template id="B:0">`` and a fallback, "Loading..."), then, at the end of the
body, the part itself in a hidden ``<div hidden id="S:0">`` with a script that moves it in
place (``$RC("B:0","S:0")``; ``$RS("S:7","P:7")`` for a part inside another). A browser
runs the scripts; an extractor sees the story's sections after the page's footer, in
hidden elements it drops. They are moved where the scripts would move them."""

from __future__ import annotations

import re

from lxml.html import HtmlComment, HtmlElement

# The scripts' calls: a boundary completed by a segment ($RC), a segment put in its
# placeholder ($RS). (React names the functions so in every version that streams HTML.)
_MOVES = re.compile(r'\$R([CS])\("([BSP]:\w+)","([BSP]:\w+)"')
_SEGMENT_MARK = 'id="S:'
# A boundary's fallback runs from its template to the comment that closes the boundary;
# the fallback may hold boundaries of its own ("$", "$?" or "$!" open one).
_OPENS = frozenset(("$", "$?", "$!"))
_CLOSES = "/$"
MAX_MOVES = 2000  # a page streams tens of parts; more calls than this are not React's
# trafilatura deletes a container whose class or id names readers' comments (its
# REMOVE_COMMENTS_XPATH): a segment whose placeholder sits in one stays where it was read
# before (a site's "commentOnSelection" wrapper held a post's text).
_COMMENTS_CLASS = re.compile(r"^[Cc]omment(?!ary)|(?:article|post)-comments")
_COMMENTS_ID = re.compile(r"^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")


def place_streamed_segments(tree: HtmlElement, content: str) -> int:
    """Move each streamed segment of ``tree`` into its placeholder (``content``: the
    page's markup, whose scripts say which goes where). Returns how many were moved."""
    if _SEGMENT_MARK not in content:  # most pages: one substring search
        return 0
    segments = {
        element.get("id"): element
        for element in tree.iter("div")
        if element.get("hidden") is not None and element.get("id", "").startswith("S:")
    }
    if not segments:
        return 0
    templates = {
        element.get("id"): element
        for element in tree.iter("template")
        if element.get("id", "")[:2] in ("B:", "P:")
    }
    moved = 0
    for count, match in enumerate(_MOVES.finditer(content)):
        if count >= MAX_MOVES:
            break
        kind, first, second = match.groups()
        placeholder, segment = (first, second) if kind == "C" else (second, first)
        template = templates.pop(placeholder, None)
        source = segments.pop(segment, None)
        if template is None or source is None or template.getparent() is None:
            continue
        if _in_comments(template):
            continue
        if kind == "C":
            _drop_fallback(template)
        _replace_with_children(template, source)
        moved += 1
    return moved


def _in_comments(element: HtmlElement) -> bool:
    """Whether an ancestor of ``element`` is named as readers' comments are."""
    for ancestor in element.iterancestors():
        if _COMMENTS_CLASS.search(ancestor.get("class", "")) or _COMMENTS_ID.search(
            ancestor.get("id", "")
        ):
            return True
    return False


def _drop_fallback(template: HtmlElement) -> None:
    """Remove what stands between a boundary's template and the comment closing the
    boundary (the "Loading..." shown until the part arrives)."""
    depth = 0
    fallback = []
    for sibling in template.itersiblings():
        if isinstance(sibling, HtmlComment):
            text = (sibling.text or "").strip()
            if text == _CLOSES:
                if depth == 0:
                    break
                depth -= 1
            elif text in _OPENS:
                depth += 1
        fallback.append(sibling)
    else:
        return  # no closing comment: not a boundary as React writes it; leave the page
    template.tail = None
    for element in fallback:
        element.tail = None
        element.getparent().remove(element)


def _replace_with_children(template: HtmlElement, source: HtmlElement) -> None:
    """Put ``source``'s content where ``template`` stands, and remove both."""
    parent = template.getparent()
    at = parent.index(template)
    if source.text:
        _add_text_before(parent, at, source.text)
    children = list(source)
    for offset, child in enumerate(children):
        parent.insert(at + offset, child)  # (moved out of ``source``, before the template)
    if template.tail:
        _add_text_before(parent, at + len(children), template.tail)
    parent.remove(template)
    source.drop_tree()


def _add_text_before(parent: HtmlElement, at: int, text: str) -> None:
    """Add ``text`` just before the child at index ``at`` of ``parent``."""
    if at == 0:
        parent.text = (parent.text or "") + text
    else:
        child = parent[at - 1]
        child.tail = (child.tail or "") + text
