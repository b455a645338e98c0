"""The page's title: which of its fields names the story, without the site's name.

Candidates, most trusted first: the page's one <h1> (or one shown twice), the JSON-LD
headline, og:title and its kin, the first <h1> of several words, the <title>. Each loses
the site's name (" | BBC News", a blog's masthead before or after it) and, when the page
shows the rest as a heading, a blog's or a section's name before it; a candidate that is
only the site's name gives way to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from consumer.core.html import metaxpaths as mx
from consumer.core.html.titles import (
    MIN_HEADLINE_WORDS,
    clean_headline,
    name_key,
    names_site,
    strip_site_suffix,
)
from consumer.core.html.tree import heading_text, squeeze, text_of, unescape_entities
from consumer.core.scripts import CJK_CHAR, word_count
from consumer.core.text.title import content_words, headline_likeness

# What parts a site's name from a headline in a title: a colon, a bar, a dash, guillemets.
_SEPARATOR = r"\s*[:|»«›‹·•–—-]+\s*"
_SEPARATOR_FOUND = re.compile(r"\s[:|»«›‹·•–—-]+\s|:\s")
# A separator left at an end once a name went ("» Title"; not a title's own quotes,
# "»Abzocke wird als Klimaschutz verkauft«", "« Les privatisations ... »").
_SEPARATOR_LEFT = re.compile(r"^\s*[:|»›·•–—-]+\s+|\s+[:|«‹·•–—-]+\s*$")
# A title names a few things (story, section, site): the parts past these are no title's,
# and each part tried copies the title's end (a title of 100,000 separators took a minute).
MAX_TITLE_SEPARATORS = 12
# A "title" longer than this is a page's text in a title field: the page's texts are not
# searched in it (libxml2's contains() is quadratic on such repeats: 5 s for 400 KB).
MAX_SEARCHED_TITLE_CHARS = 1_000
_MIN_DECLARED_HEADLINE_WORDS = 5  # a declared title this long names a story, not a site
# Of a declared title's content words and an <h2>'s, the share (Dice) that makes the
# <h2> the headline it rewords.
_MIN_REWORDING = 0.5
_MIN_SHARED_WORDS = 3
_WORD = re.compile(r"\w{4,}")  # a word that names something (not "of", "the", "new")
# The page's texts that a title holds whole (evaluated in libxml2; short ones are labels).
_TEXTS_IN = etree.XPath(
    "//body//text()[string-length(normalize-space()) >= 12"
    " and contains($title, normalize-space())]",
    smart_strings=False,
)
_SEPARATOR_END = re.compile(r"(?:^|\s)[:|»«›‹·•–—/>-]+\s*$|:\s*$")
_SEPARATOR_START = re.compile(r"\s*[:|»«›‹·•–—/<-]+(?:\s|$)")


@dataclass(frozen=True, slots=True)
class TitleSources:
    """Where a page names itself."""

    h1s: list[HtmlElement]
    subheadings: list[HtmlElement]  # <h2> and <h3>
    ld_headline: str | None
    meta_title: str | None  # og:title and its kin
    title_element: str | None
    hint: str | None  # the raw article's title, when the page gives none
    document: HtmlElement | None = None  # the page, for a part of a title it shows


def page_title(
    sources: TitleSources, publisher: str | None, site: str | None, page_url: str | None
) -> tuple[str | None, list[str]]:
    """The page's title, and every form of it the page has (to find its repeats)."""
    # A blog's masthead is an <h1> linking to its front page ("Seth's Blog"): the site's
    # name, not the post's headline, and a name its titles carry ("Seth's Blog: ...").
    masthead_elements = [h for h in sources.h1s if _is_masthead(h, page_url)]
    mastheads = [squeeze(heading_text(h)) for h in masthead_elements]
    site_name = publisher or next(iter(mastheads), None)
    h1s = [text for h in sources.h1s if (text := squeeze(heading_text(h))) not in mastheads]
    # The one <h1> of a page (or one shown twice) is the headline readers see (og:title
    # and JSON-LD often carry an SEO or social variant); a logo's <h1> is the site's name.
    distinct_h1s = list(dict.fromkeys(h1s))
    single_h1 = (
        distinct_h1s[0]
        if len(distinct_h1s) == 1
        and word_count(distinct_h1s[0]) >= mx.MIN_H1_TITLE_WORDS
        and len(distinct_h1s[0]) <= mx.MAX_TITLE_CHARS
        and not names_site(distinct_h1s[0], publisher, site)
        else None
    )
    # An <h1> sharing no word with the page's titles labels a section ("Latest News",
    # "National News") on a page whose headline is set in other markup; titles of a
    # headline's length only (not the site's name alone).
    declared = [t for t in (sources.meta_title, sources.title_element) if t]
    if not any(len(t.split()) >= _MIN_DECLARED_HEADLINE_WORDS for t in declared):
        declared = []
    candidates = (
        _sharing_words(single_h1, declared),
        # No <h1>: the headline set as an <h2> that rewords the declared titles (an SEO
        # variant, "서울시, 심야버스 노선 2배로 - Site" over "서울시, 내년부터 심야버스
        # 노선 두 배로 늘린다").
        None if sources.h1s else _rewording_h2(sources.subheadings, declared),
        sources.ld_headline,
        sources.meta_title,
        _sharing_words(next((h for h in h1s if _several_words(h)), None), declared),
        sources.title_element,
    )
    headlines = [unescape_entities(h) for h in candidates if h]
    # A "headline" of paragraph length is a description filled into the wrong field.
    titles = [h for h in headlines if len(h) <= mx.MAX_TITLE_CHARS] or headlines
    if not titles and sources.hint:
        titles = [sources.hint]
    cleaned = [
        strip_site_suffix(_without_masthead(clean_headline(squeeze(t)), mastheads), site_name, site)
        for t in titles
    ]
    if any(_SEPARATOR_FOUND.search(t) for t in cleaned):
        headings = [h for h in sources.h1s + sources.subheadings if h not in masthead_elements]
        cleaned = [_heading_part(t, headings) for t in cleaned]
        # A page declaring no headline but its <title> (no og:title, no JSON-LD: older
        # pages) sets the headline in the page, apart from the names its title adds.
        if not (sources.meta_title or sources.ld_headline):
            cleaned = [_shown_part(t, sources.document) for t in cleaned]
    # A field that holds only the site's name (og:title "Example News - Latest News &
    # Headlines", the home page's) gives way to the next that names the story.
    title = next((t for t in cleaned if not _is_site_name(t, site_name, site)), None)
    title = title or (cleaned[0] if cleaned else None)
    return title, headlines + ([title] if title else [])


