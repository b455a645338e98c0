"""The headline readers see on a full-page dump, when the page's <title> words it
differently, or when the dump has no title line at all."""

from __future__ import annotations

import re

from consumer.core.scripts import word_count
from consumer.core.text.article_lines import SEPARATOR_REASONS, TITLE_ROLE, ArticleLines
from consumer.core.text.mainblock import LIST_ITEM
from consumer.core.text.summary_box import under_summary_label
from consumer.core.text.title import (
    CleanTitle,
    clean_title,
    content_words,
    headline_likeness,
    is_headline_shaped,
    title_key,
    trim_headline,
)

# The visible headline is looked for this many lines above the body, among lines that
# left the body as page furniture or caption-like lines (it is no paragraph).
_HEADLINE_REACH = 12
_MIN_HEADLINE_LIKENESS = 0.55
_HEADLINE_STATUSES = frozenset({None, "boilerplate", "caption"})
# A headline the page shows twice; but a run of such lines is a table of contents.
_REPEATED_STATUSES = frozenset({"duplicate_caption", "duplicate_paragraph"})
_MAX_BYLINE_LINES = 3  # byline and date lines between a headline and the body
# ... and what else stands there: a reading time, share buttons, a photo's credit
_UNDER_HEADLINE = SEPARATOR_REASONS | {"reading_time", "share", "image_credit"}
# Under the page's <title>, a headline over its own bylines may stand this far above the
# body (a table of contents, an author's card, a summary box between).
_BYLINE_HEADLINE_REACH = 60
_SITE_HEADER_LINES = 3  # under the <title>: the site's name and tagline, no headline
_MIN_STANDFIRST_WORDS = 12  # a standfirst that does not end like a sentence is longer
# Between the crumbs of a breadcrumb ("Home / News / Headline"); a line with two is one.
_CRUMB_SEPARATOR = re.compile(r" [>/»›] ")
# A dump without the page's <title> (html2text, inscriptis) opens with its menu: the
# headline is then the line above the body whose words the lead repeats.
_LEAD_WORDS = 80  # the body's opening words a headline is checked against
_MIN_LEAD_SHARE = 0.4  # of a headline's content words, the share the lead repeats
_MIN_HEADLINE_CONTENT_WORDS = 3
_MIN_TITLE_LINE_WORDS = 4
_MAX_SITE_NAME_WORDS = 5
_HEADING_REACH = 40  # a headline may stand this far above the body (share bars, images)
# Between a copy's site name and its headline: a section's name or two ("World", "Culture").
_MAX_SECTION_LINES = 2
_MAX_SECTION_WORDS = 3
# A full stop, a danda or an ideographic stop at a line's end (not an ellipsis).
_SENTENCE_END = re.compile(r"(?<!\.)[.।。։።။។]$")


