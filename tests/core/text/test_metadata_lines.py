"""Bylines and date lines of text dumps in the forms sites write them (made-up lines)."""

from __future__ import annotations

import pytest

from consumer.core.text.byline import (
    byline_authors,
    is_name,
    named_with_role,
    wire_credit_reporters,
)
from consumer.core.text.meta_line import is_reading_time, read_meta_line
from consumer.core.text.timestamps import find_timestamp, is_timestamp_line
from consumer.core.text.title import clean_title, repeated_form, title_key, trim_headline


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("2024/3/7", "2024-03-07"),
        ("Nordlicht - 2024/3/7", "2024-03-07"),
        ("2024.03.07", "2024-03-07"),
        ("7-Mar-2024", "2024-03-07"),
        ("Mis à jour le 7-mars-2024", "2024-03-07"),
        ("March 7. 2024", "2024-03-07"),
        ("Post time: 07-03-2024", "2024-03-07"),
        ("UPDATED 16:47 EST / MARCH 7 2024", "2024-03-07"),
    ],
)
def test_more_date_forms(line, value):
    stamp = find_timestamp(line)
    assert stamp is not None and stamp.value[:10] == value
    assert is_timestamp_line(line)


@pytest.mark.parametrize("line", ["Version 2.10.2024.5", "Call 12-34-5678 now", "2024/13/45"])
def test_number_runs_are_not_dates(line):
    stamp = find_timestamp(line)
    assert stamp is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Posted by Olu Adebayo on March 7, 2024", ["Olu Adebayo"]),
        ("By Marta Kowalska on 7 Mar 2024", ["Marta Kowalska"]),
        ("by Ines Duarte | Travel | 6 min read", ["Ines Duarte"]),
        ("Written by by Tomas Berg", ["Tomas Berg"]),
        ("Author: Priya N. Raman", ["Priya N. Raman"]),
        ("Autor: Jürgen Maier", ["Jürgen Maier"]),
        ("Auteur : Claire Fontaine", ["Claire Fontaine"]),
        ("Escrito por Lucía Gómez", ["Lucía Gómez"]),
        ("By Aled Rhys. Last Updated on March 7, 2024", ["Aled Rhys"]),
        ("By Hana Kobayashi • Senior Editor • Updated March 7, 2024", ["Hana Kobayashi"]),
        ("Geschrieben von Lena Vogt am 7. März 2024", ["Lena Vogt"]),
        ("By Mirela Zamfir", ["Mirela Zamfir"]),  # "el" inside a name ends nothing
        # the place after a dash
        ("Por Mariana Costa — São Paulo", ["Mariana Costa"]),
        ("By Anna Smith-Jones - New York", ["Anna Smith-Jones"]),
        # the place or the category after "in"
        ("By Anna Smith-Jones in New York", ["Anna Smith-Jones"]),
        ("by Ines Duarte and Tomas Berg in Uncategorized", ["Ines Duarte", "Tomas Berg"]),
        # a blog footer that gives the time alone
        ("Posted by Olu Adebayo at 6:35 AM", ["Olu Adebayo"]),
        ("by Marta Kowalska @ 11:18am", ["Marta Kowalska"]),
        # a shop's or an archive's menu of facets names no one
        ("By Category", []),
        ("By Wine Region", []),
        ("By Company Size", []),
    ],
)
def test_more_byline_forms(line, authors):
    assert byline_authors(line) == authors


def test_reviewer_is_not_an_author():
    assert byline_authors("Reviewed by Dana Whitfield") is None


