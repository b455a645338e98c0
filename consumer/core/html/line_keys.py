"""Line keys and line placement: what two body lines that say the same thing share, and
how texts the extraction left out are put back between the body lines around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_NON_WORD = re.compile(r"[\W_]+")
# ``line_key`` of an ASCII line in C: every byte that is not a letter or digit (what
# ``_NON_WORD`` matches in ASCII) becomes a space, capitals become small letters.
_ASCII_KEY_BYTES = bytes(
    byte + 32 if 65 <= byte <= 90 else byte if chr(byte).isalnum() and byte < 128 else 32
    for byte in range(256)
)


# Characters that are no word characters and make most non-ASCII lines of English text
# non-ASCII (curly quotes, dashes, no-break spaces, ellipses, bullets, marks): as spaces,
# the key is the same, and such a line takes the byte table too.
_NON_ASCII_SEPARATORS = (
    "\u2019", "\u2018", "\u201c", "\u201d", "\u2014", "\u2013", "\u2011", "\xa0", "\u2026",
    "\u2022", "\xa9", "\xae", "\u2122",
)  # fmt: skip


def line_key(text: str) -> str:
    """What two lines that say the same thing share: lower-case words only."""
    if not text.isascii():
        plain = text
        for separator in _NON_ASCII_SEPARATORS:
            if separator in plain:
                plain = plain.replace(separator, " ")
        if not plain.isascii():
            return _NON_WORD.sub(" ", text.lower()).strip()
        text = plain
    # Most lines: a byte table, not a regex match per word boundary.
    return " ".join(text.encode("ascii").translate(_ASCII_KEY_BYTES).decode("ascii").split())


# Lines placed by the start of their key (restored lists, opening runs, div paragraphs):
# as sure as the whole key, and keying every line of a long body stays cheap.
KEY_SOURCE_CHARS = 160
KEY_CHARS = 100


def start_key(text: str) -> str:
    """The start of ``line_key(text)``, read from the start of ``text`` only."""
    return line_key(text[:KEY_SOURCE_CHARS])[:KEY_CHARS]


class StartKeys(dict[str, str]):
    """``start_key`` of texts, each computed once: the passes that place lines by their
    start (one extraction's) share one, as they key the same lines and block texts."""

    def __missing__(self, text: str) -> str:
        key = self[text] = start_key(text)
        return key


# The last character of a sentence that ends a paragraph: a stop, a closing quote or bracket
# (and the full-width stops and corner quotes Chinese and Japanese sentences end with).
PARAGRAPH_ENDS = (".", "!", "?", "…", '"', "”", "»", "'", "’", ")", "。", "！", "？", "」", "』")
# A body line this long, ending a sentence, is a paragraph (not a label or a heading).
MIN_PARAGRAPH_LINE_CHARS = 80
LIST_ITEM_PREFIX = "- "  # how trafilatura writes a list item


def is_paragraph_line(line: str) -> bool:
    """A sentence of a paragraph's length (not a list item, a label or a heading)."""
    return (
        len(line) >= MIN_PARAGRAPH_LINE_CHARS
        and not line.startswith(LIST_ITEM_PREFIX)
        and line.rstrip().endswith(PARAGRAPH_ENDS)
    )


def first_positions(lines: Sequence[str], keys: StartKeys) -> dict[str, int]:
    """Each line's start key -> the index of the first line with that key."""
    positions: dict[str, int] = {}
    for i, line in enumerate(lines):
        positions.setdefault(keys[line], i)
    return positions


def inserts_between(steps: Iterable[int | Sequence[str]]) -> list[tuple[int, list[str]]]:
    """The inserts for ``with_inserts`` from a walk of the page's blocks in order, each step
    either the index of the body line a block gave (an int) or the texts of a block the body
    lacks: texts met between two consecutive body lines go before the second one."""
    inserts: list[tuple[int, list[str]]] = []
    last: int | None = None  # the body line of the last block passed
    pending: list[str] = []  # texts met since then
    for step in steps:
        if isinstance(step, int):
            if pending and last is not None and step == last + 1:
                inserts.append((step, pending))
            last, pending = step, []
        else:
            pending += step
    return inserts


def with_inserts(lines: Sequence[str], inserts: Sequence[tuple[int, Sequence[str]]]) -> list[str]:
    """``lines`` with each insert's texts put before the line at its index; inserts at the
    same index keep the order they are given in. A text some line already holds within it
    is not put back."""
    if inserts:
        inserts = _not_held(inserts, lines)
    restored = list(lines)
    # Last index first, so the indexes still to come hold; ties last first, so they keep order.
    for at, texts in reversed(sorted(inserts, key=lambda insert: insert[0])):
        restored[at:at] = texts
    return restored


def _not_held(
    inserts: Sequence[tuple[int, Sequence[str]]], lines: Sequence[str]
) -> list[tuple[int, list[str]]]:
    """``inserts`` without the texts a line of ``lines`` already holds within it, word for
    word: trafilatura writes a layout table's cell as one line of the paragraphs inside
    it, and those paragraphs, missing as lines, were put back a second time."""
    body = " " + " \n ".join(map(line_key, lines)) + " "  # (keys hold no line break)
    kept = [(at, [t for t in texts if f" {line_key(t)} " not in body]) for at, texts in inserts]
    return [(at, texts) for at, texts in kept if texts]
