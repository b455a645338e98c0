"""What an embedded post or video leaves around it (made-up stories): the platform's and
the player's furniture leaves in both modes, the story's closing paragraph under the embed
stays, and the post's own words stay."""

from __future__ import annotations

import pytest

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.options import DEFAULT_OPTIONS
from consumer.core.text import extract_text

_HEAD = (
    "Harbour council approves new ferry route | Coastline Daily\n\nBy Maria Jensen\n"
    "March 4, 2026\n\nThe harbour council voted on Tuesday night to approve a new ferry "
    "route linking the north quay with the island of Vell, ending a long debate.\n\n"
    "The vote drew a quick response from the island's residents, who had campaigned for "
    "the service for years.\n\n"
)
_CLOSING = "The port authority will now open a tender for an operator."


@pytest.mark.parametrize(
    ("embed", "furniture"),
    [
        ("View this post on Instagram\n\nA post shared by Vell Life (@vell.life)",
         "View this post on Instagram"),
        ("Ferry debate: the full council meeting\n\nWatch on YouTube\n\nWatch later",
         "Watch on YouTube"),
        ("@vell.life\n\nThe ferry is coming!! #vell\n\n♬ original sound - Vell Life",
         "♬ original sound - Vell Life"),
        ("This content is provided by Twitter. To view it, you need to accept cookies.",
         "This content is provided by Twitter."),
        ("Empfohlener externer Inhalt\n\nAn dieser Stelle finden Sie einen externen Inhalt "
         "von X, der den Artikel ergänzt.", "Empfohlener externer Inhalt"),
    ],
)  # fmt: skip
def test_an_embeds_furniture_leaves_a_text_and_the_closing_stays(
    embed: str, furniture: str
) -> None:
    text = f"{_HEAD}{embed}\n\n{_CLOSING}\n"
    extraction = extract_text(RawArticle(content=text, mode="text"), DEFAULT_OPTIONS)
    assert extraction.paragraphs[-1] == _CLOSING
    assert not any(furniture in p for p in extraction.paragraphs)
    assert extraction.removed["embed"] >= 1


def test_a_tiktok_embeds_sound_line_leaves_a_page() -> None:
    html = (
        "<html><body><article><h1>Harbour council approves new ferry route</h1>"
        "<p>The harbour council voted on Tuesday night to approve a new ferry route linking "
        "the north quay with the island of Vell, ending a long debate.</p>"
        "<blockquote class='tiktok-embed'><section><a href='/@vell.life'>@vell.life</a>"
        "<p>The ferry is coming!!</p><a href='/music/1'>♬ original sound - Vell Life</a>"
        f"</section></blockquote><p>{_CLOSING}</p></article></body></html>"
    )
    extraction = extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS)
    assert not any("♬" in p for p in extraction.paragraphs)
    assert extraction.paragraphs[-1] == _CLOSING
    assert extraction.removed["embed"] == 1


@pytest.mark.parametrize(
    "line",
    [
        "Watch on as the ferry leaves the quay for the first time this spring.",
        "The post was provided by the council's press office on Tuesday.",
        "Residents were asked to view the plans at the town hall before the vote.",
    ],
)  # fmt: skip
def test_story_lines_that_name_platforms_stay(line: str) -> None:
    text = f"{_HEAD}{line}\n\n{_CLOSING}\n"
    extraction = extract_text(RawArticle(content=text, mode="text"), DEFAULT_OPTIONS)
    assert line in extraction.paragraphs
