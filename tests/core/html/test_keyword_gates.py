"""The gates' keyword search (``keyword_gates``) finds what ``in`` finds, keyword by keyword."""

import random

import pytest

from consumer.core.html import patterns as pt
from consumer.core.html.keyword_gates import RARE_ASCII, keyword_gates

_GATES = [keywords for keywords, _, _ in pt.GATED_BOILERPLATE_LINES]
_KEYWORDS = sorted({keyword for keywords in _GATES for keyword in keywords})


def _by_in(lowered: str, gates: list[tuple[str, ...]]) -> set[int]:
    return {i for i, keywords in enumerate(gates) if any(k in lowered for k in keywords)}


def test_a_keyword_inside_a_longer_one_or_sharing_its_tail_opens_its_gate() -> None:
    gates = [("sign",), ("signup", "join"), ("up",), ("newsletter",), ("kup",), ("backup",)]
    search = keyword_gates(gates)
    assert search.opened("signup now") == {0, 1, 2}
    assert search.opened("sign the newsletter") == {0, 3}
    assert search.opened("a backup plan") == {2, 4, 5}  # "up", "kup", "backup": one tail
    assert search.opened("kup") == {2, 4}
    assert search.opened("nothing here") == set()
    assert search.opened("") == set()


def test_keywords_of_common_letters_only_are_tested_with_in() -> None:
    search = keyword_gates([("error", "to see"), ("page",)])
    assert [keyword for keyword, _ in search.plain] == ["error", "to see"]
    assert search.opened("an error occurred") == {0}
    assert search.opened("front page") == {1}
    assert keyword_gates([("error",)]).opened("errors") == {0}  # (a search never matching)


def test_every_keyword_found_at_the_start_middle_and_end_of_a_line() -> None:
    for keyword in _KEYWORDS:
        for line in (keyword, f"x{keyword}", f"{keyword} y", f"the {keyword}{keyword}."):
            assert pt.GATE_SEARCH.opened(line) == _by_in(line, _GATES), line


@pytest.mark.parametrize("seed", range(4))
def test_made_up_lines_open_the_gates_whose_keywords_they_hold(seed: int) -> None:
    # Lines of keywords, pieces of them and rare and common characters run together, so
    # that keywords overlap and share their tails and entries.
    rng = random.Random(seed)
    alphabet = "".join(sorted(set("".join(_KEYWORDS)))) + RARE_ASCII + " .,aeiost"
    for _ in range(1500):
        pieces = []
        for _ in range(rng.randint(1, 8)):
            if rng.random() < 0.3:
                pieces.append(rng.choice(_KEYWORDS))
            elif rng.random() < 0.3:
                keyword = rng.choice(_KEYWORDS)
                pieces.append(keyword[rng.randint(0, len(keyword)) :])
            else:
                pieces.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5))))
        line = "".join(pieces)
        assert pt.GATE_SEARCH.opened(line) == _by_in(line, _GATES), line
