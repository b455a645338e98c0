"""The header that reader services put above a markdown copy of a page:

    Title: Ferry service to resume after storm repairs
    URL Source: https://gazette.example/news/ferry/
    Published Time: 2024-03-04T09:30:00Z
    Markdown Content:

Its fields are the page's own metadata; the copy starts after "Markdown Content:".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consumer.core.html.dates import rfc3339

_FIELD = re.compile(r"(?P<name>[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}(?: \d{1,3})?): ?(?P<value>.*)")
_CONTENT_MARK = "Markdown Content:"
_MAX_HEADER_LINES = 30  # title, source, time, description, warnings, image lists


@dataclass(frozen=True, slots=True)
class ReaderHeader:
    """The fields of the header and where the copy starts."""

    title: str | None
    url: str | None
    published: str | None  # RFC 3339, or None when absent or not a date
    body_start: int  # offset of the copy in the text


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
            return ReaderHeader(
                title=fields.get("Title") or None,
                url=fields.get("URL Source") or None,
                published=rfc3339(fields.get("Published Time")),
                body_start=min(end, len(text)),
            )
        if stripped:
            field = _FIELD.fullmatch(stripped)
            if field is None:
                return None
            fields.setdefault(field["name"], field["value"].strip())
        offset = end
    return None
