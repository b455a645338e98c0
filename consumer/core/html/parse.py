"""Guarded parsing: refuse what is too big, scrub what lxml cannot take, bound the depth."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    document_fromstring,
)

from consumer.contract import ExtractionError
from consumer.core.html.double_encoding import repaired_double_encoding
from consumer.core.options import CoreOptions

# Characters libxml2 refuses or that are never text: C0 controls (but tab, LF, CR), DEL,
# and the two non-characters. Lone surrogates are replaced when encoding.
_UNPARSABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# The same characters removed from the UTF-8 bytes, where bytes.translate does it in one
# C loop (an ASCII byte never occurs inside a multi-byte sequence).
_UNPARSABLE_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_NONCHARACTERS_UTF8 = ("\ufffe".encode(), "\uffff".encode())
# A character that survives the removal and is not whitespace: the page has content.
_CONTENT_CHAR = re.compile("[^\\s\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")

# libxml2 stops parsing (and drops the rest of the page) at this nesting depth.
LIBXML2_MAX_DEPTH = 256

# In a flat re-parse only these tags survive; every other tag is dropped, its text kept.
_FLAT_KEEP = (
    "html|head|body|title|meta|link|script|style|p|br|h[1-6]|li|ul|ol|figure|figcaption|a|"
    "time|blockquote"
)
_TITLE_OPEN = re.compile(r"<title\b[^<>]{0,2000}>", re.IGNORECASE)
_OTHER_TAG = re.compile(rf"</?(?!(?:{_FLAT_KEEP})\b)[a-zA-Z][^<>]{{0,2000}}>")


def parse_page(content: str, options: CoreOptions, warnings: list[str]) -> HtmlElement:
    """Parse one page into an lxml tree, or raise ``ExtractionError``.

    The tree has at most ``options.max_html_elements`` elements. A page nested deeper
    than ``options.max_html_depth`` (or than libxml2 accepts) is parsed again with its
    layout tags dropped, so its text survives.
    """
    if len(content) > options.max_input_chars:
        raise ExtractionError(
            f"html content has {len(content)} characters, limit {options.max_input_chars}"
        )
    if _CONTENT_CHAR.search(content) is None:  # stops at the first character of most pages
        raise ExtractionError("html content is empty after removing control characters")
    content = repaired_double_encoding(content)
    tree = _parse(_scrubbed_utf8(content))
    if _title_swallowed_page(tree) and (closed := _title_closed(content)) is not None:
        tree = _parse(_scrubbed_utf8(closed))
        warnings.append("the page's <title> was never closed: closed at its first tag")
    depth_limit = min(options.max_html_depth, LIBXML2_MAX_DEPTH - 1)
    if _deeper_than(tree, depth_limit):
        text = _UNPARSABLE.sub("", content)
        tree = _parse(_OTHER_TAG.sub(" ", text).encode("utf-8", errors="replace"))
        warnings.append(f"markup nested deeper than {depth_limit} levels was parsed flat")
        if _deeper_than(tree, depth_limit):
            raise ExtractionError(f"html nested deeper than {depth_limit} levels")
    # Every element takes at least three characters ("<p>"): a shorter page cannot hold
    # too many, and counting them walks the whole tree.
    if len(content) < 3 * options.max_html_elements:
        return tree
    elements = int(tree.xpath("count(//*)"))
    if elements > options.max_html_elements:
        raise ExtractionError(f"html has {elements} elements, limit {options.max_html_elements}")
    return tree


def _title_swallowed_page(tree: HtmlElement) -> bool:
    """No body, and markup in the title's text (checked in that order: most pages have a
    body, found at once among the root's children)."""
    return tree.find("body") is None and "<" in (tree.findtext(".//title") or "")


def _title_closed(content: str) -> str | None:
    """``content`` with its ``<title>`` closed before the first tag inside it, if it holds
    one: a damaged download that lost "</title>" leaves the rest of the page in the
    title (libxml2, like browsers, reads a title's content as text), and no body."""
    start = _TITLE_OPEN.search(content)
    if start is None:
        return None
    end = content.find("<", start.end())
    if end < 0:
        return None
    return f"{content[:end]}</title>{content[end:]}"


def _deeper_than(tree: HtmlElement, depth: int) -> bool:
    if depth >= LIBXML2_MAX_DEPTH - 1:
        # libxml2 stops at its depth limit, so a cut-off page ends in its deepest element:
        # walking down the last children finds it without visiting the whole tree.
        element, level = tree, 1
        while len(element) and level <= depth:
            element, level = element[-1], level + 1
        return level > depth
    # A lower configured limit: any branch may be the deep one (evaluated in libxml2).
    return bool(tree.xpath("boolean(//*[count(ancestor::*) >= $depth])", depth=depth))


def _scrubbed_utf8(content: str) -> bytes:
    """``content`` as UTF-8 without the characters of ``_UNPARSABLE``."""
    data = content.encode("utf-8", errors="replace")
    # Most pages hold none of them: one memchr per byte value costs a quarter of
    # translating every byte of the page.
    if any(byte in data for byte in _UNPARSABLE_BYTES):
        data = data.translate(None, _UNPARSABLE_BYTES)
    # Looked for in the text: a page whose characters all fit one byte answers at once.
    if "\ufffe" in content or "\uffff" in content:
        for noncharacter in _NONCHARACTERS_UTF8:
            data = data.replace(noncharacter, b"")
    return data


def _html_parser() -> HTMLParser:
    parser = HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        default_doctype=False,
        collect_ids=False,  # no hash of id attributes: nothing looks elements up by XPath id()
    )
    # Every element an HtmlElement, chosen in C: lxml.html's own lookup runs Python code for
    # each element proxy created, which the extractors create by the hundred thousand.
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=HtmlElement,
            comment=HtmlComment,
            pi=HtmlProcessingInstruction,
            entity=HtmlEntity,
        )
    )
    return parser


# One parser for every page, as lxml.html keeps its own: a parser built per page costs a
# quarter of the parse (libxml2 sets up a fresh context), and its settings never change.
# lxml resets it before each document and locks it while in use, so pages never share state.
_PARSER = _html_parser()


def _parse(data: bytes) -> HtmlElement:
    try:
        tree = document_fromstring(data, parser=_PARSER)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError) as exc:
        raise ExtractionError(f"html could not be parsed: {exc}") from None
    if tree is None:
        raise ExtractionError("html could not be parsed: no document")
    return tree
