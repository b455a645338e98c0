"""Copies of kinds the benchmarks do not hold (made up for these tests): a news app's copy
with its source card (MSN, Google News, Apple News, Flipboard), a gallery's buttons, a
wire desk's version slug, a republished story's note, a PDF's text with its page
furniture and its words hyphenated at the margin."""

from __future__ import annotations

import textwrap

from consumer.core.text.classify import boilerplate_reason
from consumer.core.text.hyphen_wrap import HyphenWraps
from consumer.core.text.lines import segment_lines
from consumer.core.text.related import pointer_of
from consumer.core.text.title import trim_headline

_HEADLINE = "Ferry service to the islands resumes after winter repairs"
_STORY = [
    "The ferry between Port Alder and the outer islands sailed again on Monday morning, "
    "three months after its hull was damaged in a January storm.",
    "About 120 passengers made the first crossing, many of them islanders who had relied "
    "on a small water taxi since the ferry was taken out of service.",
    "The operator said the boat would run its full summer timetable from the first week "
    "of May, with six crossings a day at weekends.",
]


def test_an_apps_source_card_over_the_headline_names_the_publisher(extract):
    text = "\n\n".join(
        [
            "Port Alder Courier",
            "Story by Mia Lund",
            "• 3h •",
            "2 min read",
            _HEADLINE,
            *_STORY,
            "More for You",
        ]
    )
    ext = extract(text, url="https://www.msn.com/en-us/news/us/ferry/ar-AA1abcd")
    assert ext.title == _HEADLINE
    assert ext.publisher == "Port Alder Courier"
    assert ext.authors == ["Mia Lund"]
    assert ext.paragraphs[0].startswith("The ferry between")
    assert ext.removed["source"] == 1


def test_a_source_card_with_its_age_on_one_line(extract):
    for card in ("Port Alder Courier · 3h ago", "Port Alder Courier - 2h"):
        ext = extract("\n\n".join([card, _HEADLINE, *_STORY]))
        assert ext.title == _HEADLINE
        assert ext.publisher == "Port Alder Courier"
        assert ext.paragraphs[0].startswith("The ferry between")


def test_a_short_headline_over_its_byline_and_date_is_no_source_card(extract):
    # a date, not an age, under it; and the line under the byline ends a sentence
    text = "\n\n".join(["Ferry Sails Again", "By Mia Lund", "March 3, 2026", *_STORY])
    ext = extract(text)
    assert ext.title == "Ferry Sails Again"
    assert ext.removed["source"] == 0


def test_an_apps_links_out_of_its_copy():
    assert boilerplate_reason("Read on Apple News") == "navigation"
    assert boilerplate_reason("Open in Google News") == "navigation"
    assert boilerplate_reason("Flipped into Island Life by Sam Ortiz") == "navigation"
    assert boilerplate_reason("Next image") == "navigation"
    assert boilerplate_reason("Read on, dear reader") is None


def test_a_wire_desks_version_slug_leaves_the_headline():
    assert trim_headline("UPDATE 2-Grain prices jump after export ban") == (
        "Grain prices jump after export ban"
    )
    assert trim_headline("REFILE-UPDATE 1-Port strike ends") == "Port strike ends"
    assert trim_headline("Update 2-year plan approved") == "Update 2-year plan approved"


def test_a_republished_storys_note_names_the_outlet_alone():
    for note in (
        "This story was originally published by Island Ledger and is republished under a "
        "Creative Commons license.",
        "This story was originally published by Island Ledger, a nonprofit newsroom.",
        "This article first appeared in Island Ledger under a Creative Commons license.",
    ):
        pointer = pointer_of(note)
        assert pointer is not None and pointer.source == "Island Ledger"


def test_a_republished_storys_outlet_is_no_author(extract):
    text = "\n\n".join(
        [
            _HEADLINE,
            "By Mia Lund, Island Ledger",
            "March 3, 2026",
            *_STORY,
            "This story was originally published by Island Ledger and is republished "
            "under a Creative Commons license.",
        ]
    )
    ext = extract(text)
    assert ext.authors == ["Mia Lund"]
    assert ext.publisher == "Island Ledger"


_PDF = """Island Transport Review
Page 1 of 2

The harbour board said on Monday that the gov-
ernment had agreed to fund the ferry net-
work for five more years, and that a four-
hour gap in the winter timetable would close.

Island Transport Review
Page 2 of 2

The board will publish the new timetable in Febru-
ary, and the first extra crossings are to run from the
start of April, the board's chair said on Monday.

Island Transport Review
"""


def test_a_pdfs_page_footers_and_running_head_leave(extract):
    ext = extract(_PDF)
    assert ext.title == "Island Transport Review"
    assert not any("Page" in p or p == "Island Transport Review" for p in ext.paragraphs)
    assert len(ext.paragraphs) == 2


def test_a_pdfs_words_split_at_the_margin_are_joined(extract):
    ext = extract(_PDF)
    assert "the government had agreed to fund the ferry network" in ext.paragraphs[0]
    assert "a four-hour gap" in ext.paragraphs[0]  # a compound keeps its hyphen
    assert "timetable in February," in ext.paragraphs[1]


def test_a_wrapping_tools_break_at_a_hyphen_keeps_it():
    # no page footer: a tool wrapped the text at a compound's own hyphen
    words = (
        "The board voted on Tuesday to fund the plan for the new ferry terminal, which "
        "the mayor called a hard-fought win for islanders who had waited for a decade "
        "or more for a dock that could take the larger boats in winter storms."
    )
    wrapped = textwrap.fill(words, width=52)
    assert "hard-\n" in wrapped
    assert "a hard-fought win" in segment_lines(wrapped)[0].text
    # the word written whole elsewhere in the copy drops the hyphen, the compound written
    # whole keeps it; with neither, a copy with no page footer keeps it
    copy = HyphenWraps("The government said the ferry, on a two-hour crossing, runs again.")
    assert copy.join("A spokesperson for the gov-", "ernment said") == (
        "A spokesperson for the government said"
    )
    assert copy.join("a two-", "hour wait") == "a two-hour wait"
    assert copy.join("a hard-", "fought win") == "a hard-fought win"
    assert copy.join("the Corona-", "Pandemie") == "the Corona-Pandemie"
    pdf = HyphenWraps("Page 1 of 4\nThe harbour\nPage 2 of 4\n")
    assert pdf.join("the har-", "bour board") == "the harbour board"
    assert pdf.join("a self-", "made man") == "a self-made man"


def test_a_flattened_pages_abbreviated_month_stays_with_its_day(extract):
    story = " ".join(_STORY * 2)
    text = (
        "Ferry service resumes | Port Alder Courier Home News Local Sports Opinion "
        f"Ferry service resumes By Mia Lund Nov. 24, 2026 {story} Share this article "
        "Related Articles Harbour dredging delayed again © 2026 Port Alder Courier"
    )
    assert len(text) > 1000  # a page flattened onto one line
    ext = extract(text)
    assert ext.authors == ["Mia Lund"]  # not "Mia Lund Nov"
    assert ext.published_at is not None and ext.published_at.startswith("2026-11-24")
