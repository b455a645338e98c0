"""A sentence an ad slot broke in two is one paragraph again (made-up pages)."""

from __future__ import annotations

import pytest

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.options import DEFAULT_OPTIONS

_FIRST = (
    "<p>The water board voted on Tuesday to extend the drought rules through the spring, "
    "citing reservoir levels at their lowest point in two decades.</p>"
)
_LAST = (
    "<p>A public hearing on the plan is set for December 3 at the county library, where "
    "residents can comment on the rules.</p>"
)
_JOINED = (
    "Gardens may still be watered two days a week, and farms have been asked to cut "
    "their use by a fifth."
)


def _paragraphs(middle: str) -> list[str]:
    html = (
        "<html><head><title>Drought rules extended</title></head><body><article>"
        f"<h1>Drought rules extended</h1>{_FIRST}{middle}{_LAST}</article></body></html>"
    )
    return extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS).paragraphs


@pytest.mark.parametrize(
    "slot",
    [
        '<div class="ad-slot"><span>Advertisement</span></div>',
        '<div id="div-gpt-ad-1700000-3"></div>',
        '<ins class="adsbygoogle" data-ad-slot="123"></ins>',
        '<!-- ad --><div class="ad">Advertisement</div><div>Story continues below</div>',
        '<div class="advertisement"><p>Advertisement</p><p>Story continues below</p></div>',
    ],
)
def test_the_halves_around_an_ad_slot_are_one_paragraph(slot: str) -> None:
    middle = (
        "<p>Gardens may still be watered two days a week, and farms have</p>"
        f"{slot}<p>been asked to cut their use by a fifth.</p>"
    )
    assert _paragraphs(middle)[1] == _JOINED


def test_an_ad_inside_a_paragraph_leaves_it_whole() -> None:
    # The parser ends the paragraph at the ad's <div>: the rest is loose text after it.
    middle = (
        "<p>Gardens may still be watered two days a week, and farms have "
        '<div class="ad-container">Advertisement</div> been asked to <em>cut</em> their use '
        "by a fifth.</p>"
    )
    assert _paragraphs(middle)[1] == _JOINED


@pytest.mark.parametrize(
    "middle",
    [
        # the first paragraph ends its sentence
        "<p>Gardens may still be watered two days a week.</p>"
        '<div class="ad-slot">Advertisement</div><p>farms in the east are exempt.</p>',
        # a box that is no ad stands between
        "<p>Gardens may still be watered two days a week, and farms have</p>"
        '<div class="newsletter">Sign up for our newsletter</div>'
        "<p>been asked to cut their use by a fifth.</p>",
        # the second paragraph starts a sentence of its own
        "<p>Gardens may still be watered two days a week, and farms have</p>"
        '<div class="ad-slot">Advertisement</div><p>Been there, done that.</p>',
    ],
)
def test_paragraphs_no_ad_broke_stay_apart(middle: str) -> None:
    assert len(_paragraphs(middle)) == 4
