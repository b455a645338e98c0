"""Segment a normalised text dump into lines, each with its place in the dump."""

from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from consumer.core.text.byline import byline_authors
from consumer.core.text.line_patterns import RELATED_HEADERS
from consumer.core.text.stopwords import STOPWORDS
from consumer.core.text.timestamps import AGO_UNITS

# Ends a sentence (with an optional closing quote or bracket).
SENTENCE_END = re.compile(r"[.!?…:;。！？»\"'”’)\]]$")
# A line that opens with one of these goes on the line before it (never starts a sentence).
# (Not "»" nor "”": German and Swedish quotations open with them.)
_CONTINUING_PUNCTUATION = frozenset(",.;:!?)]")
_FRAGMENT_START = re.compile(r"^[ \t]*[,.;:!?)\]]", re.MULTILINE)
# Lines opening so in a dump that make it a fragmented one (well-made dumps have 0-2).
_MIN_FRAGMENT_STARTS = 3
# A line this long is no paragraph but a page flattened onto one line.
_RUN_ON_CHARS = 4000
_ONE_LINE_PAGE_CHARS = 1000  # a copy this long on a single line is a flattened page too
_MENU_RUN_WORDS = 5  # capitalised words in a row that are no sentence of prose
_OPENER_REACH = 4  # how far before a run's end a sentence may open ("The Garmin Forerunner 970")
_SEPARATOR = re.compile(r" [|•·⋅›»>/] ")
# Sentence ends, and clock times before a capital ("at 07:47 am I think") or a letter of a
# script without capitals (Hebrew to Sinhala, Thai, kana, CJK, Hangul): a comment's or a
# post's date line ran into its text.
_SENTENCE_BREAK = re.compile(
    r"(?:(?<=[.!?…])|(?<=[.!?…][\"”’)])|(?<=\d:\d\d)|(?<=\d:\d\d [apAP][mM]))"
    r"\s+(?=[\"“‘(]?[A-Z0-9À-ÝА-ЯΑ-Ω\u0590-\u0dff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff"
    r"\uac00-\ud7af])|(?<=[。！？])(?=.)"
)
# The header of a comment thread, run into the page around it: a count and the word
# ("10 Comments", "[ 167 comments ]"), or the word capitalised ("Comments Milan Griffes
# on ...", "Kommentare (3)"); before the end, a closing bracket, a capital or a digit
# ("12 comments on this post", "Comments, however, are ..." are sentences).
_HEADER_END = r"(?=\s*(?:$|[][(){}]|(?-i:[A-ZÀ-Þ0-9])))"
# A header of a list of other stories ("Related Articles", "Most Read", "Lesen Sie auch").
_RELATED_HEADER = re.compile(
    r"(?<!\w)(?-i:(?=[A-ZÀ-ÞΑ-ΩА-Я]))(?:" + RELATED_HEADERS.pattern + r")(?!\w)" + _HEADER_END,
    re.IGNORECASE,
)
# A teaser's or a comment's relative time ("2H ago", "vor 3 Stunden"), not in a sentence.
# (Each pattern searched through a whole one-line page opens with a cheap first character.)
_RELATIVE_TIME_IN_TEXT = re.compile(
    r"(?<!\w)(?=[\dvihaj])(?:\d{1,3} ?" + AGO_UNITS + r"\.? (?:ago|geleden|fa|atrás)|"
    r"(?:vor|il y a|hace|há) \d{1,3} ?" + AGO_UNITS + r"\.?|"
    r"an? (?:minute|hour|day|week|month|year) ago|just now)(?!\w)" + _HEADER_END,
    re.IGNORECASE,
)
# A comment's header: its writer, date and "said:" ("Milan Roe on March 4, 2024 at 4:47 pm
# said:", "Ana el 3 de marzo de 2024 dijo:"), as the comments line pattern reads it.
_COMMENT_BYLINE = re.compile(
    r"(?<!\S)(?:[A-ZÀ-Þ(][\w().'’-]* ){1,4}(?:on|am|le|el) .{6,30}? "
    r"(?:said|says|wrote|schrieb|a écrit|dijo):"
)
_WORD_REACH = 60  # characters before a header where the word before it is sought
_LOWER_WORD_END = re.compile(r"(?<!\S)[^\W\d_A-ZÀ-Þ]\w* $")
_COMMENT_HEADER = re.compile(
    r"(?<!\w)(?=[\dckry])(\d+ )?(comments?|kommentare?|commentaires?|comentarios?|commenti|"
    r"reacties|"
    r"komentarze?|kommentarer|yorumlar|replies)( \(\d+\))?(?!\w)"
    r"(?=\s*(?:$|[][(){}]|(?-i:[A-ZÀ-Þ0-9])))",
    re.IGNORECASE,
)
# An e-mail or web address on its own line (a contact block's) is not a split sentence.
_ADDRESS_START = re.compile(r"[^\s@/]*[@/]|[\w-]+\.[\w-]+\.")
_MAX_LABEL_CHARS = 60  # a bold label ("Check the tyres:") over what it heads
_BLANK_RUN = re.compile(r"\n\n\n+")
_MIN_BLANK_RUNS = 20  # a dump of paragraphs has none; a source-spaced one hundreds
_LOWER_START = re.compile(r"^[a-zäöüßàâçéèêëîïôûùüÿñæœáíóúã(\"'“‘,]")