def _rewording_h2(subheadings: list[HtmlElement], titles: list[str]) -> str | None:
    """The first <h2> of a headline's length whose content words match most of a declared
    title's (``headline_likeness``, three words at least) and that is no piece of one nor
    holds one whole (a headline with its comment count: "Headline 69"), if any."""
    for heading in subheadings:
        if heading.tag != "h2":
            continue
        text = squeeze(text_of(heading))
        if word_count(text) < mx.MIN_H1_TITLE_WORDS or len(text) > mx.MAX_TITLE_CHARS:
            continue
        key, words = name_key(text), content_words(text)
        for title in titles:
            # A piece of the title ("Headline: its subtitle"), or a part of the title and
            # more ("Headline 69": its comment count): no rewording.
            parts = [name_key(part) for part in _SEPARATOR_FOUND.split(title)]
            if key in name_key(title) or any(part and part in key for part in parts):
                break
            shared = len(words & content_words(title))
            if shared >= _MIN_SHARED_WORDS and headline_likeness(title, text) >= _MIN_REWORDING:
                return text
    return None


def _sharing_words(h1: str | None, titles: list[str]) -> str | None:
    """``h1``, unless ``titles`` are given and hold none of its words."""
    if h1 is None or not titles:
        return h1
    words = _WORD.findall(h1.casefold())
    text = " ".join(titles).casefold()
    return h1 if not words or any(word in text for word in words) else None


