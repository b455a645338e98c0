"""Line breaks of a page's source inside running text: spaces, not lines of the body."""

from __future__ import annotations

from lxml import etree

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.source_breaks import _wrapped_texts as _WRAPPED_TEXTS
from consumer.core.html.source_breaks import unwrap_source_breaks
from consumer.core.options import DEFAULT_OPTIONS

SENTENCES = [
    "The harbour board met on Tuesday evening to discuss the repairs to the old pier, which",
    "has been closed since the storms of last winter. Engineers told the board that the",
    "work would take at least six months and cost more than the first estimate suggested.",
]


def _page(article: str) -> str:
    return (
        "<html><head><title>Harbour repairs</title></head><body><article>"
        f"<h1>Harbour repairs</h1>{article}</article></body></html>"
    )


def _paragraphs(page: str) -> list[str]:
    raw = RawArticle(content=page, mode="html", url="https://example.org/harbour")
    return extract_html(raw, DEFAULT_OPTIONS).paragraphs


def test_text_wrapped_in_the_source_is_one_line() -> None:
    wrapped = "\n      ".join(SENTENCES)
    story = f"<div>\n      {wrapped}\n    </div>" + "".join(
        f"<p>Paragraph {n}: the council agreed the plan after a long debate "
        "and the work starts next month, the mayor said.</p>"
        for n in range(3)
    )
    paragraphs = _paragraphs(_page(story))
    assert " ".join(SENTENCES) in paragraphs
    assert not any(line in paragraphs for line in SENTENCES)


def test_preformatted_text_keeps_its_lines() -> None:
    story = "".join(
        f"<p>Paragraph {n}: the council agreed the plan after a long debate and the work "
        "starts next month, the mayor said on Tuesday.</p>"
        for n in range(4)
    )
    code = "$ hg init public\n$ hg clone public dev-repo\n$ cd dev-repo"
    paragraphs = _paragraphs(_page(story + f"<pre>{code}</pre>"))
    assert "$ hg init public" in paragraphs
    assert "$ cd dev-repo" in paragraphs


def _body(xml: str) -> etree._Element:
    return etree.fromstring(xml)


def test_only_breaks_inside_one_text_of_the_page_are_unwrapped() -> None:
    page = etree.fromstring(
        "<html><body><div>First block,\n  wrapped once.</div>\n  <div>Second block</div>"
        "<div style='white-space: pre-line'>A poem\n  in lines</div></body></html>"
    )
    # trafilatura runs neighbouring divs together with the indentation between them.
    body = _body(
        "<body><p>First block,\n  wrapped once.\n  Second block</p><p>A poem\n  in lines</p></body>"
    )
    unwrap_source_breaks(body, page)
    assert [p.text for p in body] == [
        "First block, wrapped once.\n  Second block",
        "A poem\n  in lines",
    ]


def test_code_in_the_body_keeps_its_breaks() -> None:
    page = etree.fromstring("<html><body><div>x = 1\n  y = 2</div></body></html>")
    body = _body("<body><code>x = 1\n  y = 2</code></body>")
    unwrap_source_breaks(body, page)
    assert body[0].text == "x = 1\n  y = 2"


def test_lines_repeated_in_code_blocks_stay() -> None:
    story = "".join(
        f"<p>Paragraph {n}: the council agreed the plan after a long debate and the work "
        "starts next month, the mayor said on Tuesday.</p>"
        for n in range(4)
    )
    output = "1 files updated, 0 files merged, 0 files removed, 0 files unresolved"
    blocks = "".join(
        f"<pre><code>$ hg update {n}\n{output}</code></pre>"
        f"<p>Step {n} of the guide explains the update and what the repository looks like.</p>"
        for n in range(3)
    )
    paragraphs = _paragraphs(_page(story + blocks))
    assert paragraphs.count(output) == 3


def test_a_break_beside_an_inline_element_is_a_space() -> None:
    page = etree.fromstring(
        "<html><body><p>But it is an evasion of regulation. As\n    <a href='/x'>Alexis"
        " Madrigal</a>\n    reports, the firm ignored regulators.</p>"
        "<div>Block one\n  </div><div>Block two</div></body></html>"
    )
    body = _body(
        "<body><p>But it is an evasion of regulation. As\n    Alexis Madrigal\n    reports, "
        "the firm ignored regulators.</p><p>Block one\n  Block two</p></body>"
    )
    unwrap_source_breaks(body, page)
    assert [p.text for p in body] == [
        "But it is an evasion of regulation. As Alexis Madrigal reports, the firm ignored "
        "regulators.",
        "Block one\n  Block two",
    ]


def test_a_page_of_hundreds_of_wrapped_blocks_is_unwrapped_block_by_block() -> None:
    # 400 wrapped blocks: too many to search every body text for every one of them, so
    # each body text is matched whole (the work stays linear in the page).
    story = "".join(
        f"<div>\n  Block {n}: {SENTENCES[0]}\n  {SENTENCES[1]}\n</div>" for n in range(400)
    )
    paragraphs = _paragraphs(_page(story))
    assert len(paragraphs) == 400
    assert paragraphs[7] == f"Block 7: {SENTENCES[0]} {SENTENCES[1]}"


