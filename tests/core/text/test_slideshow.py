"""A photo slideshow printed inside the story: captions above a pager counting the slides."""

from __future__ import annotations

from consumer.core.text.slideshow import find_slideshows

STORY = [
    "Heavy rain and strong winds swept across the coast on Wednesday, flooding roads and "
    "cutting power to thousands of homes in the low-lying districts near the harbour.",
    "Emergency crews worked through the night to clear fallen trees, and the city opened "
    "three shelters for residents whose houses were no longer safe to stay in.",
    "Officials said the worst of the storm had passed but warned of more flooding on Friday.",
    "Schools in the region will stay closed until the roads have been checked, the mayor said.",
]
PLACES = [
    "the harbour", "the old bridge", "the market square", "the ferry terminal",
    "the main station", "the sea wall", "the town hall", "the fish market",
    "the lighthouse", "the river mouth",
]  # fmt: skip
CAPTIONS = [f"Residents clear mud and broken furniture near {place} on Friday." for place in PLACES]


def _lines(*blocks: list[str]) -> tuple[list[str], list[int]]:
    lines: list[str] = []
    numbers: list[int] = []
    for n, block in enumerate(blocks):
        lines.extend(block)
        numbers.extend([n] * len(block))
    return lines, numbers


def test_captions_above_a_pager_of_as_many_slides():
    lines, blocks = _lines(
        [STORY[0]], [*CAPTIONS, "HIDE CAPTION", *[str(k) for k in range(1, 11)]], [STORY[1]]
    )
    (show,) = find_slideshows(lines, [True] * len(lines), blocks)
    assert [lines[i] for i in show.captions] == CAPTIONS
    assert [lines[i] for i in show.controls] == ["HIDE CAPTION", *[str(k) for k in range(1, 11)]]


def test_removed_lines_between_captions_and_pager_are_skipped():
    titles = ["Storm on the coast"] * 10
    lines, blocks = _lines([STORY[0]], CAPTIONS + titles + [str(k) for k in range(1, 11)])
    kept = [line not in titles for line in lines]  # the title once a slide left as copies
    (show,) = find_slideshows(lines, kept, blocks)
    assert [lines[i] for i in show.captions] == CAPTIONS


def test_a_short_pager_or_too_few_captions_is_no_slideshow():
    pager = [str(k) for k in range(1, 6)]  # a rating's stars, a list's pages
    lines, blocks = _lines(CAPTIONS[:5] + pager)
    assert find_slideshows(lines, [True] * len(lines), blocks) == []
    # twenty slides, but only the block's eight captions above: not the slideshow's
    pager = [str(k) for k in range(1, 21)]
    lines, blocks = _lines([STORY[0]], CAPTIONS[:8] + pager)
    assert find_slideshows(lines, [True] * len(lines), blocks) == []


def test_prose_between_captions_and_pager_is_no_slideshow():
    lines, blocks = _lines(CAPTIONS, [STORY[2]], [str(k) for k in range(1, 11)])
    assert find_slideshows(lines, [True] * len(lines), blocks) == []


def test_slideshow_inside_a_story_leaves_its_body(extract):
    menu = ["Home", "News", "Politics", "Business", "Sport", "Culture", "Weather", "Video"]
    text = "\n\n".join(
        [
            "Storm floods the coast | Harbour Times",
            "\n".join(menu),
            "Storm floods the coast",
            "By Sam Jones\nMarch 3, 2024",
            STORY[0],
            STORY[1],
            "\n".join(CAPTIONS + ["Storm on the coast"] * 10 + ["HIDE CAPTION"]),
            "\n".join(str(k) for k in range(1, 11)),
            STORY[2],
            STORY[3],
            "\n".join(["About us", "Contact", "Privacy policy"]),
            "© 2024 Harbour Times Ltd. All rights reserved.",
        ]
    )
    ext = extract(text)
    assert ext.paragraphs == STORY
    assert ext.removed["navigation"] >= 10


def test_markdown_captions_each_in_its_own_block_say_their_images_alt_text():
    pager = [str(k) for k in range(1, 11)]
    lines = [STORY[0], *CAPTIONS, "HIDE CAPTION", *pager]
    blocks = list(range(len(lines)))  # each caption a block of its own under its image
    alts = [line in CAPTIONS for line in lines]
    alts[lines.index(CAPTIONS[4])] = False  # one caption words its alt text otherwise
    (show,) = find_slideshows(lines, [True] * len(lines), blocks, alts)
    assert [lines[i] for i in show.captions] == CAPTIONS
    # without the alt texts, lines of blocks of their own are no slideshow's captions
    assert find_slideshows(lines, [True] * len(lines), blocks) == []
