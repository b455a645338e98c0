"""Cut a page flattened onto one line (or a line longer than any paragraph) into the
pieces that stand for its lost lines: sentences, menus, separated items, and the headers
a page of lines would show alone (comment threads, lists of other stories, teasers'
relative times, comments' writers and dates, and dates that ended their lines)."""

from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Iterable, Iterator

from consumer.core.text.classify import line_pattern_reason
from consumer.core.text.line_patterns import RELATED_HEADERS, whole_words
from consumer.core.text.meta_line import is_reading_time
from consumer.core.text.month_names import TEXT_MONTHS
from consumer.core.text.stopwords import STOPWORDS
from consumer.core.text.timestamps import AGO_UNITS

_MENU_RUN_WORDS = 5  # capitalised words in a row that are no sentence of prose
_OPENER_REACH = 4  # how far before a run's end a sentence may open ("The Garmin Forerunner 970")
_SEPARATOR = re.compile(r" [|•·⋅›»>/] ")
# Furniture glued to a sentence's start: sought within this many characters, and cut off
# this many times in a row (a share bar's labels one after another).
_GLUE_REACH = 100
_MAX_GLUED = 6
_OPENING_QUOTES = '"“„‘«'  # a quotation opening the sentence after the furniture
# Sentence ends, and clock times before a capital ("at 07:47 am I think") or a letter of a
# script without capitals (Hebrew to Sinhala, Thai, kana, CJK, Hangul): a comment's or a
# post's date line ran into its text. A copyright sign before a name opens a photo's
# credit, which the flattening ran on from its caption into the next paragraph ("...
# fragte er. © Jane Doe/Agency Der Weltmeister ..."; not a footer's "© 2025 X", "© X
# 2012.", "© X. All rights reserved"). A sentence may close with a German or French mark
# after its stop ("... wieder.“", "... dabei.«"; not "»", an arrow after a teaser's
# headline: "Kossie's champs?»") and the next may open with one ("„Wir ...", "»Nein").
_SENTENCE_BREAK = re.compile(
    r"(?:(?<=[.!?…])|(?<=[.!?…][\"”’“‘«)])|(?<=\d:\d\d)|(?<=\d:\d\d [apAP][mM]))"
    r"\s+(?=©(?! ?(?:\d|[Cc]opyright))(?![^!?]{0,40}(?:\b(?:19|20)\d\d\b|(?i:rights reserved)))|"
    r"[\"“‘(„‚«»]?[A-Z0-9À-ÝА-ЯΑ-Ω\u0590-\u0dff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])|"
    r"(?<=[。！？])(?=.)"
)
# A stop that ends no sentence: a title before a name ("Mr. Rudolph", "Dr. Roe", "St.
# Louis"), a month's abbreviation ("Nov. 24") or a name's initial ("William A.
# Galston"). Cut there, the sentence's halves read as a short piece and a menu ending in
# a stop.
_NAME_ABBREVIATION = re.compile(
    r"(?:(?<!\S)(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Hon|"
    # a month's abbreviation before its day ("By Jane Doe Nov. 24, 2026 The ...")
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|"
    r"(?<!\S)[A-ZÀ-Þ][\w'’-]* [A-ZÀ-Þ])\.$"
)
_ABBREVIATION_REACH = 40  # characters before a stop where its word is sought
# What may follow a header: the end, a bracket, a capital or a digit (not a sentence).
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
# A date that ended its line on the page (a byline's, a teaser's: "Published on July 18,
# 2025 Online classes ...", "... charges April 21, 2022 Belize Police"), found from its
# digits (cheap on a huge line): "18, 2025" (its month the word before), "18 July 2025",
# "18. Juli 2025", "18.07.2025", "2025-07-18"; a capital, a digit or a bracket after it.
_DATE_IN_TEXT = re.compile(
    r"(?=\d)(?<![\w.,-])(?:\d{1,2}(?:st|nd|rd|th)?,? \d{4}|"
    r"\d{1,2}(?:st|nd|rd|th|er|\.)? (?:de )?(?P<month>[^\W\d_]{3,12})\.?,? (?:de )?\d{4}|"
    r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d\d-\d\d)(?![\w.,-]\w)(?=\s+(?:[][(){}]|[A-ZÀ-Þ0-9]))"
)
# A byline right before such a date keeps it company ("By Lena Marsh March 4, 2024").
_BYLINE_BEFORE = re.compile(r"(?<!\S)(?:By|Von|Par|Por|Door|Oleh)(?: [A-ZÀ-Þ][\w'’.-]*){1,3} $")
_BYLINE_REACH = 50
# Dates sought in one stretch without a sentence end: a list of teasers has a few dozen;
# thousands are a bomb, and every piece costs the later stages a line.
_MAX_DATE_CANDIDATES = 200
_MONTH_BEFORE = re.compile(r"(?<!\S)([^\W\d_]{3,9})\.? $")
_WORD_REACH = 60  # characters before a header where the word before it is sought
_LOWER_WORD_END = re.compile(r"(?<!\S)[^\W\d_A-ZÀ-Þ]\w* $")
# The header of a comment thread, run into the page around it: a count and the word
# ("10 Comments", "[ 167 comments ]"), or the word capitalised ("Comments Milan Griffes
# on ...", "Kommentare (3)"); ("12 comments on this post", "Comments, however, are ..."
# are sentences).
_COMMENT_HEADER = re.compile(
    r"(?<!\w)(?=[\dckry])(\d+ )?(comments?|kommentare?|commentaires?|comentarios?|commenti|"
    r"reacties|komentarze?|kommentarer|yorumlar|replies)( \(\d+\))?(?!\w)" + _HEADER_END,
    re.IGNORECASE,
)

