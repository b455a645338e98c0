"""The title of a page flattened onto one line, read from where a scraper leaves it.

A scraper that flattens the whole page (html-text without layout, ``get_text(" ")``)
writes the ``<title>`` first: "Headline | Site Menu items ... Headline By Jane ...". The
title is taken only on good evidence: a prefix of the page that a title separator ends
(" | ", " - ", " – " ...) and that the page shows again later (its headline). A prefix that
is not repeated, or that no separator ends, gives no title: a wrong title is worse than
none.
"""

from __future__ import annotations

import itertools
import re

from consumer.core.text.line_patterns import whole_words

_HEAD_CHARS = 300  # the <title> is in the page's first characters
_MIN_WORDS = 3  # a shorter repeated prefix is a site name or a menu item
_MAX_TITLE_CHARS = 200
_MAX_SEPARATORS = 6  # a <title> has a few separators; a run of them is a menu (and costly)
# A separator between the headline and the site's name in a <title>.
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—•·»]|-{1,2}|::)\s+")
_WORD = re.compile(r"\w+")


def leading_title(text: str) -> str | None:
    """The headline a one-line page opens with, when the page repeats it; else None."""
    text = text.strip()
    head = text[:_HEAD_CHARS]
    separators = list(itertools.islice(_TITLE_SEPARATOR.finditer(head), _MAX_SEPARATORS))
    for separator in reversed(separators):
        candidate = head[: separator.start()].strip()
        if len(candidate) > _MAX_TITLE_CHARS or len(_WORD.findall(candidate)) < _MIN_WORDS:
            continue
        if _shown_again(text, candidate, separator.end()):
            return candidate
    return None


def _shown_again(text: str, candidate: str, start: int) -> bool:
    """Does ``candidate`` occur again after ``start`` as a whole run of words?"""
    return whole_words(candidate).search(text, start) is not None
