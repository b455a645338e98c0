"""Kinds of story the benchmarks hold few of, on made-up HTML: a photo gallery of captions
only, a press release, bylines with the outlet after a bar or a dash, a portal's copy, a
weather story."""

from __future__ import annotations

import pytest

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.model import Extraction
from consumer.core.options import DEFAULT_OPTIONS
from consumer.core.text.byline import recased_name

_BODY = "".join(
    f"<p>{text}</p>"
    for text in (
        "Traders at the old market closed their shops for three hours on Monday to protest "
        "new daily tolls introduced by the city assembly.",
        "The traders' union said the tolls had doubled in a year while the roads around the "
        "market had not been repaired.",
        "An assembly spokesperson said the money would be used to build new drains before "
        "the rainy season.",
    )
)


def _extract(header: str, body: str = _BODY) -> Extraction:
    html = (
        "<html><head><title>Traders protest market tolls - Example Today</title></head><body>"
        f"<article><h1>Traders protest market tolls</h1>{header}{body}</article></body></html>"
    )
    return extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS)


def test_a_gallery_of_captions_only_tells_its_story_in_the_body() -> None:
    captions = (
        "Farmers set out pumpkins and squash on long tables in front of the old town hall.",
        "A brass band plays for the crowd beside the fountain while families line up.",
        "Children ride a hay wagon around the square as the sun sets behind the church.",
    )
    figures = "".join(
        f'<figure><img src="{n}.jpg"><figcaption>{text}</figcaption></figure>'
        for n, text in enumerate(captions)
    )
    result = _extract('<p class="byline">By Town Crier Staff</p>', figures)
    assert result.paragraphs == list(captions)
    assert result.captions == []


def test_a_story_keeps_its_captions_out_of_the_body() -> None:
    figure = (
        '<figure><img src="1.jpg"><figcaption>A trader closes her stall at the old market '
        "on Monday morning.</figcaption></figure>"
    )
    result = _extract("", figure + _BODY)
    assert len(result.paragraphs) == 3
    assert result.captions == ["A trader closes her stall at the old market on Monday morning."]


def test_a_press_releases_issuer_line_leaves_the_body() -> None:
    result = _extract('<p>News provided by <a href="/n">Northwind Pumps, Inc.</a></p>')
    assert not any("provided by" in paragraph for paragraph in result.paragraphs)
    assert len(result.paragraphs) == 3


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Andi Pratama - detikFinance", "Andi Pratama"),
        ("דנה לוי | חדשות הבוקר", "דנה לוי"),
        ("By Jane Roe — Riverside Bureau", "Jane Roe"),
    ],
)
def test_a_byline_with_the_outlet_after_a_bar_or_a_dash(byline: str, name: str) -> None:
    assert _extract(f'<div class="author">{byline}</div>').authors == [name]


def test_a_portals_source_line_names_the_writer() -> None:
    result = _extract("<p>Source: exampletoday.example | Kwame Mensah</p>")
    assert result.authors == ["Kwame Mensah"]
    assert not any(paragraph.startswith("Source:") for paragraph in result.paragraphs)


def test_a_meteorologist_is_a_role_not_a_second_author() -> None:
    result = _extract('<p class="byline">By Lisa Chen, Chief Meteorologist</p>')
    assert result.authors == ["Lisa Chen"]


_RECAP = "".join(
    f"<p>{text}</p>"
    for text in (
        "RIVERTON (AP) — Devin Carter scored 31 points and the Riverton Hawks beat the Lake "
        "City Lions 112-104 on Saturday night.",
        "Carter made five 3-pointers and had eight assists as the Hawks won for the fourth "
        "time in five games.",
        "The Lions led by nine early in the third quarter before Riverton went on a 14-2 run.",
    )
)


def test_an_ap_byline_with_its_role_unparted_names_the_writer() -> None:
    result = _extract('<p class="byline">By SAM PARK AP Sports Writer</p>', _RECAP)
    assert result.authors == ["Sam Park"]  # a given name's byline in capitals, recased


@pytest.mark.parametrize("byline", ["By CITY DESK", "By AFP"])
def test_a_house_credit_in_capitals_stays_as_written(byline: str) -> None:
    assert recased_name(byline.removeprefix("By ")) == byline.removeprefix("By ")


