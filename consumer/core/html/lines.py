"""Precision filters over body lines: what general extractors leave in a news body.

Each dropped line is counted by reason; read-more teasers become related links.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from consumer.core.author_bio import MAX_AUTHOR_BIO_CHARS, author_name_patterns, is_author_bio
from consumer.core.html import patterns as pt
from consumer.core.html.dated_lists import dated_list_rows
from consumer.core.html.first_char import first_word_char
from consumer.core.html.line_keys import PARAGRAPH_ENDS, line_key
from consumer.core.model import RelatedLink, Removals
from consumer.core.read_more_tail import without_read_more_tail
from consumer.core.scripts import CJK_CHAR

# Short lines ("Pros", "Price", "Step 1", a workout's "Cool down: 10 minutes easy") repeat
# legitimately; only a repeated sentence-length line is a copy.
MIN_DUPLICATE_CHARS = 50
LIST_ITEM = "- "  # how a list item's line starts
TABLE_ROW = "| "  # how a table row's line starts
# Lines said again as a matter of course: a list's items, a table's rows (each table of a
# plan opens with the same header row).
STRUCTURED_LINES = (LIST_ITEM, TABLE_ROW)

# A section's name over the headline ("Politics", "Cidade", "Local news"): the page's only
# line before the title's repeat, a few words that end no sentence.
MAX_KICKER_WORDS = 3
MAX_KICKER_CHARS = 30


def _is_kicker(line: str) -> bool:
    return (
        len(line) <= MAX_KICKER_CHARS
        and len(line.split()) <= MAX_KICKER_WORDS
        and not line.startswith(STRUCTURED_LINES)
        and not line.endswith(PARAGRAPH_ENDS)
    )


# The typesetter's filler a paywall blurs in the story's place, or a theme's demo block left
# in ("Lorem ipsum dolor sit amet, ..."): never a story's text.
FILLER_TEXT = ("Lorem ipsum", "lorem ipsum", "LOREM IPSUM")


# A layout table's cell holding the story's prose: trafilatura writes the cell as a row of
# one ("| In December 2002, I tried ... |"), over one line or several.
MIN_BOXED_PROSE_CHARS = 80
_ROW_END = " |"


def unboxed(line: str) -> str:
    """``line`` without the row marks around a layout table's one cell of prose, in
    tables nested as deep as they go (a row of several cells, or a short one, a table's
    datum, keeps them)."""
    while True:
        inner = line[len(TABLE_ROW) :] if line.startswith(TABLE_ROW) else line
        inner = inner[: -len(_ROW_END)] if inner.endswith(_ROW_END) else inner
        inner = inner.strip()
        if inner == line or len(inner) < MIN_BOXED_PROSE_CHARS or " | " in inner:
            return line
        line = inner


def sole_cell(line: str) -> str:
    """The text of a layout table's row that holds one cell of text ("| | Most read |"),
    or ``line`` itself: the line rules read a label whatever table it was laid out in."""
    if not (line.startswith(TABLE_ROW) and line.endswith(_ROW_END)):
        return line
    # (Cells are parted by bars; a bar in a cell's text is written "\\|". Empty cells
    # read "| |" with one space between bars.)
    cells = [cell for part in _CELL_BAR.split(line[1:-1]) if (cell := part.strip())]
    return cells[0] if len(cells) == 1 else line


def row_cells(line: str) -> list[str]:
    """The cells of a table row's line (empty ones too), or ``[line]`` for other lines."""
    if not (line.startswith(TABLE_ROW) and line.endswith(_ROW_END)):
        return [line]
    return _CELL_BAR.split(line[1:-1])


_CELL_BAR = re.compile(r"(?<!\\)\|")


@dataclass(slots=True)
class FilteredBody(Removals):
    paragraphs: list[str] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)  # caption lines no element marked


