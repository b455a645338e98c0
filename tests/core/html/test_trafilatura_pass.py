"""trafilatura_pass: the same text as trafilatura's bare_extraction, the tree left as it was."""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import random

import pytest
from lxml import etree, html
from trafilatura import bare_extraction
from trafilatura.baseline import _spaced_text, html2txt
from trafilatura.settings import Extractor
from trafilatura.utils import remove_control_characters
from trafilatura.xml import xmltotxt
from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

from consumer.core.html import trafilatura_pass
from consumer.core.html.parse import parse_page
from consumer.core.html.trafilatura_content import WILD_TEXT
from consumer.core.options import CoreOptions

STORY = [
    f"Paragraph {n} of the report on the harbour repairs, long enough to be read as the "
    "body. The council met on Tuesday and agreed the plan after a long debate."
    for n in range(6)
]
COMMENTS = "".join(
    f'<li class="comment"><p>Reader {n} says the repairs took far too long to start.</p></li>'
    for n in range(4)
)


def _page(body: str, head: str = "") -> str:
    return f"<html><head><title>Harbour</title>{head}</head><body>{body}</body></html>"


def _story() -> str:
    return "".join(f"<p>{line}</p>" for line in STORY)


PAGES = {
    "plain article": _page(f"<article><h1>Harbour repairs</h1>{_story()}</article>"),
    # REMOVE_COMMENTS_AND_LISTS_XPATH: a comment section and a comment list
    "comments": _page(
        f"<article><h1>Harbour</h1>{_story()}</article>"
        f'<div id="comments"><h3>Comments</h3><ol class="comment-list">{COMMENTS}</ol></div>'
        '<div id="commentary"><p>Commentary is not a comment section.</p></div>'
        f'<ul class="commentlist">{COMMENTS}</ul> tail text'
    ),
    # RAW_TREE_PRUNE_XPATH: an infinite-scroll container without a headline is pruned,
    # one holding the headline is not; a share bar by its class
    "infinite scroll": _page(
        f'<div class="infinite-scroll"><h1>Harbour</h1>{_story()}</div>'
        f'<div id="infinitescroll-next"><h2>Next story</h2>{_story()}</div>'
        '<section class="mvp-post-add-box"><h1>Appended</h1><p>Another story.</p></section>'
        '<div class="elementor-share-buttons"><a href="/s">Share</a></div> after'
    ),
    # a forum thread keeps its comment containers
    "forum": _page(
        f'<div class="comments-area"><h1>Thread</h1>{_story()}{COMMENTS}</div>',
        head='<script type="application/ld+json">'
        + json.dumps({"@type": "DiscussionForumPosting", "headline": "Thread"})
        + "</script>",
    ),
    # short bodies: the baseline rescue and the recall escalation
    "short": _page(
        "<div><p>One short line of text.</p></div>"
        + "".join(
            f"<div class='card'><span>Teaser {n} about other news</span></div>" for n in range(40)
        )
    ),
    "short with table": _page(
        "<table><tr><td>Harbour repairs</td><td>Two lines of a table only.</td></tr></table>"
        "<nav>" + " ".join(f"<a href='/{n}'>Section {n}</a>" for n in range(30)) + "</nav>"
    ),
    # a short story on a page of link lists: the escalation's page-share test, then its
    # recall retry (and in full mode jusText)
    "short story among links": _page(
        f"<article><h1>Harbour</h1>{''.join(f'<p>{line}</p>' for line in STORY[:3])}</article>"
        + "".join(
            f"<div class='list'><h2>Section {n}</h2><ul>"
            + "".join(
                f"<li><a href='/{n}/{m}'>Other headline number {m} of the day</a></li>"
                for m in range(12)
            )
            + "</ul></div>"
            for n in range(6)
        )
        + "<div class='teaser'><p>"
        + " ".join(STORY)
        + "</p></div>"
    ),
    "empty": _page(""),
    # no container of the story: the recovery reads the loose paragraphs ("wild text"),
    # keeping in fast mode the teaser blocks the full mode prunes
    "loose paragraphs": _page(_story()),
    "loose paragraphs and a teaser": _page(
        _story() + f"<div class='teaser'><p>Also today: {STORY[0]}</p></div>"
    ),
    # html2txt's and jusText's cleaning: scripts, asides, footers, cookie banners
    "cleaned sections": _page(
        f"<article><h1>Harbour</h1><p>{STORY[0]}</p></article>"
        "<aside>Aside</aside> tail<script>var x;</script><div id='site-footer'>Footer</div>"
        "<div class='cookie-banner'>Cookies</div><div id='CMPLZ'>Consent</div>"
    ),
}


def _reference(tree: etree._Element, url: str, fast: bool) -> str | None:
    document = bare_extraction(
        tree,
        url=url,
        fast=fast,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        with_metadata=False,
    )
    return None if document is None else document.text


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("fast", [True, False])
def test_same_text_as_bare_extraction_and_tree_unchanged(name: str, fast: bool) -> None:
    tree = parse_page(PAGES[name], CoreOptions(), [])
    before = etree.tostring(tree)
    expected = _reference(tree, "https://example.org/harbour", fast)
    assert trafilatura_pass.trafilatura_text(tree, "https://example.org/harbour", fast=fast) == (
        expected
    )
    assert etree.tostring(tree) == before