@pytest.mark.parametrize(
    ("line", "names", "day"),
    [
        ("Peter Adebayo March 7, 2024", ["Peter Adebayo"], "2024-03-07"),
        ("07/03/2024 • Opinion • Marta Kowalska", ["Marta Kowalska"], "2024-03-07"),
        ("Sophie Laurent Published 10:19am 7 March 2024", ["Sophie Laurent"], "2024-03-07"),
        ("by Ines Duarte | Mar 7, 2024 | 12 Comments", ["Ines Duarte"], "2024-03-07"),
        ("7. März 2024 · Lesezeit: 4 Min.", [], "2024-03-07"),
        ("7 mars 2024 | 5 min de lecture", [], "2024-03-07"),
        ("@nordlicht • 7 Mar 2024 • 6 min read", [], "2024-03-07"),
        # a role after the name
        ("Jane Doe, Senior Reporter · 7 March 2024", ["Jane Doe"], "2024-03-07"),
        ("Peter Adebayo, Correspondent | Mar 7, 2024", ["Peter Adebayo"], "2024-03-07"),
        ("2024-03-07 10:30:15 来源：新华社 作者：李明", ["李明"], "2024-03-07"),
        # degrees after the name; the group a post is signed for
        ("By Jane Doe, MS, RDN | March 7, 2024", ["Jane Doe"], "2024-03-07"),
        ("Mar. 7, 2024 · Jane Doe on behalf of the Release Team", ["Jane Doe"], "2024-03-07"),
        # a comment count's bare number, its link or a share button after the byline
        ("March 7, 2024 by Peter Adebayo 0", ["Peter Adebayo"], "2024-03-07"),
        ("07 March 2024 by Marta Kowalska Discuss (3)", ["Marta Kowalska"], "2024-03-07"),
        ("March 7th, 2024 by Ines Duarte 12 Tweet", ["Ines Duarte"], "2024-03-07"),
        # the categories a blog footer files the post under, after its date
        ("Posted on March 7, 2024 in Baking, Recipes | Permalink", [], "2024-03-07"),
        ("Published on March 7, 2024 in Tools and Apps. Tags: battery, phone", [], "2024-03-07"),
        # a part after the categories
        (
            "Date: March 7, 2024 | Category: Home Tips | Author: Sophie Laurent",
            ["Sophie Laurent"],
            "2024-03-07",
        ),
    ],
)
def test_meta_lines(line, names, day):
    meta = read_meta_line(line)
    assert meta is not None and meta.names == names
    assert [s.value[:10] for s in meta.stamps] == [day]


@pytest.mark.parametrize(
    "line",
    [
        "Protests on March 7, 2024 in Lisbon turned into a festival",
        # a list of dated teasers, no footer's label
        "Nov. 1, 2024 in Home and Garden",
        # a page's number, a product's after the date
        "March 7, 2024 Page 1 of 4",
    ],
)
def test_a_date_with_other_words_is_no_meta_line(line):
    assert read_meta_line(line) is None


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("Publié le 4 mars 2024 à 18h30 Mis à jour le 5 mars 2024", "2024-03-04", "2024-03-05"),
        (
            "Published 3:14 PM EST, Mon March 4, 2024 Updated 5:00 PM EST, Mon March 4, 2024",
            "2024-03-04T15:14:00-05:00",
            "2024-03-04T17:00:00-05:00",
        ),
        # the page's elements with no space between them
        ("14:32, 4 Mar 2024Updated14:45, 5 Mar 2024", "2024-03-04", "2024-03-05"),
    ],
)
def test_published_and_updated_on_one_line(line, published, updated):
    meta = read_meta_line(line)
    assert meta is not None
    assert [(s.value, s.is_update) for s in meta.stamps] == [(published, False), (updated, True)]


@pytest.mark.parametrize(
    ("line", "value", "is_update"),
    [
        ("This article was last updated on 26 November 2026 at 09:40.", "2026-11-26", True),
        ("This story was first published on 3 May 2024.", "2024-05-03", False),
        # the verb that says "updated" comes after the date
        (
            "Dieser Artikel wurde zuletzt am 26.11.2026 um 09:40 Uhr aktualisiert.",
            "2026-11-26",
            True,
        ),
        ("Cet article a été mis à jour le 26 novembre 2026 à 09h40.", "2026-11-26", True),
    ],
)
def test_a_notice_of_the_articles_date_is_a_date_line(line, value, is_update):
    meta = read_meta_line(line)
    assert meta is not None
    assert [(s.value, s.is_update) for s in meta.stamps] == [(value, is_update)]


def test_a_place_before_the_date_and_a_south_american_zone():
    meta = read_meta_line("Santiago de Chile - 23 nov 2026 - 21:40 CLT")
    assert meta is not None and meta.names == []
    assert [s.value for s in meta.stamps] == ["2026-11-23T21:40:00-04:00"]


