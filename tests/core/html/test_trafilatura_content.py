"""trafilatura_content: the same body and text as trafilatura's extract_content."""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy

import pytest
from lxml import etree
from lxml.html import HtmlElement, fragment_fromstring
from trafilatura.htmlprocessing import convert_tags, delete_by_link_density, tree_cleaning
from trafilatura.main_extractor import extract_content as reference_extract_content
from trafilatura.settings import Extractor

from consumer.core.html import trafilatura_content
from consumer.core.html.parse import parse_page
from consumer.core.html.trafilatura_content import (
    WILD_TEXT,
    _delete_by_link_density,
    extract_content,
)
from consumer.core.options import CoreOptions
from tests.core.html import html_pages

PARAGRAPHS = " ".join(html_pages.STORM_PARAGRAPHS[:2])
BOILERPLATE_PAGE = (
    "<html><body><div class='story-body'>"
    f"<p>{PARAGRAPHS}</p>"
    "<div class='share-buttons'><a href='/s'>Share this</a></div>"
    "<div id='ad-top' style='display:none'>Advertisement</div>"
    "<span class='reply-link' aria-hidden='true'>Reply</span>"
    "<div class='caption'>A caption</div><div class='Teaser'>A teaser</div>"
    + "".join(f"<div class='more'><a href='/{n}'>Other story {n}</a></div>" for n in range(8))
    + f"<p>{PARAGRAPHS}</p></div></body></html>"
)
# Every paragraph inside a discarded block: the prune is undone (it would take most text).
ALL_DISCARDED_PAGE = (
    f"<html><body><article><div class='sidebar'><p>{PARAGRAPHS}</p></div>"
    "<p>Short.</p></article></body></html>"
)
SHORT_PAGE = (
    "<html><body><main><p>One short line.</p><div><p>Another.</p></div></main></body></html>"
)
# Too short for the main pass: recovered from the whole page (teasers kept in fast mode).
SHORT_TEASER_PAGE = (
    "<html><body><main><p>One short line.</p></main>"
    f"<div class='teaser'><p>{PARAGRAPHS}</p></div><blockquote>A quote.</blockquote>"
    "<div class='sidebar'><p>In a sidebar.</p></div></body></html>"
)
# No body frame at all (no article, main or named container): the page's loose paragraphs.
LOOSE_PAGE = (
    f"<html><body><div><p>{PARAGRAPHS}</p><p>Short.</p></div>"
    f"<table><tr><td>{PARAGRAPHS}</td></tr></table><ul><li><a href='/a'>A link</a></li></ul>"
    "</body></html>"
)
# Loose blocks holding more wild elements (paragraphs in a table's cells, in a quote, in a
# code box): a block the recovery takes whole covers the ones inside it.
NESTED_LOOSE_PAGE = (
    f"<html><body><div><p>{PARAGRAPHS}</p></div>"
    f"<table><tr><td><p>{PARAGRAPHS}</p><p>Cell two.</p></td><td><table><tr><td><p>Inner "
    f"cell.</p></td></tr></table></td></tr></table><blockquote><p>{PARAGRAPHS}</p>"
    "<p>Quoted again.</p></blockquote><div class='w3-code'><p>x = 1</p><code>y = 2</code>"
    f"</div><pre><p>Preformatted.</p></pre><p>{PARAGRAPHS} <q>A q.</q></p></body></html>"
)
PAGES: dict[str, Callable[[], str]] = {
    "bbc": html_pages.bbc_style_page,
    "guardian": html_pages.guardian_style_page,
    "blog": html_pages.blog_style_page,
    "undated": html_pages.undated_page,
    "boilerplate": lambda: BOILERPLATE_PAGE,
    "all discarded": lambda: ALL_DISCARDED_PAGE,
    "short": lambda: SHORT_PAGE,
    "short with teaser": lambda: SHORT_TEASER_PAGE,
    "loose": lambda: LOOSE_PAGE,
    "nested loose": lambda: NESTED_LOOSE_PAGE,
}


def _options(focus: str, fast: bool) -> Extractor:
    return Extractor(
        output_format="python",
        fast=fast,
        comments=False,
        tables=True,
        precision=focus == "precision",
        recall=focus == "recall",
    )


