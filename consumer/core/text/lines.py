"""Segment a normalised text dump into lines, each with its place in the dump."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from consumer.core.text.byline import byline_authors, is_byline_label
from consumer.core.text.classify import boilerplate_reason
from consumer.core.text.hyphen_wrap import HyphenWraps
from consumer.core.text.run_on import pieces_around

# Ends a sentence (with an optional closing quote or bracket).
SENTENCE_END = re.compile(r"[.!?…:;。！？»\"'”’)\]։።။។]$")
# A line that opens with one of these goes on the line before it (never starts a sentence).
# (Not "»" nor "”": German and Swedish quotations open with them.)
_CONTINUING_PUNCTUATION = frozenset(",.;:!?)]")
_FRAGMENT_START = re.compile(r"^[ \t]*[,.;:!?)\]]", re.MULTILINE)
# Lines opening so in a dump that make it a fragmented one (well-made dumps have 0-2).
_MIN_FRAGMENT_STARTS = 3
# A line this long is no paragraph but a page flattened onto one line.
_RUN_ON_CHARS = 4000
_ONE_LINE_PAGE_CHARS = 1000  # a copy this long on a single line is a flattened page too
# ... and a shorter one whose pieces hold this many of a page's furniture (its menu, share
# buttons, copyright line): a short page flattened, not a news brief.
_MIN_FLAT_FURNITURE = 2
# An e-mail or web address on its own line (a contact block's) is not a split sentence.
_ADDRESS_START = re.compile(r"[^\s@/]*[@/]|[\w-]+\.[\w-]+\.")
_MAX_LABEL_CHARS = 60  # a bold label ("Check the tyres:") over what it heads
_BLANK_RUN = re.compile(r"\n\n\n+")
_MIN_BLANK_RUNS = 20  # a dump of paragraphs has none; a source-spaced one hundreds
# Words that do not end a clause (articles, prepositions that are no verb particles,
# conjunctions): a line ending on one was cut mid-phrase. Not "ist", "an", "auf": German
# clauses end on verbs and their particles.
_NEVER_FINAL_BY_LANGUAGE = (
    "a an the of to for with and or from by as",
    "der die das des dem den ein eine einen einem einer und oder von für im zum zur",
    "le la les des du de et ou à au aux un une pour par sur dans avec",
    "el los las del y en una para por con al",
    "il lo gli della di e per",
    "het een van",
)
_NEVER_FINAL = frozenset(" ".join(_NEVER_FINAL_BY_LANGUAGE).split())
# A number (not an address's digits nor a date, "31.03.2019").
_AMOUNT_END = re.compile(r"(?:^|\s)\d+(?:[.,]\d+)?$")
# ... with its decimals ("12,7", "81,05"): a line break alone, with no margin to back it,
# after a year or a count ends many a headline ("... Index Funds to Buy in 2026").
_DECIMAL_END = re.compile(r"(?:^|[\s(])\d+[.,]\d+$")
_MIN_WRAP_WIDTH = 35  # wrapping tools' narrowest margin
_MAX_WRAP_WIDTH = 100
# A dump wrapped at one margin: of its lines of 35+ characters, the longest but 5 %
# end at the margin, and 30 % of them within 10 columns of it (an unwrapped page's
# paragraphs run to hundreds of characters, its short lines to any length).
_WIDTH_SAMPLE_LINES = 5_000
_MIN_WIDTH_LINES = 20
_WIDTH_PERCENTILE = 0.95
_WIDTH_BAND = 10
_MIN_NEAR_SHARE = 0.3
_MARGIN_SLACK = 2
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
    width = wrap_width(text)
    hyphens = HyphenWraps(text)
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
                    pieces_around(part, headline if one_line else None)
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
        for part in _unwrap(parts, fragmented, width, hyphens):
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
    """A whole page flattened onto one line: no line breaks, longer than a news brief or
    holding a page's furniture ("Home News Sports ... Share Facebook Twitter © 2026 X")."""
    stripped = text.strip()
    if "\n" in stripped:
        return False
    return len(text) > _ONE_LINE_PAGE_CHARS or _holds_page_furniture(stripped)


def _holds_page_furniture(line: str) -> bool:
    pieces = pieces_around(line, None)
    furniture = (piece for piece in pieces if boilerplate_reason(piece) is not None)
    return sum(1 for _ in itertools.islice(furniture, _MIN_FLAT_FURNITURE)) == _MIN_FLAT_FURNITURE


def _is_fragmented(text: str) -> bool:
    """A dump whose scraper put every inline piece of a paragraph (a link, a bold word)
    on a line of its own: some lines then open with the comma or full stop after it."""
    starts = _FRAGMENT_START.finditer(text)
    return sum(1 for _ in itertools.islice(starts, _MIN_FRAGMENT_STARTS)) == _MIN_FRAGMENT_STARTS


def _unwrap(
    parts: list[str],
    fragmented: bool,
    width: int | None = None,
    hyphens: HyphenWraps | None = None,
) -> list[str]:
    """Join the lines of a block that was hard-wrapped (wire copy at 60-80 columns), or
    whose inline pieces a scraper put on lines of their own ("Read the\nfull report\n.").
    ``width`` is the margin the whole dump was wrapped at, when it was."""
    if len(parts) < 2:
        return parts
    at_margin = margin_breaks(parts, width)
    joined: list[str] = [parts[0]]
    for part, wrapped in zip(parts[1:], at_margin, strict=True):
        previous = joined[-1]
        if len(previous) == 1 and previous.isupper() and part[0].islower():
            joined[-1] = previous + part  # a drop cap set apart: "T" / "he boat leaves"
        elif fragmented and part[0] in _CONTINUING_PUNCTUATION:
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
            # a word split at the margin: by syllable (a PDF's) or at its own hyphen
            joined[-1] = hyphens.join(previous, part) if hyphens else previous + part
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
        (part[0].islower() or cut_off or _split_mid_phrase(previous, part))
        and not _ADDRESS_START.match(part)
        and byline_authors(part) is None
    )