def test_a_newsroom_credit_alone_is_no_label_for_the_next_line(extract):
    # "Redacción" (the newsroom) credits the staff; "Redacción:" labels a name.
    text = (
        "Cierran los colegios electorales en todo el país\nRedacción\n"
        "Santiago de Chile - 23 nov 2026 - 21:40 CLT\n"
        "Los centros de votación han cerrado a las 18:00 hora local y ha comenzado el "
        "recuento en todo el país, informó el Servicio Electoral.\n"
    )
    ext = extract(text)
    assert ext.authors == []
    assert ext.published_at == "2026-11-23T21:40:00-04:00"
    assert extract(text.replace("Redacción\n", "Redacción: Ana Rojas\n")).authors == ["Ana Rojas"]


def test_meta_line_with_a_lone_unknown_name_leaves_it_to_the_caller():
    meta = read_meta_line("Zygmunt Quorra | 7 March 2024")
    assert meta is not None and meta.names == [] and meta.lone_name == "Zygmunt Quorra"


@pytest.mark.parametrize(
    "line",
    [
        "The council met on 7 March 2024 to vote on the new budget for the harbour.",
        "Top 10 things to do in Lisbon in 2024 and where to eat afterwards with friends",
        "This article was published on 3 May 2024 in answer to a reader's letter.",
    ],
)
def test_sentences_and_headlines_with_dates_are_not_meta_lines(line):
    assert read_meta_line(line) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe", True),
        ("Jean-Luc de la Cruz", True),
        ("Priya N. Raman", True),
        ("Get Started", False),
        ("Return Policy", False),
        ("Senior Editor", False),
        ("Breaking News", False),
        ("Mehr Nachrichten", False),  # German nouns are capitalised: "More news"
        ("Weitere Artikel", False),
        ("Jan van der Meer", True),
        ("the next step", False),
        ("Jane", False),
    ],
)
def test_name_shape(text, expected):
    assert is_name(text) is expected


_HEADER = """Nordlicht Magazin
Home
Reisen
Kultur
Kontakt

Sieben Tage im Wattenmeer: eine Wanderung
Zygmunt Quorra
Redakteur
07.03.2024

Der Weg beginnt am Deich, wo die Flut gerade zurückgeht und das Watt freigibt.

Zwei Stunden später stehen wir mitten im Meer, und der Boden unter den Füßen ist weich.

Am Abend zeigt der Führer die Sterne über der Hallig, die im Winter fast niemand sieht.
"""


def test_name_and_role_above_a_date_line_is_the_author(extract):
    result = extract(_HEADER)
    assert result.authors == ["Zygmunt Quorra"]
    assert result.published_at == "2024-03-07"


def test_menu_words_beside_a_date_are_not_an_author(extract):
    text = _HEADER.replace("Zygmunt Quorra\nRedakteur", "Market Watch")
    text += "\nThe market watch desk reports daily.\n"
    assert extract(text).authors == []


@pytest.mark.parametrize(
    "line",
    ["Data as of March 7, 2024.", "Offer valid until 7 March 2024", "Stand bis zum 7.3.2024"],
)
def test_dates_that_something_holds_until_are_not_the_articles(line):
    assert read_meta_line(line) is None


def _article(*header: str) -> str:
    """A made-up aggregator copy: headline, the given header lines, three paragraphs."""
    body = (
        "Der Weg beginnt am Deich, wo die Flut gerade zurückgeht und das Watt freigibt.",
        "Zwei Stunden später stehen wir mitten im Meer, der Boden unter uns ist weich.",
        "Am Abend zeigt der Führer die Sterne über der Hallig, die kaum jemand sieht.",
    )
    return "\n\n".join(["Sieben Tage im Wattenmeer", "\n".join(header), *body]) + "\n"


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        (("Written by", "Tomas Berg"), ["Tomas Berg"]),
        (("Autor:", "Jürgen Maier"), ["Jürgen Maier"]),
        (("Par", "Claire Fontaine"), ["Claire Fontaine"]),
        (("Author", "Recent Posts"), []),
        (("By", "JD", "Jane Doe"), []),  # the initials of an avatar are not the name
    ],
)
def test_name_on_the_line_after_a_lone_byline_label(extract, header, authors):
    assert extract(_article(*header)).authors == authors


