"""Clean the tree before body extraction: take out captions, related boxes and widgets.

One pass over the elements that carry a class or id classifies them; the stages then
remove what they recognise and report it, so captions and related headlines become
fields of their own and never reach the body.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from consumer.core.html import patterns as pt
from consumer.core.html.alt_captions import alt_captions
from consumer.core.html.caption_text import non_caption_reason
from consumer.core.html.comment_threads import drop_flat_comment_threads
from consumer.core.html.inline_headings import drop_related_labels_inside_story
from consumer.core.html.pull_quotes import drop_pull_quotes
from consumer.core.html.tree import (
    document_elements,
    in_document_order,
    is_detached,
    remove_keeping_tail,
    squeeze,
    text_of,
)
from consumer.core.model import RelatedLink, Removals

MAX_RELATED = 50

# Blocks whose whole text is the text of their only link (filtered inside libxml2).
# (The cheap existence test of a link first spares counting and joining text in the rest.)
# The last test is a bound, not the rule: MIN_TEASER_WORDS words, however separated, take
# at least 2n - 1 characters once whitespace is collapsed (XPath collapses less of it).
# The blocks are found by tag in one walk (``document_elements``) and given as ``$blocks``.
_TEASER_TAGS = ("p", "li", "h2", "h3", "h4")
_TEASERS = etree.XPath(
    "$blocks[.//a][count(.//a) = 1]"
    "[normalize-space(.) = normalize-space(.//a)]"
    f"[string-length(normalize-space(.)) >= {2 * pt.MIN_TEASER_WORDS - 1}]"
)

# The same with the other story's date beside its link ("<a>Headline</a> <time>2 hours
# ago</time>"): a list of latest stories.
_DATED_TEASERS = etree.XPath("$blocks[.//time][.//a][count(.//a) = 1]")

# A paragraph or list item that opens with a link and goes on under a line break, nothing
# before the link and no other link ("<p><a>Headline</a><br>One-line summary</p>"): a
# teaser of another story when several stand in a row (see _headline_over_summary_rows).
_HEADLINE_OVER_SUMMARY = etree.XPath(
    "$blocks[self::p or self::li][*[1][self::a][@href]][*[2][self::br]][count(.//a) = 1]"
)
# The same in a layout table's cell, one such cell to a row, the row's other cells empty
# (a bullet's picture): "<tr><td><img></td><td><a>Headline</a><br>Summary</td></tr>".
_HEADLINE_OVER_SUMMARY_CELLS = etree.XPath(
    "$cells[*[1][self::a][@href]][*[2][self::br]][count(.//a) = 1]"
    "[not(../td[not(.//a)][normalize-space()])]"
)


# Paragraphs and headings inside a link (a card of another story that is one link as a
# whole: its summary and its headline).
_LINKED_BLOCKS = etree.XPath("//a[@href]//*[self::p or self::h2 or self::h3 or self::h4]")
# Sub-headings in the header that holds the article's headline: the standfirst (dek),
# a summary of the story rather than part of it. (The headers, found by tag, are ``$headers``.)
_STANDFIRSTS = etree.XPath(
    f"$headers[.//h1][string-length(.) < {pt.MAX_ARTICLE_HEADER_CHARS}]"
    "//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
    f"[string-length(normalize-space(.)) < {pt.MAX_STANDFIRST_CHARS}]"
)
_HOLDS_HEADING = etree.XPath("boolean(.//h1 or .//h2 or .//h3)")
_HOLDS_BLOCK = etree.XPath(
    "boolean(*[self::p or self::div or self::ul or self::ol or self::table or self::blockquote"
    " or self::section or self::h4 or self::h5 or self::h6])"
)
_HEADINGS = etree.XPath(".//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")
# Tests run on many elements per page, compiled once (``element.xpath(str)`` compiles the
# expression on every call, twice the cost of evaluating it).
_MORE_PARAGRAPHS_THAN = etree.XPath("count(.//p) > $n")
_HOLDS_CONTENT = etree.XPath("boolean(.//p) or count(.//*) > $n")
_HOLDS_PARAGRAPH = etree.XPath("boolean(.//p)")
_LINKLESS = etree.XPath("not(.//a)")
_MORE_ELEMENTS_THAN = etree.XPath("count(.//*) > $n")
_ANCHORS = etree.XPath(".//a")
_LINKED_TEXTS = etree.XPath(".//a//text()", smart_strings=False)
_PARAGRAPH_TEXTS = etree.XPath(".//p//text()", smart_strings=False)
_PARAGRAPH_AND_ITEM_TEXTS = etree.XPath(
    ".//*[self::p or self::li][not(ancestor::p or ancestor::li)]//text()", smart_strings=False
)
_SHORTER_THAN = etree.XPath("string-length(normalize-space(.)) < $n")


@dataclass(slots=True)
class Cleaned(Removals):
    """What the cleaning stages took out of the tree."""

    captions: list[str] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    # The class, id, data-component and aria-hidden values of the page's elements when
    # the cleaning began (it adds and changes none: every class left is among them).
    name_values: list[str] = field(default_factory=list)


def clean_tree(tree: HtmlElement, base_url: str | None) -> Cleaned:
    """Take captions, related boxes, link teasers, widgets and the standfirst out of
    ``tree`` (in place)."""
    cleaned = Cleaned()
    _adopt_content_after_the_document(tree)
    # Elements the body extractor drops anyway (its own list), stripped in C up front so
    # every later stage, and the extractor's copies of the tree, have less to walk.
    for wrapper in _misparsed_wrappers(tree):
        wrapper.drop_tag()  # its content is the page's (nested by libxml2, or a shadow root's)
    etree.strip_elements(tree, *pt.INERT_TAGS, with_tail=False)
    values = cleaned.name_values = _NAME_VALUES(tree)
    lead = _adopt_lead(tree, values)
    drop_flat_comment_threads(values, cleaned)
    captions, boxes, widgets = _classify(tree, values, lead)
    for element in captions:
        _take_caption(element, cleaned)
    drop_pull_quotes(tree, cleaned)
    for element in boxes:
        _take_related_box(element, base_url, cleaned)
    base_host = _hostname(base_url)
    blocks = document_elements(tree, *_TEASER_TAGS, "td")  # (the cells in the same walk)
    cells = [block for block in blocks if block.tag == "td"]
    if cells:
        blocks = [block for block in blocks if block.tag != "td"]
    linked_headline_parents = []
    for element in _TEASERS(tree, blocks=blocks):
        parent = element.getparent()
        if _take_teaser(element, base_url, base_host, cleaned) and element.tag != "p":
            linked_headline_parents.append(parent)
    for card in _headline_cards(linked_headline_parents):
        _take_summary(card, cleaned)
    for element in _DATED_TEASERS(tree, blocks=blocks):
        _take_teaser(element, base_url, base_host, cleaned, dated=True)
    for element in _headline_over_summary_rows(tree, blocks, cells, base_url, base_host):
        _take_headline_over_summary(element, base_url, cleaned)
    for block in _LINKED_BLOCKS(tree):
        _take_linked_block(block, base_url, base_host, cleaned)
    for element, reason in widgets:
        _drop_widget(element, reason, cleaned)
    for card in _hover_cards(tree):
        _take_hover_card(card, base_url, cleaned)
    for card, button in _teaser_cards(tree):
        _take_teaser_card(card, button, base_url, cleaned)
    headers = document_elements(tree, "header")
    for element in _STANDFIRSTS(tree, headers=headers) if headers else []:
        if not is_detached(element):
            cleaned.count("standfirst", squeeze(text_of(element)))
            remove_keeping_tail(element)
    drop_related_labels_inside_story(tree, cleaned)
    return cleaned


def _adopt_content_after_the_document(tree: HtmlElement) -> None:
    """Move into the body what a premature ``</body></html>`` left outside the document.

    libxml2 puts the rest of such a page in a second root element beside ``<html>``, where
    no extractor looks; on some templates that rest is the whole article.
    """
    sibling = tree.getnext()
    body = tree.find("body") if sibling is not None else None
    while sibling is not None and body is not None:
        following = sibling.getnext()
        if isinstance(sibling.tag, str):
            for child in list(sibling):
                if child.tag == "body":
                    body.extend(list(child))
                elif child.tag != "head":
                    body.append(child)
        sibling = following


# The first paragraph after a lead (one with a class of its own is a caption, a byline or
# a date line) ...
_FOLLOWING_PARAGRAPH = etree.XPath("following::p[not(@class)][normalize-space(.)][1]")
# ... is the story's first when it, or the paragraph right after it (a short opening
# sentence: "The festival kicks off today."), is of some length, beside another one.
_IS_STORY_PARAGRAPH = etree.XPath(
    f"count(../p) >= 2 and (string-length(normalize-space(.)) >= {pt.MIN_LEAD_BODY_PARAGRAPH_CHARS}"
    " or string-length(normalize-space(following-sibling::*[1][self::p]))"
    f" >= {pt.MIN_LEAD_BODY_PARAGRAPH_CHARS})"
)


def _adopt_lead(tree: HtmlElement, values: list[AttributeValue]) -> HtmlElement | None:
    """Move the story's lead next to its first paragraph.

    Templates put the lead (the bold opening paragraph of German and TYPO3 news, a
    "teaser-text", an "article-intro") beside the element that holds the rest of the story,
    where the body extractor does not look, or give it a class the extractor discards
    ("teaser"). Its class and id are dropped and it is put right before the first paragraph
    that follows it, when that paragraph is near (a few levels up); a ``<div>`` of text alone
    already right above that paragraph becomes a ``<p>``. Returns the lead moved.
    """
    candidates = _lead_candidates(values)
    for element, inner in itertools.zip_longest(candidates, candidates[1:]):
        if inner is not None and element in inner.iterancestors():
            continue  # the lead's wrapper (with the article's info bar): the lead is inside
        if not _is_lead(element):
            continue
        following = _FOLLOWING_PARAGRAPH(element)
        if not following or not _IS_STORY_PARAGRAPH(following[0]):
            continue
        if not _near(element, following[0], pt.MAX_LEAD_LEVELS):
            continue
        for attribute in ("class", "id"):
            element.attrib.pop(attribute, None)
        if element.getnext() is following[0] and element.tag == "div" and not _HOLDS_BLOCK(element):
            # Text alone in a block right above the story's first paragraph: the story's
            # opening, which the extractor reads as a paragraph only in a <p>. (A dek set
            # apart from the story by a share bar or a picture stays a <div>.)
            element.tag = "p"
        tail, element.tail = element.tail, None
        previous = element.getprevious()
        parent = element.getparent()
        following[0].addprevious(element)  # (moved, not copied)
        if tail and tail.strip() and parent is not None:
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        return element
    return None


def _lead_candidates(values: list[AttributeValue]) -> list[HtmlElement]:
    """The first MAX_LEAD_CANDIDATES paragraphs and divisions, in page order, whose class
    holds a lead's name hint, or whose id names the story's lead (the class, id, ... values
    of the page are ``values``)."""
    unique = list(set(values))
    lowered = "\n".join(unique).lower()
    if lowered.count("\n") == len(unique) - 1:
        hinted = set(_hinted(unique, lowered, pt.LEAD_HINT))
    else:  # a value holds a line break: one by one
        hinted = {value for value in unique if pt.LEAD_HINT.search(value.lower())}
    if not hinted:
        return []
    candidates = []
    for value in values:
        if value in hinted and (
            value.attrname == "class" or (value.attrname == "id" and _is_story_lead_id(value))
        ):
            element = value.getparent()
            if element is not None and element.tag in ("p", "div") and element not in candidates:
                candidates.append(element)
                if len(candidates) >= pt.MAX_LEAD_CANDIDATES:
                    break
    return candidates


def _name_parts(names: str) -> set[str]:
    """The words of class or id names, split at "-", "_", spaces and camelCase."""
    return set(
        pt.CAMEL_BOUNDARY.sub("-", names).lower().replace("_", "-").replace(" ", "-").split("-")
    )


def _is_story_lead_id(value: str) -> bool:
    """An id that names the story's lead ("article-intro", "storyLead", "storyintro"): an id
    such as "intro" alone also names a site's tagline in its header."""
    parts = _name_parts(value)
    if any(map(_is_compound_lead_name, parts)):
        return True
    return not pt.LEAD_PARTS.isdisjoint(parts) and not pt.LEAD_NAME_PREFIXES.isdisjoint(parts)


