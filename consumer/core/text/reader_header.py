"""The header that reader services put above a markdown copy of a page:

    Title: Ferry service to resume after storm repairs
    URL Source: https://gazette.example/news/ferry/
    Published Time: 2024-03-04T09:30:00Z
    Markdown Content:

Its fields are the page's own metadata; the copy starts after "Markdown Content:".
A scraper's export may open with such fields too, with no mark, its copy after the first
blank line ("Title: X", "Author: Y", "Date: Z", "URL: U"): read when it names a title and
a source address or a date (a poem's "Title:" and "Author:" lines are the copy's own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consumer.core.html.dates import rfc3339

_FIELD = re.compile(r"(?P<name>[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}(?: \d{1,3})?): ?(?P<value>.*)")
_CONTENT_MARK = "Markdown Content:"
_MAX_HEADER_LINES = 30  # title, source, time, description, warnings, image lists
_MAX_EXPORT_FIELDS = 8
# A scraper's field names for what a reader service calls "Title", "URL Source", "Published
# Time", and the author it may add.
_EXPORT_FIELDS = {
    "title": "Title",
    "headline": "Title",
    "url": "URL Source",
    "url source": "URL Source",
    "source url": "URL Source",
    "link": "URL Source",
    "date": "Published Time",
    "published": "Published Time",
    "published time": "Published Time",
    "published at": "Published Time",
    "publication date": "Published Time",
    "author": "Author",
    "authors": "Author",
    "byline": "Author",
}


@dataclass(frozen=True, slots=True)
class ReaderHeader:
    """The fields of the header and where the copy starts."""

    title: str | None
    url: str | None
    published: str | None  # RFC 3339, or None when absent or not a date
    body_start: int  # offset of the copy in the text
    author: str | None = None


def read_header(text: str) -> ReaderHeader | None:
    """The header at the top of ``text``: "Name: value" lines up to "Markdown Content:",
    else None (an ordinary copy, whose first lines may well hold colons)."""
    fields: dict[str, str] = {}
    offset = 0
    for count, line in enumerate(text.split("\n", _MAX_HEADER_LINES)):
        if count == _MAX_HEADER_LINES:
            return None
        end = offset + len(line) + 1
        stripped = line.strip()
        if stripped == _CONTENT_MARK:
            if not fields:
                return None
            return _header(fields, min(end, len(text)))
        if stripped:
            field = _FIELD.fullmatch(stripped)
            if field is None:
                return _export_header(text)
            fields.setdefault(field["name"], field["value"].strip())
        offset = end
    return _export_header(text)


def _export_header(text: str) -> ReaderHeader | None:
    """A scraper's block of known fields at the top, closed by a blank line."""
    top = text.lstrip("\n")
    block, blank, _ = top.partition("\n\n")
    lines = block.split("\n")
    if not blank or len(lines) > _MAX_EXPORT_FIELDS:
        return None
    fields: dict[str, str] = {}
    for line in lines:
        field = _FIELD.fullmatch(line.strip())
        name = _EXPORT_FIELDS.get(field["name"].casefold()) if field else None
        if field is None or name is None:
            return None
        fields.setdefault(name, field["value"].strip())
    if not fields.get("Title") or not (fields.get("URL Source") or fields.get("Published Time")):
        return None
    return _header(fields, len(text) - len(top) + len(block) + len(blank))


def _header(fields: dict[str, str], body_start: int) -> ReaderHeader:
    return ReaderHeader(
        title=fields.get("Title") or None,
        url=fields.get("URL Source") or None,
        published=rfc3339(fields.get("Published Time")),
        body_start=body_start,
        author=fields.get("Author") or None,
    )