@pytest.mark.parametrize(
    ("header", "published", "modified"),
    [
        (("Last updated on:", "March 7, 2024"), None, "2024-03-07"),
        (("Publié le", "7 mars 2024"), "2024-03-07", None),
        (("Aktualisiert:", "07.03.2024"), None, "2024-03-07"),
    ],
)
def test_date_on_the_line_after_a_lone_date_label(extract, header, published, modified):
    result = extract(_article(*header))
    assert (result.published_at, result.modified_at) == (published, modified)


def test_the_name_after_an_edited_by_label_is_not_the_author(extract):
    header = ("Dana Whitfield", "Updated on March 7, 2024", "Edited by", "Ola Nordmann")
    assert extract(_article(*header)).authors == ["Dana Whitfield"]


@pytest.mark.parametrize(
    ("text", "trimmed"),
    [
        ("Dec 18 2025 Preparing a new release of the tool", "Preparing a new release of the tool"),
        ("07.03.2024 – Die Bahn streikt wieder", "Die Bahn streikt wieder"),
        ("*Un traité sur le café* (1792)", "Un traité sur le café (1792)"),
        ("Los mejores consejos para el jardín ⋆", "Los mejores consejos para el jardín"),
        ("Weekly report 12/19/2025", "Weekly report 12/19/2025"),  # its own date stays
        ("2024 in review", "2024 in review"),
        ("⚡️ Port workers vote to strike from Monday", "Port workers vote to strike from Monday"),
        ("🔴 LIVE: Storm reaches the coast", "LIVE: Storm reaches the coast"),
        ("© Photo agency wins award", "© Photo agency wins award"),  # a Latin-1 sign stays
        ("日本の港でストライキ", "日本の港でストライキ"),
    ],
)
def test_trim_headline(text, trimmed):
    assert trim_headline(text) == trimmed


def test_a_short_tail_the_page_shows_is_its_name_not_the_headline():
    title = clean_title("Couch to marathon in 24 weeks - Running | Powered by Trailfield")
    kept = repeated_form(title, {title_key("Powered by Trailfield")})
    assert kept.text != "Powered by Trailfield"


def test_a_long_tail_the_page_shows_is_the_headline():
    title = clean_title("Trailfield | Couch to marathon in 24 weeks")
    kept = repeated_form(title, {title_key("Couch to marathon in 24 weeks")})
    assert kept.text == "Couch to marathon in 24 weeks"


def test_a_blogs_name_shown_atop_the_page_gives_way_to_the_post_title_after_it():
    title = clean_title("Trail Notes - How I trained for my first marathon in 24 weeks")
    post = "How I trained for my first marathon in 24 weeks"
    both = {title_key("Trail Notes"), title_key(post)}
    # Both parts are lines: the head is kept (a department's name after a page's title
    # reads the same way) ...
    assert repeated_form(title, both).text == "Trail Notes"
    # ... unless the head is shown among the page's first lines and the tail is not.
    top = frozenset({title_key("Trail Notes")})
    assert repeated_form(title, both, top).text == post
    assert repeated_form(title, both, top | {title_key(post)}).text == "Trail Notes"


def test_the_part_after_an_inward_arrow_is_the_post_when_the_page_shows_both():
    # "Blog | tagline » Post title" (a blog's <title> that reads from the site inward):
    # the page shows the blog's name over its sidebar and the post's title over the
    # post; the part the arrow points to, the longer one, is the headline.
    post = "How I trained for my first marathon in 24 weeks"
    title = clean_title(f"Trail Notes | running far » {post}")
    both = {title_key("Trail Notes | running far"), title_key(post)}
    assert repeated_form(title, both).text == post
    # Shown among the page's first lines, the tail is the site's name ("Post » Site").
    assert repeated_form(title, both, frozenset({title_key(post)})).text != post
    # A bar instead of the arrow reads either way: the head stays, as above.
    title = clean_title(f"Trail Notes | running far | {post}")
    assert repeated_form(title, both).text != post


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Dana Whitfield, Senior Editor", ["Dana Whitfield"]),
        ("Ana Ruiz and Tom Berg | Guest Columnists", ["Ana Ruiz", "Tom Berg"]),
        ("Lena Vogt – Redakteurin", ["Lena Vogt"]),
        ("Claire Fontaine, envoyée spéciale", ["Claire Fontaine"]),
        ("Lucía Gómez · Periodista", ["Lucía Gómez"]),
        ("Dana Whitfield, who runs the bakery", None),
        ("Market Watch, Editors", None),
        ("Dana Whitfield", None),
    ],
)
def test_names_with_a_role(line, names):
    assert named_with_role(line) == names


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("7 min read", True),
        ("Lesezeit: 4 Min.", True),
        ("5 min de lecture", True),
        ("Tiempo de lectura: 3 minutos", True),
        ("Temps de lecture : 2 min", True),  # French spacing before the colon
        ("• 2h • 3 min read", True),  # an aggregator's age and reading time
        ("· 5d · 4 min read", True),
        ("• 2 min read", True),
        ("• Politics • 3 min read", False),
        ("Take 5 minutes to read the terms", False),
    ],
)
def test_reading_time_lines(line, expected):
    assert is_reading_time(line) is expected


