"""Author names from a page's visible byline, when nothing structured names them.

A byline element ("author", "byline", rel=author ...) often holds more than the name: an
avatar's initials, "By", a role ("Staff Writer"), the date, a share button. Its text
pieces are read in order and the names are the run of name-like pieces after the label,
up to the first piece that is something else.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from consumer.core.html.tree import squeeze

# Most specific first: the page's own author markup, then the generic "author"/"byline" class
# vocabulary. Bylines inside comments, sidebars, figures and related-story teasers name
# other people (commenters, photographers, other stories' writers); an <aside> may be
# the article's own meta column, so it is not excluded. Only the nearest
# ancestors count: <body> and page wrappers carry classes such as "comments-open".
_OUTSIDE_ASIDES = (
    "not(ancestor-or-self::*[position() <= 5][contains(@class, 'comment')"
    " or contains(@id, 'comment')"
    " or contains(@class, 'sidebar') or contains(@class, 'related') or self::figure"
    " or self::footer])"
)
BYLINE_XPATHS = (
    "//*[@rel='author' or @itemprop='author' or @id='author' or @class='author'"
    " or contains(@class, 'author-name') or contains(@class, 'authorName')"
    " or contains(@class, 'AuthorName') or contains(@class, 'byline')"
    f" or contains(@class, 'Byline')][{_OUTSIDE_ASIDES}]",
    "//*[self::a or self::div or self::p or self::span or self::h3 or self::h4]"
    "[contains(@class, 'author') or contains(@class, 'Author') or contains(@id, 'author')"
    " or contains(@class, 'posted-by') or contains(@class, 'submitted-by')"
    f" or contains(@class, 'writer')][{_OUTSIDE_ASIDES}]",
)
MAX_CANDIDATES = 10
MAX_BYLINE_CHARS = 200

_LABEL = re.compile(
    r"^(?:(?:written|posted|published|reviewed|edited|story|words|text|article)\s+)?"
    r"(?:by|von|par|por|di|door|av|af|przez)\b:?|^(?:author|authors|byline|auteur|autor)\s*:?$",
    re.I,
)
_JOINER = re.compile(r"^(?:,|&|and|und|et|y|e|og|och)$", re.I)
# A name has letters, at most five words, no digits and no sentence punctuation.
_NAME = re.compile(r"^[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-()]+){0,4}$")
_NOT_NAME_WORDS = frozenset(
    """
    updated published posted last minute minutes min read reading time share follow
    comments comment views writer editor reporter contributor correspondent founder
    co-founder head director manager staff member about more articles posts view
    profile bio see all january february march april may june july august september
    october november december jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday today yesterday ago undefined
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def byline_names(tree: HtmlElement) -> str | None:
    """The names in the first byline of the page that holds any, as one string."""
    for xpath in BYLINE_XPATHS:
        for element in tree.xpath(xpath)[:MAX_CANDIDATES]:
            names = names_in(element)
            if names:
                return names
    return None


def names_in(element: HtmlElement) -> str | None:
    """The run of name-like text pieces in ``element`` after any "By" label."""
    pieces = [squeeze(text) for text in element.itertext()]
    pieces = [p for p in pieces if p]
    if not pieces or sum(map(len, pieces)) > MAX_BYLINE_CHARS:
        return None
    names: list[str] = []
    for piece in _split_label(pieces):
        if _JOINER.match(piece):
            if names:
                names.append(piece)
            continue
        if not _is_name(piece):
            if names:
                break
            continue  # an avatar's initials or an icon label before the name
        names.append(piece)
    while names and _JOINER.match(names[-1]):
        names.pop()
    return " ".join(names).replace(" ,", ",") or None


def _split_label(pieces: list[str]) -> list[str]:
    """Pieces with a leading "By"/"Written by" label cut off (the label may share a piece)."""
    out: list[str] = []
    for piece in pieces:
        match = _LABEL.match(piece)
        rest = piece[match.end() :].strip(" :") if match else piece
        if rest:
            out.extend(
                part.strip() for part in re.split(r"(,|\s&\s|\sand\s)", rest) if part.strip()
            )
    return out


def _is_name(piece: str) -> bool:
    if not _NAME.match(piece):
        return False
    words = piece.lower().replace(".", " ").split()
    if any(word in _NOT_NAME_WORDS for word in words):
        return False
    # Initials alone ("CM") are an avatar, not a name.
    return not (len(words) == 1 and piece.isupper() and len(piece) <= 3)