@dataclass(slots=True)
class Line:
    """One non-empty line (or hard-wrapped paragraph) of the dump."""

    index: int  # position among the lines kept, 0-based
    text: str
    block: int  # lines with no blank line between them share a block number


def segment_lines(
    text: str, max_lines: int | None = None, headline: str | None = None
) -> list[Line]:
    """Split normalised ``text`` into lines grouped in blocks; hard-wrapped paragraphs are
    joined.

    With ``max_lines``, segmentation stops after that many lines (and one more, so the
    caller can tell that the text went on). A page flattened onto one line is also cut
    around each copy of ``headline`` (its known title), which would else run into the
    date or the first sentence after it.
    """
    limit = max_lines + 1 if max_lines is not None else None
    lines: list[Line] = []
    block_no = 0
    # A dump that keeps the source's blank lines put each text node on a line of its own.
    fragmented = _is_fragmented(text) or has_source_spacing(text)
    one_line = is_one_line_page(text)
    for block in text.split("\n\n"):
        raw_parts = block.split("\n")
        if limit is not None and len(lines) >= limit:
            break
        remaining = limit - len(lines) if limit is not None else None
        if one_line or any(len(part) > _RUN_ON_CHARS for part in raw_parts):
            pieces = (
                piece
                for part in raw_parts
                for piece in (
                    _pieces_around(part, headline if one_line else None)
                    if one_line or len(part) > _RUN_ON_CHARS
                    else [part]
                )
            )
            raw_parts = list(itertools.islice(pieces, remaining))  # cut lazily: a bomb stops
        elif remaining is not None:
            raw_parts = raw_parts[:remaining]
        parts = [part.strip() for part in raw_parts]
        parts = [part for part in parts if part]
        if not parts:
            continue
        for part in _unwrap(parts, fragmented):
            lines.append(Line(index=len(lines), text=part, block=block_no))
        block_no += 1
    return lines


def has_source_spacing(text: str) -> bool:
    """A dump that keeps the whitespace of the page's source between its text nodes
    (BeautifulSoup's ``get_text``): many runs of two or more blank lines. Its blank lines
    follow how the HTML was indented, not where paragraphs end."""
    runs = _BLANK_RUN.finditer(text)
    return sum(1 for _ in itertools.islice(runs, _MIN_BLANK_RUNS)) == _MIN_BLANK_RUNS


def is_one_line_page(text: str) -> bool:
    """A whole page flattened onto one line: no line breaks, longer than a news brief."""
    return len(text) > _ONE_LINE_PAGE_CHARS and "\n" not in text.strip()


