"""Quotation spans in the body: straight and curly, single and double, over paragraphs.

A British-style quote left open at a paragraph's end goes on in the next paragraph when
that one opens with a quote mark. Apostrophes inside words ("Kyiv's", "don't") are not
quote marks; a plural possessive ("the allies' stocks") does not close a single quote
when a later mark in the paragraph can.
"""

from __future__ import annotations

from dataclasses import dataclass

_DOUBLE = frozenset('"“”„«»')
_MARK_CHARS = "\"“”„«»'‘’"  # every quote mark, one by one (str.find takes them in turn)
_MARKS = frozenset(_MARK_CHARS)
_ASCII_MARK_CHARS = "\"'"  # those an ASCII text can hold
_NEVER_CLOSES = frozenset("“„«‘")
_NEVER_OPENS = frozenset("”»’")
# Marks that may close after a space ("we will see ” Lee said", "ourselves? " she wrote"):
# a straight double mark between spaces cannot open, so it closes.
_CLOSE_ONLY = frozenset('”»"')
_BEFORE_OPEN = frozenset("([{—–-/:\"“‘'")
_AFTER_CLOSE = frozenset(".,;:!?)]}—–-\"”’'…")


@dataclass(slots=True)  # not frozen: a frozen __init__ costs a call per field
class QuoteSpan:
    """The words between a pair of quote marks (marks stripped)."""

    text: str  # paragraphs of a continued quote are joined by a blank line
    paragraphs: list[int]  # 0-based indexes into the article's paragraphs
    start: int  # body offset of the opening mark
    end: int  # body offset just after the closing mark (the paragraph's end if unclosed)
    closed: bool
    opens_paragraph: bool  # the opening mark is the paragraph's first character


@dataclass(slots=True)  # not frozen: a frozen __init__ costs a call per field
class _Mark:
    pos: int
    double: bool
    can_open: bool
    can_close: bool


@dataclass(slots=True)
class _Open:
    mark: _Mark
    paragraph: int
    parts: list[str]
    paragraphs: list[int]
    start: int  # body offset
    at_start: bool  # the opening mark is the paragraph's first character


def find_quote_spans(paragraphs: list[str]) -> list[QuoteSpan]:
    """Every quoted span, scare quotes included; ``is_quotation`` tells them apart."""
    offsets = _paragraph_offsets(paragraphs)
    spans: list[QuoteSpan] = []
    carried: _Open | None = None
    for index, paragraph in enumerate(paragraphs):
        positions = _mark_positions(paragraph)
        if carried is None and not positions:
            continue  # no quote mark and no quote going on: nothing to find
        marks = _marks(paragraph, positions)
        opened = carried
        if opened is not None:
            marks = marks[1:]  # the paragraph continues the quote: skip its opening mark
        carried = None
        skipped: set[int] = set()
        while True:
            found, opened, rest = _scan(paragraph, marks, opened, index, offsets, skipped)
            spans.extend(found)
            if opened is None:
                break
            begin = opened.mark.pos + 1 if opened.paragraph == index else _first_mark_end(paragraph)
            tail = paragraph[begin:]
            nxt = paragraphs[index + 1].lstrip() if index + 1 < len(paragraphs) else ""
            if nxt[:1] in _MARKS and (nxt[0] in _DOUBLE) == opened.mark.double:
                opened.parts.append(tail.strip())
                opened.paragraphs.append(index)
                carried = opened
                break
            if _looks_opened_for_speech(paragraph, opened, index):
                opened.parts.append(tail.strip())
                opened.paragraphs.append(index)
                spans.append(_span(opened, offsets[index] + len(paragraph), closed=False))
                break
            if opened.paragraph != index:
                break  # a continued quote that never closes: give it up
            skipped.add(opened.mark.pos)  # an apostrophe, not a quote: scan again without it
            marks = rest
            opened = None
    return spans


def _scan(
    paragraph: str,
    marks: list[_Mark],
    opened: _Open | None,
    index: int,
    offsets: list[int],
    skipped: set[int],
) -> tuple[list[QuoteSpan], _Open | None, list[_Mark]]:
    spans: list[QuoteSpan] = []
    for n, mark in enumerate(marks):
        if mark.pos in skipped:
            continue
        if opened is None:
            if mark.can_open:
                opened = _open(paragraph, mark, index, offsets)
            continue
        if mark.double != opened.mark.double:
            continue  # a nested quote of the other kind belongs to the text
        if mark.can_close and not _possessive_with_later_close(paragraph, marks[n:], mark):
            begin = opened.mark.pos + 1 if opened.paragraph == index else _first_mark_end(paragraph)
            opened.parts.append(paragraph[begin : mark.pos].strip())
            opened.paragraphs.append(index)
            spans.append(_span(opened, offsets[index] + mark.pos + 1, closed=True))
            opened = None
        elif mark.can_open and not mark.can_close and opened.paragraph == index:
            # Two openings in a row: the first was an apostrophe ("the '90s").
            opened = _open(paragraph, mark, index, offsets)
    rest = [m for m in marks if opened is not None and m.pos > opened.mark.pos]
    return spans, opened, rest


