"""Related-story labels set between the story's own paragraphs (made-up pages)."""

from __future__ import annotations

import pytest
from lxml import html

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.inline_headings import drop_related_labels_inside_story
from consumer.core.model import Removals
from consumer.core.options import CoreOptions

STORY = [
    f"Paragraph {i} of a story about the harbour repairs, long enough to count as body "
    "text for any extractor that reads it."
    for i in range(6)
]
REST = [
    "The harbour master said the repairs to the wall would be finished before the storms.",
    "Fishing boats will use the northern quay until then, the council said on Tuesday night.",
]


def _page(label: str, after: list[str]) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>Harbour repairs begin</title></head><body><article>"
        f"<h1>Harbour repairs begin</h1>{paragraphs}{label}"
        + "".join(f"<p>{p}</p>" for p in after)
        + "</article></body></html>"
    )


@pytest.mark.parametrize(
    "label",
    [
        '<p>More from <a href="/author/jane-doe">Jane Doe</a></p>',
        "<p>More From Reuters</p>",
        "<h4>More from the Harbour Gazette</h4>",
    ],
)
@pytest.mark.parametrize("resumed", [1, 2])
def test_a_more_from_label_between_paragraphs_keeps_the_story_after_it(
    label: str, resumed: int
) -> None:
    page = _page(label, REST[:resumed])
    paragraphs = extract_html(RawArticle(content=page, mode="html"), CoreOptions()).paragraphs
    assert paragraphs == STORY + REST[:resumed]


def test_only_a_label_between_two_paragraphs_goes() -> None:
    tree = html.fromstring(
        "<div><p>" + STORY[0] + "</p><p>Related</p><p>" + STORY[1] + "</p>"
        "<p>The harbour news</p><p>" + STORY[2] + "</p>"  # not a related label
        "<section><h3>More from Jane Doe</h3><p>" + STORY[3] + "</p></section></div>"
    )
    removals = Removals()
    drop_related_labels_inside_story(tree, removals)
    texts = [p.text_content() for p in tree.iter("p", "h3")]
    assert "Related" not in texts
    assert "The harbour news" in texts
    assert "More from Jane Doe" in texts  # a box's heading: no paragraph before it
    assert dict(removals.removed) == {"related": 1}


def test_labels_found_by_tag_are_those_of_the_whole_document_xpath() -> None:
    """The candidates are the paragraphs and headings found by tag, then tested with their
    neighbours: the same elements, in the same order, as testing every element of the
    document with XPath (also after a premature ``</html>`` that leaves elements beside the
    root; spaces counted as normalize-space() counts them)."""
    from lxml import etree

    from consumer.core.html.inline_headings import _labels_between_paragraphs

    whole_document = etree.XPath(
        "//*[self::p or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
        "[preceding-sibling::*[1][self::p]][following-sibling::*[1][self::p]]"
        "[string-length(normalize-space(.)) <= $max_chars]"
    )
    page = (
        "<html><body><div><p>One</p><h3>Related</h3><!-- c --><p>Two</p><span>x</span>"
        "<p>Three</p><h2>A heading that is long enough</h2><p>Four</p></div>"
        "<section><p>Five</p><p>Six</p><p>Seven</p><p> \t Sev\u00a0en \n</p><?pi x?>"
        "<p>Eight</p></section></body></html>"
        "<div><p>After</p><h4>More</h4><p>End</p></div>"
    )
    tree = html.document_fromstring(page)
    for max_chars in (5, 6, 40):
        expected = whole_document(tree, max_chars=max_chars)
        found = _labels_between_paragraphs(tree, max_chars)
        assert found == expected
        assert found


def test_squeezed_length_bound_agrees_with_the_substitution() -> None:
    from consumer.core.html.inline_headings import _XML_SPACES, _squeezed_within

    texts = [
        "",
        "Related",
        "  More from\n\n   Jane   Doe \t ",
        "x" * 80,
        " " + "x" * 80 + " ",
        "x " * 40,
        "x  " * 41,
        "word\n" * 30,
        "a\u00a0b " * 30,  # a no-break space is no XML space: it counts
        "A long paragraph of the story, well over the limit of a label. " * 3,
    ]
    for text in texts:
        for limit in (0, 10, 79, 80, 81):
            expected = len(_XML_SPACES.sub(" ", text).strip(" ")) <= limit
            assert _squeezed_within(text, limit) is expected, (text, limit)