# The opening of a blog's comment thread or form ("12 thoughts on “Title”", "Leave a
# Reply", "LEAVE A REPLY", "Schreibe einen Kommentar"), capitalised as a heading is: what
# the comments line pattern reads as the thread's start.
_COMMENT_FORM = re.compile(
    r"(?<!\w)(?-i:(?=[\dLPAWSH]))(?:\d+ (?:thoughts|replies|responses|comments) (?:on|to) "
    r"“[^”]{1,140}”|(?:leave|post|add|write) (?:a |your )?(?:comment|reply)|"
    r"(?:schreibe|hinterlasse|verfasse) einen (?:neuen )?kommentar)(?!\w)",
    re.IGNORECASE,
)


def pieces_around(part: str, headline: str | None) -> Iterator[str]:
    """The pieces of a run-on line, each copy of ``headline`` a piece of its own."""
    if not headline:
        yield from _pieces_of_run_on(part)
        return
    start = 0
    for copy in whole_words(headline).finditer(part):
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
        if _NAME_ABBREVIATION.search(
            part, max(start, sentence_break.start() - _ABBREVIATION_REACH), sentence_break.start()
        ):
            continue
        yield from _pieces_of_sentence(part[start : sentence_break.start()])
        start = sentence_break.end()
    yield from _pieces_of_sentence(part[start:])


def _pieces_of_sentence(sentence: str) -> Iterator[str]:
    for item in _SEPARATOR.split(sentence):
        for piece in _around_section_headers(item):
            for part in filter(None, _without_capitalised_runs(piece)):
                yield from _without_glued_furniture(part)


def _without_glued_furniture(piece: str) -> Iterator[str]:
    """``piece`` with the page furniture that the flattening glued onto its start cut off
    as pieces of their own ("Share this article: A new strain ...", "Bild: Jahr Media Auf
    der ...", "Zurück zum Lexikon Photovoltaik ..."): a run of words that a boilerplate
    line pattern reads whole, cut before a capital that opens a sentence (a capitalised
    function word, or a capital before a lower-case word) or after a label's colon; and
    then the furniture glued onto its end ("... ähnlich Teilen Sie dies mit:")."""
    for _ in range(_MAX_GLUED):
        words = piece.split(" ")
        cut = _leading_furniture_length(words)
        if cut is None:
            break
        yield " ".join(words[:cut])
        piece = " ".join(words[cut:])
    words = piece.split(" ")
    start = _trailing_furniture_start(words)
    yield from [piece] if start is None else [" ".join(words[:start]), " ".join(words[start:])]


def _trailing_furniture_start(words: list[str]) -> int | None:
    """Where page furniture glued onto the end of a piece starts ("... in der Politik
    ähnlich Teilen Sie dies mit:"), or None: the shortest run of words at the end (no
    sentence end inside it, two words or more or a label) that opens with a capital after
    a word that ends no phrase and reads as furniture, which the word before it does not
    join; at least three words stay before it."""
    length = -1
    for k in range(len(words) - 1, 2, -1):
        length += len(words[k]) + 1
        if length > _GLUE_REACH:
            return None
        if k < len(words) - 1 and words[k][-1:] in ".!?…:":
            return None
        if not words[k][:1].isupper() or words[k - 1].casefold() in STOPWORDS:
            continue
        if k == len(words) - 1 and not words[k].endswith(":"):
            continue
        tail = " ".join(words[k:])
        if tail.count(")") > tail.count("("):
            continue  # the end of a bracket: "(Credit: Getty Images)"
        if _reads_as_furniture(tail) and not _reads_as_furniture(f"{words[k - 1]} {tail}"):
            return k  # (a pattern that reads the word before too takes sentences' words)
    return None


