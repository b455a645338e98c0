"""Titles without the site name pages append (" | BBC News", " - The Guardian")."""

from __future__ import annotations

import re

from consumer.core.html.patterns import MAX_SITE_SUFFIX_WORDS, MONTH_WORD, TITLE_SEPARATORS
from consumer.core.scripts import word_count

# A date before the headline ("Dec 18 2025 Headline", "2025-12-18 Headline").
_LEADING_DATE = re.compile(
    rf"^(?:{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_WORD}\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\s*[-–—|:·]?\s+",
    re.I,
)
# The post's meta line run into the headline ("Headline Posted on July 1, 2024 by jo").
_TRAILING_POST_LINE = re.compile(
    r"\s+(?:posted|published|updated|written)\s+(?:on\s+)?(?:by\s+)?\S.*$", re.I
)
# A section label before the headline ("Blog: Headline").
_LEADING_LABEL = re.compile(r"^(?:blog|news|article|post)\s*[:|]\s+", re.I)
# Markdown emphasis left around a whole headline ("*Title* (1792)").
_EMPHASIS = re.compile(r"(?<!\w)([*_]{1,2})(\S[^*_]*\S)\1(?!\w)")
MIN_HEADLINE_WORDS = 3


def strip_site_suffix(title: str, publisher: str | None, site: str | None) -> str:
    """Drop a trailing (or leading) site name separated from the headline.

    The part cut off must name the publisher or the site's domain, or be a short
    suffix after the last separator while the headline left is clearly longer.
    """
    for sep in TITLE_SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        if names_site(tail, publisher, site) or _is_short_suffix(head, tail):
            return strip_site_suffix(head.strip(), publisher, site)
        first, _, rest = title.partition(sep)
        if names_site(first, publisher, site):
            return rest.strip()
    return title


def clean_headline(title: str) -> str:
    """``title`` without a date or section label before it, the post's "Posted on ... by"
    line after it and markdown emphasis marks; unchanged when too little would be left."""
    cleaned = _EMPHASIS.sub(r"\2", title)
    for pattern in (_LEADING_DATE, _LEADING_LABEL, _TRAILING_POST_LINE):
        shorter = pattern.sub("", cleaned).strip()
        if word_count(shorter) >= MIN_HEADLINE_WORDS:
            cleaned = shorter
    return cleaned


def name_key(text: str) -> str:
    """``text`` folded for comparing names: letters and digits only, case folded."""
    return "".join(filter(str.isalnum, text.casefold()))


def names_site(part: str, publisher: str | None, site: str | None) -> bool:
    """Whether ``part`` is the publisher's or the site's name (not a headline)."""
    key = name_key(part)
    if not key:
        return False
    publisher_key = name_key(publisher) if publisher else ""
    if publisher_key and (key in publisher_key or publisher_key in key):
        return len(part.split()) <= MAX_SITE_SUFFIX_WORDS + 2
    if site:
        domain = name_key(site.split(".")[-2] if site.count(".") >= 1 else site)
        return bool(domain) and (domain in key or key in name_key(site)) and len(part.split()) <= 6
    return False


def _is_short_suffix(head: str, tail: str) -> bool:
    """ "Headline words here | Site Name": a title-cased short tail after a long headline."""
    tail_words = tail.split()
    if not tail_words or len(tail_words) > 3 or word_count(head) < 4:
        return False
    return all(word[:1].isupper() or not word[:1].isalpha() for word in tail_words)