_NAMES = etree.XPath("//@id | //@class")


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_page_s_names_give_the_same_text(name: str) -> None:
    tree = parse_page(PAGES[name], CoreOptions(), [])
    names = [str(value) for value in _NAMES(tree)]
    url = "https://example.org/harbour"
    assert trafilatura_pass.trafilatura_text(tree, url, fast=True, names=names) == (
        _reference(tree, url, True)
    )


def test_prune_candidates_hold_every_element_trafilatura_prunes() -> None:
    pruned = 0
    for page in PAGES.values():
        tree = parse_page(page, CoreOptions(), [])
        candidates = set(trafilatura_pass._prune_candidates(tree))
        for expression in (*RAW_TREE_PRUNE_XPATH, *REMOVE_COMMENTS_AND_LISTS_XPATH):
            matches = expression(tree)
            assert set(matches) <= candidates
            pruned += len(matches)
    assert pruned >= 5  # the pages above exercise the prunes


def test_each_prune_s_matches_hold_its_words() -> None:
    pruned = 0
    prunes = (*trafilatura_pass._RAW_PRUNES, *trafilatura_pass._COMMENT_PRUNES)
    expressions = (*RAW_TREE_PRUNE_XPATH, *REMOVE_COMMENTS_AND_LISTS_XPATH)
    for page in PAGES.values():
        tree = parse_page(page, CoreOptions(), [])
        for expression, (test, words) in zip(expressions, prunes, strict=True):
            matches = expression(tree)
            assert all(words.search(trafilatura_pass._names_of(e)) for e in matches)
            assert [e for e in tree.iter() if test(e)] == matches  # the same expression
            pruned += len(matches)
    assert pruned >= 5


def test_prune_expressions_are_the_ones_the_candidates_were_derived_from() -> None:
    # _PRUNE_WORD and _PRUNE_TAGS are read off these expressions of trafilatura 2.3.1: a new
    # version that changes them must be read again before this module is trusted.
    paths = "\n".join(x.path for x in (*RAW_TREE_PRUNE_XPATH, *REMOVE_COMMENTS_AND_LISTS_XPATH))
    assert hashlib.sha256(paths.encode()).hexdigest()[:16] == "4886bf3f8ae56599"


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_text_bound_is_an_upper_bound(name: str) -> None:
    tree = parse_page(PAGES[name], CoreOptions(), [])
    assert trafilatura_pass._page_text_bound(tree) >= len(html2txt(tree))


@pytest.mark.parametrize("name", sorted(PAGES))
def test_html2txt_is_trafilatura_s(name: str) -> None:
    tree = parse_page(PAGES[name], CoreOptions(), [])
    assert trafilatura_pass._html2txt(tree) == html2txt(tree)


def _fast_pass_marks(tree: etree._Element) -> tuple[str | None, set[str]]:
    """The fast pass's text and the marks on its body."""
    marks: set[str] = set()
    text = trafilatura_pass.trafilatura_text(
        tree, None, fast=True, prepare=lambda body: marks.update(body.attrib)
    )
    return text, marks


@pytest.mark.parametrize(
    ("name", "marked"), [("loose paragraphs", False), ("loose paragraphs and a teaser", True)]
)
def test_wild_text_is_marked_where_the_full_mode_may_shorten_it(name: str, marked: bool) -> None:
    _, marks = _fast_pass_marks(parse_page(PAGES[name], CoreOptions(), []))
    assert WILD_TEXT in marks
    assert (trafilatura_pass.MAY_SHORTEN in marks) is marked


@pytest.mark.parametrize("name", sorted(PAGES))
def test_an_unmarked_fast_pass_is_never_shortened_by_the_full_mode(name: str) -> None:
    tree = parse_page(PAGES[name], CoreOptions(), [])
    fast_text, marks = _fast_pass_marks(tree)
    full_text = trafilatura_pass.trafilatura_text(tree, None, fast=False)
    if trafilatura_pass.MAY_SHORTEN not in marks:
        assert len(full_text or "") >= len(fast_text or "")


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_full_pass_taking_the_fast_pass_s_main_extraction_gives_trafilatura_s_text(
    name: str,
) -> None:
    tree = parse_page(PAGES[name], CoreOptions(), [])
    url = "https://example.org/harbour"
    main = trafilatura_pass.MainExtractions()
    trafilatura_pass.trafilatura_text(tree, url, fast=True, main=main)
    assert trafilatura_pass.trafilatura_text(tree, url, fast=False, main=main) == (
        _reference(tree, url, False)
    )


def test_a_fast_body_that_kept_teaser_blocks_is_not_kept_for_the_full_mode() -> None:
    tree = parse_page(PAGES["loose paragraphs and a teaser"], CoreOptions(), [])
    main = trafilatura_pass.MainExtractions()
    trafilatura_pass.trafilatura_text(tree, None, fast=True, main=main)
    assert main.take() is None
    tree = parse_page(PAGES["loose paragraphs"], CoreOptions(), [])
    trafilatura_pass.trafilatura_text(tree, None, fast=True, main=main)
    assert main.take() is not None
    assert main.take() is None  # handed over once


