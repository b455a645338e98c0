"""trafilatura's id and class XPath tests of its main extractor, made in Python.

``BODY_XPATH`` (where the article's body is) and ``OVERALL_DISCARD_XPATH`` (the
boilerplate pruned from it) of trafilatura 2.3.1 call the EXSLT ``re:test`` function for
each element they look at, and lxml answers each call in Python: most of the main
extractor's time on a page. Here the same conditions are tested on each element in one
walk, with the same regular expressions (the token tuples trafilatura builds them from), so
``first_body`` and ``discard_matches`` find the elements those expressions find, in the
same order (``discard_matches`` also those of the simpler ``DISCARD_IMAGE_ELEMENTS`` and
``TEASER_DISCARD_XPATH``: the walk is made anyway).
tests/core/html/test_trafilatura_finders.py compares them with the expressions.

XPath semantics kept: a missing attribute is the empty string; ``re:test(@id|@class, x)``
and ``starts-with(@id|@class, x)`` read the attribute that comes first in the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement
from trafilatura.settings import _COOKIE_CONSENT_RE
from trafilatura.xpaths import (
    _ARTICLE_CONTENT_CLASS_TOKENS,
    _ARTICLE_CONTENT_ID_TOKENS,
    _CONSENT_ID_CLASS_TOKENS,
    _MAIN_CONTENT_CLASS_TOKENS,
    _MAIN_CONTENT_ID_TOKENS,
    _OVERALL_DISCARD_BOTH_TOKENS,
    _OVERALL_DISCARD_CLASS_TOKENS,
    _OVERALL_DISCARD_ID_TOKENS,
    _STORY_CLASS_TOKENS,
    _STORY_ID_TOKENS,
    _alt,
)

_LINE_START = "(?:^| )"  # a token at the start of the value or after a space


class _Alternation:
    """``re.compile("|".join(tokens)).search(value) is not None`` as ``found(value)``,
    faster: the tokens anchored at the start (``^x``, and ``(?:^| )x`` in part) are
    matched there only, apart from the rest, which then all start with a character the
    regex engine can scan for instead of trying every token at every position."""

    __slots__ = ("_anywhere", "_at_start")

    def __init__(self, tokens: tuple[str, ...] | list[str]) -> None:
        at_start, anywhere = [], []
        for token in tokens:
            if token.startswith("^"):
                at_start.append(token[1:])
            elif token.startswith(_LINE_START):
                at_start.append(token.removeprefix(_LINE_START))
                anywhere.append(" " + token.removeprefix(_LINE_START))
            else:
                anywhere.append(token)
        if any("^" in token or "$" in token for token in at_start + anywhere):
            raise ValueError(f"an anchor this split does not know: {tokens}")
        self._at_start = re.compile("|".join(at_start)) if at_start else None
        self._anywhere = re.compile("|".join(anywhere)) if anywhere else None

    def found(self, value: str) -> bool:
        return (self._at_start is not None and self._at_start.match(value) is not None) or (
            self._anywhere is not None and self._anywhere.search(value) is not None
        )


# BODY_XPATH, in its order: each finds the first element (in document order) of a kind.
_BODY_TAGS = ("article", "div", "main", "section")
_ARTICLE_ID = re.compile(_alt(_ARTICLE_CONTENT_ID_TOKENS))
_ARTICLE_CLASS = re.compile(_alt(_ARTICLE_CONTENT_CLASS_TOKENS))
_STORY_ID = re.compile(_alt(_STORY_ID_TOKENS))
_STORY_CLASS = re.compile(_alt(_STORY_CLASS_TOKENS))
_FULLTEXT = re.compile("fulltext", re.IGNORECASE)
_STORY_CLASSES = frozenset({"postarea", "art-postcontent", "text", "cell", "story"})
_MAIN_ID = re.compile(_alt(_MAIN_CONTENT_ID_TOKENS))
_MAIN_CLASS = re.compile(_alt(_MAIN_CONTENT_CLASS_TOKENS))
_LOWER_CM = str.maketrans("CM", "cm")
_LOWER_CP = str.maketrans("CP", "cp")

# OVERALL_DISCARD_XPATH: its first expression looks at these tags, its second at all.
_DISCARD_TAGS = frozenset({"div", "item", "list", "p", "section", "span"})
_CONSENT = re.compile(_alt(_CONSENT_ID_CLASS_TOKENS))
_DISCARD_ID = _Alternation(_OVERALL_DISCARD_BOTH_TOKENS + _OVERALL_DISCARD_ID_TOKENS)
_DISCARD_CLASS = _Alternation(_OVERALL_DISCARD_BOTH_TOKENS + _OVERALL_DISCARD_CLASS_TOKENS)
_HIDDEN = re.compile("hidden")
_HIDDEN_ID = re.compile("reader-comments|akismet")
_HIDDEN_CLASS = _Alternation((
    "^hide-", "comments-title", "nocomments", "-reply-", "message", "akismet", "suggest-links",
    "-hide-", "hide-print", " hidden", " hide", "noprint", "notloaded",
))  # fmt: skip
# BASIC_CLEAN_XPATH (the cleaning of html2txt, jusText and the baseline): elements of
# these tags, a div with 'footer' in its first of class and id, and an element whose class
# or id names a cookie banner; the candidates found in C, the tests made here.
_BASIC_CLEAN_TAGS = frozenset(
    {"aside", "fencedframe", "footer", "script", "style", "svg", "template"}
)
_BASIC_CLEAN_CANDIDATES = etree.XPath(
    "|".join(f".//{tag}" for tag in sorted(_BASIC_CLEAN_TAGS)) + "|.//*[@class or @id]"
)
_COOKIE_CONSENT = re.compile(_COOKIE_CONSENT_RE, re.IGNORECASE)
_COOKIE_CONSENT_WORDS = re.compile("cookie|consent|borlabs|cmplz|onetrust|moove")
# Every element either expression can match has one of these attributes.
_DISCARD_ATTRIBUTES = frozenset(
    {"id", "class", "style", "role", "aria-hidden", "data-component", "data-lp-replacement-content"}
)


def _first_of(element: HtmlElement, first: str, second: str, a: str | None, b: str | None) -> str:
    """``first|second`` as XPath reads it in a string function: the value of the one that
    comes first in the source (``a`` and ``b`` are their values), else ''."""
    if a is None:
        return b or ""
    if b is None:
        return a
    for name in element.attrib:  # in source order
        if name == first:
            return a
        if name == second:
            return b
    return a  # not reached: both are attributes of the element


def _is_article_content(element: HtmlElement) -> bool:
    get = element.get
    ident, names = get("id"), get("class")
    return (
        names in ("post", "entry")
        or get("itemprop") == "articleBody"
        or ident == "articleContent"
        or (ident is not None and _ARTICLE_ID.search(ident) is not None)
        or (names is not None and _ARTICLE_CLASS.search(names) is not None)
    )


def _is_story(element: HtmlElement) -> bool:
    get = element.get
    ident, names = get("id"), get("class")
    return (
        get("role") == "article"
        or ident in ("article", "story")
        or names in _STORY_CLASSES
        or (ident is not None and _STORY_ID.search(ident) is not None)
        or (
            names is not None
            and (_FULLTEXT.search(names) is not None or _STORY_CLASS.search(names) is not None)
        )
    )


def _is_main_content(element: HtmlElement) -> bool:
    get = element.get
    ident, names = get("id"), get("class")
    return (
        ident == "content"
        or names == "content"
        or (ident is not None and _MAIN_ID.search(ident) is not None)
        or (names is not None and _MAIN_CLASS.search(names) is not None)
        or (ident is not None and "main-content" in ident.translate(_LOWER_CM))
        or (
            names is not None
            and (
                "main-content" in names.translate(_LOWER_CM)
                or "page-content" in names.translate(_LOWER_CP)
            )
        )
    )


def _is_main(element: HtmlElement) -> bool:
    if element.tag == "main":
        return True
    get = element.get
    return any((get(name) or "").startswith("main") for name in ("class", "id", "role"))


_BODY_TESTS = (_is_article_content, None, _is_story, _is_main_content, _is_main)
BODY_FINDER_COUNT = len(_BODY_TESTS)


def first_body(tree: HtmlElement, finder: int) -> HtmlElement | None:
    """What ``BODY_XPATH[finder]`` finds first in ``tree`` (below it), or None."""
    if finder == 1:  # (.//article)[1]
        return next(tree.iterdescendants("article"), None)
    test = _BODY_TESTS[finder]
    assert test is not None
    for element in tree.iterdescendants(_BODY_TAGS):
        if test(element):
            return element
    return None


@dataclass(slots=True)
class DiscardMatches:
    """What the discard expressions of ``prune_unwanted_sections`` find in a tree before
    it is pruned, each list in document order."""

    overall: list[HtmlElement]  # OVERALL_DISCARD_XPATH: its first expression's, then
    # those only its second one finds
    captions: list[HtmlElement]  # DISCARD_IMAGE_ELEMENTS
    teasers: list[HtmlElement]  # TEASER_DISCARD_XPATH


def discard_matches(tree: HtmlElement) -> DiscardMatches:
    """The matches of the discard expressions below ``tree``."""
    first: list[HtmlElement] = []
    second: list[HtmlElement] = []
    captions: list[HtmlElement] = []
    teasers: list[HtmlElement] = []
    # Pages repeat their class values: each is tested once per call.
    class_tests: dict[str, _ClassTests] = {}
    for element in _with_discard_attributes(tree):
        keys = element.keys()
        get = element.get
        ident, names, style = get("id"), get("class"), get("style")
        by_class = _NO_CLASS
        if names is not None:
            known = class_tests.get(names)
            by_class = class_tests[names] = _class_tests(names) if known is None else known
        listed = element.tag in _DISCARD_TAGS
        # Read the rarer attributes only when the element has more than these three.
        others = len(keys) > (ident is not None) + (names is not None) + (style is not None)
        id_first = ident is not None and (names is None or keys.index("id") < keys.index("class"))
        if listed and (
            (
                others
                and (
                    get("data-lp-replacement-content") is not None
                    or "nav" in (get("role") or "").replace("N", "n")
                    or "MostPopularStories" in (get("data-component") or "")
                )
            )
            or (_CONSENT.search(ident) is not None if id_first else by_class.consent)
            or (ident is not None and _DISCARD_ID.found(ident))
            or by_class.discard
        ):
            first.append(element)
        elif (
            names == "comments-title"
            or (ident.startswith("reply-") if id_first else by_class.reply)
            or _HIDDEN.search(_first_of(element, "id", "style", ident, style)) is not None
            or (style is not None and ("display:none" in style or "display: none" in style))
            or (ident is not None and _HIDDEN_ID.search(ident) is not None)
            or by_class.hidden
            or (others and get("aria-hidden") == "true")
        ):
            second.append(element)
        if listed:
            if by_class.caption or (ident is not None and "caption" in ident):
                captions.append(element)
            if by_class.teaser or (ident is not None and "teaser" in ident.replace("T", "t")):
                teasers.append(element)
    return DiscardMatches(first + second, captions, teasers)


def _with_discard_attributes(tree: HtmlElement) -> list[HtmlElement]:
    """The descendants of ``tree`` that have an attribute of ``_DISCARD_ATTRIBUTES``, in
    document order: what ``.//*[@id or @class or ...]`` finds, at a third of its cost
    (libxml2 builds a node-set for each ``@name`` it tests, seven for most elements)."""
    disjoint = _DISCARD_ATTRIBUTES.isdisjoint
    return [e for e in tree.iterdescendants(etree.Element) if not disjoint(e.keys())]


@dataclass(frozen=True, slots=True)
class _ClassTests:
    """The discard expressions' tests of one class value."""

    discard: bool = False  # OVERALL_DISCARD_XPATH's first expression, on @class
    consent: bool = False  # ... on the first of @id|@class
    reply: bool = False  # the second's starts-with on the first of @id|@class
    hidden: bool = False  # the second's test of @class
    caption: bool = False
    teaser: bool = False


