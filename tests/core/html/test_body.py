"""The body stage: what the trafilatura passes are given."""

from __future__ import annotations

import pytest
from lxml import etree
from lxml.html import HtmlElement

from consumer.core.html import body as body_module
from consumer.core.html.parse import parse_page
from consumer.core.options import CoreOptions

STORY = [
    f"Paragraph {n} of the story about the harbour repairs, long enough to be the body. "
    "The council met on Tuesday and agreed the plan after a long debate."
    for n in range(6)
]


def _fake_passes(
    monkeypatch: pytest.MonkeyPatch,
    fast_lines: list[str],
    full_lines: list[str],
    *,
    wild_text: bool = False,
    may_shorten: bool = True,
    full_wild_text: bool = False,
) -> list[bool]:
    """Make trafilatura's fast pass give ``fast_lines`` (no story container found when
    ``wild_text``; ``may_shorten``: the full mode may give a shorter body) and its full
    mode ``full_lines`` (loose text too when ``full_wild_text``); the modes run are
    recorded in order."""
    modes: list[bool] = []

    def passes(
        tree: HtmlElement,
        url: str | None,
        *,
        fast: bool,
        names: object,
        code_lines: object = None,
        main: object = None,
        cell_lines: object = None,
    ) -> body_module.TrafilaturaPass:
        modes.append(fast)
        lines = fast_lines if fast else full_lines
        wild = wild_text if fast else full_wild_text
        return body_module.TrafilaturaPass(lines, wild, may_shorten and fast)

    monkeypatch.setattr(body_module, "_trafilatura_lines", passes)
    # The vote of readability_vote (tested there and below) is left out of these.
    monkeypatch.setattr(body_module, "lines_readability_holds", lambda tree, lines: lines)
    return modes


def _story_page() -> HtmlElement:
    story = "".join(f"<p>{line}</p>" for line in STORY)
    return parse_page(f"<html><body>{story}</body></html>", CoreOptions(), [])


def test_fast_pass_reads_the_tree_without_the_sections_trafilatura_deletes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[bool, str]] = []

    def record(
        tree: HtmlElement,
        url: str | None,
        *,
        fast: bool,
        names: object,
        code_lines: object = None,
        main: object = None,
        cell_lines: object = None,
    ) -> body_module.TrafilaturaPass:
        seen.append((fast, etree.tostring(tree, encoding="unicode")))
        return body_module.TrafilaturaPass(STORY, wild_text=False)

    monkeypatch.setattr(body_module, "_trafilatura_lines", record)
    story = "".join(f"<p>{line}</p>" for line in STORY)
    page = (
        "<html><head><title>Harbour</title></head><body>"
        '<nav><ul><li><a href="/">Home</a></li><li><time>Today</time></li></ul></nav>'
        f"<article><h1>Harbour repairs begin</h1>{story}<button>Share</button> after</article>"
        "<aside><p>An aside with a paragraph stays.</p><label>Search</label></aside>"
        "<footer><h1>Site name</h1></footer><footer>Copyright</footer></body></html>"
    )
    warnings: list[str] = []
    tree = parse_page(page, CoreOptions(), warnings)
    before = etree.tostring(tree)
    lines = body_module.extract_body_lines(tree, None, CoreOptions(), warnings)
    assert lines == STORY
    [(fast, read)] = seen
    assert fast
    for gone in ("<head>", "<nav>", "<button>", "Copyright", "<label>"):
        assert gone not in read
    # The text after a section stays; a section holding a paragraph or a headline stays.
    assert "</p> after</article>" in read
    assert "<aside><p>An aside with a paragraph stays.</p></aside>" in read
    assert "<footer><h1>Site name</h1></footer>" in read
    assert etree.tostring(tree) == before  # the later stages read the whole page


@pytest.mark.parametrize(
    ("retry", "kept"),
    [
        # A sidebar's tweet, a little longer than a four-line post: the post stays.
        (["A reader's tweet about a film, longer than the post."], "post"),
        # The whole story, where the first pass found only its opening lines: it wins.
        (STORY, "retry"),
    ],
)
def test_the_retry_replaces_a_short_body_only_when_much_longer(
    monkeypatch: pytest.MonkeyPatch, retry: list[str], kept: str
) -> None:
    post = ["A short post.", "Two lines of verse,", "and a reply."]
    _fake_passes(monkeypatch, post, retry)
    tree = parse_page("<html><body><p>x</p></body></html>", CoreOptions(), [])
    lines = body_module.extract_body_lines(tree, None, CoreOptions(), [])
    assert lines == (post if kept == "post" else retry)


