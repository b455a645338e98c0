"""trafilatura's main extractor (``extract_content``) with its id and class tests in Python.

It mirrors ``extract_content``, ``_extract`` and ``prune_unwanted_sections`` of
trafilatura 2.3.1 (pinned in pyproject.toml) step by step and calls the library's own
functions for everything but two things: where the body is (``BODY_XPATH``) and which
boilerplate is pruned from it first (``OVERALL_DISCARD_XPATH``) are found by
``trafilatura_finders``, which tests ids and classes in one Python walk instead of one
regular-expression call from libxml2 per element and condition. The result is the same
body and text (tests/core/html/test_trafilatura_content.py compares the two) but for one
fix: where the frame found gave too little and the page's loose paragraphs were added
after it, the body is put in the page's order (``_in_source_order``).
The link-density tests are ``link_density``'s, which read only the lengths of the texts.

A derived work of trafilatura (Apache-2.0, Adrien Barbaresi and contributors), under the
same licence as this project; upgrading trafilatura means re-reading these steps.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy

from lxml import etree
from lxml.etree import Element, _Element, strip_elements, strip_tags
from lxml.html import HtmlElement
from trafilatura.htmlprocessing import delete_by_link_density, process_node, prune_unwanted_nodes
from trafilatura.main_extractor import (
    NOT_AT_THE_END,
    REBUILT_BLOCKS,
    _elem_text,
    handle_textelem,
)
from trafilatura.settings import (
    DEDUPE_SCAN_CAP,
    INLINE_FORMATTABLE,
    MIN_DUPLICATE_LENGTH,
    TAG_CATALOG,
    Extractor,
)
from trafilatura.utils import SPACING_PROTECTED, text_chars_test, trim
from trafilatura.xml import delete_element
from trafilatura.xpaths import PRECISION_DISCARD_XPATH

from consumer.core.html.link_density import (
    link_density_test,
    link_density_test_tables,
    trimmed_length,
)
from consumer.core.html.live_entries import live_entries_frame
from consumer.core.html.trafilatura_finders import BODY_FINDER_COUNT, discard_matches, first_body

# OVERALL_DISCARD_XPATH's prune is undone when it would leave no more than this part
# (1/n) of the text.
_KEPT_TEXT_PARTS = 7
# The wild elements recover_wild_text reads (blockquote/pre/q are quote/code by now).
# trafilatura's search for wild elements, ".//code|.//p|.//quote|.//table|.//div[contains(
# @class, 'w3-code')]", and what the recall branch adds, "|.//div|.//lb|.//list": the tags
# read in one walk (libxml2 sorts a union's five node sets into document order).
_WILD_TAGS = ("code", "p", "quote", "table", "div")
_WILD_RECALL_TAGS = ("lb", "list")
_WILD_DIV_CLASS = "w3-code"
# The attribute marking a body extracted where no container of the story was found (the
# page's loose paragraphs, trafilatura's "wild text", were read); its text output ignores
# it. The later stages keep it on whatever body they give (baseline, recall retry).
WILD_TEXT = "recovered-wild-text"
# Its value where the recovery (fast mode) kept teaser blocks that the full mode prunes:
# only then do the two modes' main extractions differ.
KEPT_TEASERS = "kept-teasers"
# Compiled once, plain strings: only their length is read.
_DOCUMENT_PARAGRAPH_TEXTS = etree.XPath("//p//text()", smart_strings=False)


def extract_content(
    cleaned_tree: HtmlElement,
    options: Extractor,
    clean_again: Callable[[], HtmlElement] | None = None,
) -> tuple[_Element, str]:
    """``trafilatura.main_extractor.extract_content(cleaned_tree, options)``: the body
    element and its text. Changes ``cleaned_tree`` as that does (and, with ``clean_again``
    where the recovery reads ``cleaned_tree`` itself, as the recovery changes its copy).

    ``clean_again``, if given, builds ``cleaned_tree`` again as it was given (the same
    cleaning of the same page): the recovery pass reads that fresh copy, built only when
    it runs, instead of a copy of the tree made for every page; or ``cleaned_tree``
    itself where the main pass found no body frame in it (and so left it as it was)."""
    backup_tree = None if clean_again else deepcopy(cleaned_tree)
    # The source order, taken before the main pass moves elements (when it finds a frame:
    # an untouched tree, most pages of loose paragraphs, is read as it is).
    order: list[_Element] = []
    result_body, temp_text, potential_tags, untouched = _extract(
        cleaned_tree, options, before_change=lambda: order.extend(cleaned_tree.iter())
    )
    # Wild <p> elements when nothing (or too little) was found.
    if len(result_body) == 0 or len(temp_text) < options.min_extracted_size:
        framed = len(result_body) > 0
        consumed: set[_Element] = set()  # (nothing in an untouched tree)
        if backup_tree is None and untouched:
            backup_tree = cleaned_tree
        elif backup_tree is None:
            assert clean_again is not None
            backup_tree = clean_again()
        if not untouched and backup_tree is not cleaned_tree:
            consumed = {
                twin
                for elem, twin in zip(order, backup_tree.iter(), strict=True)
                if elem.tag == "done"
            }
        # (the page's text before the recovery moves its paragraphs into the body)
        page_text = " ".join("".join(backup_tree.itertext()).split()) if framed else ""
        result_body, kept_teasers = _recover_wild_text(
            backup_tree, result_body, options, potential_tags, consumed
        )
        if framed:
            _in_source_order(result_body, page_text)
        temp_text = " ".join(result_body.itertext()).strip()
        result_body.set(WILD_TEXT, KEPT_TEASERS if kept_teasers else "1")
    # Substantial elements repeating the previous one.
    previous = None
    for el in list(result_body):
        current = _elem_text(el)
        if current and current == previous and len(current) > MIN_DUPLICATE_LENGTH:
            delete_element(el, keep_tail=False)
        else:
            previous = current
    strip_elements(result_body, "done")
    strip_tags(result_body, "div")
    # A line break that only separated pruned blocks keeps no run of whitespace.
    for linebreak in result_body.iter("lb"):
        if (
            linebreak.tail
            and not text_chars_test(linebreak.tail)
            and not any(anc.tag in SPACING_PROTECTED for anc in linebreak.iterancestors())
        ):
            linebreak.tail = None
    return result_body, temp_text


def _extract(
    tree: HtmlElement, options: Extractor, before_change: Callable[[], object] | None = None
) -> tuple[_Element, str, set[str], bool]:
    """``trafilatura.main_extractor._extract``: the first body frame that gives content;
    and whether ``tree`` is untouched (no frame was found in it: most pages of loose
    paragraphs), so that the recovery pass can read it as it is. ``before_change``, if
    given, is called once a frame is found, before anything in ``tree`` changes."""
    untouched = True
    potential_tags = set(TAG_CATALOG)
    if options.tables is True:
        potential_tags.update(["table", "td", "th", "tr"])
    if options.images is True:
        potential_tags.add("graphic")
    if options.links is True:
        potential_tags.add("ref")
    result_body = Element("body")
    for finder in range(BODY_FINDER_COUNT):
        subtree = first_body(tree, finder)  # on the tree as the frames before left it
        if subtree is None:
            continue
        if finder == 0:
            subtree = live_entries_frame(subtree)
        if untouched and before_change is not None:
            before_change()
        untouched = False
        subtree, _ = _prune_unwanted_sections(subtree, potential_tags, options)
        if len(subtree) == 0:
            continue
        ptest = _DOCUMENT_PARAGRAPH_TEXTS(subtree)
        factor = 1 if options.focus == "precision" else 3
        if not ptest or len("".join(ptest)) < options.min_extracted_size * factor:
            potential_tags.add("div")
        subelems = subtree.xpath(".//*")
        # A single text run (only line breaks or inline elements): the frame itself.
        tags = {e.tag for e in subelems}
        if tags == {"lb"} or (
            subtree.tag == "div" and "div" in potential_tags and tags <= INLINE_FORMATTABLE | {"lb"}
        ):
            subelems = [subtree]
        # The frame's own text before its first child, kept if the frame is accepted.
        lead, start = None, len(result_body)
        if subelems != [subtree] and text_chars_test(subtree.text):
            lead = Element("p")
            lead.text = subtree.text
            lead = process_node(lead, options)
        for elem in subelems:
            if elem.getroottree().getroot() is result_body:
                continue  # moved into the body with an element emitted whole
            tag, tail = elem.tag, elem.tail  # the handlers may rename it "done"
            processed_elem = handle_textelem(elem, potential_tags, options)
            if processed_elem is not None:
                result_body.append(processed_elem)
                if elem.getroottree().getroot() is not result_body:
                    elem.tag = "done"
            if (
                tag in REBUILT_BLOCKS
                and text_chars_test(tail)
                and (processed_elem is None or processed_elem.tail is None)
            ):
                tail_elem = Element("p")
                tail_elem.text = tail
                if process_node(tail_elem, options) is not None:
                    result_body.append(tail_elem)
        while len(result_body) > 0 and (result_body[-1].tag in NOT_AT_THE_END):
            delete_element(result_body[-1], keep_tail=False)
        if sum(e.tag != "graphic" for e in result_body) > 1:  # real content, not one image
            if lead is not None:
                result_body.insert(start, lead)
            break
    temp_text = " ".join(result_body.itertext()).strip()
    return result_body, temp_text, potential_tags, untouched


def _in_source_order(result_body: _Element, page_text: str) -> None:
    """Put the too-short frame's elements and the wild ones added after them in the page's
    order: trafilatura appends the page's paragraphs after the frame it found (a live
    blog's first post), which would put the story's lead under that post. Left as it is
    when an element's text is not found in ``page_text`` (an image, a rewritten block)."""
    placed = []
    for position, element in enumerate(result_body):
        key = " ".join(_elem_text(element).split())[:_ORDER_KEY_CHARS]
        found = page_text.find(key) if key else -1
        if found < 0:
            return
        placed.append((found, position, element))
    if [element for *_, element in sorted(placed)] == list(result_body):
        return
    for _, _, element in sorted(placed):
        result_body.append(element)  # (appending an element moves it to the end)


