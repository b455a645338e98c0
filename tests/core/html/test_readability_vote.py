"""readability_vote: loose paragraphs keep the lines readability's pick of the page holds."""

from __future__ import annotations

from consumer.core.html.parse import parse_page
from consumer.core.html.readability_vote import MAX_PAGE_CHARS, lines_readability_holds
from consumer.core.options import CoreOptions

STORY = [
    f"Paragraph {n} of the report on the harbour repairs, long enough to be read as the "
    "body. The council met on Tuesday and agreed the plan after a long debate."
    for n in range(6)
]
MENU = ["Home", "Sport", "Weather"]
LEAD = "A standfirst the page sets apart from its story, which readability does not take in."


def _page(more_teasers: int = 0) -> object:
    menu = "".join(f'<li><a href="/{item.lower()}">{item}</a></li>' for item in MENU)
    story = "".join(f"<p>{line}</p>" for line in STORY)
    teaser = '<li><a href="/s/{0}">Other story {0} of the day</a></li>'
    teasers = "".join(map(teaser.format, range(8 + more_teasers)))
    page = (
        f'<html><body><ul class="nav">{menu}</ul><div>{story}</div>'
        f'<ul class="more">{teasers}</ul></body></html>'
    )
    return parse_page(page, CoreOptions(), [])


def test_lines_the_pick_does_not_hold_go() -> None:
    lines = [*MENU, *STORY, "Other story 3 of the day"]
    assert lines_readability_holds(_page(), lines) == STORY


def test_a_line_holding_the_pick_s_words_with_a_few_more_agrees() -> None:
    shared = STORY[0] + " Share this story"
    assert lines_readability_holds(_page(), [*MENU, shared, *STORY[1:]]) == [shared, *STORY[1:]]


def test_paragraphs_just_above_the_pick_s_first_line_stay() -> None:
    boxed = f"| {LEAD} |"  # a paragraph laid out in a table's row of one cell
    lines = [*MENU, boxed, LEAD, *STORY]
    assert lines_readability_holds(_page(), lines) == [boxed, LEAD, *STORY]


def test_a_pick_holding_little_of_the_body_changes_nothing() -> None:
    elsewhere = [f"{LEAD} Part {n} of another text, one the pick never saw." for n in range(12)]
    lines = [*elsewhere, STORY[0]]
    assert lines_readability_holds(_page(), lines) == lines


def test_a_page_of_much_text_is_not_voted_on() -> None:
    lines = [*MENU, *STORY, "Other story 3 of the day"]
    teasers = MAX_PAGE_CHARS // len("Other story 100 of the day")  # the page: over the limit
    assert lines_readability_holds(_page(more_teasers=teasers), lines) == lines


# A short post (two sentences) among a blog's labels, which outweigh it.
POST = [
    "The lighthouse on the north pier was painted again this week.",
    "Its stripes are red and white, as they were a century ago.",
]
LABELS = ["Latest photos", "Harbour walks", "Contact the editor", "Archive by month"]
PROSE = [f"{LEAD} Part {n} of another text, one the pick never saw." for n in range(3)]


def _short_post_page() -> object:
    items = "".join(f"<li><a href='/{n}'>{label}</a></li>" for n, label in enumerate(LABELS))
    post = "".join(f"<p>{line}</p>" for line in POST)
    page = f"<html><body><ul>{items}</ul><div class='post'>{post}</div></body></html>"
    return parse_page(page, CoreOptions(), [])


def test_a_short_post_s_pick_among_furniture_is_kept_alone() -> None:
    assert lines_readability_holds(_short_post_page(), [*LABELS, *POST]) == POST


def test_prose_left_out_within_the_run_changes_nothing() -> None:
    lines = [*LABELS, POST[0], PROSE[0], POST[1]]
    assert lines_readability_holds(_short_post_page(), lines) == lines


def test_prose_just_above_the_run_changes_nothing() -> None:
    lines = [*LABELS, PROSE[0], "A sub-heading", *POST]  # the pick starts the story late
    assert lines_readability_holds(_short_post_page(), lines) == lines


def test_more_prose_left_out_than_kept_changes_nothing() -> None:
    cells = [f"| {n} | {line} |" for n, line in enumerate(PROSE)]  # prose in a row's cell
    lines = [*POST, "Related", *cells]
    assert lines_readability_holds(_short_post_page(), lines) == lines


def test_a_longer_pick_holding_little_of_the_body_changes_nothing_even_in_one_run() -> None:
    rows = [f"| {n} days ago | | The harbour team wins game {n} of the season |" for n in range(24)]
    lines = [*MENU, *rows[:12], *STORY, *rows[12:]]
    assert lines_readability_holds(_page(), lines) == lines


def test_a_body_of_one_line_or_none_is_left_as_it_is() -> None:
    assert lines_readability_holds(_page(), []) == []
    assert lines_readability_holds(_page(), ["Other story 3 of the day"]) == [
        "Other story 3 of the day"
    ]
    assert lines_readability_holds(_page(), [STORY[0]]) == [STORY[0]]