def visible_headline(
    doc: ArticleLines,
    title: CleanTitle | None,
    span: tuple[int, int] | None,
    first_line: bool = False,
    headings: list[str] | None = None,
) -> CleanTitle | None:
    """On a full page, the headline shown above the article when it words the page's
    title differently ("Top 11 SEO Tips" | "11 SEO Tips to Stay Ahead in 2025").

    A full-page dump starts with the page's <title>, often an SEO variant; the headline
    readers see sits in the lines just before the body. The line there that shares most
    content words with the title (Dice overlap of 5-letter stems, at least 0.55) is taken,
    one over its own bylines first, the nearest to the body on a tie; it then heads the
    article for its bylines and dates. When no line there is such a rewording, under a
    title taken from the dump's ``first_line`` the headline is the line that ends the
    breadcrumb above it, else the one over its own bylines and dates further up (see
    ``_headline_over_byline``). A title from the ``first_line`` none of whose words the
    lead repeats, or that reads as no <title> (a menu item, a logo's name), is a menu's or
    the site's (the dump has no <title>): the headline is then the one above the bylines
    that open the body, else the line above the body whose words the lead repeats most.
    Of a markdown copy, ``headings`` are the level-1 headings: when the first line reads
    as no <title>, the nearest one above the body, else the first, is the headline.
    """
    if span is None:  # a copy of the article alone (no page around it)
        return _under_site_name(doc, title) if first_line and title else title
    if first_line and headings:
        marked = _heading_above_body(doc, title, span[0], headings)
        if marked is not None:
            return marked
    if title is None:
        return _headline_above_byline(doc, span[0]) or _headline_by_lead(doc, span[0])
    start = max(0, span[0] - _HEADLINE_REACH)
    key = title_key(title.text)
    if any(
        doc.status[i] == "repeated_title" and title_key(doc.lines[i].text) == key
        for i in range(1, span[1] + 1)
    ):
        return title  # the page shows the title as it is (above the body, or inside it)
    # A line that comes again inside the article is a section heading (listed above it
    # in a table of contents), not the headline.
    sections = {doc.lines[i].text for i in range(span[0], min(span[1] + 1, len(doc.lines)))}
    best, best_rank = None, (False, _MIN_HEADLINE_LIKENESS)
    for i in range(start, span[0]):
        if doc.status[i] not in _HEADLINE_STATUSES and not _lone_repeat(doc, i):
            continue
        text = doc.lines[i].text
        if text in sections or _part_of(text, title.text) or LIST_ITEM.match(text):
            continue  # a section heading, a piece of the title, a summary box's point
        if under_summary_label(doc, i):
            continue  # ... or a point of a box that says so ("Key points", "In brief")
        if _is_breadcrumb(text):
            continue
        score = headline_likeness(title.text, doc.lines[i].text)
        if score < _MIN_HEADLINE_LIKENESS:
            continue
        rank = (_over_own_byline(doc, i), score)
        if rank >= best_rank:
            best, best_rank = i, rank
    if best is None and first_line:
        return (
            _headline_under_breadcrumb(doc, span[0])
            or _headline_over_byline(doc, title, span[0])
            or _first_line_checked(doc, title, span[0])
        )
    if best is None:
        return title
    doc.take_as_title(best)
    headline = clean_title(trim_headline(doc.lines[best].text), title.noise_words)
    return CleanTitle(headline.text, title.noise, title.republisher, title.publisher, title.site)


def _headline_under_breadcrumb(doc: ArticleLines, body_start: int) -> CleanTitle | None:
    """Under the page's <title>, the line that repeats the last part of the breadcrumb
    just above it ("Home » Archive » Budgeting » Do Millennials Save Enough?" / "Do
    Millennials Save Enough?"): the page's own headline, shown above the body or as its
    first line."""
    title_at = next((i for i, status in enumerate(doc.status) if status == TITLE_ROLE), None)
    if title_at is None:
        return None
    start = max(title_at + 2, body_start - _BYLINE_HEADLINE_REACH)
    for i in range(start, min(body_start + 2, len(doc.lines))):
        text = doc.lines[i].text
        if doc.status[i] == TITLE_ROLE or LIST_ITEM.match(text) or not is_headline_shaped(text):
            continue
        if doc.status[i] not in _HEADLINE_STATUSES and not _lone_repeat(doc, i):
            continue
        key, crumbs = title_key(text), title_key(doc.lines[i - 1].text)
        extra = len(crumbs.split()) - len(key.split())
        if word_count(text) >= _MIN_TITLE_LINE_WORDS and extra >= 2 and crumbs.endswith(" " + key):
            return _made_title(doc, i)
    return None


def _is_breadcrumb(text: str) -> bool:
    """``text`` reads as a breadcrumb ("Home / Guides / Headline"): it has two crumb
    separators or more."""
    return len(_CRUMB_SEPARATOR.findall(text)) >= 2


