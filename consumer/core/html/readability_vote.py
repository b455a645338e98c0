"""Loose paragraphs checked against readability's pick of the page's block of text.

Where trafilatura found no container of the story, it took the page's loose paragraphs,
and where those hold menus, teaser lists and layout-table rows, they came with them.
Readability scores the page's blocks and keeps the best one with its siblings: its pick
rarely holds a page's furniture, but it may miss a part of the story (it starts a
paragraph late, or takes one of two blocks). So it is a voter, not a replacement: a
line it does not hold goes, and only where it holds most of the body. A short post's
pick (a sentence or two) is trusted where it holds one run of the body with little prose
left out around it (the post among the menus and labels that outweigh it). A page
holding much text is not voted on: its loose paragraphs are more often many blocks of
content (a thread, a list of entries, a long document) than one story among furniture,
and the pick of one block cut content there as often as furniture (and readability costs
most there).
"""

from __future__ import annotations

import re
from copy import copy

from lxml import etree
from lxml.etree import tostring
from lxml.html import HtmlElement

from consumer.core.html.line_keys import MIN_PARAGRAPH_LINE_CHARS, PARAGRAPH_ENDS, is_paragraph_line
from consumer.core.html.lines import row_cells, sole_cell
from consumer.core.html.readability_pass import try_readability

# Readability's pick is trusted only when it holds this share of the body's text (else it
# took another block, or a part of the story) and this much text of its own.
MIN_AGREED_SHARE = 0.6
MIN_PICK_CHARS = 200
# A shorter pick of this much or more (a short post's sentence or two) is trusted when it
# holds one run of the body's lines and the lines it leaves out hold less prose than it
# keeps (none in the two lines above the run): the post among menus and labels, which
# outweigh it. (Longer picks holding 60 % or less, under the same test: L3S a +0.005,
# CleanEval a +0.002, but held out TE b -0.0012 and CleanEval b -0.0013; not taken.)
MIN_RUN_PICK_CHARS = 80
MAX_DROPPED_PROSE_SHARE = 1.0
LINES_ABOVE_WITHOUT_PROSE = 2
# A line agrees when this share of its word 4-grams is in the pick; a line of fewer
# 4-grams (a label, a short heading, a CJK sentence read as one word) when it is in it.
MIN_SHARED_SHINGLES = 0.5
MIN_SHINGLES = 3
SHINGLE_WORDS = 4
_WORD = re.compile(r"\w+")
# Pages whose body holds more text than this (whitespace runs collapsed) are not voted on.
# Measured on the tuning halves' votes: CleanEval final a skipped 76 of 260 votes (62 % of
# their text), F1 +0.0009; L3S a 1 of 148, dragnet a 1 of 31 (F1 unchanged); WCXB dev a 3
# of 9 (-0.0002).
MAX_PAGE_CHARS = 16_000
_PAGE_CHARS = etree.XPath("string-length(normalize-space(/html/body))")


def lines_readability_holds(tree: HtmlElement, lines: list[str]) -> list[str]:
    """``lines`` without those readability's pick of ``tree`` does not hold (and the
    paragraphs just above its first line kept); ``lines`` as they are when the pick holds
    too little of them (a short pick: too little of them in one run, or leaves out too
    much prose), or when ``tree``'s body holds over ``MAX_PAGE_CHARS``."""
    if len(lines) < 2:
        # No line can go: one the pick holds stays, and one it does not hold is the body
        # whole, which is then kept. (Readability, most of the vote's cost, is not run.)
        return lines
    if _PAGE_CHARS(tree) > MAX_PAGE_CHARS:
        return lines
    try:
        pick = tostring(try_readability(copy(tree)), method="text", encoding="unicode")
    except Exception:  # readability's failures are its own: the body stays as it was
        return lines
    pick_words = _WORD.findall(pick.lower())
    pick_chars = len(pick_words) + sum(map(len, pick_words))
    if pick_chars <= MIN_RUN_PICK_CHARS:
        return lines
    agreed = _Agreement(pick_words)
    holds = [agreed(line) for line in lines]
    if True not in holds:
        return lines
    # Paragraphs just above the pick's first line stay (laid out in a table's row of one
    # cell too): readability often starts the story a paragraph late (a standfirst).
    at = holds.index(True) - 1
    while at >= 0 and is_paragraph_line(sole_cell(lines[at])):
        holds[at] = True
        at -= 1
    kept = [line for line, held in zip(lines, holds, strict=True) if held]
    kept_chars = sum(map(len, kept))
    if pick_chars > MIN_PICK_CHARS:
        return kept if kept_chars > MIN_AGREED_SHARE * sum(map(len, lines)) else lines
    return kept if _drops_only_furniture(lines, holds, kept_chars) else lines


def _drops_only_furniture(lines: list[str], holds: list[bool], kept_chars: int) -> bool:
    """Whether the lines the pick does not hold lie around one run of lines it holds and
    are not the story's: less prose than the run keeps, none just above it."""
    worded = [i for i, line in enumerate(lines) if _WORD.search(line)]
    held = [i for i in worded if holds[i]]
    if not held:
        return False  # it holds only lines without words: no evidence
    if any(not holds[i] for i in worded if held[0] < i < held[-1]):
        return False  # it left out lines within the run: a table, a list of the story
    above = [i for i in worded if i < held[0]][-LINES_ABOVE_WITHOUT_PROSE:]
    if any(_prose_chars(lines[i]) for i in above):
        return False  # it starts the story late (below a sub-heading)
    dropped = sum(_prose_chars(line) for line, kept in zip(lines, holds, strict=True) if not kept)
    return dropped < MAX_DROPPED_PROSE_SHARE * kept_chars


def _prose_chars(line: str) -> int:
    """The characters of ``line``'s texts of a paragraph's length that hold a sentence's
    end (of each cell of a table's row: forums and layout tables set prose in one cell of
    several)."""
    return sum(
        len(text)
        for cell in row_cells(line)
        if len(text := cell.strip()) >= MIN_PARAGRAPH_LINE_CHARS
        and (text.endswith(PARAGRAPH_ENDS) or ". " in text)
    )


class _Agreement:
    """Whether readability's pick (its words) holds a line. A line without words is no
    evidence, and stays."""

    def __init__(self, pick_words: list[str]) -> None:
        self._pick_words = pick_words
        self._padded = f" {' '.join(pick_words)} "  # a line's words, spaced so, are in it
        self._shingles: set[tuple[str, ...]] | None = None  # made when a line needs them

    def __call__(self, line: str) -> bool:
        words = _WORD.findall(line.lower())
        if not words or f" {' '.join(words)} " in self._padded:
            return True  # (every 4-gram of a line the pick holds whole is in it)
        shingles = _shingles(words)
        if len(shingles) < MIN_SHINGLES:
            return False
        if self._shingles is None:
            self._shingles = _shingles(self._pick_words)
        return len(shingles & self._shingles) >= MIN_SHARED_SHINGLES * len(shingles)


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    """The word 4-grams of ``words`` (zipped in C: a page's pick holds thousands)."""
    return set(zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False))