# Texts of every kind of character a body's text may hold: control characters (C0, C1,
# DEL, format characters such as the zero-width joiner, lone surrogates), the spaces
# str.split knows (line breaks, tabs, NBSP, the Unicode spaces) and the HTML space
# entities trafilatura reads.
_CHARACTERS = (
    "ab Z9.,;é中\u00a0\u2003\u2028\u3000\t\r\n\x0b\x0c\x1c\x85"
    "\x00\x01\x07\x1b\x7f\x80\x9f\u200b\u200d\u2060\ufeff\ud800\U000e0001"
)
_PIECES = ("&#13;", "&#10;", "&nbsp;", "&amp;", "&lt;p&gt;", "&#8230;", "\n", "  ")


def _made_up_texts(count: int) -> list[str]:
    chooser = random.Random(7)
    texts = ["", "\n", "plain line", "line one\nline two", "tab\there", "nul\x00here"]
    for _ in range(count):
        size = chooser.randint(1, 40)
        texts.append(
            "".join(
                chooser.choice(_PIECES)
                if chooser.random() < 0.1
                else chooser.choice(_CHARACTERS[:14] if chooser.random() < 0.9 else _CHARACTERS)
                for _ in range(size)
            )
        )
    return texts


def test_without_control_characters_is_trafilatura_s() -> None:
    for text in _made_up_texts(5000):
        assert trafilatura_pass.without_control_characters(text) == remove_control_characters(text)


def test_body_text_is_trafilatura_s_xmltotxt() -> None:
    chooser = random.Random(11)
    tags = ["p", "head", "list", "item", "quote", "code", "hi", "ref", "lb", "table", "row", "cell"]
    texts = _made_up_texts(3000)
    for _ in range(300):
        body = etree.Element("body")
        elements = [body]
        for _ in range(chooser.randint(1, 25)):
            element = etree.SubElement(chooser.choice(elements), chooser.choice(tags))
            if chooser.random() < 0.3:
                element.set("rend", chooser.choice(["h2", "#b", "#i"]))
            for attribute in ("text", "tail"):
                if chooser.random() < 0.7:
                    # (XML trees hold no control character but tab, line feed and CR)
                    text = chooser.choice(texts)
                    with contextlib.suppress(ValueError):
                        setattr(element, attribute, text)
            elements.append(element)
        assert trafilatura_pass.body_text(body) == xmltotxt(body, False)


def test_spaced_text_is_trafilatura_s() -> None:
    chooser = random.Random(13)
    tags = ["div", "p", "span", "br", "li", "td", "a", "h2", "section", "b"]
    texts = [t for t in _made_up_texts(3000) if "\x00" not in t]
    for _ in range(300):
        root = html.Element("body")
        elements = [root]
        for _ in range(chooser.randint(1, 25)):
            element = etree.SubElement(chooser.choice(elements), chooser.choice(tags))
            for attribute in ("text", "tail"):
                if chooser.random() < 0.7:
                    with contextlib.suppress(ValueError):  # (lxml refuses some characters)
                        setattr(element, attribute, chooser.choice(texts))
            elements.append(element)
        ours, theirs = copy.deepcopy(root), copy.deepcopy(root)
        assert trafilatura_pass._spaced_text(ours) == _spaced_text(theirs)
        assert etree.tostring(ours) == etree.tostring(theirs)


@pytest.mark.parametrize("url", [None, "", "https://example.org/a", "https://example.org/\udcff"])
@pytest.mark.parametrize("fast", [True, False])
def test_options_are_those_trafilatura_text_built(url: str | None, fast: bool) -> None:
    expected = Extractor(
        output_format="python",
        fast=fast,
        comments=False,
        tables=True,
        images=False,
        links=False,
        dedup=False,
        url=url,
        with_metadata=False,
    )
    options = trafilatura_pass._options(fast, url)
    for name in Extractor.__slots__:
        assert getattr(options, name) == getattr(expected, name), name


def test_the_full_mode_s_comparison_cleans_the_page_only_for_jus_text() -> None:
    tree = parse_page(PAGES["plain article"], CoreOptions(), [])
    options = trafilatura_pass._options(False, None)
    body = etree.Element("body")
    for line in STORY:
        etree.SubElement(body, "p").text = line
    text = " ".join(STORY)

    def cleaned() -> etree._Element:
        raise AssertionError("a clean, long body sends nothing to jusText")

    kept, kept_text = trafilatura_pass._compare_extraction(cleaned, tree, body, text, options)
    assert kept is body and kept_text == text


def test_a_zero_width_non_joiner_inside_a_persian_word_stays() -> None:
    # Everywhere else the joiners go, as trafilatura drops them (the test above).
    assert trafilatura_pass.without_control_characters("می\u200cیابد\x07") == "می\u200cیابد"
    assert trafilatura_pass.without_control_characters("a\u200db\x07") == "ab"