def _is_lead(element: HtmlElement) -> bool:
    """A block of text named like a lead (and like nothing else) of a lead's length."""
    parts = _name_parts(f"{element.get('class') or ''} {element.get('id') or ''}")
    if not pt.NOT_LEAD_PARTS.isdisjoint(parts):
        return False
    if pt.LEAD_PARTS.isdisjoint(parts) and not any(map(_is_compound_lead_name, parts)):
        return False
    if _HOLDS_HEADING(element):
        return False  # the headline's block (breadcrumbs, title and lead), not the lead
    text = squeeze(text_of(element))
    if not pt.MIN_LEAD_CHARS <= len(text) <= pt.MAX_LEAD_CHARS:
        return False
    linked = len(squeeze("".join(_LINKED_TEXTS(element))))
    return linked < pt.MAX_LEAD_LINK_SHARE * len(text)


def _is_compound_lead_name(part: str) -> bool:
    """A lead's name written as one word: "storyintro", "articlelead"."""
    return any(
        part.endswith(word) and part[: -len(word)] in pt.LEAD_NAME_PREFIXES
        for word in pt.COMPOUND_LEAD_WORDS
    )


def _near(element: HtmlElement, other: HtmlElement, levels: int) -> bool:
    """Whether ``other`` lies under one of the ``levels`` nearest ancestors of ``element``."""
    ancestors = set(itertools.islice(element.iterancestors(), levels))
    return any(a in ancestors for a in other.iterancestors())