_ORDER_KEY_CHARS = 60  # enough of a paragraph's start to find it in the page


def _recover_wild_text(
    tree: HtmlElement,
    result_body: _Element,
    options: Extractor,
    potential_tags: set[str],
    consumed: set[_Element],
) -> tuple[_Element, bool]:
    """``trafilatura.main_extractor.recover_wild_text``: the paragraphs (code, quotes,
    tables) of the whole page the main pass did not take, added to ``result_body``; and
    whether teaser blocks were kept (fast mode) that the full mode would have pruned."""
    potential_tags = set(potential_tags)  # the recall branch adds to it
    recall = options.focus == "recall"
    if recall:
        potential_tags.update(["div", "lb"])
    # In fast mode (no external comparison after it) teaser blocks are kept.
    search_tree, kept_teasers = _prune_unwanted_sections(
        tree, potential_tags, options, keep_teasers=options.fast
    )
    subelems = _wild_elements(search_tree, recall)
    wild_tags = (*_WILD_TAGS, *_WILD_RECALL_TAGS) if recall else _WILD_TAGS
    # What the main pass took (exactly, or a long text within it) is not taken again.
    elem_texts = [_elem_text(el) for el in result_body]
    existing = "\n".join(filter(None, elem_texts))
    existing_elems = set(elem_texts)
    # The wild elements inside one handled whole (emitted or deduplicated): covered by it.
    # They follow it in ``subelems`` (document order) and nothing handled later moves
    # them, so they are taken from its subtree as it stands once handled, instead of
    # walking every later element's ancestors.
    covered: set[_Element] = set()
    for subelem in subelems:
        if (consumed and subelem in consumed) or (covered and subelem in covered):
            continue
        processed = handle_textelem(subelem, potential_tags, options)
        if processed is None:
            continue
        if processed is subelem:
            covered.update(subelem.iterdescendants(*wild_tags))
        text = _elem_text(processed)
        # Image-only blocks: their sources against the body's.
        images = {img.get("src") for img in processed.iter("graphic")}
        if not text and images and images <= {g.get("src") for g in result_body.iter("graphic")}:
            continue
        under_cap = len(existing) <= DEDUPE_SCAN_CAP
        # A copy carrying its source's tail is a fragment of a text run: no length gate.
        fragment = trim(text + (processed.tail or "")) if text_chars_test(processed.tail) else ""
        if text and (
            text in existing_elems
            or (
                under_cap
                and (
                    (len(text) > MIN_DUPLICATE_LENGTH and text in existing)
                    or (fragment and fragment in existing)
                )
            )
        ):
            continue
        result_body.append(processed)
        if under_cap:
            existing += "\n" + (fragment or text)
        existing_elems.add(text)
    return result_body, kept_teasers