def _open(paragraph: str, mark: _Mark, index: int, offsets: list[int]) -> _Open:
    at_start = not paragraph[: mark.pos].strip()
    return _Open(mark, index, [], [], offsets[index] + mark.pos, at_start)


def _span(opened: _Open, end: int, closed: bool) -> QuoteSpan:
    return QuoteSpan(
        text="\n\n".join(part for part in opened.parts if part),
        paragraphs=list(opened.paragraphs),
        start=opened.start,
        end=end,
        closed=closed,
        opens_paragraph=opened.at_start,
    )


def _mark_positions(paragraph: str) -> list[int]:
    """Offsets of the quote mark characters in ``paragraph``, in order.

    Found by ``str.find`` per mark (a C scan at memory speed), only the two straight
    marks in an ASCII text (which ``str.isascii`` tells without reading it): a regular
    expression's character class of the marks tested each character of every paragraph
    at about 60 machine instructions a character, a quarter of the stage.
    """
    positions: list[int] = []
    find = paragraph.find
    for char in _ASCII_MARK_CHARS if paragraph.isascii() else _MARK_CHARS:
        pos = find(char)
        while pos >= 0:
            positions.append(pos)
            pos = find(char, pos + 1)
    positions.sort()
    return positions


def _marks(paragraph: str, positions: list[int]) -> list[_Mark]:
    """The quote marks at ``positions`` that may open or close a quote."""
    marks: list[_Mark] = []
    for pos in positions:
        char = paragraph[pos]
        before = paragraph[pos - 1] if pos > 0 else " "
        after = paragraph[pos + 1] if pos + 1 < len(paragraph) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word
        can_open = (
            char not in _NEVER_OPENS
            and (before.isspace() or before in _BEFORE_OPEN)
            and not after.isspace()
        )
        can_close = (
            char not in _NEVER_CLOSES
            and (not before.isspace() or char in _CLOSE_ONLY)
            and (after.isspace() or after in _AFTER_CLOSE)
        )
        if can_open or can_close:
            marks.append(_Mark(pos, char in _DOUBLE, can_open, can_close))
    return marks


def _possessive_with_later_close(paragraph: str, marks: list[_Mark], mark: _Mark) -> bool:
    """ "the allies' stocks" inside a single quote: skip it when a later mark can close."""
    if mark.double or paragraph[mark.pos - 1] != "s":
        return False
    following = paragraph[mark.pos + 1 : mark.pos + 3]
    if not (following[:1] == " " and following[1:2].islower()):
        return False
    return any(m.can_close and not m.double for m in marks[1:])


def _first_mark_end(paragraph: str) -> int:
    return len(paragraph) - len(paragraph.lstrip()) + 1


def _looks_opened_for_speech(paragraph: str, opened: _Open, index: int) -> bool:
    """An unclosed quote counts when it opens the paragraph or follows a colon or comma."""
    if opened.paragraph != index:
        return True
    before = paragraph[: opened.mark.pos].rstrip()
    return not before or before[-1] in ":,"


# Words a Title Case name leaves in lower case ("Under the Copper Sky").
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for"}
    | {"from", "with", "as", "vs", "v.", "is", "it", "its"}
)
_MAX_TITLE_WORDS = 12


def looks_like_title(text: str) -> bool:
    """Title Case words: the name of a work, a slogan or a headline, not speech
    ("Under the Copper Sky.", "Save Our Stages, Fund Our Future")."""
    words = [w.strip(".,;:!?()[]'\"‘’“”…—–-") for w in text.split()]
    words = [w for w in words if w and w[0].isalpha()]
    if len(words) > _MAX_TITLE_WORDS:
        return False
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS and len(w) > 1]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


def _paragraph_offsets(paragraphs: list[str]) -> list[int]:
    offsets, offset = [], 0
    for paragraph in paragraphs:
        offsets.append(offset)
        offset += len(paragraph) + 2
    return offsets