def test_the_retry_keeps_the_paragraphs_of_the_first_body_it_lacks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lead = (
        "The harbour wall will be rebuilt next spring, the council said on Tuesday, after "
        "storms left a gap of twenty metres."
    )
    first = [lead, "Share this", STORY[0], "- a list item the retry left out of the story"]
    _fake_passes(monkeypatch, first, STORY)
    # A page with much more paragraph text than the first body: short, extracted again.
    lines = body_module.extract_body_lines(_story_page(), None, CoreOptions(), [])
    # The lead goes back at the start; a label and a list item of the first body do not.
    assert lines == [lead, *STORY]


MENU = ["Home", "World news", "Sport", "Weather", "Most read: a storm hits the coast"]


@pytest.mark.parametrize(
    ("retry", "kept"),
    [
        # The full mode found the story's block: it replaces the page's loose paragraphs.
        (STORY, "retry"),
        # It took a longer block (a sidebar's): the loose paragraphs stay.
        ([*MENU, *STORY, "About this site: " + "we write about towns. " * 20], "first"),
    ],
)
def test_loose_paragraphs_give_way_to_the_full_modes_shorter_pick(
    monkeypatch: pytest.MonkeyPatch, retry: list[str], kept: str
) -> None:
    first = [*MENU, *STORY, "Copyright 2008 The Town Paper. All rights reserved."]
    _fake_passes(monkeypatch, first, retry, wild_text=True)
    warnings: list[str] = []
    lines = body_module.extract_body_lines(_story_page(), None, CoreOptions(), warnings)
    assert lines == (retry if kept == "retry" else first)
    assert any("no story container" in w for w in warnings) is (kept == "retry")


@pytest.mark.parametrize("full_wild_text", [False, True])
def test_loose_paragraphs_give_way_to_a_much_longer_block_the_full_mode_picked(
    monkeypatch: pytest.MonkeyPatch, full_wild_text: bool
) -> None:
    # The loose paragraphs held two paragraphs of the story among the menus; readability
    # or jusText (the full mode's body is then no loose text) found the story's block.
    first = [*MENU, STORY[0], STORY[1], "About us", "Subscribe from $29 a year"]
    _fake_passes(monkeypatch, first, STORY, wild_text=True, full_wild_text=full_wild_text)
    # (A page holding just those paragraphs: the first body is not short against it.)
    page = parse_page(
        "<html><body>" + "".join(f"<p>{line}</p>" for line in first) + "</body></html>",
        CoreOptions(),
        [],
    )
    warnings: list[str] = []
    lines = body_module.extract_body_lines(page, None, CoreOptions(), warnings)
    # Loose text again, if longer, is no better: the first body stays.
    assert lines == (first if full_wild_text else STORY)
    assert any("no story container" in w for w in warnings) is not full_wild_text


def test_loose_paragraphs_that_are_all_story_are_not_extracted_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    modes = _fake_passes(monkeypatch, STORY, STORY[:2], wild_text=True)
    assert body_module.extract_body_lines(_story_page(), None, CoreOptions(), []) == STORY
    assert modes == [True]  # no menus or teaser lines among them: no full-mode pass


def test_loose_paragraphs_the_full_mode_cannot_shorten_are_not_extracted_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = [*MENU, *STORY]
    modes = _fake_passes(monkeypatch, first, STORY, wild_text=True, may_shorten=False)
    assert body_module.extract_body_lines(_story_page(), None, CoreOptions(), []) == first
    assert modes == [True]


def test_loose_paragraphs_with_furniture_keep_what_readability_s_pick_holds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (No full-mode retry: the fast pass says it could not shorten the body.)
    loose = body_module.TrafilaturaPass(
        [*MENU, *STORY], wild_text=True, full_mode_may_shorten=False
    )
    monkeypatch.setattr(body_module, "_trafilatura_lines", lambda *_, **__: loose)
    assert body_module.extract_body_lines(_story_page(), None, CoreOptions(), []) == STORY


def test_a_paragraph_of_the_first_body_goes_back_after_the_line_it_followed() -> None:
    first = [STORY[0], STORY[1], STORY[2]]
    retry = [STORY[0], STORY[2], STORY[3]]
    assert body_module._with_paragraphs_of(first, retry) == [*STORY[:4]]
