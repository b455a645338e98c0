"""Which quoted spans are quotations, in the shapes seen on real news pages (made-up text)."""

from __future__ import annotations

from collections.abc import Callable

from consumer.core.enrich.quotes import find_quote_spans, looks_like_title
from consumer.core.model import Enrichment

Enrich = Callable[..., Enrichment]


def test_titles_of_works_slogans_and_signs_are_not_quotes(enrich: Enrich) -> None:
    result = enrich(
        [
            "The Riverside Theatre will stage \u201cThe Lantern Keeper\u2019s Daughter\u201d in "
            "April, followed by a revival of \u201cUnder the Copper Sky.\u201d",
            "Its campaign carries the slogan \u201cCome for the Show, Stay for the Night!\u201d "
            "on buses across the city.",
            "Protesters held placards reading \u201cSave Our Stages, Fund Our Future.\u201d",
        ]
    )
    assert result.quotes == []


def test_short_unattributed_line_is_not_a_quote(enrich: Enrich) -> None:
    result = enrich(["The season's posters carry one line: \u201cBring a friend along.\u201d"])
    assert result.quotes == []


def test_title_case_words_said_by_a_named_speaker_stay(enrich: Enrich) -> None:
    result = enrich(["\u201cWe Will Win This Fight Together,\u201d Mayor Ruth Okafor said."])
    assert [q.speaker for q in result.quotes] == ["Ruth Okafor"]


def test_looks_like_title() -> None:
    assert looks_like_title("Under the Copper Sky.")
    assert looks_like_title("Save Our Stages, Fund Our Future.")
    assert not looks_like_title("We just could not finish our chances.")
    assert not looks_like_title("Brilliant")  # one word says nothing


def test_closing_mark_after_a_space_still_closes() -> None:
    spans = find_quote_spans(["\u201cWe will be back stronger next week \u201d Darby said."])
    assert [(s.text, s.closed) for s in spans] == [("We will be back stronger next week", True)]


def test_quote_ending_in_a_nested_quote_is_a_sentence(enrich: Enrich) -> None:
    result = enrich(
        [
            "\u201cWe wanted a season with a spine,\u201d director Ama Boateng said. \u201cEvery "
            "play we chose asks the same question: \u2018Who gets to tell the story?\u2019\u201d"
        ]
    )
    assert [(q.speaker, q.text[:10]) for q in result.quotes] == [
        ("Ama Boateng", "We wanted "),
        ("Ama Boateng", "Every play"),
    ]


def test_clause_after_said_in_an_email_that_is_a_quote(enrich: Enrich) -> None:
    result = enrich(
        [
            "A spokesperson for the institute said in an email that \u201cthe team will present "
            "the findings at a meeting in March and has no further comment.\u201d"
        ]
    )
    assert [(q.speaker, q.text[:8]) for q in result.quotes] == [(None, "the team")]


def test_bracket_at_the_start_of_a_quote(enrich: Enrich) -> None:
    result = enrich(
        [
            "Halden Records said it had offered a licence. \u201c[We] have agreed to let the "
            "concert be streamed on any platform the artist chooses,\u201d it said."
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Halden Records"]


def test_straight_mark_between_spaces_closes_the_open_quote() -> None:
    spans = find_quote_spans(['"Who will pay for it all? " she wrote. "Not the owners."'])
    assert [s.text for s in spans] == ["Who will pay for it all?", "Not the owners."]


def test_a_line_naming_a_person_gives_the_quotes_below(enrich: Enrich) -> None:
    result = enrich(
        [
            "Five economists shared what they expect for the housing market next year.",
            "Maria Pike, Chief Economist at the Hollis Group",
            "\u201cWe are seeing better conditions for home sales next year, with lower "
            "mortgage rates that will qualify more buyers.\u201d",
            "- Prices will rise slowly: \u201cHome price growth will be minimal, about the same "
            "as the rate of inflation.\u201d",
            "Marcus Doyle, senior economist",
            "\u201cInventory is about a fifth above last year, so buyers have more choices.\u201d",
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Maria Pike", "Maria Pike", "Marcus Doyle"]


def test_code_in_quote_marks_is_no_quotation(enrich: Enrich) -> None:
    result = enrich(
        [
            "The table maps \u2018\u0391\u2019U+0391 0x CE 91 \u2013 \u2018\u039f\u2019U+039F "
            "0x CE 9F for the upper case.",
            'The byte pairs "0x CE 91 0x CE 9F 0x CE A0 0x CE A9" are the whole range.',
        ]
    )
    assert result.quotes == []