def wrap_width(text: str) -> int | None:
    """The column a tool wrapped the whole dump at (35-100), or None: most of its long
    lines end within a few columns of the same margin, none much beyond it."""
    lengths = sorted(
        len(line)
        for line in itertools.islice(text.splitlines(), _WIDTH_SAMPLE_LINES)
        if len(line.strip()) >= _MIN_WRAP_WIDTH
    )
    if len(lengths) < _MIN_WIDTH_LINES:
        return None
    width = lengths[int(_WIDTH_PERCENTILE * len(lengths))]
    near = sum(1 for n in lengths if width - _WIDTH_BAND <= n <= width)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH or near < _MIN_NEAR_SHARE * len(lengths):
        return None
    return width


def _split_mid_phrase(previous: str, part: str) -> bool:
    """A sentence split at an inline tag mid-phrase ("... den Hunde-Verein Kreis" / "Unna
    1990 zu gründen"): as a wrapped line runs on, but not after a comma (a list's items)
    nor after a whole number (a headline's year or count), nor after a byline's label
    ("Written By" over the name: header_lines reads the pair)."""
    if previous.endswith(",") or (
        _AMOUNT_END.search(previous) and not _DECIMAL_END.search(previous)
    ):
        return False
    return not is_byline_label(previous) and _runs_on(previous, part)


def margin_breaks(parts: list[str], width: int | None = None) -> list[bool]:
    """Which line breaks of a block a wrapping tool made (hard-wrapped prose at 35-100
    columns): the next line's first word would not have fitted on the line, and the break
    falls inside a sentence. A shorter line ended by hand (a paragraph's last line, a
    header of title, date and source lines) keeps its break.
    """
    no_breaks = [False] * (len(parts) - 1)
    if len(parts) == 2:
        # Two lines show no margin: the break must fall inside a sentence, before a
        # lower-case word or, after a wrapped line's worth of text, mid-phrase.
        before, after = parts
        wrapped = _LOWER_START.match(after) is not None or (
            len(before) >= _MIN_WRAP_WIDTH and _runs_on(before, after)
        )
        if width is not None:  # the dump's margin: the next word would not have fitted
            fitted = _with_next_word(before, after) <= width - _MARGIN_SLACK
            wrapped = wrapped or not fitted
        open_end = not SENTENCE_END.search(before) and wrapped
        return [open_end and byline_authors(after) is None]  # not "de Andrei Popescu"
    widest = max(len(part) for part in parts[:-1])
    if widest > 100 or widest < _MIN_WRAP_WIDTH:
        return no_breaks
    breaks = list(itertools.pairwise(parts))
    full = [_with_next_word(before, after) > widest - 3 for before, after in breaks]
    inside = [
        not SENTENCE_END.search(before) or _LOWER_START.match(after) is not None
        for before, after in breaks
    ]
    full_breaks = [pair for pair, is_full in zip(breaks, full, strict=True) if is_full]
    lower_after = sum(1 for _, after in full_breaks if _LOWER_START.match(after))
    run_on = sum(1 for before, after in full_breaks if _runs_on(before, after))
    margin = [is_full and is_inside for is_full, is_inside in zip(full, inside, strict=True)]
    # Prose wraps mostly inside sentences, often before a lower-case word, and in any
    # language often mid-phrase (German capitalises its nouns, so breaks before capitals
    # are common there); a list of headlines of similar widths does neither.
    mid_phrase = lower_after * 4 >= sum(full) or run_on * 3 >= sum(full)
    if sum(margin) < 2 or sum(margin) * 3 < sum(full) * 2 or not mid_phrase:
        if width is None or not SENTENCE_END.search(parts[-1]):
            return no_breaks
        # The whole dump shows its margin: a break where the next word would not have
        # fitted, inside a sentence, is the tool's (in a block that ends a sentence, as
        # a paragraph does; a list of options or names wrapped at the margin ends none).
        return [
            _with_next_word(before, after) > width - _MARGIN_SLACK and is_inside
            for (before, after), is_inside in zip(breaks, inside, strict=True)
        ]
    return margin


def _with_next_word(before: str, after: str) -> int:
    """How long ``before`` would be with the first word of ``after`` put on it."""
    return len(before) + 1 + len(after.split(" ", 1)[0])


def _runs_on(before: str, after: str) -> bool:
    """A break that falls mid-phrase: before a lower-case word, or after a comma, a word
    split at its hyphen, a function word in any case ("... der Evangelischen Kirche in" /
    "Deutschland (EKD)", "... Die" / "Papierstreifenkarte": German capitalises its nouns,
    so the next word tells little), a number before a word (an amount and its unit) or
    inside brackets left open. A headline ends on none of these."""
    if _LOWER_START.match(after):
        return True
    if before.endswith((",", "-")) and not before.endswith(" -"):
        return True
    if _AMOUNT_END.search(before) and after[0].isalpha():
        return True  # an amount and its unit ("um durchschnittlich 12,7" / "Prozent")
    if before.count("(") > before.count(")"):
        return True  # "... mit 14,00 Euro (1,56" / "Euro/Preisstufe) ...": inside brackets
    last = before.rsplit(" ", 1)[-1]
    return last.lower() in _NEVER_FINAL and not last.isupper()  # "ET" is a zone, not "et"