def _misparsed_wrappers(tree: HtmlElement) -> list[HtmlElement]:
    """Controls that hold paragraphs or a large subtree, ``<noscript>`` elements that
    hold a very large one (found by tag in C, then tested), and declarative shadow roots
    (``<template shadowrootmode="open">``: a browser shows their content in place, where
    any other ``<template>`` is inert)."""
    return [
        element
        for element in tree.iter(*pt.MISPARSED_WRAPPER_TAGS, "noscript", "template")
        if (
            _MORE_ELEMENTS_THAN(element, n=pt.MISPARSED_NOSCRIPT_MIN_ELEMENTS)
            if element.tag == "noscript"
            else _is_shadow_root(element)
            if element.tag == "template"
            else _HOLDS_CONTENT(element, n=pt.MISPARSED_MIN_ELEMENTS)
        )
    ]


def _is_shadow_root(template: HtmlElement) -> bool:
    return "shadowrootmode" in template.attrib or "shadowroot" in template.attrib


_ITEMPROP_CAPTIONS = etree.XPath("//@itemprop[. = 'caption']/..")
# An attribute's value as XPath gives it: a string that knows its attribute's name
# (``attrname``) and element (``getparent()``).
AttributeValue = Any
_NAME_VALUES = etree.XPath("//@class | //@id | //@data-component | //@aria-hidden")