def _wild_elements(tree: _Element, recall: bool) -> list[_Element]:
    """The descendants of ``tree`` trafilatura's recovery reads, in document order: code,
    paragraphs, quotes, tables and code boxes (every div and line break and list too, for
    recall)."""
    if recall:
        return list(tree.iterdescendants(*_WILD_TAGS, *_WILD_RECALL_TAGS))
    return [
        element
        for element in tree.iterdescendants(*_WILD_TAGS)
        if element.tag != "div" or _WILD_DIV_CLASS in (element.get("class") or "")
    ]


def _prune_unwanted_sections(
    tree: HtmlElement,
    potential_tags: set[str],
    options: Extractor,
    keep_teasers: bool = False,
) -> tuple[HtmlElement, bool]:
    """``trafilatura.main_extractor.prune_unwanted_sections``; and whether ``keep_teasers``
    kept any teaser block."""
    favor_precision = options.focus == "precision"
    found = discard_matches(tree)  # before the deletions: the later ones check what is left
    _prune_overall_discards(tree, found.overall)
    if "graphic" not in potential_tags:  # DISCARD_IMAGE_ELEMENTS
        _delete_all([e for e in found.captions if _inside(e, tree)])
    kept_teasers = False
    if options.focus != "recall":
        teasers = [e for e in found.teasers if _inside(e, tree)]  # TEASER_DISCARD_XPATH
        if keep_teasers:
            kept_teasers = bool(teasers)
        else:
            _delete_all(teasers)
        if favor_precision:
            tree = prune_unwanted_nodes(tree, PRECISION_DISCARD_XPATH)
    precise = favor_precision
    tested: dict[_Element, tuple[bool, bool]] = {}  # shared by the six passes: see below
    for _ in range(2):
        tree = _delete_by_link_density(tree, "div", True, precise, tested)
        tree = _delete_by_link_density(tree, "list", False, precise, tested)
        tree = _delete_by_link_density(tree, "p", False, precise, tested)
    if "table" in potential_tags or favor_precision:
        # Collected before deleting: a deletion mid-iteration can skip a table.
        boilerplate_tables = [e for e in tree.iter("table") if link_density_test_tables(e) is True]
        for elem in boilerplate_tables:
            delete_element(elem, keep_tail=False)
    if favor_precision:
        while len(tree) > 0 and (tree[-1].tag == "head"):
            delete_element(tree[-1], keep_tail=False)
        tree = delete_by_link_density(tree, "head", backtracking=False, favor_precision=True)
        tree = delete_by_link_density(tree, "quote", backtracking=False, favor_precision=True)
    strip_tags(tree, "span", *(() if "ref" in potential_tags else ("ref",)))
    return tree, kept_teasers