def _headline_over_byline(
    doc: ArticleLines, title: CleanTitle, body_start: int, anywhere: bool = False
) -> CleanTitle | None:
    """Under the page's <title> (the dump's first line), the headline the page shows over
    its own bylines and dates, when it words the story otherwise ("Tax 101: Understanding
    the basics" / "By The Editors" / "12.12.2025" under "What are Taxes and Why Do We Pay
    Them?"): a headline-shaped line over a byline or date line (see ``_over_own_byline``)
    or between a date line and the body, that shares a content word with the <title> or
    whose words the lead repeats, and is not in the first lines under the <title> (the
    site's name and tagline over a menu). The nearest such line above the body is taken,
    or the headline above it when it is the standfirst."""
    title_at = next((i for i, status in enumerate(doc.status) if status == TITLE_ROLE), None)
    if title_at is None:
        return None
    wanted, lead = content_words(title.text), lead_words(doc, body_start)
    top = title_at + _SITE_HEADER_LINES
    for i in range(body_start - 1, max(top, body_start - 1 - _BYLINE_HEADLINE_REACH), -1):
        dated = i == body_start - 1 and doc.status[i - 1] == "timestamp"
        may_head = _may_head(doc, i, wanted, lead, any_words=anywhere)
        if not may_head or not (dated or _over_own_byline(doc, i)):
            continue
        if _may_head(doc, i - 1, wanted, lead, copies=True) and _reads_as_standfirst(doc, i - 1, i):
            i -= 1
        return _made_title(doc, i)
    return None


def _over_own_byline(doc: ArticleLines, i: int) -> bool:
    """Byline or date lines follow line ``i`` (after a standfirst, a reading time or share
    buttons), none stands just above it (it is no writer's role, no comment under its
    date), and it is not one of a list of teasers, each over its own date."""
    if doc.status[i - 1] in SEPARATOR_REASONS:
        return False
    under = _byline_under(doc, i)
    return under is not None and not _teaser_follows(doc, under) and not _teaser_precedes(doc, i)


def _may_head(
    doc: ArticleLines,
    i: int,
    wanted: set[str],
    lead: set[str],
    copies: bool = False,
    any_words: bool = False,
) -> bool:
    """Line ``i`` may be the story's headline: page furniture (or a lone repeat; any
    repeat with ``copies``: the headline shown twice over its standfirst) shaped as a
    headline, of four words and three content words or more, one of them the <title>'s
    (``wanted``), or most of them the lead's (any words, with ``any_words``: the <title>
    is the site's name)."""
    status = doc.status[i]
    if status not in _HEADLINE_STATUSES and not (
        _lone_repeat(doc, i) or (copies and status in _REPEATED_STATUSES)
    ):
        return False
    text = doc.lines[i].text
    if LIST_ITEM.match(text) or not is_headline_shaped(text) or _is_breadcrumb(text):
        return False
    words = content_words(text)
    if len(words) < _MIN_HEADLINE_CONTENT_WORDS or word_count(text) < _MIN_TITLE_LINE_WORDS:
        return False
    return any_words or bool(words & wanted) or _lead_share(text, lead) >= _MIN_LEAD_SHARE


def _reads_as_standfirst(doc: ArticleLines, upper: int, lower: int) -> bool:
    """Line ``lower`` is the standfirst under the headline ``upper``: a sentence, or twice
    as long and of more than a dozen words (a headline under a breadcrumb is shorter).
    A sentence ends with a full stop, a danda or an ideographic full stop."""
    text = doc.lines[lower].text
    words = word_count(text)
    if _SENTENCE_END.search(text):
        return True
    return words > _MIN_STANDFIRST_WORDS and words >= 2 * word_count(doc.lines[upper].text)


def _byline_under(doc: ArticleLines, i: int) -> int | None:
    """The last of the byline and date lines under line ``i`` (a standfirst, maybe shown
    twice, a reading time, share buttons or a photo's credit may stand between), if
    any."""
    j, standfirst = i + 1, False
    while j < len(doc.lines) and j - i <= _MAX_BYLINE_LINES + 1:
        status = doc.status[j]
        if status in SEPARATOR_REASONS:
            while j + 1 < len(doc.lines) and doc.status[j + 1] in SEPARATOR_REASONS:
                j += 1
            return j
        if status in _UNDER_HEADLINE:
            j += 1
        elif not standfirst and j == i + 1 and status in _HEADLINE_STATUSES | _REPEATED_STATUSES:
            standfirst = True
            j += 1
        else:
            return None
    return None


def _teaser_follows(doc: ArticleLines, j: int) -> bool:
    """Another headline over its own byline or date follows line ``j`` (a category's name
    may come between): a list of teasers."""
    return any(_dated_teaser(doc, k) for k in (j + 1, j + 2))