def filter_lines(
    lines: list[str],
    *,
    headlines: list[str],
    captions: list[str],
    related_titles: list[str],
    authors: Sequence[str] = (),
    code_lines: Sequence[str] = (),
    cell_lines: Collection[str] = (),
) -> FilteredBody:
    """Keep the lines that belong to the article body, in order.

    ``headlines`` are the forms of the article's own title (with and without site name);
    ``authors`` the byline's names (a closing paragraph about one of them is a bio);
    ``code_lines`` the lines of the body's code blocks (a terminal's output repeats lines);
    ``cell_lines`` the lines cut from a layout table's cell of blocks (see ``layout_cells``).
    """
    out = FilteredBody()
    title_keys = {key for h in headlines if (key := line_key(h))}
    caption_keys = {key for c in captions if (key := line_key(c))}
    related_keys = {key for t in related_titles if (key := line_key(t))}
    # A line that is only a byline name ("Jane Doe", "By Jane Doe", "- Jane Doe") is what is
    # left of an author card or a byline block, not the story.
    author_keys = {key for a in authors if (key := line_key(a))}
    code_keys = {key for c in code_lines if (key := line_key(c))}
    seen: set[str] = set()
    after_copy = False  # the line before was a copy of an earlier one
    teasers = teaser_rows(lines)
    # A list of other stories with their dates, a wire feed's with their datelines, a
    # forum's latest posts.
    dated = dated_list_rows(lines)
    comment_marks: list[int] = []  # where a comments heading was taken out of the body
    card_mark: int | None = None  # where the last byline name alone left below the story
    labelled = -1  # the line under a read-more label alone on its line
    for at, raw in enumerate(lines):
        line = pt.TWEET_BUTTON.sub("", raw) if "weet" in raw else raw
        line, read_more_link = without_read_more_tail(line)
        if read_more_link:  # "... three years. Continue reading →"
            out.count("read_more", read_more_link)
        key = line_key(line)
        said_before = key in seen
        repeated = said_before and len(key) >= MIN_DUPLICATE_CHARS
        # A list item or table row said again on its own is the list's (each week of a plan
        # starts with the same warm-up); a run of lines said before is a copy of a block.
        if repeated and not after_copy and line.startswith(STRUCTURED_LINES):
            repeated = False
        if repeated and (key in code_keys or line in cell_lines):
            # (A terminal's output repeats lines; so may a page's own column of text,
            # which was one line, and judged as one, before it was cut: an erratum's
            # "It reads: ..." and "It should read: ...".)
            repeated = False
        # (Short items repeat in any list, "- Monday: rest"; a short heading said again
        # is a copied block's.)
        after_copy = said_before and (
            len(key) >= MIN_DUPLICATE_CHARS or not line.startswith(LIST_ITEM)
        )
        if at == labelled and (headline := labelled_headline(line)) is not None:
            # (The line itself is judged as any other: the benchmarks' truths keep such a
            # headline in the story, as they keep the label.)
            out.related.append(headline)
        if not key or pt.SEPARATOR_ONLY.match(line):
            out.count("boilerplate", line)
        elif at in teasers:
            out.count("read_more", line)
        elif at in dated:
            out.count("related", line)
        elif key in title_keys:
            out.count("repeated_title", line)
            if at == len(out.paragraphs) == 1 and _is_kicker(out.paragraphs[0]):
                out.count("navigation", out.paragraphs.pop())
        elif author_keys and (
            _is_author_line(key, author_keys, with_role=at < _BYLINE_HEAD_LINES)
            or _is_dated_author_strip(line, author_keys)
        ):
            out.count("byline", line)
            if len(out.paragraphs) >= _MIN_PARAGRAPHS_OVER_CARD:
                card_mark = len(out.paragraphs)
        elif key in caption_keys:
            out.count("caption", line)
        elif key in related_keys:
            out.count("related", line)
        elif repeated:
            out.count("duplicate_paragraph", line)
        elif (reason := boilerplate_reason(cell := sole_cell(line))) is not None:
            out.count(reason, line)
            if reason == "comments":  # (readers' comments may follow: see _trim_tail)
                comment_marks.append(len(out.paragraphs))
            elif reason == "caption":
                out.captions.append(line)
            elif reason in _LABEL_REASONS and is_label_only(cell):
                labelled = at + 1
        elif line.startswith(FILLER_TEXT):
            out.count("boilerplate", line)
        elif is_site_menu(line):
            out.count("navigation", line)
        elif is_read_more(cell):
            out.count("read_more", line)
            if (teaser := read_more_teaser(cell)) is not None:
                out.related.append(teaser)
            elif is_label_only(cell):
                labelled = at + 1
        else:
            if not out.paragraphs:
                line = _without_posted_age(line)
            seen.add(key)
            out.paragraphs.append(line)
    _drop_card_bio(out, card_mark)
    drop_source_credits(out, comment_marks)
    _drop_signed_thread(out, comment_marks)
    _trim_tail(out, author_name_patterns(authors), comment_marks)
    drop_layout_labels(out, cell_lines)
    return out


# A page laid out in tables (pages of the 2000s) holds its story in cells of prose, which
# trafilatura writes as rows of one cell ("| The council met on Tuesday ... |"), and its
# menus, section labels and headline lists in rows of one short cell of the same tables
# ("| | Latest Football Stories |", "| OTHER NEWS |").
MAX_LAYOUT_LABEL_CHARS = 60


