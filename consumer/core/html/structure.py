"""Put back the lists and sub-headings a body extraction dropped wholesale.

When trafilatura cannot find the article's container it gathers the page's paragraphs
one by one, and that path takes ``<p>`` elements only: the bullet lists between them and
the sub-headings above them are lost, often a third of a guide or a how-to. Such a body
is recognised by what it lacks (not one list item, not one of the page's sub-headings),
and the missing parts are taken back from the tree where they sit right beside a
paragraph the body holds.
"""

from __future__ import annotations

from itertools import islice

from lxml import etree
from lxml.html import HtmlElement

from consumer.core.html.line_keys import LIST_ITEM_PREFIX, StartKeys, start_key
from consumer.core.html.tree import document_elements, neighbour_tag, squeeze, text_of

# Page builders put empty paragraphs (``<p>&zwj;</p>``, ``<p>&nbsp;</p>``) between blocks
# for spacing; up to two of them are looked through. (Each block's neighbours are read in
# Python: XPath's sibling axes over ``$lists`` and ``$headings`` were quadratic in libxml2,
# 14 s on a page of 20,000 sub-headings.)
MAX_SPACERS = 2  # empty paragraphs looked through between two blocks
_INVISIBLE = "\u200b\u200c\u200d\ufeff\u00a0"
# The lists and sub-headings are found in one walk (``document_elements``).
_LIST_TAGS = ("ul", "ol")
_HEADING_TAGS = ("h2", "h3", "h4")
_LINKED_TEXTS = etree.XPath(".//a//text()", smart_strings=False)
# A list whose text is mostly link text is navigation, not part of the story.
MAX_LIST_LINK_SHARE = 0.5


def _filled_sibling(element: HtmlElement, *, preceding: bool = False) -> HtmlElement | None:
    """The next (or previous) sibling element that is not an empty paragraph."""
    spacers = 0
    for sibling in element.itersiblings(preceding=preceding):
        if not isinstance(sibling.tag, str):
            continue  # a comment between blocks
        if sibling.tag != "p" or squeeze(text_of(sibling)).strip(_INVISIBLE):
            return sibling
        spacers += 1
        if spacers > MAX_SPACERS:
            break
    return None


def _paragraphs_before_lists(tree: HtmlElement, lists: list[HtmlElement]) -> list[HtmlElement]:
    """The paragraphs followed at once by a list that is not a gallery of pictures (up to
    ``MAX_SPACERS`` empty paragraphs between them; the empty ones too), in document order.
    Looked for from the lists, fewer than paragraphs: such a paragraph is one of a list's
    ``MAX_SPACERS + 1`` previous sibling elements."""
    found = set()
    for listing in lists:
        for sibling in islice(listing.itersiblings(etree.Element, preceding=True), MAX_SPACERS + 1):
            if sibling.tag == "p" and _is_story_list(_filled_sibling(sibling)):
                found.add(sibling)
    if len(found) <= 1:
        return list(found)
    return [paragraph for paragraph in document_elements(tree, "p") if paragraph in found]


def _headed_lists(headings: list[HtmlElement]) -> list[HtmlElement]:
    """The sub-headings right after a paragraph (an empty one too) and right before a list
    that is not a gallery (up to ``MAX_SPACERS`` empty paragraphs between them)."""
    return [
        heading
        for heading in headings
        if neighbour_tag(heading, preceding=True) == "p"
        and _is_story_list(_filled_sibling(heading))
    ]


def _headings_before_paragraphs(headings: list[HtmlElement]) -> list[HtmlElement]:
    """The sub-headings followed at once by a paragraph (an empty one too)."""
    return [heading for heading in headings if neighbour_tag(heading, preceding=False) == "p"]


def _is_story_list(element: HtmlElement | None) -> bool:
    """A list (``<ul>``, ``<ol>``) that holds no picture: not a gallery."""
    if element is None or not _is_list(element):
        return False
    return next(element.iter("figure", "img", "figcaption"), None) is None


