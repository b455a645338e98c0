"""Lists and sub-headings put back into a body the extraction took paragraphs-only."""

from __future__ import annotations

from lxml import html as lxml_html

from consumer.core.html.structure import restore_structure

INTRO = "Saving starts with a plan that fits the money you have each month."
STEPS = "Follow these three steps to set up the plan."
AFTER = "Review the plan every spring and adjust the amounts you put aside."


def _page(
    *, heading: str = "Step one: write a budget", list_html: str | None = None
) -> lxml_html.HtmlElement:
    listing = list_html or (
        "<ul><li>Write down what comes in.</li><li>Write down what goes out.</li>"
        "<li>Keep what is left for savings.</li></ul>"
    )
    return lxml_html.fromstring(
        f"<html><body><div><p>{INTRO}</p><h2>{heading}</h2><p>{STEPS}</p>{listing}"
        f"<h3>Step two: review</h3><p>{AFTER}</p></div></body></html>"
    )


def test_lists_and_headings_return_beside_their_paragraphs() -> None:
    restored = restore_structure(_page(), [INTRO, STEPS, AFTER])
    assert restored == [
        INTRO,
        "Step one: write a budget",
        STEPS,
        "- Write down what comes in.",
        "- Write down what goes out.",
        "- Keep what is left for savings.",
        "Step two: review",
        AFTER,
    ]


def test_a_body_that_kept_a_list_item_gets_no_list_back() -> None:
    lines = [INTRO, STEPS, "- Write down what comes in.", AFTER]
    restored = restore_structure(_page(), lines)
    assert [line for line in restored if line.startswith("- ")] == ["- Write down what comes in."]


def test_a_body_that_kept_a_sub_heading_gets_no_other_back() -> None:
    lines = [INTRO, "Step one: write a budget", STEPS, AFTER]
    restored = restore_structure(_page(), lines)
    assert "Step two: review" not in restored
    assert restored.count("Step one: write a budget") == 1


def test_a_list_of_links_is_navigation_and_stays_out() -> None:
    links = (
        '<ul><li><a href="/a">Savings accounts compared</a></li>'
        '<li><a href="/b">Credit cards for students</a></li></ul>'
    )
    restored = restore_structure(_page(list_html=links), [INTRO, STEPS, AFTER])
    assert not any(line.startswith("- ") for line in restored)


def test_a_gallery_of_pictures_stays_out() -> None:
    gallery = (
        '<ul><li><figure><img src="x.jpg"><figcaption>The office at night, seen from the '
        "street</figcaption></figure></li></ul>"
    )
    restored = restore_structure(_page(list_html=gallery), [INTRO, STEPS, AFTER])
    assert not any(line.startswith("- ") for line in restored)


def test_a_list_beside_a_paragraph_outside_the_body_stays_out() -> None:
    assert restore_structure(_page(), [INTRO, AFTER]) == [
        INTRO,
        "Step two: review",
        AFTER,
    ]


def test_a_headed_list_after_a_body_paragraph_returns_even_when_others_were_kept() -> None:
    tree = lxml_html.fromstring(
        f"<html><body><div><h2>Why save</h2><p>{INTRO}</p><ul><li>Rent</li><li>Food</li></ul>"
        f"<p>{STEPS}</p><h3>What to avoid:</h3><ul><li>Fees you do not need.</li>"
        f"<li>Debt at high interest.</li></ul><p>{AFTER}</p></div></body></html>"
    )
    lines = ["Why save", INTRO, "- Rent", "- Food", STEPS, AFTER]
    assert restore_structure(tree, lines) == [
        "Why save",
        INTRO,
        "- Rent",
        "- Food",
        STEPS,
        "What to avoid:",
        "- Fees you do not need.",
        "- Debt at high interest.",
        AFTER,
    ]


def test_a_headed_list_is_left_out_when_the_body_skips_past_it() -> None:
    tree = lxml_html.fromstring(
        f"<html><body><div><h2>Why save</h2><p>{INTRO}</p><h3>Offers</h3><ul><li>Open an "
        f"account today.</li></ul><p>{STEPS}</p></div></body></html>"
    )
    lines = ["Why save", INTRO, "- Kept item", AFTER, STEPS]
    assert restore_structure(tree, lines) == lines


def test_empty_spacer_paragraphs_between_blocks_are_looked_through() -> None:
    spacer = "<p>\u200d</p><!-- spacing --><p>\u00a0</p>"
    tree = lxml_html.fromstring(
        f"<html><body><div><h2>Why save</h2><p>{INTRO}</p><ul><li>Rent</li></ul>"
        f"<p>{STEPS}</p>{spacer}<ul><li>Fees you do not need.</li></ul>{spacer}"
        f"<p>{AFTER}</p></div></body></html>"
    )
    lines = ["Why save", INTRO, "- Rent", STEPS, AFTER]
    assert restore_structure(tree, lines) == lines  # the body kept a list item already
    restored = restore_structure(tree, ["Why save", INTRO, STEPS, AFTER])
    assert restored == ["Why save", INTRO, "- Rent", STEPS, "- Fees you do not need.", AFTER]