def _leading_furniture_length(words: list[str]) -> int | None:
    """How many words at the start of ``words`` are page furniture glued to the sentence
    after them (at least two words of which stay), or None. A label's colon ends it
    where it can ("Teilen Sie dies mit:", not "Teilen" before "Sie"), the longest such
    label; else the shortest run of furniture words before a sentence's opening."""
    length = -1
    shortest = None
    label = None
    for k, word in enumerate(words[:-2]):
        length += len(word) + 1
        if length > _GLUE_REACH or word[-1:] in ".!?…":
            break  # a sentence of the text ends in it: no furniture's line
        following, after = words[k + 1], words[k + 2]
        if not following.lstrip(_OPENING_QUOTES)[:1].isupper():
            continue
        is_label = word.endswith(":")
        opens = following.casefold() in STOPWORDS or after[:1].islower()
        if not (is_label or (opens and shortest is None)):
            continue
        if _reads_as_furniture(" ".join(words[: k + 1])):
            if is_label:
                label = k + 1
            else:
                shortest = k + 1
    return label or shortest


def _reads_as_furniture(text: str) -> bool:
    """A run of words that would stand as a line of furniture: a whole-line boilerplate
    pattern's, also in brackets ("(Foto: ABr)"), or a reading time ("5 min read")."""
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1]
    return line_pattern_reason(text) is not None or is_reading_time(text)


def _around_section_headers(text: str) -> Iterator[str]:
    """``text`` cut around each comment-thread header ("10 Comments", "Kommentare",
    "[ 167 comments ]"), each header of a list of other stories ("Related Articles",
    "Most Read", "Lesen Sie auch"), each teaser's relative time ("2H ago"), and then each
    comment's writer and date ("Milan Roe on March 4, 2024 at 4:47 pm said:"), which then
    read as the lines they were on the page. Lazily: a bomb is cut only as far as read."""
    for part in _cut_around(text, _headers_in(text)):
        bylines = ((m.start(), m.end()) for m in _COMMENT_BYLINE.finditer(part))
        yield from _cut_around(part, bylines)


def _cut_around(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[str]:
    start = 0
    for span_start, span_end in spans:
        yield from filter(None, (text[start:span_start].strip(), text[span_start:span_end].strip()))
        start = span_end
    if rest := text[start:].strip():
        yield rest


def _headers_in(text: str) -> Iterator[tuple[int, int]]:
    """Where the headers of ``text`` are (start, end), in order, none overlapping one
    taken before it."""
    comment_headers = (
        header
        for header in _COMMENT_HEADER.finditer(text)
        if header.group(1) or _capitalised_header(text, header)
    )
    list_headers = (
        header for header in _RELATED_HEADER.finditer(text) if _capitalised_header(text, header)
    )
    times = ((m.start(), m.end()) for m in _RELATIVE_TIME_IN_TEXT.finditer(text))
    forms = ((m.start(), m.end()) for m in _COMMENT_FORM.finditer(text))
    spans = heapq.merge(
        ((m.start(), m.end()) for m in comment_headers),
        forms,
        ((m.start(), m.end()) for m in list_headers),
        times,
        _dates_in(text),
    )
    end = 0
    for start, header_end in spans:
        if start >= end:
            yield start, header_end
            end = header_end


def _dates_in(text: str) -> Iterator[tuple[int, int]]:
    """Where the dates that ended their lines are (start, end): a month's name written,
    or the date all in digits."""
    candidates = itertools.islice(_DATE_IN_TEXT.finditer(text), _MAX_DATE_CANDIDATES)
    for date in candidates:
        start = _date_start(text, date)
        if start is not None:
            byline = _BYLINE_BEFORE.search(text, max(0, start - _BYLINE_REACH), start)
            yield (byline.start() if byline else start), date.end()


def _date_start(text: str, date: re.Match[str]) -> int | None:
    """Where a date found from its digits starts (its month's name may come before its
    digits), or None when it is no date."""
    month = date.group("month")
    if month is not None:
        return date.start() if month.casefold() in TEXT_MONTHS else None
    if date.group()[1:2] not in (",", " ") and date.group()[2:3] not in (",", " "):
        return date.start()  # "18.07.2025", "2025-07-18"
    before = _MONTH_BEFORE.search(text, max(0, date.start() - 12), date.start())
    if before and before.group(1).casefold() in TEXT_MONTHS:
        return before.start()  # "July 18, 2025"
    return None


def _capitalised_header(text: str, header: re.Match[str]) -> bool:
    """A header capitalised, and not the last word of a heading: a function word before it
    makes it a heading's ("Call for Comments", "the Most Read"), another lower-case word
    ends a button's or a teaser's label ("Termin vereinbaren Ähnliche Beiträge")."""
    before = text[max(0, header.start() - _WORD_REACH) : header.start()]  # bounded: bombs
    if not header.group()[0].isupper():
        return False
    word = _LOWER_WORD_END.search(before)
    return word is None or word.group().strip().casefold() not in STOPWORDS


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