# How long ago the story was posted, run into its first line when the byline beside it
# was an inline element ("2 hrs 10 mins ago WASHINGTON - The Senate ..."), or with a
# wire byline before it ("By JANE DOE, AP Business Writer 47 minutes ago DETROIT - ..."):
# the page's furniture, not the story's first words.
_POSTED_AGO = re.compile(
    rf"(?:{pt.WIRE_BYLINE}\s*(?:[-–—|]\s*)?)?{pt.POSTED_AGO},? (?:[-–—|] )?(?=(?-i:[A-Z]))", re.I
)


def _without_posted_age(line: str) -> str:
    age = _POSTED_AGO.match(line)
    return line[age.end() :] if age else line


# The byline with its role heads the body; further down, "Jane Doe, Editor" signs a quote.
_BYLINE_HEAD_LINES = 3


def _is_author_line(key: str, author_keys: Collection[str], with_role: bool) -> bool:
    """A byline's line: an author's name alone, after its label ("By Jane Doe") or, when
    ``with_role``, with the newsroom role after it ("By Jane Doe, Staff Writer")."""
    name_and_role = pt.BYLINE_LABEL.sub("", key, count=1)
    if name_and_role in author_keys:
        return True
    if not with_role:
        return False
    # (imported here: the text package imports this module's package on its way in)
    from consumer.core.text.byline import is_newsroom_role

    return any(
        name_and_role.startswith(name + " ") and is_newsroom_role(name_and_role[len(name) + 1 :])
        for name in author_keys
    )


# Between the parts of a byline's strip ("Laura Gómez | Madrid | 27 nov 2026 - 10:00 CET",
# "Posted: 24 November 2026 | By Lee Chang").
STRIP_BAR = re.compile(r" [|•·] ")
_MAX_AUTHOR_STRIP_CHARS = 160


def _is_dated_author_strip(line: str, author_keys: Collection[str]) -> bool:
    """The byline's strip under the headline: an author's name, then the place or the
    date between bars, one part a date."""
    if len(line) > _MAX_AUTHOR_STRIP_CHARS or not any(bar in line for bar in "|•·"):
        return False
    # (imported here: the text package imports this module's package on its way in)
    from consumer.core.text.timestamps import is_timestamp_line

    parts = STRIP_BAR.split(line)
    return (
        len(parts) >= 2
        and pt.BYLINE_LABEL.sub("", line_key(parts[0]), count=1) in author_keys
        and any(is_timestamp_line(part) for part in parts[1:])
    )


def drop_layout_labels(out: FilteredBody, cell_lines: Collection[str] = ()) -> None:
    """Where half of the body's text or more is cells of prose, drop the rows that hold
    one short cell. (A data table's rows have several cells; a page laid out otherwise
    keeps a table of one column: a summary box, a table's title row.) ``cell_lines``,
    the lines cut from a cell of blocks, count as cells of prose."""
    lines = out.paragraphs
    boxed = sum(len(line) for line in lines if unboxed(line) != line or line in cell_lines)
    if not boxed or 2 * boxed < sum(map(len, lines)):
        return
    kept = []
    for line in lines:
        cell = sole_cell(line)
        if cell != line and len(cell) < MAX_LAYOUT_LABEL_CHARS:
            out.count("navigation", line)
        else:
            kept.append(line)
    out.paragraphs = kept


def teaser_rows(lines: Sequence[str]) -> set[int]:
    """The indexes of the lines that make a row of teasers of other stories: each a
    summary (under a title or the button before it, not under another paragraph) followed
    by a read-more button on a line of its own ("Czytaj więcej"), or a
    summary that ends with the button in brackets ("... [więcej]"). One such teaser may be
    the story's own (an expandable lead); MIN_TEASER_CARDS of them are a row. List items
    and table rows are not summaries (a contents list's "(More)" links)."""
    # (Cheap tests first: a button's label is short; a bracketed one closes the line.)
    buttons = [
        i
        for i, line in enumerate(lines)
        if len(line) <= MAX_BUTTON_LINE_CHARS and pt.BUTTON_LINE.match(line)
    ]
    rows: set[int] = set()
    if len(buttons) >= pt.MIN_TEASER_CARDS:
        for i in buttons:
            rows.add(i)
            if i > 0 and i - 1 not in buttons and _is_summary(lines[i - 1]):
                # (A teaser's summary stands alone under its title; the last paragraph of
                # a section with a link to more of it follows another paragraph.)
                above = lines[i - 2] if i >= 2 else ""
                if i - 2 in buttons or not above.rstrip().endswith(SENTENCE_STOPS):
                    rows.add(i - 1)
    suffixed = {
        i
        for i, line in enumerate(lines)
        if line.endswith(("]", ")"))
        and len(line) <= pt.MAX_TEASER_SUMMARY_CHARS
        and not line.startswith(STRUCTURED_LINES)
        and pt.BUTTON_SUFFIX.search(line, len(line) - 80)
    }
    if len(suffixed) >= pt.MIN_TEASER_CARDS:
        rows |= suffixed
    rows.update(i for i, line in enumerate(lines) if _is_teaser_cell_row(line))
    return rows


