"""Segment a normalised text dump into lines, each with its place in the dump."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

# Ends a sentence (with an optional closing quote or bracket).
SENTENCE_END = re.compile(r"[.!?…:;。！？»\"'”’)\]]$")
_LOWER_START = re.compile(r"^[a-zäöüßàâçéèêëîïôûùüÿñæœáíóúã(\"'“‘,]")


@dataclass(slots=True)
class Line:
    """One non-empty line (or hard-wrapped paragraph) of the dump."""

    index: int  # position among the lines kept, 0-based
    text: str
    block: int  # lines with no blank line between them share a block number


def segment_lines(text: str, max_lines: int | None = None) -> list[Line]:
    """Split normalised ``text`` into lines grouped in blocks; hard-wrapped paragraphs are
    joined.

    With ``max_lines``, segmentation stops after that many lines (and one more, so the
    caller can tell that the text went on).
    """
    limit = max_lines + 1 if max_lines is not None else None
    lines: list[Line] = []
    block_no = 0
    for block in text.split("\n\n"):
        raw_parts = block.split("\n")
        if limit is not None:
            if len(lines) >= limit:
                break
            raw_parts = raw_parts[: limit - len(lines)]
        parts = [part.strip() for part in raw_parts]
        parts = [part for part in parts if part]
        if not parts:
            continue
        for part in _unwrap(parts):
            lines.append(Line(index=len(lines), text=part, block=block_no))
        block_no += 1
    return lines


def _unwrap(parts: list[str]) -> list[str]:
    """Join the lines of a block that was hard-wrapped (wire copy at 60-80 columns)."""
    if len(parts) < 2 or not _looks_wrapped(parts):
        return parts
    joined: list[str] = [parts[0]]
    for part in parts[1:]:
        previous = joined[-1]
        if SENTENCE_END.search(previous) and not _LOWER_START.match(part):
            joined.append(part)
        elif previous.endswith("-") and not previous.endswith(" -"):
            joined[-1] = previous + part  # a word split at the margin
        else:
            joined[-1] = previous + " " + part
    return joined


def _looks_wrapped(parts: list[str]) -> bool:
    """Hard-wrapped prose: similar widths, breaks inside sentences, and each next line's
    first word would not have fitted on the line before (so the break was the margin's)."""
    if len(parts) == 2:
        return not SENTENCE_END.search(parts[0]) and _LOWER_START.match(parts[1]) is not None
    widths = [len(part) for part in parts[:-1]]
    widest = max(widths)
    if widest > 100 or widest < 35 or min(widths) < 0.6 * widest:
        return False
    breaks = list(pairwise(parts))
    full = [len(before) + 1 + len(after.split(" ", 1)[0]) > widest - 3 for before, after in breaks]
    # A wrapping tool breaks a line only where the next word would not fit: a shorter line
    # in the block (a header of title, date and source lines) was ended by hand.
    if len(breaks) - sum(full) > len(breaks) // 5:
        return False
    margin_breaks = sum(
        1
        for (before, after), is_full in zip(breaks, full, strict=True)
        if is_full and (not SENTENCE_END.search(before) or _LOWER_START.match(after))
    )
    return margin_breaks * 3 >= len(breaks) * 2
