"""Quote styles and speaker patterns, on made-up paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from consumer.core.model import Enrichment

Enrich = Callable[..., Enrichment]


def test_american_double_quotes_said_after(enrich: Enrich) -> None:
    result = enrich(
        [
            "Mayor Linda Okafor defended the budget on Tuesday.",
            "\u201cWe cannot keep borrowing against the future of our children,\u201d Okafor said.",
        ]
    )
    assert [(q.speaker, q.paragraphs) for q in result.quotes] == [("Linda Okafor", [1])]
    assert result.quotes[0].text.startswith("We cannot keep borrowing")


def test_said_before_name_and_colon_style(enrich: Enrich) -> None:
    result = enrich(
        [
            '"The river rose faster than anyone expected," said Tomas Berg, a local farmer.',
            "Emergency planner Ruth Adeyemi told reporters: "
            '"We had less than an hour to move people out."',
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Tomas Berg", "Ruth Adeyemi"]


def test_according_to_after_the_quote(enrich: Enrich) -> None:
    result = enrich(
        [
            "Port workers voted on Monday to strike next month after talks over pay broke down.",
            '"A strike would cost exporters more than $50 million a week," according to Jane '
            "Lee, an economist at Example Bank.",
        ]
    )
    assert [(q.speaker, q.paragraphs) for q in result.quotes] == [("Jane Lee", [1])]


def test_pronoun_goes_to_last_named_speaker_of_matching_gender(enrich: Enrich) -> None:
    result = enrich(
        [
            "Mrs Helen Gray met Mr Paul Dunn at the depot.",
            "Mrs Gray said the trains were late again.",
            "She added: 'Passengers have waited long enough for a reliable service.'",
        ]
    )
    assert result.quotes[0].speaker == "Helen Gray"


def test_continued_quote_and_inherited_speaker(enrich: Enrich) -> None:
    result = enrich(
        [
            "Coach Maria Lopez told the club's website: 'We played with real courage today.",
            "'The players gave everything and the fans carried us through the last ten minutes.'",
            "'Next week will be harder still,' she said.",
        ]
    )
    assert [(q.speaker, q.paragraphs) for q in result.quotes] == [
        ("Maria Lopez", [0, 1]),
        ("Maria Lopez", [2]),
    ]


def test_scare_quotes_titles_and_apostrophes_are_not_quotes(enrich: Enrich) -> None:
    result = enrich(
        [
            "The minister's plan to 'level up' the regions drew a 'lukewarm' response in the '90s.",
            "Critics called the allies' approach 'too little, too late' and the report "
            "'Roads to Nowhere' was widely read.",
        ]
    )
    assert result.quotes == []


def test_fragment_with_speaker_counts(enrich: Enrich) -> None:
    result = enrich(
        [
            "Senator Amy Reeve said the bill was 'a betrayal of every family in this state'.",
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Amy Reeve"]


def test_enrich_false_skips_quotes_and_entities(enrich: Enrich) -> None:
    from consumer.core.options import CoreOptions

    result = enrich(
        ["'This is a complete sentence that someone said,' Jo Bloggs said."],
        options=CoreOptions(enrich=False),
    )
    assert result.quotes == [] and result.entities["people"] == [] and result.keywords == []


def test_guillemets_and_nested_quotes(enrich: Enrich) -> None:
    result = enrich(
        [
            "\u00abNous ne reculerons pas devant la menace,\u00bb said Claire Martin, the mayor.",
            "\"He told me 'never again' and I believed him that night,\" said Ben Cole.",
        ]
    )
    assert [(q.speaker, q.paragraphs) for q in result.quotes] == [
        ("Claire Martin", [0]),
        ("Ben Cole", [1]),
    ]
    assert "'never again'" in result.quotes[1].text


def test_interrupted_quote_keeps_its_speaker(enrich: Enrich) -> None:
    result = enrich(
        [
            '"We are not done yet," said Omar Haddad, the union leader. '
            '"The strike goes on until the offer improves."',
        ]
    )
    assert [q.speaker for q in result.quotes] == ["Omar Haddad", "Omar Haddad"]


def test_unclosed_apostrophe_does_not_swallow_the_paragraph(enrich: Enrich) -> None:
    result = enrich(
        [
            "Sales in the '90s were strong, and 'We will grow again next year,' said Ian Ford.",
        ]
    )
    assert [(q.text, q.speaker) for q in result.quotes] == [
        ("We will grow again next year", "Ian Ford")
    ]