def test_a_recaps_up_next_notes_stay_in_the_story() -> None:
    notes = (
        "<h3>UP NEXT</h3><p>Lions: At Harbor City on Monday night.</p>"
        "<p>Hawks: Host Bay Town on Wednesday night.</p>"
    )
    result = _extract("", _RECAP + notes)
    assert result.paragraphs[-3:] == [
        "UP NEXT",
        "Lions: At Harbor City on Monday night.",
        "Hawks: Host Bay Town on Wednesday night.",
    ]


def test_an_up_next_box_of_headlines_still_leaves() -> None:
    box = (
        "<h3>Up next</h3><ul><li><a href='/a'>Lions sign veteran guard to one-year deal</a>"
        "</li><li><a href='/b'>Hawks rookie out two weeks with ankle sprain</a></li></ul>"
    )
    result = _extract("", _RECAP + box)
    assert result.paragraphs[-1].startswith("The Lions led by nine")


def test_a_wire_releases_contacts_heading_closes_the_body() -> None:
    contacts = (
        "<h2>Contacts</h2><p>Investors: Tom Reed, 555-010-4455<br>"
        "Media: Alisha Grant, media@example-bank.com</p>"
    )
    result = _extract("", _BODY + contacts)
    assert len(result.paragraphs) == 3
    assert result.removed.get("contact") == 3


def test_a_fact_checks_verdict_box_is_its_storys() -> None:
    claim_review = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "ClaimReview", "claimReviewed": "The assembly doubled the tolls."}</script>'
    )
    verdict = (
        '<div class="rating-box"><h2>Our ruling</h2><p>The claim that the assembly doubled '
        'the tolls is false: they rose by a third.</p><p class="rating">Rating: FALSE</p></div>'
    )
    html = (
        f"<html><head><title>Fact check: tolls - Example Today</title>{claim_review}</head>"
        f"<body><article><h1>Fact check: tolls</h1>{_BODY}{verdict}</article></body></html>"
    )
    ruling = "The claim that the assembly doubled the tolls is false: they rose by a third."
    result = extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS)
    assert result.paragraphs[-2:] == ["Our ruling", ruling]
    # without a ClaimReview, a box of "rating" is a review widget's, as before
    plain = html.replace(claim_review, "")
    plain_result = extract_html(RawArticle(content=plain, mode="html"), DEFAULT_OPTIONS)
    assert ruling not in plain_result.paragraphs


def test_a_live_blogs_entries_keep_their_headings_and_the_pinned_summary() -> None:
    updates = (
        ("Levee holds at Mill Street", "Crews stacked sandbags along Mill Street for most of "
         "the evening, and the city engineer said the levee was holding."),
        ("Shelter opens at the high school", "The Red Cross opened a shelter in the high "
         "school gym for families from the lower wards of the town."),
        ("Bridge closed", "The Second Street bridge is closed until further notice, the "
         "police said in a statement on Thursday night."),
    )  # fmt: skip
    entries = "".join(
        f'<div class="entry"><time>9:{n}0 p.m.</time><h2>{head}</h2><p>{text}</p></div>'
        for n, (head, text) in enumerate(updates)
    )
    pinned = (
        '<div class="pinned"><p>The river is expected to crest tonight. Follow along for '
        "the latest from our reporters along the levee and in the shelters.</p></div>"
    )
    result = _extract('<p class="byline">By Gazette Staff</p>', pinned + entries)
    assert result.paragraphs[0].startswith("The river is expected to crest tonight.")
    assert result.paragraphs[1:] == [line for update in updates for line in update]


def test_a_profile_cards_count_of_followers_is_no_story_line() -> None:
    card = "<div><p>214 Followers</p><p>1.2K followers</p></div>"
    result = _extract("", _BODY + card)
    assert len(result.paragraphs) == 3
    assert result.removed.get("metadata") == 2


@pytest.mark.parametrize(
    "label",
    ["Presented by Northwind Energy", "Sponsored by: Harbor Bank", "In partnership with ACME"],
)
def test_a_paid_story_s_sponsor_label_with_its_name_leaves(label: str) -> None:
    result = _extract(f'<p class="label">{label}</p>')
    assert len(result.paragraphs) == 3
    assert result.removed["advertisement"] == 1


def test_a_sentence_opening_with_presented_by_stays() -> None:
    line = "Presented by the mayor on Monday, the plan drew criticism from traders."
    assert _extract(f"<p>{line}</p>").paragraphs[0] == line
