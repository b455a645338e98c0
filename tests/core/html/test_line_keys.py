"""Line keys and line placement (consumer/core/html/line_keys.py)."""

import pytest

from consumer.core.html.line_keys import (
    StartKeys,
    first_positions,
    inserts_between,
    line_key,
    start_key,
    with_inserts,
)


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("Read MORE: Storm_hits-coast (2024)!", "read more storm hits coast 2024"),
        ("  \t\x1f--  ", ""),
        ("Caf\u00e9 \u201cnews\u201d \u2013 \u00c9T\u00c9", "caf\u00e9 news \u00e9t\u00e9"),
    ],
)
def test_line_key_keeps_lower_case_words_only(line: str, key: str) -> None:
    assert line_key(line) == key


def test_line_key_treats_every_ascii_character_as_the_unicode_rule_does() -> None:
    # ASCII lines take a byte-table path; any character must key as in a non-ASCII line.
    for code in range(128):
        char = chr(code)
        expected = f"a{char.lower()}b" if char.isalnum() else "a b"
        assert line_key(f"a{char}b") == expected, repr(char)
        assert line_key(f"\u00e9a{char}b").removeprefix("\u00e9") == expected, repr(char)


def test_line_key_of_english_punctuation_is_the_unicode_rule_s() -> None:
    # Curly quotes, dashes, bullets and marks are spaces to the key: a line whose only
    # non-ASCII characters they are keys as a line with a non-ASCII letter does.
    line = "It\u2019s \u201cdone\u201d\u00a0\u2014 \u2022 Acme\u2122 \u00a92024\u2026"
    assert line_key(line) == "it s done acme 2024"
    assert line_key("\u00e9" + line) == "\u00e9it s done acme 2024"


def test_start_keys_give_each_text_s_start_key_once() -> None:
    keys = StartKeys()
    line = "The Council\u2019s vote, on Tuesday, was " + "long " * 60
    assert keys[line] == start_key(line) == keys[line]
    assert list(keys) == [line]


def test_first_positions_key_each_line_start_to_its_first_index() -> None:
    lines = ["Opening paragraph.", "Second paragraph.", "opening  paragraph."]
    positions = first_positions(lines, StartKeys())
    assert positions == {start_key("Opening paragraph."): 0, start_key("Second paragraph."): 1}


def test_with_inserts_puts_texts_before_their_line_in_the_order_given() -> None:
    lines = ["a", "b", "c"]
    inserts = [(2, ["x1", "x2"]), (0, ["first"]), (2, ["y"])]
    assert with_inserts(lines, inserts) == ["first", "a", "b", "x1", "x2", "y", "c"]
    assert lines == ["a", "b", "c"]


def test_with_inserts_leaves_out_a_text_a_line_already_holds_within_it() -> None:
    # A layout table's cell written as one line of its paragraphs: the paragraphs are
    # no lines of the body, but their words are in it.
    cell = "Lily opened the sale on Friday. The crowds had waited since midnight."
    lines = ["Headline", cell, "| External links |"]
    inserts = [(2, ["The crowds had waited since midnight.", "A new paragraph."])]
    assert with_inserts(lines, inserts) == [
        "Headline",
        cell,
        "A new paragraph.",
        "| External links |",
    ]
    # Only whole words count: "crowd" is no word of the cell.
    assert with_inserts(lines, [(2, ["crowd"])]) == [
        "Headline",
        cell,
        "crowd",
        "| External links |",
    ]


def test_inserts_between_only_places_texts_met_between_consecutive_body_lines() -> None:
    # Only m1 and m2 lie between consecutive body lines (0 and 1); "gap" lies between
    # lines 1 and 3, "before" and "after" outside the body.
    steps: list[int | list[str]] = [["before"], 0, ["m1"], ["m2"], 1, ["gap"], 3, ["after"]]
    assert inserts_between(steps) == [(1, ["m1", "m2"])]
