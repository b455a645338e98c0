"""Author names from a page's visible byline, when nothing structured names them.

A byline element ("author", "byline", rel=author ...) often holds more than the name: an
avatar's initials, "By", a role ("Staff Writer"), the date, a share button. Its text
pieces are read in order and the names are the run of name-like pieces after the label,
up to the first piece that is something else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree
from lxml.html import HtmlElement

from consumer.core.html import names
from consumer.core.html.tree import squeeze
from consumer.core.text.byline import with_role_parted

# Elements whose attributes name an author or byline, found by walking attributes (libxml2
# does that far faster than testing every element against many conditions).
_CANDIDATES = etree.XPath(
    "(//@rel[. = 'author'] | //@itemprop[. = 'author'] | //@id[contains(., 'author')]"
    " | //@class[contains(., 'uthor') or contains(., 'yline') or contains(., 'posted-by')"
    " or contains(., 'submitted-by') or contains(., 'writer')])/.."
)
# Links to an author's page ("/author/jane-doe", "/authors/...") name the author even where
# the byline's markup names nothing; read only when no byline element holds a name.
_AUTHOR_LINKS = etree.XPath(
    "//@href[contains(., '/author/') or contains(., '/authors/')][not(contains(., '?'))]/.."
)
MAX_AUTHOR_LINKS = 10
# The page's own author markup ranks before the generic vocabulary ("post-author-box").
# (also a BEM element named "author" in any block, "c-signature__author": the writer's own
# element, whatever its tag)
_SPECIFIC = re.compile(r"^author$|author-?name|authorName|AuthorName|[Bb]yline|__author(?:$|\s)")
# An <aside> holds a post's meta column ("post-meta" / "post-author") as often as a div does,
# and <address> is HTML's element for the article author's contact.
_GENERIC_TAGS = frozenset({"a", "div", "p", "span", "h3", "h4", "aside", "address"})
# Bylines inside comments, sidebars, figures and related-story teasers name other people
# (commenters, photographers, other stories' writers); an <aside> may be the article's own
# meta column, so it is not excluded. Only the nearest ancestors count: <body> and page
# wrappers carry classes such as "comments-open". An embedded post (the marker classes of
# the networks' embed codes) is another person's, signed and dated by the post's own
# account and day: no byline or date of the story.
_EMBEDDED_POST_NAMES = (
    "twitter-tweet",
    "instagram-media",
    "tiktok-embed",
    "fb-post",
    "fb-xfbml-parse-ignore",
    "bluesky-embed",
    "text-post-media",  # Threads
    "reddit-embed",
    "mastodon-embed",
)
_ASIDE_NAMES = ("comment", "sidebar", "related", *_EMBEDDED_POST_NAMES)
_ASIDE_TAGS = frozenset({"figure", "footer"})
_PAGE_TAGS = frozenset({"body", "html"})
_ASIDE_DEPTH = 4
# A candidate named for a headline, tag or topic ("author__article-title", "byline__tag") or
# a link to a tag or topic listing holds a title or a subject, not a name; one named for a
# picture's author ("photo-author", "imageByline", "media-license-author") holds the
# photographer's or the picture agency's (the writer's own picture is "author-photo").
_NOT_BYLINE_CLASS = re.compile(
    r"(?:article|post|entry|story)[-_]*title"
    r"|(?:^|[\s_-])(?:tags?|categor(?:y|ies)|topics?)(?:$|[\s_-])"
    r"|(?:photo|image|img|picture|media|foto|bild)[-_]?(?:licen[cs]e[-_]?)?(?:author|byline)",
    re.I,
)
_TAXONOMY_HREF = re.compile(
    r"/(?:tags?|categor(?:y|ies)|topics?)/|[?&](?:content_)?(?:tags?|topics?|cat(?:egory)?)=", re.I
)
_OTHER_ROLE = names.OTHER_ROLE
MAX_CANDIDATES = 40
MAX_BYLINE_CHARS = 200

LABEL = re.compile(
    # (also the kind of piece a column's byline names: "Analysis by", "Opinion by")
    r"^(?:(?:written|posted|published|story|words|text|article|analysis|opinion|commentary"
    r"|perspective|erstellt|verfasst|geschrieben)\s+)?"
    r"(?:by|von|par|por|di|door|av|af|przez|oleh|(?-i:de))\b:?"
    r"|^(?:author|authors|byline|auteur|autor)\s*:?$"
    # "By" in Greek (his, her), Hebrew, Hindi, Thai, Arabic (a mark ends a word: no \b).
    r"|^(?:του|της|מאת|द्वारा|โดย|بقلم)(?=[\s:]|$)"
    # "Autor: Anna Kowalska", "Yazan: ...", "作者：李明": a label and a colon before the name
    # (Armenian writes the colon "՝": "Հեղինակ՝ Արամ Պետրոսյան"; Amharic "፡": "ዘጋቢ፡ X").
    rf"|^(?:{names.COLON_LABELS})\s*[:：՝፡፦]"
    # "文/王明": "text by" in a Chinese byline
    r"|^文\s*[/／｜|]",
    re.I,
)
# "This post was written by Jane Doe": the label inside a sentence.
LABEL_IN_SENTENCE = re.compile(r"\b(?:written|posted|authored|reported)\s+by\s+", re.I)
# A piece of this many words before any name is prose (an author's bio), not a byline.
MIN_PROSE_WORDS = 8
_JOINER = re.compile(
    rf"^(?:,|{names.IDEOGRAPHIC_COMMA}|&|and|und|et|y|e|(?-i:{names.LOWER_AND}|a))$", re.I
)
# A name has letters, at most five words, no digits and no sentence punctuation.
_NAME = re.compile(r"^[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-()]+){0,4}$")
# (and "by", which ends another kind's credit: "Websites by X", "Site by X")
_NOT_NAME_WORDS = frozenset(
    """
    updated published posted last minute minutes min read reading time share follow
    comments comment views writer editor reporter contributor correspondent founder
    co-founder head director manager staff member about more articles posts view
    profile bio see all january february march april may june july august september
    october november december jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday today yesterday ago undefined
    by
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# The first word holding a digit after a name: no name has one, its date does.
_NUMBER_AFTER = re.compile(r"\s+\S*\d")
# The word that leads to a relative time before its number ("Jane Doe vor 5 Stunden",
# "hace 2 horas", "há 3 dias").
_RELATIVE_LEAD = re.compile(r"(?:^|\s+)(?:vor|hace|há)$", re.I)
# Month names (or their short forms) that are also given names.
_GIVEN_NAME_MONTHS = frozenset({"jan", "may", "june", "april", "august"})
_DIGIT = re.compile(r"\d")


