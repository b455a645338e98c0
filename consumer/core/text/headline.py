"""The headline readers see on a full-page dump, when the page's <title> words it
differently, or when the dump has no title line at all."""

from __future__ import annotations

from consumer.core.text.article_lines import SEPARATOR_REASONS, TITLE_ROLE, ArticleLines
from consumer.core.text.mainblock import BULLET
from consumer.core.text.title import (
    CleanTitle,
    clean_title,
    headline_likeness,
    is_headline_shaped,
    title_key,
    trim_headline,
)

# The visible headline is looked for this many lines above the body, among lines that
# left the body as page furniture or caption-like lines (it is no paragraph).
_HEADLINE_REACH = 12
_MIN_HEADLINE_LIKENESS = 0.55
_HEADLINE_STATUSES = frozenset({None, "boilerplate", "caption"})
# A headline the page shows twice; but a run of such lines is a table of contents.
_REPEATED_STATUSES = frozenset({"duplicate_caption", "duplicate_paragraph"})
_MAX_BYLINE_LINES = 3  # byline and date lines between a headline and the body


def visible_headline(
    doc: ArticleLines, title: CleanTitle | None, span: tuple[int, int] | None
) -> CleanTitle | None:
    """On a full page, the headline shown above the article when it words the page's
    title differently ("Top 11 SEO Tips" | "11 SEO Tips to Stay Ahead in 2025").

    A full-page dump starts with the page's <title>, often an SEO variant; the headline
    readers see sits in the lines just before the body. The line there that shares most
    content words with the title (Dice overlap of 5-letter stems, at least 0.55) is taken,
    the nearest to the body on a tie; it then heads the article for its bylines and dates.
    """
    if span is None:
        return title
    if title is None:
        return _headline_above_byline(doc, span[0])
    start = max(0, span[0] - _HEADLINE_REACH)
    key = title_key(title.text)
    if any(
        doc.status[i] == "repeated_title" and title_key(doc.lines[i].text) == key
        for i in range(1, span[1] + 1)
    ):
        return title  # the page shows the title as it is (above the body, or inside it)
    # A line that comes again inside the article is a section heading (listed above it
    # in a table of contents), not the headline.
    sections = {doc.lines[i].text for i in range(span[0], min(span[1] + 1, len(doc.lines)))}
    best, best_score = None, _MIN_HEADLINE_LIKENESS
    for i in range(start, span[0]):
        if doc.status[i] not in _HEADLINE_STATUSES and not _lone_repeat(doc, i):
            continue
        text = doc.lines[i].text
        if text in sections or _part_of(text, title.text) or BULLET.match(text):
            continue  # a section heading, a piece of the title, a summary box's point
        score = headline_likeness(title.text, doc.lines[i].text)
        if score >= best_score:
            best, best_score = i, score
    if best is None:
        return title
    for i, status in enumerate(doc.status):
        if status == TITLE_ROLE:
            doc.status[i] = "repeated_title"
    doc.status[best] = TITLE_ROLE
    headline = clean_title(trim_headline(doc.lines[best].text), title.noise_words)
    return CleanTitle(headline.text, title.noise, title.republisher, title.publisher, title.site)


def _headline_above_byline(doc: ArticleLines, body_start: int) -> CleanTitle | None:
    """A page with no title line: the headline-shaped line just above the bylines and
    dates that open the body ("10 Tips for Online Courses" / "Posted on June 29, 2020")."""
    i = body_start - 1
    while i >= 0 and body_start - i <= _MAX_BYLINE_LINES and doc.status[i] in SEPARATOR_REASONS:
        i -= 1
    if i < 0 or i == body_start - 1 or doc.status[i] not in _HEADLINE_STATUSES:
        return None
    text = doc.lines[i].text
    if not is_headline_shaped(text):
        return None
    doc.status[i] = TITLE_ROLE
    return clean_title(trim_headline(text))


def _part_of(line: str, title: str) -> bool:
    """Is ``line`` a short piece of ``title`` (its site or section name), not a rewording?"""
    line_words, title_words = title_key(line).split(), title_key(title).split()
    return set(line_words) <= set(title_words) and 3 * len(line_words) <= len(title_words)


def _lone_repeat(doc: ArticleLines, i: int) -> bool:
    """Line ``i`` left as a repeat, and neither neighbour did (not a table of contents)."""
    return doc.status[i] in _REPEATED_STATUSES and all(
        not 0 <= j < len(doc.status) or doc.status[j] not in _REPEATED_STATUSES
        for j in (i - 1, i + 1)
    )
