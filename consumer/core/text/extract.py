"""Text-dump extraction: the stages in order, each in its own module.

normalise -> segment lines -> pointers (prev/next, read more, related lists) ->
boilerplate lines -> bylines and timestamps -> title and its copies -> captions and
duplicates -> the main block (full-page dumps) -> the visible headline (full-page dumps)
-> the article's bylines and dates -> source (site, publisher, republisher).
Every line that leaves the body for a reason other than becoming the title, a caption
or a paragraph is counted under that reason in ``removed`` and ``removed_chars``.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterable

from consumer.contract import RawArticle
from consumer.core.enrich.language import country_language, detect_body_language
from consumer.core.html.clean import link_url
from consumer.core.model import Extraction, RelatedLink
from consumer.core.normalise import normalise_line, normalise_text_counting
from consumer.core.options import CoreOptions
from consumer.core.promo_lines import AD_WIDGET_HEADERS
from consumer.core.read_more_tail import without_read_more_tail
from consumer.core.text.about_box import remove_about_boxes
from consumer.core.text.ad_breaks import body_with_ad_breaks_closed
from consumer.core.text.agencies import is_news_agency
from consumer.core.text.api_cut import TRUNCATED_WARNING, without_cut_mark
from consumer.core.text.app_card import app_card_source
from consumer.core.text.article_lines import (
    CAPTION_ROLE,
    SEPARATOR_REASONS,
    TITLE_ROLE,
    ArticleLines,
)
from consumer.core.text.body_tail import (
    boxed_author,
    cjk_closing_under,
    sign_off_under,
    without_author_bios,
    without_bio_under_removed_header,
    without_bracketed_sign_off,
    without_cjk_name_line,
    without_closing_outlet,
    without_dividers,
    without_sign_off,
    without_wire_credits,
)
from consumer.core.text.byline import (
    agency_credit,
    is_role_credit,
    listed_names,
    recased_name,
    without_agency_credits,
    without_companies,
)
from consumer.core.text.captions import find_captions
from consumer.core.text.cjk_credits import cjk_outlet_after_date
from consumer.core.text.classify import boilerplate_reason, is_related_header
from consumer.core.text.contact_block import remove_contact_blocks
from consumer.core.text.credit_sentence import credited_writers
from consumer.core.text.date_order import reads_month_first, url_day
from consumer.core.text.dated_thread import dated_thread_entries
from consumer.core.text.dateline import dateline_date
from consumer.core.text.forwarded_mail import remove_forwarded_header, with_header_fields_apart
from consumer.core.text.header_lines import find_bylines_and_dates
from consumer.core.text.headline import lead_words, visible_headline
from consumer.core.text.joined_copies import joined_copies
from consumer.core.text.leading_title import leading_title
from consumer.core.text.line_patterns import BACK_TO_LIST, BAR_MENU, BREADCRUMB
from consumer.core.text.lines import (
    SENTENCE_END,
    Line,
    has_source_spacing,
    is_one_line_page,
    segment_lines,
)
from consumer.core.text.link_notes import link_notes
from consumer.core.text.mainblock import (
    GOOD,
    LIST_ITEM,
    SHORT,
    line_class,
    line_features,
    select_main_block,
    short_post_lines,
)
from consumer.core.text.markdown import looks_like_markdown, unmark
from consumer.core.text.page_months import in_page_language, may_be_listopad
from consumer.core.text.pdf_pages import remove_pdf_page_furniture
from consumer.core.text.reader_header import read_header
from consumer.core.text.related import (
    Pointer,
    is_headline,
    is_media_headline,
    is_truncated,
    pointer_of,
)
from consumer.core.text.site_links import remove_own_site_links
from consumer.core.text.slideshow import find_slideshows
from consumer.core.text.source_facts import (
    cjk_source_field,
    copyright_holder,
    masthead_name,
    source_facts,
)
from consumer.core.text.sources import compact_name, dateline_reporters, wire_agency
from consumer.core.text.timestamps import (
    Timestamp,
    find_timestamp,
    is_relative_time_line,
    is_timestamp_line,
    opens_with_publication_label,
)
from consumer.core.text.title import (
    CleanTitle,
    clean_title,
    content_words,
    repeated_form,
    shared_noise_suffix,
    title_key,
    trim_headline,
    word_count,
)

MAX_LINES = 50_000  # a dump is read up to this many lines
_CAPTION_MARGIN = 5  # lines around the article on a full page where its captions may sit
_MAX_RELATED_ITEMS = 12  # headlines taken under one "Most read"-style header
_MIN_ALT_CAPTION_WORDS = 3  # an alt text of a word or two ("Logo", "Jane Doe") is no caption
_MAX_ALT_CAPTIONS = 2
_MIN_POINTED_HEADLINE_WORDS = 4  # a headline under a bare "Next article" label
# Bylines and dates this many lines outside the article's headline and body still count.
_BYLINE_MARGIN = 3
_WORDS_BELOW = 150  # a menu over the headline shares no word with the story's opening
_BOX_REACH_INTO_BODY = 3  # an author box under the story starts at the body's last lines
_BYLINE_REACH_ABOVE = 8  # lines above the range a byline may stand (see _byline_just_above)
_MAX_SOURCE_CHARS = 60  # a line naming the source is the name alone
_DATELINE_PARAGRAPHS = 2  # a dateline opens the body, or the paragraph after a subtitle
_MAX_EMAIL_FOOTER_LINES = 4  # an e-mail's sender lines after its unsubscribe line
_TITLE_TAIL_WORDS = 3  # a one-line page's piece holding the title's last words repeats it
_ANCHOR_REACH = 8  # lines after the headline within which its text starts
_PUBLISHED_NOTE_REACH = 12  # lines under the body where its "First published:" stands
_TOP_LINES = 3  # the first lines of a page: its header (a blog's name)
_LATE_SHARE = 0.7  # a headline's repeat past this share of the lines is a late one
_OWN_TEXT_CHARS = 400  # prose above a late repeat that makes a text of its own
# A story's tags or filing line under its text ("Tags: X, Y", "Filed under: X", "Themen:
# X", "Mots-clés : X").
_TAGS_LINE = re.compile(
    r"(?:tags|tagged(?: with| as)?|topics|filed under|themen|schlagw(?:ö|o)rter|schlagworte|"
    r"mots-clés|etiquetas|tag)\s?:.*",
    re.IGNORECASE,
)
# "© 2012 X", "Copyright 2012 X", "All rights reserved" (not a headline about copyright).
_COPYRIGHT_NOTICE = re.compile(
    r"©|\(c\) ?\d{4}|\bcopyright\W{1,3}(?:\(c\)|\d{4})|\ball rights reserved\b", re.I
)
# A dated notice that opens its line ("© 2008 AFP", "Copyright 2008 by The Associated Press",
# "(c) PA Sport 2008, All Rights Reserved."): the page's or the wire's, not a photo's credit
# ("The Arabian Desert | © 2008 Jane Roe", "Illustration © 2004 X").
_DATED_NOTICE = re.compile(
    r"\(?(?:©|\(c\)|copyright\b)[^\n]*?(?:\b(?:19|20)\d\d\b|\ball rights reserved\b)", re.I
)
_MIN_LISTED_HEADLINE_WORDS = 5  # another story's headline beside the repeat, not a kicker
_MAX_HEADER_LINES = 40  # a page's headline sits within its first lines
_MAX_HEADER_LINE_WORDS = 25  # a longer line above the headline is a paragraph
_MAX_MENU_WORDS = 3  # a menu's item: "Home", "World News", "Arts & Culture"
_MAX_FORM_LINE_WORDS = 5  # a form's button or note: "Yes", "Post Comment", "Thank you!"
_MAX_KICKER_WORDS = 5  # ... or the site's name there: "Le Quotidien du Centre"
_MAX_KICKER_REACH = 4  # the headline shown under the title line, past a kicker or two


def extract_text(raw: RawArticle, options: CoreOptions) -> Extraction:
    """Extract the article from a plain-text copy (aggregator copy or full-page dump)."""
    text, repaired = normalise_text_counting(raw.content)
    header = read_header(text)
    if header:  # a reader service's copy: its header gives what the raw article did not
        text = text[header.body_start :]
        raw = dataclasses.replace(
            raw, url=raw.url or header.url, title_hint=raw.title_hint or header.title
        )
    markup = unmark(text) if looks_like_markdown(text) else link_notes(text)
    if markup:
        text = markup.text
    text, cut_mark_chars = without_cut_mark(text)
    text = with_header_fields_apart(text)  # a forwarded mail's "From:", "Subject:" ...
    # A flattened page's first piece is no title line: it runs the <title> into the menu.
    # The title is then the <title> at its start when the page shows it again (see
    # leading_title), else the headline above the byline (see visible_headline); and it
    # is a full page for sure.
    flattened = is_one_line_page(text)
    leading = leading_title(text) if flattened and not raw.title_hint else None
    lines = segment_lines(text, MAX_LINES, headline=leading)
    warnings = [f"mojibake_repaired:{repaired}"] if repaired else []
    if len(lines) > MAX_LINES:
        # No article has this many lines; the rest is a dump of lists, not worth the time.
        warnings.append(f"lines_over_limit:{MAX_LINES}")
        lines = lines[:MAX_LINES]
    doc = ArticleLines(lines)
    if markup:
        doc.removed.update(markup.removed)
        doc.removed_chars.update(markup.removed_chars)
    if cut_mark_chars:
        doc.removed["truncation_mark"] += 1
        doc.removed_chars["truncation_mark"] += cut_mark_chars
        warnings.append(TRUNCATED_WARNING)

    pointers = _find_pointers(doc)
    _remove_boilerplate(doc)
    remove_forwarded_header(doc)  # "---------- Forwarded message ---------" / "From: ..."
    remove_pdf_page_furniture(doc)  # "Page 3 of 7" and the running head beside it
    remove_contact_blocks(doc)
    bylines, stamps, header_only = find_bylines_and_dates(doc)
    stamps = _stamps_in_page_language(doc, stamps, raw)
    remove_own_site_links(doc, raw.url)  # "AP NBA: https://apnews.com/hub/nba"
    card_outlet = None if flattened else app_card_source(doc)  # "X" / "• 3h •" / headline
    hint = raw.title_hint or leading
    title = _find_title(doc, hint, pointers, first_line=not flattened)
    _remove_source_names(doc, pointers, title)
    placed_captions = _alt_captions(doc, markup.image_alts if markup else [])
    placed_captions += _find_captions(doc)
    placed_captions += _slideshow_captions(doc, markup.image_alts if markup else [])
    _remove_joined_copies(doc)
    span = _select_paragraphs(
        doc, title, full_page=flattened, paragraph_blocks=not has_source_spacing(text)
    )
    page_first, last = _article_range(doc, span)
    if leading:  # the pieces of a one-line page are no headline lines
        _head_with_nearest_repeat(doc, title, span)
    elif hint or not flattened:
        # A one-line page without its <title> takes none of its pieces for the headline:
        # they are cut anywhere (on WCXB dev a 6 of 224 so taken were right).
        # A markdown copy made without the page's <title> (html2text) opens with its menu:
        # its headline is then a level-1 heading.
        headings = markup.headlines if markup and not raw.title_hint else []
        title = visible_headline(doc, title, span, first_line=not hint, headings=headings)
    paragraphs = _without_title_copies(doc, title)
    # (Only now: a link at the end of a line marks a teaser while the story is found.)
    paragraphs = _without_read_more_tails(doc, paragraphs)
    captions = _captions_near(
        doc, [(i, c) for i, c in placed_captions if doc.status[i] != TITLE_ROLE], span
    )
    # The article's bylines and dates sit by its visible headline; failing that, a date
    # anywhere from the page's title line on (a name there is as often a menu's).
    first, _ = _article_range(doc, span)
    body_start = span[0] if span else next((i for i, st in enumerate(doc.status) if st is None), 0)
    authors = without_agency_credits(
        _unique(
            name
            for i, names in bylines
            if first <= i <= last and (i not in header_only or i <= body_start)
            for name in names
            if not is_role_credit(name)  # "নিজস্ব প্রতিবেদক" ("staff reporter") beside a date
        )
    )
    paragraphs, outlet = without_closing_outlet(doc, paragraphs)  # "北海日報社"
    paragraphs, signed = without_sign_off(doc, paragraphs)
    paragraphs, closing = without_bracketed_sign_off(doc, paragraphs)
    paragraphs, cjk_named = without_cjk_name_line(doc, paragraphs)
    signed = signed or (closing.names if closing else []) or cjk_named
    paragraphs, credited = without_wire_credits(doc, paragraphs)
    datelined = dateline_reporters(paragraphs[0]) if paragraphs else []
    authors = (
        authors
        or signed
        or credited
        or datelined
        or _byline_just_above(bylines, header_only, first)
        # "This post was written by Jane Doe, ..." at the top or the foot of the text
        or credited_writers([line.text for line in doc.lines[max(first, 0) : last + 1]])
    )
    if not authors and header and header.author:  # a scraper's "Author:" field
        authors = listed_names(header.author) or []
    paragraphs = without_author_bios(doc, paragraphs, authors)
    paragraphs = without_bio_under_removed_header(doc, paragraphs)
    paragraphs = without_dividers(doc, paragraphs)
    if not authors and span:
        # An author box under the story (from the body's last lines on): after the bios
        # left the body, so a bio named by no byline stays as it was.
        start = max(body_start, span[1] - _BOX_REACH_INTO_BODY)
        authors = boxed_author(doc, start, span[0]) or sign_off_under(doc, span[1])
    if span and not outlet:  # "（山田太郎）" and "北海日報社" under a page's text
        closing_names, outlet = cjk_closing_under(doc, span[1])
        authors = authors or closing_names
    own_stamps = [stamp for i, stamp in stamps if first <= i <= last] or [
        stamp for i, stamp in stamps if page_first <= i <= last
    ]
    if any(s.order_unsure for s in own_stamps):
        own_stamps = _in_page_order(own_stamps, paragraphs, raw.url)
    if not own_stamps:
        # "LEEDS, England, Nov. 25, 2025 /PRNewswire/ --" (under a release's subtitle)
        opening = paragraphs[:_DATELINE_PARAGRAPHS]
        own_stamps = [s for p in opening if (s := dateline_date(p, raw.url))][:1]
    published = next((s.value for s in own_stamps if not s.is_update), None)
    modified = next((s.value for s in own_stamps if s.is_update), None)
    if published and modified and _later_than_its_update(published, modified, stamps, span):
        published = None
    if header and header.published:
        published = header.published
    if published is None and not (header and header.published):
        published = _published_under_body(doc, stamps, last, modified)
    if published is None and not (header and header.published):
        published = _post_footer_date(doc, first, last)

    related = _related_links(pointers, title)
    if markup and markup.link_targets:
        related = _with_link_targets(related, markup.link_targets, raw.url)
    named_sources = [p.source for _, p in pointers if p.source] + _cjk_source_fields(doc)
    named_sources += [outlet] if outlet else []
    named_sources += [card_outlet] if card_outlet else []
    wire = (wire_agency(paragraphs[0]) if paragraphs else None) or (
        closing.agency if closing else None  # "...見通し。(共同)"
    )
    site, publisher, republisher = source_facts(raw, title, named_sources, wire)
    if publisher is None:
        # (an aggregator's copy keeps the original's notice: "©2026 X L.P." names X, and
        # one naming the aggregator itself names no publisher)
        holder = _footer_holder(doc)
        if holder and not (republisher and _same_name(holder, republisher)):
            publisher = holder
    if publisher is None and site and not republisher:
        publisher = masthead_name([line.text for line in doc.lines], site)
    authors = [
        recased_name(name) for name in _without_house_name(without_companies(authors), publisher)
    ]
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
        canonical_url=header.url if header else None,
        site=site,
        publisher=publisher,
        republisher=republisher,
        removed=Counter(doc.removed),
        removed_chars=Counter(doc.removed_chars),
        warnings=warnings,
    )


def _without_title_copies(doc: ArticleLines, title: CleanTitle | None) -> list[str]:
    """The body's lines still in play once the title's copies leave. The title may be
    found after the body was chosen (the headline above the body, whose copy the body
    held, or the body's first line), and lines above it may have left with it (a
    section's name)."""
    if title is not None:
        titled = {title.text} | {
            doc.lines[i].text for i, status in enumerate(doc.status) if status == TITLE_ROLE
        }
        for i, status in enumerate(doc.status):
            if status is None and doc.lines[i].text in titled:
                doc.remove(i, "repeated_title")
        _remove_menu_over_headline(doc)
    return body_with_ad_breaks_closed(doc)


def _remove_menu_over_headline(doc: ArticleLines) -> None:
    """Menu words left above the headline ("Home", "News", "Sport"): a story starts under
    its headline. So do the site's or a section's name or a kicker between the page's
    title line and the headline shown under it, and a section's name between the headline
    and its date line. Only when every line left there is a few words and no sentence."""
    top = next((i for i, status in enumerate(doc.status) if status == TITLE_ROLE), 0)
    shown = next(
        (
            i
            for i in range(top + 1, min(len(doc.lines), top + _MAX_KICKER_REACH))
            if doc.status[i] == "repeated_title"
        ),
        top,
    )
    # ... and a section's name between the headline and its date or byline line.
    dated = next(
        (
            i
            for i in range(shown + 1, min(len(doc.lines), shown + _MAX_KICKER_REACH))
            if doc.status[i] in ("timestamp", "byline")
        ),
        shown,
    )
    for start, end, max_words in (
        (0, top, _MAX_MENU_WORDS),
        (top + 1, shown, _MAX_KICKER_WORDS),
        (shown + 1, dated, _MAX_MENU_WORDS),
    ):
        above = [i for i in range(start, end) if doc.status[i] is None]
        if above and all(
            word_count(doc.lines[i].text) <= max_words
            and not SENTENCE_END.search(doc.lines[i].text)
            for i in above
        ):
            for i in above:
                doc.remove(i, "navigation")


def _without_read_more_tails(doc: ArticleLines, paragraphs: list[str]) -> list[str]:
    """The paragraphs without the read-more links glued to their ends ("... three years.
    Continue reading →"), each counted as ``read_more``."""
    kept = []
    for paragraph in paragraphs:
        text, link = without_read_more_tail(paragraph)
        if link:
            doc.removed["read_more"] += 1
            doc.removed_chars["read_more"] += len(link)
        kept.append(text)
    return kept


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
        if i == 0 and is_media_headline(line.text):
            pointer = None  # the dump opens with it: the video's headline, no pointer
        if pointer is not None and not _heads_a_list(pointer, line.text):
            reason = "navigation" if pointer.rel in ("prev", "next") else pointer.rel
            doc.remove(i, reason)
            if _labels_next_line(lines, i, pointer):
                doc.list_headers.append(i)  # the story ends above a post's prev/next links
                i += 1
                pointer = Pointer(pointer.rel, lines[i].text, None)
                doc.remove(i, reason)
            found.append((i, pointer))
        elif len(line.text) <= 60 and is_related_header(line.text):
            listed: list[tuple[int, Pointer]] = []
            doc.remove(i, "related")
            doc.list_headers.append(i)
            j = i + 1
            # The list follows in the header's block, in the next block, or one headline
            # per block (blank lines between the items).
            while (
                j < len(lines)
                and j - i <= _MAX_RELATED_ITEMS
                and _CAROUSEL.fullmatch(lines[j].text)
            ):
                doc.remove(j, "navigation")  # "Previous", "1", "Next": the box's own buttons
                j += 1
            while (
                j < len(lines)
                and j - i <= _MAX_RELATED_ITEMS
                and (is_headline(lines[j].text) or (j > i + 1 and _teaser_date(lines[j].text)))
                and boilerplate_reason(lines[j].text) is None  # "Teilen auf X" ends the list
                and not is_related_header(lines[j].text)  # nor does the next list's header
                and (
                    lines[j].block == lines[j - 1].block or j == i + 1 or _alone_in_block(lines, j)
                )
            ):
                if not _teaser_date(lines[j].text):  # a teaser's date is no headline
                    listed.append((j, _listed_pointer(lines[j].text)))
                doc.remove(j, "related")
                j += 1
            found.extend(_without_ranks(listed))
            i = j
            continue
        i += 1
    return found


# The header of an ad network's list of paid links ("Sponsored links", "Around the web").
_AD_WIDGET_HEADER = re.compile(rf"\W*{AD_WIDGET_HEADERS}\W*", re.IGNORECASE)
# A text browser's bullet before a listed headline ("• Headline", w3m's and lynx's lists).
_LIST_BULLET = re.compile(r"^[•▪►●◦*]\s+")
# A most-read list's rank before each headline ("1 Manager sacked", "2. Star signs ...").
_RANK = re.compile(r"(\d{1,2})[.)]? ")
# A carousel's buttons under a list's header: arrows, "Previous", "Next", a page count.
_CAROUSEL = re.compile(r"previous|prev|next|\d{1,2}( ?(/|of) ?\d{1,2})?|[«‹<>›»←→]", re.I)


def _heads_a_list(pointer: Pointer, text: str) -> bool:
    """A bare "Read more:" over a list of headlines heads the list, like "Related:". Not
    without its colon: "Read more" alone is a teaser's button, and the next teaser's
    headline follows it."""
    return (
        text.rstrip().endswith((":", "："))
        and pointer.rel == "read_more"
        and pointer.title is None
        and pointer.source is None
        and is_related_header(text)
    )


def _listed_pointer(text: str) -> Pointer:
    """A headline of a related list (without a text browser's bullet, "• Headline"); a
    prev/next link at the list's end stays one ("Anterior Sánchez anuncia ...", "PREV
    Headline ...")."""
    pointer = pointer_of(text)
    if pointer is not None and pointer.rel in ("prev", "next") and pointer.title:
        return pointer
    return Pointer("related", _LIST_BULLET.sub("", text, count=1), None)


def _without_ranks(listed: list[tuple[int, Pointer]]) -> list[tuple[int, Pointer]]:
    """The headlines of a list without their ranks, when the list counts 1, 2, 3 ..."""
    ranks = [_RANK.match(pointer.title or "") for _, pointer in listed]
    if len(listed) < 2 or not all(
        rank and int(rank.group(1)) == n for n, rank in enumerate(ranks, start=1)
    ):
        return listed
    return [
        (i, Pointer(pointer.rel, (pointer.title or "")[rank.end() :], pointer.source))
        for (i, pointer), rank in zip(listed, ranks, strict=True)
        if rank
    ]


def _labels_next_line(lines: list[Line], i: int, pointer: Pointer) -> bool:
    """A bare "Previous article" / "Next post" label over the headline it points at, the
    line below it in the same block (themes set label and headline on two lines)."""
    if pointer.rel not in ("prev", "next") or pointer.title is not None or i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    return (
        below.block == lines[i].block
        and word_count(below.text) >= _MIN_POINTED_HEADLINE_WORDS  # not "Close Previous Next"
        and is_headline(below.text)
        and pointer_of(below.text) is None
        and boilerplate_reason(below.text) is None
    )


def _teaser_date(text: str) -> bool:
    """A date or a relative time under a listed headline ("24 Kasım 2025", "2 hours ago")."""
    return is_timestamp_line(text) or is_relative_time_line(text)


def _alone_in_block(lines: list[Line], j: int) -> bool:
    before = j == 0 or lines[j - 1].block != lines[j].block
    after = j + 1 >= len(lines) or lines[j + 1].block != lines[j].block
    return before and after


def _article_range(doc: ArticleLines, span: tuple[int, int] | None) -> tuple[int, int]:
    """Positions whose bylines and dates are the article's: all of a clean copy; on a full
    page, from the headline to just after the body (from the page's top when no line is
    the headline: a page whose first line is a menu's item). Neither goes past the header
    of the comments under the body (a commenter's name and date)."""
    if span is None:
        start, end = 0, len(doc.lines)
        body_end = next((i for i, status in enumerate(doc.status) if status is None), 0)
    else:
        title_at = next((i for i, status in enumerate(doc.status) if status == TITLE_ROLE), 0)
        start = min(title_at, span[0]) - _BYLINE_MARGIN
        body_end, end = span[1], span[1] + _BYLINE_MARGIN
    below = range(body_end + 1, min(end, len(doc.lines)))
    comments = next((i for i in below if doc.status[i] == "comments"), None)
    return start, end if comments is None else comments


def _later_than_its_update(
    published: str, modified: str, stamps: list[tuple[int, Timestamp]], span: tuple[int, int] | None
) -> bool:
    """Is the publication date read under the body later than the update date its header
    gives ("Last modified: August 8, 2023" over the text, a related story's "March 5,
    2026" under it)? No story is published after its own update: that date is another
    item's. (A header's date with a later "Last updated" under the body is read as it is.)"""
    if span is None or published[:10] <= modified[:10]:
        return False
    at = {stamp.value: i for i, stamp in reversed(stamps)}  # each value's first position
    return at.get(published, -1) > span[1] and at.get(modified, span[0]) < span[0]


def _byline_just_above(
    bylines: list[tuple[int, list[str]]], header_only: frozenset[int], first: int
) -> list[str]:
    """The names of the nearest byline a few lines above the article's range, when none is
    inside it: the headline taken was a lower heading ("By Jane Doe" under the page's H1,
    then a standfirst, then a heading that rewords the title)."""
    above = [
        (i, names)
        for i, names in bylines
        if first - _BYLINE_REACH_ABOVE <= i < first and i not in header_only
    ]
    return above[-1][1] if above else []


def _head_with_nearest_repeat(
    doc: ArticleLines, title: CleanTitle | None, span: tuple[int, int] | None
) -> None:
    """On a one-line page, the title's repeat nearest above the body heads the article (for
    its bylines and dates): a piece that is the title, or that holds its last words (the
    page's cut may split the headline and run its end into the date)."""
    if span is None or title is None:
        return
    tail = " ".join(title.text.split()[-_TITLE_TAIL_WORDS:])
    for i in range(span[0] - 1, 0, -1):
        if doc.status[i] == "repeated_title" or (
            doc.status[i] is not None and tail in doc.lines[i].text
        ):
            doc.take_as_title(i)
            return


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _remove_boilerplate(doc: ArticleLines) -> None:
    seen: dict[str, str | None] = {}
    for i, line in enumerate(doc.lines):
        if doc.status[i] is None:
            if line.text not in seen:
                seen[line.text] = boilerplate_reason(line.text)
            reason = seen[line.text]
            if reason is None and i and BREADCRUMB.fullmatch(line.text):
                reason = "navigation"
            if reason is not None:
                doc.remove(i, reason)
                if _AD_WIDGET_HEADER.fullmatch(line.text):
                    _remove_paid_links(doc, i)


def _remove_paid_links(doc: ArticleLines, header: int) -> None:
    """The headlines right under an ad network's header ("Sponsored content") are its
    paid links."""
    j = header + 1
    while (
        j < len(doc.lines)
        and j - header <= _MAX_RELATED_ITEMS
        and doc.status[j] is None
        and is_headline(doc.lines[j].text)
    ):
        doc.remove(j, "advertisement")
        j += 1


def _remove_source_names(
    doc: ArticleLines, pointers: list[tuple[int, Pointer]], title: CleanTitle | None
) -> None:
    """A line that only names the source ("Springfield Gazette" under the headline, the
    "read more from" target or the title's site-name noise) credits it; not body text."""
    names = {p.source for _, p in pointers if p.source}
    names.update(title.noise if title else ())
    keys = {title_key(name) for name in names} - {""}
    if not keys:
        return
    for i, line in enumerate(doc.lines):
        short = len(line.text) <= _MAX_SOURCE_CHARS
        if doc.status[i] is None and short and title_key(line.text) in keys:
            doc.remove(i, "source")


def _find_title(
    doc: ArticleLines,
    hint: str | None,
    pointers: list[tuple[int, Pointer]],
    first_line: bool = True,
) -> CleanTitle | None:
    """The headline (hint, else the first headline-like line when ``first_line``) and
    every copy of it."""
    headlines = [p.title for _, p in pointers if p.title and p.rel in ("prev", "next")]
    first = _first_title_line(doc) if first_line else None
    if first_line:
        doubled = _doubled_headline(doc)
        if first is None or (doubled is not None and doubled > first and _is_titled(doc, doubled)):
            first = doubled  # "Home News Sport" over "Headline - Site" and "Headline"
    source = normalise_line(hint) if hint and hint.strip() else None
    if source is None and first is not None:
        source = doc.lines[first].text
    if not source:
        return None
    noise = shared_noise_suffix(source, headlines)
    title = clean_title(trim_headline(source), (noise,) if noise else ())
    title = repeated_form(title, _line_keys(doc, first, len(title.text)), _top_keys(doc, first))
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
                doc.status[i] = TITLE_ROLE
            else:
                doc.remove(i, "repeated_title")
    return title


def _top_keys(doc: ArticleLines, skip: int | None) -> frozenset[str]:
    """Comparison keys of the first ``_TOP_LINES`` lines in play (but ``skip``): the
    page's header, where a blog shows its name."""
    top = (line.text for i, line in enumerate(doc.lines) if i != skip and doc.status[i] is None)
    return frozenset(title_key(text) for text in itertools.islice(top, _TOP_LINES))


def _line_keys(doc: ArticleLines, skip: int | None, max_chars: int) -> set[str]:
    """Comparison keys of the lines in play (but ``skip``) no longer than ``max_chars``."""
    return {
        title_key(line.text)
        for i, line in enumerate(doc.lines)
        if i != skip and doc.status[i] is None and len(line.text) < max_chars
    }


def _doubled_headline(doc: ArticleLines) -> int | None:
    """Under a strip of menu words, the first headline-shaped line shown twice in a row
    (the page's <title> or a share card, then the <h1>; the first may carry the site's
    name, "Headline | Gazette"): the headline. Only above the first paragraph: below it,
    a doubled line is a comment's or a list's."""
    in_play = [i for i in range(min(len(doc.lines), _MAX_HEADER_LINES)) if doc.status[i] is None]
    for i, j in itertools.pairwise(in_play):
        text, below = doc.lines[i].text, doc.lines[j].text
        words = word_count(text)
        if words > _MAX_HEADER_LINE_WORDS:
            return None
        if text.endswith(".") or word_count(below) < 3:
            continue
        if text == below or (below in text and clean_title(text).text == below):
            return i
    return None


def _is_titled(doc: ArticleLines, i: int) -> bool:
    """Line ``i`` is the page's <title>: the headline under it plus the site's name."""
    text = doc.lines[i].text
    below = next(
        (doc.lines[j].text for j in range(i + 1, len(doc.lines)) if doc.status[j] is None), ""
    )
    return text != below and clean_title(text).text == below


def _first_title_line(doc: ArticleLines) -> int | None:
    """The first line still in play, when it reads like a headline (not a paragraph).

    An e-mail newsletter opens with its own name ("The Morning Brief"), which its footer
    repeats ("... you signed up to The Morning Brief."): that line leaves as `newsletter`
    and the story's headline is the next line that does not end like a sentence."""
    names = _newsletter_names(doc)
    in_email = False
    for i, line in enumerate(doc.lines[:_MAX_HEADER_LINES]):
        if doc.status[i] is None:
            text = line.text
            if len(text) > 300:
                return None
            words = word_count(text)
            if in_email and text.endswith("."):
                doc.remove(i, "newsletter")  # its greeting ("Good morning. Here is ...")
                continue
            if 2 <= words <= 8 and f" {title_key(text)} " in names:
                doc.remove(i, "newsletter")
                in_email = True
                continue
            if BAR_MENU.fullmatch(text) and not content_words(text) & lead_words(
                doc, i + 1, _WORDS_BELOW
            ):
                # the site's menu over the headline (a page's <title> between bars,
                # "Storm | Local | News | Gazette | City", shares the story's words)
                doc.remove(i, "navigation")
                continue
            if LIST_ITEM.match(text):
                return None  # a list's item (a menu rendered as a list), no title
            sentence = text.endswith(".") and not text.endswith("...") and words > 12
            if 2 <= words <= 40 and len(text) <= 300 and not sentence:
                if in_email:
                    _remove_email_footer(doc)
                return i
            return None
    return None


def _remove_email_footer(doc: ArticleLines) -> None:
    """An e-mail's lines after its last newsletter line that are no sentences (the
    sender's postal address) are its footer."""
    last = max(i for i, status in enumerate(doc.status) if status == "newsletter")
    tail = [i for i in range(last + 1, len(doc.lines)) if doc.status[i] is None]
    if len(tail) > _MAX_EMAIL_FOOTER_LINES:
        return  # text goes on after that line: it was no footer
    for i in tail:
        if not doc.lines[i].text.endswith((".", "!", "?")):
            doc.remove(i, "newsletter")


def _newsletter_names(doc: ArticleLines) -> str:
    """The comparison form of every removed newsletter line (its header and footer),
    joined: a line whose key is found in it is named there."""
    keys = (
        title_key(line.text) for i, line in enumerate(doc.lines) if doc.status[i] == "newsletter"
    )
    return " " + " | ".join(keys) + " "


def _stamps_in_page_language(
    doc: ArticleLines, stamps: list[tuple[int, Timestamp]], raw: RawArticle
) -> list[tuple[int, Timestamp]]:
    """The stamps with "listopad" read as the page's language means it (``page_months``);
    the language is detected only on a page where a stamp may be one."""
    if not any(may_be_listopad(stamp.value, doc.lines[i].text) for i, stamp in stamps):
        return stamps
    texts = [line.text for line in doc.lines]
    language, _ = detect_body_language(texts, raw.language_hint, country_language(raw.url))
    return [(i, in_page_language(stamp, doc.lines[i].text, language)) for i, stamp in stamps]


def _in_page_order(
    stamps: list[Timestamp], paragraphs: list[str], url: str | None
) -> list[Timestamp]:
    """Stamps whose numeric date reads either way round ("03/10/2023"), read as the page
    writes them: as the day the address files the story under when one reading is that
    day, else month first in American copy (``reads_month_first``)."""
    filed = url_day(url)
    if filed is not None:
        month_first = [s.month_first() for s in stamps]
        if any(s.order_unsure and s.value[:10] == filed for s in stamps):
            return stamps
        if any(
            s.order_unsure and m.value[:10] == filed
            for s, m in zip(stamps, month_first, strict=True)
        ):
            return month_first
    if reads_month_first(paragraphs, url):
        return [s.month_first() for s in stamps]
    return stamps


def _published_under_body(
    doc: ArticleLines, stamps: list[tuple[int, Timestamp]], last: int, modified: str | None
) -> str | None:
    """The story's "First published: 29 Nov 2026" note under its text, when its header
    gave only the update: the first publication-labelled date in the lines right under
    the body, if it is no later than the update."""
    for i, stamp in stamps:
        if last < i <= last + _PUBLISHED_NOTE_REACH and not stamp.is_update:
            if not opens_with_publication_label(doc.lines[i].text):
                continue
            if modified is None or stamp.value[:10] <= modified[:10]:
                return stamp.value
            return None
    return None


# A blog theme's footer under the post (WordPress's default): "This entry was posted on
# Monday, November 5th, 2012 at 11:18 am and is filed under News."
_POST_FOOTER = re.compile(
    r"This entry was posted on (?P<date>[^.]{6,40}?)(?: at \d{1,2}[:.]\d{2}\s?[ap]?m?)?"
    r"(?: and is filed under .*|\.)",
    re.IGNORECASE,
)


def _post_footer_date(doc: ArticleLines, first: int, last: int) -> str | None:
    """The date a blog theme's footer gives the post, in the story's lines or just under
    them (no commenter writes it: it is the theme's sentence)."""
    for line in doc.lines[max(first, 0) : last + _PUBLISHED_NOTE_REACH + 1]:
        footer = _POST_FOOTER.fullmatch(line.text) if len(line.text) <= 300 else None
        stamp = find_timestamp(footer["date"]) if footer else None
        if stamp is not None:
            return stamp.value
    return None


def _alt_captions(doc: ArticleLines, alts: list[str]) -> list[tuple[int, str]]:
    """Lines of a markdown copy that say what an image's alt text says: the image's
    caption, shown under it."""
    wanted = {
        key for alt in alts if word_count(alt) >= _MIN_ALT_CAPTION_WORDS and (key := title_key(alt))
    }
    found = [
        i
        for i, line in enumerate(doc.lines)
        if doc.status[i] is None and title_key(line.text) in wanted
    ]
    if len(found) > _MAX_ALT_CAPTIONS:
        return []  # a slideshow's or a recipe's steps: each image shows its own text
    for i in found:
        doc.status[i] = CAPTION_ROLE
    return [(i, doc.lines[i].text) for i in found]


def _find_captions(doc: ArticleLines) -> list[tuple[int, str]]:
    positions = [i for i in range(len(doc.lines)) if doc.status[i] is None]
    verdict = find_captions([doc.lines[i].text for i in positions])
    captions: list[tuple[int, str]] = []
    for k, i in enumerate(positions):
        if k in verdict.contents:
            doc.contents.append(i)
        if k in verdict.counters:
            doc.remove(i, "navigation")
        elif k in verdict.duplicates:
            doc.remove(i, verdict.duplicates[k])
        elif k in verdict.captions:
            doc.status[i] = CAPTION_ROLE
            captions.append((i, verdict.captions[k]))
        elif k in verdict.merged:
            doc.lines[i].text = verdict.merged[k]
    return captions


def _slideshow_captions(doc: ArticleLines, image_alts: list[str]) -> list[tuple[int, str]]:
    """A slideshow's captions inside the story become captions; its pager and buttons
    leave as `navigation` (see slideshow.py)."""
    lines = [line.text for line in doc.lines]
    kept = [status is None for status in doc.status]
    alt_keys = {key for alt in image_alts if (key := title_key(alt))}
    alts = [bool(alt_keys) and title_key(text) in alt_keys for text in lines]
    blocks = [line.block for line in doc.lines]
    captions: list[tuple[int, str]] = []
    for show in find_slideshows(lines, kept, blocks, alts):
        for i in show.controls:
            doc.remove(i, "navigation")
        for i in show.captions:
            doc.status[i] = CAPTION_ROLE
            captions.append((i, doc.lines[i].text))
    return captions


def _remove_joined_copies(doc: ArticleLines) -> None:
    texts = [line.text if doc.status[i] is None else None for i, line in enumerate(doc.lines)]
    for i in joined_copies(texts):
        doc.remove(i, "duplicate_paragraph")


def _select_paragraphs(
    doc: ArticleLines,
    title: CleanTitle | None,
    full_page: bool = False,
    paragraph_blocks: bool = True,
) -> tuple[int, int] | None:
    """Keeps all remaining lines of a clean copy; the main block of a full-page dump (the
    rest leaves as boilerplate).

    Without ``paragraph_blocks`` (a dump whose blank lines follow the page source's
    indentation), blocks do not bound paragraphs: they only tell which short lines were
    one element of the page (``element_blocks``).

    Returns the span of positions the article covers on a full page (None for a clean
    copy, where all of it is the article).
    """
    flattened = full_page
    full_page = full_page or doc.looks_like_full_page()
    if full_page and not flattened:
        remove_about_boxes(doc, title.text if title else None)
    texts = [line.text if doc.status[i] is None else None for i, line in enumerate(doc.lines)]
    if full_page:
        line_blocks = [line.block for line in doc.lines]
        comment_headers = _positions(doc, {"comments"})
        notices = _copyright_notices(doc)
        kept = select_main_block(
            texts,
            # (a dump without blank lines is one block: its blocks tell nothing)
            anchor=_headline_anchor(doc, title, by_blocks=not flattened and _has_blocks(doc)),
            barriers=comment_headers,
            entries=dated_thread_entries([line.text for line in doc.lines], comment_headers),
            toolbars=_share_toolbars(doc) | _tag_lines(doc),
            footers=notices,
            dated_notices=_dated_notices(doc, notices),
            story_ends=_back_links(doc),
            separators=_positions(doc, SEPARATOR_REASONS) | frozenset(doc.list_headers),
            blocks=line_blocks if paragraph_blocks else None,
            element_blocks=None if paragraph_blocks else line_blocks,
            flattened=flattened,
            captions=_positions(doc, {CAPTION_ROLE, "image_credit", "duplicate_caption"}),
            heads=_positions(doc, {TITLE_ROLE, "repeated_title", *SEPARATOR_REASONS}),
            contents=frozenset(doc.contents),
            list_headers=frozenset(doc.list_headers),
        )
    else:
        _remove_form_under_comments(doc)
        kept = {i for i in range(len(texts)) if doc.status[i] is None}
    for i, text in enumerate(texts):
        if text is not None and doc.status[i] is None and i not in kept:
            doc.remove(i, "boilerplate")
    return (min(kept), max(kept)) if full_page and kept else None


def _remove_form_under_comments(doc: ArticleLines) -> None:
    """A copy's last lines under a comment or feedback prompt ("Was this article
    helpful?", then "Yes", "No", "Thank you for your feedback!"): the form's buttons and
    notes, when none of them is a sentence of the story's length."""
    prompts = _positions(doc, {"comments"})
    if not prompts:
        return
    below = [i for i in range(max(prompts) + 1, len(doc.lines)) if doc.status[i] is None]
    if below and all(word_count(doc.lines[i].text) <= _MAX_FORM_LINE_WORDS for i in below):
        for i in below:
            doc.remove(i, "comments")


def _share_toolbars(doc: ArticleLines) -> frozenset[int]:
    """Share buttons' lines, but not an "Email:" label over an address (a contact
    field of a listing)."""
    return frozenset(
        i
        for i in _positions(doc, {"share"})
        if i + 1 >= len(doc.lines) or doc.status[i + 1] != "contact"
    )


def _tag_lines(doc: ArticleLines) -> frozenset[int]:
    """A story's tags line ("Tags: Mars, Rover", "Filed under: Food"), removed as a menu or a
    filing line: it closes the story as its share buttons do (see ``_share_toolbars``)."""
    return frozenset(
        i
        for i in _positions(doc, {"navigation", "byline"})
        if _TAGS_LINE.fullmatch(doc.lines[i].text)
    )


def _copyright_notices(doc: ArticleLines) -> frozenset[int]:
    """The page's copyright notices ("© 2012 X. All rights reserved"), not the footer's
    links ("Privacy policy", "About us"), which menus at the top hold too."""
    return frozenset(
        i for i in _positions(doc, {"copyright"}) if _COPYRIGHT_NOTICE.search(doc.lines[i].text)
    )


def _dated_notices(doc: ArticleLines, notices: frozenset[int]) -> frozenset[int]:
    """The copyright ``notices`` that open their line with a year ("© 2008 AFP"): a wire's
    or a page's, which may close the story inside its run (see ``mainblock._above_footer``)."""
    return frozenset(i for i in notices if _DATED_NOTICE.match(doc.lines[i].text))


def _back_links(doc: ArticleLines) -> frozenset[int]:
    """The page's links back to its list of stories ("Back to blog")."""
    return frozenset(
        i for i in _positions(doc, {"navigation"}) if BACK_TO_LIST.fullmatch(doc.lines[i].text)
    )


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


def _positions(doc: ArticleLines, reasons: Collection[str]) -> frozenset[int]:
    return frozenset(i for i, status in enumerate(doc.status) if status in reasons)


def _headline_anchor(
    doc: ArticleLines, title: CleanTitle | None, by_blocks: bool = True
) -> int | None:
    """The first repeat of the headline after the top line, if early enough to head the text.

    A repeat in the page's last lines (past ``_LATE_SHARE`` of them) is a link to the
    article in a list under it, unless the lines above it hold no text of their own (less
    than ``_OWN_TEXT_CHARS`` of prose): a blog whose sidebar comes first in the page's
    source (its bio, tag cloud, archive months, links), the post and its comments last.

    Only a line that is the headline and nothing else heads the article: the headline with
    a date or a site name after it is a link to the article in a list (an archive, a
    "latest posts" box); so is one with no prose in the lines after it (a slider of
    headlines), or one that shares its block with another story's headline (with
    ``by_blocks``: the dump's blocks are the page's; a flattened page's pieces are not).
    """
    if title is None:
        return None
    keys = _headline_keys(title)
    for i, status in enumerate(doc.status):
        if i > 0 and status == "repeated_title" and title_key(doc.lines[i].text) in keys:
            if i >= _LATE_SHARE * len(doc.lines) and _prose_above(doc, i) >= _OWN_TEXT_CHARS:
                return None
            if (_heads_prose(doc, i) or _heads_short_post(doc, i)) and not (
                by_blocks and _in_headline_list(doc, i)
            ):
                return i
    return None


def _headline_keys(title: CleanTitle) -> frozenset[str]:
    """Comparison forms of the headline: the cleaned title, and the title with a piece
    the cleaning took for noise that names neither the site nor its publisher ("In St.
    Germain – Paris" under the title "In St. Germain – Paris – Jane Roe": the page's
    headline says the place the title's cleaning cut off). The headline with the site's
    name after it is a link to the article in a list."""
    key = title_key(title.text)
    names = {title_key(n) for n in (title.publisher, title.republisher, title.site) if n}
    pieces = [piece for n in title.noise if (piece := title_key(n)) and piece not in names]
    return frozenset(
        {key} | {f"{key} {piece}" for piece in pieces} | {f"{piece} {key}" for piece in pieces}
    )


def _has_blocks(doc: ArticleLines) -> bool:
    """Does the dump part its lines into blocks (blank lines between some of them)?"""
    return any(line.block != doc.lines[0].block for line in doc.lines)


def _in_headline_list(doc: ArticleLines, i: int) -> bool:
    """Does the repeat at ``i`` share its block with another story's headline (a list of
    related or recent stories that links the article too)? The article's own heading
    stands apart, or beside its byline or date, or under its section's name ("Natural
    Resources & Environment", "News für Jäger": a few words, fewer than a headline's)."""
    block = doc.lines[i].block
    return any(
        0 <= j < len(doc.lines)
        and doc.lines[j].block == block
        and doc.status[j] not in SEPARATOR_REASONS
        and doc.status[j] not in (TITLE_ROLE, "repeated_title", "image_credit")
        and is_headline(doc.lines[j].text)
        and word_count(doc.lines[j].text) >= _MIN_LISTED_HEADLINE_WORDS
        for j in (i - 1, i + 1)
    )


def _heads_prose(doc: ArticleLines, i: int) -> bool:
    """Is there prose within a few lines after line ``i`` (not a slider of headlines)?"""
    return any(
        doc.status[j] is None and line_class(line_features(doc.lines[j].text)) != SHORT
        for j in range(i + 1, min(i + 1 + _ANCHOR_REACH, len(doc.lines)))
    )


def _prose_above(doc: ArticleLines, i: int) -> int:
    """Characters of prose in the lines still in play above line ``i``."""
    return sum(
        len(doc.lines[k].text)
        for k in range(i)
        if doc.status[k] is None and line_class(line_features(doc.lines[k].text)) == GOOD
    )


def _heads_short_post(doc: ArticleLines, i: int) -> bool:
    """Does line ``i`` head a post of a line or two that is no prose, with its comments
    header right under it (see ``short_post_lines``)?"""
    texts = [line.text if doc.status[k] is None else None for k, line in enumerate(doc.lines)]
    return bool(short_post_lines(texts, i, _positions(doc, {"comments"})))


def _with_link_targets(
    links: list[RelatedLink], targets: dict[str, str], page_url: str | None
) -> list[RelatedLink]:
    """The related headlines of a markdown copy with the addresses its links give them."""
    found = []
    for link in links:
        address = _address_of(link.title, targets) if link.url is None else None
        found.append(
            dataclasses.replace(link, url=link_url(address, page_url)) if address else link
        )
    return found


def _address_of(headline: str, targets: dict[str, str]) -> str | None:
    """The address of the link whose words are the headline, or a label and the headline
    ("Read more: Headline", one link on the page)."""
    if headline in targets:
        return targets[headline]
    return next(
        (
            address
            for words, address in targets.items()
            if words.endswith(headline) and words[: -len(headline)].rstrip().endswith(":")
        ),
        None,
    )


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


def _cjk_source_fields(doc: ArticleLines) -> list[str]:
    """The papers Chinese portals' date and byline lines name as their source (taken out
    as such), labelled or after the date; an agency's copy stays the site's, as wire
    copies do (see source_facts)."""
    fields = [
        name
        for line, status in zip(doc.lines, doc.status, strict=True)
        if status in ("timestamp", "byline") and "源" in line.text
        if (name := cjk_source_field(line.text)) and not is_news_agency(name)
    ]
    # ... or the paper's name after the date, unlabelled ("2026年03月04日 10:15 江城日报")
    return fields or [
        name
        for line, status in zip(doc.lines, doc.status, strict=True)
        if status == "timestamp" and (name := cjk_outlet_after_date(line.text))
    ]


def _without_house_name(authors: list[str], publisher: str | None) -> list[str]:
    """``authors`` without the publisher's own name beside a writer's ("By Lena Ortiz,
    FactWatch" on FactWatch's page): the house that printed the story is no co-writer."""
    house = compact_name(publisher or "").removeprefix("the")
    if not house:
        return authors
    people = [
        name
        for name in authors
        # (a wire story's agency credit stays its byline: "Associated Press" on AP's copy)
        if compact_name(name).removeprefix("the") != house or agency_credit(name)
    ]
    # Alone, the house's name stands for its staff: WCXB dev a's truths name it so (text
    # mode author recall 0.593 -> 0.562 when it left).
    return people or authors


def _same_name(one: str, other: str) -> bool:
    """Does one name hold the other ("Yahoo" and "Yahoo News")?"""
    a, b = compact_name(one), compact_name(other)
    return bool(a and b) and (a in b or b in a)


def _footer_holder(doc: ArticleLines) -> str | None:
    """The publisher the last copyright line that names one names ("© 2026 Gazette
    Media"; legal links, "Impressum", are copyright lines too), if any."""
    for i in range(len(doc.lines) - 1, -1, -1):
        if doc.status[i] == "copyright" and (holder := copyright_holder(doc.lines[i].text)):
            return holder
    return None