def _is_teaser_cell_row(line: str) -> bool:
    """A layout table's row of teasers side by side, each cell a summary that ends with
    its button ("| Summary of one story. Full Story | Summary of another. Full Story |")."""
    if not (line.startswith(TABLE_ROW) and line.endswith(_ROW_END) and " | " in line[2:-2]):
        return False
    cells = [cell for part in row_cells(line) if (cell := part.strip())]
    return len(cells) >= pt.MIN_TEASER_CARDS and all(map(_is_buttoned_summary, cells))


def _is_buttoned_summary(cell: str) -> bool:
    button = pt.TRAILING_CARD_BUTTON.search(cell, max(0, len(cell) - pt.MAX_CARD_BUTTON_CHARS - 2))
    return button is not None and _is_summary(cell[: button.start()])


MAX_BUTTON_LINE_CHARS = 40


def _is_summary(line: str) -> bool:
    """Sentences of a teaser's length (not a list item, a table row, a title or a name)."""
    return (
        len(line) <= pt.MAX_TEASER_SUMMARY_CHARS
        and not line.startswith(STRUCTURED_LINES)
        and line.rstrip().endswith(SENTENCE_STOPS)
        and len(line.split()) >= MIN_SUMMARY_WORDS
    )


MIN_SUMMARY_WORDS = 8


# How a paragraph's last sentence ends (a heading's "(2023)" or a label's colon does not).
SENTENCE_STOPS = tuple(mark for mark in PARAGRAPH_ENDS if mark != ")")


def drop_source_credits(out: FilteredBody, marks: list[int] | None = None) -> None:
    """Drop the lines that name the story's source ("Quelle: dpa", "aja/PAP") after one
    of its paragraphs or at its end; one under a table, a list or a heading names the
    source of that data and stays. ``marks`` (indexes of lines) move with the lines."""
    lines = out.paragraphs
    kept: list[str] = []
    for i, line in enumerate(lines):
        if len(line) <= pt.MAX_BOILERPLATE_CHARS and pt.SOURCE_CREDIT.match(line):
            before = kept[-1] if kept else None
            after_paragraph = (
                before is not None
                and not before.startswith(STRUCTURED_LINES)
                and before.rstrip().endswith(SENTENCE_STOPS)
            )
            if after_paragraph or i == len(lines) - 1:
                out.count("credit", line)
                if marks:
                    marks[:] = [mark - 1 if mark > len(kept) else mark for mark in marks]
                continue
        kept.append(line)
    lines[:] = kept


# Readers' comments set flat under a comments heading or notice that was taken out ("Comments
# are now closed for this story", "12 Comments"): each comment the reader's name on a short
# line over the comment's text, with no element around the thread. Three such names in the
# first lines after the notice make it a thread; the notice must follow the story's
# paragraphs (a comment count beside the byline comes before them).
MIN_SIGNED_COMMENTS = 3
SIGNED_THREAD_WINDOW = 10  # lines after the notice looked at for the names
MIN_PARAGRAPHS_BEFORE_THREAD = 3
MAX_COMMENTER_WORDS = 4
MAX_COMMENTER_CHARS = 40
MIN_COMMENT_CHARS = 20


def _drop_signed_thread(out: FilteredBody, comment_marks: Sequence[int]) -> None:
    """Drop a thread of signed comments and all after it: from the first of
    ``comment_marks`` (where a comments heading was taken out) after the story's
    paragraphs whose next lines are names over comments."""
    lines = out.paragraphs
    for mark in comment_marks:
        if sum(map(_is_story_paragraph, lines[:mark])) < MIN_PARAGRAPHS_BEFORE_THREAD:
            continue
        window = lines[mark : mark + SIGNED_THREAD_WINDOW]
        signed = sum(
            1
            for name, comment in pairwise(window)
            if _is_commenter(name)
            and len(comment) >= MIN_COMMENT_CHARS
            and not _is_commenter(comment)
        )
        if signed >= MIN_SIGNED_COMMENTS:
            for line in lines[mark:]:
                out.count("comments", line)
            del lines[mark:]
            return


def _is_commenter(line: str) -> bool:
    """A reader's name over a comment ("Stephen B", "Frank @ Toronto"): a few words, no
    sentence, no list item or table row."""
    return (
        len(line) <= MAX_COMMENTER_CHARS
        and len(line.split()) <= MAX_COMMENTER_WORDS
        and not pt.SENTENCE_END.search(line)
        and not line.startswith(STRUCTURED_LINES)
        and any(char.isalpha() for char in line)
    )