def _pieces_around(part: str, headline: str | None) -> Iterator[str]:
    """The pieces of a run-on line, each copy of ``headline`` a piece of its own."""
    if not headline:
        yield from _pieces_of_run_on(part)
        return
    start = 0
    for copy in re.finditer(r"(?<!\w)" + re.escape(headline) + r"(?!\w)", part):
        yield from _pieces_of_run_on(part[start : copy.start()])
        yield copy.group()
        start = copy.end()
    yield from _pieces_of_run_on(part[start:])


def _pieces_of_run_on(part: str) -> Iterator[str]:
    """A line longer than any paragraph is a whole page flattened onto one line (a
    scraper's ``get_text(" ")``, trafilatura's ``html2txt``): its sentences, its menus
    (runs of capitalised words) and the items between separators ("Home › News") stand in
    for the lost lines."""
    start = 0
    for sentence_break in _SENTENCE_BREAK.finditer(part):
        yield from _pieces_of_sentence(part[start : sentence_break.start()])
        start = sentence_break.end()
    yield from _pieces_of_sentence(part[start:])


def _pieces_of_sentence(sentence: str) -> Iterator[str]:
    for item in _SEPARATOR.split(sentence):
        for piece in _around_section_headers(item):
            yield from filter(None, _without_capitalised_runs(piece))


def _around_section_headers(text: str) -> Iterator[str]:
    """``text`` cut around each comment-thread header ("10 Comments", "Kommentare",
    "[ 167 comments ]"), each header of a list of other stories ("Related Articles",
    "Most Read", "Lesen Sie auch"), each teaser's relative time ("2H ago"), and then each
    comment's writer and date ("Milan Roe on March 4, 2024 at 4:47 pm said:"), which then
    read as the lines they were on the page. Lazily: a bomb is cut only as far as read."""
    for part in _cut_around(text, _headers_in(text)):
        yield from _cut_around(part, _COMMENT_BYLINE.finditer(part))


def _cut_around(text: str, matches: Iterable[re.Match[str]]) -> Iterator[str]:
    start = 0
    for match in matches:
        yield from filter(None, (text[start : match.start()].strip(), match.group().strip()))
        start = match.end()
    if rest := text[start:].strip():
        yield rest


def _headers_in(text: str) -> Iterator[re.Match[str]]:
    """The headers of ``text`` in order, none overlapping one taken before it."""
    comment_headers = (
        header
        for header in _COMMENT_HEADER.finditer(text)
        if header.group(1) or _capitalised_header(text, header)
    )
    list_headers = (
        header for header in _RELATED_HEADER.finditer(text) if _capitalised_header(text, header)
    )
    times = _RELATIVE_TIME_IN_TEXT.finditer(text)
    end = 0
    for header in heapq.merge(comment_headers, list_headers, times, key=lambda m: m.start()):
        if header.start() >= end:
            yield header
            end = header.end()


def _capitalised_header(text: str, header: re.Match[str]) -> bool:
    """A header capitalised, and not the last word of a heading ("Call for Comments")."""
    before = text[max(0, header.start() - _WORD_REACH) : header.start()]  # bounded: bombs
    return header.group()[0].isupper() and not _LOWER_WORD_END.search(before)


def _without_capitalised_runs(text: str) -> list[str]:
    """``text`` cut before and after each run of capitalised words long enough to be a
    menu or a headline; the run's last word stays with the sentence it opens."""
    words = text.split(" ")
    pieces: list[str] = []
    start = run_start = 0
    for k, word in enumerate([*words, "end"]):  # a lower-case word closes the last run
        if word[:1].isupper() or not word[:1].isalpha():
            continue
        run_end = k - 1 if k < len(words) else k  # the capital that opens this sentence
        # ... or an earlier one: "The Garmin Forerunner 970 is", "A GPS watch"
        for opener in range(run_end - 1, max(run_start, run_end - _OPENER_REACH) - 1, -1):
            if words[opener].casefold() in STOPWORDS:
                run_end = opener
                break
        if run_end - run_start >= _MENU_RUN_WORDS:
            pieces.append(" ".join(words[start:run_start]))
            pieces.append(" ".join(words[run_start:run_end]))
            start = run_end
        run_start = k + 1
    pieces.append(" ".join(words[start:]))
    return pieces


