"""Dated lists of other stories: a run of headlines, each with the day (or how long ago)
it was published, newest first ("December 21, 2007 - At the movies", "15 hrs ago -
Park realizes win at Oracle", "| 08.01.2008: | New doc tackles hip-hop misogyny |",
"- Wireless security concerns unfounded 2008-01-16 10:37"): a section's archive, a
"latest stories" box or a column's back issues that extractors keep under the story.

A story's own timeline lists dates too, but in the order things happened (oldest first)
and mostly as sentences, or under a line that introduces it ("Here is how it unfolded:");
so a run is the site's list only when its dates do not go forward in time, no item is a
sentence and no line ending in a colon stands right above it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from consumer.core.html.line_keys import LIST_ITEM_PREFIX
from consumer.core.months import MONTHS

# Fewer dated lines in a row may be a story's own ("1 May 2020 - Lockdown begins").
MIN_DATED_HEADLINES = 3
# A headline is a few words; more is a teaser's summary or a sentence of a timeline.
MIN_HEADLINE_WORDS = 2
MAX_HEADLINE_WORDS = 15

_MONTH = "|".join(sorted((re.escape(name) for name in MONTHS), key=len, reverse=True))
_CLOCK = r"(?:,?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:[+-]\d{2})?)?"
# Each form names its parts: how long ago, or a year, a month and a day (in digits, the
# order of day and month unknown).
_DATE = (
    r"(?<![\d./])(?:(?P<ago>\d{1,3}|an?|one)\s*(?P<unit>min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|"
    r"months?)\s+ago"
    rf"|(?P<iy>\d{{4}})[-./](?P<im>\d{{1,2}})[-./](?P<id>\d{{1,2}})(?!\d){_CLOCK}"
    rf"|(?P<nd>\d{{1,2}})\.?\s+(?P<nm>{_MONTH})\.?,?\s+(?P<ny>\d{{4}})"
    rf"|(?P<mm>{_MONTH})\.?\s+(?P<md>\d{{1,2}}),?\s+(?P<my>\d{{4}})"
    rf"|(?P<a>\d{{1,2}})[-./](?P<b>\d{{1,2}})[-./](?P<y>\d{{4}}|\d{{2}})(?![\d./]){_CLOCK})"
)
# The date before the headline, parted by a dash, a colon or a table's cells; or after
# it. List marks and a table row's bars around the line are read past.
_EDGE = r"[\s|•*·»«-]*"
_DATE_FIRST = re.compile(
    rf"^{_EDGE}(?:\w+,?\s+)?{_DATE}\s*(?:[-–—:|]\s*)+(?P<headline>[^|]+?){_EDGE}$", re.I
)
# (The date after the headline is looked for in the line's last _DATE_LAST_REACH characters
# only: matched from the start, the headline's every length was tried against the date.)
_DATE_LAST = re.compile(rf"\s*[-–—,(|]?\s*{_DATE}\)?{_EDGE}$", re.I)
_HEADLINE_FIRST = re.compile(rf"^{_EDGE}(?P<headline>[^|]+?)\s*$")
_DATE_LAST_REACH = 60
MAX_DATED_LINE_CHARS = 250
# A cheap first look: a year, a date in digits or an age near the line's start or end
# (where the patterns want the date).
_HINT_REACH = 48
# (A year or a date in digits: "\d{4}|\d[./-]\d{1,2}[./-]\d\d", their first digit
# factored out; "ago" in any case spelled out, no other character matching its letters
# under IGNORECASE: a third faster, searched twice on most lines.)
_DATE_HINT = re.compile(r"\d(?:\d{3}|[./-]\d{1,2}[./-]\d\d)|\b[aA][gG][oO]\b")
# A time of day or an age: what a feed's list items give that a press review's do not.
_FEED_TIME = re.compile(r"\d:\d\d|\bago\b", re.I)
_TIMELINE_HEADING = re.compile(
    r"\b(timeline|chronology|key dates|zeitleiste|chronik|chronologie|cronología|cronologia|"
    r"tijdlijn|linha do tempo)\b",
    re.I,
)
_UNIT_MINUTES = {"m": 1, "h": 60, "d": 1440, "w": 10080}
_MONTH_MINUTES = 43200


def dated_list_rows(lines: Sequence[str]) -> set[int]:
    """The indexes of the lines of every dated list below: other stories with their
    dates (after their headline, or sectioned by headings), a wire feed's teasers with
    their datelines, teasers stamped with their day and time, a forum's latest posts.
    (Each line's date hints and its date before a headline are read once for all.)"""
    reading = _Reading(lines)
    return (
        dated_headline_rows(lines, reading)
        | datelined_teaser_rows(lines)
        | stamped_teaser_rows(lines)
        | forum_post_rows(lines)
        | sectioned_dated_rows(lines, reading)
    )


class _Reading:
    """What the finders of dated headlines read of each of ``lines``, read once: whether
    it gives a date hint near its start, whether it may be dated (``_may_be_dated``), and
    its date before a headline (``_DATE_FIRST``), as they are asked for."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.hinted_early = [_DATE_HINT.search(line, 0, _HINT_REACH) is not None for line in lines]
        self.may_be_dated = [
            _may_be_dated(line, early) for line, early in zip(lines, self.hinted_early, strict=True)
        ]
        self._date_first: dict[int, re.Match[str] | None] = {}

    def date_first(self, at: int, line: str) -> re.Match[str] | None:
        if at not in self._date_first:
            self._date_first[at] = _DATE_FIRST.match(line)
        return self._date_first[at]


def dated_headline_rows(lines: Sequence[str], reading: _Reading | None = None) -> set[int]:
    """The indexes of the lines that make a dated list of other stories: at least
    MIN_DATED_HEADLINES in a row, each a headline with a date, the dates newest first.
    (``reading``: what ``dated_list_rows`` read of the lines, shared.)"""
    reading = reading or _Reading(lines)
    # Only a line among MIN_DATED_HEADLINES or more in a row that may be dated can be in
    # such a run: the others' dates are not read (a line that is none ends a run).
    candidates = _in_dated_stretches(reading.may_be_dated)
    rows: set[int] = set()
    run: list[tuple[int, list[tuple[int, ...]]]] = []
    for at, line in enumerate([*lines, ""]):
        keys = _date_keys(line, reading.date_first(at, line)) if at in candidates else None
        # (A list of ages and a list of days are two lists.)
        if keys is not None and (not run or run[-1][1][0][0] == keys[0][0]):
            run.append((at, keys))
            continue
        if len(run) >= MIN_DATED_HEADLINES and _is_dated_list(lines, run):
            rows.update(at for at, _ in run)
        run = [] if keys is None else [(at, keys)]
    return rows


def _is_dated_list(lines: Sequence[str], run: list[tuple[int, list[tuple[int, ...]]]]) -> bool:
    """Whether ``run`` (each line's index and date keys) lists other stories: long enough,
    under no heading that introduces a timeline, its dates newest first."""
    return (
        len(run) >= MIN_DATED_HEADLINES
        and not _introduced(lines, run[0][0])
        and _newest_first([keys for _, keys in run])
    )


def _in_dated_stretches(dated: list[bool]) -> set[int]:
    """The indexes of the ``True`` values that stand among MIN_DATED_HEADLINES or more
    in a row."""
    found: set[int] = set()
    start = 0  # where the current stretch of True values began
    for at, value in enumerate([*dated, False]):
        if value:
            continue
        if at - start >= MIN_DATED_HEADLINES:
            found.update(range(start, at))
        start = at + 1
    return found


def _introduced(lines: Sequence[str], first: int) -> bool:
    """The line above the run introduces it ("Here is how the closure unfolded:",
    "Timeline"): the story's own timeline, newest first."""
    if first == 0:
        return False
    above = lines[first - 1].rstrip()
    return above.endswith((":", "：")) or _TIMELINE_HEADING.search(above) is not None


def _may_be_dated(line: str, hinted_early: bool | None = None) -> bool:
    """(``hinted_early``: whether the line gives a date hint near its start, if known.)"""
    # (A list the page marks up as one is left when its items give days only: a press
    # review or a reading list the story gives, whose items are other outlets' stories
    # with their dates. A feed's items give the time of day or an age.)
    if len(line) > MAX_DATED_LINE_CHARS:
        return False
    if line.startswith(LIST_ITEM_PREFIX) and _FEED_TIME.search(line) is None:
        return False
    if hinted_early is None:
        hinted_early = _DATE_HINT.search(line, 0, _HINT_REACH) is not None
    # (On a line no longer than the reach both ends are the whole line.)
    return hinted_early or (
        len(line) > _HINT_REACH and _DATE_HINT.search(line, len(line) - _HINT_REACH) is not None
    )


_UNREAD: Any = object()  # (``_date_keys``: the date before a headline not read yet)


def _date_keys(
    line: str, date_first: re.Match[str] | None = _UNREAD
) -> list[tuple[int, ...]] | None:
    """The line's date as keys that sort by time (two for a date in digits: day first or
    month first), when the line is a headline with a date; else None. (``date_first``:
    ``_DATE_FIRST.match(line)``, if read already.)"""
    match = _DATE_FIRST.match(line) if date_first is _UNREAD else date_first
    headline = None if match is None else match.group("headline")
    if match is None:
        match = _DATE_LAST.search(line, max(0, len(line) - _DATE_LAST_REACH))
        before = None if match is None else _HEADLINE_FIRST.match(line, 0, match.start())
        headline = None if before is None else before.group("headline")
    if match is None or headline is None or not _is_headline(headline):
        return None
    return _keys(match.groupdict())


def _keys(parts: dict[str, Any]) -> list[tuple[int, ...]] | None:
    """The keys of a date matched by _DATE (its named parts)."""
    if parts["ago"] is not None:
        count = 1 if not parts["ago"].isdigit() else int(parts["ago"])
        unit = parts["unit"].lower()
        minutes = _MONTH_MINUTES if unit.startswith("mo") else _UNIT_MINUTES[unit[0]]
        return [(0, -count * minutes)]  # (kind first: an age sorts apart from a day)
    if parts["iy"] is not None:
        iso = (1, int(parts["iy"]), int(parts["im"]), int(parts["id"]))
        return [iso] if 1 <= iso[2] <= 12 and 1 <= iso[3] <= 31 else None
    named = (parts["nm"], parts["nd"], parts["ny"])
    if parts["mm"] is not None:
        named = (parts["mm"], parts["md"], parts["my"])
    if named[0] is not None:
        month = MONTHS.get(named[0].lower().rstrip("."))
        return None if month is None else [(1, int(named[2]), month, int(named[1]))]
    year = int(parts["y"]) + (2000 if len(parts["y"]) == 2 else 0)
    first, second = int(parts["a"]), int(parts["b"])
    readings = [(1, year, month, day) for day, month in ((first, second), (second, first))]
    valid: list[tuple[int, ...]] = [
        key for key in readings if 1 <= key[2] <= 12 and 1 <= key[3] <= 31
    ]
    return valid or None


def _is_headline(text: str) -> bool:
    """A few words that end no sentence (an abbreviation's dot, "U.S.", may end it)."""
    words = text.split()
    if not MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS:
        return False
    return not text.endswith(".") or "." in words[-1][:-1]


def _newest_first(keys: list[list[tuple[int, ...]]]) -> bool:
    """Whether, under one reading of the dates in digits for the whole run, no date is
    later than the one before it."""
    for reading in (0, -1):  # (a day's only reading is both)
        dates = [options[reading] for options in keys]
        if all(later <= earlier for earlier, later in pairwise(dates)):
            return True
    return False


# A wire's teaser: the headline run into the summary's dateline, the place, the day and
# the agency ("India marks Army Day New Delhi, Jan 15 (ANI): The Indian Army on ...").
# A story's own first paragraph opens with its dateline; a byline may stand before it
# ("By Jane Doe New Delhi, Jan 13 (IANS): ..."), on one line, not three in a row.
_DATELINED_TEASER = re.compile(
    rf"^(?P<headline>.{{8,160}}?)\s+[A-Z][\w.'’ -]{{1,30}},\s+(?i:{_MONTH})\.?\s+\d{{1,2}}"
    r"(?:,\s+\d{4})?\s*\((?:[A-Z]{2,8}|[A-Z][a-z]{2,12})\)\s*[:–—-]\s+\S",
)
_DATELINE_HINT = re.compile(r"\)\s*[:–—-]")


def datelined_teaser_rows(lines: Sequence[str]) -> set[int]:
    """The indexes of MIN_DATED_HEADLINES or more lines in a row that are each another
    story's headline run into its summary's dateline (a wire feed's list of teasers)."""
    rows: set[int] = set()
    run: list[int] = []
    for at, line in enumerate([*lines, ""]):
        if _DATELINE_HINT.search(line, 0, 260) and _is_datelined_teaser(line):
            run.append(at)
            continue
        if len(run) >= MIN_DATED_HEADLINES:
            rows.update(run)
        run = []
    return rows


def _is_datelined_teaser(line: str) -> bool:
    match = _DATELINED_TEASER.match(line)
    if match is None:
        return False
    headline = match["headline"]
    return not headline.lower().startswith("by ") and not headline.endswith((".", "!", ":"))


# Another story's headline, the day and time it was posted, then its summary, on one line
# ("Podcast: Unified Communications, Part 2 20/12/2007 11:52:11 The second part of ..."): a
# section's list of teasers, three or more in a row, newest first. A story's sentence with
# a date and time in it ends no headline before them (a headline is a few words without a
# full stop).
_STAMPED_TEASER = re.compile(
    rf"^{_EDGE}(?P<headline>[^|]{{8,160}}?)\s+{_DATE}\s+(?P<summary>\S[^|]{{20,}})$", re.I
)
_STAMP_HINT = re.compile(r"\d:\d\d")  # a time of day ("11:52"; not "20.08.2020")
_STAMP_HINT_REACH = 200
_WORDLESS = re.compile(r"^\W*$")
MIN_SUMMARY_WORDS = 4
# Words a headline does not end on, but a sentence does before its date ("... left on").
_LINKING_WORDS = frozenset(
    ("on", "at", "since", "from", "until", "till", "by", "of", "in", "the", "a", "an", "to", "and")
)


def stamped_teaser_rows(lines: Sequence[str]) -> set[int]:
    """The indexes of MIN_DATED_HEADLINES or more lines in a row that are each another
    story's headline, the day and time it was posted, and its summary, newest first."""
    rows: set[int] = set()
    run: list[tuple[int, list[tuple[int, ...]]]] = []
    for at, line in enumerate([*lines, ""]):
        if line and _WORDLESS.match(line):
            continue  # (a button's "+" or a rule between the teasers: no break in the run)
        stamped = ":" in line and _STAMP_HINT.search(line, 0, _STAMP_HINT_REACH)
        keys = _stamped_keys(line) if stamped else None
        if keys is not None:
            run.append((at, keys))
            continue
        if len(run) >= MIN_DATED_HEADLINES and _is_dated_list(lines, run):
            rows.update(at for at, _ in run)
        run = []
    return rows


def _stamped_keys(line: str) -> list[tuple[int, ...]] | None:
    match = _STAMPED_TEASER.match(line)
    if (
        match is None
        or not _is_headline(match["headline"])
        or len(match["summary"].split()) < MIN_SUMMARY_WORDS
        # (a sentence's date and time go on in lower case: "... on 20/12/2007 09:10 and the
        # pier was closed", "Left at 20/12/2007 09:10 and ...")
        or match["summary"][0].islower()
        or match["headline"].split()[-1].lower() in _LINKING_WORDS
        # (a time of day with the date: "20/12/2007 11:52:11", "2008-01-16 10:37")
        or not _STAMP_HINT.search(line, match.end("headline"), match.start("summary"))
    ):
        return None
    return _keys(match.groupdict())


# A forum's box of its latest posts run into one line, each the post's title, "by" the
# poster's handle, the day and time it was posted ("• Good Luck Chuck by CHASS 01/16/2008
# 5:41 a.m. PT • Movie quote by Stickyfloor 01/15/2008 10:32 p.m. PT • More"). A story's
# sentence names a person after "by" but no date and time right after the name, and two
# such items between bullets are no sentence.
_FORUM_POST = re.compile(
    rf"^(?P<title>\S.{{0,80}}?)\s+by\s+\S{{1,30}}\s+{_DATE}(?:\s+[A-Z]{{1,4}})?$", re.I
)
_FORUM_SEPARATOR = re.compile(r"\s*[•|]\s*")
_FORUM_MORE = re.compile(r"^(?:more|view all|all posts|more posts)\W*$", re.I)
MIN_FORUM_POSTS = 2


def forum_post_rows(lines: Sequence[str]) -> set[int]:
    """The indexes of the lines that are a forum box's latest posts run into one line:
    MIN_FORUM_POSTS or more titles by a poster with the day and time, between bullets or
    bars, and nothing else but the box's "More"."""
    return {
        at
        for at, line in enumerate(lines)
        if " by " in line and _STAMP_HINT.search(line) and _is_forum_box(line)
    }


def _is_forum_box(line: str) -> bool:
    posts = 0
    for part in _FORUM_SEPARATOR.split(line.lstrip(LIST_ITEM_PREFIX)):
        if not part:
            continue
        if _FORUM_POST.match(part) and _STAMP_HINT.search(part):
            posts += 1
        elif not _FORUM_MORE.match(part):
            return False
    return posts >= MIN_FORUM_POSTS


# A box of dated links to other stories broken into sections by their headings ("Iraq
# crisis: special report", "In Iraq", then "02.03.2003: Headline" lines), the dates in no
# order: a special report's index set beside or under the story. A programme or a story's
# timeline goes forward in time; a list of a few dated lines may be the story's own.
MIN_BOX_DATED_LINES = 8
MAX_BOX_HEADING_WORDS = 8
MAX_BOX_HEADING_CHARS = 100
# (A box's sections may hold more headings than dated lines: a third of its lines is enough.)
MAX_BOX_LINES_PER_DATED_LINE = 3
_BOX_HEADING_END = re.compile(r"[.!;,]\s*$")


def sectioned_dated_rows(lines: Sequence[str], reading: _Reading | None = None) -> set[int]:
    """The indexes of a box of MIN_BOX_DATED_LINES or more headlines each after its date,
    with only short headings between them (a third of the lines dated or more),
    whose dates do not go forward in time: the dated lines and the headings among and
    right above them. (``reading``: what ``dated_list_rows`` read of the lines, shared.)"""
    reading = reading or _Reading(lines)
    rows: set[int] = set()
    stretch: list[tuple[int, list[tuple[int, ...]] | None]] = []  # (index, date keys)
    for at, line in enumerate(lines):
        keys = _dated_first_keys(line, at, reading)
        if keys is not None or (line and _is_box_heading(line)):
            stretch.append((at, keys))
            continue
        if len(stretch) >= MIN_BOX_DATED_LINES:  # (fewer hold too few dated lines)
            rows.update(_dated_box(lines, stretch))
        stretch = []
    if len(stretch) >= MIN_BOX_DATED_LINES:
        rows.update(_dated_box(lines, stretch))
    return rows


def _dated_first_keys(line: str, at: int, reading: _Reading) -> list[tuple[int, ...]] | None:
    """The date keys of a headline after its date ("02.03.2003: Headline"), else None.
    (Not a table's row, nor a line _may_be_dated rules out.)"""
    if line.startswith("|") or not reading.hinted_early[at] or not reading.may_be_dated[at]:
        return None
    match = reading.date_first(at, line)
    if match is None or not _is_headline(match.group("headline")):
        return None
    return _keys(match.groupdict())


def _is_box_heading(line: str) -> bool:
    return (
        len(line) <= MAX_BOX_HEADING_CHARS
        and len(line.split()) <= MAX_BOX_HEADING_WORDS
        and not line.startswith(("|", LIST_ITEM_PREFIX))
        and _BOX_HEADING_END.search(line) is None
    )


def _dated_box(
    lines: Sequence[str], stretch: list[tuple[int, list[tuple[int, ...]] | None]]
) -> list[int]:
    dated = [(at, keys) for at, keys in stretch if keys is not None]
    if len(dated) < MIN_BOX_DATED_LINES or MAX_BOX_LINES_PER_DATED_LINE * len(dated) < len(stretch):
        return []
    # (A box of one kind of date: days, not days and ages.)
    if len({keys[0][0] for _, keys in dated}) > 1 or _introduced(lines, stretch[0][0]):
        return []
    if _newest_first([keys for _, keys in reversed(dated)]):
        return []  # oldest first: a programme or a timeline
    last = dated[-1][0]
    return [at for at, _ in stretch if at <= last]