_MIN_PARAGRAPHS_OVER_CARD = 3
_MAX_CARD_BIO_PARAGRAPHS = 2


def _drop_card_bio(out: FilteredBody, mark: int | None) -> None:
    """An author card under the story: the byline's name on a line of its own (taken out
    as `byline` with ``mark`` paragraphs kept above it), then one or two closing
    paragraphs, its bio ("Redactora de Economía. Antes trabajó en ...")."""
    if mark is None:
        return
    bio = out.paragraphs[mark:]
    if (
        1 <= len(bio) <= _MAX_CARD_BIO_PARAGRAPHS
        and sum(map(len, bio)) <= MAX_AUTHOR_BIO_CHARS
        and all(_is_story_paragraph(line) for line in bio)  # prose, no heading or list
    ):
        for line in bio:
            out.count("author_bio", line)
        del out.paragraphs[mark:]


def _trim_tail(
    out: FilteredBody,
    authors: Sequence[re.Pattern[str]] = (),
    comment_marks: Sequence[int] = (),
) -> None:
    """Drop the furniture that follows the story's last paragraph: a section such as
    "About the author" that opens in the last lines, then, line by line from the end,
    bios, disclaimers, sources, bare links and a heading left with nothing under it."""
    lines = out.paragraphs
    end = len(lines)
    for i in range(max(1, end - pt.MAX_TAIL_SECTION_LINES), end):
        match = pt.TAIL_SECTION_HEADING.match(lines[i], 0, pt.MAX_TAIL_HEADING_CHARS)
        if match is not None and match.lastgroup is not None and match.end() == len(lines[i]):
            if _heads_game_notes(lines, i):
                continue
            # A box of other stories set inside the story ends where the story's
            # paragraphs resume (not readers' comments, whose heading was taken out at
            # one of ``comment_marks``); other sections (contacts, a bio) run to the end.
            stop = _story_resumes(lines, i + 1) if match.lastgroup == "related" else None
            if stop is not None and any(i < mark <= stop for mark in comment_marks):
                stop = None
            section_end = end if stop is None else stop
            for line in lines[i:section_end]:
                out.count(match.lastgroup, line)
            del lines[i:section_end]
            end = len(lines) if stop is not None else i
            break
    limit = min(pt.MAX_TAIL_LINES, int(len(lines) * pt.MAX_TAIL_SHARE))
    # A run of headings at the very end, after a paragraph ("Topics", "Most read", "Read
    # now"): the sections they headed (lists of links) were taken out.
    run = end
    while run > 1 and end - run < limit and _is_bare_heading(lines[run - 1]):
        run -= 1
    if end - run >= MIN_HEADING_RUN and pt.SENTENCE_END.search(lines[run - 1]):
        for line in lines[run:end]:
            out.count("orphan_heading", line)
        end = run
    while len(lines) - end < limit:
        before = lines[end - 2] if end >= 2 else None
        reason = tail_reason(lines[end - 1], before, authors)
        if reason is None:
            break
        end -= 1
        out.count(reason, lines[end])
        if reason == "author_bio":  # the bio's own heading: the name, then the role
            heading = _bio_heading_start(lines, end, authors)
            for line in lines[heading:end]:
                out.count(reason, line)
            end = heading
    del lines[end:]


# A sports recap's closing notes, one line a team ("UP NEXT" / "Lakers: At Miami on
# Monday night."): the story's, not a box of other stories under the same heading.
_UP_NEXT = re.compile(r"\W*up next\W*", re.I)
_TEAM_NOTE = re.compile(r"(?-i:[A-Z])[\w.&'’ -]{1,30}: \S.*[.!]")
_MIN_TEAM_NOTES = 2


def _heads_game_notes(lines: list[str], i: int) -> bool:
    """Is line ``i`` an "Up next" heading over a recap's team notes?"""
    notes = lines[i + 1 : i + 1 + _MIN_TEAM_NOTES]
    return (
        _UP_NEXT.fullmatch(lines[i]) is not None
        and len(notes) == _MIN_TEAM_NOTES
        and all(_TEAM_NOTE.fullmatch(note) for note in notes)
    )


MIN_STORY_PARAGRAPH_CHARS = 80
MIN_RESUMED_PARAGRAPHS = 2
# A heading ("More from Jane Doe", the author's link) with paragraphs right under it and
# no headline between: this many paragraphs in a row are the story going on, fewer may
# be the summaries of a box of teasers whose headlines were taken out.
MIN_RESUMED_PARAGRAPHS_UNDER_HEADING = 3


