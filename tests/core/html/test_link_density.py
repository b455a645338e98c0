"""The link-density tests against trafilatura's, on made-up trees of its vocabulary."""

from __future__ import annotations

import pytest
from lxml import html
from trafilatura.htmlprocessing import link_density_test as trafilatura_link_density_test
from trafilatura.htmlprocessing import (
    link_density_test_tables as trafilatura_link_density_test_tables,
)
from trafilatura.utils import trim

from consumer.core.html.link_density import (
    link_density_test,
    link_density_test_tables,
    trimmed_length,
)

STORY = "The council met on Tuesday evening to discuss the new budget of the library."
MENU = "".join(f"<item><ref>Section {n}</ref></item>" for n in range(8))

_NESTED = (
    f"<table><tr><td>{'w' * 900} <ref>{'l' * 400}</ref> <ref>{'l' * 400}</ref></td></tr></table>"
)
BOUND_TABLES = (
    f"<div><table><tr><td>{'w' * 40}<ref>{'l' * 160}</ref></td></tr></table>"
    f"<table><tr><td>{'w' * 39}<ref>{'l' * 161}</ref></td></tr></table>"
    f"<table><tr><td>{'w' * 38}<ref>{'l' * 161}</ref></td></tr><tr><td>{_NESTED}</td></tr>"
    "</table></div>"
)

TREES = [
    # a menu, a paragraph with a link in a sentence, a paragraph that is one long link
    f"<div><list>{MENU}</list><p>{STORY} <ref>more</ref> of it.</p>"
    f"<p><ref>{STORY} {STORY}</ref></p><p>tail</p></div>",
    # short linked lines, empty links, a link around an image, whitespace of every kind
    "<div><p><ref>One</ref> <ref> </ref></p><p><ref>\xa0Two\u2028 words</ref>\n\t</p>"
    "<div><ref><graphic src='x'></graphic></ref> caption</div><p><ref></ref></p></div>",
    # a farm of many long links after a long text, and a listing of one link a paragraph
    f"<div><div>{STORY * 3} {''.join(f'<ref>{STORY}</ref> ' for _ in range(6))}</div>"
    f"<div>{''.join(f'<p><ref>{STORY}</ref></p>' for _ in range(5))}</div></div>",
    # tables: of links, of text with a link, short
    f"<div><table><tr><td>{MENU}{MENU}{MENU}</td></tr></table><table><tr><td>{STORY * 4}"
    "<ref>a link</ref></td></tr></table><table><tr><td><ref>x</ref></td></tr></table></div>",
    # tables at the bounds: 200 characters with 160 and 161 of links; over 1000 with
    # just over and just under half of links, the second nested in the first
    BOUND_TABLES,
]


def test_bound_tables_are_tested_both_ways() -> None:
    """The bounds' tree holds a table rich in links and tables that are not."""
    tree = html.fragment_fromstring(BOUND_TABLES)
    assert [link_density_test_tables(t) for t in tree.iter("table")] == [False, True, True, False]


@pytest.mark.parametrize("markup", TREES)
def test_every_element_tests_as_trafilaturas(markup: str) -> None:
    tree = html.fragment_fromstring(markup)
    for element in tree.iter():
        assert trimmed_length(element) == len(trim(element.text_content()))
        for favor_precision in (False, True):
            expected = trafilatura_link_density_test(element, favor_precision)
            assert link_density_test(element, favor_precision) == expected
        expected_table = trafilatura_link_density_test_tables(element)
        assert link_density_test_tables(element) == expected_table


def _bound_trees() -> list[str]:
    """Long blocks whose length decides a test near its bound: one long link in a text
    of about 1/0.9 its length, farms of links near 0.9 of the text, tables near half of
    1000 characters and over; the text padded with words, or with indentation (so that
    a prefix of it holds few characters once collapsed, or the whole text few more)."""
    trees = []
    for pad in ("w ", "  \n\t   ", "\xa0x\u2003", "x" + " " * 80):
        for link in (120, 300, 700):
            for extra in (-3, 0, 1, 2, 5, link // 20, link // 19, link // 9, link // 9 + 1, link):
                words = pad * max(0, extra)
                trees.append(f"<div><div><ref>{'l' * link}</ref>{words}</div><p>x</p></div>")
                farm = "".join(f"<ref>{'k' * 20}</ref> " for _ in range(link // 20))
                trees.append(f"<div><div>{words}{farm}</div></div>")
                table = f"<td>{'t ' * (link // 2)}{pad * extra}<ref>{'r' * link}</ref></td>"
                trees.append(f"<div><table><tr>{table}{table}</tr></table></div>")
    return trees


@pytest.mark.parametrize("markup", _bound_trees())
def test_lengths_near_the_bounds_test_as_trafilaturas(markup: str) -> None:
    tree = html.fragment_fromstring(markup)
    for element in tree.iter():
        for favor_precision in (False, True):
            expected = trafilatura_link_density_test(element, favor_precision)
            assert link_density_test(element, favor_precision) == expected
        assert link_density_test_tables(element) == trafilatura_link_density_test_tables(element)