def test_a_wrapped_text_that_opens_a_longer_one_does_not_hide_it() -> None:
    # The <title> is wrapped like the paragraph it opens: the whole paragraph is unwrapped.
    title = f"{SENTENCES[0]}\n      {SENTENCES[1][:20]}"
    paragraph = "\n      ".join(SENTENCES)
    page = etree.fromstring(
        f"<html><head><title>{title}</title></head><body><p>{paragraph}</p></body></html>"
    )
    body = _body(f"<body><p>{paragraph}</p></body>")
    unwrap_source_breaks(body, page)
    assert body[0].text == " ".join(SENTENCES)


def test_every_wrapped_text_inside_a_body_text_is_unwrapped() -> None:
    # Two wrapped blocks of the page run together in one body text; a third block, longer
    # than that text, and a fourth absent from it change nothing.
    page = etree.fromstring(
        "<html><body><div>Alpha beta,\n  gamma.</div><div>Delta\n  epsilon</div>"
        f"<div>{SENTENCES[0]}\n  {SENTENCES[1]}</div><div>Zeta\n  eta</div></body></html>"
    )
    body = _body(
        "<body><p>Alpha beta,\n  gamma. Delta\n  epsilon</p><p>Delta\n  epsilon</p>"
        "<p>Theta\n  iota</p></body>"
    )
    unwrap_source_breaks(body, page)
    assert [p.text for p in body] == [
        "Alpha beta, gamma. Delta epsilon",
        "Delta epsilon",
        "Theta\n  iota",
    ]


def test_only_texts_with_more_than_spaces_are_wrapped_texts() -> None:
    from consumer.core.html.source_breaks import _wrapped_texts

    page = etree.fromstring(
        "<html>\n  <body>\n    <div>\n\u00a0\n</div>\n    <div>\t\r\n \n</div>\n"
        "    <p>Wrapped\n      once</p>\n  </body>\n</html>"
    )
    assert _wrapped_texts(page) == {"Wrapped\n      once": "Wrapped once"}


def test_wrapped_texts_whose_inner_words_no_body_text_holds_are_left_out() -> None:
    from consumer.core.html.source_breaks import _wrapped_texts

    page = etree.fromstring(
        "<html><body><p>Alpha beta\n  gamma delta</p><p>Other\n  words here</p>"
        "<p>Two\n  words</p></body></html>"
    )
    every = {
        "Alpha beta\n  gamma delta": "Alpha beta gamma delta",
        "Other\n  words here": "Other words here",
        "Two\n  words": "Two words",
    }
    assert _wrapped_texts(page) == every
    # (its first and last words may be parts of the body text's words)
    assert _wrapped_texts(page, ["xAlpha beta gamma deltay"]) == {
        "Alpha beta\n  gamma delta": "Alpha beta gamma delta",
        "Two\n  words": "Two words",
    }


def test_with_too_many_searches_every_wrapped_text_is_kept() -> None:
    from consumer.core.html import source_breaks

    page = etree.fromstring(
        "<html><body>"
        + "".join(f"<p>Block {i} of\n  the page</p>" for i in range(30))
        + "</body></html>"
    )
    texts = ["Nothing alike"] * (source_breaks._MAX_SEARCHES // 30 + 1)
    assert len(source_breaks._wrapped_texts(page, texts)) == 30
    assert source_breaks._wrapped_texts(page, texts[:10]) == {}


def _every_wrapped_text(page: etree._Element, found_in: list[str] | None = None) -> dict[str, str]:
    return _WRAPPED_TEXTS(page)


def test_leaving_out_wrapped_texts_no_body_text_can_hold_changes_no_body() -> None:
    import random

    from consumer.core.html import source_breaks

    chooser = random.Random(11)
    words = ("alpha", "beta", "gamma", "delta", "x", "y.", "Zeta,")
    gaps = (" ", "\n  ", "\n", " \n\t", "  ")

    def wrapped() -> str:
        count = chooser.randint(1, 5)
        return "".join(w + chooser.choice(gaps) for w in chooser.choices(words, k=count))[:-1]

    for _ in range(300):
        blocks = [wrapped() for _ in range(chooser.randint(1, 6))]
        page = etree.fromstring(
            "<html><body>" + "".join(f"<div>{block}</div>" for block in blocks) + "</body></html>"
        )
        texts = [
            " ".join(chooser.sample(blocks, chooser.randint(1, len(blocks)))) + " tail\nend"
            for _ in range(3)
        ]
        markup = "".join(f"<p>{text}</p>" for text in texts)
        filtered, every = _body(f"<body>{markup}</body>"), _body(f"<body>{markup}</body>")
        source_breaks.unwrap_source_breaks(filtered, page)
        try:
            source_breaks._wrapped_texts = _every_wrapped_text  # type: ignore[assignment]
            source_breaks.unwrap_source_breaks(every, page)
        finally:
            source_breaks._wrapped_texts = _WRAPPED_TEXTS
        assert [p.text for p in filtered] == [p.text for p in every]
