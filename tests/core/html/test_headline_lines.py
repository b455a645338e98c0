"""headline_lines: the short lines around the headline, the date and the byline in them."""

from __future__ import annotations

import random

from lxml import html

from consumer.core.html import headline_lines
from consumer.core.html.bylines import MAX_BYLINE_CHARS
from consumer.core.html.tree import squeeze, text_of


def _around(headings: list[html.HtmlElement], title: str) -> headline_lines.HeadlineLines:
    return headline_lines.HeadlineLines(headings, title)


def test_short_text_is_the_squeezed_text_of_a_byline_s_length_or_none() -> None:
    chooser = random.Random(3)
    pieces = ("word", "By", " ", "   ", "\n", "\t", "\u00a0", "x" * 150, "a, b.", "\u3000")
    for _ in range(2000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 120)))
        element = html.fromstring("<div><span>a</span></div>")
        element[0].text = text
        squeezed = squeeze(text_of(element))
        expected = squeezed if len(squeezed) <= MAX_BYLINE_CHARS else None
        assert headline_lines._short_text(element) == expected


def test_the_date_under_the_headline_is_read_beyond_a_long_story_container() -> None:
    page = html.fromstring(
        "<html><body><div><h1>Harbour repairs start</h1>"
        "<div class='story'>" + "<span>" + " " * 2000 + "</span>"
        "<span>By Jane Doe, 10 November 2010</span></div>"
        "<p>" + "The council met on Tuesday. " * 20 + "</p></div></body></html>"
    )
    headings = page.findall(".//h1")
    title = "Harbour repairs start"
    assert headline_lines.stamps_beside_headline(_around(headings, title))[0] == "2010-11-10"
    assert headline_lines.byline_under_headline(_around(headings, title)) == "Jane Doe"


def test_a_date_strip_ending_in_a_byline_dates_the_story() -> None:
    page = html.fromstring(
        "<html><body><font size='5'><b>Port strike enters second week</b></font><br>"
        "<font size='2'>Posted: 24 November 2026 | By Lee Chang</font><br><br>"
        "<p>" + "The strike went on. " * 20 + "</p></body></html>"
    )
    headings = page.findall(".//b")
    title = "Port strike enters second week"
    assert headline_lines.stamps_beside_headline(_around(headings, title))[0] == "2026-11-24"


def test_an_update_line_by_the_headline_is_the_modification_date() -> None:
    page = html.fromstring(
        "<html><body><h1>Power prices soar in the south</h1>"
        "<div><time>Publisert 26.11.2026 kl. 14.02</time> <span>Oppdatert 27.11.2026</span>"
        "</div><p>" + "Prices rose on Thursday. " * 20 + "</p></body></html>"
    )
    headings = page.findall(".//h1")
    title = "Power prices soar in the south"
    stamps = headline_lines.stamps_beside_headline(_around(headings, title))
    assert stamps == ("2026-11-26", "2026-11-27")
    unchanged = html.fromstring(
        "<html><body><h1>Power prices soar in the south</h1><span>26.11.2026</span>"
        "<p>" + "Prices rose on Thursday. " * 20 + "</p></body></html>"
    )
    unchanged_around = _around(unchanged.findall(".//h1"), title)
    assert headline_lines.stamps_beside_headline(unchanged_around)[1] is None


def test_one_reading_gives_the_date_and_the_update_each_alone_gives() -> None:
    lines = (
        "<span>Oppdatert 27.11.2026</span>",
        "<span>Publisert 26.11.2026 kl. 14.02</span>",
        "<span>Updated 28 November 2026</span>",
        "<span>By Jane Doe, 10 November 2010</span>",
        "<span>03/04/2026</span>",
        "<span>Menu</span>",
    )
    chooser = random.Random(5)
    title = "Power prices soar in the south"
    for _ in range(200):
        picked = chooser.sample(lines, chooser.randint(0, 4))
        page = html.fromstring(
            f"<html><body><h1>{title}</h1><div>{''.join(picked)}</div>"
            "<p>" + "Prices rose on Thursday. " * 20 + "</p></body></html>"
        )
        headings = page.findall(".//h1")

        def both(
            headings: list[html.HtmlElement] = headings, **wanted: bool
        ) -> tuple[str | None, str | None]:
            return headline_lines.stamps_beside_headline(_around(headings, title), **wanted)

        date = both(update=False)[0]
        update = both(published=False)[1]
        assert both() == (date, update)
        assert both(update=False) == (date, None)
        assert both(published=False) == (None, update)


def test_the_lines_read_once_are_those_each_reading_gives() -> None:
    # Made-up lines before and after the headline, some in a sidebar, a paragraph among
    # them (the story begins there); the byline read after the dates, or alone, or first.
    lines = (
        "<span>Thursday, 26 November 2026</span>",
        "<span>By Jane Doe</span>",
        "<div class='sidebar'><span>By Sam Roe</span></div>",
        "<span>Updated 27.11.2026</span>",
        "<p>" + "The story begins here and goes on. " * 8 + "</p>",
        "<span>Menu</span>",
    )
    chooser = random.Random(7)
    title = "Ferry service resumes"
    for _ in range(300):
        above = "".join(chooser.sample(lines, chooser.randint(0, 3)))
        below = "".join(chooser.sample(lines, chooser.randint(0, 5)))
        page = html.fromstring(
            f"<html><body><div>{above}</div><h1>{title}</h1><div>{below}</div></body></html>"
        )
        headings = page.findall(".//h1")
        stamps = headline_lines.stamps_beside_headline(_around(headings, title))
        byline = headline_lines.byline_under_headline(_around(headings, title))
        shared = _around(headings, title)
        assert headline_lines.stamps_beside_headline(shared) == stamps
        assert headline_lines.byline_under_headline(shared) == byline
        assert list(shared.lines(before=True)) == list(_around(headings, title).lines(before=True))
        shared = _around(headings, title)
        assert headline_lines.byline_under_headline(shared) == byline
        assert headline_lines.stamps_beside_headline(shared) == stamps
