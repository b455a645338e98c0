"""A box about the site, a section or a person under its "About X" header ("About Voices",
"About Hacker Monthly", "Über Kathrin", "About Us"): the page's, not the story's. Its prose
can outscore a short story under its headline, or join it as a further run, so it leaves
before the main block is chosen."""

from __future__ import annotations

import re

from consumer.core.enrich.data.first_names import FEMALE_FIRST_NAMES, FIRST_NAMES
from consumer.core.enrich.data.speech_intl import FIRST_NAMES_INTL
from consumer.core.text.article_lines import ArticleLines
from consumer.core.text.mainblock import SHORT, line_class, line_features

# "About" and a name of one to three capitalised words, nothing else on the line: not a
# subheading about a thing ("About the Braves:", "About Halloween, she writes:", "About
# Paris:" over what the story says of it).
_ABOUT_HEADER = re.compile(
    r"(?i:about|über|à propos de|sobre|acerca de) "
    r"(?P<name>[A-ZÀ-Þ][\w’'.-]*(?: [A-ZÀ-Þ][\w’'.-]*){0,2})"
)
# Statuses the header may have: still in the body, or taken for a byline ("About Jane").
_HEADER_STATUSES = (None, "byline")
_MAX_BOX_PROSE = 4  # a box holds a paragraph or a few; the story goes on longer
_GIVEN_NAMES = FIRST_NAMES | FEMALE_FIRST_NAMES | FIRST_NAMES_INTL
# What shows that a page holds a story of its own: its headline again, or a byline.
_STORY_SIGNS = ("repeated_title", "byline")


def remove_about_boxes(doc: ArticleLines, headline: str | None = None) -> None:
    """Take out each "About X" header that is no headline and the prose lines right under
    it, up to the first short or removed line (as ``author_bio``: the writer's or the
    site's box), when X is a person (a given name first: "About Sara Harberson", "Über
    Kathrin") or when the header stands among the page's furniture, no paragraph right
    above it. A company's box right under the text ("About Northfield Labs" closing a
    press release) is the release's own; so is a box about the person the ``headline``
    names when no byline names them (a profile's "About George Lucas" under "AFI Award:
    George Lucas"); and a site's box on a page with no story of its own (neither the
    headline again nor a byline: a directory of links, whose only prose it is)."""
    for i, line in enumerate(doc.lines):
        header = _ABOUT_HEADER.fullmatch(line.text)
        if doc.status[i] not in _HEADER_STATUSES or header is None:
            continue
        box = []
        for j in range(i + 1, min(i + 1 + _MAX_BOX_PROSE, len(doc.lines))):
            if doc.status[j] is not None or _is_short(doc.lines[j].text):
                break
            box.append(j)
        if not box:
            continue  # a menu's "About Us" over more links
        name = header["name"]
        if name.split()[0].casefold() in _GIVEN_NAMES:
            if _storys_subject(doc, name, headline):
                continue
        elif _follows_paragraph(doc, i) or not _has_story(doc):
            continue
        if doc.status[i] is None:
            doc.remove(i, "author_bio")
        for j in box:
            doc.remove(j, "author_bio")


def _storys_subject(doc: ArticleLines, name: str, headline: str | None) -> bool:
    """Does the headline name this person (their surname) while no byline does? Then the
    box is the story's own section about its subject, not the writer's."""
    surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    if headline is None or not surname.search(headline):
        return False
    return not any(
        doc.status[k] == "byline"
        and surname.search(line.text)
        and not _ABOUT_HEADER.fullmatch(line.text)
        for k, line in enumerate(doc.lines)
    )


def _has_story(doc: ArticleLines) -> bool:
    """Does the page show its headline again or a byline (not an "About X" header that
    the byline stage took)?"""
    return any(
        status in _STORY_SIGNS and not _ABOUT_HEADER.fullmatch(doc.lines[k].text)
        for k, status in enumerate(doc.status)
        if k > 0
    )


def _follows_paragraph(doc: ArticleLines, i: int) -> bool:
    """Is the nearest line above line ``i`` still in the body a line of prose?"""
    above = next((k for k in range(i - 1, -1, -1) if doc.status[k] is None), None)
    return above is not None and not _is_short(doc.lines[above].text)


def _is_short(text: str) -> bool:
    return line_class(line_features(text)) == SHORT