def byline_names(tree: HtmlElement) -> str | None:
    """The names in the first byline of the page that holds any, as one string."""
    specific, generic = [], []
    candidates = _CANDIDATES(tree)[:MAX_CANDIDATES]
    teasers = _teaser_items(candidates)
    for element in candidates:
        if in_aside(element) or _names_no_byline(element):
            continue
        if teasers and _list_item(element) in teasers:
            continue
        if (
            element.get("rel") == "author"
            or element.get("itemprop") == "author"
            or element.get("id") == "author"
            or _SPECIFIC.search(element.get("class") or "")
        ):
            specific.append(element)
        elif element.tag in _GENERIC_TAGS:
            generic.append(element)
    for element in specific + generic:
        found = names_in(element)
        if found:
            return ", ".join([found, *_co_authors(element, specific)])
    links = [a for a in _AUTHOR_LINKS(tree)[:MAX_AUTHOR_LINKS] if a.tag == "a" and not in_aside(a)]
    return next((names for a in links if (names := names_in(a))), None)


# How far above a byline its list item may be ("<li><a>Headline</a><p class="byline">").
_ITEM_DEPTH = 6
# What a teaser's item holds beside its byline: at least a short headline.
_MIN_TEASER_WORDS = 4


def _list_item(element: HtmlElement) -> HtmlElement | None:
    for depth, node in enumerate((element, *element.iterancestors())):
        if depth > _ITEM_DEPTH or node.tag in _PAGE_TAGS:
            return None
        if node.tag == "li":
            return node
    return None


