"""Tokens and keyword keys: the exact fields the entity cues and keyword counts rely on."""

from __future__ import annotations

from consumer.core.enrich.keywords import _EXCLUDED, _key, extract_keywords
from consumer.core.enrich.tokens import tokenise


def _fields(text: str, offset: int = 0) -> list[tuple[object, ...]]:
    return [tuple(token) for token in tokenise(text, offset)]


def test_abbreviations_take_their_dot_and_possessives_lose_their_s() -> None:
    assert _fields("Mr. Smith's U.S. plan", 10) == [
        ("Mr.", 10, 13, False, "mr", True, True),
        ("Smith", 14, 19, True, "smith", True, True),
        ("U.S.", 22, 26, False, "u.s", True, True),
        ("plan", 27, 31, False, "plan", True, False),
    ]
    assert _fields("AT&T’s CEO J. Doe") == [
        ("AT&T", 0, 4, True, "at&t", True, True),
        ("CEO", 7, 10, False, "ceo", True, True),
        ("J.", 11, 13, False, "j", True, True),
        ("Doe", 14, 17, False, "doe", True, True),
    ]


def test_plain_lower_case_words_keep_their_dot_apart() -> None:
    # "no." is a plain lower-case word (its dot stands alone); "mrs." ends in "s" and
    # goes through the abbreviation check.
    assert _fields("said no. 5 and mrs. Jones") == [
        ("said", 0, 4, False, "said", True, False),
        ("no", 5, 7, False, "no", True, False),
        (".", 7, 8, False, ".", False, False),
        ("5", 9, 10, False, "5", False, False),
        ("and", 11, 14, False, "and", True, False),
        ("mrs.", 15, 19, False, "mrs", True, False),
        ("Jones", 20, 25, False, "jones", True, True),
    ]


def test_offsets_skip_underscores_and_signs_keep_their_spelling() -> None:
    assert _fields("foo_bar ⓒ 2024 Ⅻ _x the allies' 1,000.5 units.") == [
        ("foo_bar", 0, 7, False, "foo_bar", True, False),
        ("ⓒ", 8, 9, False, "ⓒ", True, False),
        ("2024", 10, 14, False, "2024", False, False),
        ("Ⅻ", 15, 16, False, "Ⅻ", False, False),
        ("x", 18, 19, False, "x", True, False),
        ("the", 20, 23, False, "the", True, False),
        ("allies", 24, 30, False, "allies", True, False),
        ("'", 30, 31, False, "'", False, False),
        ("1,000.5", 32, 39, False, "1,000.5", False, False),
        ("units", 40, 45, False, "units", True, False),
        (".", 45, 46, False, ".", False, False),
    ]


def test_every_excluded_word_has_no_key() -> None:
    # extract_keywords maps every word through _key and relies on this for stopwords.
    assert [word for word in _EXCLUDED if _key(word) is not None] == []


def test_keywords_rank_phrases_and_keep_the_usual_spelling() -> None:
    # Expected lists are what the scorer gave before its counting moved into C.
    paragraphs = ["Zebra drones and NATO drones.", "Apple orchards near Zebra and NATO."]
    assert extract_keywords([*paragraphs, "Nato drones again."], None, 4) == [
        "drones",
        "NATO drones",
        "Zebra",
        "Apple",
    ]
    strikes = ["Drone strikes hit the port.", "The drone strikes went on.", "Port officials said."]
    assert extract_keywords(strikes, "Drone strikes", 3) == ["drone strikes", "port", "hit"]