def _kinds_of(values: list[str]) -> dict[str, str | None]:
    """``kind_of_names`` of each distinct value. Most values name no kind: the name hint is
    searched once over all of them (lower-cased and squashed as ``kind_of_names`` does,
    one per line), and only the values it finds are looked up."""
    unique = list(set(values))
    kinds: dict[str, str | None] = dict.fromkeys(unique)
    squashed = "\n".join(unique).lower().replace("_", "").replace("-", "")
    if squashed.count("\n") != len(unique) - 1:  # a value holds a line break: one by one
        for value in unique:
            kinds[value] = kind_of_names(value)
        return kinds
    for value in _hinted(unique, squashed, pt.KIND_NAME_HINT):
        kinds[value] = _kind_of_hinted(str(value))  # (a plain string: no tree kept cached)
    return kinds


def _hinted(unique: list[str], lines: str, hint: re.Pattern[str]) -> list[str]:
    """The values of ``unique`` whose line of ``lines`` (one per value, no other line
    break) ``hint`` is found in: one search over all of them."""
    found = []
    index = position = 0  # the value whose line starts at ``position``
    while (match := hint.search(lines, position)) is not None:
        index += lines.count("\n", position, match.start())
        found.append(unique[index])
        position = lines.find("\n", match.end()) + 1
        if position == 0:
            break
        index += 1
    return found


def _classify(
    tree: HtmlElement, values: list[AttributeValue], lead: HtmlElement | None
) -> tuple[list[HtmlElement], list[HtmlElement], list[tuple[HtmlElement, str]]]:
    """Find caption, related-box and widget elements by their class, id or data-component.

    Attribute values are read as strings and looked up in name tables; only the elements
    whose names match become Python objects.
    """
    found: dict[HtmlElement, str] = {}
    hidden: list[HtmlElement] = []
    # Class values repeat a lot within a page (every card, every list item): look each up once.
    kinds = _kinds_of(values)
    for value in values:
        if value.attrname == "aria-hidden":
            if value == "true":
                hidden.append(value.getparent())
            continue
        kind = kinds[value]
        if kind is not None:
            element = value.getparent()
            if element is not None and pt.KIND_RANK[kind] < pt.KIND_RANK.get(
                found.get(element, ""), 99
            ):
                found[element] = kind
    found.pop(lead, None)  # the lead moved beside the story: named "teaser", but no widget
    for element in hidden:  # decorations hidden from readers, unless they hold text to read
        if element.getparent() is not None and _is_decoration(element):
            found.pop(element, None)
            remove_keeping_tail(element)
    # Found by walking attributes, not testing every element: same elements, same order.
    captions = list(tree.iter("figcaption")) + _ITEMPROP_CAPTIONS(tree) + alt_captions(tree)
    boxes: list[HtmlElement] = []
    widgets: list[tuple[HtmlElement, str]] = []
    for element, kind in found.items():  # values come in document order, so do the keys
        tag = element.tag
        if kind == "caption" and tag in pt.CAPTION_TAGS and tag != "figcaption":
            captions.append(element)
        elif kind == "related" and tag in pt.RELATED_TAGS:
            boxes.append(element)
        elif kind not in ("caption", "related") and tag in pt.WIDGET_TAGS:
            widgets.append((element, kind))
    return captions, boxes, widgets


