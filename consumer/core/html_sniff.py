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


def holds_no_markup(content: str) -> bool:
    """Does ``content`` hold no tag at all (plain text sent as a page)?"""
    return _TAG.search(content) is None
