"""A layout table's cell of story blocks cut back into those blocks.

Pages of the 2000s lay out their columns in tables: the story, its headline, date line,
"Email this story" link and "Have your say" heading are paragraphs and headings inside
one cell. trafilatura writes a table cell as one line whatever it holds, so the whole
column came out as one line ("| | iTunes does movie deal ... Email this story to a friend
Have your say on this story |") that no line filter can take apart.

In trafilatura's extracted body, the edges of such a cell's blocks (and of the cells of
its row) are marked; the body's line holding the marks is written without them, as
before, and the stages that place lines by the page's text see it as before; only the
line filters get its pieces, each a line of its own (the words and their order do not
change). Rows of short cells (a data table's, a date bar's) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.etree import _Element

# trafilatura's tags, in its extracted body, of the blocks (and line breaks) of a cell.
_BLOCK_TAGS = frozenset(("p", "head", "list", "item", "quote", "table", "row", "cell", "lb"))
_CELL_BLOCK_TAGS = frozenset(("p", "head", "list", "quote", "table"))
# A cell of prose: it holds a block and this much text (a data table's cell holding a
# short paragraph is a datum).
MIN_LAYOUT_CELL_CHARS = 500
# The mark of a block's edge: a printable character (the text writer drops unprintable
# ones) that no page text holds in practice ("SYMBOL FOR RECORD SEPARATOR").
EDGE = "\u241e"
# What the text writer puts around a row's cells: bars, and a backslash before a bar of
# the text itself.
_LEADING_BARS = re.compile(r"^(?:\s*\|)+\s*")
_TRAILING_BARS = re.compile(r"(?:\s*(?<!\\)\|)+\s*$")


def mark_layout_cells(body: _Element) -> None:
    """Mark, in ``body`` (trafilatura's XML), the edges of the blocks of each cell of
    prose, and of the cells of its row."""
    for row in body.iter("row"):
        cells = list(row.iterchildren("cell"))
        if not any(map(_is_prose_cell, cells)):
            continue
        for cell in cells:
            cell.text = EDGE + (cell.text or "")
            for element in cell.iterdescendants(_BLOCK_TAGS):
                if element.tag != "lb":
                    element.text = EDGE + (element.text or "")
                element.tail = EDGE + (element.tail or "")


def _is_prose_cell(cell: _Element) -> bool:
    if not any(child.tag in _CELL_BLOCK_TAGS for child in cell):
        return False
    return len("".join(cell.itertext()).strip()) >= MIN_LAYOUT_CELL_CHARS


def unmarked_lines(lines: Iterable[str], pieces: dict[str, list[str]]) -> list[str]:
    """``lines`` without the marks; each marked line's pieces go into ``pieces``, keyed
    by the unmarked line."""
    plain = []
    for line in lines:
        if EDGE in line:
            unmarked = line.replace(EDGE, "").strip()
            if not unmarked:
                continue
            pieces[unmarked] = cell_pieces(line)
            line = unmarked
        plain.append(line)
    return plain


def cell_pieces(line: str) -> list[str]:
    """The pieces of a marked line, each without the row's bars around it."""
    found = []
    for piece in line.split(EDGE):
        text = _TRAILING_BARS.sub("", _LEADING_BARS.sub("", piece)).strip()
        if text:
            found.append(text)
    return found


def cut_at_cells(
    lines: list[str], pieces: dict[str, list[str]], cut: set[str] | None = None
) -> list[str]:
    """``lines`` with each line of ``pieces`` replaced by its pieces (which ``cut``, when
    given, receives)."""
    if not pieces:
        return lines
    out = []
    for line in lines:
        found = pieces.get(line)
        if found is None:
            out.append(line)
            continue
        out.extend(found)
        if cut is not None:
            cut.update(found)
    return out