def _is_decoration(element: HtmlElement) -> bool:
    """Hidden icons and labels are short; a hidden wrapper with much text is a page whose
    scripts reveal it (the article itself on some sites)."""
    if _HOLDS_PARAGRAPH(element):
        return False
    return bool(_SHORTER_THAN(element, n=pt.MAX_DECORATION_CHARS))


def kind_of_names(value: str) -> str | None:
    """The kind of element a class/id names ("caption", "related", "share", ... see
    ``patterns.KIND_RANK``), or None."""
    if not pt.KIND_NAME_HINT.search(value.lower().replace("_", "").replace("-", "")):
        return None
    return _kind_of_hinted(str(value))


# Class names that say what an element is like or holds, not what it is: the paywalled
# article ("jslc isPaywall"), a story with a share bar ("has-share-bar"), a section the
# contents box leaves out ("no_toc_section").
_STATE_PREFIXES = frozenset({"is", "has", "no"})


# Class values repeat across the pages of a site and of the frameworks sites are built
# with: each is looked up once while it stays in here.
KINDS_CACHED = 4096


@lru_cache(maxsize=KINDS_CACHED)
def _kind_of_hinted(value: str) -> str | None:
    """``kind_of_names`` of a value the name hint was already found in. (Cached: give it
    plain strings, not lxml's smart ones, which keep their tree alive.)"""
    best: str | None = None
    # "AdvisorCTA_box" and "author_bio" name their parts as "advisor-cta-box" does.
    lowered = pt.CAMEL_BOUNDARY.sub("-", value).lower().replace("_", "-")
    for name in lowered.split()[:20]:
        parts = name.split("-")[:12]
        if parts[0] in _STATE_PREFIXES:
            continue  # a state of the element ("isPaywall", "has-share-bar"), not a widget
        pairs = [f"{a}-{b}" for a, b in itertools.pairwise(parts)]
        if not pt.CONTENT_NAMES.isdisjoint(pairs):
            continue  # the story's own container, with a modifier ("entry-content-read-more")
        candidates = [name, name.replace("-", ""), *parts, *pairs]
        for candidate in candidates:
            kind = pt.KIND_BY_NAME.get(candidate)
            if kind is not None and (best is None or pt.KIND_RANK[kind] < pt.KIND_RANK[best]):
                best = kind
    return best


def _take_caption(element: HtmlElement, cleaned: Cleaned) -> None:
    if is_detached(element):
        return
    text = pt.CAPTION_LABEL.sub("", squeeze(text_of(element)))
    if len(text) > pt.MAX_CAPTION_CHARS or _MORE_PARAGRAPHS_THAN(element, n=2):
        return
    remove_keeping_tail(element)
    if not text:
        return
    reason = non_caption_reason(text)
    if reason is not None:
        cleaned.count(reason, text)  # a counter, price or button in a caption's place
        return
    cleaned.count("caption", text)
    if text not in cleaned.captions:
        cleaned.captions.append(text)


def _take_related_box(box: HtmlElement, base_url: str | None, cleaned: Cleaned) -> None:
    if is_detached(box):
        return
    text = squeeze(text_of(box))
    if len(text) > pt.MAX_RELATED_BOX_CHARS or _MORE_PARAGRAPHS_THAN(box, n=6):
        return
    if _is_prose(box, text):
        return  # paragraphs in a container named like a related box: the story's own
    if box.tag in ("ul", "ol") and text and (_LINKLESS(box) or _is_prose(box, text, items=True)):
        # A list of items with no link, or long items mostly outside links, points to no
        # other article: the story's own list in a container named like one ("postList").
        return
    for anchor in box.iter("a"):
        _add_link(anchor, base_url, cleaned)
    remove_keeping_tail(box)
    if text:
        cleaned.count("related", text)


def _is_prose(box: HtmlElement, text: str, *, items: bool = False) -> bool:
    """A box whose text is mostly in paragraphs (and list items, with ``items``) and
    outside links: content, not a list of links to other articles (nor cards of headlines
    with their summaries)."""
    if len(text) < pt.MIN_PROSE_CHARS:
        return False
    linked = len(squeeze("".join(_LINKED_TEXTS(box))))
    if len(text) - linked < pt.MIN_PROSE_SHARE * len(text):
        return False
    texts = _PARAGRAPH_AND_ITEM_TEXTS(box) if items else _PARAGRAPH_TEXTS(box)
    in_paragraphs = len(squeeze(" ".join(texts)))
    return in_paragraphs >= pt.MIN_PROSE_SHARE * len(text)


