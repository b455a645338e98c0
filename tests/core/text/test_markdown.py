"""Markdown copies: the markup goes, the words stay, and what went is counted."""

from __future__ import annotations

from consumer.core.text.markdown import looks_like_markdown, unmark
from consumer.core.text.reader_header import read_header

MARKDOWN_COPY = """\
# Ferry service to resume after storm repairs

[![Harbour Gazette](/static/logo.svg)](/)

* [Home](/)
* [News](/news/)
- [Sport](/sport/)

The ferry between **Port Ellis** and [Bayside](https://example.org/bayside "Bayside") will
run again from Friday, the *harbour authority* said, after \\*three\\* weeks of `repairs`.

---

> "We know how much people rely on this crossing," said Tom Oduya.

| Sailing | Time |
|---|:---:|
| First | 6.40 |
"""


def test_markdown_copy_is_recognised_by_its_links():
    assert looks_like_markdown(MARKDOWN_COPY)
    assert not looks_like_markdown("See [1] and [2](the second note) for the figures.")
    assert not looks_like_markdown("Plain prose with no links at all.\n\nA second paragraph.")


def test_markdown_without_links_is_recognised_by_headings_and_bold_words():
    copy = (
        "# Harbour Gazette\n\n  * **News**\n  * **Sport**\n\n## Ferry service to resume\n\n"
        "The ferry will run again from **Friday**, the harbour authority said.\n\n"
        "### More news\n"
    )
    assert looks_like_markdown(copy)
    assert unmark(copy).text.split("\n")[:4] == ["Harbour Gazette", "", "News", "Sport"]
    assert not looks_like_markdown("# 1 in the charts: **Blue Days** by The Tides\n\nA review.")


def test_links_keep_their_words_and_images_go():
    lines = [line for line in unmark(MARKDOWN_COPY).text.split("\n") if line.strip()]
    assert lines == [
        "Ferry service to resume after storm repairs",
        "Home",
        "News",
        "Sport",
        "The ferry between Port Ellis and Bayside will run again from Friday, the harbour "
        "authority said, after *three* weeks of repairs.",
        '"We know how much people rely on this crossing," said Tom Oduya.',
        "Sailing | Time",
        "First | 6.40",
    ]


# What html2text makes of a page: lines wrapped at 78 columns, inside links too (the words
# at a space, the address after a hyphen, the title attribute at a space).
WRAPPED_COPY = """\
  * [Home](https://example.org/)
  * [Harbour news](https://example.org/news/ "Harbour
news")

The ferry between Port Ellis and [Bayside](https://example.org/places/bayside-
harbour/ "Bayside harbour") will run again from Friday, the harbour authority
said, after [three weeks of repairs to the
slipway](https://example.org/news/2025/ferry-slipway-repairs-finished/). The
first sailing leaves at 6.40.

Tickets bought for cancelled sailings can be used until the end of the month,
a spokesperson said.
"""


def test_links_wrapped_by_the_converter_keep_their_words():
    result = unmark(WRAPPED_COPY)
    assert "](" not in result.text and "https://" not in result.text
    assert result.removed["markup"] == 4
    assert result.link_targets["Harbour news"] == "https://example.org/news/"


def test_paragraphs_wrapped_at_a_fixed_width_are_joined_again():
    lines = [line for line in unmark(WRAPPED_COPY).text.split("\n") if line.strip()]
    assert lines == [
        "Home",
        "Harbour news",
        "The ferry between Port Ellis and Bayside will run again from Friday, the harbour "
        "authority said, after three weeks of repairs to the slipway. The first sailing "
        "leaves at 6.40.",
        "Tickets bought for cancelled sailings can be used until the end of the month, a "
        "spokesperson said.",
    ]


def test_a_heading_wrapped_by_the_converter_is_one_line_again():
    copy = (
        "# Ferry between Port Ellis and Bayside to run again from Friday, 12 September\n"
        "2025\n\n"
        "## Timetable for the first week of sailings after the slipway repairs  \n"
        "Monday\n\n"  # a hard break ("  "): the author's own line
        "### [Previous story: storm closes the harbour for a week of repairs to the\n"
        "slipway](https://example.org/news/storm/)\n"
    )
    result = unmark(copy)
    lines = [line for line in result.text.split("\n") if line.strip()]
    assert lines == [
        "Ferry between Port Ellis and Bayside to run again from Friday, 12 September 2025",
        "Timetable for the first week of sailings after the slipway repairs",
        "Monday",
        "Previous story: storm closes the harbour for a week of repairs to the slipway",
    ]
    assert result.headlines[0] == lines[0]


def test_what_went_is_counted():
    result = unmark(MARKDOWN_COPY)
    assert result.removed["image"] == 1  # the logo
    assert result.removed["markup"] == 5  # four links and the link around the logo
    assert result.removed_chars["image"] == len("![Harbour Gazette](/static/logo.svg)")
    assert result.removed_chars["markup"] > len('(https://example.org/bayside "Bayside")')


def test_snake_case_words_and_lone_stars_are_not_emphasis():
    text = "Set max_line_length to 80 * 2 and keep file_name_here as it is."
    assert unmark(text).text == text