def test_a_name_with_a_role_counts_above_the_body_only(extract):
    header = ("Dana Whitfield, Senior Editor",)
    assert extract(_article(*header)).authors == ["Dana Whitfield"]
    quote_at_the_end = _article() + "\nOla Nordmann, Senior Editor\n"
    assert extract(quote_at_the_end).authors == []


def test_a_name_with_degrees_beside_the_date_is_the_author(extract):
    result = extract(_article("Zygmunt Quorra, MS, RD, FAND", "Published Mar 7, 2024"))
    assert result.authors == ["Zygmunt Quorra"]
    assert result.published_at == "2024-03-07"


def test_a_lone_name_signing_for_a_group_on_the_date_line_is_the_author(extract):
    result = extract(_article("Mar. 7, 2024 · Zygmunt Quorra on behalf of Platform group"))
    assert result.authors == ["Zygmunt Quorra"]
    assert result.published_at == "2024-03-07"


def test_a_name_beside_the_reading_time_is_the_author(extract):
    result = extract(_article("Zygmunt Quorra", "7 min read"))
    assert result.authors == ["Zygmunt Quorra"]
    assert "7 min read" not in result.paragraphs


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Dana Whitfield, MS, RDN, LD", ["Dana Whitfield"]),
        ("By Dana Whitfield, Ph.D.", ["Dana Whitfield"]),
        ("Von Lena Vogt, Redakteurin, Nordlicht Magazin", ["Lena Vogt"]),
        ("By Dana Whitfield, Senior Editor, and Tom Berg", ["Dana Whitfield", "Tom Berg"]),
        ("Choose Boring Tools (2015) by Dana Whitfield", None),  # a list of works
        ("Tuesday March 5, 2024 9:15 am by Tom Berg", ["Tom Berg"]),
    ],
)
def test_byline_credentials_outlets_and_works(line, authors):
    assert byline_authors(line) == authors


@pytest.mark.parametrize("line", ["27 September,2023", "September 27,2023"])
def test_a_date_with_no_space_after_the_comma(line):
    stamp = find_timestamp(line)
    assert stamp is not None and stamp.value == "2023-09-27"


@pytest.mark.parametrize(
    "line",
    [
        "Monday, March 4th, 2024 at 11:00 am | Categories: Garden, Tools, Soil |",
        "4. März 2024 · Schlagworte: Bahn, Streik",
    ],
)
def test_a_date_line_that_files_the_article_is_a_meta_line(line):
    meta = read_meta_line(line)
    assert meta is not None and meta.stamps[0].value[:10] == "2024-03-04"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Doe | Reuters", ["Jane Doe"]),
        ("JANE DOE, AP", ["Jane Doe"]),
        ("Lena Vogt - dpa", ["Lena Vogt"]),
        ("Berlin, AP", None),  # a dateline, not a name
        ("Ana Pereira, University of Lisbon", ["Ana Pereira"]),  # an academic's institution
    ],
)
def test_a_name_credited_to_a_news_agency(line, names):
    assert named_with_role(line) == names


