"""A day the page shows only as its update, or only as "3/4/2025", is no publication date."""

from __future__ import annotations

import json

from lxml import html as lxml_html

from consumer.core.html.metadata import read_metadata
from consumer.core.html.update_lines import day_shown_only_as

PROSE = "<p>" + "Cut each stem above an outward-facing bud and water the bed well. " * 3 + "</p>"


def _page(head: str = "", line: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>Pruning roses in early summer</h1>"
        f'<div class="post-meta">{line}</div>{PROSE}</article></body></html>'
    )


def _metadata(page: str):  # type: ignore[no-untyped-def]
    return read_metadata(lxml_html.fromstring(page), "https://www.example-garden.com/roses", None)


def test_a_time_shown_only_on_the_update_line_is_the_modified_date() -> None:
    line = 'Updated on <time datetime="2024-03-09T10:00:00Z">March 9, 2024</time>'
    meta = _metadata(_page(line=line))
    assert meta.published_at is None
    assert meta.modified_at == "2024-03-09T10:00:00Z"


def test_the_update_label_may_stand_in_a_sibling_of_the_date() -> None:
    line = '<div>Last updated:</div><div><time datetime="2024-03-09">March 9, 2024</time></div>'
    meta = _metadata(_page(line=line))
    assert meta.published_at is None
    assert meta.modified_at == "2024-03-09"


def test_a_time_shown_as_the_publication_is_kept() -> None:
    line = 'Published <time datetime="2024-03-09T10:00:00Z">March 9, 2024</time>'
    assert _metadata(_page(line=line)).published_at == "2024-03-09T10:00:00Z"


def test_a_day_shown_first_then_as_the_same_days_update_is_kept() -> None:
    line = '<time datetime="2024-03-09">Mar 9, 2024</time> | Last updated on Mar 9, 2024'
    assert _metadata(_page(line=line)).published_at == "2024-03-09"


def test_a_declared_publication_is_kept_beside_an_update_line_of_its_day() -> None:
    head = '<script type="application/ld+json">{}</script>'.format(
        json.dumps({"@type": "BlogPosting", "datePublished": "2024-03-09T08:00:00Z"})
    )
    meta = _metadata(_page(head, "Last updated: March 9, 2024"))
    assert meta.published_at == "2024-03-09T08:00:00Z"


def test_a_day_shown_only_with_day_and_month_either_way_round_is_unsure() -> None:
    tree = lxml_html.fromstring(_page(line='<span class="time">3/4/2025</span>'))
    assert day_shown_only_as(tree, "2025-04-03") == "unsure"
    assert day_shown_only_as(tree, "2025-03-04") == "unsure"
    assert day_shown_only_as(tree, "2025-05-03") is None  # not shown at all


def test_a_day_also_shown_unambiguously_is_fit() -> None:
    tree = lxml_html.fromstring(_page(line="3/4/2025 · 3 April 2025"))
    assert day_shown_only_as(tree, "2025-04-03") is None


def _topped_page(widget: str, line: str = "") -> str:
    return (
        f"<html><head></head><body><div class='top-bar'>{widget}<a href='/subscribe'>Subscribe"
        "</a></div><header><a href='/'>The Valley Courier</a></header><div class='content'>"
        f"<h1>Pruning roses in early summer</h1><div class='entry-meta'>{line}</div>{PROSE}"
        "</div></body></html>"
    )


def test_a_site_headers_date_of_today_dates_no_story() -> None:
    widget = '<span class="todays-date">Sunday, November 29, 2026</span>'
    assert day_shown_only_as(lxml_html.fromstring(_topped_page(widget)), "2026-11-29") == "today"
    assert _metadata(_topped_page(widget)).published_at is None
    # the story's own date by its headline is taken instead
    dated = _topped_page(widget, "By Dana Whitfield | Nov 24, 2026")
    assert _metadata(dated).published_at == "2026-11-24"
    # tagDiv's top bar and a header's date widget
    for widget in (
        '<div class="td_data_time">Sunday, November 29, 2026</div>',
        '<div class="header-date">Sunday, November 29, 2026</div>',
    ):
        assert _metadata(_topped_page(widget)).published_at is None


def test_a_date_in_the_storys_header_is_no_widget_of_today() -> None:
    page = _page(line='<span class="header-date">Sunday, November 29, 2026</span>')
    assert _metadata(page).published_at == "2026-11-29"
    # nor is a day shown both in the widget and by the story
    widget = '<span class="current-date">Sunday, November 29, 2026</span>'
    both = _topped_page(widget, "By Dana Whitfield | November 29, 2026")
    assert _metadata(both).published_at == "2026-11-29"
