"""The core never hangs or crashes: any input gives a result or a typed ExtractionError.

Property tests run ``enrich_article`` over arbitrary strings and generated HTML; the
pathological cases (huge, deep, binary, broken encodings, regex bait) are spelled out.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consumer.contract import ExtractionError, RawArticle
from consumer.core import CoreOptions, enrich_article

# Class names that steer the HTML cleaning stages, so generated pages exercise them.
_CLASSES = [
    "caption",
    "related",
    "share",
    "newsletter",
    "ad-slot",
    "byline",
    "article-body",
    "content",
    "wp-caption-text",
    "most-popular",
    "",
]
_TAGS = [
    "div",
    "p",
    "span",
    "a",
    "li",
    "ul",
    "figure",
    "figcaption",
    "h1",
    "h2",
    "table",
    "tr",
    "td",
    "article",
    "section",
    "aside",
    "time",
    "script",
    "style",
    "b",
    "br",
]
_WORDS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=40
) | st.sampled_from(
    [
        "Read more: a headline here",
        "Sign up for our newsletter",
        "Share",
        "Advertisement",
        "By Jane Doe",
        "2024-01-02T03:04:05Z",
        " | BBC News",
    ]
)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda tag, cls, kids, closed: (
            f'<{tag} class="{cls}" href="/x" datetime="2024-01-01">'
            + "".join(kids)
            + (f"</{tag}>" if closed else "")
        ),
        st.sampled_from(_TAGS),
        st.sampled_from(_CLASSES),
        st.lists(children, max_size=5),
        st.booleans(),
    )


_HTML_BODY = st.recursive(_WORDS, _element, max_leaves=60)
_HTML_PAGE = st.builds(
    lambda title, meta, body: (
        f"<html><head><title>{title}</title>{meta}</head><body>{body}</body></html>"
    ),
    _WORDS,
    st.sampled_from(
        [
            "",
            '<meta property="og:site_name" content="Example News">',
            '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
            '[{"name": "A B"}], "datePublished": "2024-13-45"}</script>',
            '<script type="application/ld+json">[[[[{"@graph": 5}]]]]</script>',
            '<link rel="canonical" href="http://[bad">',
        ]
    ),
    _HTML_BODY,
)


def _check(raw: RawArticle, options: CoreOptions | None = None) -> dict[str, Any] | None:
    """Run the core; a result must be well formed, an error must be the typed one."""
    try:
        record = enrich_article(raw, options or CoreOptions())
    except ExtractionError:
        return None
    assert isinstance(record["paragraphs"], list)
    assert all(isinstance(p, str) and p for p in record["paragraphs"])
    assert record["body"] == "\n\n".join(record["paragraphs"])
    assert isinstance(record["captions"], list)
    assert record["published_at"] is None or record["published_at"][:4].isdigit()
    return record


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_arbitrary_strings_as_html(content: str) -> None:
    _check(RawArticle(content=content, mode="html"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_arbitrary_strings_as_text(content: str) -> None:
    _check(RawArticle(content=content, mode="text"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HTML_PAGE, st.sampled_from([None, "https://example.com/news/2024/01/02/story", "::"]))
def test_generated_html_pages(page: str, url: str | None) -> None:
    _check(RawArticle(content=page, mode="html", url=url))


def _binary_junk() -> str:
    rng = random.Random(7)
    return bytes(rng.randrange(256) for _ in range(300_000)).decode("latin-1")


PATHOLOGICAL = {
    "over the size limit": "<p>" + "word " * 1_100_000,
    "one huge paragraph": "<html><body><p>" + "word " * 200_000 + "</p></body></html>",
    "one huge word": "<html><body><p>" + "a" * 3_000_000 + "</p></body></html>",
    "100,000-deep divs": "<div>" * 100_000 + "deep" + "</div>" * 100_000,
    "100,000-deep unclosed inline tags": "<b><i>" * 50_000 + "text",
    "binary junk": _binary_junk(),
    "lone surrogates": "<p>" + "\ud800\udfff\ud83d" * 20_000 + "</p>",
    "only control characters": "\x00\x01\x02\x03" * 1000,
    "a million angle brackets": "<" * 1_000_000,
    "unterminated attributes": '<a href="' * 200_000,
    "regex bait: sign-up words": "<p>" + "sign up " * 50_000 + "newsletter</p>",
    "regex bait: read-more prefix": "<p>Read more: " + "x " * 100_000 + "</p>",
    "regex bait: title separators": "<title>" + "a - " * 100_000 + "</title><p>text here</p>",
    "a headline of separators": "<h1>" + "a - " * 100_000 + "</h1><p>text here</p>",
    # a word two of a pattern's alternatives read ("ON" as a word and as capitals) doubled the
    # ways to try per word: 2^40 here
    "regex bait: a dated source line of capitals": "<p>Associated Press - January 10, 2008 "
    + "ON " * 40
    + "!x</p>",
    # many siblings: XPath's sibling and parent axes made these quadratic (a minute each)
    "45,000 paragraphs in one container": "<div>" + "<p>A sentence of the story.</p>" * 45_000,
    "45,000 lines broken in one container": "<div>" + "A sentence of the story.<br>" * 45_000,
    "20,000 sub-headings over paragraphs": "<div>" + "<h3>A heading</h3><p>A line.</p>" * 20_000,
    "too many elements": "<html><body>" + "<span>a</span>" * 100_000 + "</body></html>",
    "deep JSON-LD": '<script type="application/ld+json">'
    + "[" * 100_000
    + "]" * 100_000
    + "</script><p>hello there</p>",
    # a script state's rich text nested 40 deep: each level's words once read anew
    "nested script state": '<script type="application/json">{"body": '
    + '[{"children": ' * 40
    + '["A sentence of the story, long enough to be one."]'
    + "}]" * 40
    + "}</script>",
    "deep script state": '<script type="application/json">' + "[" * 100_000 + "</script>",
    "comment bomb": "<!--" * 100_000,
    # search-engine fences and ad sections never closed, with unclosed scripts inside
    "fence bomb": "<p>A line of the story.</p>" + "<!--googleoff: index--><script " * 100_000,
    "ad section bomb": "<p>A line.</p>" + "<!-- google_ad_section_start --><!-- " * 100_000,
    "CDATA bomb": "<![CDATA[" * 100_000,
    "empty": "",
    # one-line pages are cut into sentences and menus: a million of each
    "one line of a million sentences": "A. " * 1_000_000,
    "one line of a million menu items": "Word | " * 500_000,
    "markdown link bomb": "[a](b)" * 300_000 + "![" * 100_000,
    # twice-encoded sequences, each decoded by a Python call: 49,000 repaired, 2 million not
    "twice-encoded story": "<p>" + "caf\u00c3\u00a9 \u00e2\u20ac\u201d " * 24_500 + "</p>",
    "twice-encoded bomb": "<p>" + "\u00c2\u00a0" * 2_000_000 + "</p>",
    # images with a sentence of alt text, each beside a wrapper holding the rest of the page
    # (a caption candidate once read whole per image)
    "alt text beside nested wrappers": "".join(
        f'<div><img alt="a man walks his dog on the beach at dawn {n}"><p>{"word " * 50}</p>'
        for n in range(5_000)
    ),
}


# Each takes a few seconds at most; a minute means a quadratic step (a title of 100,000
# separators once took 50 s), long before the limit of a hung process.
@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
@pytest.mark.parametrize("mode", ["html", "text"])
def test_pathological_input(name: str, mode: str) -> None:
    _check(RawArticle(content=PATHOLOGICAL[name], mode=mode))  # type: ignore[arg-type]


def test_limits_are_settings() -> None:
    page = "<html><body>" + "<p>A sentence of the story.</p>" * 200 + "</body></html>"
    assert _check(RawArticle(content=page, mode="html")) is not None
    with pytest.raises(ExtractionError):
        enrich_article(RawArticle(content=page, mode="html"), CoreOptions(max_input_chars=100))
    with pytest.raises(ExtractionError):
        enrich_article(RawArticle(content=page, mode="html"), CoreOptions(max_html_elements=50))