def _delete_by_link_density(
    subtree: HtmlElement,
    tagname: str,
    backtracking: bool,
    favor_precision: bool,
    tested: dict[_Element, tuple[bool, bool]],
) -> HtmlElement:
    """``trafilatura.htmlprocessing.delete_by_link_density(subtree, tagname, backtracking,
    favor_precision)``, its ``link_density_test`` results kept in ``tested`` for the next
    pass of the same prune.

    The test reads only the element's subtree, its tag and whether it has a next sibling;
    a deletion changes those only for the deleted element's ancestors and its previous
    sibling, whose results are dropped. The second round of the prune then tests again
    only what the first round's deletions touched (the second round took a third of
    the link-density time; measured: the extraction 1-2 % faster)."""
    deletions = []
    len_threshold = 200 if favor_precision else 100
    depth_threshold = 1 if favor_precision else 3
    for elem in subtree.iter(tagname):
        known = tested.get(elem)
        if known is None:
            known = tested[elem] = link_density_test(elem, favor_precision)
        result, short_with_links = known
        if result or (
            backtracking
            and short_with_links
            and len(elem) >= depth_threshold
            and trimmed_length(elem) < len_threshold
        ):
            # a paragraph that holds the content of a list item is kept (trafilatura #788)
            parent = elem.getparent()
            if tagname == "p" and parent is not None and parent.tag in ("item", "td", "th"):
                continue
            deletions.append(elem)
    for elem in dict.fromkeys(deletions):
        for ancestor in elem.iterancestors():
            tested.pop(ancestor, None)
        previous = elem.getprevious()
        if previous is not None:
            tested.pop(previous, None)
        delete_element(elem)
    return subtree


def _prune_overall_discards(tree: HtmlElement, found: list[HtmlElement]) -> None:
    """``prune_unwanted_nodes(tree, OVERALL_DISCARD_XPATH, with_backup=True)``, ``found``
    its matches: the outermost deleted (tails kept), unless that takes most of the text."""
    if not found:
        return  # nothing to delete: the tree's text need not be measured
    matches = dict.fromkeys(found)
    outer = [elem for elem in matches if not any(a in matches for a in elem.iterancestors())]
    old_len = len(tree.text_content())
    if old_len - sum(len(elem.text_content()) for elem in outer) > old_len / _KEPT_TEXT_PARTS:
        for elem in outer:
            delete_element(elem)


def _delete_all(elements: list[HtmlElement]) -> None:
    """``prune_unwanted_nodes(tree, [expression])`` of an expression that found
    ``elements`` in ``tree``: each deleted, its tail kept (one inside another deleted one
    is deleted from that, out of the tree)."""
    for element in elements:
        delete_element(element)


def _inside(element: HtmlElement, tree: HtmlElement) -> bool:
    return any(ancestor is tree for ancestor in element.iterancestors())
