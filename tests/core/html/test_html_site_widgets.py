"""Furniture of blogs, review sites and newsletter archives (made-up lines and pages)."""

from __future__ import annotations

import pytest
from html_pages import STORM_PARAGRAPHS

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.lines import boilerplate_reason
from consumer.core.options import DEFAULT_OPTIONS


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Read our full Acme Buds 3 Pro review", "read-more"),
        ("Read our in-depth Zephyr Laptop 14 (2025) review.", "read-more"),
        ("- See also: A short history of the lighthouse", "read-more"),
        ("Can Also Read: How to pick a rain jacket", "read-more"),
        ("Is this email not displaying correctly?View it in your browser.", "newsletter"),
        ("View this email in your browser", "newsletter"),
        ("Listen to this article in summarized format", "boilerplate"),
        ("Date Last Reviewed:", "boilerplate"),
        ("Page last updated", "boilerplate"),
        ("Free 14-day trial. No credit card required.", "boilerplate"),
        ("Send this article to someone who'd like it.", "boilerplate"),
        ("[CTA_MODULE]", "boilerplate"),
        ('{{promo-banner="/banners/spring"}}', "boilerplate"),
        ("[email protected]", "boilerplate"),
        ("Clinically reviewed by Dr. Jane O'Roe", "author-bio"),
        ("- Reviewed by Jane Roe, MD, Editor, Example Health Letter; Board Member", "author-bio"),
    ],
)
def test_site_widget_lines(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Read the review before you buy anything.",
        "[BBC]",  # a source name in brackets, as aggregators cite it
        "{{ name }}",  # a template variable shown in a code sample
        "Reviewed by the council, the plan was sent back to the committee in March "
        "with a list of questions about its cost and timing.",
        "The free trial ends after 14 days, and most users never cancel it in time.",
        "See also the chart below, which shows how prices moved over the year.",
    ],
)
def test_story_lines_like_widgets_stay(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_review_links_and_a_newsletter_web_view_leave_the_body() -> None:
    story = "".join(f"<p>{p}</p>" for p in STORM_PARAGRAPHS)
    html = f"""<html><head><title>Storm</title></head><body>
      <p>Is this email not displaying correctly? View it in your browser.</p>
      <article>
        <p>Medically reviewed by Jane Roe</p>
        {story}
        <p>Read our full Acme Storm Lantern review</p>
        <p>[CTA_MODULE]</p>
      </article></body></html>"""
    result = extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS)
    assert result.paragraphs == STORM_PARAGRAPHS


def test_a_block_marked_nocontent_leaves_the_body_even_when_it_is_prose() -> None:
    story = "".join(f"<p>{p}</p>" for p in STORM_PARAGRAPHS)
    promo = (
        "Our agency helps councils plan for storms with a proven method and a team of "
        "experts who have worked on coastal defences for twenty years. "
    )
    html = f"""<html><head><title>Storm</title></head><body><article>
        {story}
        <div class="nocontent sidebar-block"><h3>Plan for the next storm</h3>
          <p>{promo * 2}</p><p>{promo}Download the free guide today.</p></div>
      </article></body></html>"""
    result = extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS)
    assert result.paragraphs == STORM_PARAGRAPHS
    assert result.removed["not_content"] == 1
