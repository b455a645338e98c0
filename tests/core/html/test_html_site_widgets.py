"""Furniture of blogs, review sites and newsletter archives (made-up lines and pages)."""

from __future__ import annotations

import pytest
from html_pages import STORM_PARAGRAPHS

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.lines import boilerplate_reason, filter_lines
from consumer.core.options import DEFAULT_OPTIONS


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Read our full Acme Buds 3 Pro review", "read_more"),
        ("Read our in-depth Zephyr Laptop 14 (2025) review.", "read_more"),
        ("- See also: A short history of the lighthouse", "read_more"),
        ("Can Also Read: How to pick a rain jacket", "read_more"),
        ("Is this email not displaying correctly?View it in your browser.", "newsletter"),
        ("View this email in your browser", "newsletter"),
        ("Listen to this article in summarized format", "boilerplate"),
        ("Date Last Reviewed:", "boilerplate"),
        ("Page last updated", "boilerplate"),
        ("Free 14-day trial. No credit card required.", "boilerplate"),
        ("Send this article to someone who'd like it.", "boilerplate"),
        (
            "Search for more stories on this topic on Newsbank, our news archive service. "
            "Click here",
            "boilerplate",
        ),
        ("Search more articles about this subject", "boilerplate"),
        ("[CTA_MODULE]", "boilerplate"),
        ('{{promo-banner="/banners/spring"}}', "boilerplate"),
        ("[email protected]", "boilerplate"),
        ("The harbour wall at dawn. Photo: Jane Roe", "caption"),
        ("A compact camera is a useful travel companion. Photo by: 'Jane Roe'.", "caption"),
        ("Waves broke over the promenade. Photo by Jane Roe", "caption"),
        ("图为招聘会现场。新华社记者 王强 摄", "caption"),  # "the photo shows ..., by X"
        ("招聘会现场人头攒动。记者 王强 摄", "caption"),
        ("toggle caption", "boilerplate"),
        ("Enlarge this image", "boilerplate"),
        ("Enlarge Photo", "boilerplate"),
        ("Image source, Example Agency", "boilerplate"),
        ("Open image in gallery", "boilerplate"),
        ("Share full article", "boilerplate"),
        ("Gift this article", "boilerplate"),
        ("View this post on Instagram", "boilerplate"),
        ("A post shared by Jane Roe (@janeroe)", "boilerplate"),
        ("Clinically reviewed by Dr. Jane O'Roe", "author_bio"),
        ("- Reviewed by Jane Roe, MD, Editor, Example Health Letter; Board Member", "author_bio"),
        # a widget's status message
        ("Sorry, we couldn't find a match for this postcode. Please try again.", "boilerplate"),
        (
            "We're sorry. It looks like this option is not available. You might have "
            "location services turned off in your browser.",
            "boilerplate",
        ),
        ("Sorry, no posts are active for this topic.", "boilerplate"),
        ("Sorry. There are currently no stories listed in this category.", "boilerplate"),
        ("This page is no longer in use, please follow the links below.", "boilerplate"),
        ("Your account has been suspended. Click below for your options.", "boilerplate"),
    ],
)
def test_site_widget_lines(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Read the review before you buy anything.",
        "Researchers search for more stories on this topic in the archive.",
        "[BBC]",  # a source name in brackets, as aggregators cite it
        "{{ name }}",  # a template variable shown in a code sample
        "Reviewed by the council, the plan was sent back to the committee in March "
        "with a list of questions about its cost and timing.",
        "The free trial ends after 14 days, and most users never cancel it in time.",
        "See also the chart below, which shows how prices moved over the year.",
        "She said the image was fake. Photo editors disagreed with her view on it.",
        "Image source data showed the fire started in the kitchen, officials said.",
        "A post shared by the mayor on Monday drew thousands of angry replies from residents.",
        "记者从会上获悉，今年将新建保障性住房三十万套。",  # a reporter's sentence, no credit
        "Sorry, we couldn't find him anywhere, the harbour master told the inquiry.",
        "Sorry, you have reached a page that is not available.",  # the error page itself
        "Sorry for the long post, but this one needed saying.",
        "Your account has been a great help to the investigation, the officer wrote.",
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


def test_a_caption_in_a_paragraph_of_its_own_is_listed_as_a_caption() -> None:
    caption = "Waves break over the sea wall at Porthcawl. (Photo: Jane Roe/Example Agency)"
    story = "".join(f"<p>{p}</p>" for p in STORM_PARAGRAPHS)
    html = f"""<html><head><title>Storm</title></head><body><article>
        <p><img src="waves.jpg"></p><p>{caption}</p>{story}</article></body></html>"""
    result = extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS)
    assert result.paragraphs == STORM_PARAGRAPHS
    assert result.captions == [caption]


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


def _card(title: str, summary: str, href: str, button: str = "Read more") -> str:
    return f'<li><h3>{title}</h3><p>{summary}</p><a href="{href}">{button}</a></li>'


