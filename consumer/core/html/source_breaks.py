"""Line breaks of the page's source inside running text are spaces, as a browser shows them.

Hand-written pages, static-site generators and mail archives wrap their source at 70-80
columns, also inside the text of a ``<p>`` or a ``<div>``, and trafilatura's text keeps
those breaks. The body's lines are that text split at its line breaks, so each wrapped
source line became a line of its own ("Lorem ipsum dolor sit amet, consectetur
adipisicing elit, sed do eiusmod", then "tempor incididunt ..."), and the line filters
then judged pieces of sentences: a repeated piece is a duplicate, a short one a heading.

Only a break inside one text node of the page is such a wrap: in trafilatura's extracted
body the text of neighbouring ``<div>``s is run together with the indentation between
them, whose break is the only thing that still separates them. So a text of the
extracted body with a break between two words (few pages have one) is checked against
the page's own text nodes, and what it holds of a wrapped one is unwrapped. Text that a
page shows with its breaks (preformatted, code, an inline ``white-space: pre``) keeps them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice

from lxml import etree
from lxml.etree import _Element, _ElementUnicodeResult

# Elements whose text is shown with its line breaks (and text that is no text at all).
_PREFORMATTED_TAGS = frozenset(
    {"pre", "textarea", "code", "listing", "xmp", "plaintext", "script", "style"}
)
# trafilatura's tags for code and preformatted text in its body (SPACING_PROTECTED).
_BODY_PREFORMATTED_TAGS = ("code", "pre")
# An inline style that keeps source line breaks ("white-space: pre-wrap", "pre-line").
_KEEPS_BREAKS_STYLE = re.compile(r"white-space\s*:\s*(?:pre|break-spaces)", re.IGNORECASE)
# Elements a browser shows inside the line of the text around them.
_INLINE_TAGS = frozenset(
    {"a", "span", "em", "strong", "b", "i", "u", "abbr", "cite", "small", "sup", "sub", "mark"}
)
# Texts with a line break and more than XML spaces (tested in C: the indentation between
# the tags of a page is most of its text nodes, and no text to unwrap).
_TEXTS_WITH_BREAK = etree.XPath(".//text()[contains(., '\n')][normalize-space(.)]")
_SOURCE_BREAK = re.compile(r"[ \t\r]*\n\s*")
_MAX_SEARCHES = 100_000  # body texts times wrapped page texts searched (about 0.1 s)


def unwrap_source_breaks(body: _Element, page: _Element) -> None:
    """Replace the source line breaks inside the running text of ``body`` (trafilatura's
    extracted body of ``page``) by spaces."""
    broken = [
        (text.getparent(), text.is_tail)
        for text in _TEXTS_WITH_BREAK(body)
        if "\n" in text.strip() and not _in_body_code(text.getparent(), text.is_tail)
    ]
    if not broken:
        return  # most pages: the page's text nodes are not read
    wraps = _wrapped_texts(page, [(e.tail if is_tail else e.text) or "" for e, is_tail in broken])
    # Each body text is searched for every wrapped text of the page; on a page of
    # thousands of wrapped blocks that is millions of searches, so there a body text is
    # only matched whole.
    search = len(broken) * len(wraps) <= _MAX_SEARCHES
    # Longest first: a shorter wrapped text can open a longer one (a wrapped <title> is
    # the start of the first paragraph), and unwrapping it first hides the longer one.
    longest_first = sorted(wraps.items(), key=lambda wrap: len(wrap[0]), reverse=True)
    # Every wrapped text holds a line break and is no longer than the text it is found in:
    # the search starts at the first one short enough and ends once no break is left.
    shortest_first = [len(wrapped) for wrapped, _ in reversed(longest_first)]
    for element, is_tail in broken:
        text = (element.tail if is_tail else element.text) or ""
        if search:
            start = len(longest_first) - bisect_right(shortest_first, len(text))
            for wrapped, unwrapped in islice(longest_first, start, None):
                if "\n" not in text:
                    break
                if wrapped in text:
                    text = text.replace(wrapped, unwrapped)
        elif (whole := text.strip()) in wraps:
            text = text.replace(whole, wraps[whole])
        if is_tail:
            element.tail = text
        else:
            element.text = text


def _in_body_code(element: _Element, is_tail: bool) -> bool:
    container = element.getparent() if is_tail else element
    if container is None:
        return False
    return container.tag in _BODY_PREFORMATTED_TAGS or any(
        True for _ in container.iterancestors(*_BODY_PREFORMATTED_TAGS)
    )


def _wrapped_texts(page: _Element, found_in: list[str] | None = None) -> dict[str, str]:
    """Each text node of ``page`` wrapped over source lines -> it unwrapped. A text is
    taken stripped, but for the whitespace it shares with an inline element beside it
    ("... As\n  <a>Alexis Madrigal</a>"): a browser shows that break as a space too.

    ``found_in``, when given, holds the texts the wrapped ones will be searched in: a
    wrapped text that cannot occur in any of them is left out, unless the page holds so
    many that the caller might match the texts whole (then their count decides, and all
    are kept). Unwrapping changes a text's whitespace only, never its words, so a wrapped
    text found in one, as it is or after others were unwrapped in it, has its inner words
    (those with whitespace on both sides) among that text's words. On a page wrapped
    throughout, most of its texts are not in the extracted body: they are not tested for
    preformatting (a walk up their ancestors)."""
    texts = _TEXTS_WITH_BREAK(page)
    words: set[str] | None = None
    # (A text's words are its key's: the key is the text stripped, or less. There are no
    # more keys than texts, so under this bound the caller searches whatever is kept.)
    if found_in is not None and len(found_in) * len(texts) <= _MAX_SEARCHES:
        words = {word for text in found_in for word in text.split()}
    wraps: dict[str, str] = {}
    for text in texts:
        if words is not None and not _inner_words_in(text, words):
            continue
        key = _wrap_key(text)
        if "\n" not in key or key in wraps:
            continue
        owner = text.getparent()
        container = owner if text.is_text else owner.getparent()
        if container is not None and not _keeps_breaks(container):
            wraps[key] = _SOURCE_BREAK.sub(" ", key)
    return wraps


def _inner_words_in(text: str, words: set[str]) -> bool:
    """Whether the words of ``text`` but its first and last are all in ``words``."""
    return words.issuperset(text.split()[1:-1])


def _wrap_key(text: _ElementUnicodeResult) -> str:
    """``text`` stripped, but at an edge next to an inline element."""
    owner = text.getparent()
    if owner is None or not text.strip():
        return ""
    if text.is_tail:
        after_inline, following = owner.tag in _INLINE_TAGS, owner.getnext()
    else:
        after_inline, following = False, owner[0] if len(owner) else None
    key = str(text) if after_inline else text.lstrip()
    if following is None or following.tag not in _INLINE_TAGS:
        key = key.rstrip()
    return key


def _keeps_breaks(element: _Element) -> bool:
    """Whether ``element`` or an ancestor shows its text's line breaks."""
    for node in (element, *element.iterancestors()):
        if node.tag in _PREFORMATTED_TAGS:
            return True
        style = node.get("style")
        if style and _KEEPS_BREAKS_STYLE.search(style):
            return True
    return False
