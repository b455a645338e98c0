"""trafilatura_finders: the elements trafilatura's BODY_XPATH and OVERALL_DISCARD_XPATH find."""

from __future__ import annotations

import hashlib
import itertools
import random
import re

import pytest
from lxml import etree, html
from lxml.html import HtmlElement
from trafilatura.settings import BASIC_CLEAN_XPATH
from trafilatura.xpaths import (
    BODY_XPATH,
    DISCARD_IMAGE_ELEMENTS,
    OVERALL_DISCARD_XPATH,
    TEASER_DISCARD_XPATH,
)

from consumer.core.html import trafilatura_finders

NAMESPACES = {"re": "http://exslt.org/regular-expressions"}
# Values that hit (or nearly hit) each condition of the expressions.
NAMES = (
    "post", "entry", "articleContent", "article-body", "art-content", "post-text",
    "postContent", "primary", "xprimary", "story-body", "FullText", "text", "story", "cell",
    "single-post", "content", "content-main", "Main-Content", "page-Content", "PAGE-content",
    "main", "mainbar", "share-box", "shared", "cookie-bar", "nav", "Nav", "social", "widget",
    "ad-slot", "x ad y", "comments-title", "reply-form", "hidden", "reader-comments",
    "hide-print", "x hidden", "teaser", "byline", "footer", "message", "related",
    "caption", "img-Caption", "Teaser", "teaser-box", "site-footer", "Cookie-Banner",
    "cmplz-x", "notice__cookie", "plain",
)  # fmt: skip
STYLES = ("display:none", "display: none", "color: red", "visibility: hidden")
ROLES = ("Navigation", "article", "main", "mainstay", "note")
TAGS = (
    "div", "section", "article", "main", "span", "p", "item", "list", "ul", "a", "aside",
    "footer", "svg", "template",
)  # fmt: skip
OTHERS = (
    ' aria-hidden="true"',
    ' aria-hidden="false"',
    ' data-component="MostPopularStories"',
    " data-lp-replacement-content",
    ' itemprop="articleBody"',
)


def _attributes(rng: random.Random) -> str:
    pairs = []
    if rng.random() < 0.6:
        pairs.append(f' id="{rng.choice(NAMES)}"')
    if rng.random() < 0.7:
        pairs.append(f' class="{rng.choice(NAMES)}"')
    if rng.random() < 0.3:
        pairs.append(f' style="{rng.choice(STYLES)}"')
    if rng.random() < 0.2:
        pairs.append(f' role="{rng.choice(ROLES)}"')
    if rng.random() < 0.2:
        pairs.append(rng.choice(OTHERS))
    rng.shuffle(pairs)  # the source order of @id and @class matters to the expressions
    return "".join(pairs)


def _random_tree(rng: random.Random, size: int) -> HtmlElement:
    parts = []
    for _ in range(size):
        tag = rng.choice(TAGS)
        parts.append(f"<{tag}{_attributes(rng)}>text")
        if rng.random() < 0.5:
            parts.append(f"</{tag}>")
    return html.document_fromstring("<html><body><div>" + "".join(parts) + "</div></body></html>")


@pytest.mark.parametrize("seed", range(40))
def test_discard_matches_are_the_expressions_matches_in_their_order(seed: int) -> None:
    tree = _random_tree(random.Random(seed), 60)
    for context in (tree, tree.body):
        expected = dict.fromkeys(e for x in OVERALL_DISCARD_XPATH for e in x(context))
        found = trafilatura_finders.discard_matches(context)
        assert found.overall == list(expected)
        assert found.captions == DISCARD_IMAGE_ELEMENTS[0](context)
        assert found.teasers == TEASER_DISCARD_XPATH[0](context)


@pytest.mark.parametrize("seed", range(40))
def test_basic_clean_matches_are_the_expression_s(seed: int) -> None:
    tree = _random_tree(random.Random(seed), 60)
    for context in (tree, tree.body):
        assert trafilatura_finders.basic_clean_matches(context) == BASIC_CLEAN_XPATH(context)


