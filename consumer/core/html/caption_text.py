"""Whether the text of a caption-classed element is a caption.

Galleries, shop pages and card grids reuse caption classes for slide counters ("1 of 7"),
prices, buttons ("Shop Now") and footer lines: those elements still leave the body, but
they are not listed as the article's captions.
"""

from __future__ import annotations

import re

from consumer.core.html.lines import boilerplate_reason

_SLIDE_COUNTER = re.compile(r"\d+\s*(?:of|/|von|de|sur|di)\s*\d+", re.I)
_PRICE = re.compile(
    r"(?:regular|sale|unit|old|new)\s+price\b.*|price|[$€£¥]\s?\d[\d.,]*(?:\s?[A-Z]{3})?"
    r"|\d[\d.,]*\s?(?:USD|EUR|GBP)",
    re.I,
)
# A card's description ends in its button: "Meet the faculty of the school. Meet Our Faculty".
_ENDS_IN_BUTTON = re.compile(
    r"(?:.*[.!?:]\s+)?(?:shop now|buy now|order now|apply now|book now|donate now|"
    r"learn more|read more|find out more|see more|see all|view (?:all|more|details)|"
    r"get started|sign up|subscribe|"
    r"(?:meet our|(?:explore|discover) (?:our|the|more|all))(?:\s+\w+){0,3})\W*",
    re.I,
)


# A fragment cut from a byline or a menu ("| Guest Columnists"), a consent manager's
# toggle label ("Always Enabled").
_FRAGMENT = re.compile(r"[|•·/]\s*\S.*|always (?:enabled|active)\W*", re.I)
# Sign-up boxes styled as captions ("Join our mailing list // Discover ...").
_SIGN_UP = re.compile(r"\b(?:mailing list|newsletter|subscribe to|sign up for)\b", re.I)


def non_caption_reason(text: str) -> str | None:
    """None when ``text`` reads as a caption; else the removal reason for what it is."""
    if _SLIDE_COUNTER.fullmatch(text) or _PRICE.fullmatch(text) or _FRAGMENT.fullmatch(text):
        return "boilerplate"
    if _SIGN_UP.search(text):
        return "newsletter"
    if _ENDS_IN_BUTTON.fullmatch(text):
        return "promotion"
    reason = boilerplate_reason(text)
    # (A line the body filter drops as a caption, "... Photo: Jane Doe", is one here.)
    return None if reason == "caption" else reason