def _hover_cards(tree: HtmlElement) -> list[HtmlElement]:
    """Hover cards: a box of links (with a picture) right after a link inside a paragraph,
    shown when the reader points at the link ("Jane Doe" -> her photo and latest stories):
    a span or div inside a paragraph, after a link, holding an image and at least
    ``MIN_HOVER_CARD_LINKS`` links, in document order. (One walk: the XPath form,
    ``//p//*[...]``, was quadratic in libxml2, 3 s on a page of 40,000 paragraphs.)

    The boxes are read from the links: the element right after each (comments skipped),
    where the page's spans and divs, several times as many, were each tested for a link
    before them. Links come in document order, and so do the boxes after them unless a
    link nests in another; several cards (few pages have one) are put in the page's
    order by a walk of its spans and divs."""
    cards = []
    for anchor in document_elements(tree, "a"):
        box = next(anchor.itersiblings(etree.Element), None)
        if (
            box is not None
            and box.tag in _HOVER_CARD_TAGS
            and next(box.iterancestors("p"), None) is not None
            and next(box.iter("img"), None) is not None
            and sum(1 for _ in box.iter("a")) >= pt.MIN_HOVER_CARD_LINKS
        ):
            cards.append(box)
    return in_document_order(tree, cards, *_HOVER_CARD_TAGS)


_HOVER_CARD_TAGS = ("span", "div")


def _take_hover_card(card: HtmlElement, base_url: str | None, cleaned: Cleaned) -> None:
    if is_detached(card):
        return
    text = squeeze(text_of(card))
    linked = len(squeeze("".join(_LINKED_TEXTS(card))))
    if linked < pt.MIN_HOVER_CARD_LINK_SHARE * len(text):
        return  # words of its own: part of the sentence
    for anchor in card.iter("a"):
        _add_link(anchor, base_url, cleaned)
    remove_keeping_tail(card)
    cleaned.count("related", text)


def _teaser_cards(tree: HtmlElement) -> list[tuple[HtmlElement, HtmlElement]]:
    """Cards of other articles: a block (list item, div, article) of a heading, a line of
    summary and a button link ("Read more"), in a row of at least MIN_TEASER_CARDS such
    blocks under one parent (a grid or list of stories), with the card's button."""
    cards: dict[HtmlElement, HtmlElement] = {}
    for anchor in _button_links(tree):
        for depth, block in enumerate(anchor.iterancestors()):
            if depth >= pt.MAX_CARD_DEPTH or block.tag in ("body", "html"):
                break
            if block.tag not in pt.CARD_TAGS or not _HEADINGS(block):
                continue
            if _SHORTER_THAN(block, n=pt.MAX_CARD_CHARS) and not _MORE_PARAGRAPHS_THAN(block, n=2):
                cards.setdefault(block, anchor)
            break
    in_rows = _in_full_rows(cards)
    return [(block, button) for block, button in cards.items() if block in in_rows]


def _headline_cards(parents: list[HtmlElement | None]) -> list[HtmlElement]:
    """Cards of other stories whose linked headline the teaser stage took out: the block
    (list item, div, article) that held the headline, now a short summary at most, in a
    row of MIN_TEASER_CARDS such blocks or more."""
    cards = []
    for parent in parents:
        if parent is None or parent.tag not in pt.CARD_TAGS or is_detached(parent):
            continue
        if _SHORTER_THAN(parent, n=pt.MAX_CARD_CHARS) and not _MORE_PARAGRAPHS_THAN(
            parent, n=pt.MAX_SUMMARY_PARAGRAPHS
        ):
            cards.append(parent)
    in_rows = _in_full_rows(cards)
    return [card for card in cards if card in in_rows]


def _in_full_rows(cards: Iterable[HtmlElement]) -> set[HtmlElement]:
    """The cards that stand in a row (``_row_of``) of MIN_TEASER_CARDS cards or more."""
    rows = {card: _row_of(card) for card in cards}
    in_row = Counter(rows.values())
    return {card for card, row in rows.items() if in_row[row] >= pt.MIN_TEASER_CARDS}


def _take_summary(card: HtmlElement, cleaned: Cleaned) -> None:
    """The rest of a card whose headline went: its summary (and date, picture)."""
    if is_detached(card):
        return
    text = squeeze(text_of(card))
    remove_keeping_tail(card)
    if text:
        cleaned.count("related", text)