def _story_resumes(lines: list[str], start: int) -> int | None:
    """Where the story resumes after a box of other stories whose lines start at
    ``start``: the box is headlines (list items, short lines) only, and
    MIN_RESUMED_PARAGRAPHS consecutive paragraphs follow it (or, with no headline in
    the box, MIN_RESUMED_PARAGRAPHS_UNDER_HEADING). None when the box holds a paragraph
    (a teaser's summary) or another section's heading, or runs to the end."""
    for j in range(start, len(lines)):
        line = lines[j]
        if _is_story_paragraph(line):
            needed = MIN_RESUMED_PARAGRAPHS if j > start else MIN_RESUMED_PARAGRAPHS_UNDER_HEADING
            resumed = lines[j : j + needed]
            if len(resumed) == needed and all(map(_is_story_paragraph, resumed)):
                return j
            return None
        if pt.TAIL_SECTION_HEADING.match(line, 0, pt.MAX_TAIL_HEADING_CHARS):
            return None
    return None


def _is_story_paragraph(line: str) -> bool:
    # (a CJK character says about as much as two Latin letters: it counts twice)
    return (
        len(line) + len(CJK_CHAR.findall(line)) >= MIN_STORY_PARAGRAPH_CHARS
        and not line.startswith(STRUCTURED_LINES)
        and line.rstrip().endswith(SENTENCE_STOPS)
    )


MIN_HEADING_RUN = 2
MAX_RUN_HEADING_WORDS = 5


def _is_bare_heading(line: str) -> bool:
    """A short line of words that ends no sentence and holds no figure or label."""
    return (
        len(line.split()) <= MAX_RUN_HEADING_WORDS
        and not pt.SENTENCE_END.search(line)
        and not pt.NOT_A_HEADING.search(line)
        and not any(char.isdigit() or char in ":|" for char in line)
    )


def _bio_heading_start(lines: list[str], end: int, authors: Sequence[re.Pattern[str]]) -> int:
    """Where the heading over a bio that starts at ``end`` begins: a short line with the
    author's name within MAX_BIO_HEADING_LINES lines above it, the short lines between
    them (the role) included; ``end`` when there is none."""
    for start in range(end - 1, max(0, end - pt.MAX_BIO_HEADING_LINES) - 1, -1):
        line = lines[start]
        if len(line.split()) > pt.MAX_ORPHAN_HEADING_WORDS or pt.SENTENCE_END.search(line):
            break
        if any(a.search(line) for a in authors):
            return start
    return end


def tail_reason(
    line: str, before: str | None, authors: Sequence[re.Pattern[str]] = ()
) -> str | None:
    """The reason a line at the end of a body is not part of the story, or None.

    ``before`` is the line above it: a short line is a heading left without its section
    only when it follows a paragraph (a run of short lines is a list or a fact box).
    ``authors`` are ``author_name_patterns`` of the byline.
    """
    if authors and is_author_bio(line, authors):
        return "author_bio"
    if pt.LINK_ONLY.match(line) or pt.CITATION.match(line):
        return "sources"
    if pt.DISCLAIMER.search(line, 0, pt.MAX_DISCLAIMER_CHARS):
        return "disclaimer"
    if pt.COMMENT_FORM.match(line):  # (its note after the labels may run long)
        return "comments"
    if "omments" in line and pt.COMMENT_NOTICE.match(line):  # (over 45 words, too)
        return "comments"
    if "ffiliate" in line and pt.AFFILIATE_DISCLOSURE.match(line):  # (as long as it likes)
        return "advertisement"
    if pt.DATED_TEASER.match(line, 0, pt.MAX_BOILERPLATE_CHARS):
        return "related"
    if pt.RIGHTS_NOTICE.match(line):  # (with its terms of reuse, over 45 words too)
        return "boilerplate"
    if len(line) <= pt.MAX_BOILERPLATE_CHARS:
        if pt.AUTHOR_BIO.match(line):
            return "author_bio"
        if (
            len(line.split()) <= pt.MAX_ORPHAN_HEADING_WORDS
            and not pt.SENTENCE_END.search(line)
            and not pt.NOT_A_HEADING.search(line)
            and before is not None
            and pt.SENTENCE_END.search(before) is not None
        ):
            return "orphan_heading"
    return None


