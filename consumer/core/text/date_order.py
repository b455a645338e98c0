"""Which way round a page writes numeric dates: "3/4/2025" is 3 April in most of the
world and March 4 in the United States.

Dates with dots ("03.04.2025") are read day first everywhere. A slashed or dashed date
that could go either way is read month first when the copy is English prose and its
address has no country domain where day-first is the custom (the generic .com, .org and
the like are mostly American; .uk, .au, .in, .ie, .nz, .za write the day first).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from consumer.core.enrich.data.words import ENGLISH_FUNCTION_WORDS

_SAMPLE_WORDS = 400
_MIN_ENGLISH_SHARE = 0.2  # English prose has a function word every two to four words
_MONTH_FIRST_COUNTRIES = frozenset({"us", "ph", "fm", "pw", "mh"})
_GENERIC_DOMAINS = frozenset({"com", "org", "net", "edu", "gov", "mil", "info", "biz", "io"})


def reads_month_first(paragraphs: list[str], url: str | None) -> bool:
    """Should an ambiguous numeric date of this copy be read month first?"""
    domain = (urlsplit(url).hostname or "").rsplit(".", 1)[-1] if url else ""
    if domain and domain not in _GENERIC_DOMAINS and domain not in _MONTH_FIRST_COUNTRIES:
        return False  # a country that writes the day first (or an unknown domain)
    words = " ".join(paragraphs)[: _SAMPLE_WORDS * 8].lower().split()[:_SAMPLE_WORDS]
    if not words:
        return False
    share = sum(word in ENGLISH_FUNCTION_WORDS for word in words) / len(words)
    return share >= _MIN_ENGLISH_SHARE
