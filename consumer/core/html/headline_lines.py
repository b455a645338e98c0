"""What a page shows by its headline where its markup names neither: the byline, the date.

Old blog themes put "By Jane Doe, 10 November 2010" in a box named for the date or the
post's meta, and Blogger sets the day ("Thursday, 1 November 2012") above the post's
title. Such lines are read from the few elements around the headline, up to the story's
first paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from lxml.html import HtmlElement

from consumer.core.html.bylines import (
    LABEL,
    MAX_BYLINE_CHARS,
    in_aside,
    names_in,
    names_in_pieces,
)
from consumer.core.html.lines import STRIP_BAR
from consumer.core.html.tree import (
    following_elements,
    heading_text,
    preceding_elements,
    squeeze,
    text_of,
)
from consumer.core.text.meta_line import read_meta_line
from consumer.core.text.timestamps import find_timestamp, is_timestamp_line

# The elements, in document order, that may hold the headline's byline or date.
MAX_AFTER_HEADLINE = 12
MAX_BEFORE_HEADLINE = 3  # (a date only: Blogger's day header)


class HeadlineLines:
    """The short elements (and their texts) around the first of ``headings`` that reads
    ``title``, outside comments and sidebars, up to the story's first paragraph: read once
    for the page's dates and byline, as far as either of them asks (on a small page,
    reading them twice was a tenth of its time)."""

    def __init__(self, headings: Iterable[HtmlElement], title: str) -> None:
        self._headings, self._title = headings, title
        self._heading: HtmlElement | None = None
        self._looked = False
        self._before: _Replay | None = None
        self._after: _Replay | None = None

    def lines(self, *, before: bool) -> Iterator[tuple[HtmlElement, str]]:
        """The elements after the headline; with ``before``, the few before it first."""
        if not self._looked:
            self._looked = True
            self._heading = next(
                (h for h in self._headings if squeeze(heading_text(h)) == self._title), None
            )
        heading = self._heading
        if heading is None:
            return
        if before:
            if self._before is None:
                self._before = _Replay(
                    _short_lines(preceding_elements(heading, MAX_BEFORE_HEADLINE))
                )
            for line in self._before:
                if line is None:
                    return  # the story has begun
                yield line
        if self._after is None:
            self._after = _Replay(_short_lines(following_elements(heading, MAX_AFTER_HEADLINE)))
        for line in self._after:
            if line is None:
                return
            yield line


class _Replay:
    """An iterator's items, each read from it once, replayed to every later loop."""

    def __init__(self, items: Iterator[_Line | None]) -> None:
        self._items = items
        self._seen: list[_Line | None] = []
        self._done = False

    def __iter__(self) -> Iterator[_Line | None]:
        at = 0
        while True:
            if at < len(self._seen):
                yield self._seen[at]
                at += 1
                continue
            if self._done:
                return
            item = next(self._items, _END)
            if item is _END:
                self._done = True
                return
            self._seen.append(item)  # type: ignore[arg-type]


_Line = tuple[HtmlElement, str]
_END = object()


def byline_under_headline(around: HeadlineLines) -> str | None:
    """The names in a line after the headline that opens with a byline's label."""
    for element, text in around.lines(before=False):
        if LABEL.match(text) and (names := names_in(element, ends_at_bar=True)):
            return names
        if names := _names_in_dated_strip(text_of(element)):
            return names
    return None


def _names_in_dated_strip(text: str) -> str | None:
    """The names of a byline that shares a strip with the date, in any place
    ("2026-11-27 10:30　来源：示例新闻网　作者：王明",
    "25.11.2026 | Quelle: dpa | Autor: Jan Roe")."""
    parts = [squeeze(part) for part in _STRIP_GAP.split(text)]
    parts = [part for part in parts if part]
    if len(parts) < 2 or not any(is_timestamp_line(part) for part in parts):
        return None
    labelled = (part for part in parts if LABEL.match(part))
    return next((names for part in labelled if (names := names_in_pieces([part]))), None)