def _row_of(card: HtmlElement) -> HtmlElement | None:
    """The element that holds a card's row: its parent, or, when the card is the only
    child of a column wrapper (a grid's ``<div class="col">``), the wrapper's parent."""
    element = card
    for _ in range(pt.MAX_CARD_WRAPPERS):
        parent = element.getparent()
        if parent is None or len(parent) != 1 or parent.tag in ("body", "html"):
            break
        element = parent
    return element.getparent()


def _button_links(tree: HtmlElement) -> list[HtmlElement]:
    """Links whose whole text is a button label ("Learn more", "READ MORE")."""
    buttons = []
    # (Walked in Python: a text-only link's text is read without serialising it, which
    # costs less than an XPath length test over every link of the menus.)
    for anchor in tree.iter("a"):
        text = text_of(anchor) if len(anchor) else anchor.text
        if not text or len(text) > pt.MAX_CARD_BUTTON_RAW_CHARS:
            continue
        label = squeeze(text)
        if (
            len(label) <= pt.MAX_CARD_BUTTON_CHARS
            and pt.CARD_BUTTON.fullmatch(label)
            and anchor.get("href") is not None
        ):
            buttons.append(anchor)
    return buttons


# Hrefs that lead to no other page: an anchor on this one, a script, an e-mail.
NOT_A_LINK = ("#", "javascript:", "mailto:")


def _take_teaser_card(
    card: HtmlElement, button: HtmlElement, base_url: str | None, cleaned: Cleaned
) -> None:
    if is_detached(card):
        return
    text = squeeze(text_of(card))
    headings = _HEADINGS(card)
    if headings:  # (its heading's text is the other story's headline)
        _add_related(squeeze(text_of(headings[0])), button.get("href"), base_url, cleaned)
    remove_keeping_tail(card)
    cleaned.count("related", text)


def _take_teaser(
    block: HtmlElement,
    base_url: str | None,
    base_host: str | None,
    cleaned: Cleaned,
    *,
    dated: bool = False,
) -> bool:
    """A paragraph, list item or heading that is one link to another page, nothing else
    (``dated``: nothing else but the ``<time>`` it was published)."""
    raw = text_of(block)
    if not pt.is_teaser_length(raw):  # most blocks are menu entries: no squeeze
        return False
    # Still one link? (A teaser inside this block may have been taken out since.)
    anchors = _ANCHORS(block)
    if len(anchors) != 1:
        return False
    text = squeeze(raw)
    href = (anchors[0].get("href") or "").strip()
    if not href or href.startswith(NOT_A_LINK):
        return False
    if not _same_site(href, base_host):
        return False  # links out (sources, products, listed companies) are the story's
    if "#" in href and _is_this_page(href, base_url):
        return False  # a table of contents: the headline is a section of this story
    if dated:
        for time in block.iter("time"):
            text = squeeze(text.replace(squeeze(text_of(time)), " ", 1))
    if squeeze(text_of(anchors[0])) != text or is_detached(block):
        return False
    _add_link(anchors[0], base_url, cleaned)
    remove_keeping_tail(block)
    cleaned.count("related", text)
    return True


def _headline_over_summary_rows(
    tree: HtmlElement,
    blocks: list[HtmlElement],
    cells: list[HtmlElement],
    base_url: str | None,
    base_host: str | None,
) -> list[HtmlElement]:
    """The blocks (and table cells) that each hold a linked headline of another story of
    the site over its summary, one line break between them ("<p><a href="/other">Headline
    </a><br>Summary"), in rows of MIN_HEADLINE_OVER_SUMMARY_ROW (a box of other stories
    under the story)."""
    cards = []
    found = _HEADLINE_OVER_SUMMARY(tree, blocks=blocks)
    if cells:
        found += _HEADLINE_OVER_SUMMARY_CELLS(tree, cells=cells)
    for block in found:
        if (block.text or "").strip() or is_detached(block):
            continue
        anchor = block.find("a")
        if anchor is None:  # (for the type checker: the expression found one)
            continue
        headline = squeeze(text_of(anchor))
        href = (anchor.get("href") or "").strip()
        if not pt.is_teaser_length(headline) or not href or href.startswith(NOT_A_LINK):
            continue
        if not _same_site(href, base_host) or _is_this_page(href, base_url):
            continue
        summary = squeeze(text_of(block))[len(headline) :]
        if len(summary) > pt.MAX_TEASER_SUMMARY_CHARS:
            continue
        if len(summary.split()) < MIN_TEASER_SUMMARY_WORDS:
            continue  # a listing's price or a date under each link: a list the story gives
        cards.append(block)
    rows = {card: _card_row(card) for card in cards}
    in_row = Counter(rows.values())
    return [card for card in cards if in_row[rows[card]] >= MIN_HEADLINE_OVER_SUMMARY_ROW]


