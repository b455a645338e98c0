"""A text browser's dump with link notes (``lynx -dump``, elinks): "[12]" before each
link's words, bullets before list items, and the links' addresses numbered at the end
under "References". The notes go; each link's words keep its address (for the related
headlines), as a markdown copy's links do."""

from __future__ import annotations

import re

from consumer.core.text.markdown import Unmarked

_NOTES_HEADER = re.compile(r"[ \t]*(References|Visible links:?|Hidden links:?)[ \t]*")
_NOTE = re.compile(r"[ \t]*(\d{1,5})\. (\S+)[ \t]*")
_MARK = re.compile(r"\[(\d{1,5})\]")
# "[IMG]", "[INLINE]", "[BUTTON]": what lynx prints for an image or a button with no text
_PLACEHOLDER = re.compile(r"\[(IMG|INLINE|BUTTON|LINK)\]")
_BULLET = re.compile(r"^([ \t]*)[*+•][ \t]+", re.M)
_MIN_NOTES = 3


def link_notes(text: str) -> Unmarked | None:
    """``text`` without its link notes, or None when it has none (three notes or more,
    their numbers marked in the text above the list)."""
    start = _notes_start(text)
    if start is None:
        return None
    addresses: dict[str, str] = {}
    for line in text[start:].splitlines():
        note = _NOTE.fullmatch(line)
        if note:
            addresses[note.group(1)] = note.group(2)
    page = text[:start]
    marks = [m for m in _MARK.finditer(page) if m.group(1) in addresses]
    if len(addresses) < _MIN_NOTES or len(marks) < _MIN_NOTES:
        return None
    result = Unmarked(page)
    result.removed["markup"] += len(addresses)
    result.removed_chars["markup"] += len(text) - len(page)
    lines = []
    for line in page.split("\n"):
        pieces = _MARK.split(line)  # text, number, text, number, text ...
        for number, words in zip(pieces[1::2], pieces[2::2], strict=True):
            if number in addresses and words.strip():
                result.link_targets.setdefault(words.strip(), addresses[number])
        lines.append("".join(pieces[0::2]))
    unmarked = _PLACEHOLDER.sub("", _BULLET.sub(r"\1", "\n".join(lines)))
    result.removed_chars["markup"] += len(page) - len(unmarked)
    result.text = unmarked
    return result


def _notes_start(text: str) -> int | None:
    """Where the notes begin: the topmost header ("References") of the text's last lines
    that are only notes, blank lines and headers ("Hidden links:")."""
    start = None
    end = len(text)
    while end > 0:
        line_start = text.rfind("\n", 0, end - 1) + 1
        line = text[line_start:end].rstrip("\n")
        if _NOTES_HEADER.fullmatch(line):
            start = line_start
        elif line.strip() and not _NOTE.fullmatch(line):
            break
        end = line_start
    return start
