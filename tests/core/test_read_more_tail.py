"""A read-more link glued to the end of a teaser's last sentence (made-up teasers) leaves
the line in both modes; the sentence stays, and prose that only mentions reading stays."""

from __future__ import annotations

import pytest

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.options import DEFAULT_OPTIONS
from consumer.core.read_more_tail import without_read_more_tail
from consumer.core.text import extract_text

_SENTENCE = "Councillors backed the plan by seven votes to four after a long meeting."
_OPENING = (
    "The harbour council voted on Tuesday night to approve a new ferry route linking the "
    "north quay with the island of Vell, ending a debate that has run for three years."
)


@pytest.mark.parametrize(
    "link",
    [
        "Continue reading →",
        "Continue reading Harbour council approves new ferry route →",
        "Continue reading “Harbour council approves new ferry route”",
        "Read more »",
        "[Read more...]",
        "Read More",
        "Weiterlesen",
        "Lire la suite…",
        "Leer más »",
        "Czytaj dalej",
    ],
)  # fmt: skip
def test_a_glued_link_leaves_the_sentence(link: str) -> None:
    assert without_read_more_tail(f"{_SENTENCE} {link}") == (_SENTENCE, link)


@pytest.mark.parametrize(
    "line",
    [
        _SENTENCE,
        "Read more »",  # a button alone: the line filters' case
        "The mayor told residents to keep reading the notices and continue reading the news",
        "She said the book was worth it. Continue reading the report before you vote.",
        "Officials asked people to read more carefully. Read more books",
        "He wrote “Continue reading” on the sign.",
    ],
)  # fmt: skip
def test_prose_about_reading_stays(line: str) -> None:
    assert without_read_more_tail(line) == (line, "")


def test_a_feed_excerpt_loses_its_link_in_both_modes() -> None:
    html = (
        f"<p>{_OPENING}</p><p>{_SENTENCE} <a class='more-link' href='/a#more-1'>"
        "Continue reading <span class='screen-reader-text'>Harbour council approves new "
        "ferry route</span> <span class='meta-nav'>&rarr;</span></a></p>"
    )
    text = f"{_OPENING}\n\n{_SENTENCE} Continue reading →"
    for extraction in (
        extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS),
        extract_text(RawArticle(content=text, mode="text"), DEFAULT_OPTIONS),
    ):
        assert extraction.paragraphs == [_OPENING, _SENTENCE]
        assert extraction.removed["read_more"] == 1