def _teaser_precedes(doc: ArticleLines, i: int) -> bool:
    """A headline over its own date stands just above line ``i`` (a category's name may
    come between): line ``i`` is one of a list of teasers."""
    for k in (i - 1, i - 2):
        if k >= 1 and doc.status[k] in SEPARATOR_REASONS:
            return _dated_teaser(doc, k - 1)
    return False


def _dated_teaser(doc: ArticleLines, k: int) -> bool:
    """Line ``k`` is a headline of four words or more over a byline or date line."""
    if not 0 <= k < len(doc.lines) - 1 or doc.status[k + 1] not in SEPARATOR_REASONS:
        return False
    text = doc.lines[k].text
    return (
        doc.status[k] in _HEADLINE_STATUSES
        and is_headline_shaped(text)
        and word_count(text) >= _MIN_TITLE_LINE_WORDS
    )


def _first_line_checked(doc: ArticleLines, title: CleanTitle, body_start: int) -> CleanTitle:
    """``title``, taken from the dump's first line, unless that line is a menu's or the
    site's: the lead repeats none of its words, or it reads as no <title>."""
    lead = lead_words(doc, body_start)
    if _named_in_copyright(doc, title.text):
        # "© 2026 Gazette" under the story names the site the first line names: the
        # headline is over the bylines (or the standfirst), or the lead's.
        return (
            _headline_over_byline(doc, title, body_start, anywhere=True)
            or _headline_by_lead(doc, body_start, lead)
            or title
        )
    if not content_words(title.text) & lead:
        return (
            _headline_by_lead(doc, body_start, lead)
            or (None if _reads_as_title(title.text) else _headline_above_byline(doc, body_start))
            or _headline_opening_body(doc, body_start)
            or title
        )
    if not _reads_as_title(title.text):
        return (
            _headline_above_byline(doc, body_start)
            or _headline_by_lead(doc, body_start, lead)
            or _headline_opening_body(doc, body_start)
            or title
        )
    if doc.status[0] != TITLE_ROLE:
        # The dump opens with a menu, not the page's <title>: the line taken for it is a
        # tagline ("Exclusive news, data and analytics for ...") when the headline over
        # the bylines shares more of the lead.
        above = _line_above_byline(doc, body_start)
        if above is not None and _lead_share(doc.lines[above].text, lead) > _lead_share(
            title.text, lead
        ):
            return _made_title(doc, above)
    return title


def _named_in_copyright(doc: ArticleLines, title: str) -> bool:
    """A copyright line of the dump ("© 2026 Gazette Media", "Copyright © Gazette. All
    rights reserved.") names ``title``, of five words or fewer: the site's name."""
    key = title_key(title)
    if not key or word_count(title) > _MAX_SITE_NAME_WORDS:
        return False
    return any(
        status == "copyright" and f" {key} " in f" {title_key(doc.lines[i].text)} "
        for i, status in enumerate(doc.status)
    )


def _lead_share(text: str, lead: set[str]) -> float:
    """The share of ``text``'s content words that the lead repeats."""
    words = content_words(text)
    return len(words & lead) / len(words) if words else 0.0


def _heading_above_body(
    doc: ArticleLines, title: CleanTitle | None, body_start: int, headings: list[str]
) -> CleanTitle | None:
    """The nearest of ``headings`` above the body, else the first, when the dump's first
    line reads as no <title>."""
    if title is not None and _reads_as_title(title.text):
        return None  # the dump opens with the page's <title>
    wanted = set(headings)
    for i in range(body_start - 1, max(-1, body_start - 1 - _HEADING_REACH), -1):
        if doc.lines[i].text in wanted:
            return _made_title(doc, i)
    first = next((i for i, line in enumerate(doc.lines) if line.text == headings[0]), None)
    return None if first is None else _made_title(doc, first)


def _reads_as_title(line: str) -> bool:
    """A first line shaped as a page's <title>: a headline of four words or more (a menu's
    first item, "Skip to content" or a logo's name is shorter)."""
    return is_headline_shaped(line) and word_count(line) >= _MIN_TITLE_LINE_WORDS


def _made_title(doc: ArticleLines, i: int) -> CleanTitle:
    """Line ``i`` as the title, in place of any line taken for it before."""
    doc.take_as_title(i, former="boilerplate")  # the menu's or site's line taken for it
    return clean_title(trim_headline(doc.lines[i].text))


