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


def test_blocks_beside_lists_and_headings_are_those_the_xpath_finds() -> None:
    """The neighbours read in Python are those the XPath form found: paragraphs before a
    list (not a gallery), sub-headings after a paragraph and before a list, sub-headings
    before a paragraph, looking through up to two empty paragraphs and comments."""
    from lxml import etree

    from consumer.core.html import structure

    invisible = "\u200b\u200c\u200d\ufeff\u00a0"
    spacer = f"self::p[translate(normalize-space(.), '{invisible}', '') = '']"

    def sibling_is(axis: str, test: str) -> str:
        first, second, third = (f"{axis}::*[{n}]" for n in (1, 2, 3))
        return (
            f"({first}[{test}] or {first}[{spacer}] and ({second}[{test}] or "
            f"{second}[{spacer}] and {third}[{test}]))"
        )

    story_list = "(self::ul or self::ol) and not(.//figure or .//img or .//figcaption)"
    before_lists = etree.XPath(
        "//*[self::ul or self::ol]/preceding-sibling::*[position() <= 3][self::p]"
        f"[{sibling_is('following-sibling', story_list)}]"
    )
    headings = "//*[self::h2 or self::h3 or self::h4]"
    headed_lists = etree.XPath(
        f"{headings}[{sibling_is('preceding-sibling', 'self::p')}]"
        f"[{sibling_is('following-sibling', story_list)}]"
    )
    before_paragraphs = etree.XPath(f"{headings}[{sibling_is('following-sibling', 'self::p')}]")
    page = lxml_html.document_fromstring(
        "<div><p>One</p><ul><li>a</li></ul><p>Two</p><p>\u200b</p><p> </p><ol><li>b</li></ol>"
        "<p>Three</p><p></p><p></p><p></p><ul><li>too far</li></ul>"
        "<p>Four</p><ul><li><img src='/g.jpg'></li></ul>"
        "<p>Five</p><!-- c --><h3>Heading</h3><ul><li>c</li></ul><h2>Over</h2><p>Six</p>"
        "<h3>Lead</h3><!-- c --><p></p><div>d</div>"
        "<p>Eight</p><h2>L</h2><p> </p><ul><li>e</li></ul>"
        "<h4>Last</h4><p>\u00a0</p><p>Seven</p><section><p>In</p><ol><li>d</li></ol></section></div>"
    )
    lists = list(page.iter("ul", "ol"))
    subheadings = list(page.iter("h2", "h3", "h4"))
    found_paragraphs = structure._paragraphs_before_lists(page, lists)
    assert found_paragraphs == before_lists(page)
    assert len(found_paragraphs) == 9  # (with the empty paragraphs between)
    found_headed = structure._headed_lists(subheadings)
    assert found_headed == headed_lists(page) != []
    found_over = structure._headings_before_paragraphs(subheadings)
    assert found_over == before_paragraphs(page) != []


LISTICLE_OPEN = "We tried every pair of boots in the shop over one wet winter."
FIRST_ENTRY = "The first pair kept our feet dry on every walk to the station."
SECOND_ENTRY = "The second pair was lighter but let the rain in after a month."


def _listicle(*, between: str = "") -> lxml_html.HtmlElement:
    return lxml_html.fromstring(
        f"<html><body><article><p>{LISTICLE_OPEN}</p><h2>Our picks</h2>"
        f"<p>{FIRST_ENTRY}</p>{between}<h3><span>2. Harbour Rainboot</span></h3>"
        f"<p>{SECOND_ENTRY}</p></article></body></html>"
    )


def test_a_sub_heading_between_two_consecutive_paragraphs_returns() -> None:
    lines = [LISTICLE_OPEN, "Our picks", FIRST_ENTRY, SECOND_ENTRY]
    restored = restore_structure(_listicle(), lines)
    assert restored == [
        LISTICLE_OPEN,
        "Our picks",
        FIRST_ENTRY,
        "2. Harbour Rainboot",
        SECOND_ENTRY,
    ]


def test_a_sub_heading_after_a_block_the_body_left_out_stays_out() -> None:
    box = "<p>Sign up for our weekly newsletter about shoes and boots.</p>"
    lines = [LISTICLE_OPEN, "Our picks", FIRST_ENTRY, SECOND_ENTRY]
    restored = restore_structure(_listicle(between=box), lines)
    assert "2. Harbour Rainboot" not in restored


def test_a_box_heading_beside_the_story_stays_out() -> None:
    page = lxml_html.fromstring(
        f"<html><body><article><p>{LISTICLE_OPEN}</p><h2>Our picks</h2>"
        f"<p>{FIRST_ENTRY}</p><div class='related'><h3>More from the shop</h3>"
        f"<p>{SECOND_ENTRY}</p></div></article></body></html>"
    )
    restored = restore_structure(page, [LISTICLE_OPEN, "Our picks", FIRST_ENTRY, SECOND_ENTRY])
    assert "More from the shop" not in restored
