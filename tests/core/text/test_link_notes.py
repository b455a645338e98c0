"""A text browser's dump with link notes: the marks and the notes go, addresses stay."""

from hypothesis import given, settings
from hypothesis import strategies as st

from consumer.core.text.link_notes import link_notes


def test_marks_bullets_and_notes_leave_and_each_links_words_keep_its_address(dump):
    notes = link_notes(dump("lynx_link_notes"))
    assert notes is not None
    assert "[" not in notes.text and "References" not in notes.text
    assert "https://" not in notes.text
    assert "     News\n" in notes.text  # the bullet went, the indent stayed
    assert notes.link_targets["Dredging contract draws three bids"] == (
        "https://harbortimes.example/news/dredging-bids"
    )
    assert notes.removed["markup"] == 12  # one per note


def test_lynx_dump_gives_the_article(extract, dump):
    ext = extract(dump("lynx_link_notes"))
    assert ext.title == "Port expansion wins final approval from state board"
    assert ext.authors == ["Melissa Grant"]  # "By [7]Melissa Grant"
    assert ext.paragraphs[0].startswith("The state coastal commission")
    assert [(r.title, r.url) for r in ext.related] == [
        (
            "Harbor City council backs port bond measure",
            "https://harbortimes.example/news/port-bond",
        ),
        ("Dredging contract draws three bids", "https://harbortimes.example/news/dredging-bids"),
    ]


def test_a_papers_reference_list_is_no_link_notes():
    text = (
        "Earlier studies found the effect in mice [1] and in rats [2], but not in dogs [3].\n\n"
        "References\n\n"
        "1. Smith J. (2020) Effects in mice. Journal of Things 4, 1-9.\n"
        "2. Roe A. (2021) Effects in rats. Journal of Things 5, 2-8.\n"
        "3. Doe B. (2022) No effect in dogs. Journal of Things 6, 3-7.\n"
    )
    assert link_notes(text) is None


def test_numbered_addresses_with_no_marks_above_are_left():
    text = "Some text with no marks.\n\nReferences\n\n1. https://a.example\n2. https://b.example\n"
    assert link_notes(text + "3. https://c.example\n") is None


def test_visible_and_hidden_links_lists_and_image_placeholders_go(extract, dump):
    ext = extract(dump("lynx_visible_links"))
    assert ext.title == "Chipmaker unveils low-power processor for laptops"
    assert ext.authors == ["Tom Reyes"] and ext.published_at == "2026-11-21"
    assert ext.captions == [
        "The new chip on display at a press event in San Jose. Photo: Daily Ledger"
    ]
    assert not any("[" in p or "https://" in p for p in ext.paragraphs)
    # the link's words are "Read more: Chip shortage ...": the label does not part them
    assert [(r.title, r.url) for r in ext.related] == [
        (
            "Chip shortage eases as new plants open",
            "https://dailyledger.example/tech/chip-shortage-eases",
        )
    ]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=60), max_size=8),
    st.lists(st.integers(min_value=1, max_value=40), min_size=3, max_size=8),
)
def test_any_page_with_notes_loses_the_noted_marks(pieces: list[str], numbers: list[int]) -> None:
    page = "\n".join(f"{piece}[{n}]word" for piece, n in zip(pieces, numbers, strict=False))
    notes = "\n".join(f"   {n}. https://e.example/{n}" for n in sorted(set(numbers)))
    found = link_notes(f"{page}\n\nReferences\n\n{notes}\n")
    if found is not None:
        assert not any(f"[{n}]word" in found.text for n in numbers)
