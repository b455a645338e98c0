"""A photo slideshow printed inside the story: its captions, its controls, its pager.

A slideshow that holds all its slides in the page comes out of a dump as one block of
captions, one a line (a sentence or two each, no blank line between them), then the
slideshow's controls ("HIDE CAPTION", "<<", "<"; its title once a slide, which the caption
stage removes as copies) and its pager: the slides' numbers, one a line, counting 1, 2, 3
... up to the number of slides. The captions read like the story's paragraphs, so the
main block took the whole slideshow in between two of them. The pager's count is the
evidence: a block of about as many caption lines right above it is the slideshow's.
"""

from __future__ import annotations

from dataclasses import dataclass

from consumer.core.scripts import word_count

_MIN_SLIDES = 8  # a pager counting 1 to 5 is a rating's stars or a list's pages
_MAX_CONTROLS = 6  # short kept lines between the captions and the pager
_MAX_CONTROL_WORDS = 3  # "HIDE CAPTION", "<<", "Next"
_MIN_CAPTION_WORDS = 3
_MAX_CAPTION_CHARS = 600


@dataclass(slots=True)
class Slideshow:
    """Positions (in the lines given) of one slideshow's parts."""

    captions: list[int]
    controls: list[int]  # the pager's numbers and the buttons beside it


def find_slideshows(
    lines: list[str], kept: list[bool], blocks: list[int], alts: list[bool] | None = None
) -> list[Slideshow]:
    """Slideshows among ``lines`` (``kept`` false for a line already removed; ``blocks``
    numbers lines with no blank line between them alike; ``alts`` tells the lines of a
    markdown copy that say what an image's alt text says): a pager of lines "1" to "N" in
    a row (N at least ``_MIN_SLIDES``; removed or not: a second slideshow's pager copies
    the first's) under at least half as many kept caption lines in a row, at most N of
    them, with at most a few short kept lines between (the slideshow's buttons) besides
    lines already removed (its title, once a slide). The captions are one block (a plain
    dump), or each says its image's alt text (a markdown copy sets each caption under its
    image, a block of its own). The controls given are the kept ones."""
    alts = alts or [False] * len(lines)
    texts = [text if keep else None for text, keep in zip(lines, kept, strict=True)]
    found: list[Slideshow] = []
    i = 0
    while i < len(lines):
        if lines[i] != "1":
            i += 1
            continue
        end = i + 1
        while end < len(lines) and lines[end] == str(end - i + 1):
            end += 1
        slides = end - i
        if slides >= _MIN_SLIDES:
            show = _slideshow_above(texts, blocks, alts, i, slides)
            if show is not None:
                show.controls.extend(j for j in range(i, end) if kept[j])
                found.append(show)
        i = end
    return found


def _slideshow_above(
    texts: list[str | None], blocks: list[int], alts: list[bool], pager: int, slides: int
) -> Slideshow | None:
    controls: list[int] = []
    j = pager - 1
    while j >= 0:
        text = texts[j]
        if text is not None:
            if word_count(text) > _MAX_CONTROL_WORDS:
                break
            if len(controls) == _MAX_CONTROLS:
                return None
            controls.append(j)
        j -= 1
    if j < 0:
        return None
    return _collect(texts, blocks if not alts[j] else alts, j, slides, controls)


def _collect(
    texts: list[str | None],
    groups: list[int] | list[bool],
    last: int,
    slides: int,
    controls: list[int],
) -> Slideshow | None:
    """The caption lines from ``last`` upward: kept lines of ``last``'s group (its block,
    or the lines that say an image's alt text; one line alone outside it between two of
    its lines too: a caption that words its image's alt text otherwise), each one
    caption-shaped, at most ``slides`` of them; a slideshow when they are at least half
    as many as its slides."""
    captions: list[int] = []
    j = last
    while j >= 0 and len(captions) < slides:
        text = texts[j]
        if text is None or not _caption_shaped(text):
            break
        if groups[j] != groups[last] and not (
            j > 0 and texts[j - 1] is not None and groups[j - 1] == groups[last]
        ):
            break
        captions.append(j)
        j -= 1
    if 2 * len(captions) < slides or len(captions) < _MIN_SLIDES:
        return None
    return Slideshow(sorted(captions), sorted(controls))


def _caption_shaped(text: str) -> bool:
    return len(text) <= _MAX_CAPTION_CHARS and word_count(text) >= _MIN_CAPTION_WORDS
