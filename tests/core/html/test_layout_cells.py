"""A layout table's cell of story blocks, cut back into its blocks for the line filters."""

from __future__ import annotations

from lxml.etree import Element, SubElement, _Element

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.layout_cells import EDGE, split_layout_cells, unmarked_lines
from consumer.core.html.lines import filter_lines
from consumer.core.html.trafilatura_pass import body_text
from consumer.core.options import DEFAULT_OPTIONS

STORY = [
    "The harbour bridge will close for six weeks from Monday while engineers replace the "
    "worn bearings under its eastern span, the council said on Tuesday.",
    "Traffic will be sent along the coast road, which adds about ten minutes to a crossing "
    "at busy times, and a shuttle bus will carry foot passengers every quarter of an hour.",
    "The council's transport chief said the work could not wait until the summer because "
    "the bearings had worn faster than the engineers expected after the winter storms.",
    "Shop owners near the bridge said they feared losing trade during the closure.",
]

PAGE = f"""<html><head><title>Harbour bridge to close for repairs - Valley Gazette</title>
</head><body><table width="100%"><tr><td valign="top" width="160">
<table><tr><td><a href="/news">News</a></td></tr><tr><td><a href="/sport">Sport</a></td></tr>
<tr><td><a href="/weather">Weather</a></td></tr></table></td>
<td valign="top"><div>
<p><b>Harbour bridge to close for repairs</b><br><small>Valley Gazette<br>Tuesday 4th March,
2008</small></p>
<div>{"<br><br>".join(STORY)}</div>
<p><a href="/email">Email this story to a friend</a></p>
<h2>Have your say on this story</h2>
</div></td></tr></table></body></html>"""


def _body(*cells: list[str] | str) -> _Element:
    """trafilatura's XML of a one-row table: a cell given as a list holds paragraphs."""
    body = Element("body")
    row = SubElement(SubElement(body, "table"), "row")
    for content in cells:
        cell = SubElement(row, "cell")
        if isinstance(content, str):
            cell.text = content
            continue
        for text in content:
            SubElement(cell, "p").text = text
    return body


def _lines(body: _Element, cell_lines: set[str]) -> list[str]:
    return unmarked_lines((line.strip() for line in body_text(body).split("\n")), cell_lines)


def test_a_cell_of_prose_blocks_becomes_its_blocks() -> None:
    blocks = ["Harbour bridge to close", *STORY, "Email this story to a friend"]
    body = _body("", blocks, "Weather: rain")
    split_layout_cells(body)
    cell_lines: set[str] = set()
    assert _lines(body, cell_lines) == [*blocks, "Weather: rain"]
    assert cell_lines == {*blocks, "Weather: rain"}


def test_a_data_table_s_rows_stay_rows() -> None:
    body = _body("Opening hours", ["Monday to Friday"], ["9am to 5pm"])
    before = body_text(body)
    split_layout_cells(body)
    assert EDGE not in body_text(body)
    assert body_text(body) == before
    # (and a row of short cells beside a layout row stays a row)
    body = _body("", STORY)
    table = body.find("table")
    assert table is not None
    date_row = SubElement(table, "row")
    SubElement(date_row, "cell").text = "Tuesday"
    SubElement(date_row, "cell").text = "4 March 2008"
    split_layout_cells(body)
    cell_lines: set[str] = set()
    assert _lines(body, cell_lines) == [*STORY, "| Tuesday | 4 March 2008 |"]
    assert cell_lines == set(STORY)


def test_a_nested_layout_table_gives_its_blocks_in_its_place() -> None:
    inner = _body("", STORY).find("table")
    assert inner is not None
    body = _body("", ["Harbour bridge to close"])
    cell = body.find("table/row/cell[2]")
    assert cell is not None
    cell.append(inner)
    SubElement(cell, "p").text = "Have your say on this story"
    split_layout_cells(body)
    assert _lines(body, set()) == ["Harbour bridge to close", *STORY, "Have your say on this story"]


def test_a_cell_s_paragraph_said_twice_is_not_a_copy() -> None:
    """An erratum's column: "It reads: X" then "It should read: X" with X the same."""
    said = "If the value of the fund's obligations is at least half of its assets, enter it."
    lines = ["It currently reads:", said, "It should read:", said]
    kept = filter_lines(lines, headlines=[], captions=[], related_titles=[], cell_lines=set(lines))
    assert kept.paragraphs == lines
    copied = filter_lines(lines, headlines=[], captions=[], related_titles=[])
    assert copied.paragraphs == lines[:3]


def test_cut_cells_count_as_the_layout_s_prose() -> None:
    """A page laid out in tables whose story was one cell: its menu rows still go."""
    lines = [
        "| | Apologetics |",
        "| | Bio-Ethics |",
        "We are sorry - the page you asked for could not be found on our web site.",
        "Thank you for your help.",
    ]
    kept = filter_lines(
        lines, headlines=[], captions=[], related_titles=[], cell_lines=set(lines[2:])
    )
    assert kept.paragraphs == lines[2:]
    # (Without them, the rows are the page's prose.)
    assert filter_lines(lines, headlines=[], captions=[], related_titles=[]).paragraphs == lines


def test_a_table_layout_page_s_story_column_leaves_its_buttons_and_headings() -> None:
    extraction = extract_html(RawArticle(content=PAGE, mode="html"), DEFAULT_OPTIONS)
    assert extraction.paragraphs[-4:] == STORY
    body = "\n".join(extraction.paragraphs)
    assert "Email this story" not in body
    assert "Have your say" not in body
    assert "Harbour bridge to close for repairs" not in body