def restore_structure(
    tree: HtmlElement, lines: list[str], keys: StartKeys | None = None
) -> list[str]:
    """``lines`` with the lists and sub-headings the extraction left out of it put back
    beside the paragraphs they follow or head (unchanged when it kept any of them).
    (``keys``: the extraction's ``StartKeys``.)"""
    lists: list[HtmlElement] = []
    sub_headings: list[HtmlElement] = []
    for element in document_elements(tree, *_LIST_TAGS, *_HEADING_TAGS):
        (lists if element.tag in _LIST_TAGS else sub_headings).append(element)
    has_items = any(line.startswith(LIST_ITEM_PREFIX) for line in lines)
    paragraphs = [] if has_items else _paragraphs_before_lists(tree, lists)
    headed_lists = _headed_lists(sub_headings)
    headings = _headings_before_paragraphs(sub_headings)
    if not (paragraphs or headed_lists or headings):
        return lines  # most pages: nothing to put back, no need to key the lines
    keys = StartKeys() if keys is None else keys
    positions = {key: i for i, line in enumerate(lines) if (key := keys[line])}
    # (position, 0 for a list after the line before it / 1 for a heading over the line at
    # it, new lines): at one position a list comes before a heading.
    inserts: list[tuple[int, int, list[str]]] = []
    inserts += [(at, 0, new) for at, new in _missing_lists(paragraphs, positions)]
    inserts += [(at, 0, new) for at, new in _missing_headed_lists(headed_lists, positions)]
    inserts += [(at, 1, new) for at, new in _missing_headings(headings, positions)]
    if not inserts:
        return lines
    restored = list(lines)
    # From the end backwards, so earlier positions stay valid.
    for position, _, new_lines in sorted(inserts, key=lambda insert: insert[:2], reverse=True):
        restored[position:position] = new_lines
    return restored


def _list_items(listing: HtmlElement) -> list[str]:
    """The item lines of a list, or none for a list of links (navigation)."""
    items = [text for item in listing.iterchildren("li") if (text := squeeze(text_of(item)))]
    linked = len(squeeze("".join(_LINKED_TEXTS(listing))))
    if not items or linked > MAX_LIST_LINK_SHARE * sum(map(len, items)):
        return []
    return [LIST_ITEM_PREFIX + item for item in items]


def _line_of(element: HtmlElement | None, positions: dict[str, int]) -> int | None:
    """The body line that holds ``element``'s text, if any."""
    return None if element is None else positions.get(start_key(squeeze(text_of(element))))


def _is_list(element: HtmlElement | None) -> bool:
    return element is not None and element.tag in ("ul", "ol")


def _missing_headed_lists(
    headed_lists: list[HtmlElement], positions: dict[str, int]
) -> list[tuple[int, list[str]]]:
    """A sub-heading and its list between two paragraphs of the body, neither of them in
    it, as (line position, heading and item lines)."""
    found = []
    for heading in headed_lists:
        before = _line_of(_filled_sibling(heading, preceding=True), positions)
        listing = _filled_sibling(heading)
        if before is None or listing is None or not _is_list(listing):
            continue
        after = _filled_sibling(listing)
        if after is not None and after.tag == "p" and _line_of(after, positions) != before + 1:
            continue  # not the next line: the extraction skipped more than this block
        text = squeeze(text_of(heading))
        items = _list_items(listing)
        if not text or not items or start_key(text) in positions:
            continue
        if any(start_key(item) in positions for item in items):
            continue
        found.append((before + 1, [text, *items]))
    return found


def _missing_lists(
    paragraphs: list[HtmlElement], positions: dict[str, int]
) -> list[tuple[int, list[str]]]:
    """The lists that follow a paragraph of the body, as (line position, item lines)."""
    found = []
    for paragraph in paragraphs:
        position = _line_of(paragraph, positions)
        listing = _filled_sibling(paragraph)
        if position is None or listing is None or not _is_list(listing):
            continue
        if items := _list_items(listing):
            found.append((position + 1, items))
    return found


def _missing_headings(
    headings: list[HtmlElement], positions: dict[str, int]
) -> list[tuple[int, list[str]]]:
    """The sub-headings above paragraphs of the body, when the body holds none of the
    page's sub-headings (else those between two of its consecutive paragraphs), as
    (line position, [heading])."""
    texts = [squeeze(text_of(heading)) for heading in headings]
    if not headings:
        return []
    if any(start_key(text) in positions for text in texts):
        # The extraction kept sub-headings: the ones it left out it meant to, unless
        # one sits between two of the body's consecutive paragraphs, its own siblings.
        return _headings_between_paragraphs(headings, texts, positions)
    found = []
    for heading, text in zip(headings, texts, strict=True):
        position = _line_of(_filled_sibling(heading), positions)
        if text and position is not None:
            found.append((position, [text]))
    return found


def _headings_between_paragraphs(
    headings: list[HtmlElement], texts: list[str], positions: dict[str, int]
) -> list[tuple[int, list[str]]]:
    """The sub-headings left out between two consecutive lines of the body that are the
    paragraphs right before and after them in one container (a listicle's numbered
    entries, a guide's sections), as (line position, [heading]). A box's heading (related
    stories, an advertisement) heads its box, not the story's next paragraph."""
    found = []
    for heading, text in zip(headings, texts, strict=True):
        if not text or start_key(text) in positions:
            continue
        previous = _filled_sibling(heading, preceding=True)
        if previous is None or previous.tag != "p":
            continue
        before = _line_of(previous, positions)
        after = _line_of(_filled_sibling(heading), positions)
        if before is not None and after == before + 1:
            found.append((after, [text]))
    return found
