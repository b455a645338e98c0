"""htmldate's ``find_date`` on our tree, without copying the tree.

``find_date(tree, extensive_search=False, original_date=True, url=url, max_date=...)``
(htmldate 1.11, pinned in pyproject.toml) reads the page's header, JSON and <abbr>
elements, then deep-copies the whole tree so that it can delete the page's embeds,
frames and media (and, last, its scripts and styles) before its other searches. The
extractor reads the same tree afterwards, so ``htmldate_date`` runs the same stages, in
the same order and with the same functions, and returns the same date, but:

- the deletions are made on the tree itself, each recorded, and undone in reverse order
  once the date is found (the searches between them only read the tree), so no copy of
  the page is made (a copy cost as much as a tenth of the parse);
- its search of a timestamp in the serialised page starts at the first bare date there
  (a timestamp begins with one), and is skipped where there is none (most pages); one
  scan finds where the first bare date or numeric date (below) may start;
- its search of a written date near a numeric date ("Published: 03.03.2015") reads the
  page from just before the first numeric date, found by a simpler pattern, and is
  skipped where there is none (most pages);
- its last search (fast mode), of a bare date ("2007-05-03") in the text of the page
  without scripts and styles, runs only where such a date is in the serialised page: the
  text's dates (a date holds no space, so it lies in one text node, whose digits and
  hyphens the serialisation keeps as they are) are all there, so elsewhere that search
  finds nothing, and the page's text need not be joined;
- its search of JSON scripts compiles its XPath once (it was compiled on every page);
- the options are built once: htmldate's caches are keyed by them, so they now also hold
  across pages (their values depend on the options' fields only).

A derived work of htmldate (Apache-2.0, Adrien Barbaresi and contributors), under the
same licence as this project; upgrading htmldate means re-reading ``find_date``.
tests/core/html/test_htmldate_pass.py compares it with ``find_date``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from htmldate.core import (
    TIMESTAMP_LOOSE_PATTERN,
    TIMESTAMP_PATTERN,
    date_candidates,
    examine_abbr_elements,
    examine_elements,
    examine_header,
    examine_time_elements,
    serialize,
)
from htmldate.extractors import (
    DISCARD_EXPRESSIONS,
    JSON_MODIFIED,
    JSON_PUBLISHED,
    extract_url_date,
    idiosyncrasies_search,
    img_search,
    pattern_search,
)
from htmldate.settings import CLEANING_LIST
from htmldate.utils import Extractor
from htmldate.validators import get_min_date
from lxml import etree
from lxml.html import HtmlElement

from consumer.core.html.tree import Detached, detach, reattach

# The date part of TIMESTAMP_LOOSE_PATTERN (its group 1, which every match holds).
_LOOSE_DATE = re.compile(TIMESTAMP_LOOSE_PATTERN.pattern.split(")(", 1)[0].removeprefix("("))

# The end of htmldate's DATE_CORE_PATTERN from its first part's last digit on (a core
# holds one, and is one), and how far before it a core (3) and its window (60) may start.
_CORE_SEED = re.compile(r"[0-9][./][0-9]{1,2}[./][0-9]{2}")
_CORE_SEED_MARGIN = 3 + 60
# Where a bare date (_LOOSE_DATE) or a core seed starts, whichever comes first: one scan
# of the page that most pages (with neither) need alone.
_NUMERIC_DATE = re.compile(
    r"[0-9](?:[./][0-9]{1,2}[./][0-9]{2}"
    r"|(?<=1)99[0-9]-[0-1]?[0-9]-[0-3]?[0-9]|(?<=2)0[0-3][0-9]-[0-1]?[0-9]-[0-3]?[0-9])"
)

_DATE_JSON_SCRIPTS = etree.XPath(
    './/script[@type="application/ld+json" or @type="application/settings+json"]'
)


def htmldate_date(tree: HtmlElement, url: str | None, options: Extractor) -> str | None:
    """``find_date(tree, extensive_search=False, original_date=True, url=url,
    max_date=options.max)`` for ``options`` made by ``fast_original_options``; ``tree``
    is left as it was."""
    if url is None:  # probe for canonical links
        link = tree.find('.//link[@rel="canonical"]')
        if link is not None:
            url = link.get("href")
    result = extract_url_date(url, options)
    if result is not None:
        return result
    result = examine_header(tree, options) or _json_search(tree, options)
    if result is not None:
        return result
    result = examine_abbr_elements(tree, options)
    if result is not None:
        return result
    undo: Detached = []
    try:
        return _pruned_tree_date(tree, options, undo)
    finally:
        reattach(undo)


def fast_original_options(max_date: datetime) -> Extractor:
    """The options ``find_date`` builds for ``extensive_search=False, original_date=True``
    and this ``max_date``."""
    return Extractor(False, max_date, get_min_date(None), True, "%Y-%m-%d")


def _json_search(tree: HtmlElement, options: Extractor) -> str | None:
    """htmldate's ``json_search``: a date of the page's JSON-LD or settings scripts."""
    json_pattern = JSON_PUBLISHED if options.original else JSON_MODIFIED
    for element in _DATE_JSON_SCRIPTS(tree):
        if not element.text or '"date' not in element.text:
            continue
        result = pattern_search(element.text, json_pattern, options)
        if result is not None:
            return result
    return None


def _pruned_tree_date(tree: HtmlElement, options: Extractor, undo: Detached) -> str | None:
    """The stages of ``find_date`` after its copy of the tree, on ``tree`` itself, each
    deletion recorded in ``undo``."""
    try:
        _drop_trees(tree.iter(CLEANING_LIST), undo)  # clean_html
        for subtree in DISCARD_EXPRESSIONS(tree):  # discard_unwanted
            _remove(subtree, undo)
    except ValueError:  # pragma: no cover - as htmldate: searched as far as cleaned
        pass
    result = (
        examine_elements(date_candidates(tree, False), options)
        or examine_elements(tree.xpath(".//title|.//h1"), options)
        or examine_time_elements(tree, options)
    )
    if result is not None:
        return result
    htmlstring = serialize(tree)
    first = _NUMERIC_DATE.search(htmlstring)
    start = len(htmlstring) if first is None else first.start()
    loose = _LOOSE_DATE.search(htmlstring, start)
    result = (
        _timestamp_search(htmlstring, loose, options)
        or img_search(tree, options)
        or _idiosyncrasies_search(htmlstring, start, options)
    )
    if result is not None or loose is None:
        return result
    _drop_trees(tree.iter(["script", "style"]), undo)
    return pattern_search(" ".join(tree.itertext()), TIMESTAMP_LOOSE_PATTERN, options)


def _timestamp_search(
    htmlstring: str, loose: re.Match[str] | None, options: Extractor
) -> str | None:
    """``pattern_search(htmlstring, TIMESTAMP_PATTERN, options)`` given ``loose``, the first
    match of ``_LOOSE_DATE`` in ``htmlstring``: a timestamp starts with a loose date, so
    none starts before ``loose`` (and none is found without it); the search starts there."""
    if loose is None:
        return None
    return pattern_search(htmlstring[loose.start() :], TIMESTAMP_PATTERN, options)


def _idiosyncrasies_search(htmlstring: str, start: int, options: Extractor) -> str | None:
    """``idiosyncrasies_search(htmlstring, options)``, which looks for a written date
    (``TEXT_PATTERNS``) in a window of 60 characters either side of each numeric core
    (``DATE_CORE_PATTERN``), from the first, then searches on from that window's start.
    A core holds a ``_CORE_SEED`` match (its first part's last digit on) and the seed is a
    core itself: without a seed there is no core (and no written date, which holds one),
    and with one no core starts more than 3 characters before the first seed, nor any
    written date more than 46 before its core. The search therefore reads the page from
    63 characters before the first seed, with the same windows and the same match (the
    patterns hold no anchors, look-behinds or word boundaries). No seed starts before
    ``start``."""
    seed = _CORE_SEED.search(htmlstring, start)
    if seed is None:
        return None
    start = seed.start() - _CORE_SEED_MARGIN
    return idiosyncrasies_search(htmlstring[start:] if start > 0 else htmlstring, options)


def _drop_trees(elements: Iterable[HtmlElement], undo: Detached) -> None:
    """htmldate's ``clean_html`` loop: each element's ``drop_tree()`` (the text that
    followed it stays in place), recorded in ``undo``."""
    for element in elements:
        if element.getparent() is None:
            # drop_tree's assertion: find_date fails (never on a page's tree)
            raise RuntimeError("an element to drop has no parent")
        detach(element, undo)


def _remove(element: HtmlElement, undo: Detached) -> None:
    """htmldate's ``remove_if_attached``: the element taken out with its tail, recorded."""
    if element.getparent() is not None:
        detach(element, undo, keep_tail=False)