def _is_fragmented(text: str) -> bool:
    """A dump whose scraper put every inline piece of a paragraph (a link, a bold word)
    on a line of its own: some lines then open with the comma or full stop after it."""
    starts = _FRAGMENT_START.finditer(text)
    return sum(1 for _ in itertools.islice(starts, _MIN_FRAGMENT_STARTS)) == _MIN_FRAGMENT_STARTS


def _unwrap(parts: list[str], fragmented: bool) -> list[str]:
    """Join the lines of a block that was hard-wrapped (wire copy at 60-80 columns), or
    whose inline pieces a scraper put on lines of their own ("Read the\nfull report\n.")."""
    if len(parts) < 2:
        return parts
    at_margin = _margin_breaks(parts)
    joined: list[str] = [parts[0]]
    for part, wrapped in zip(parts[1:], at_margin, strict=True):
        previous = joined[-1]
        if fragmented and part[0] in _CONTINUING_PUNCTUATION:
            joined[-1] = previous + part  # ", the", ".", ": " after a link or a bold word
        elif fragmented and _is_split_sentence(previous, part):
            joined[-1] = previous + " " + part
        elif fragmented and previous.endswith(":") and len(previous) <= _MAX_LABEL_CHARS:
            # A bold label and what it heads, as a dump of lines shows them: "Check the
            # tyres: Look for ...", "Tags: Politics", "Contact: Anna Brook".
            joined[-1] = previous + " " + part
        elif not wrapped:
            joined.append(part)
        elif previous.endswith("-") and not previous.endswith(" -"):
            joined[-1] = previous + part  # a word split at the margin
        else:
            joined[-1] = previous + " " + part
    return joined


def _is_split_sentence(previous: str, part: str) -> bool:
    """A line that goes on the unfinished sentence of the line before: a lower-case word,
    or a short piece after a sentence cut off at a lower-case word ("between Port Ellis
    and" / "Bayside"); not an address of a contact block, nor a lower-case byline ("de
    Andrei Popescu")."""
    if SENTENCE_END.search(previous):
        return False
    cut_off = previous[-1].islower() and previous.count(" ") >= 2 and part.count(" ") < 5
    return (
        (part[0].islower() or cut_off)
        and not _ADDRESS_START.match(part)
        and byline_authors(part) is None
    )


def _margin_breaks(parts: list[str]) -> list[bool]:
    """Which line breaks of a block a wrapping tool made (hard-wrapped prose at 35-100
    columns): the next line's first word would not have fitted on the line, and the break
    falls inside a sentence. A shorter line ended by hand (a paragraph's last line, a
    header of title, date and source lines) keeps its break.
    """
    no_breaks = [False] * (len(parts) - 1)
    if len(parts) == 2:
        open_end = not SENTENCE_END.search(parts[0]) and _LOWER_START.match(parts[1]) is not None
        return [open_end and byline_authors(parts[1]) is None]  # not "de Andrei Popescu"
    widest = max(len(part) for part in parts[:-1])
    if widest > 100 or widest < 35:
        return no_breaks
    breaks = list(itertools.pairwise(parts))
    full = [len(before) + 1 + len(after.split(" ", 1)[0]) > widest - 3 for before, after in breaks]
    inside = [
        not SENTENCE_END.search(before) or _LOWER_START.match(after) is not None
        for before, after in breaks
    ]
    lower_after = sum(
        1
        for (_, after), is_full in zip(breaks, full, strict=True)
        if is_full and _LOWER_START.match(after)
    )
    margin = [is_full and is_inside for is_full, is_inside in zip(full, inside, strict=True)]
    # Prose wraps mostly inside sentences and before lower-case words; a list of
    # headlines of similar widths does neither.
    if sum(margin) < 2 or sum(margin) * 3 < sum(full) * 2 or lower_after * 4 < sum(full):
        return no_breaks
    return margin