@pytest.mark.parametrize(
    ("line", "value", "is_update"),
    [
        ("Published 3:14 PM EST, Mon March 4, 2024", "2024-03-04T15:14:00-05:00", False),
        ("Updated 3:14 PM EST, Mon March 4, 2024", "2024-03-04T15:14:00-05:00", True),
        ("Last modified on 4 March 2024", "2024-03-04", True),
        ("Aktualisiert am 04.03.2024, 10:15 Uhr", "2024-03-04", True),
        ("Mis à jour le 4 mars 2024", "2024-03-04", True),
        ("Publicado el 4 de marzo de 2024", "2024-03-04", False),
        ("Modifié le 4 mars 2024", "2024-03-04", True),
    ],
)
def test_labelled_date_lines_in_several_languages(line, value, is_update):
    meta = read_meta_line(line)
    assert meta is not None and [(s.value, s.is_update) for s in meta.stamps] == [
        (value, is_update)
    ]


@pytest.mark.parametrize("line", ["2 hours ago", "vor 3 Stunden", "il y a 5 min", "hace 2 días"])
def test_relative_times_give_no_date(extract, line):
    result = extract(_article("Jane Doe", line))
    assert result.published_at is None and result.modified_at is None


def test_a_name_beside_a_date_label_whose_date_is_lost(extract):
    result = extract(_article("Zygmunt Quorra", "Last updated:"))
    assert result.authors == ["Zygmunt Quorra"]
    assert result.published_at is None and result.modified_at is None
    assert "Last updated:" not in result.paragraphs


def test_a_count_between_the_name_and_the_date(extract):
    result = extract(_article("Zygmunt Quorra", "1,204", "March 7, 2024 · 6 min read"))
    assert result.authors == ["Zygmunt Quorra"]
    assert result.published_at == "2024-03-07"


@pytest.mark.parametrize(
    ("line", "authors"),
    [("Text: Lena Vogt", ["Lena Vogt"]), ("Texto: Ana Souza", ["Ana Souza"]), ("Text Link", None)],
)
def test_text_as_a_byline_word_needs_its_colon(line, authors):
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        ("(Reporting by Tomasz Wrenfield; Editing by Ilse Marburg)", ["Tomasz Wrenfield"]),
        (
            "(Reporting by Ana Quispe in Lima and Olu Bakare in Lagos; "
            "Additional reporting by Kei Tanaka; Editing by Ilse Marburg)",
            ["Ana Quispe", "Olu Bakare"],
        ),
        ("Reporting by Ana Quispe, Editing by Ilse Marburg", ["Ana Quispe"]),
        ("(Editing by Ilse Marburg)", None),
        ("Reporting by the regional desk shows prices rose in March.", None),
    ],
)
def test_wire_credit_lines_name_their_reporters(line, reporters):
    assert wire_credit_reporters(line) == reporters


_WIRE_STORY = """Port authority approves a second container terminal

OSLO, May 4 (Newswire) - The port authority approved a second container terminal,
doubling the harbour's capacity by the end of the decade.

The terminal will take ships of up to 400 metres and is to open in stages from 2028,
the authority said in a statement.

(Reporting by Tomasz Wrenfield; Editing by Ilse Marburg)
"""


def test_a_wire_story_s_credits_give_its_authors_and_leave_the_body(extract):
    result = extract(_WIRE_STORY)
    assert result.authors == ["Tomasz Wrenfield"]
    assert result.paragraphs[-1].startswith("The terminal will take ships")
    assert result.removed["credit"] == 1


def test_a_byline_wins_over_the_credits(extract):
    text = _WIRE_STORY.replace("\nOSLO", "\nBy Marit Solheim\n\nOSLO")
    assert extract(text).authors == ["Marit Solheim"]


def test_a_blog_name_and_colon_before_the_post_title_the_page_shows_go():
    title = clean_title("Letters of Note: Vast riddles")
    assert repeated_form(title, {title_key("Vast riddles")}).text == "Vast riddles"
    # ... unless the page shows the part before the colon as a line too (a section).
    both = {title_key("Vast riddles"), title_key("Letters of Note")}
    assert repeated_form(title, both).text == "Letters of Note: Vast riddles"
    # ... but shown among the page's first lines, it is the blog's name over its header.
    top = frozenset({title_key("Letters of Note")})
    assert repeated_form(title, both, top).text == "Vast riddles"


