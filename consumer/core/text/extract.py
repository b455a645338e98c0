"""Text-dump extraction: the stages in order, each in its own module.

normalise -> segment lines -> pointers (prev/next, read more, related lists) ->
boilerplate lines -> bylines and timestamps -> title and its copies -> captions and
duplicates -> the main block (full-page dumps) -> source (site, publisher, republisher).
Every line that leaves the body for a reason other than becoming the title, a caption
or a paragraph is counted under that reason in ``removed`` and ``removed_chars``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from consumer.contract import RawArticle
from consumer.core.enrich.data.first_names import FIRST_NAMES
from consumer.core.model import Extraction, RelatedLink
from consumer.core.normalise import normalise_line, normalise_text_counting
from consumer.core.options import CoreOptions
from consumer.core.text.article_lines import ArticleLines
from consumer.core.text.byline import (
    byline_authors,
    is_byline_label,
    is_label_free,
    is_name,
    named_with_role,
)
from consumer.core.text.captions import find_captions
from consumer.core.text.classify import boilerplate_reason, is_related_header
from consumer.core.text.date_order import reads_month_first
from consumer.core.text.joined_copies import joined_copies
from consumer.core.text.lines import Line, segment_lines
from consumer.core.text.mainblock import select_main_block
from consumer.core.text.meta_line import MAX_CHARS as MAX_META_CHARS
from consumer.core.text.meta_line import is_reading_time, read_meta_line
from consumer.core.text.related import Pointer, is_headline, is_truncated, pointer_of
from consumer.core.text.source_facts import source_facts
from consumer.core.text.timestamps import (
    Timestamp,
    find_timestamp,
    is_date_label,
    is_relative_time_line,
)
from consumer.core.text.title import (
    CleanTitle,
    clean_title,
    headline_likeness,
    is_headline_shaped,
    repeated_form,
    shared_noise_suffix,
    title_key,
    trim_headline,
)

MAX_LINES = 50_000  # a dump is read up to this many lines
_CAPTION_MARGIN = 5  # lines around the article on a full page where its captions may sit
_MAX_RELATED_ITEMS = 12  # headlines taken under one "Most read"-style header
# Removed lines that, in a full page, separate teasers rather than sit inside an article
# (so do "Most read"-style headers, listed in ``ArticleLines.list_headers``).
# Bylines and dates this many lines outside the article's headline and body still count.
_BYLINE_MARGIN = 3
# The visible headline is looked for this many lines above the body, among lines that
# left the body as copies of the title or as page furniture (it is no paragraph).
_HEADLINE_REACH = 12
_MIN_HEADLINE_LIKENESS = 0.55
_HEADLINE_STATUSES = frozenset({None, "boilerplate", "caption"})
# A headline the page shows twice; but a run of such lines is a table of contents.
_REPEATED_STATUSES = frozenset({"duplicate_caption", "duplicate_paragraph"})
_MAX_ROLE_WORDS = 6  # a line between a name and its date ("Senior Editor")
_MAX_COUNT_CHARS = 12  # a follower or view count between a name and its date
_MAX_BYLINE_LINES = 3  # byline and date lines between a headline and the body
_SEPARATOR_REASONS = {"timestamp", "byline"}
_TITLE_ROLE = "title"
_CAPTION_ROLE = "caption"
_DIGIT = re.compile(r"\d")
_ENDS_WITH_BY = re.compile(r"\b(by|von|par|por|door|di|da)\s?:?$", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]")
_LOWER_WORD = re.compile(r"[^\W\d_]{2,}")
# Cheap test before the byline parser: a byline word somewhere in the line.
# Cheap test before the relative-time parser: a number, or a word that may start one.
_MAY_BE_RELATIVE = re.compile(r".{0,30}\d|(an? |just|vor|il|hace|há|ha)\b", re.IGNORECASE)
_MAY_BE_BYLINE = re.compile(
    r"\b(by|von|par|por|di|door|de|texto|text|authors?|autor|autore|auteure?|redacción)\b",
    re.IGNORECASE,
)


def extract_text(raw: RawArticle, options: CoreOptions) -> Extraction:
    """Extract the article from a plain-text copy (aggregator copy or full-page dump)."""
    text, repaired = normalise_text_counting(raw.content)
    lines = segment_lines(text, MAX_LINES)
    warnings = [f"mojibake_repaired:{repaired}"] if repaired else []
    if len(lines) > MAX_LINES:
        # No article has this many lines; the rest is a dump of lists, not worth the time.
        warnings.append(f"lines_over_limit:{MAX_LINES}")
        lines = lines[:MAX_LINES]
    doc = ArticleLines(lines)

    pointers = _find_pointers(doc)
    _remove_boilerplate(doc)
    bylines, stamps, header_only = _find_bylines_and_dates(doc)
    title = _find_title(doc, raw.title_hint, pointers)
    placed_captions = _find_captions(doc)
    _remove_joined_copies(doc)
    paragraphs, span = _select_paragraphs(doc, title)
    page_first, last = _article_range(doc, span)
    title = _visible_headline(doc, title, span)
    captions = _captions_near(
        doc, [(i, c) for i, c in placed_captions if doc.status[i] != _TITLE_ROLE], span
    )
    # The article's bylines and dates sit by its visible headline; failing that, a date
    # anywhere from the page's title line on (a name there is as often a menu's).
    first, _ = _article_range(doc, span)
    body_start = span[0] if span else next((i for i, st in enumerate(doc.status) if st is None), 0)
    authors = _unique(
        name
        for i, names in bylines
        if first <= i <= last and (i not in header_only or i <= body_start)
        for name in names
    )
    own_stamps = [stamp for i, stamp in stamps if first <= i <= last] or [
        stamp for i, stamp in stamps if page_first <= i <= last
    ]
    if any(s.order_unsure for s in own_stamps) and reads_month_first(paragraphs, raw.url):
        own_stamps = [s.month_first() for s in own_stamps]
    published = next((s.value for s in own_stamps if not s.is_update), None)
    modified = next((s.value for s in own_stamps if s.is_update), None)

    related = _related_links(pointers, title)
    named_sources = [p.source for _, p in pointers if p.source]
    site, publisher, republisher = source_facts(raw, title, named_sources)
    if not paragraphs:
        warnings.append("no_paragraphs")
    return Extraction(
        title=title.text if title else None,
        paragraphs=paragraphs,
        captions=captions,
        related=related,
        authors=authors,
        published_at=published,
        modified_at=modified,
        site=site,
        publisher=publisher,
        republisher=republisher,
        removed=Counter(doc.removed),
        removed_chars=Counter(doc.removed_chars),
        warnings=warnings,
    )


def _find_pointers(doc: ArticleLines) -> list[tuple[int, Pointer]]:
    """Prev/next and read-more lines, inline "Related: X" lines, and lists under a
    "Most read"-style header; all leave the body."""
    found: list[tuple[int, Pointer]] = []
    lines = doc.lines
    seen: dict[str, Pointer | None] = {}  # dumps repeat their menus: judge each text once
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.text not in seen:
            seen[line.text] = pointer_of(line.text)
        pointer = seen[line.text]
        if pointer is not None:
            found.append((i, pointer))
            reason = "navigation" if pointer.rel in ("prev", "next") else pointer.rel
            doc.remove(i, reason)
        elif len(line.text) <= 60 and is_related_header(line.text):
            doc.remove(i, "related")
            doc.list_headers.append(i)
            j = i + 1
            # The list follows in the header's block, in the next block, or one headline
            # per block (blank lines between the items).
            while (
                j < len(lines)
                and j - i <= _MAX_RELATED_ITEMS
                and is_headline(lines[j].text)
                and (
                    lines[j].block == lines[j - 1].block or j == i + 1 or _alone_in_block(lines, j)
                )
            ):
                found.append((j, Pointer("related", lines[j].text, None)))
                doc.remove(j, "related")
                j += 1
            i = j
            continue
        i += 1
    return found


def _alone_in_block(lines: list[Line], j: int) -> bool:
    before = j == 0 or lines[j - 1].block != lines[j].block
    after = j + 1 >= len(lines) or lines[j + 1].block != lines[j].block
    return before and after


def _find_bylines_and_dates(
    doc: ArticleLines,
) -> tuple[list[tuple[int, list[str]]], list[tuple[int, Timestamp]], frozenset[int]]:
    """Byline and timestamp lines leave the body; returns the names and dates with their
    positions (a full page has other stories' and comments' bylines too), and the
    positions of bylines that count only above the body ("Jane Doe, Editor")."""
    bylines: list[tuple[int, list[str]]] = []
    stamps: list[tuple[int, Timestamp]] = []
    lower_words = _LowerCaseWords(doc)
    header_only: set[int] = set()
    for i, line in enumerate(doc.lines):
        if doc.status[i] is not None or len(line.text) > 200:
            continue
        if is_reading_time(line.text):
            # "7 min read" sits in the article's header, often beside its author's name.
            doc.remove(i, "reading_time")
            beside = _bare_author_beside(doc, i, lower_words)
            bylines.extend([beside] if beside else [])
            continue
        if is_date_label(line.text) and not _next_holds_date(doc, i):
            # "Jane Doe" / "Last updated:" with the date lost: still the article's header.
            doc.remove(i, "timestamp")
            beside = _bare_author_beside(doc, i, lower_words)
            bylines.extend([beside] if beside else [])
            continue
        if is_byline_label(line.text):
            labelled = _names_after_label(doc, i)
            bylines.extend([labelled] if labelled else [])
            continue
        names = byline_authors(line.text) if _MAY_BE_BYLINE.search(line.text) else None
        if names is None:
            names = named_with_role(line.text)
            if names:
                header_only.add(i)  # counts only above the body (not a quote's)
        meta = None
        if names is None and len(line.text) <= MAX_META_CHARS and _DIGIT.search(line.text):
            meta = read_meta_line(line.text)
        if names is not None:
            bylines.append((i, names))
            doc.remove(i, "byline")
            # "By Jane Doe | Published: ... | Updated: ..." lines carry dates too.
            found = map(find_timestamp, line.text.split(" | "))
            stamps.extend((i, stamp) for stamp in found if stamp is not None)
        elif meta is not None:
            doc.remove(i, "timestamp")
            label = i - 1 if i and doc.status[i - 1] is None else None
            if label is not None and is_date_label(doc.lines[label].text):
                # "Last updated on:" / "March 4, 2024": the label says which date it is.
                doc.remove(label, "timestamp")
                stamp = find_timestamp(f"{doc.lines[label].text} {line.text}")
                stamps.extend([(i, stamp)] if stamp else [])
            else:
                stamps.extend((i, stamp) for stamp in meta.stamps)
            if meta.lone_name and _is_proper_name(meta.lone_name, lower_words):
                bare: tuple[int, list[str]] | None = (i, [meta.lone_name])
            elif meta.names:
                bare = (i, meta.names)
            else:
                bare = _bare_author_beside(doc, i, lower_words)
            if bare:
                bylines.append(bare)
        elif (
            len(line.text) <= 60
            and _MAY_BE_RELATIVE.match(line.text)
            and is_relative_time_line(line.text)
        ):
            doc.remove(i, "timestamp")  # dates a teaser or a comment, not the article
    return bylines, stamps, frozenset(header_only)


def _bare_author_beside(
    doc: ArticleLines, i: int, lower_words: _LowerCaseWords
) -> tuple[int, list[str]] | None:
    """A name alone on the line next to a timestamp ("Jane Doe" / "Sat, March 2, 2024").

    Without a "By", only a line that starts with a known given name, or whose words the
    dump never writes in lower case, counts: pages put section names and buttons
    ("Industry Insights", "Get Started") beside dates too.
    """
    for j in (i - 1, i + 1, i - 2, i + 2):
        if 0 <= j < len(doc.lines) and doc.status[j] is None:
            # Two lines away, across a role or a dot ("Jane Doe" / "Senior Editor" / date).
            between = doc.lines[(i + j) // 2].text
            if abs(j - i) == 2 and not _may_sit_between(between):
                continue
            text = doc.lines[j].text
            if not is_name(text):
                continue
            if text.split()[0].casefold() not in FIRST_NAMES and not _is_proper_name(
                text, lower_words
            ):
                continue
            names = byline_authors("By " + text)
            if names:
                doc.remove(j, "byline")
                return j, names
    return None


def _next_holds_date(doc: ArticleLines, i: int) -> bool:
    return i + 1 < len(doc.lines) and find_timestamp(doc.lines[i + 1].text) is not None


def _may_sit_between(text: str) -> bool:
    """Can ``text`` sit between an author's name and the date: a role ("Senior Editor"),
    a dot, a count ("1,024")? Not a sentence, a date, nor an "Edited by" label."""
    if not _LETTERS.search(text):
        return len(text) <= _MAX_COUNT_CHARS
    return (
        len(text.split()) <= _MAX_ROLE_WORDS
        and not _DIGIT.search(text)
        and not _ENDS_WITH_BY.search(text)  # "Edited by" / "Jane Doe": not the author
    )


def _names_after_label(doc: ArticleLines, i: int) -> tuple[int, list[str]] | None:
    """The names on the line after a lone byline label ("Written by" / "Jane Doe")."""
    j = i + 1
    if j >= len(doc.lines) or doc.status[j] is not None or len(doc.lines[j].text) > 80:
        return None
    text = doc.lines[j].text
    if len(text) <= 3 and text.isupper():
        return None  # the initials of an avatar ("JD"): the name comes later
    names = byline_authors("By " + text)
    names = [name for name in names or () if is_label_free(name)]
    if not names:
        return None
    doc.remove(i, "byline")
    doc.remove(j, "byline")
    return j, names


class _LowerCaseWords:
    """Words the dump writes in lower case (common words, not names), read from the
    dump the first time a name needs checking (most dumps never ask)."""

    def __init__(self, doc: ArticleLines) -> None:
        self._doc = doc
        self._words: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            text = "\n".join(line.text for line in self._doc.lines)
            self._words = frozenset(w for w in _LOWER_WORD.findall(text) if w.islower())
        return word in self._words


def _is_proper_name(text: str, lower_words: _LowerCaseWords) -> bool:
    """No word of ``text`` is written in lower case anywhere in the dump ("Market Watch"
    is, as "the market"; "Jane Doe" is not)."""
    return not any(word.casefold() in lower_words for word in _LOWER_WORD.findall(text))


def _article_range(doc: ArticleLines, span: tuple[int, int] | None) -> tuple[int, int]:
    """Positions whose bylines and dates are the article's: all of a clean copy; on a full
    page, from the headline (or the body) to just after the body."""
    if span is None:
        return 0, len(doc.lines)
    title_at = next((i for i, status in enumerate(doc.status) if status == _TITLE_ROLE), span[0])
    start = min(title_at, span[0]) - _BYLINE_MARGIN
    return start, span[1] + _BYLINE_MARGIN


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _remove_boilerplate(doc: ArticleLines) -> None:
    seen: dict[str, str | None] = {}
    for i, line in enumerate(doc.lines):
        if doc.status[i] is None:
            if line.text not in seen:
                seen[line.text] = boilerplate_reason(line.text)
            reason = seen[line.text]
            if reason is not None:
                doc.remove(i, reason)


def _find_title(
    doc: ArticleLines, hint: str | None, pointers: list[tuple[int, Pointer]]
) -> CleanTitle | None:
    """The headline (hint, else the first headline-like line) and every copy of it."""
    headlines = [p.title for _, p in pointers if p.title and p.rel in ("prev", "next")]
    first = _first_title_line(doc)
    source = normalise_line(hint) if hint and hint.strip() else None
    if source is None and first is not None:
        source = doc.lines[first].text
    if not source:
        return None
    noise = shared_noise_suffix(source, headlines)
    title = clean_title(trim_headline(source), (noise,) if noise else ())
    title = repeated_form(title, _line_keys(doc, first, len(title.text)))
    wanted = {title_key(title.text), title_key(source)}
    verdicts: dict[str, bool] = {}  # dumps repeat lines: judge each text once
    for i, line in enumerate(doc.lines):
        if doc.status[i] is not None or len(line.text) > 2 * len(source) + 20:
            continue
        if line.text not in verdicts:
            verdicts[line.text] = title_key(line.text) in wanted or (
                title_key(clean_title(line.text, title.noise_words).text) in wanted
            )
        if verdicts[line.text]:
            if i == first and not hint:
                doc.status[i] = _TITLE_ROLE
            else:
                doc.remove(i, "repeated_title")
    return title


def _visible_headline(
    doc: ArticleLines, title: CleanTitle | None, span: tuple[int, int] | None
) -> CleanTitle | None:
    """On a full page, the headline shown above the article when it words the page's
    title differently ("Top 11 SEO Tips" | "11 SEO Tips to Stay Ahead in 2025").

    A full-page dump starts with the page's <title>, often an SEO variant; the headline
    readers see sits in the lines just before the body. The line there that shares most
    words with the title (at least half, by Dice overlap) is taken, the nearest to the
    body on a tie; it then heads the article for its bylines and dates.
    """
    if span is None:
        return title
    if title is None:
        return _headline_above_byline(doc, span[0])
    start = max(0, span[0] - _HEADLINE_REACH)
    key = title_key(title.text)
    if any(
        doc.status[i] == "repeated_title" and title_key(doc.lines[i].text) == key
        for i in range(1, span[0])
    ):
        return title  # the page shows the title as it is
    # A line that comes again inside the article is a section heading (listed above it
    # in a table of contents), not the headline.
    sections = {doc.lines[i].text for i in range(span[0], min(span[1] + 1, len(doc.lines)))}
    best, best_score = None, _MIN_HEADLINE_LIKENESS
    for i in range(start, span[0]):
        if doc.status[i] not in _HEADLINE_STATUSES and not _lone_repeat(doc, i):
            continue
        if doc.lines[i].text in sections or _part_of(doc.lines[i].text, title.text):
            continue
        score = headline_likeness(title.text, doc.lines[i].text)
        if score >= best_score:
            best, best_score = i, score
    if best is None:
        return title
    for i, status in enumerate(doc.status):
        if status == _TITLE_ROLE:
            doc.status[i] = "repeated_title"
    doc.status[best] = _TITLE_ROLE
    headline = clean_title(trim_headline(doc.lines[best].text), title.noise_words)
    return CleanTitle(headline.text, title.noise, title.republisher, title.publisher, title.site)


def _headline_above_byline(doc: ArticleLines, body_start: int) -> CleanTitle | None:
    """A page with no title line: the headline-shaped line just above the bylines and
    dates that open the body ("10 Tips for Online Courses" / "Posted on June 29, 2020")."""
    i = body_start - 1
    while i >= 0 and body_start - i <= _MAX_BYLINE_LINES and doc.status[i] in _SEPARATOR_REASONS:
        i -= 1
    if i < 0 or i == body_start - 1 or doc.status[i] not in _HEADLINE_STATUSES:
        return None
    text = doc.lines[i].text
    if not is_headline_shaped(text):
        return None
    doc.status[i] = _TITLE_ROLE
    return clean_title(trim_headline(text))


def _part_of(line: str, title: str) -> bool:
    """Is ``line`` a short piece of ``title`` (its site or section name), not a rewording?"""
    line_words, title_words = title_key(line).split(), title_key(title).split()
    return set(line_words) <= set(title_words) and 3 * len(line_words) <= len(title_words)


def _lone_repeat(doc: ArticleLines, i: int) -> bool:
    """Line ``i`` left as a repeat, and neither neighbour did (not a table of contents)."""
    return doc.status[i] in _REPEATED_STATUSES and all(
        not 0 <= j < len(doc.status) or doc.status[j] not in _REPEATED_STATUSES
        for j in (i - 1, i + 1)
    )


def _line_keys(doc: ArticleLines, skip: int | None, max_chars: int) -> set[str]:
    """Comparison keys of the lines in play (but ``skip``) no longer than ``max_chars``."""
    return {
        title_key(line.text)
        for i, line in enumerate(doc.lines)
        if i != skip and doc.status[i] is None and len(line.text) < max_chars
    }


def _first_title_line(doc: ArticleLines) -> int | None:
    """The first line still in play, when it reads like a headline (not a paragraph)."""
    for i, line in enumerate(doc.lines[:40]):
        if doc.status[i] is None:
            text = line.text
            if len(text) > 300:
                return None
            words = len(text.split())
            sentence = text.endswith(".") and not text.endswith("...") and words > 12
            if 2 <= words <= 40 and len(text) <= 300 and not sentence:
                return i
            return None
    return None


def _find_captions(doc: ArticleLines) -> list[tuple[int, str]]:
    positions = [i for i in range(len(doc.lines)) if doc.status[i] is None]
    verdict = find_captions([doc.lines[i].text for i in positions])
    captions: list[tuple[int, str]] = []
    for k, i in enumerate(positions):
        if k in verdict.duplicates:
            doc.remove(i, verdict.duplicates[k])
        elif k in verdict.captions:
            doc.status[i] = _CAPTION_ROLE
            captions.append((i, verdict.captions[k]))
        elif k in verdict.merged:
            doc.lines[i].text = verdict.merged[k]
    return captions


def _remove_joined_copies(doc: ArticleLines) -> None:
    texts = [line.text if doc.status[i] is None else None for i, line in enumerate(doc.lines)]
    for i in joined_copies(texts):
        doc.remove(i, "duplicate_paragraph")


def _select_paragraphs(
    doc: ArticleLines, title: CleanTitle | None
) -> tuple[list[str], tuple[int, int] | None]:
    """All remaining lines of a clean copy; the main block of a full-page dump.

    Also returns the span of positions the article covers on a full page (None for a
    clean copy, where all of it is the article).
    """
    texts = [line.text if doc.status[i] is None else None for i, line in enumerate(doc.lines)]
    full_page = doc.looks_like_full_page()
    if full_page:
        kept = select_main_block(
            texts,
            anchor=_headline_anchor(doc, title),
            barriers=_positions(doc, {"comments"}),
            separators=_positions(doc, _SEPARATOR_REASONS) | frozenset(doc.list_headers),
            blocks=[line.block for line in doc.lines],
        )
    else:
        kept = {i for i, text in enumerate(texts) if text is not None}
    paragraphs = []
    for i, text in enumerate(texts):
        if text is None:
            continue
        if i in kept:
            paragraphs.append(text)
        else:
            doc.remove(i, "boilerplate")
    span = (min(kept), max(kept)) if full_page and kept else None
    return paragraphs, span


def _captions_near(
    doc: ArticleLines, captions: list[tuple[int, str]], span: tuple[int, int] | None
) -> list[str]:
    """Captions of the article: on a full page, those of photos elsewhere (galleries,
    teasers) go as boilerplate."""
    kept: list[str] = []
    for i, caption in captions:
        if span is None or span[0] - _CAPTION_MARGIN <= i <= span[1] + _CAPTION_MARGIN:
            kept.append(caption)
        else:
            doc.remove(i, "boilerplate")
    return kept


def _positions(doc: ArticleLines, reasons: set[str]) -> frozenset[int]:
    return frozenset(i for i, status in enumerate(doc.status) if status in reasons)


def _headline_anchor(doc: ArticleLines, title: CleanTitle | None) -> int | None:
    """The first repeat of the headline after the top line, if early enough to head the text.

    Only a line that is the headline and nothing else heads the article: the headline with
    a date or a site name after it is a link to the article in a list (an archive, a
    "latest posts" box).
    """
    if title is None:
        return None
    key = title_key(title.text)
    for i, status in enumerate(doc.status):
        if i > 0 and status == "repeated_title" and title_key(doc.lines[i].text) == key:
            return i if i < 0.7 * len(doc.lines) else None
    return None


def _related_links(
    pointers: list[tuple[int, Pointer]], title: CleanTitle | None
) -> list[RelatedLink]:
    noise = title.noise_words if title else ()
    links: list[RelatedLink] = []
    seen: set[str] = {title_key(title.text)} if title else set()  # the article's own headline
    for _, pointer in pointers:
        if not pointer.title:
            continue
        headline = clean_title(pointer.title, noise).text if noise else pointer.title
        key = title_key(headline)
        if key and key not in seen:
            seen.add(key)
            links.append(
                RelatedLink(rel=pointer.rel, title=headline, truncated=is_truncated(headline))
            )
    return links
