"""Entity and speaker patterns from a second round of reading real pages, on made-up text."""

from __future__ import annotations

from collections.abc import Callable

from consumer.core.model import Enrichment

Enrich = Callable[..., Enrichment]


def _names(result: Enrichment, kind: str) -> list[str]:
    return [e["name"] for e in result.entities[kind]]


def test_capitalised_job_title_before_a_name_is_not_part_of_it(enrich: Enrich) -> None:
    result = enrich(
        [
            "\u201cIt was a long and difficult winter for the whole team,\u201d recalls UX "
            "Designer Maria Quell. \u201cBut we learned a great deal from it.\u201d",
            "\u201cOur new product line is a powerful tool for everyone,\u201d says Acme Labs "
            "Product Manager Tessa Vorn.",
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Maria Quell", "Maria Quell", "Tessa Vorn"]
    assert _names(result, "people") == ["Maria Quell", "Tessa Vorn"]
    assert _names(result, "organisations") == ["Acme Labs"]


def test_known_body_then_title_then_name_is_a_body_and_a_person(enrich: Enrich) -> None:
    result = enrich(["The decision was welcomed by FCC Chairwoman Dana Ruel, who spoke on Monday."])
    assert _names(result, "people") == ["Dana Ruel"]
    assert _names(result, "organisations") == ["FCC"]


def test_home_sales_heading_names_no_one(enrich: Enrich) -> None:
    result = enrich(["A Reawakening in Home Sales", "Prices rose in most markets this year."])
    assert _names(result, "people") == []


def test_tech_acronyms_are_not_organisations(enrich: Enrich) -> None:
    result = enrich(
        [
            "The feed is an XML file served over HTTP, and the CPU load stays low.",
            "Log in over SSH and read the JSON output.",
        ]
    )
    assert _names(result, "organisations") == []


def test_a_town_name_that_is_a_word_needs_a_place_cue(enrich: Enrich) -> None:
    result = enrich(
        [
            "Worms were found in the soil samples collected last summer near the river.",
            "Spring arrived early this year, and the farmers began planting in February.",
            "Homestead gardening is becoming popular among families in rural districts.",
        ]
    )
    assert _names(result, "places") == []


def test_a_town_name_with_a_place_cue_stays_a_place(enrich: Enrich) -> None:
    result = enrich(
        [
            "The council in Worms voted on Tuesday. Worms has about 80,000 residents.",
            "The survey software came from Qualtrics (Provo, UT) and ran for a year.",
            "Lisbon and Baltimore were among the cities in the study.",
        ]
    )
    places = result.entities["places"]
    assert [p["name"] for p in places] == ["Worms", "Provo", "Lisbon", "Baltimore"]
    assert places[0]["count"] == 2


def test_awards_name_no_one_and_venues_are_organisations(enrich: Enrich) -> None:
    result = enrich(
        [
            "The chef won a James Beard Award and the novel won the Hollis Prentice Award.",
            "We ate at Anhelo Restaurant, then the team from Pellman Digital said goodbye.",
        ]
    )
    assert _names(result, "people") == []
    assert _names(result, "organisations") == ["Anhelo Restaurant", "Pellman Digital"]


def test_firm_opening_the_sentence_is_not_the_pronoun_speaker(enrich: Enrich) -> None:
    result = enrich(
        [
            "At Corvell Digital, founder Nadia Corvell, sees shops overspend every year. "
            "\u201cThey pay for features they will never use,\u201d she says."
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Nadia Corvell"]


def test_apposition_left_open_before_the_verb(enrich: Enrich) -> None:
    result = enrich(
        [
            "\u201cIt is a complicated category for most buyers,\u201d Jon Tarrow, vice "
            "president of Tarrow\u2019s Appliance & Security told us during an interview.",
            "Rafi Molla, a resident of Dunmore village under Sorbury Upazila, told reporters, "
            "\u201cWe grow all our own vegetables now and sell the rest at the market.\u201d",
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Jon Tarrow", "Rafi Molla"]
    assert "Appliance & Security" not in _names(result, "people")


def test_name_of_a_website_or_acronym_is_the_person(enrich: Enrich) -> None:
    result = enrich(
        [
            "\u201cMost clients do not plan early enough for retirement,\u201d said planner "
            "Norma Vell of Brightline.org. Vell added that the habit was changing."
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Norma Vell"]
    assert result.entities["people"][0]["name"] == "Norma Vell"
    assert result.entities["people"][0]["count"] == 2


def test_confesses_and_points_out_are_speech(enrich: Enrich) -> None:
    result = enrich(
        [
            "Nadia Corvell and John Tarrow run the shop together.",
            "\u201cI had these ideas for years, but it was never the right time,\u201d Corvell "
            "confesses. \u201cEverything here is slow until it is suddenly fast,\u201d Tarrow "
            "points out.",
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Nadia Corvell", "John Tarrow"]


def test_a_title_case_heading_names_only_what_it_would_anyway(enrich: Enrich) -> None:
    result = enrich(
        [
            "Flat Rate Cleaning Services",
            "Most firms charge by the hour, and some offer a flat rate for a whole house.",
            "Harlow Cleaning Corp.",
            "Additional Resources From NASA",
            "Maria Quell, Senior Economist",
        ]
    )
    assert _names(result, "organisations") == ["Harlow Cleaning Corp.", "NASA"]
    assert _names(result, "people") == ["Maria Quell"]


def test_a_heading_word_named_in_prose_still_counts(enrich: Enrich) -> None:
    result = enrich(
        [
            "Brightwater Analytics Solutions",
            "The report came from Brightwater Analytics Solutions, which sells the data.",
        ]
    )
    organisations = result.entities["organisations"]
    assert [(o["name"], o["count"]) for o in organisations] == [
        ("Brightwater Analytics Solutions", 2)
    ]


def test_employer_after_a_role_and_of_is_an_organisation(enrich: Enrich) -> None:
    result = enrich(
        [
            "The tip comes from Mark Hunter, CEO of Tutorly, an online tutoring firm.",
            "Alden became the largest shareholder of Tribune, the former owner of The Times.",
        ]
    )
    assert _names(result, "people") == ["Mark Hunter"]
    assert {"Tutorly", "Tribune"} <= set(_names(result, "organisations"))


def test_a_middle_initial_a_stays_in_the_name(enrich: Enrich) -> None:
    result = enrich(
        [
            "\u201cMindfulness training is a cheap and low-stigma treatment,\u201d said lead "
            "author Greta A. Holm, MD, associate professor of psychiatry.",
            "\u201cWe were testing the patients' resilience,\u201d Holm said.",
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Greta A. Holm", "Greta A. Holm"]
    assert _names(result, "people") == ["Greta A. Holm"]


def test_a_name_of_an_acronym_or_website_is_a_person_and_folds(enrich: Enrich) -> None:
    result = enrich(
        [
            "Certified planner Marguerita M. Vell of Annuity.org confirms, \u201cSome "
            "misconceptions about young savers are simply wrong.\u201d",
            "\u201cAlign spending with your priorities,\u201d said Vell.",
        ]
    )
    assert _names(result, "people") == ["Marguerita M. Vell"]
    assert [q.speaker for q in result.quotes] == ["Marguerita M. Vell", "Marguerita M. Vell"]
