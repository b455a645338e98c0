import pytest

from consumer.core.html.lines import line_key, line_keys

ODD_LINES = [
    "Hello_World -- again",
    "a_\u00a0_b",  # underscores and a no-break space in one run
    "ΟΔΟΣ ΑΣ' 'Σ Σ",  # final sigma depends on its neighbours
    "İstanbul",  # lower-cases to two characters
    "ß STRASSE ǅ",
    "x\u2028y\u2029z",  # line and paragraph separators are not line breaks here
    "\x1c a \x1d",
    "Ὰͅ",
    "",
    "   ",
    "«Quoted», (parenthesised)!",
    "数字 123 ١٢٣",
]


def test_line_keys_equal_line_key_line_by_line() -> None:
    assert line_keys(ODD_LINES) == [line_key(line) for line in ODD_LINES]


@pytest.mark.parametrize("lines", [[], [""], ["one"], ["a\nb", "c"], ["Σ", "\nΣ"]])
def test_line_keys_of_edge_lists(lines: list[str]) -> None:
    assert line_keys(lines) == [line_key(line) for line in lines]