def _teaser_items(candidates: list[HtmlElement]) -> set[HtmlElement]:
    """The list items that are other stories' teasers: a list in which two items or more
    each hold a byline beside words of their own (the headline), as a menu's or a
    column's list of stories does ("<li><a>Headline</a><p class="byline">by X</p></li>").
    A list of the story's writers ("<li class="author">Jane Doe</li>") holds no more than
    their names and roles."""
    by_list: dict[HtmlElement, set[HtmlElement]] = {}
    for element in candidates:
        item = _list_item(element)
        parent = item.getparent() if item is not None else None
        if item is None or parent is None:
            continue
        own_words = len(squeeze(item.text_content()).split())
        if own_words - len(squeeze(element.text_content()).split()) >= _MIN_TEASER_WORDS:
            by_list.setdefault(parent, set()).add(item)
    return {item for items in by_list.values() if len(items) >= 2 for item in items}


def _co_authors(element: HtmlElement, specific: list[HtmlElement]) -> list[str]:
    """The names of the byline elements beside ``element`` (same parent, same class):
    "Par <a class="author">X</a> et <a class="author">Y</a>" names two writers."""
    parent, kind = element.getparent(), (element.tag, element.get("class"), element.get("rel"))
    return [
        names
        for other in specific
        if other is not element
        and other.getparent() is parent
        and (other.tag, other.get("class"), other.get("rel")) == kind
        and (names := names_in(other))
    ]


def _names_no_byline(element: HtmlElement) -> bool:
    if _NOT_BYLINE_CLASS.search(element.get("class") or ""):
        return True
    return element.tag == "a" and bool(_TAXONOMY_HREF.search(element.get("href") or ""))


def in_aside(element: HtmlElement) -> bool:
    for depth, node in enumerate(element.iterancestors()):
        if depth == _ASIDE_DEPTH or node.tag in _PAGE_TAGS:
            break
        if _names_aside(node):
            return True
    return _names_aside(element)


def _names_aside(node: HtmlElement) -> bool:
    if node.tag in _ASIDE_TAGS:
        return True
    names = f"{node.get('class', '')} {node.get('id', '')}"
    return any(name in names for name in _ASIDE_NAMES)


def names_in(element: HtmlElement, *, ends_at_bar: bool = False) -> str | None:
    """The run of name-like text pieces in ``element`` after any "By" label; with
    ``ends_at_bar``, up to a bar or a dot between words ("Von Anna Beispiel | 12.03.2025,
    14:32 Uhr": a line under the headline; elsewhere a bar may head the line, "Columns |
    By Jane Roe")."""
    return names_in_pieces([squeeze(text) for text in _text_pieces(element)], ends_at_bar)


def names_in_pieces(pieces: list[str], ends_at_bar: bool = False) -> str | None:
    """``names_in`` of an element whose text pieces are ``pieces``."""
    # (an AP byline's role after the name with no comma: "By SAM PARK AP Sports Writer")
    pieces = _before_group(with_role_parted(p) for p in pieces if p)
    if not pieces or sum(map(len, pieces)) > MAX_BYLINE_CHARS:
        return None
    names: list[str] = []
    for piece in _split_label(pieces, _NAME_OR_BAR_SPLIT if ends_at_bar else _NAME_SPLIT):
        if ends_at_bar and piece in _NAMES_END:
            break  # what follows the bar is the date, the place, the reading time
        if _OTHER_ROLE.match(piece):
            break  # the reviewer's or the editor's credit ("Reviewed by: Jane Doe, MD")
        if _JOINER.match(piece):
            if names:
                names.append(piece)
            continue
        outlet = _OUTLET_AFTER.split(piece, maxsplit=1)
        if len(outlet) == 2 and _is_name(outlet[0]):
            # "Andi Pratama - detikFinance", "דנה לוי | חדשות X": the name, then the outlet,
            # the desk or the place it was filed from
            names.append(outlet[0])
            break
        dated = _NUMBER_AFTER.search(piece)
        # the date after the name ("Jane Doe 25.11.2025", "Jane Doe | 25.11.2025", "李明 2025年")
        named = piece[: dated.start()].rstrip(_BEFORE_DATE) if dated else ""
        named = _RELATIVE_LEAD.sub("", named)
        if named and _is_name(named):
            names.append(named)
            break
        if not _is_name(piece):
            if names:
                break
            if len(piece.split()) >= MIN_PROSE_WORDS:
                return None
            continue  # an avatar's initials or an icon label before the name
        names.append(piece)
    while names and _JOINER.match(names[-1]):
        names.pop()
    return " ".join(names).replace(" ,", ",") or None


