"""A word split at a line's end with a hyphen: joined with or without it.

A PDF's text breaks words at the margin by syllable ("gov-" / "ernment"), a tool that
wraps text at a width breaks only at a word's own hyphen ("four-" / "hour gap", as
Python's textwrap does). The copy itself says which: the word written whole elsewhere
("government") drops the hyphen, the compound written whole elsewhere ("four-hour") keeps
it; failing both, a copy with a PDF's page footers ("Page 3 of 7") drops it unless the
first part is a word that opens compounds ("self-", "well-", "two-"), and any other copy
keeps it, as a wrapping tool's would.
"""

from __future__ import annotations

import re

from consumer.core.text.pdf_pages import PAGE_FOOTER_LINE

_WORD = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*")
_FRAGMENT = re.compile(r"([^\W\d_]+)[-‐]$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# First parts of English compounds that a PDF's margin may fall after.
_COMPOUND_HEAD_LIST = (
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred thousand million billion first second third "
    "half self well ill so long short high low full part all non ex co anti pro post pre "
    "mid multi semi cross over under far near old new year day week month x e"
)
_COMPOUND_HEADS = frozenset(_COMPOUND_HEAD_LIST.split())


class HyphenWraps:
    """Decides the joins of one copy; reads the copy's words once, when first asked."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None
        self._pdf: bool | None = None

    def join(self, before: str, after: str) -> str:
        """``before`` (ending in a hyphen) and ``after`` as one line."""
        fragment = _FRAGMENT.search(before)
        first = _FIRST_WORD.match(after)
        if fragment is None or first is None or not first.group()[0].islower():
            return before + after  # "Corona-" / "Pandemie", "2-" / "year": the hyphen stays
        head, tail = fragment.group(1), first.group()
        words = self._known_words()
        if f"{head}-{tail}".casefold() in words:
            return before + after
        if (head + tail).casefold() in words or (
            self._is_pdf() and head.casefold() not in _COMPOUND_HEADS
        ):
            return before[:-1] + after
        return before + after

    def _known_words(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(w.casefold() for w in _WORD.findall(self._text))
        return self._words

    def _is_pdf(self) -> bool:
        if self._pdf is None:
            self._pdf = PAGE_FOOTER_LINE.search(self._text) is not None
        return self._pdf
