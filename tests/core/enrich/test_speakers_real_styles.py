"""Speaker patterns seen on real news pages, on made-up paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from consumer.core.model import Enrichment

Enrich = Callable[..., Enrichment]


def _speakers(result: Enrichment) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:24]) for q in result.quotes]


def test_long_role_phrase_with_and_before_the_name(enrich: Enrich) -> None:
    result = enrich(
        [
            "\u201cThe signal is faint, but it is there every time we look,\u201d senior author "
            "and Halvorsen Observatory planetary geologist Miriam Osei said in a statement."
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Miriam Osei"]


def test_name_set_off_by_commas_after_its_role(enrich: Enrich) -> None:
    result = enrich(
        [
            "\u201cThis is a great day for the whole town,\u201d the mayor, Chris Sample, "
            "said at the opening of the bridge on Monday."
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Chris Sample"]


def test_roles_listed_with_commas_before_the_name(enrich: Enrich) -> None:
    result = enrich(
        [
            "\u201cOur results were below what we hoped for this quarter,\u201d chairman, "
            "CEO and president Alma Reyes said in the earnings release."
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Alma Reyes"]


def test_apposition_with_commas_inside_between_name_and_verb(enrich: Enrich) -> None:
    result = enrich(
        [
            "\u201cWe would like to be wrong about this, because it would be simpler,\u201d "
            "Tobias Lindqvist, a research fellow at the Kepler Institute in Graz, Austria, "
            "and co-author of the study, said on Monday."
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Tobias Lindqvist"]


def test_said_organisation_role_name_gives_the_person(enrich: Enrich) -> None:
    result = enrich(
        [
            "\u201cAutomation will not replace our bakers, it will take the night shifts,\u201d "
            "said Orbis Robotics chief technology officer Raj Menon.",
            "The firm moves its flour with Tallis Freight, whose trucks are \u201cfaster and "
            "cheaper than anything we could run on our own,\u201d says Tallis Freight's Vice "
            "President, Irene Bakker.",
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Raj Menon", "Irene Bakker"]


def test_listener_after_told_is_not_the_speaker(enrich: Enrich) -> None:
    result = enrich(
        [
            "The mayor of Eastbridge, Colin Frayne, defended the plan on Monday.",
            "He instead told the Eastbridge Chronicle: \u201cNobody wants to close a library, "
            "but the money has simply run out.\u201d",
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Colin Frayne"]


def test_name_after_told_that_is_not_the_speaker(enrich: Enrich) -> None:
    result = enrich(
        [
            "The minister said on Tuesday that Portugal \u201cis going to have to accept a deal "
            "that works for everyone. If not, that is the end of it.\u201d"
        ]
    )
    assert all(q.speaker != "Portugal" for q in result.quotes)


def test_organisation_in_the_apposition_does_not_speak(enrich: Enrich) -> None:
    result = enrich(
        [
            "Eswin Harlow, a trade economist at Cardwell, said the failure was \u201cpredictable, "
            "because nobody at the table could afford to give ground.\u201d"
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Eswin Harlow"]


def test_journal_after_a_preposition_is_not_the_speaker(enrich: Enrich) -> None:
    result = enrich(
        [
            "The authors of a report published in the journal Marine Policy Review argued that "
            "the stocks \u201cwill not recover within a decade at the rate of fishing.\u201d"
        ]
    )
    assert all(q.speaker != "Marine Policy Review" for q in result.quotes)


def test_coordinated_verb_after_a_scare_quote(enrich: Enrich) -> None:
    result = enrich(
        [
            "Tobias Lindqvist studies the moons of Saturn.",
            "Lindqvist said he had never liked the label \u201cice world\u201d and added, "
            "\u201cEvery moon out there is stranger than the names we give it.\u201d",
            "Gemma Frayne said the decision was final, warning: \u201cIf we do not find the "
            "savings here, we will have to find them in social care.\u201d",
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Tobias Lindqvist", "Gemma Frayne"]


def test_it_said_goes_to_the_organisation(enrich: Enrich) -> None:
    result = enrich(
        [
            "Kestrel Housing, which owns the building, said it had not been consulted. "
            "\u201cWe learned about the closure from a newspaper, which is not how partners "
            "should be treated,\u201d it said."
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Kestrel Housing"]


def test_short_reply_names_the_speaker_of_the_next_quote(enrich: Enrich) -> None:
    result = enrich(
        [
            "\u201cBrilliant,\u201d coach Marco Pellegrini said. \u201cThe boys ran until they "
            "could not run any more, and they deserved every point.\u201d",
            "\u201cThat's correct,\u201d Pellegrini said when asked about the title.",
        ]
    )
    assert _speakers(result) == [
        ("Marco Pellegrini", "The boys ran until they "),
        ("Marco Pellegrini", "That's correct"),
    ]


def test_colon_after_a_finished_quote_introduces_the_next_one(enrich: Enrich) -> None:
    result = enrich(
        [
            "\u201cThat was the best we have played all season,\u201d captain Owen Darby said. "
            "\u201cWe just could not finish our chances.\u201d Defender Luis Moreno agreed: "
            "\u201cWe gave them two easy goals and you cannot do that at this level.\u201d"
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Owen Darby", "Owen Darby", "Luis Moreno"]


def test_unknown_name_after_a_question_mark(enrich: Enrich) -> None:
    result = enrich(
        [
            "\u201cDid you see the second goal?\u201d Kowalczyk asked. \u201cI have never seen "
            "a keeper move like that in my life.\u201d"
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Kowalczyk", "Kowalczyk"]


def test_common_word_after_a_question_mark_is_not_a_name(enrich: Enrich) -> None:
    result = enrich(
        [
            "Not every critic was convinced by the new stadium plan.",
            "\u201cWho is going to pay for all of this in the end?\u201d Critics asked.",
        ]
    )
    assert [q.speaker for q in result.quotes] == [None]


def test_pronoun_goes_to_a_speaker_named_after_said(enrich: Enrich) -> None:
    result = enrich(
        [
            "Eswin Harlow, an economist, said the talks had been doomed from the start.",
            "\u201cWe came here to sign something and we are leaving with nothing,\u201d said "
            "Danish minister Karen Holst. She later told reporters: \u201cThe fishermen will pay "
            "for this, not the ministers.\u201d",
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Karen Holst", "Karen Holst"]


def test_team_credit_goes_to_the_named_author(enrich: Enrich) -> None:
    result = enrich(
        [
            "The study was led by Dr Miriam Osei, a planetary geologist.",
            "Osei and her colleagues wrote in the paper that \u201cthe data cannot be explained "
            "by surface frost alone.\u201d",
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Miriam Osei"]


def test_sentence_ending_in_a_colon_introduces_its_subject(enrich: Enrich) -> None:
    result = enrich(
        [
            "Stage manager Femi Adeyemi, who has worked at the theatre since 1998, had a "
            "simpler answer: \u201cPeople come back when they see themselves on the stage.\u201d"
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Femi Adeyemi"]


def test_colon_after_an_object_names_no_speaker(enrich: Enrich) -> None:
    result = enrich(
        [
            "A friend of Femi Adeyemi had this to say about the theatre: \u201cPeople come "
            "back when they see themselves on the stage.\u201d"
        ]
    )
    assert all(q.speaker != "Femi Adeyemi" for q in result.quotes)


def test_lone_surname_opening_a_sentence_before_said(enrich: Enrich) -> None:
    result = enrich(
        [
            "Ambassador Wen Tao spoke at the embassy on Sunday.",
            "Okonkwo said the talks could resume, warning: \u201cIf the shelling goes on, "
            "nobody will come back to the table this year.\u201d",
            "Protesters said the city had changed: \u201cNobody here trusts the police any "
            "more, and nobody expects that to change soon.\u201d",
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Okonkwo", None]


def test_any_ly_adverb_between_name_and_verb(enrich: Enrich) -> None:
    result = enrich(
        [
            "Guard Neil Thomas was charged on Tuesday.",
            "\u201cWe messed up; I messed up,\u201d Thomas allegedly told a supervisor. "
            "\u201cWe did not do any of the rounds that night.\u201d",
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Neil Thomas", "Neil Thomas"]


def test_role_with_a_comma_after_says(enrich: Enrich) -> None:
    result = enrich(
        [
            "\u201cOur goal is to listen first and cook second,\u201d says Co-Founder, "
            "Stephanie Ozcan."
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Stephanie Ozcan"]


def test_unnamed_speaker_ends_the_run_of_the_one_before(enrich: Enrich) -> None:
    result = enrich(
        [
            "\u201cWe will publish the figures next week,\u201d health official Li Wen said.",
            "\u201cDo not hide things like this,\u201d one commenter wrote online. \u201cLet us "
            "face whatever it is together.\u201d",
        ]
    )
    assert [(q.speaker, q.text[:6]) for q in result.quotes] == [
        ("Li Wen", "We wil"),
        (None, "Do not"),
        (None, "Let us"),
    ]


def test_short_fragment_does_not_start_a_run(enrich: Enrich) -> None:
    result = enrich(
        [
            "The chain remains \u201ca true bakery,\u201d its owner Paul Tipton said.",
            "\u201cFor me, raised in a city of corner bakeries, this is the business I always "
            "wanted to be in.\u201d",
        ]
    )
    assert [q.speaker for q in result.quotes] == [None]


def test_fragment_names_the_next_quote_in_its_own_paragraph(enrich: Enrich) -> None:
    result = enrich(
        [
            "Doctors need to \u201ctake really detailed histories\u201d of patients, Dr Owen "
            "Dempsey said. \u201cThat way they may find what in a home sets off the illness.\u201d"
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Owen Dempsey"]


def test_firm_taken_for_a_person_leads_through_a_role_to_its_person(enrich: Enrich) -> None:
    result = enrich(
        [
            "Norland Moving is where \u201ccareful hands meet fair and honest prices,\u201d says "
            "Norland Moving's Vice President, Ivan Petrov.",
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Ivan Petrov"]


def test_pronoun_goes_to_the_subject_after_an_opening_phrase(enrich: Enrich) -> None:
    result = enrich(
        [
            "Mary Fenwick opened the shop in 1990 with help from her friend Ruth Adair.",
            "As it turned out, Ruth Adair had kept every receipt. \u201cWe never threw a single "
            "piece of paper away,\u201d she said.",
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Ruth Adair"]
