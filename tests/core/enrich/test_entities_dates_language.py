"""Entities by rules and gazetteers, date normalisation, language override."""

from __future__ import annotations

from collections.abc import Callable

from consumer.core.enrich.dates import find_dates
from consumer.core.enrich.fingerprint import fingerprints, hamming_distance, simhash64
from consumer.core.enrich.keywords import extract_keywords
from consumer.core.enrich.language import detect_language
from consumer.core.model import Enrichment

Enrich = Callable[..., Enrichment]


def _names(result, kind: str) -> list[str]:
    return [e["name"] for e in result.entities[kind]]


def test_people_orgs_places_by_cues(enrich: Enrich) -> None:
    result = enrich(
        [
            "Prime Minister Keir Starmer visited Manchester on Friday with Acme Holdings.",
            "The Ministry of Defence and the United Nations welcomed the move, "
            "said Dr Olu Bankole, director of the Lagos Institute.",
            "Starmer later travelled to Lake Geneva.",
        ]
    )
    assert _names(result, "people") == ["Keir Starmer", "Olu Bankole"]
    assert {"Acme Holdings", "Ministry of Defence", "United Nations", "Lagos Institute"} <= set(
        _names(result, "organisations")
    )
    assert {"Manchester", "Lake Geneva"} <= set(_names(result, "places"))
    starmer = result.entities["people"][0]
    assert starmer["count"] == 2 and starmer["first_position"] == len("Prime Minister ")


def test_title_at_a_sentence_start_makes_a_person_of_a_place_like_name(enrich: Enrich) -> None:
    result = enrich(
        ['Mayor Linda Park said the lanes would be reviewed. "We will fix it," she said.']
    )
    assert _names(result, "people") == ["Linda Park"]
    assert result.quotes[0].speaker == "Linda Park"


def test_organisation_names_with_and(enrich: Enrich) -> None:
    result = enrich(
        [
            "The Securities and Exchange Commission fined the bank, officials said.",
            "Shropshire Fire and Rescue Service was called. Britain and France agreed.",
        ]
    )
    assert _names(result, "organisations") == [
        "Securities and Exchange Commission",
        "Shropshire Fire and Rescue Service",
    ]
    assert {"Britain", "France"} <= set(_names(result, "places"))


def test_photo_credits_in_captions_name_no_one(enrich: Enrich) -> None:
    result = enrich(
        ["The fire burned 1,200 acres near Boulder, the sheriff said on Monday."],
        captions=[
            "A firefighter walks past a burned home near Boulder. (AP Photo/Jane Roe)",
            "Smoke over the hills. Credit: John Smith",
        ],
    )
    assert _names(result, "people") == []
    assert _names(result, "organisations") == []


def test_name_shapes(enrich: Enrich) -> None:
    result = enrich(
        [
            "Questioning Vindman, the lawyer asked about the call. Officials in the UK agreed.",
            "Cheuk Hau-yip, a lawmaker, said the bill would pass. The Oscar-winning actor agreed.",
            "The deal was signed in Tokyo.” Teammate Alex Morgan said the squad was ready.",
        ]
    )
    assert {"Cheuk Hau-yip", "Alex Morgan"} <= set(_names(result, "people"))
    assert not any(n.startswith(("Questioning", "Teammate")) for n in _names(result, "people"))
    assert "UK" in _names(result, "places")


def test_surname_matching_a_city_stays_a_person(enrich: Enrich) -> None:
    result = enrich(["Coach Jim Boston praised the team.", "Boston said the win mattered."])
    assert _names(result, "people") == ["Jim Boston"]
    assert result.entities["places"] == []


def test_qualifying_title_words_alone_are_part_of_a_name(enrich: Enrich) -> None:
    result = enrich(
        [
            "Health Secretary Wes Streeting said the plan would cut waiting lists, and "
            "Vice President Kamala Harris agreed.",
            "Ana Ruiz, a professor of Environmental Health Sciences at the university, "
            "said the data were clear. The Home Office did not comment.",
            "Deputy Jane Roe, who stands on her own as a title, said the road was closed.",
        ]
    )
    people = ["Wes Streeting", "Kamala Harris", "Ana Ruiz", "Jane Roe"]
    assert _names(result, "people") == people


def test_dates_normalised() -> None:
    assert find_dates(
        ["On 31 December 2022 and on January 2nd, 2023", "2022-12-31 and 30 Feb 2021"]
    ) == [
        "2022-12-31",
        "2023-01-02",
    ]


def test_dates_in_other_languages() -> None:
    assert find_dates(
        [
            "Die Abgabe soll ab dem 1. Januar 2025 gelten.",
            "Le texte a été adopté le 4 mars 2024.",
            "La ley entra en vigor el 2 de febrero de 2026.",
            "A reunião foi marcada para 1º de julho de 2024.",
        ]
    ) == ["2025-01-01", "2024-03-04", "2026-02-02", "2024-07-01"]


def test_no_date_without_a_month() -> None:
    # English month names need their capital; a name that case-folds to no month
    # ("Aprİl", with a Turkish dotted I) is skipped, not a crash.
    assert find_dates(["they may 5, 2022", "Aprİl 5, 2022", "aprİl 5, 2022", "Mars 4 2024"]) == []


def test_language_hint_overridden_with_warning() -> None:
    text = (
        "Der Bürgermeister sagte am Montag, die Stadt werde die Brücke "
        "im nächsten Jahr sanieren lassen."
    )
    code, warnings = detect_language(text, "en")
    assert code == "de" and warnings == ["language hint 'en' overridden by detected 'de'"]
    assert detect_language("Too short to tell.", "fr-FR") == ("fr", [])


def test_keywords_prefer_repeated_phrases() -> None:
    paragraphs = [
        "Arms production must rise, officials said, as arms production lags.",
        "Factories in Europe struggle to raise arms production and ammunition output.",
    ]
    assert extract_keywords(paragraphs, "Arms production lags", 3)[0] == "arms production"


def test_keywords_name_a_word_not_its_possessive() -> None:
    paragraphs = [
        "A regional airline ordered planes. The airline's chief said so.",
        "The airline's shares rose; the airline’s rivals fell.",
    ]
    assert "airline" in extract_keywords(paragraphs, None, 5)
    assert not [k for k in extract_keywords(paragraphs, None, 5) if k.endswith(("'s", "’s"))]


def test_fingerprints_exact_and_near() -> None:
    words = [f"word{n % 97} item{n % 13}" for n in range(300)]
    base = [" ".join(words[:150]), " ".join(words[150:])]
    edited = [base[0].replace("word5 ", "changed ", 1), base[1]]
    assert fingerprints(base) == fingerprints([p.upper() for p in base])
    assert (
        hamming_distance(
            int(fingerprints(base)["simhash"], 16), int(fingerprints(edited)["simhash"], 16)
        )
        <= 6
    )
    assert simhash64("") == 0


def test_titles_with_of_and_a_body_before_a_title(enrich: Enrich) -> None:
    result = enrich(
        [
            "Secretary of State Mike Pompeo said the talks were useful.",
            "Director of Public Prosecutions Eva-Marie Persson said the case was closed.",
            "Bank of England Governor Andrew Bailey said rates would hold.",
        ]
    )
    assert _names(result, "people") == ["Mike Pompeo", "Eva-Marie Persson", "Andrew Bailey"]
    assert _names(result, "organisations") == ["Bank of England"]
