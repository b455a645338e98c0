"""The test for a fact check's page against the XPath union it replaces, on made-up pages."""

from __future__ import annotations

import itertools

import pytest
from lxml import etree, html

from consumer.core.html.fact_check import _declares_claim_review, keep_verdict_boxes

_UNION = etree.XPath(
    "//script[contains(@type, 'ld+json')][contains(., 'ClaimReview')]"
    " | //*[contains(@itemtype, 'ClaimReview')]"
)
_SCRIPTS = (
    "",
    '<script type="application/ld+json">{"@type": "ClaimReview"}</script>',
    '<script type="application/ld+json">{"@type": "NewsArticle"}</script>',
    '<script type="text/javascript">var t = "ClaimReview";</script>',
    '<script>{"@type": "ClaimReview"}</script>',
    '<script type="APPLICATION/LD+JSON">{"@type": "ClaimReview"}</script>',
)
_ITEMS = (
    "",
    '<div itemscope itemtype="https://schema.org/ClaimReview"><p>Rated false</p></div>',
    '<div itemscope itemtype="https://schema.org/Review"><p>Four stars</p></div>',
    '<div class="ClaimReview"><p>A class, no itemtype</p></div>',
)
_AFTER = ("", '</body></html><div itemtype="https://schema.org/ClaimReview">x</div>')


@pytest.mark.parametrize(
    ("script", "item", "after"), list(itertools.product(_SCRIPTS, _ITEMS, _AFTER))
)
def test_a_claim_review_is_found_as_the_union_finds_it(script: str, item: str, after: str) -> None:
    page = f"<html><head>{script}</head><body><p>The story.</p>{item}{after}"
    tree = html.document_fromstring(page)
    assert _declares_claim_review(tree) == bool(_UNION(tree))


def test_only_a_fact_checks_rating_boxes_are_renamed() -> None:
    box = '<div class="rating-box"><p>Rating: False</p></div>'
    page = html.document_fromstring(f"<html><head>{_SCRIPTS[1]}</head><body>{box}</body></html>")
    keep_verdict_boxes(page)
    assert page.find(".//div").get("class") == "verdict-box"
    plain = html.document_fromstring(f"<html><body>{box}</body></html>")
    keep_verdict_boxes(plain)
    assert plain.find(".//div").get("class") == "rating-box"
