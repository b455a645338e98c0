"""Is a "text" field an HTML page, an "html" field plain text? Scrapers mix them up."""

from __future__ import annotations

import re

# The opening of a page: a doctype, or an <html> / <head> / <body> tag, after blanks, a
# byte-order mark or an XML declaration or comment.
_PAGE_START = re.compile(
    r"\ufeff?\s*(<\?xml[^>]{0,200}\?>\s*)?(<!--.{0,500}?-->\s*)*"
    r"<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
    re.IGNORECASE | re.DOTALL,
)


def is_html_page(text: str) -> bool:
    """Does ``text`` open as an HTML document? (A dump that quotes HTML in its story opens
    with its words, not with a tag.)"""
    return _PAGE_START.match(text[:2000]) is not None


_TAG = re.compile(r"<[a-zA-Z!/?]")

# A fragment of a page's markup without the page around it (a feed's "content:encoded", a
# CMS's body field): it opens with a content tag and closes two blocks or more.
_FRAGMENT_START = re.compile(
    r"\ufeff?\s*<(p|div|h[1-6]|article|section|figure|ul|ol|table|blockquote|span|strong|"
    r"em|b|i|a|img)[\s/>]",
    re.IGNORECASE,
)
_SAMPLE_CHARS = 20_000
_MIN_TAGGED_SHARE = 0.8
_BLOCK_END = re.compile(
    r"</(p|div|h[1-6]|li|figure|blockquote|article|section)\s*>|<br\s*/?>", re.I
)


def is_html_fragment(text: str) -> bool:
    """Does ``text`` hold a piece of a page's markup, tags and all ("<p>...</p><p>...")?
    Its lines hold tags nearly all (a dump whose first line is bold is still a dump: the
    HTML reading would run its lines together)."""
    if _FRAGMENT_START.match(text[:2000]) is None:
        return False
    ends = _BLOCK_END.finditer(text)
    if next(ends, None) is None or next(ends, None) is None:
        return False
    lines = [line for line in text[:_SAMPLE_CHARS].splitlines() if line.strip()]
    tagged = sum(1 for line in lines if _TAG.search(line))
    return tagged >= _MIN_TAGGED_SHARE * len(lines)


def holds_no_markup(content: str) -> bool:
    """Does ``content`` hold no tag at all (plain text sent as a page)?"""
    return _TAG.search(content) is None
