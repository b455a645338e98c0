"""A layout table's cell of story blocks taken apart into those blocks.

Pages of the 2000s lay out their columns in tables: the story, its headline, date line,
"Email this story" link and "Have your say" heading are paragraphs and headings inside
one cell. trafilatura writes a table cell as one line whatever it holds, so the whole
column came out as one line ("| | iTunes does movie deal ... Email this story to a friend
Have your say on this story |") that no line filter can take apart.

In trafilatura's extracted body, a row holding such a cell is replaced by its cells'
blocks (loose text as paragraphs) before the body is turned into text: each block is then
a line of its own (the words and their order do not change). Rows of short cells (a data
table's, a date bar's) stay rows. The lines taken from a cell are marked, so that the
line filters can tell them (see ``lines.filter_lines``): they were one line before.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml.etree import Element, _Element

# trafilatura's block tags in its extracted body.
_BLOCK_TAGS = frozenset(("p", "head", "list", "quote", "table"))
# A cell of prose: it holds a block and this much text (a data table's cell holding a
# paragraph is a datum).
MIN_LAYOUT_CELL_CHARS = 500
# The mark of a line taken from a cell: a printable character (the text writer drops
# unprintable ones) that no page text holds in practice ("SYMBOL FOR RECORD SEPARATOR").
EDGE = "\u241e"


def split_layout_cells(body: _Element) -> None:
    """Replace, in ``body`` (trafilatura's XML), each table row with a cell of prose by
    the blocks of its cells, each block's lines marked."""
    for table in list(body.iter("table")):
        if table.getparent() is not None and any(map(_is_layout_row, table.iterchildren("row"))):
            _split_table(table)


def _is_layout_row(row: _Element) -> bool:
    return any(map(_is_prose_cell, row.iterchildren("cell")))


def _is_prose_cell(cell: _Element) -> bool:
    if not any(child.tag in _BLOCK_TAGS for child in cell):
        return False
    return len("".join(cell.itertext()).strip()) >= MIN_LAYOUT_CELL_CHARS


def _split_table(table: _Element) -> None:
    """``table`` replaced by its rows: a layout row by its cells' blocks, consecutive
    other rows kept together in a table of their own."""
    pieces: list[_Element] = []
    kept_rows: _Element | None = None
    for row in list(table.iterchildren("row")):
        if not _is_layout_row(row):
            if kept_rows is None:
                kept_rows = Element("table")
                pieces.append(kept_rows)
            kept_rows.append(row)
            continue
        kept_rows = None
        for cell in row.iterchildren("cell"):
            pieces.extend(_cell_blocks(cell))
    parent = table.getparent()
    if parent is None:
        return
    at = parent.index(table)
    tail = table.tail
    parent.remove(table)
    for offset, piece in enumerate(pieces):
        if piece.tag != "table":
            _mark_lines(piece)
        parent.insert(at + offset, piece)
    if pieces:
        pieces[-1].tail = tail


def _mark_lines(block: _Element) -> None:
    """Mark the start of each line ``block`` will be written as (after each break)."""
    block.text = EDGE + (block.text or "")
    for element in block.iterdescendants("lb", "item", "head", "p"):
        if element.tag == "lb":
            element.tail = EDGE + (element.tail or "")
        else:
            element.text = EDGE + (element.text or "")


def _cell_blocks(cell: _Element) -> list[_Element]:
    """The blocks of ``cell``, its loose text and inline elements wrapped in paragraphs
    (a nested layout table's blocks in its place)."""
    blocks: list[_Element] = []
    loose: _Element | None = None

    def loose_paragraph() -> _Element:
        nonlocal loose
        if loose is None:
            loose = Element("p")
            blocks.append(loose)
        return loose

    if cell.text and cell.text.strip():
        loose_paragraph().text = cell.text
    for child in list(cell):
        tail = child.tail
        child.tail = None
        if child.tag in _BLOCK_TAGS:
            loose = None
            if child.tag == "table":
                holder = Element("div")
                holder.append(child)
                split_layout_cells(holder)
                blocks.extend(holder)
            else:
                blocks.append(child)
        else:
            loose_paragraph().append(child)
        if tail and tail.strip():
            paragraph = loose_paragraph()
            if len(paragraph):
                paragraph[-1].tail = (paragraph[-1].tail or "") + tail
            else:
                paragraph.text = (paragraph.text or "") + tail
    return [block for block in blocks if "".join(block.itertext()).strip()]


def unmarked_lines(lines: Iterable[str], cell_lines: set[str]) -> list[str]:
    """``lines`` without the marks; the marked ones (without them) go into
    ``cell_lines``."""
    plain = []
    for line in lines:
        if EDGE in line:
            line = line.replace(EDGE, "").strip()
            if not line:
                continue
            cell_lines.add(line)
        plain.append(line)
    return plain
