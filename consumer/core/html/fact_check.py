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

_CLAIM_REVIEW = etree.XPath(
    "//script[contains(@type, 'ld+json')][contains(., 'ClaimReview')]"
    " | //*[contains(@itemtype, 'ClaimReview')]"
)
_RATED = etree.XPath("//body//*[contains(@class, 'rating')]")
_RATING = re.compile("rating")
_VERDICT = "verdict"  # a class token no discard list holds


def keep_verdict_boxes(tree: HtmlElement) -> None:
    """On a fact check's page, rename "rating" in the class of its elements."""
    if not _CLAIM_REVIEW(tree):
        return
    for element in _RATED(tree):
        element.set("class", _RATING.sub(_VERDICT, element.get("class", "")))