def boilerplate_reason(line: str) -> str | None:
    """The reason a short line is page furniture, or None when it may be content."""
    if len(line) > pt.MAX_BOILERPLATE_CHARS:
        return None
    # n words take at least 2n - 1 characters: a shorter line need not be split to count them.
    if len(line) >= 2 * pt.MAX_BOILERPLATE_WORDS and len(line.split()) > pt.MAX_BOILERPLATE_WORDS:
        return None
    # Every pattern is anchored at the start; only those that can start with the line's
    # first word character are tried (all of them for a line that starts otherwise).
    lowered = line.lower()
    name = _first_line_pattern(line, lowered)
    if name is not None:
        return name.rsplit("_", 1)[0]
    gates = pt.GATE_SEARCH.opened(lowered)  # (most lines: none)
    for gate in sorted(gates):  # (in their order: the first to match gives the reason)
        _, reason, rx = pt.GATED_BOILERPLATE_LINES[gate]
        if rx.match(line):
            return reason
    return None


def is_site_menu(line: str) -> bool:
    """Whether ``line`` is the site's own menu run into one line: three or more items of a
    few words between separators (bars, a table row's cells too), none a sentence, two or
    more of them the names of a site's own pages ("About Us", "Site Map", "Contact"), or
    five or more the first of which is the home page ("Home | News | Weather | Video |
    Sports")."""
    if len(line) > pt.MAX_SITE_MENU_CHARS:
        return False
    # (Substring tests first: most lines hold no separator, or no page's name.)
    if not any(separator in line for separator in pt.SITE_MENU_SEPARATORS):
        return False
    if _is_long_menu(sole_cell(line)):  # (a layout table's one cell may hold it)
        return True
    lowered = line.lower()
    if not any(keyword in lowered for keyword in pt.SITE_MENU_KEYWORDS):
        return False
    items = [
        item
        for part in pt.SITE_MENU_SEPARATOR.split(line)
        if (item := part.strip(pt.SITE_MENU_ITEM_STRIP))
    ]
    if len(items) < pt.MIN_SITE_MENU_ITEMS:
        return False
    if any(
        len(item.split()) > pt.MAX_SITE_MENU_ITEM_WORDS or pt.SENTENCE_BREAK.search(item)
        for item in items
    ):
        return False
    if len(items) >= pt.MIN_HOME_MENU_ITEMS and pt.SITE_MENU_HOME.fullmatch(items[0]):
        return True
    names = sum(1 for item in items if pt.SITE_MENU_ITEM.fullmatch(item))
    return names >= pt.MIN_SITE_MENU_NAMES


def _is_long_menu(line: str) -> bool:
    """Whether ``line`` is a menu of the site's sections run into one line, whatever they
    are named: MIN_LONG_MENU_ITEMS or more items of a few words parted by one kind of
    separator, a bar, a dash or a dot ("ePaper | Front Page | National | International |
    Business | Sport | Sci. & Tech. | ..."). Not a table's row (a data table's row may hold
    as many short cells) nor a list item; an item's abbreviation ("Sci.") is no sentence
    in such a run, but most items start as names do (not in lower case)."""
    if line.startswith(STRUCTURED_LINES):
        return False
    for separator in pt.LONG_MENU_SEPARATORS:
        if line.count(separator) < pt.MIN_LONG_MENU_ITEMS - 1:
            continue
        items = [item for part in line.split(separator) if (item := part.strip(" \t\\"))]
        if (
            len(items) >= pt.MIN_LONG_MENU_ITEMS
            and all(len(item.split()) <= pt.MAX_SITE_MENU_ITEM_WORDS for item in items)
            # (a menu's items are names, capitalised; a sentence's pieces are not)
            and sum(not item[0].islower() for item in items)
            >= len(items) * pt.MIN_LONG_MENU_NAME_SHARE
        ):
            return True
    return False


def _first_line_pattern(line: str, lowered: str) -> str | None:
    """The group name of the first alternative of ``patterns.BOILERPLATE_ANY`` that
    matches ``line`` (``lowered``: its lower-cased text), or None. Only the alternatives
    that can start with the line's first word character are tried, those whose case does
    not matter on an ASCII line's lower-cased text without IGNORECASE (the others, and
    the date lines, respelled without it on an ASCII line), the word scans only
    on a line that holds their word and the date lines on one that holds two digits in a
    row."""
    char = first_word_char(line)
    if plain_line := line.isascii() or not pt.NOT_PLAIN.search(line):  # (most lines)
        caseless = pt.LOWERED_BY_FIRST_CHAR.get(char, pt.LOWERED_ANY).match(lowered)
        cased = pt.SPELLED_BY_FIRST_CHAR.get(char, pt.SPELLED_ANY).match(line)
    else:
        caseless = pt.CASELESS_BY_FIRST_CHAR.get(char, pt.CASELESS_ANY).match(line)
        cased = pt.CASED_BY_FIRST_CHAR.get(char, pt.CASED_ANY).match(line)
    name = caseless.lastgroup if caseless is not None else None
    if cased is not None and _earlier(cased.lastgroup, name):
        name = cased.lastgroup
    if pt.TWO_DIGITS.search(line):  # (the date lines: in their order)
        date_lines = pt.SPELLED_TWO_DIGIT_LINES if plain_line else pt.BOILERPLATE_TWO_DIGIT_LINES
        for date_name, date_line in date_lines:
            if _earlier(date_name, name) and date_line.match(line):
                name = date_name
                break
    for word, scan_name, scan in pt.BOILERPLATE_SCANS:  # (in their order)
        if word not in lowered:
            continue
        if not _earlier(scan_name, name):
            break  # an earlier alternative matched
        if scan.match(line):
            return scan_name
    return name


