"""A sentence an ad slot broke in two (made-up dumps): joined again once the ad's label
leaves; a paragraph that ends a sentence, or one that starts a new one, stays apart."""

from __future__ import annotations

import pytest

_LEAD = (
    "The regional water board said on Wednesday that reservoir levels had fallen to their "
    "lowest point in twenty years after a dry winter."
)
_FIRST_HALF = "Households in three districts face a hosepipe ban from Monday, and farms have"
_SECOND_HALF = "been asked to cut irrigation by a fifth, the board said in a statement."
_CLOSING = "The board will review the restrictions at the end of May."


@pytest.mark.parametrize(
    "ad", [["Advertisement"], ["Advertisement", "Story continues below advertisement"]]
)
def test_the_halves_of_a_sentence_around_an_ad_are_one_paragraph(extract, ad):
    text = "\n".join(
        ["Reservoirs fall to 20-year low", _LEAD, _FIRST_HALF, *ad, _SECOND_HALF, _CLOSING]
    )
    assert extract(text).paragraphs == [_LEAD, f"{_FIRST_HALF} {_SECOND_HALF}", _CLOSING]


def test_paragraphs_around_an_ad_stay_apart_when_a_sentence_ends_or_begins(extract):
    ended = "Households in three districts face a hosepipe ban from Monday."
    text = "\n".join(["Reservoirs fall to 20-year low", _LEAD, ended, "Advertisement", _CLOSING])
    assert extract(text).paragraphs == [_LEAD, ended, _CLOSING]
    text = "\n".join(
        ["Reservoirs fall to 20-year low", _LEAD, _FIRST_HALF, "Advertisement", _CLOSING]
    )
    assert extract(text).paragraphs == [_LEAD, _FIRST_HALF, _CLOSING]
