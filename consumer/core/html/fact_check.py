"""A fact check's verdict box ("Our ruling ... Rating: False") is its story's end.

trafilatura drops an element whose class holds "rating" as a review widget's stars; a
fact-checker sets its verdict in such a box ("rating-box", "rating"). On a page that
declares a ClaimReview (schema.org's fact check, in JSON-LD or microdata), such boxes
keep their text: their class is renamed before the extraction reads it.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from consumer.core.html.tree import document_elements

# A ClaimReview declared in microdata (an element's itemtype) or in a JSON-LD script.
# (The scripts are found by tag in C and the itemtypes read as attributes: an XPath test
# of every element's attribute, with a union's sort, cost twice as much on every page.)
_CLAIM_REVIEW_ITEM = etree.XPath("boolean(//@itemtype[contains(., 'ClaimReview')])")
_HOLDS_CLAIM_REVIEW = etree.XPath("contains(., 'ClaimReview')")
_RATED = etree.XPath("//body//*[contains(@class, 'rating')]")
_RATING = re.compile("rating")
_VERDICT = "verdict"  # a class token no discard list holds


def keep_verdict_boxes(tree: HtmlElement) -> None:
    """On a fact check's page, rename "rating" in the class of its elements."""
    if not _declares_claim_review(tree):
        return
    for element in _RATED(tree):
        element.set("class", _RATING.sub(_VERDICT, element.get("class", "")))


def _declares_claim_review(tree: HtmlElement) -> bool:
    scripts = document_elements(tree, "script")
    return any(
        "ld+json" in (script.get("type") or "") and _HOLDS_CLAIM_REVIEW(script)
        for script in scripts
    ) or bool(_CLAIM_REVIEW_ITEM(tree))
