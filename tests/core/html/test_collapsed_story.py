"""The rest of a story folded under a "Read more" button (made-up pages)."""

from __future__ import annotations

import pytest

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.options import DEFAULT_OPTIONS

_STORY = [
    "The regional hospital will close its maternity ward at the end of January, leaving "
    "mothers in three valleys an hour's drive from the nearest delivery room.",
    "The director said the ward had struggled to recruit midwives for two years and that "
    "safety could no longer be guaranteed with the staff it had left.",
    "Local mayors said they learned of the decision from a press release and called on "
    "the health ministry to step in before the closure takes effect.",
    "The ministry said it would review the plan but gave no timetable for a decision, "
    "and two clinics offered to take over prenatal checkups.",
]


def _paragraphs(first: str, hidden: str, toggle: str) -> list[str]:
    shown = "".join(f"<p>{text}</p>" for text in _STORY[:2])
    rest = "".join(f"<p>{text}</p>" for text in _STORY[2:])
    html = (
        "<html><head><title>Maternity ward to close</title></head><body><article>"
        f"<h1>Maternity ward to close</h1>{shown}{toggle}"
        f'<div class="{first}" style="{hidden}">{rest}</div></article>'
        '<div class="popup" style="display:none"><p>Subscribe today and get unlimited '
        "access to every story for one euro in the first month of your trial.</p></div>"
        "</body></html>"
    )
    return extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS).paragraphs


@pytest.mark.parametrize(
    "toggle", ['<button class="toggle">Read more</button>', '<a href="#">Continue reading »</a>']
)
def test_the_folded_rest_of_a_story_is_body(toggle: str) -> None:
    assert _paragraphs("more-text", "display: none;", toggle) == _STORY


def test_a_hidden_block_without_a_read_more_toggle_stays_out() -> None:
    assert _paragraphs("more-text", "display:none", "<button>Share</button>") == _STORY[:2]