def test_a_row_of_story_cards_with_buttons_goes_to_related() -> None:
    story = "".join(f"<p>{p}</p>" for p in STORM_PARAGRAPHS)
    cards = "".join(
        [
            _card(
                "How to keep the power on when the next storm comes",
                "A look at what a home battery can and cannot do.",
                "/guides/home-battery",
            ),
            _card(
                "Are flood barriers worth the money for a small house",
                "We asked three engineers how well they work.",
                "https://news.example/guides/flood-barriers",
                button="LEARN MORE",
            ),
        ]
    )
    html = f"""<html><head><title>Storm</title></head><body><article>{story}
        <ul class="grid">{cards}</ul></article></body></html>"""
    result = extract_html(
        RawArticle(content=html, mode="html", url="https://news.example/storm"), DEFAULT_OPTIONS
    )
    assert result.paragraphs == STORM_PARAGRAPHS
    related = {link.title: link.url for link in result.related}
    assert related["How to keep the power on when the next storm comes"] == (
        "https://news.example/guides/home-battery"
    )
    assert "Are flood barriers worth the money for a small house" in related


def test_one_section_with_a_read_more_link_stays() -> None:
    """A lone block (no row of cards), and a long section, are the story's own."""
    lone = _card(
        "What the Met Office said",
        "The forecaster said the storm was the strongest to reach Wales in a decade.",
        "/weather/warnings",
    )
    long_section = (
        "<div><h3>Clean-up</h3>"
        + "".join(f"<p>{p}</p>" for p in STORM_PARAGRAPHS[3:])
        + '<a href="/clean-up">Read more</a></div>'
    )
    html = f"""<html><head><title>Storm</title></head><body><article>
        {"".join(f"<p>{p}</p>" for p in STORM_PARAGRAPHS[:3])}
        <ul>{lone}</ul>{long_section}<div>{long_section}</div></article></body></html>"""
    result = extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS)
    body = "\n".join(result.paragraphs)
    assert "strongest to reach Wales in a decade" in body
    assert STORM_PARAGRAPHS[5] in body


def test_a_line_that_is_only_a_byline_name_goes() -> None:
    lines = [
        "Jane Doe",
        "By Jane Doe",
        *STORM_PARAGRAPHS,
        "Jane Doe said the council would publish its review in the spring.",
        "- Jane Doe",
    ]
    out = filter_lines(lines, headlines=[], captions=[], related_titles=[], authors=["Jane Doe"])
    assert out.paragraphs == [*STORM_PARAGRAPHS, lines[-2]]
    assert out.removed["byline"] == 3


def test_a_byline_with_the_reporters_role_goes() -> None:
    lines = [
        "By Jane Doe, Staff Writer",
        "Jane Doe | Senior Correspondent",
        *STORM_PARAGRAPHS,
        "Jane Doe, Senior Editor",  # further down: the signature of a quoted note
        "Jane Doe, a reporter, said the council would publish its review in the spring.",
    ]
    out = filter_lines(lines, headlines=[], captions=[], related_titles=[], authors=["Jane Doe"])
    assert out.paragraphs == [*STORM_PARAGRAPHS, *lines[-2:]]
    assert out.removed["byline"] == 2


def test_without_a_byline_a_name_line_stays() -> None:
    lines = ["Jane Doe", *STORM_PARAGRAPHS]
    out = filter_lines(lines, headlines=[], captions=[], related_titles=[])
    assert out.paragraphs == lines


def test_story_cards_with_buttons_in_other_languages_go() -> None:
    story = "".join(f"<p>{p}</p>" for p in STORM_PARAGRAPHS)
    cards = _card(
        "Sturmflut an der Nordsee: Deiche halten stand",
        "Die Pegel stiegen in der Nacht auf mehr als drei Meter.",
        "/nord/sturmflut",
        button="Weiterlesen »",
    ) + _card(
        "Tempête sur la côte : des milliers de foyers privés de courant",
        "Les équipes ont travaillé toute la nuit.",
        "/fr/tempete",
        button="Lire la suite",
    )
    html = f"""<html><head><title>Storm</title></head><body><article>{story}
        <ul>{cards}</ul></article></body></html>"""
    result = extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS)
    assert result.paragraphs == STORM_PARAGRAPHS
    assert result.removed["related"] == 2


def test_a_header_that_wraps_the_whole_article_keeps_its_section_headings() -> None:
    sections = "".join(
        f"<h2>Part {n}: the storm in numbers</h2><p>{p}</p>"
        for n, p in enumerate(STORM_PARAGRAPHS * 3, start=1)
    )
    html = f"""<html><head><title>Storm</title></head><body>
        <header class="page"><h1>Storm Ferelith leaves thousands without power</h1>
        {sections}</header></body></html>"""
    result = extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS)
    assert "Part 1: the storm in numbers" in result.paragraphs
    assert "standfirst" not in result.removed


def test_story_cards_each_in_a_grid_column_go() -> None:
    story = "".join(f"<p>{p}</p>" for p in STORM_PARAGRAPHS)
    column = (
        '<div class="col"><div class="card"><h3>{title}</h3><p>A short summary of it.</p>'
        '<a href="/{slug}">Learn more</a></div></div>'
    )
    grid = column.format(title="Flood barriers explained", slug="flood") + column.format(
        title="What to pack before a storm", slug="pack"
    )
    html = f"""<html><head><title>Storm</title></head><body><article>{story}
        <div class="row">{grid}</div></article></body></html>"""
    result = extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS)
    assert result.paragraphs == STORM_PARAGRAPHS
    assert result.removed["related"] == 2
