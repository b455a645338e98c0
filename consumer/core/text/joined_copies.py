"""Lines that only join other lines' sentences: a summary box, a teaser or a meta
description that copies the opening paragraphs of the article into one line."""

from __future__ import annotations

import re

_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+")
_MIN_LINE_CHARS = 120
_MIN_SENTENCE_CHARS = 20
_OPENER_CHARS = 30  # a copy opens with this many characters of the first line it copies
_COPIED_SHARE = 0.75  # share of a line's sentences found elsewhere that makes it a copy
_MIN_SOURCES = 2  # other lines its sentences come from (a plain repeat is another stage's)


def joined_copies(texts: list[str | None]) -> list[int]:
    """Positions of lines whose sentences mostly stand in at least two other lines."""
    # A joined copy opens like the first line it copies: only lines that open like another
    # line are worth splitting into sentences.
    openers: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        if text is not None and len(text) >= _OPENER_CHARS:
            openers.setdefault(text[:_OPENER_CHARS].casefold(), []).append(i)
    candidates: dict[int, list[str]] = {}
    for lines in openers.values():
        if len(lines) < 2:
            continue
        for i in lines:
            text = texts[i] or ""
            if len(text) >= _MIN_LINE_CHARS:
                keys = _sentence_keys(text)
                if len(keys) >= 2:
                    candidates[i] = keys
    if not candidates:
        return []
    wanted = {key for keys in candidates.values() for key in keys}
    lines_of: dict[str, set[int]] = {}
    for i, text in enumerate(texts):
        if text is None or len(text) < _MIN_SENTENCE_CHARS:
            continue
        keys = candidates.get(i) or _sentence_keys(text)
        for key in keys:
            if key in wanted:
                lines_of.setdefault(key, set()).add(i)
    copies = []
    for i, keys in candidates.items():
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


def _sentence_keys(text: str) -> list[str]:
    """The line's sentences in comparison form (case-folded, spaces and final dots evened)."""
    keys = (_key(part) for part in _SENTENCE_BREAK.split(text))
    return [key for key in keys if len(key) >= _MIN_SENTENCE_CHARS]


def _key(sentence: str) -> str:
    return " ".join(sentence.casefold().split()).rstrip(" .…")