def stamps_beside_headline(
    around: HeadlineLines, *, published: bool = True, update: bool = True
) -> tuple[str | None, str | None]:
    """The date (when ``published``) and the update (when ``update``, "Updated 27.11.2026
    08:15", "Oppdatert ...") of the lines before or after the headline that are a date, or
    a byline with one, from one reading of those lines: the first of each, unless its day
    and month may be either way round."""
    found: list[str | None] = [None, None]  # (publication, update)
    wanted = [published, update]
    for _, text in around.lines(before=True):
        if (
            is_timestamp_line(text)
            or LABEL.match(text)
            or _is_dated_byline_strip(text)
            # a blog's post line: "Posted on DATE in Category |", "Posted, DATE, By X"
            or _is_meta_line(text)
        ):
            # The line's first stamp, then those of its later parts: the update after a
            # bar ("Published Nov. 27, 2026 | Updated Nov. 27, 2026, 11:02 a.m.",
            # "입력 2026.11.27 10:15 | 수정 2026.11.27 12:40").
            parts = _STRIP_GAP.split(text)
            for part in [text, *parts[1:]] if len(parts) > 1 else [text]:
                stamp = find_timestamp(part)
                if stamp is None or stamp.order_unsure or not wanted[stamp.is_update]:
                    continue
                found[stamp.is_update] = stamp.value
                wanted[stamp.is_update] = False
            if not any(wanted):
                break
    return found[0], found[1]


# Between a strip's parts: a bar or a dot, an ideographic space, or a run of spaces.
_STRIP_GAP = re.compile(r"\s+[|•·]\s+|\s*\u3000\s*|\s{2,}")


def _is_meta_line(text: str) -> bool:
    """A line made only of a date and its companions (a label, a byline, the category it
    was filed in, a comment count), as the text mode reads it."""
    labelled = _PUBLICATION_LABEL.match(text) is not None
    line = read_meta_line(text) if labelled or _BY.search(text) else None
    # (else a date and a byline: "2012-10-29 by Jane Doe")
    return line is not None and bool(line.stamps) and (labelled or bool(line.names))


# Only a line opening with its label or holding a byline: a date among other words is
# read by the text mode with evidence the HTML mode has not (the article's range).
_PUBLICATION_LABEL = re.compile(r"(?:posted|published)\b", re.IGNORECASE)
_BY = re.compile(r"\bby\s", re.IGNORECASE)


def _is_dated_byline_strip(text: str) -> bool:
    """A date, then a byline after a bar ("Posted: 24 November 2026 | By Lee Chang")."""
    parts = STRIP_BAR.split(text)
    return (
        len(parts) >= 2
        and is_timestamp_line(parts[0])
        and all(LABEL.match(part) for part in parts[1:])
    )


def _short_lines(elements: list[HtmlElement]) -> Iterator[_Line | None]:
    """The short elements of ``elements`` outside comments and sidebars, with their texts;
    None last where the story's first paragraph ends them."""
    for element in elements:
        text = _short_text(element)
        if text is None:
            if element.tag == "p":
                yield None  # the story has begun
                return
            continue
        if not in_aside(element):
            yield element, text


# The squeezed text of a text's start is the start of the text's squeezed text (its last
# word maybe cut): when that of this many characters is already too long, so is the whole.
_PREFIX_CHARS = 4 * MAX_BYLINE_CHARS


def _short_text(element: HtmlElement) -> str | None:
    """The text of ``element``, whitespace runs collapsed, when it is no longer than a
    byline; else None. (The elements after the headline include the story's container,
    the whole story: its start is squeezed first, as it tells most such texts apart.)"""
    raw = text_of(element)
    if len(raw) > _PREFIX_CHARS and len(squeeze(raw[:_PREFIX_CHARS])) > MAX_BYLINE_CHARS:
        return None
    text = squeeze(raw)
    return text if len(text) <= MAX_BYLINE_CHARS else None
