"""Properties over arbitrary text, and pathological inputs that must not hang or crash."""

from __future__ import annotations

import pickle
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consumer.contract import RawArticle
from consumer.core.model import Extraction
from consumer.core.options import DEFAULT_OPTIONS
from consumer.core.text import extract_text

_WORDS = [
    "the", "minister", "said", "PREV", "NEXT", "By", "Jane", "Doe", "(pictured)", "read",
    "more", "from", "dailymail.....", "Share", "cookies", "Published:", "10:32", "GMT,",
    "1", "January", "2023", "...", "trends", "now", "|", "-", "MSN", "Advertisement", "der",
    "und", "le", "la", "el", "—", "«", "»", "Comments", "12", "on", "at", "said:",
]  # fmt: skip

line = st.lists(st.sampled_from(_WORDS), min_size=0, max_size=25).map(" ".join)
newsy_text = st.lists(
    st.one_of(line, st.just(""), st.text(max_size=80)), min_size=0, max_size=40
).map("\n".join)


def _run(text: str) -> Extraction:
    return extract_text(RawArticle(content=text, mode="text"), DEFAULT_OPTIONS)


def _check_invariants(text: str, ext: Extraction) -> None:
    caption_set = set(ext.captions)
    assert not caption_set & set(ext.paragraphs), "a caption is also a paragraph"
    assert len(ext.captions) == len(caption_set), "a caption appears twice"
    assert all(p and p == p.strip() and "\n" not in p for p in ext.paragraphs)
    assert ext.title is None or ext.title not in ext.paragraphs
    assert all(count > 0 for count in ext.removed.values())
    assert set(ext.removed_chars) == set(ext.removed)
    assert ext.published_at is None or any(ch.isdigit() for ch in text)
    pickle.loads(pickle.dumps(ext))  # results cross process boundaries


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(newsy_text)
def test_any_text_gives_a_consistent_result(text):
    ext = _run(text)
    _check_invariants(text, ext)
    assert _run(text) == ext  # deterministic


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_unicode(text):
    _check_invariants(text, _run(text))


def test_binary_junk():
    rng = random.Random(7)
    junk = bytes(rng.randrange(256) for _ in range(200_000)).decode("latin-1")
    _check_invariants(junk, _run(junk))


def test_regex_bomb_lines_finish():
    # Long runs that would make nested quantifiers backtrack exponentially.
    bombs = [
        "By " + "A" * 50_000,
        "cookie " * 20_000 + "!",
        "a" * 200_000,
        "Published: " + "1" * 100_000,
        ("PREV " + "x " * 5_000) * 3,
        "read more from " + "." * 100_000,
        "(" * 50_000 + ")" * 50_000,
        " - ".join(["Word"] * 20_000),
    ]
    for bomb in bombs:
        _check_invariants(bomb, _run(bomb))


def test_five_megabyte_dump():
    paragraph = (
        "The committee said on Tuesday that it would publish its report next month, "
        "after hearing evidence from more than forty witnesses over the summer."
    )
    block = "\n\n".join([paragraph, "Home\nNews\nSport", "Share this article", paragraph])
    text = "Big headline\n\n" + "\n\n".join([block] * (5_000_000 // len(block)))
    ext = _run(text)
    assert ext.title == "Big headline"
    assert paragraph in ext.paragraphs
    assert ext.removed["share"] > 1000


def test_five_megabyte_single_line():
    text = "word " * 1_000_000
    ext = _run(text)
    _check_invariants(text, ext)
