"""Authors and dates of kinds many sites share, on made-up pages: a list of other stories'
bylines, the house written as a domain, a column's label, a site builder's credit, the
headline inside the byline's box, a date guessed from a related story."""

from __future__ import annotations

from lxml import html as lxml_html

from consumer.core.html.metadata import read_metadata

PROSE = "<p>" + "The council met on Tuesday to discuss the new budget for the year. " * 3 + "</p>"


def _metadata(body: str, head: str = "", url: str = "https://www.example-news.com/a/1"):  # type: ignore[no-untyped-def]
    title = "<title>Council passes budget</title>"
    page = f"<html><head>{title}{head}</head><body>{body}</body></html>"
    return read_metadata(lxml_html.fromstring(page), url, None)


def _teaser(title: str, name: str) -> str:
    return f'<li><a href="/x">{title}</a><p class="byline">by {name}</p></li>'


def test_a_list_of_other_stories_bylines_names_none_of_the_writers() -> None:
    menu = (
        "<ul>"
        + _teaser("Why the harbour plan was dropped again", "Lee Chang")
        + _teaser("Ten walks to take before the winter comes", "Ana Ruiz")
        + "</ul>"
    )
    story = '<h1>Council passes budget</h1><p class="byline">by Jane Doe</p>' + PROSE
    assert _metadata(menu + f"<article>{story}</article>").authors == ["Jane Doe"]


def test_a_list_of_the_storys_writers_is_read() -> None:
    writers = '<ul><li class="author">Jane Doe</li><li class="author">John Roe</li></ul>'
    meta = _metadata(f"<article><h1>Council passes budget</h1>{writers}{PROSE}</article>")
    assert meta.authors == ["Jane Doe", "John Roe"]


def test_the_house_written_as_a_domain_gives_way_to_the_byline() -> None:
    head = '<meta name="author" content="ExampleNews.com">'
    body = '<article><h1>Council passes budget</h1><p class="byline">By Jane Doe</p>'
    meta = _metadata(body + PROSE + "</article>", head, url="https://www.examplenews.com/a/1")
    assert meta.authors == ["Jane Doe"]


def test_the_house_written_as_a_domain_stays_when_nobody_else_is_named() -> None:
    head = '<meta name="author" content="ExampleNews.com">'
    body = f"<article><h1>Council passes budget</h1>{PROSE}</article>"
    meta = _metadata(body, head, url="https://www.examplenews.com/a/1")
    assert meta.authors == ["ExampleNews.com"]


def test_a_byline_naming_the_house_gives_way_to_a_person_named_elsewhere() -> None:
    head = (
        '<meta name="twitter:label1" content="Written by">'
        '<meta name="twitter:data1" content="Jane Doe">'
    )
    body = (
        '<article><h1>Council passes budget</h1><div class="byline">Written by Example News'
        "</div>" + PROSE + "</article>"
    )
    assert _metadata(body, head, url="https://www.examplenews.com/a/1").authors == ["Jane Doe"]


def test_a_columns_label_is_no_part_of_the_name() -> None:
    for label in ("Analysis by", "Opinion by", "Commentary by"):
        body = f'<article><h1>Council passes budget</h1><div class="byline">{label} Jane Doe</div>'
        assert _metadata(body + PROSE + "</article>").authors == ["Jane Doe"]


def test_a_site_builders_credit_names_no_writer() -> None:
    footer = '<div class="cpBylineTS">Government Websites by <a href="/v">BuilderCo®</a></div>'
    body = f"<article><h1>Council passes budget</h1>{PROSE}</article>{footer}"
    assert _metadata(body).authors == []


def test_the_headline_inside_the_bylines_box_is_no_name() -> None:
    box = (
        '<div class="byline_container"><h1>Acme C7 laptop announced at $199</h1>'
        '<span class="byline">By Jane Doe on 11/12/2012 11:22 PST</span></div>'
    )
    meta = _metadata(f"<article>{box}{PROSE}</article>")
    assert meta.authors == ["Jane Doe"]


def test_the_date_by_the_headline_wins_over_a_related_storys_time() -> None:
    story = (
        "<h1>Council passes budget</h1><p>by Jane Doe</p><p>July 24, 2012 5:37 AM PDT</p>"
        + PROSE
        + '<ul><li><time datetime="2012-03-07">3/07/12</time> Older story</li></ul>'
    )
    assert _metadata(f"<article>{story}</article>").published_at[:10] == "2012-07-24"


def test_a_times_datetime_settles_the_day_its_own_text_shows() -> None:
    # (the datetime and the text disagree: the markup's day is kept)
    story = (
        '<h1>Council passes budget</h1><time datetime="2024-12-20">August 28, 2024</time>' + PROSE
    )
    assert _metadata(f"<article>{story}</article>").published_at == "2024-12-20"


def test_a_utc_time_gives_way_to_the_local_day_it_shows() -> None:
    story = (
        '<h1>Council passes budget</h1><time datetime="2026-02-24T04:13:00Z">'
        "February 23, 2026</time>" + PROSE
    )
    assert _metadata(f"<article>{story}</article>").published_at[:10] == "2026-02-23"


def test_a_marked_time_is_kept() -> None:
    story = (
        '<h1>Council passes budget</h1><p>July 24, 2012</p><time pubdate datetime="2012-07-23">'
        "</time>" + PROSE
    )
    assert _metadata(f"<article>{story}</article>").published_at == "2012-07-23"


def test_a_blogs_post_line_by_the_headline_dates_the_post() -> None:
    for line, day in (
        ("Posted on September 30th, 2008 in Gadgets |", "2008-09-30"),
        ("Posted, August 9th, 2012, By Jane Doe", "2012-08-09"),
        ("2012-10-29 by Jane Doe", "2012-10-29"),
    ):
        story = f"<h1>Council passes budget</h1><h3>{line}</h3>" + PROSE
        assert _metadata(f"<article>{story}</article>").published_at == day


def test_a_date_in_a_sentence_by_the_headline_dates_nothing() -> None:
    story = "<h1>Council passes budget</h1><h3>Posted on the wall since May 2012 by the door</h3>"
    assert _metadata(f"<article>{story}{PROSE}</article>").published_at is None