def _earlier(name: str | None, than: str | None) -> bool:
    """Whether the alternative ``name`` comes before ``than`` (None: no match) in the
    alternation, where the first to match gives the reason."""
    return than is None or (
        name is not None and pt.BOILERPLATE_ORDER[name] < pt.BOILERPLATE_ORDER[than]
    )


def is_read_more(line: str) -> bool:
    """A short line that opens with "Read more:", "Related:", "SEE ALSO -", "LEGGI ANCHE"
    and the like, or a headline that ends with a tabloid label such as "[VIDEO]"."""
    if len(line) > pt.MAX_BOILERPLATE_CHARS:
        return False
    return bool(
        pt.READ_MORE_PREFIX.match(line)
        or pt.TEASER_LABEL.search(line)
        or _caps_label_end(line) is not None
    )


def _caps_label_end(line: str) -> int | None:
    """Where the headline starts after a read-more label written in capitals with no
    separator ("READ MORE Council votes to close the bridge"), or None. The headline is
    a few words that end no sentence: "WATCH the storm. It came at noon." is prose."""
    if not line[: pt.MIN_CAPS_LABEL_CHARS].isupper():
        return None  # (most lines: the pattern is not tried)
    match = pt.READ_MORE_CAPS_LABEL.match(line)
    if match is None:
        return None
    label = match.group(1)
    if not label.isupper() or len(label) < pt.MIN_CAPS_LABEL_CHARS:
        return None
    if label.lower() in pt.MEDIA_LABELS:
        return None  # "LISTEN “Hard Times” by X": the label of the story's own media
    headline = line[match.end() :].rstrip()
    if not pt.MIN_HEADLINE_WORDS <= len(headline.split()) <= pt.MAX_CAPS_TEASER_WORDS:
        return None
    return None if headline.endswith((".", "!")) and not headline.endswith("...") else match.end()


# Labels that alone on a line are no read-more label: the story's own clip may follow
# ("Watch", "Video"), and "Also" may open a list of the story's.
_NOT_LABELS_ALONE = pt.MEDIA_LABELS | {"also"}
# The reasons the line rules give a label alone ("Lesen Sie auch:", "Related").
_LABEL_REASONS = ("read_more", "navigation", "related")


def is_label_only(line: str) -> bool:
    """A read-more label alone on its line ("Read also:", "SEE ALSO"); not a media
    label ("Watch", "Video": the story's own clip may follow)."""
    match = pt.READ_MORE_LABEL_ONLY.match(line)
    return match is not None and match.group(1).lower() not in _NOT_LABELS_ALONE


def labelled_headline(line: str) -> RelatedLink | None:
    """The other story's headline on the line under a read-more label alone on its line
    (a list item's too), or None for a line that is no headline: a sentence, a menu
    entry, a label of the site's."""
    headline = line[len(LIST_ITEM) :] if line.startswith(LIST_ITEM) else line
    words = len(headline.split())
    if words > pt.MAX_CAPS_TEASER_WORDS or not pt.is_headline_length(headline):
        return None
    if headline.endswith((".", "!")) and not headline.endswith("..."):
        return None
    if line.startswith(TABLE_ROW) or pt.NOT_A_HEADLINE.search(headline) or is_read_more(line):
        return None  # (a read-more line gives its own teaser)
    return RelatedLink(rel="read_more", title=headline, truncated=headline.endswith(("...", "…")))


def read_more_teaser(line: str) -> RelatedLink | None:
    """ "READ MORE: Headline of another story" -> a related link to that headline."""
    line = line[: pt.MAX_BOILERPLATE_CHARS]
    match = pt.READ_MORE_PREFIX.match(line)
    label = pt.TEASER_LABEL.search(line)
    caps_end = None if match or label else _caps_label_end(line)
    if not match and not label and caps_end is None:
        return None
    start = match.end() if match else caps_end or 0
    headline = line[start : label.start() if label else None]
    headline = headline.strip(" \u00a0[]()|")
    if not headline or len(headline.split()) > 30:
        return None
    return RelatedLink(rel="read_more", title=headline, truncated=headline.endswith(("...", "…")))