# The group a post is signed for ("Jane Doe on behalf of the Release Team").
_ON_BEHALF = re.compile(r"\s*\bon behalf of\b", re.I)


def _before_group(pieces: Iterable[str]) -> list[str]:
    """The pieces up to "on behalf of": what follows names a group, not its writer."""
    kept: list[str] = []
    for piece in pieces:
        group = _ON_BEHALF.search(piece)
        kept.append(piece[: group.start()] if group else piece)
        if group:
            break
    return [piece for piece in kept if piece]


_HEADLINE_TAGS = frozenset({"h1"})


def _text_pieces(element: HtmlElement) -> list[str]:
    """The element's text pieces in order, without its tag, topic and headline parts."""
    pieces = [element.text] if element.text else []
    for child in element:
        # (a byline's box may hold the headline: "<div class="byline_container"><h1>")
        if (
            isinstance(child.tag, str)
            and child.tag not in _HEADLINE_TAGS
            and not _names_no_byline(child)
        ):
            pieces.extend(_text_pieces(child))
        if child.tail:
            pieces.append(child.tail)
    return pieces


# Between names: a comma or "and" (kept, to join them); or also a bar or a dot (kept, to
# end the names).
_NAME_SPLIT = re.compile(
    rf"(,|{names.IDEOGRAPHIC_COMMA}|\s&\s|\sand\s|(?<=\s)(?:{names.LOWER_AND})(?=\s))"
)
_NAME_OR_BAR_SPLIT = re.compile(
    rf"(,|{names.IDEOGRAPHIC_COMMA}|\s&\s|\sand\s|(?<=\s)(?:{names.LOWER_AND})(?=\s)|\s[|·•]\s)"
)
_NAMES_END = frozenset("|·•")
# A spaced bar or dash after a name inside one text piece: what follows is no name.
_OUTLET_AFTER = re.compile(r"\s+[|–—-]\s+")
_BEFORE_DATE = " |·•,-–—"  # what may part a name from the date after it


def _split_label(pieces: list[str], split: re.Pattern[str]) -> list[str]:
    """Pieces with a leading "By"/"Written by" label cut off (the label may share a piece)."""
    out: list[str] = []
    for piece in pieces:
        match = LABEL.match(piece) or LABEL_IN_SENTENCE.search(piece)
        rest = piece[match.end() :].strip(" :") if match else piece
        if rest:
            out.extend(part.strip() for part in split.split(rest) if part.strip())
    return out


def _is_name(piece: str) -> bool:
    if not _NAME.match(piece if piece.isascii() else names.without_marks(piece)):
        return False
    words = piece.lower().replace(".", " ").split()
    if len(words) >= 2 and words[0] in _GIVEN_NAME_MONTHS and not _DIGIT.search(piece):
        words = words[1:]  # "Jan Kowalski", "June Park": a given name, not a date
    if any(word in _NOT_NAME_WORDS for word in words):
        return False
    if names.is_furniture(piece):
        return False  # a button or a link beside the name ("Tweet", "Contact the author")
    # Initials alone ("CM") are an avatar, not a name.
    return not (len(words) == 1 and piece.isupper() and len(piece) <= 3)
