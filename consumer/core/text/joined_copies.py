"""Lines that only join other lines' sentences: a summary box, a teaser or a meta
description that copies the opening paragraphs of the article into one line."""

from __future__ import annotations

import re

from consumer.core.text.title import title_key

_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+")
_MIN_LINE_CHARS = 120
_MIN_SENTENCE_CHARS = 20
_COPIED_SHARE = 0.75  # share of a line's sentences found elsewhere that makes it a copy
_MIN_SOURCES = 2  # other lines its sentences come from (a plain repeat is another stage's)


def joined_copies(texts: list[str | None]) -> list[int]:
    """Positions of lines whose sentences mostly stand in at least two other lines."""
    lines_of: dict[str, set[int]] = {}
    sentences_of: dict[int, list[str]] = {}
    for i, text in enumerate(texts):
        if text is None:
            continue
        keys = [_sentence_key(part) for part in _SENTENCE_BREAK.split(text)]
        keys = [key for key in keys if len(key) >= _MIN_SENTENCE_CHARS]
        sentences_of[i] = keys
        for key in keys:
            lines_of.setdefault(key, set()).add(i)
    copies = []
    for i, keys in sentences_of.items():
        if len(keys) < 2 or len(texts[i] or "") < _MIN_LINE_CHARS:
            continue
        sources: set[int] = set()
        found = 0
        for key in keys:
            others = lines_of[key] - {i}
            if others:
                found += 1
                sources.add(min(others))
        if found >= _COPIED_SHARE * len(keys) and len(sources) >= _MIN_SOURCES:
            copies.append(i)
    return copies


def _sentence_key(sentence: str) -> str:
    return title_key(sentence.rstrip(" .…"))
