"""Authors named by page furniture, picture credits and labels, on made-up pages: a button
or a link in the byline's place, a picture's credit in an author element, a label left
before the name, a relative time after it."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from consumer.core.html.metadata import read_metadata
from consumer.core.html.names import clean_authors, is_furniture

PROSE = "<p>" + "The council met on Tuesday to discuss the new budget for the year. " * 3 + "</p>"


def _authors(body: str, head: str = "") -> list[str]:
    title = "<title>Council passes budget</title>"
    page = f"<html><head>{title}{head}</head><body>{body}</body></html>"
    url = "https://www.example-news.com/a/1"
    return read_metadata(lxml_html.fromstring(page), url, None).authors


@pytest.mark.parametrize(
    "furniture",
    [
        "Tweet",
        "Permalink",
        "Website",
        "Contact the author",
        "Become an Author",
        "Authors List",
        "Archives",
        "No Author",
        "Hi",
        "From The Forum",
        "Administrative User",
        "Place an Ad",
    ],
)
def test_page_furniture_names_no_one(furniture: str) -> None:
    assert is_furniture(furniture)
    assert clean_authors([furniture]) == []


@pytest.mark.parametrize("name", ["Jane Doe", "The Team", "Anna Contact"])
def test_names_with_a_word_of_their_own_stay(name: str) -> None:
    assert not is_furniture(name)
    assert clean_authors([name]) == [name]


def test_a_button_in_the_byline_gives_way_to_the_writer_after_it() -> None:
    byline = '<div class="byline"><a href="/share">Tweet</a> <a href="/u/jd">Jane Doe</a></div>'
    assert _authors(f"<article><h1>Council passes budget</h1>{byline}{PROSE}</article>") == [
        "Jane Doe"
    ]


def test_a_declared_placeholder_names_no_one() -> None:
    head = '<meta name="author" content="No Author">'
    assert _authors(f"<article><h1>Council passes budget</h1>{PROSE}</article>", head) == []


def test_a_pictures_author_element_is_no_byline() -> None:
    picture = '<figcaption><span class="photo-author">Lee Chang</span></figcaption>'
    credit = '<div class="imageByline">Ana Ruiz</div>'
    byline = '<p class="byline">By Jane Doe</p>'
    body = f"<article><h1>Council passes budget</h1>{credit}{byline}{picture}{PROSE}</article>"
    assert _authors(body) == ["Jane Doe"]


def test_a_picture_credit_in_an_author_element_names_no_writer() -> None:
    body = '<span class="author">Фото из архива Ивана Петрова</span>'
    assert _authors(f"<article><h1>Council passes budget</h1>{body}{PROSE}</article>") == []


def test_a_german_label_and_a_relative_time_are_no_part_of_the_name() -> None:
    created = (
        '<div class="document-byline">erstellt von Dominique — veröffentlicht 28.01.2022</div>'
    )
    assert _authors(f"<article><h1>Budget</h1>{created}{PROSE}</article>") == ["Dominique"]
    ago = '<div class="author-info"><span>Anna Beispiel</span><span>vor 5 Stunden</span></div>'
    assert _authors(f"<article><h1>Budget</h1>{ago}{PROSE}</article>") == ["Anna Beispiel"]


def test_a_feed_link_and_a_bio_fragment_are_no_names() -> None:
    assert clean_authors(["Jane Doe RSS feed"]) == ["Jane Doe"]
    assert clean_authors(["a community for freelancers"]) == []