def _card_row(card: HtmlElement) -> HtmlElement | None:
    """What holds a row of teaser blocks: a paragraph's parent, a table cell's table."""
    parent = card.getparent()
    if card.tag == "td" and parent is not None:
        return parent.getparent()
    return parent


# (Three: two such paragraphs may be the story's own "<a>Read the report</a><br>..." notes.)
MIN_HEADLINE_OVER_SUMMARY_ROW = 3
MIN_TEASER_SUMMARY_WORDS = 5  # a sentence, a source and a date, "Source: The Daily Mail"


def _take_headline_over_summary(block: HtmlElement, base_url: str | None, cleaned: Cleaned) -> None:
    """Take out a teaser of ``_headline_over_summary_rows``: its headline is related."""
    anchor = block.find("a")
    if anchor is not None:
        _add_link(anchor, base_url, cleaned)
    text = squeeze(text_of(block))
    remove_keeping_tail(block)
    cleaned.count("related", text)


def _take_linked_block(
    block: HtmlElement, base_url: str | None, base_host: str | None, cleaned: Cleaned
) -> None:
    """A paragraph or heading inside a link to another page of the site: the summary or
    the headline on a card of another story (the whole card is the link)."""
    anchor = next(block.iterancestors("a"), None)
    href = (anchor.get("href") or "").strip() if anchor is not None else ""
    if not href or href.startswith(NOT_A_LINK) or not _same_site(href, base_host):
        return
    if _is_this_page(href, base_url) or is_detached(block):
        return
    text = squeeze(text_of(block))
    if not pt.is_teaser_length(text):
        return
    if block.tag != "p":  # the other story's headline
        _add_related(text, href, base_url, cleaned)
    remove_keeping_tail(block)
    cleaned.count("related", text)


def _drop_widget(widget: HtmlElement, reason: str, cleaned: Cleaned) -> None:
    if is_detached(widget):
        return
    text = squeeze(text_of(widget))
    max_chars, max_paragraphs = pt.WIDGET_LIMITS.get(reason, pt.DEFAULT_WIDGET_LIMITS)
    if len(text) > max_chars or _MORE_PARAGRAPHS_THAN(widget, n=max_paragraphs):
        return
    if reason in pt.LINK_LIST_WIDGETS and _is_prose(widget, text, items=True):
        return  # a table of contents or a menu is links; paragraphs of prose are the story
    remove_keeping_tail(widget)
    if text:
        cleaned.count(reason, text)


def _hostname(url: str | None) -> str | None:
    """The host of the page's URL, or None (no URL, or one that does not parse)."""
    try:
        return urlsplit(url).hostname if url else None
    except ValueError:
        return None


def _same_site(href: str, base_host: str | None) -> bool:
    """A relative link, or an absolute one to the page's own host or a subdomain of it
    ("video.example.com" from "www.example.com"; www. ignored)."""
    if href[:1] == "/" and href[1:2].isalnum():
        return True  # a path on this site ("/news/..."): no scheme, no host to parse
    try:
        host = urlsplit(href).hostname
    except ValueError:
        return False
    if host is None:
        return not href.startswith("//")
    if base_host is None:
        return False
    host, base = host.removeprefix("www."), base_host.removeprefix("www.")
    return host == base or (host.endswith("." + base) and "." in base)


def _is_this_page(href: str, base_url: str | None) -> bool:
    """A link to a place in the page itself ("/this-story.html#section")."""
    if not base_url:
        return False
    try:
        target = urljoin(base_url, href)
    except ValueError:
        return False
    return target.split("#", 1)[0] == base_url.split("#", 1)[0]


def _add_link(anchor: HtmlElement, base_url: str | None, cleaned: Cleaned) -> None:
    _add_related(squeeze(text_of(anchor)), anchor.get("href"), base_url, cleaned)


def _add_related(title: str, link: str | None, base_url: str | None, cleaned: Cleaned) -> None:
    """List ``title`` (a headline of another story) with its absolute URL, once."""
    if not pt.is_headline_length(title) or len(cleaned.related) >= MAX_RELATED:
        return
    if pt.NOT_A_HEADLINE.search(title):
        return
    if any(related.title == title for related in cleaned.related):
        return
    truncated = title.endswith(("...", "…"))
    url = link_url(link, base_url)
    cleaned.related.append(RelatedLink(rel="related", title=title, url=url, truncated=truncated))


def link_url(href: str | None, base_url: str | None) -> str | None:
    """A link's address made absolute against the page's (as written without a page
    address), or None when there is none or it does not parse."""
    href = (href or "").strip() or None
    if href and base_url:
        try:
            return urljoin(base_url, href)
        except ValueError:
            return None
    return href
