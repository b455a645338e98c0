"""Properties over arbitrary text, and pathological inputs that must not hang or crash."""

from __future__ import annotations

import pickle
import random

from hypothesis import HealthCheck, example, given, settings
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
    "Written", "by", "Author:", "Last", "updated:", "7", "min", "read", "•", "Senior",
    "Editor,", "3/4/2025", "Reuters", "Tags:", "Posted", "Von", "*",
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
# Found by hypothesis: the headline, read above the body after the body was chosen, was
# also the body's first line (a truncated copy of it, merged into the full line).
@example(
    "0\nminister NEXT PREV minister said:\nthe\n0\nthe\nminister NEXT PREV minister\n"
    + "the " * 19
    + "minister minister minister minister minister"
)
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
        # one-line pages cut around comment, list and time headers
        "10 Comments " * 20_000,
        "Related Articles " * 10_000,
        "2H ago " * 20_000,
        "Ab Cd on March 4, 2024 at 4:47 pm said: " * 5_000,
        "Ab " * 50_000 + "on",
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


_POOL = (  # noqa: SIM905 (a word list reads better as text)
    "council river bridge market winter harbour village teachers doctors families station "
    "budget storm festival museum farmers workers engineers the a of in on with for and to "
    "was were said would could after before during because while new old local regional"
).split()
_word = st.sampled_from(_POOL)


@st.composite
def aggregator_copy(draw: st.DrawFn) -> tuple[str, str, list[str], list[str]]:
    """A made-up aggregator copy: the title repeated with noise, paragraphs, captions
    printed twice (the second copy sometimes cut short)."""
    title = "Storm " + " ".join(draw(st.lists(_word, min_size=5, max_size=9)))
    noise = draw(st.sampled_from(["", " trends now", " - Yahoo News", " | MSN"]))
    # A numbered first word keeps items distinct: copies are what the test adds itself.
    paragraphs = [
        f"The p{i} " + " ".join(words) + "."
        for i, words in enumerate(
            draw(st.lists(st.lists(_word, min_size=12, max_size=30), min_size=2, max_size=6))
        )
    ]
    captions = [
        f"Photo c{i} " + " ".join(words)
        for i, words in enumerate(
            draw(st.lists(st.lists(_word, min_size=10, max_size=18), max_size=3))
        )
    ][: len(paragraphs)]
    blocks = [title + noise] * draw(st.integers(1, 3))
    for i, paragraph in enumerate(paragraphs):
        blocks.append(paragraph)
        if i < len(captions):
            caption = captions[i]
            words = caption.split()
            cut = draw(st.one_of(st.none(), st.integers(6, len(words) - 1)))
            if cut is not None and len(" ".join(words[:cut])) < 25:
                cut = None  # a cut copy this short is not told from a new line: kept whole
            second = (
                caption
                if cut is None
                else " ".join(words[:cut]) + draw(st.sampled_from(["", "...", " ..."]))
            )
            pair = [caption, second] if draw(st.booleans()) else [second, caption]
            blocks += pair
    return "\n\n".join(blocks), title, paragraphs, captions


@settings(max_examples=150, deadline=None)
@given(aggregator_copy())
def test_made_up_aggregator_copies_come_apart(case):
    text, title, paragraphs, captions = case
    ext = _run(text)
    assert ext.title == title
    assert ext.paragraphs == paragraphs
    assert ext.captions == captions
    assert ext.removed["duplicate_caption"] == len(captions)
