"""Whatever the text, enrichment returns well-formed fields and never raises."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from consumer.contract import RawArticle
from consumer.core import CoreOptions, enrich_article
from consumer.core.enrich import enrich_body
from consumer.core.enrich.body import MAX_ANALYSED_CHARS
from consumer.core.model import Enrichment, Extraction

_WORDS = st.sampled_from(
    [
        "said",
        "he",
        "she",
        "Mr",
        "Smith",
        "John",
        "NATO",
        "'",
        '"',
        "“",
        "”",
        "‘",
        "’",
        "the",
        "of",
        "Kyiv",
        "31",
        "December",
        "2022",
        ",",
        ".",
        ":",
        "told",
        "BBC",
        "Radio",
        "4",
        "-",
        "President",
        "Ltd",
        "in",
        "Square",
        "«",
        "»",
        "'s",
        "It",
        "we",
        "need",
    ]
)
_PARAGRAPH = st.lists(_WORDS, min_size=0, max_size=40).map(" ".join)


def _enrich(paragraphs: list[str], captions: list[str] | None = None) -> Enrichment:
    extraction = Extraction(title=None, paragraphs=paragraphs, captions=captions or [])
    return enrich_body(extraction, RawArticle(content="x", mode="text"), CoreOptions())


def _check(result: Enrichment, paragraphs: list[str]) -> None:
    body = "\n\n".join(paragraphs)
    for quote in result.quotes:
        assert quote.text
        assert all(0 <= i < len(paragraphs) for i in quote.paragraphs)
        assert quote.paragraphs == sorted(set(quote.paragraphs))
    for kind, items in result.entities.items():
        assert kind in ("people", "organisations", "places")
        for item in items:
            assert set(item) == {"name", "count", "first_position", "variants"}
            assert item["count"] >= 1
            if item["first_position"] is not None:
                assert 0 <= item["first_position"] < len(body)
    for date in result.dates_mentioned:
        dt.date.fromisoformat(date)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=0, max_size=8), st.lists(_PARAGRAPH, max_size=2))
def test_random_word_soup_is_well_formed(paragraphs: list[str], captions: list[str]) -> None:
    paragraphs = [p for p in paragraphs if p.strip()]
    _check(_enrich(paragraphs, captions), paragraphs)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=200), min_size=1, max_size=5))
def test_arbitrary_unicode_is_well_formed(paragraphs: list[str]) -> None:
    _check(_enrich(paragraphs), paragraphs)


def test_huge_body_is_read_up_to_the_cap() -> None:
    paragraph = "'We will keep going until the end of this,' said Jane Doe of Acme Ltd in Paris."
    paragraphs = [paragraph] * (MAX_ANALYSED_CHARS // len(paragraph) + 50)
    result = _enrich(paragraphs)
    assert any("read the first" in w for w in result.warnings)
    assert max(i for q in result.quotes for i in q.paragraphs) < len(paragraphs) - 40


def test_body_in_a_language_without_rules_gets_none() -> None:
    paragraphs = [
        "De minister zei dat de regering meer gaat investeren in het onderwijs van kinderen.",
        "\u201cWe kunnen niet langer wachten op een besluit\u201d, zei de burgemeester gisteren.",
        "De oppositie bekritiseerde het plan en vroeg om meer openheid over de rekeningen.",
    ]
    result = _enrich(paragraphs)
    assert result.language == "nl"
    assert result.quotes == [] and result.keywords == [] and result.entities["people"] == []
    assert any("English only" in w for w in result.warnings)


_OTHER_LANGUAGE_WORDS = st.sampled_from(
    [
        "le",
        "la",
        "de",
        "a",
        "déclaré",
        "dit-il",
        "a-t-elle",
        "selon",
        "il",
        "elle",
        "ministre",
        "Jean",
        "Dupont",
        "«",
        "»",
        "„",
        "“",
        "”",
        "sagte",
        "erklärte",
        "so",
        "er",
        "sie",
        "Finanzminister",
        "Peter",
        "dijo",
        "según",
        "él",
        "ella",
        "presidenta",
        "María",
        "ha",
        "detto",
        "secondo",
        "lui",
        "disse",
        "segundo",
        "ela",
        ",",
        ".",
        ":",
        "—",
        "que",
        "und",
        "y",
        "e",
    ]
)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.lists(_OTHER_LANGUAGE_WORDS, max_size=40).map(" ".join), max_size=6),
    st.sampled_from(["fr", "de", "es", "it", "pt"]),
)
def test_other_language_word_soup_is_well_formed(paragraphs: list[str], language: str) -> None:
    paragraphs = [p for p in paragraphs if p.strip()]
    extraction = Extraction(title=None, paragraphs=paragraphs, captions=[])
    raw = RawArticle(content="x", mode="text", language_hint=language)
    _check(enrich_body(extraction, raw, CoreOptions()), paragraphs)


def test_pipeline_output_fields() -> None:
    text = (
        "Council approves park plan\n\n"
        "The city council approved a new park on 3 March 2024 after a long debate, "
        "officials said on Tuesday.\n\n"
        "'This park will serve families for generations to come,' said Mayor Ana Ruiz."
    )
    with_rules = enrich_article(RawArticle(content=text, mode="text"))
    without = enrich_article(RawArticle(content=text, mode="text"), CoreOptions(enrich=False))
    assert with_rules["quotes"] == [
        {
            "text": "This park will serve families for generations to come",
            "speaker": "Ana Ruiz",
            "paragraphs": [1],
        }
    ]
    assert [p["name"] for p in with_rules["entities"]["people"]] == ["Ana Ruiz"]
    assert with_rules["dates_mentioned"] == ["2024-03-03"]
    assert with_rules["language"] == "en" and with_rules["keywords"]
    assert (
        without["quotes"] == [] and without["keywords"] == [] and without["dates_mentioned"] == []
    )
    assert without["fingerprints"] == with_rules["fingerprints"]
    assert with_rules["fingerprints"]["duplicate_of"] is None
    assert len(with_rules["fingerprints"]["simhash"]) == 16