@pytest.mark.parametrize("seed", range(40))
def test_first_body_is_what_each_body_expression_finds_first(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(10):
        tree = _random_tree(rng, 6)
        for finder, expression in enumerate(BODY_XPATH):
            expected = next(iter(expression(tree)), None)
            assert trafilatura_finders.first_body(tree, finder) is expected, finder


def test_each_condition_is_met_somewhere() -> None:
    # The random trees above exercise the conditions: every expression matches some of them.
    rng = random.Random(0)
    trees = [_random_tree(rng, 6) for _ in range(400)]
    for finder in range(trafilatura_finders.BODY_FINDER_COUNT):
        assert any(trafilatura_finders.first_body(t, finder) is not None for t in trees)
    expressions = (
        *OVERALL_DISCARD_XPATH,
        *DISCARD_IMAGE_ELEMENTS,
        *TEASER_DISCARD_XPATH,
        BASIC_CLEAN_XPATH,
    )
    for expression in expressions:
        assert any(expression(t) for t in trees)
    cookie_test = BASIC_CLEAN_XPATH.path.partition("|.//*[")[2]
    cookie_banners = etree.XPath(".//*[" + cookie_test, namespaces=NAMESPACES)
    assert any(cookie_banners(t) for t in trees)


@pytest.mark.parametrize("attributes", ['id="reply-a" class="plain"', 'class="plain" id="reply-a"'])
def test_the_attribute_first_in_the_source_is_the_one_tested(attributes: str) -> None:
    page = f"<html><body><div><span {attributes}>x</span></div></body></html>"
    tree = html.document_fromstring(page)
    expected = dict.fromkeys(e for x in OVERALL_DISCARD_XPATH for e in x(tree))
    assert trafilatura_finders.discard_matches(tree).overall == list(expected)
    assert len(expected) == attributes.startswith("id")  # starts-with(@id|@class, 'reply-')


def test_expressions_are_the_ones_the_finders_were_read_from() -> None:
    # The finders are read off these expressions of trafilatura 2.3.1: a new version that
    # changes them must be read again before this module is trusted.
    expressions = (
        *BODY_XPATH,
        *OVERALL_DISCARD_XPATH,
        *DISCARD_IMAGE_ELEMENTS,
        *TEASER_DISCARD_XPATH,
        BASIC_CLEAN_XPATH,
    )
    paths = "\n".join(x.path for x in expressions)
    assert hashlib.sha256(paths.encode()).hexdigest()[:16] == "9fb698a00fc844d9"


@pytest.mark.parametrize(
    "tokens",
    [
        ("^shar", "social", "(?:^| )ad-", " ad ", "bread-?crumb", "^(?:nav|post-nav)"),
        ("^hide-", "-hide-", " hidden", "message"),
        ("plain",),
    ],
)
def test_alternation_finds_what_the_joined_regex_finds(tokens: tuple[str, ...]) -> None:
    joined = re.compile("|".join(tokens))
    alternation = trafilatura_finders._Alternation(tokens)
    words = (
        "share", "x-share", "social", "ad-", "bad-", "ad", "breadcrumb", "bread-crumb",
        "nav", "post-nav", "a-nav", "hide-", "a-hide-x", "hidden", "message", "plain", "",
    )  # fmt: skip
    values = [" ".join(pair) for pair in itertools.product(words, repeat=2)] + list(words)
    for value in values:
        assert alternation.found(value) == (joined.search(value) is not None), value


def test_alternation_refuses_an_anchor_it_does_not_split() -> None:
    with pytest.raises(ValueError):
        trafilatura_finders._Alternation(("a$",))


def test_elements_with_discard_attributes_are_the_expression_s() -> None:
    tree = html.fromstring(
        '<div id="top"><p style="x">a<!-- note --><span lang="en">b</span></p>'
        '<ul role="nav"><li aria-hidden="true">c</li><li data-component="d">e</li></ul>'
        '<i data-lp-replacement-content="">f</i><b title="t">g</b><em class="">h</em></div>'
    )
    expression = etree.XPath(
        ".//*[@id or @class or @style or @role or @aria-hidden or @data-component"
        " or @data-lp-replacement-content]"
    )
    found = trafilatura_finders._with_discard_attributes(tree)
    assert found == expression(tree)
    assert [e.tag for e in found] == ["p", "ul", "li", "li", "i", "em"]


def test_the_cookie_consent_test_is_the_case_blind_pattern_s() -> None:
    rng = random.Random(5)
    pieces = ("cookie", "consent", "notice", "banner", "bot", "borlabs", "cmplz", "onetrust")
    pieces += ("moove", "gdpr", "-", "_", "--", " ", "x", "\u212a", "\u017f", "é", "İ")
    values = ["Cookie-Banner", "COOKIEBOT", "Moove_GDPR", "coo\u212aie-bar", "con\u017fent-sdk"]
    values += ["x-Notice--Cookie", "plain", "", "cookies", "consentmanager", "OneTrust-x"]
    for _ in range(3000):
        value = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        values.append("".join(c.upper() if rng.random() < 0.3 else c for c in value))
    for value in values:
        expected = trafilatura_finders._COOKIE_CONSENT.search(value) is not None
        assert trafilatura_finders._names_cookie_consent(value) is expected, value