def _is_masthead(h1: HtmlElement, page_url: str | None) -> bool:
    """Whether ``h1`` is one link, of a few words, to a site's or a blog's front page (a
    path of at most one segment that is not the page's own)."""
    links = h1.findall(".//a")
    text = squeeze(text_of(h1))
    if len(links) != 1 or not text or len(text.split()) > mx.MAX_MASTHEAD_WORDS:
        return False
    if squeeze(text_of(links[0])) != text:
        return False
    path = urlsplit(links[0].get("href") or "").path.rstrip("/")
    if page_url and path and path == urlsplit(page_url).path.rstrip("/"):
        return False  # the headline linking to its own page
    return path.count("/") <= 1 and not any(map(str.isdigit, path))


def _several_words(text: str) -> bool:
    """More than one word, or written without spaces (a one-word <h1>: "Menu", "About",
    a section's name)."""
    return word_count(text) > 1 or CJK_CHAR.search(text) is not None


def _without_masthead(title: str, names: list[str]) -> str:
    """``title`` without a masthead's name and the separator between them, before it or
    after it ("Seth's Blog: The importance of going first", "» A Vegan Tour of NYC
    :zenhabits", "danah boyd | apophenia » omg girls' bodies ...")."""
    for name in names:
        for end in (rf"^\W*{re.escape(name)}{_SEPARATOR}", rf"{_SEPARATOR}{re.escape(name)}\W*$"):
            title = re.sub(end, "", title, flags=re.IGNORECASE)
    return _SEPARATOR_LEFT.sub("", title) or title


def _heading_part(title: str, headings: list[HtmlElement]) -> str:
    """The end of ``title`` that the page shows as a heading, when what comes before it
    is set apart by a separator and is no heading there: a blog's or a section's name
    ("Letters of Note: Vast riddles" on a page headed "Vast riddles", "Blog Archive »
    Podcasts in Plex einbinden"). A heading that opens the title is left to
    ``strip_site_suffix``: "Vegetable Gardening for Beginners: The Complete Guide"."""
    separators = islice(_SEPARATOR_FOUND.finditer(title), MAX_TITLE_SEPARATORS)
    for separator in separators:  # the longest end first
        end, rest = title[separator.end() :], title[: separator.start()].strip()
        if _several_words(end) and _is_heading(end, headings) and not _is_heading(rest, headings):
            return end
    return title


def _shown_part(title: str, document: HtmlElement | None) -> str:
    """The longest part of ``title`` between separators (or an end) that the page sets
    as a text of its own, a headline of three words or more: older pages run the site's
    and the section's names around it in their titles, and set the headline in a <td>,
    <font> or <span> ("MyFox Houston | Bush warns Iran on naval clash", "The Hindu :
    Sport : Successor in great heart"). A headline's subtitle after a colon stays
    ("Vegetable Gardening for Beginners: The Complete Guide")."""
    if document is None or len(title) > MAX_SEARCHED_TITLE_CHARS:
        return title
    if not _SEPARATOR_FOUND.search(title):
        return title
    shown = {squeeze(text) for text in _TEXTS_IN(document, title=title)}
    parts = [part for part in shown if part != title and _stands_apart(part, title)]
    return max(parts, key=len, default=title)


def _stands_apart(part: str, title: str) -> bool:
    """Whether ``part`` is a headline-length piece of ``title`` with a separator (or an
    end of the title) on each side, and no subtitle after a colon behind it."""
    if word_count(part) < MIN_HEADLINE_WORDS:
        return False
    at = title.find(part)
    before, after = title[:at], title[at + len(part) :]
    if after.startswith(":") and not before:
        return False  # "Headline: its subtitle"
    return (not before or _SEPARATOR_END.search(before) is not None) and (
        not after or _SEPARATOR_START.match(after) is not None
    )


def _is_heading(text: str, headings: list[HtmlElement]) -> bool:
    if not text:
        return False
    # A plain substring test (in C) of its last word spares squeezing every heading's text
    # (not of all of it: a heading may space its words with no-break spaces).
    last_word = text.rsplit(None, 1)[-1]
    return any(
        last_word in (raw := heading_text(heading)) and squeeze(raw) == text for heading in headings
    )


def _is_site_name(title: str, publisher: str | None, site: str | None) -> bool:
    """Whether ``title`` is the publisher's name or the site's domain, or a part of one
    ("ICON" of "ICON Magazine"); a headline may hold the site's name ("Austin Hardware
    Catalog" on austinhardware.com)."""
    key = name_key(title)
    return bool(key) and any(key in name_key(name) for name in (publisher, site) if name)
