"""The author's bio under a story, in the languages of the core's cues."""

from __future__ import annotations

import pytest

from consumer.core.author_bio import author_name_patterns, is_author_bio

AUTHORS = author_name_patterns(["Anna Müller", "Jane Doe"])


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe is a transport reporter based in Leeds.",
        "Anna Müller ist Redakteurin bei der Morgenpost und schreibt über Verkehr.",
        "Anna Müller arbeitet seit 2019 im Ressort Wirtschaft.",
        "Anna Müller est journaliste au service économie.",
        "Anna Müller es periodista especializada en clima.",
        "Anna Müller è giornalista e vive a Torino.",
        "Anna Müller é jornalista e cobre política.",
        "Anna Müller is sinds 2020 verslaggever voor de regio.",
    ],
)
def test_a_closing_line_naming_the_author_and_who_they_are_is_a_bio(line: str) -> None:
    assert is_author_bio(line, AUTHORS)


@pytest.mark.parametrize(
    "line",
    [
        "Anna Müller sagte, die Stadt plane neue Linien.",  # the author quoted, no bio
        "Jane Doe said the council would meet again in March.",
        "Der Verkehrsminister ist ein Befürworter der Linie.",  # a bio phrase, no author
    ],
)
def test_other_closing_lines_are_not(line: str) -> None:
    assert not is_author_bio(line, AUTHORS)