def test_a_blog_post_under_its_blogs_name_is_told_by_its_own_title(extract):
    # Blogger's <title> "Blog: Post", the blog's name atop the page, a profile box beside
    # the post: the post's title line heads it, and the profile box above does not win.
    profile = (
        "I write about the advertising business and its worst habits, and I have worked as "
        "a copywriter in the city for many years, mostly for agencies that no longer exist, "
        "which tells you something about them and perhaps something about me as well."
    )
    post = [
        "Monday, October 15, 2012",
        "Five posts of the week.",
        "",
        "• Eighteen prank signs on the underground (above).",
        "• Thirteen science museum billboards worth a look.",
        "• A rejection letter from a very strange club.",
        "• A singer who sings to his cat (adorable).",
        "",
        "posted by adwriter @ 6:01 PM",
    ]
    blocks = [
        ["adwriter: Five posts of the week."],
        ["adwriter", "About Me", "Name: adwriter", profile, "View my complete profile"],
        ["Previous Posts", "Five posts of the week.", "Six posts from last week."],
        post,
        ["<< Home"],
    ]
    text = "\n\n".join("\n".join(block) for block in blocks)
    result = extract(text)
    assert result.title == "Five posts of the week."
    assert any("rejection letter" in p for p in result.paragraphs)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Posted on March 7, 2024 by zquorra", ["zquorra"]),
        ("By zquorra March 7, 2024 No Comments", ["zquorra"]),
        ("By admin March 7, 2024", None),  # the CMS's account when nobody signed
        ("by zquorra", None),  # without a date, a lower-case word after "by" is no name
        ("Sort by date", None),
    ],
)
def test_a_dated_byline_gives_a_blogs_account_name(line, authors):
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        (
            "Medically reviewed by Dana Whitfield, RD — Written by Olu Adebayo, MS — "
            "Updated on March 7, 2024",
            ["Olu Adebayo"],
        ),
        ("Fact-checked by Dana Whitfield | By Olu Adebayo", ["Olu Adebayo"]),
        ("Reviewed by Dana Whitfield — Updated on March 7, 2024", None),
    ],
)
def test_the_writer_after_a_reviewers_credit(line, authors):
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # a US zone named without its season: standard time in winter, daylight in summer
        ("Nov. 29, 2026 1:32 p.m. ET", "2026-11-29T13:32:00-05:00"),
        ("July 4, 2026 9:05 a.m. PT", "2026-07-04T09:05:00-07:00"),
        ("Published March 8, 2026 3:00 a.m. CT", "2026-03-08T03:00:00-05:00"),
        ("Published March 8, 2026 1:00 a.m. CT", "2026-03-08T01:00:00-06:00"),
    ],
)
def test_us_zones_without_their_season(line, value):
    stamp = find_timestamp(line)
    assert stamp is not None and stamp.value == value


def test_a_slash_parts_the_site_name_from_the_headline():
    title = clean_title("Scientists build a tiny robot that swims / Boing Boing")
    assert (title.text, title.publisher) == (
        "Scientists build a tiny robot that swims",
        "Boing Boing",
    )
    # a slash inside the headline parts no site name
    assert (
        clean_title("Love / Hate: the story of a band").text == "Love / Hate: the story of a band"
    )


def test_a_date_after_the_sites_name_in_the_title():
    title = clean_title("Центробанк сохранил ключевую ставку — РИА Новости, 29.11.2026")
    assert (title.text, title.publisher) == ("Центробанк сохранил ключевую ставку", "РИА Новости")


def test_a_section_name_between_the_headline_and_its_date_leaves_the_body(extract):
    for section in ("Economy & Markets", "経済・金融", "Wirtschaft"):
        result = extract(_article(section, "29.11.2026"))
        assert result.paragraphs[0].startswith("Der Weg beginnt"), section
        assert result.removed["navigation"] == 1


def test_publication_and_modification_dates_on_one_french_line():
    meta = read_meta_line("Publié le 28 novembre 2026 à 23h10, modifié le 29 novembre 2026 à 08h32")
    assert meta is not None
    assert [(s.value, s.is_update) for s in meta.stamps] == [
        ("2026-11-28", False),
        ("2026-11-29", True),
    ]