def lead_words(doc: ArticleLines, body_start: int, count: int = _LEAD_WORDS) -> set[str]:
    """Content words of the first ``count`` words in play from line ``body_start`` on."""
    words: list[str] = []
    for i in range(body_start, len(doc.lines)):
        if doc.status[i] is None:
            words += doc.lines[i].text.split()
            if len(words) >= count:
                break
    return content_words(" ".join(words[:count]))


def _headline_by_lead(
    doc: ArticleLines, body_start: int, lead: set[str] | None = None
) -> CleanTitle | None:
    """The headline-shaped line above the body whose content words the lead repeats most
    (at least ``_MIN_LEAD_SHARE`` of them), the nearest on a tie."""
    lead = lead_words(doc, body_start) if lead is None else lead
    best, best_share = None, _MIN_LEAD_SHARE
    for i in range(body_start - 1, max(-1, body_start - 1 - _HEADING_REACH), -1):
        status = doc.status[i]
        if status not in _HEADLINE_STATUSES and status != TITLE_ROLE and not _lone_repeat(doc, i):
            continue
        text = doc.lines[i].text
        if LIST_ITEM.match(text) or not is_headline_shaped(text):
            continue
        if len(content_words(text)) < _MIN_HEADLINE_CONTENT_WORDS:
            continue  # a section's or site's name ("General Pediatrics")
        share = _lead_share(text, lead)
        if share > best_share:
            best, best_share = i, share
    return None if best is None else _made_title(doc, best)


def _headline_above_byline(doc: ArticleLines, body_start: int) -> CleanTitle | None:
    """A page with no title line (or a menu's line taken for it): the headline-shaped line
    just above the bylines and dates that open the body ("10 Tips for Online Courses" /
    "Posted on June 29, 2020"), or above its standfirst."""
    i = _line_above_byline(doc, body_start)
    if i is None:
        return None
    if i and _is_standfirst(doc, i):
        i -= 1
    return _made_title(doc, i)


def _is_standfirst(doc: ArticleLines, i: int) -> bool:
    """Line ``i``, over the bylines, is the standfirst under the headline: the line above
    it is headline-shaped too, of four words or more (not a section's name), and shorter,
    or it ends no sentence where line ``i`` does (a standfirst as long as its headline)."""
    upper, lower = doc.lines[i - 1].text, doc.lines[i].text
    if doc.status[i - 1] not in _HEADLINE_STATUSES or not is_headline_shaped(upper):
        return False
    words = word_count(upper)
    if words < _MIN_TITLE_LINE_WORDS:
        return False
    return words < word_count(lower) or (
        _SENTENCE_END.search(lower) is not None and _SENTENCE_END.search(upper) is None
    )


def _line_above_byline(doc: ArticleLines, body_start: int) -> int | None:
    """The headline-shaped line just above the bylines and dates that open the body."""
    i = body_start - 1
    while i >= 0 and body_start - i <= _MAX_BYLINE_LINES and doc.status[i] in SEPARATOR_REASONS:
        i -= 1
    if i < 0 or i == body_start - 1 or doc.status[i] not in _HEADLINE_STATUSES:
        return None
    return i if is_headline_shaped(doc.lines[i].text) else None


def _under_site_name(doc: ArticleLines, title: CleanTitle) -> CleanTitle:
    """``title``, taken from the copy's first line, unless it is a site's or a section's
    name. That is so when the story repeats none of its words (a short headline's it
    would: "Storm hits coast") and a line above the story does: a release's headline
    shown twice, left as a caption and its copy, under a menu or a section's name ("News
    Releases"). When the first line reads as no <title>, the headline may also be the next
    line, over the bylines and dates, or stand under a section's name ("Culture"). A
    name of fewer than three content words ("Le Journal du Sud") also gives way to the
    headline over the bylines when the story repeats more of that headline's words."""
    title_at = next((i for i, status in enumerate(doc.status) if status == TITLE_ROLE), None)
    if title_at is None:
        return title
    after = next((i for i in range(title_at + 1, len(doc.lines)) if doc.status[i] is None), None)
    if after is None:
        return title
    lead = lead_words(doc, after)
    if _site_name_over_headline(doc, title, after):
        return _made_title(doc, after)
    if content_words(title.text) & lead:
        return title
    if _reads_as_title(title.text):
        return (
            _headline_by_lead(doc, after, lead)
            or _headline_shown_twice(doc, title_at, after, lead)
            or title
        )
    return (
        _headline_opening_body(doc, after)
        or _headline_under_section(doc, after)
        or _headline_by_lead(doc, after, lead)
        or _headline_shown_twice(doc, title_at, after, lead)
        or title
    )