_NO_CLASS = _ClassTests()


# Class values repeat across the pages of a site and of the frameworks sites are built
# with ("container", "row", "entry-content"): each is tested once while it stays in here.
CLASS_TESTS_CACHED = 4096


@lru_cache(maxsize=CLASS_TESTS_CACHED)
def _class_tests(names: str) -> _ClassTests:
    return _ClassTests(
        discard=_DISCARD_CLASS.found(names),
        consent=_CONSENT.search(names) is not None,
        reply=names.startswith("reply-"),
        hidden=_HIDDEN_CLASS.found(names),
        caption="caption" in names,
        teaser="teaser" in names.replace("T", "t"),
    )


def basic_clean_matches(tree: HtmlElement) -> list[HtmlElement]:
    """The matches of ``BASIC_CLEAN_XPATH`` below ``tree``, in document order."""
    found = []
    for element in _BASIC_CLEAN_CANDIDATES(tree):
        get = element.get
        names, ident = get("class"), get("id")
        if (
            element.tag in _BASIC_CLEAN_TAGS
            or (
                element.tag == "div" and "footer" in _first_of(element, "class", "id", names, ident)
            )
            or (names is not None and _names_cookie_consent(names))
            or (ident is not None and _names_cookie_consent(ident))
        ):
            found.append(element)
    return found


def _names_cookie_consent(value: str) -> bool:
    """Whether ``_COOKIE_CONSENT`` is found in ``value``. Every match holds one of
    ``_COOKIE_CONSENT_WORDS`` whatever its case, and on ASCII text the pattern's case-blind
    matching is lower-casing (beyond ASCII it also folds "K" (Kelvin) and the long s), so
    an ASCII value without a word is no match: the case-blind scan, four times as slow,
    runs on few values."""
    if value.isascii() and _COOKIE_CONSENT_WORDS.search(value.lower()) is None:
        return False
    return _COOKIE_CONSENT.search(value) is not None