def test_text_mode_reads_a_markdown_copy(extract):
    copy = MARKDOWN_COPY + "\n".join(
        f"[Related story number {n} about the harbour](/news/{n}/)" for n in range(3)
    )
    ext = extract(copy)
    assert ext.title == "Ferry service to resume after storm repairs"
    assert ext.paragraphs[0].startswith("The ferry between Port Ellis and Bayside will run again")
    assert not any("](" in p or "**" in p for p in ext.paragraphs)
    assert ext.removed["image"] == 1


def test_related_headlines_of_a_markdown_copy_keep_their_addresses(extract):
    copy = (
        "# Ferry service to resume after storm repairs\n\n"
        "[Home](/) [News](/news/) [Sport](/sport/)\n\n"
        "The ferry between Port Ellis and Bayside will run again from Friday, the harbour "
        "authority said on Monday, after three weeks of repairs to the landing stage.\n\n"
        "Engineers replaced two of the pontoons and rebuilt the ramp, which had been torn "
        "from its hinges during the night of the storm.\n\n"
        "Read more: [Storm damage bill passes £10m](/news/storm-bill/)\n"
    )
    ext = extract(copy, url="https://gazette.example/news/ferry/")
    related = {link.title: link.url for link in ext.related}
    assert related == {"Storm damage bill passes £10m": "https://gazette.example/news/storm-bill/"}


READER_COPY = """\
Title: Ferry service to resume after storm repairs | Harbour Gazette

URL Source: https://gazette.example/news/ferry/

Published Time: Mon, 04 Mar 2024 09:30:00 GMT

Markdown Content:
*   [Home](/)
*   [News](/news/)
*   [Sport](/sport/)

The ferry between Port Ellis and Bayside will run again from Friday, the harbour authority
said on Monday, after three weeks of repairs to the landing stage.

Engineers replaced two of the pontoons and rebuilt the ramp, which had been torn from its
hinges during the night of the storm.

Read more: [Storm damage bill passes £10m](/news/storm-bill/)
"""


def test_reader_header_gives_title_address_and_time():
    header = read_header(READER_COPY)
    assert header is not None
    assert header.title == "Ferry service to resume after storm repairs | Harbour Gazette"
    assert header.url == "https://gazette.example/news/ferry/"
    assert header.published == "2024-03-04T09:30:00Z"
    assert READER_COPY[header.body_start :].startswith("*   [Home](/)")


def test_lines_with_colons_are_no_header_without_the_content_mark():
    assert read_header("Title: a poem\nAuthor: Jane Doe\n\nThe first line of it.") is None
    assert read_header("Markdown Content:\nno fields above") is None


def test_text_mode_uses_the_reader_header(extract):
    ext = extract(READER_COPY)
    assert ext.title == "Ferry service to resume after storm repairs"
    assert ext.published_at == "2024-03-04T09:30:00Z"
    assert ext.canonical_url == "https://gazette.example/news/ferry/"
    assert ext.paragraphs[0].startswith("The ferry between Port Ellis and Bayside")
    assert [link.url for link in ext.related] == ["https://gazette.example/news/storm-bill/"]
    assert not any("URL Source" in p or "Markdown Content" in p for p in ext.paragraphs)


def test_a_line_saying_what_an_images_alt_text_says_is_its_caption(extract):
    paras = [
        "Venerdì 11 aprile i sindacati hanno proclamato uno sciopero nazionale dei treni di "
        "24 ore, dalle 21 di giovedì alle 21 di venerdì.",
        "Saranno garantiti i servizi essenziali nelle fasce dalle 6 alle 9 e dalle 18 alle "
        "21, come previsto dalla legge.",
    ]
    text = (
        "# Sciopero dei treni venerdì\n\n[Home](/) [Cronaca](/cronaca) [Politica](/politica)\n\n"
        f"{paras[0]}\n\n![Image 1: Un treno regionale in stazione](https://img.example/t.jpg)\n\n"
        f"Un treno regionale in stazione\n\n{paras[1]}\n\n![Logo](https://img.example/l.png)\n"
    )
    ext = extract(text)
    assert ext.captions == ["Un treno regionale in stazione"]
    assert ext.paragraphs == paras


EXPORT_COPY = """Title: Storm knocks out power to 40,000 homes on the coast
Author: Jane Roe and Sam Poe
Date: 2026-11-28T22:15:00Z
URL: https://www.coastnews.example/weather/storm-power-cuts

Thousands of homes along the coast were left without power on Friday night after a storm \
brought winds of more than 80mph to the region.

Engineers worked through the night to restore supplies, and the network operator said most \
customers should be reconnected by Saturday afternoon.
"""


def test_a_scrapers_field_block_is_read_as_a_header(extract):
    header = read_header(EXPORT_COPY)
    assert header is not None
    assert (header.url, header.published) == (
        "https://www.coastnews.example/weather/storm-power-cuts",
        "2026-11-28T22:15:00Z",
    )
    ext = extract(EXPORT_COPY)
    assert ext.title == "Storm knocks out power to 40,000 homes on the coast"
    assert ext.authors == ["Jane Roe", "Sam Poe"]
    assert ext.site == "coastnews.example"
    assert ext.paragraphs[0].startswith("Thousands of homes")
    assert len(ext.paragraphs) == 2


def test_a_field_block_without_an_address_or_a_date_is_the_copys_own():
    assert read_header("Title: a poem\nDate unknown\n\nThe first line of it.") is None
    assert read_header("Headline: X\nAuthor: Jane Doe\n\nThe first line of it.") is None