def _site_name_over_headline(doc: ArticleLines, title: CleanTitle, after: int) -> bool:
    """``title`` has fewer than three content words, line ``after`` is a headline over the
    bylines and dates that open the story, and the story repeats more of its words."""
    if len(content_words(title.text)) >= _MIN_HEADLINE_CONTENT_WORDS:
        return False
    story = _story_under_bylines(doc, after)
    text = doc.lines[after].text
    if story is None or LIST_ITEM.match(text) or not is_headline_shaped(text):
        return False
    lead = lead_words(doc, story)
    return _lead_share(text, lead) > _lead_share(title.text, lead)


def _headline_shown_twice(
    doc: ArticleLines, start: int, end: int, lead: set[str]
) -> CleanTitle | None:
    """Between ``start`` and ``end``, a headline-shaped line shown twice in a row (taken
    for a caption and its copy) that shares a word with the lead: the page's <title> and
    its <h1>, in a language whose words change their endings ("Lánchidat", "Lánchíd")."""
    for i in range(start + 1, end - 1):
        text = doc.lines[i].text
        if (
            doc.status[i] in _REPEATED_STATUSES | {"caption"}
            and doc.lines[i + 1].text == text
            and is_headline_shaped(text)
            and content_words(text) & lead
        ):
            return _made_title(doc, i + 1 if doc.status[i] in _REPEATED_STATUSES else i)
    return None


def _story_under_bylines(doc: ArticleLines, line: int) -> int | None:
    """The first line of the story, when bylines and dates (at most
    ``_MAX_BYLINE_LINES``) stand between ``line`` and it."""
    i = line + 1
    while i < len(doc.lines) and i - line <= _MAX_BYLINE_LINES:
        if doc.status[i] not in _UNDER_HEADLINE:
            break
        i += 1
    opens = i > line + 1 and i < len(doc.lines) and doc.status[i] is None
    return i if opens else None


def _headline_opening_body(doc: ArticleLines, body_start: int) -> CleanTitle | None:
    """The body's first line, when it is headline-shaped and the bylines and dates come
    next ("Example News" / "Schools closed as smog worsens" / "27 November 2026" / the
    story): the body took the headline in over its date line. The site's name above it
    was taken for the title."""
    if body_start >= len(doc.lines) or doc.status[body_start] is not None:
        return None
    text = doc.lines[body_start].text
    if _story_under_bylines(doc, body_start) is None:
        return None
    if LIST_ITEM.match(text) or not is_headline_shaped(text):
        return None
    return _made_title(doc, body_start)


def _headline_under_section(doc: ArticleLines, start: int) -> CleanTitle | None:
    """The headline over the bylines and dates that open the story, when only a section's
    name or two stand between ``start`` and it ("Culture" / the headline / "By Tom Okafor"
    / "November 25, 2026" / the story): the section's name is the site's navigation."""
    i = start
    while i < len(doc.lines) and doc.status[i] is None and i - start <= _MAX_SECTION_LINES:
        i += 1
    if i >= len(doc.lines) or doc.status[i] not in SEPARATOR_REASONS:
        return None
    while i < len(doc.lines) and doc.status[i] in SEPARATOR_REASONS:
        i += 1
    headline = _line_above_byline(doc, i)
    sections = range(start, headline if headline is not None else start)
    if (
        headline is None
        or not sections
        or any(
            doc.status[k] is None and word_count(doc.lines[k].text) > _MAX_SECTION_WORDS
            for k in sections
        )
    ):
        return None
    for k in sections:
        if doc.status[k] is None:
            doc.remove(k, "navigation")
    return _made_title(doc, headline)


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