@pytest.mark.parametrize("cleaned_again", [False, True])
@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize("focus", ["balanced", "recall", "precision"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_same_body_and_text_as_trafilatura(
    name: str, focus: str, fast: bool, cleaned_again: bool
) -> None:
    options = _options(focus, fast)
    tree = parse_page(PAGES[name](), CoreOptions(), [])

    def cleaned_and_converted() -> HtmlElement:
        return convert_tags(tree_cleaning(deepcopy(tree), options), options, None)

    cleaned = cleaned_and_converted()
    ours, reference = deepcopy(cleaned), deepcopy(cleaned)
    body, text = extract_content(
        ours, options, clean_again=cleaned_and_converted if cleaned_again else None
    )
    expected_body, expected_text = reference_extract_content(reference, options)
    assert text == expected_text
    # Our port marks a body recovered from wild text (trafilatura's text output ignores it).
    body.attrib.pop(WILD_TEXT, None)
    assert etree.tostring(body) == etree.tostring(expected_body)
    if not (cleaned_again and name.endswith("loose")):  # (the recovery read ``ours`` itself)
        assert etree.tostring(ours) == etree.tostring(reference)  # the tree changed alike


def test_a_tree_without_a_body_frame_is_not_cleaned_again() -> None:
    options = _options("balanced", fast=True)
    tree = parse_page(LOOSE_PAGE, CoreOptions(), [])
    cleaned = convert_tags(tree_cleaning(tree, options), options, None)

    def clean_again() -> HtmlElement:
        raise AssertionError("the main pass left the tree as it was: it is read as it is")

    body, text = extract_content(cleaned, options, clean_again=clean_again)
    assert body.get(WILD_TEXT) == "1" and PARAGRAPHS in text


@pytest.mark.parametrize(("name", "wild"), [("bbc", False), ("short", True)])
def test_a_body_recovered_from_wild_text_is_marked(name: str, wild: bool) -> None:
    options = _options("balanced", fast=True)
    tree = parse_page(PAGES[name](), CoreOptions(), [])
    cleaned = convert_tags(tree_cleaning(tree, options), options, None)
    body, _ = extract_content(cleaned, options)
    assert (body.get(WILD_TEXT) == "1") is wild


def _links(count: int, words: str = "Another story") -> str:
    return "".join(f"<ref>{words} {n}</ref> " for n in range(count))


# Blocks whose link-density verdict changes once the first round deletes something: an
# outer block whose link farm goes (its text shrinks), a block whose next sibling goes
# (its length limit rises from 100 to 300), a list item's paragraph, an image container.
LINK_DENSITY_TREES = [
    "<section><div><p>" + "Words of a story. " * 4 + "</p><div>" + _links(15) + "</div>"
    "<span>x</span><ref>one link</ref></div></section>",
    "<section><div>" + "Some text here. " * 9 + "<ref>a link to read</ref></div>"
    "<div>" + _links(5) + "</div></section>",
    "<section><div><div><div><ref>x</ref> <ref>y</ref> <ref>z</ref></div></div>tail</div>"
    "<list><item><p><ref>Only a link</ref></p></item></list><p><ref>A linked line</ref></p>"
    "</section>",
    "<section><div><graphic src='a.jpg'/>"
    + _links(7)
    + "</div><div>"
    + _links(1, "a rather long linked headline of another story that goes on and on " * 2)
    + "</div><p>Closing words.</p></section>",
    # blocks without a link (passed without the test) beside and around ones with links
    "<section><div><p>Short.</p><div>No link here.</div><div><div>" + _links(6) + "</div>"
    "</div><graphic src='b.jpg'/></div><list><item>Plain item</item></list></section>",
]


@pytest.mark.parametrize("markup", LINK_DENSITY_TREES)
@pytest.mark.parametrize("favor_precision", [False, True])
def test_link_density_rounds_as_trafilatura(markup: str, favor_precision: bool) -> None:
    ours, theirs = fragment_fromstring(markup), fragment_fromstring(markup)
    tested: dict[etree._Element, tuple[bool, bool]] = {}
    for _ in range(2):
        for tag, backtracking in (("div", True), ("list", False), ("p", False)):
            _delete_by_link_density(ours, tag, backtracking, favor_precision, tested)
            delete_by_link_density(theirs, tag, backtracking, favor_precision)
    assert etree.tostring(ours) == etree.tostring(theirs)
    assert etree.tostring(ours) != etree.tostring(fragment_fromstring(markup))  # some went


def test_the_overall_discards_leave_a_tree_without_matches_as_it_was() -> None:
    tree = fragment_fromstring("<div><p>Words of a story.</p><div>More words.</div> tail</div>")
    before = etree.tostring(tree)
    trafilatura_content._prune_overall_discards(tree, [])
    assert etree.tostring(tree) == before
    trafilatura_content._prune_overall_discards(tree, [tree[1]])  # (most of the text stays)
    assert etree.tostring(tree) == b"<div><p>Words of a story.</p> tail</div>"


@pytest.mark.parametrize("recall", [False, True])
def test_wild_elements_are_what_trafilaturas_search_finds(recall: bool) -> None:
    tree = etree.fromstring(
        "<html><body><div class='w3-code x'><p>a</p><code>b</code></div>"
        "<div class='plain'><quote>c<lb/></quote><table><row><cell><p>d</p></cell></row>"
        "</table></div><list><item><p>e</p></item></list><!-- note --><p>f</p>"
        "<div><div class='w3-code'>g</div></div></body></html>"
    )
    search = ".//code|.//p|.//quote|.//table|.//div[contains(@class, 'w3-code')]"
    if recall:
        search += "|.//div|.//lb|.//list"
    expected = tree.xpath(search)
    assert trafilatura_content._wild_elements(tree, recall) == expected
    assert len(expected) == (13 if recall else 9)


def test_loose_paragraphs_added_after_a_short_frame_keep_the_pages_order() -> None:
    # A live blog: its first post's class names a body frame, too short alone; the
    # page's paragraphs are then added, the lead above the posts among them.
    lead = "Polls have closed across the state. Follow our live coverage of the race tonight."
    posts = "".join(
        f"<div class='post'><h2>Update {n}</h2><p>{text}</p></div>"
        for n, text in enumerate(
            [
                "The transit tax measure has passed with 56 percent of the vote, officials said.",
                "Turnout is on pace to top 70 percent, the highest for a midterm in decades.",
            ]
        )
    )
    page = (
        f"<html><body><main><h1>Election night</h1><p>{lead}</p><div>{posts}</div></main>"
        "</body></html>"
    )
    options = _options("balanced", fast=True)
    tree = parse_page(page, CoreOptions(), [])
    cleaned = convert_tags(tree_cleaning(tree, options), options, None)
    body, _ = extract_content(cleaned, options)
    texts = ["".join(element.itertext()) for element in body]
    assert texts[0] == lead
    assert texts.index("Update 0") < texts.index(
        "The transit tax measure has passed with 56 percent of the vote, officials said."
    )
