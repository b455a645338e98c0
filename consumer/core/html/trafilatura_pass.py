"""trafilatura's extraction cascade on our tree, without the work our settings never use.

``bare_extraction`` (trafilatura 2.3.1) copies the tree it is given, then, in
``trafilatura_sequence``, prunes the copy with XPath expressions whose regular
expressions libxml2 calls back into Python for every div, section and list of the page,
cleans a second copy and keeps a third for the external extractors that its fast mode
never runs. ``trafilatura_text`` runs the same stages, in the same order and with the
same functions, for the settings of the body extractor (no comments, tables kept, no
images, links, formatting, deduplication, language filter or metadata), and returns the
same text, but:

- the prunes find their candidates in one walk over the tags they look at, by words in
  the id and class, and run their expressions on those few elements only; what they
  delete is detached from the tree for the time of the extraction instead of deleted
  from a copy (nothing after them changes the tree: each stage copies what it changes);
- the pre-conversion copy of the cleaned tree is made only for the full mode's
  readability/jusText comparison, its one reader;
- a full mode run after a fast one on the same tree (``MainExtractions``) takes the
  fast pass's main extraction instead of making it again: both modes clean the tree and
  extract from it alike, unless the fast recovery of wild text kept teaser blocks;
- the recall escalation's test of the page's text length (html2txt, a copy and a
  cleaning of the page) is first made against a cheap upper bound of that length.
- the main extractor is ``trafilatura_content.extract_content``, trafilatura's own with
  its id and class tests (where the body is, which boilerplate is pruned) made in Python.
- html2txt and jusText's rescue (in the escalation and in the full mode's comparison)
  clean the page (``basic_cleaning``) with the same Python walk for its cookie-banner
  test; html2txt's spacing drops control characters only from a text holding one.
- jusText itself (``justext_pass.try_justext``) makes each paragraph's text once, and
  readability (``readability_pass.try_readability``) measures each link's text once.
- the full mode's comparison cleans the page for jusText only when jusText runs: a full
  mode taking the fast pass's main extraction reads no other cleaned copy;
- the options are built once per mode (then copied with the page's URL).
- the body's text (``xmltotxt`` without formatting) drops control characters only from
  a line that holds one: trafilatura tests every character of a line holding a tab or a
  no-break space.

It mirrors ``trafilatura_sequence`` of trafilatura 2.3.1 (pinned in pyproject.toml);
tests/core/html/test_trafilatura_pass.py compares it with ``bare_extraction``.

A derived work of trafilatura (Apache-2.0, Adrien Barbaresi and contributors), under the
same licence as this project; upgrading trafilatura means re-reading these steps.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from contextlib import ExitStack
from copy import copy, deepcopy
from html import unescape

from lxml import etree
from lxml.etree import _Element, strip_tags, tostring
from lxml.html import HtmlElement
from trafilatura.baseline import _BLOCK_ELEMS, baseline
from trafilatura.core import (
    ESCALATION_ACCEPT_RATIO,
    ESCALATION_JUSTEXT_RATIO,
    ESCALATION_MAX_LENGTH,
    ESCALATION_PAGE_SHARE,
    _forum_thread_page,
)
from trafilatura.external import (
    JUSTEXT_OVERRIDE_RATIO,
    SANITIZED_XPATH,
    _prefer_readability,
    sanitize_tree,
)
from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes, tree_cleaning
from trafilatura.settings import Extractor
from trafilatura.utils import remove_control_characters, trim
from trafilatura.xml import delete_element, process_element, xmltotxt
from trafilatura.xpaths import (
    OVERALL_DISCARD_XPATH,
    RAW_TREE_PRUNE_XPATH,
    REGEXP_NS,
    REMOVE_COMMENTS_AND_LISTS_XPATH,
)

from consumer.core.html.baseline_blocks import split_article_blob
from consumer.core.html.justext_pass import try_justext
from consumer.core.html.readability_pass import try_readability
from consumer.core.html.trafilatura_content import KEPT_TEASERS, WILD_TEXT, extract_content
from consumer.core.html.trafilatura_finders import basic_clean_matches
from consumer.core.html.tree import detached
from consumer.core.normalise import STRAY_JOINER

# The elements the raw prunes may delete, found in one walk over the tags they look at:
# those whose id or class holds a word every match of their regular expressions holds.
# RAW_TREE_PRUNE_XPATH: a div, section or aside whose id or class matches
# 'mvp-post-add-(?:box|wrap)|infinite-?scroll', or whose class holds
# 'elementor-share-buttons'; REMOVE_COMMENTS_AND_LISTS_XPATH: a div, list, section,
# details, ol or ul whose id matches '^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)'
# or class '^[Cc]omment(?!ary)|(?:article|post)-comments'. Each candidate is then tested
# with the expression's own conditions (``_on_self``), so a prune deletes exactly what
# trafilatura's would; most pages have no candidate at all. (libxml2 takes about ten times
# as long over trafilatura's ``.//*[self::div or ...]`` expressions as this walk.)
_PRUNE_TAGS = ("div", "section", "aside", "list", "details", "ol", "ul")
_PRUNE_WORD = re.compile("omment|comol|disqus_thread|scroll|mvp-post-add-|elementor-share-buttons")
_DESCENDANT_COUNT = etree.XPath("count(descendant::*)")
# The attribute marking a fast pass's body of wild text that the full mode could replace
# by a shorter one (its text output ignores it): without it, the full mode gives the same
# body or a longer one, and a caller wanting a shorter body need not run it.
MAY_SHORTEN = "full-mode-may-shorten"
_UNCLEAN = etree.XPath(SANITIZED_XPATH)
_PARAGRAPH_TEXT = etree.XPath("boolean(.//p//text())")


def _on_self(expression: etree.XPath) -> etree.XPath:
    """``expression`` (``.//*[conditions]``) as a test of the element it is evaluated on."""
    path = expression.path.strip()
    if not path.startswith(".//*["):
        raise ValueError(f"not a descendant search: {path[:40]!r}")
    return etree.XPath("self::*" + path.removeprefix(".//*"), namespaces={"re": REGEXP_NS})


# Each prune's expressions as tests of one element, in the order trafilatura applies them.
_RAW_PRUNE_TESTS = tuple(map(_on_self, RAW_TREE_PRUNE_XPATH))
_COMMENT_PRUNE_TESTS = tuple(map(_on_self, REMOVE_COMMENTS_AND_LISTS_XPATH))
# The words of ``_PRUNE_WORD`` each expression's matches hold in "id class" (its regular
# expressions and contains() cannot match without them): a candidate without the words
# of an expression is not tested with it (on pages of comments, most candidates are
# comments, which the raw prunes' expressions were run on in vain).
_RAW_PRUNE_WORDS = (re.compile("mvp-post-add-|scroll"), re.compile("elementor-share-buttons"))
_COMMENT_PRUNE_WORDS = (re.compile("omment|comol|disqus_thread"),)
_RAW_PRUNES = tuple(zip(_RAW_PRUNE_TESTS, _RAW_PRUNE_WORDS, strict=True))
_COMMENT_PRUNES = tuple(zip(_COMMENT_PRUNE_TESTS, _COMMENT_PRUNE_WORDS, strict=True))


def _prune_candidates(tree: HtmlElement) -> list[HtmlElement]:
    """The elements of ``tree`` the prunes may delete, in document order."""
    found = []
    for element in tree.iter(_PRUNE_TAGS):
        if _PRUNE_WORD.search(_names_of(element)):
            found.append(element)
    return found


def _names_of(element: HtmlElement) -> str:
    return element.get("id", "") + " " + element.get("class", "")


class MainExtractions:
    """The main extraction (body, text) of a fast pass, kept for a full mode run on the
    same tree. ``extract_content`` gives the same body and text in both modes (its one
    difference: the fast mode's recovery of wild text keeps teaser blocks, and a body
    that kept some is not kept here), from the same cleaning of the same tree (the fast
    pass may read the tree without sections trafilatura's cleaning deletes anyway), so the
    full mode, which costs as much again, need not make it a second time. Only the
    balanced focus: the recall retry's cleaning puts back what it deleted when that was
    every paragraph, and what it puts back is the tree it was given."""

    __slots__ = ("_kept",)

    def __init__(self) -> None:
        self._kept: tuple[_Element, str] | None = None

    def keep(self, body: _Element, text: str) -> None:
        if body.get(WILD_TEXT) != KEPT_TEASERS:
            self._kept = (deepcopy(body), text)

    def take(self) -> tuple[_Element, str] | None:
        """The body kept and its text, handed over once (the taker changes the body)."""
        kept, self._kept = self._kept, None
        return kept


def trafilatura_text(
    tree: HtmlElement,
    url: str | None,
    *,
    fast: bool,
    names: Collection[str] | None = None,
    prepare: Callable[[_Element], object] | None = None,
    main: MainExtractions | None = None,
) -> str | None:
    """The text ``bare_extraction(tree, url=url, fast=fast, include_comments=False,
    include_tables=True, with_metadata=False)`` returns (``.text``), or None where it
    returns None. Raises what it raises; ``tree`` is left as it was.

    ``names``, when given, holds every id and class value of ``tree`` (more do no harm,
    e.g. ``Cleaned.name_values``): a page none of whose names holds a word of the prunes
    (most pages) is not walked for their candidates. ``prepare``, when given, is called
    on the extracted body (trafilatura's XML) before it is turned into text. ``main``,
    when given to a fast pass and then to a full one on the same unchanged tree (and
    ``names``), carries the first's main extraction to the second."""
    options = _options(fast, url)
    try:
        body, text = _sequence(tree, options, url, names, main)
    except (TypeError, ValueError):
        return None  # bare_extraction's "discarding data"
    if options.max_tree_size:
        if len(body) > options.max_tree_size:
            strip_tags(body, "hi")
        if len(body) > options.max_tree_size:
            return None
    # Comments are not extracted: their length, 0, is below any positive minimum.
    if len(text) < options.min_output_size and options.min_output_comm_size > 0:
        return None
    if prepare is not None:
        prepare(body)
    return xmltotxt(body, True) if options.formatting else body_text(body)


def _options(fast: bool, url: str | None) -> Extractor:
    """``Extractor(output_format="python", fast=fast, comments=False, tables=True,
    images=False, links=False, dedup=False, url=url, with_metadata=False)``: a copy of one
    built once per mode, with this page's URL (building one reads a dozen values of
    trafilatura's configuration through ``ConfigParser``)."""
    options = copy(_OPTIONS_BY_MODE[fast])
    options.url = url
    source = url or None
    options.source = source and source.encode("utf-8", "replace").decode("utf-8")
    return options


def _extractor(fast: bool) -> Extractor:
    return Extractor(
        output_format="python",
        fast=fast,
        comments=False,
        tables=True,
        images=False,
        links=False,
        dedup=False,
        url=None,
        with_metadata=False,
    )


# (Their ``date_params`` hold the day they were built: only metadata reads them, and the
# body extractor's settings read no metadata.)
_OPTIONS_BY_MODE = {fast: _extractor(fast) for fast in (False, True)}


def body_text(body: _Element) -> str:
    """``trafilatura.xml.xmltotxt(body, include_formatting=False)``: its text parts
    joined, then (``sanitize(text, preserve_space=True)``) each line with three HTML
    space entities read and its control characters dropped, the empty ones left out,
    then character references read."""
    parts: list[str] = []
    process_element(body, parts, False)
    lines = map(_sanitized_line, "".join(parts).splitlines())
    return unescape("\n".join(filter(None, lines)).replace("\u2424", ""))


def _sanitized_line(line: str) -> str:
    """``trafilatura.utils.line_processing(line, preserve_space=True)``."""
    line = line.replace("&#13;", "\r").replace("&#10;", "\n").replace("&nbsp;", "\u00a0")
    return without_control_characters(line)


def without_control_characters(text: str) -> str:
    """``trafilatura.utils.remove_control_characters``: the characters of ``text`` that
    are printable or a space. That tests each character (in a Python map) unless the
    whole text is printable, which a line holding a tab or a no-break space is not; most
    lines hold no other unprintable character than such spaces, and ``str.split`` splits
    at exactly the characters ``str.isspace`` calls spaces, so a line whose words are
    printable is kept as it is (tested in C). Unlike trafilatura, it keeps a zero-width
    joiner between two letters of the Arabic or an Indic script: there it is spelling
    (Persian "می‌شود")."""
    if text.isprintable() or "".join(text.split()).isprintable():
        return text
    if "\u200c" not in text and "\u200d" not in text:
        return remove_control_characters(text)
    kept = "".join(c for c in text if c.isprintable() or c.isspace() or c in "\u200c\u200d")
    return _STRAY_JOINER.sub("", kept)


_STRAY_JOINER = re.compile(STRAY_JOINER)


def _sequence(
    tree: HtmlElement,
    options: Extractor,
    url: str | None,
    names: Collection[str] | None,
    main: MainExtractions | None = None,
) -> tuple[_Element, str]:
    """``trafilatura_sequence`` without comments: (body, its text)."""
    prunes = _RAW_PRUNES
    if not _forum_thread_page(tree):  # a forum's comments are its posts
        prunes += _COMMENT_PRUNES
    # (No word of the prunes holds a space: one in "id class" is in one of the names.)
    maybe = names is None or _PRUNE_WORD.search("\n".join(set(names))) is not None
    candidates = _prune_candidates(tree) if maybe else []
    with ExitStack() as pruned:
        # Each expression in turn, on what the previous ones left (a candidate inside an
        # element already taken out is no longer in ``tree``), as trafilatura's prunes do;
        # what they delete is detached from ``tree`` until the end, its tail kept in place
        # as trafilatura's delete_element keeps it. The stages below copy what they change.
        taken: set[HtmlElement] = set()  # (all candidates were in ``tree``; these left it)
        for matches, words in prunes if candidates else ():
            found = [
                e
                for e in candidates
                if words.search(_names_of(e)) and _not_in(e, taken) and matches(e)
            ]
            taken.update(found)
            pruned.enter_context(detached(found))
        return _cascade(tree, options, url, main)


def _not_in(element: HtmlElement, taken: set[HtmlElement]) -> bool:
    """Whether neither ``element`` nor an ancestor of it is in ``taken``."""
    if not taken:
        return True  # most pages: nothing taken out yet, no ancestors walked
    return element not in taken and not any(a in taken for a in element.iterancestors())


def _cascade(
    tree: HtmlElement, options: Extractor, url: str | None, main: MainExtractions | None
) -> tuple[_Element, str]:
    """The stages after the prunes: extraction, baseline rescue, recall escalation."""
    body, text = _extract_and_compare(tree, options, url, main)
    wild_text = body.get(WILD_TEXT)  # the mark stays whichever stage gives the body
    may_shorten = (
        options.fast
        and wild_text is not None
        and (wild_text == KEPT_TEASERS or _full_mode_may_shorten(body, text, options))
    )
    # Rescue: the baseline on the uncleaned tree, when it finds more.
    if len(text) < options.min_extracted_size and options.focus != "precision":
        baseline_body, baseline_text, baseline_length = baseline(tree)
        if baseline_length > len(text):
            body, text = split_article_blob(tree, baseline_body), baseline_text
    # Recall escalation: a short body covering little of the page is extracted again.
    if (
        options.focus == "balanced"
        and 0 < len(text) < ESCALATION_MAX_LENGTH
        and len(text) < ESCALATION_PAGE_SHARE * _page_text_bound(tree)
        and len(text) < ESCALATION_PAGE_SHARE * len(_html2txt(tree))
    ):
        body, text = _escalated(tree, options, url, body, text)
        may_shorten = options.fast and wild_text is not None  # (the full mode's weighs more)
    if wild_text is not None:
        body.set(WILD_TEXT, wild_text)
    if may_shorten:
        body.set(MAY_SHORTEN, "1")
    return body, text


def _full_mode_may_shorten(body: _Element, text: str, options: Extractor) -> bool:
    """Whether the full mode's comparison (``compare_extraction``) could give a shorter
    body than the main extractor's ``body`` (the same in both modes where the recovery
    kept no teaser block). Readability's pick replaces it when longer, or when shorter
    (but over twice the minimum size) and the body holds no paragraph text or more tables
    than paragraphs; jusText's replaces a body holding an element trafilatura calls
    unclean (a button, a form field, a figure ...) or a short one, after which the
    baseline the fast mode took may not run."""
    if len(text) < options.min_extracted_size or _UNCLEAN(body):
        return True
    if len(text) <= 2 * options.min_extracted_size:
        return False
    return not _PARAGRAPH_TEXT(body) or len(body.findall(".//table")) > len(body.findall(".//p"))


def _page_text_bound(tree: HtmlElement) -> int:
    """An upper bound of ``len(html2txt(tree))``, at a tenth of its cost: html2txt deletes
    some sections of the body (which never lengthens its text once whitespace runs are
    collapsed), puts a space before the text and the tail of block elements (each space
    adds at most one character), then collapses whitespace runs."""
    body = tree.find(".//body")
    if body is None:
        body = tree
    collapsed = len(" ".join(body.text_content().split()))
    return collapsed + 2 * int(_DESCENDANT_COUNT(body))


def _basic_cleaning(tree: HtmlElement) -> HtmlElement:
    """``trafilatura.baseline.basic_cleaning``: scripts, styles, asides, footers and
    cookie banners deleted (tails kept)."""
    for element in basic_clean_matches(tree):
        delete_element(element)
    return tree


def _html2txt(tree: HtmlElement) -> str:
    """``trafilatura.baseline.html2txt(tree)``: the text of the page's body, cleaned."""
    tree = copy(tree)
    body = tree.find(".//body")
    if body is None:
        body = tree
    return _spaced_text(_basic_cleaning(body))


def _spaced_text(element: HtmlElement) -> str:
    """``trafilatura.baseline._spaced_text``: a space put before the text and the tail of
    each block element (their control characters dropped), then whitespace runs collapsed.
    ``without_control_characters`` drops them as ``remove_control_characters`` does, but
    tests each character only in a text holding one (block elements' tails are mostly a
    line break and indentation, which sent every one of them through a Python-level map)."""
    for elem in element.iter(*_BLOCK_ELEMS):
        elem.text = f" {without_control_characters(elem.text)}" if elem.text else " "
        elem.tail = f" {without_control_characters(elem.tail)}" if elem.tail else " "
    return " ".join(element.text_content().split())


def _justext_rescue(tree: HtmlElement, options: Extractor) -> tuple[_Element, str]:
    """``trafilatura.external.justext_rescue(tree, options)``."""
    body = try_justext(_basic_cleaning(tree), options.url, options.lang)
    return body, trim(" ".join(body.itertext()))


def _extract_and_compare(
    tree: HtmlElement, options: Extractor, url: str | None, main: MainExtractions | None = None
) -> tuple[_Element, str]:
    """trafilatura's main extractor on a cleaned copy of ``tree``, then (full mode) its
    comparison with readability and jusText. ``main`` (balanced focus only): where a fast
    pass keeps its main extraction and a full one takes it."""

    def cleaned_and_converted() -> HtmlElement:
        return convert_tags(tree_cleaning(copy(tree), options), options, url)

    def extracted(cleaned: HtmlElement) -> tuple[_Element, str]:
        # The recovery pass (rare) reads a second copy, built again only when it runs.
        return extract_content(cleaned, options, clean_again=cleaned_and_converted)

    if options.focus != "balanced":
        main = None
    if options.fast:
        body, text = extracted(cleaned_and_converted())
        if main is not None:
            main.keep(body, text)
        return body, text
    cleanings: list[HtmlElement] = []  # the cleaned tree, made once when first read

    def before_conversion() -> HtmlElement:
        if not cleanings:
            cleanings.append(tree_cleaning(copy(tree), options))
        return cleanings[0]

    kept = main.take() if main is not None else None
    body, text = kept or extracted(convert_tags(copy(before_conversion()), options, url))
    return _compare_extraction(before_conversion, copy(tree), body, text, options)


def _compare_extraction(
    cleaned_tree: Callable[[], HtmlElement],
    raw_tree: HtmlElement,
    body: _Element,
    text: str,
    options: Extractor,
) -> tuple[_Element, str]:
    """``trafilatura.external.compare_extraction(cleaned_tree(), raw_tree, body, text,
    options)``: the main extraction against readability's and, for an unclean or short
    body, jusText's. The cleaned tree only jusText reads is asked for only when jusText
    runs (a full mode taking the fast pass's main extraction need not clean the page
    again), and jusText's cleaning finds its sections by our walk (``_justext_rescue``)."""
    length = len(text)
    if options.focus == "recall" and length > options.min_extracted_size * 10:
        return body, text
    if options.focus == "precision":
        raw_tree = prune_unwanted_nodes(raw_tree, OVERALL_DISCARD_XPATH)
    algo_body = try_readability(raw_tree)
    algo_text = trim(tostring(algo_body, method="text", encoding="utf-8").decode("utf-8"))
    algo_length = len(algo_text)
    use_readability = _prefer_readability(body, algo_body, algo_text, length, algo_length, options)
    if use_readability:
        body, text, length = algo_body, algo_text, algo_length
    unclean = bool(_UNCLEAN(body))
    if unclean or length < options.min_extracted_size:
        just_body, just_text = _justext_rescue(cleaned_tree(), options)
        just_length = len(just_text)
        # unclean: a shorter body is allowed (boilerplate dropped), image pages guarded
        if unclean:
            accept = length <= JUSTEXT_OVERRIDE_RATIO * just_length and (
                just_length > length or not options.images or body.find(".//graphic") is None
            )
        else:
            accept = length < just_length
        if just_text and accept:
            body, text = just_body, just_text
            use_readability = False
    if use_readability:
        body, text = sanitize_tree(body, options)
    return body, text


def _escalated(
    tree: HtmlElement, options: Extractor, url: str | None, body: _Element, text: str
) -> tuple[_Element, str]:
    """The body and text after trafilatura's recall retry (and, in full mode, jusText)."""
    recall = copy(options)  # the caller's options keep their focus
    recall.focus = "recall"
    recall_text = just_text = ""
    try:
        recall_body, recall_text = _extract_and_compare(tree, recall, url)
    except Exception:  # as trafilatura: a failed retry keeps the first body
        recall_text = ""
    if not options.fast:
        try:
            just_body, just_text = _justext_rescue(copy(tree), options)
        except Exception:  # as trafilatura
            just_text = ""
    length, recall_length, just_length = len(text), len(recall_text), len(just_text)
    if just_length > recall_length and just_length > ESCALATION_JUSTEXT_RATIO * length:
        return just_body, just_text
    if (
        recall_length >= options.min_extracted_size
        and recall_length > ESCALATION_ACCEPT_RATIO * length
    ):
        return recall_body, recall_text
    return body, text
