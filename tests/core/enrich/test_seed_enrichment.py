"""The seed's "expect" section, fed the expected paragraphs and captions directly."""

from __future__ import annotations

from collections.abc import Callable

from consumer.core.model import Enrichment

Enrich = Callable[..., Enrichment]


def _run(enrich: Enrich, seed: dict):
    exact = seed["exact"]
    return enrich(exact["paragraphs"], exact["captions"])


def test_seed_quotes(enrich: Enrich, seed: dict) -> None:
    result = _run(enrich, seed)
    expected = seed["expect"]["quotes"]
    assert len(result.quotes) == len(expected)
    for quote, want in zip(result.quotes, expected, strict=True):
        assert quote.text.startswith(want["text_starts"])
        assert quote.speaker == want["speaker"]
        assert quote.paragraphs == want["spans_paragraphs"]


def test_seed_scare_quotes_are_not_quotes(enrich: Enrich, seed: dict) -> None:
    texts = [q.text for q in _run(enrich, seed).quotes]
    for phrase in seed["expect"]["not_quotes"]:
        assert phrase.strip("'") not in texts


def test_seed_entities(enrich: Enrich, seed: dict) -> None:
    entities = _run(enrich, seed).entities
    names = {kind: [e["name"] for e in items] for kind, items in entities.items()}
    assert set(seed["expect"]["people"]) <= set(names["people"])
    assert set(seed["expect"]["organisations"]) <= set(names["organisations"])
    assert set(seed["expect"]["places"]) <= set(names["places"])
    assert len(names["people"]) == len(seed["expect"]["people"])


def test_seed_name_variants(enrich: Enrich, seed: dict) -> None:
    people = {e["name"]: e for e in _run(enrich, seed).entities["people"]}
    for variant, name in seed["expect"]["name_variants"].items():
        assert variant in people[name]["variants"]
    orgs = {e["name"]: e for e in _run(enrich, seed).entities["organisations"]}
    assert "Nato" in orgs["NATO"]["variants"]


def test_seed_positions_point_into_the_body(enrich: Enrich, seed: dict) -> None:
    body = "\n\n".join(seed["exact"]["paragraphs"])
    for items in _run(enrich, seed).entities.values():
        for entity in items:
            position = entity["first_position"]
            if position is not None:
                spelled = [entity["name"], *entity["variants"]]
                assert any(
                    body.startswith(s.split()[-1], position) or body.startswith(s, position)
                    for s in spelled
                )


def test_seed_dates_and_language(enrich: Enrich, seed: dict) -> None:
    result = _run(enrich, seed)
    assert result.dates_mentioned == seed["expect"]["dates_mentioned"]
    assert result.language == seed["exact"]["language"]
    assert "NATO" in result.keywords
