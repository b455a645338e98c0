"""htmldate_pass: the same date as htmldate's find_date, the tree left as it was."""

from __future__ import annotations

from datetime import datetime

import pytest
from htmldate import find_date
from htmldate.core import TIMESTAMP_PATTERN
from htmldate.extractors import idiosyncrasies_search, pattern_search
from lxml import etree

from consumer.core.html.htmldate_pass import (
    _CORE_SEED,
    _LOOSE_DATE,
    _NUMERIC_DATE,
    _idiosyncrasies_search,
    _timestamp_search,
    fast_original_options,
    htmldate_date,
)
from consumer.core.html.parse import parse_page
from consumer.core.options import CoreOptions

MAX_DATE = datetime(2100, 1, 1)
STORY = "<p>The council met and agreed the plan for the harbour after a long debate.</p>"


def _page(body: str, head: str = "") -> str:
    return f"<html><head><title>Harbour</title>{head}</head><body>{body}</body></html>"


PAGES = {
    "no date": _page(STORY),
    "meta header": _page(STORY, '<meta name="date" content="2021-03-04">'),
    "json-ld": _page(
        STORY, '<script type="application/ld+json">{"datePublished": "2020-05-06"}</script>'
    ),
    "abbr": _page(f'<abbr class="published" title="2019-07-08">8 July</abbr>{STORY}'),
    "date element": _page(f'<div class="post-date">2018-09-10</div>{STORY}'),
    "time element": _page(f'<time datetime="2017-11-12T10:00:00">Sunday</time>{STORY}'),
    "timestamp in an attribute": _page(f'<div data-x="2016-01-02 10:11:12">{STORY}</div>'),
    # A timestamp after a bare date, or after a bare date it does not begin with (the
    # search starts at the first bare date); a bare date in an attribute with none.
    "timestamp after a bare date": _page(
        f'<div data-a="1999-09-09" data-x="2016-01-02 10:11:12">{STORY}</div>'
    ),
    "timestamp beginning at the first bare date": _page(
        f'<div data-a="x2016-01-02 10:11:12+02:00 1998-01-01">{STORY}</div>'
    ),
    "bare date in an attribute": _page(f'<div data-a="2016-01-02">{STORY}</div>'),
    "written date": _page(f"<span>Published: 03/03/2015 by the editor</span>{STORY}"),
    # Dates inside sections htmldate deletes first (an iframe, a video) are not read, the
    # text after them is (drop_tree keeps the tail).
    "date inside an iframe": _page(f"<div><iframe>2014-04-05</iframe>{STORY}</div>"),
    "date after an embed": _page(f'<div><embed src="x"/>updated 2013-06-07 {STORY}</div>'),
    "date after the first child": _page(f"<div><label>Name</label>2012-08-09</div>{STORY}"),
    "nested deletions": _page(
        f"<div><object><embed/>2011-10-11<video>2010-12-13</video></object> 2009-01-02</div>"
        f"<svg><text>2008-02-03</text></svg>tail {STORY}"
    ),
    "archive toolbar": _page(f'<div id="wm-ipp">2007-03-04</div>{STORY}'),
    # The last search (a bare date in the text, scripts and styles out).
    "bare date in a script only": _page(f"<script>var d = '2006-05-06';</script>{STORY}"),
    "bare date in the text": _page(f"<div>2005-07-08</div><script>x</script>{STORY}"),
    "bare date split by markup": _page(f"<div>2004-<b>09-10</b></div>{STORY}"),
    "date in the url": _page(STORY),
}
URLS = {"date in the url": "https://example.org/2003/11/12/harbour.html"}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_same_date_as_find_date_and_tree_unchanged(name: str) -> None:
    tree = parse_page(PAGES[name], CoreOptions(), [])
    url = URLS.get(name)
    before = etree.tostring(tree)
    expected = find_date(
        tree, extensive_search=False, original_date=True, url=url, max_date=MAX_DATE
    )
    assert htmldate_date(tree, url, fast_original_options(MAX_DATE)) == expected
    assert etree.tostring(tree) == before


def test_pages_find_dates() -> None:
    """The cases above reach the later stages: most of them find a date."""
    options = fast_original_options(MAX_DATE)
    found = {
        name
        for name, page in PAGES.items()
        if htmldate_date(parse_page(page, CoreOptions(), []), URLS.get(name), options)
    }
    assert {"time element", "written date", "bare date in the text", "date in the url"} <= found
    assert "bare date in a script only" not in found
    assert "date inside an iframe" not in found


@pytest.mark.parametrize(
    "text",
    [
        "no date here",
        "a bare date 2016-01-02 only",
        "1999-09-09 then 2016-01-02 10:11:12 later",
        "x2016-01-02T10:11:12Z and 1998-01-01",
        "2016-1-2 10:11:12+0200",
        "1989-01-01 10:11:12 is too early",
    ],
)
def test_timestamp_search_as_pattern_search(text: str) -> None:
    options = fast_original_options(MAX_DATE)
    loose = _LOOSE_DATE.search(text)
    expected = pattern_search(text, TIMESTAMP_PATTERN, options)
    assert _timestamp_search(text, loose, options) == expected


_FILLER = "<div class='c-12 w-3/4'>x</div>" * 5  # digits and slashes, no numeric date


@pytest.mark.parametrize(
    "text",
    [
        "no numeric date at all " + _FILLER,
        _FILLER + "a version 1.2.3 and a path /a/12/34/ only",
        _FILLER + "Published: 03/03/2015 by the editor",
        _FILLER + "Veröffentlicht am: 4.5.2016 " + _FILLER,
        _FILLER + "date of the meeting, as agreed :  12345.6.789 later",
        _FILLER + "1.2.33 first, then " + "x" * 80 + " updated 2014/05/06",
        _FILLER + "posted on 2013.1.22 and 07/08/2012 güncellendi",
        _FILLER + "güncelleme tarihi : 11.12.2011 " + _FILLER,
        "12/12/12 at the start, Datum 1.1.2010",
    ],
)
def test_idiosyncrasies_search_as_htmldate(text: str) -> None:
    options = fast_original_options(MAX_DATE)
    assert _idiosyncrasies_search(text, 0, options) == idiosyncrasies_search(text, options)


def test_idiosyncrasies_search_many_cores() -> None:
    """Past htmldate's 1,000 windows it searches the whole page."""
    options = fast_original_options(MAX_DATE)
    text = _FILLER + " 1.2.33 " * 1001 + "Published: 03/03/2015"
    assert _idiosyncrasies_search(text, 0, options) == idiosyncrasies_search(text, options)


@pytest.mark.parametrize(
    "text",
    [
        "none here 1234 12-34",
        "a seed 1.2.33 then a bare date 2016-01-02",
        "a bare date 1999-1-2 then a seed 12/12/12",
        "x12016-01-02 and 2.2.22",
        "11999-01-02 only",
        "3.4.5 and 20.10.2020",
    ],
)
def test_numeric_date_finds_the_first_seed_or_bare_date(text: str) -> None:
    starts = [m.start() for m in (_LOOSE_DATE.search(text), _CORE_SEED.search(text)) if m]
    first = _NUMERIC_DATE.search(text)
    assert (first and first.start()) == (min(starts) if starts else None)
