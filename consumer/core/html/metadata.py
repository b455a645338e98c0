"""Page metadata: title, authors, dates, canonical URL, language, publisher, site.

Read from what the page declares (JSON-LD, <meta>, <link>, <time>, <html lang>), in
that order of trust. Nothing is invented: a field the page does not declare is None.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from consumer.core.enrich.language import country_language
from consumer.core.html import metaxpaths as mx
from consumer.core.html.bylines import LABEL, byline_names, in_aside, names_in
from consumer.core.html.dates import date_from_htmldate, rfc3339
from consumer.core.html.headline_lines import (
    HeadlineLines,
    byline_under_headline,
    stamps_beside_headline,
)
from consumer.core.html.names import clean_authors
from consumer.core.html.page_title import TitleSources, page_title
from consumer.core.html.titles import name_key
from consumer.core.html.tree import (
    document_elements,
    heading_text,
    squeeze,
    text_of,
    unescape_entities,
)
from consumer.core.html.update_lines import day_shown_only_as
from consumer.core.publishers import PUBLISHERS
from consumer.core.text.byline import is_role_credit
from consumer.core.text.page_months import as_shown_in_language
from consumer.core.text.source_facts import copyright_holder
from consumer.core.text.sources import compact_name, known_site, republisher_of
from consumer.core.text.timestamps import find_timestamp, is_timestamp_line
from consumer.core.text.title import clean_title


@dataclass(slots=True)
class PageMetadata:
    title: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None
    modified_at: str | None = None
    canonical_url: str | None = None
    declared_language: str | None = None
    site: str | None = None
    publisher: str | None = None
    republisher: str | None = None  # the aggregator the copy came through, when known
    headlines: list[str] = field(default_factory=list)  # every form of the title the page has
    declared_body: str | None = None  # JSON-LD ``articleBody``, as the page wrote it


# Compiled once: ``tree.xpath(str)`` compiles the expression on every page.
_MARKED_TIMES = etree.XPath(
    "//time[@pubdate or @itemprop='datePublished' or contains(@class, 'publish')]/@datetime"
)
_FIRST_TIME = etree.XPath("(//article//time/@datetime | //time/@datetime)[1]")
# A <time> marked as the update: microdata's dateModified, hAtom's "updated" (WordPress
# themes write it beside the publication's <time> once a post is edited).
_MODIFIED_TIMES = etree.XPath(
    "//time[@itemprop='dateModified' or "
    "contains(concat(' ', normalize-space(@class), ' '), ' updated ')]/@datetime"
)
# Over the page's <link> and <script> elements, found by tag in one walk.
_CANONICAL_HREFS = etree.XPath(
    "$links[translate(@rel, 'CANONICAL', 'canonical')='canonical']/@href"
)
_JSON_LD_SCRIPTS = etree.XPath("$scripts[contains(@type, 'ld+json')]")
# The elements whose own text is the given one, in document order.
_SHOWING = etree.XPath("//body//text()[normalize-space() = $title]/..")
# XHTML pages wrap a script's JSON in a CDATA section ("<![CDATA[ {...} ]]>", or with "//"
# before each marker), which the HTML parser leaves in the script's text.
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")


def _shown_headline(
    tree: HtmlElement, headings: list[HtmlElement], title: str
) -> list[HtmlElement]:
    """The element that sets ``title`` as its text, where no heading does (older pages set
    the headline in a <td>, <font> or <span>): the lines around it are read as a heading's."""
    if any(squeeze(heading_text(heading)) == title for heading in headings):
        return []
    return _SHOWING(tree, title=title)[:1]


def read_metadata(tree: HtmlElement, url: str | None, title_hint: str | None) -> PageMetadata:
    """Collect the page's declared metadata (the tree is only read)."""
    elements = _elements_by_tag(tree)
    metas = _meta_values(elements["meta"])
    ld = _json_ld_article(elements["script"])
    canonical = _canonical_url(elements["link"], metas, url)
    site = _domain(canonical or url)
    publisher = _publisher(ld, metas)
    publisher = unescape_entities(publisher) if publisher else None
    # Undeclared, the publisher may be the holder the footer's copyright notice names,
    # whose name the <title> may carry after the headline ("... - 한빛일보").
    holder = None if publisher else _footer_holder(tree)

    title, headlines = page_title(
        TitleSources(
            h1s=elements["h1"],
            subheadings=elements["h2"] + elements["h3"],
            ld_headline=_ld_text(ld, "headline"),
            meta_title=_first(metas, mx.TITLE_META),
            title_element=_first_text(elements["title"]),
            hint=title_hint,
            document=tree,
        ),
        publisher or holder,
        site,
        canonical or url,
    )

    published = rfc3339(_ld_text(ld, "datePublished") or _ld_text(ld, "dateCreated"))
    published = published or _first_date(metas, mx.PUBLISHED_META)
    declared = published is not None
    marked = False  # (a <time> marked as the publication's)
    if published is None and elements["time"]:  # no <time> anywhere: nothing to look up
        published, marked = _time_element(tree)
    time_pick = published
    modified = rfc3339(_ld_text(ld, "dateModified")) or _first_date(metas, mx.MODIFIED_META)
    modified_declared = modified is not None
    if modified is None and elements["time"]:
        modified = next((d for value in _MODIFIED_TIMES(tree) if (d := rfc3339(str(value)))), None)
    if published is None:
        guessed = date_from_htmldate(tree, canonical or url)
        # On a page that declares only when it was modified, htmldate's find is most often
        # that day: a modification is no publication date, so none is given.
        if guessed and not (modified and guessed[:10] == modified[:10]):
            published = guessed
    # Nor is a day found (not declared in JSON-LD or <meta>) that the page shows only as
    # its update ("Last updated: Dec 12, 2025"); nor one htmldate read from a "3/4/2025"
    # alone (a <time>'s datetime says which day its shown "3/4/2025" is).
    shown_as = day_shown_only_as(tree, published[:10]) if published and not declared else None
    update_day = published[:10] if published and shown_as == "update" else None
    if update_day:
        modified = modified or published
    if shown_as in ("update", "today") or (shown_as == "unsure" and published != time_pick):
        published = None
    if published is None and elements["time"]:
        published = _shown_time(elements["time"])
    headings = elements["h1"] + elements["h2"] + elements["h3"]
    if title and published is None:
        headings += _shown_headline(tree, headings, title)
    # (The lines by the headline, read once for the dates and the byline.)
    around = HeadlineLines(headings, title) if title else None
    # A day found but not declared (the first <time datetime>, htmldate's guess) gives way
    # to the date shown by the headline: it may be a related story's or a comment's.
    undeclared = published is not None and not declared and not marked
    if around is not None and (published is None or modified is None or undeclared):
        # The date and the update shown by the headline, as the byline is, in one pass.
        shown, update = stamps_beside_headline(
            around, published=published is None or undeclared, update=modified is None
        )
        # (the update's day, shown alone on a line of the update's, is no publication)
        if (
            shown
            and shown[:10] != update_day
            and (
                published is None
                or (undeclared and not _own_text_of_time(elements["time"], published, shown))
            )
        ):
            published = shown
        modified = update if modified is None else modified

    language = tree.get("lang") or tree.get("xml:lang") or _first(metas, mx.LANGUAGE_META)
    # A day read from the page's text with "listopad", in the page's language (October on
    # a Croatian page); a declared day is the page's own.
    page_language = _language_tag(language) or country_language(canonical or url)
    if published and not declared:
        published = as_shown_in_language(published, _listopad_texts(tree), page_language)
    if modified and not modified_declared:
        modified = as_shown_in_language(modified, _listopad_texts(tree), page_language)

    # The first source that yields a name after cleaning ("Staff", a URL or a handle do not).
    # (The site's name after the <title>'s headline is the house too: a portal's
    # <meta name="author"> often holds it.)
    title_parts = clean_title(_first_text(elements["title"]) or "")
    house = {publisher, site, title_parts.publisher}
    sources = _author_sources(ld, metas, tree, house=house, around=around)
    authors = next((names for names in map(clean_authors, sources) if names), [])
    # An aggregator's copy: its URL's host, or the noise it adds to the <title> ("- MSN");
    # the name it declares for itself (og:site_name "MSN") is no publisher then.
    aggregator_site = republisher_of(site)
    republisher = republisher_of(_domain(url)) or aggregator_site or title_parts.republisher
    if publisher and republisher and compact_name(publisher) == compact_name(republisher):
        # ... but the site its canonical URL names may be a known one ("cnn.com": CNN)
        known = known_site(site, PUBLISHERS) if site and not aggregator_site else None
        publisher = known[1] if known else None
    return PageMetadata(
        title=title or None,
        description=_first(metas, mx.DESCRIPTION_META),
        authors=authors,
        published_at=published,
        modified_at=modified,
        canonical_url=canonical,
        declared_language=_language_tag(language),
        site=site,
        # No declared publisher: the site's name after the <title>'s headline, when it
        # reads as one ("... | Dagblad van het Noorden"; not a section name). (Only shown:
        # the title and the authors are read with the declared one.)
        # Else the holder the page's copyright line names ("© 2026 Gazette Media GmbH").
        publisher=publisher or title_parts.publisher or holder,
        republisher=republisher,
        headlines=headlines,
        declared_body=body if isinstance(body := ld.get("articleBody"), str) else None,
    )


# The page's copyright notices: "©" in its footer (not a story's, where a photo's credit
# may stand) or in an element named for the notice. The texts holding "©" are found
# first (one walk of the page's texts; most pages hold one or two, many none), then each
# is tested for such an ancestor: the texts ``//footer[not(ancestor::article)]//text()
# [contains(., '©')] | //*[contains(@class, 'copyright') or contains(@id, 'copyright')]
# [not(ancestor::article)]//text()[contains(., '©')]`` finds, in the same order, where
# that union tested the class and id of every element of the page.
_COPYRIGHT_SIGNS = etree.XPath("//text()[contains(., '©')]")
_NOTICE = (
    "footer[not(ancestor::article)] or {axis}::*[contains(@class, 'copyright')"
    " or contains(@id, 'copyright')][not(ancestor::article)]"
)
# (Evaluated on the element a text belongs to: its own text's ancestors are that element
# and its ancestors; a tail's, the element's ancestors.)
_TEXT_IN_NOTICE = etree.XPath(
    "boolean(ancestor-or-self::" + _NOTICE.format(axis="ancestor-or-self") + ")"
)
_TAIL_IN_NOTICE = etree.XPath("boolean(ancestor::" + _NOTICE.format(axis="ancestor") + ")")


def _copyright_texts(tree: HtmlElement) -> list[Any]:
    """The page's texts of copyright notices (lxml's text results), in document order."""
    return [
        node
        for node in _COPYRIGHT_SIGNS(tree)
        if (parent := node.getparent()) is not None
        and (_TAIL_IN_NOTICE if node.is_tail else _TEXT_IN_NOTICE)(parent)
    ]


def _footer_holder(tree: HtmlElement) -> str | None:
    """The publisher the page's last copyright notice that names one names, if any."""
    for node in reversed(_copyright_texts(tree)):
        parent = node.getparent()
        if parent is not None and (holder := copyright_holder(squeeze(text_of(parent)))):
            return holder
    return None


# Read in one walk of the tree (``_elements_by_tag``).
_PAGE_TAGS = ("meta", "link", "script", "h1", "h2", "h3", "title", "time")


def _elements_by_tag(tree: HtmlElement) -> dict[str, list[HtmlElement]]:
    """The page's <meta>, <h1>-<h3> and <title> elements under the root, and its <link>,
    <script> and <time> elements in the whole document, by tag, in document order: one
    walk of the tree for most pages (each walk of a page costs about as much as the next)."""
    found: dict[str, list[HtmlElement]] = {tag: [] for tag in _PAGE_TAGS}
    for element in tree.iter(*_PAGE_TAGS):
        found[element.tag].append(element)
    if tree.getprevious() is not None or tree.getnext() is not None:
        # libxml2 put part of the page beside the root: links and scripts are read there too.
        beside = document_elements(tree, "link", "script", "time")
        for tag in ("link", "script", "time"):
            found[tag] = [element for element in beside if element.tag == tag]
    return found


def _meta_values(metas: list[HtmlElement]) -> dict[str, str]:
    """The first non-empty content of every <meta> key (property, name, itemprop, http-equiv)."""
    values: dict[str, str] = {}
    for meta in metas:
        content = meta.get("content")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attr)
            if key:
                values.setdefault(key.strip().lower(), squeeze(content))
    return values


def _first(metas: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((metas[key] for key in keys if metas.get(key)), None)


def _first_date(metas: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((d for key in keys if key in metas and (d := rfc3339(metas[key]))), None)


def _first_text(elements: list[HtmlElement]) -> str | None:
    for element in elements:  # stops at the first one with text
        text = squeeze(text_of(element))
        if text:
            return text
    return None


_LISTOPAD_TEXTS = etree.XPath("//text()[contains(., 'istopad')]")


def _listopad_texts(tree: HtmlElement) -> Iterator[str]:
    """The page's texts that name "listopad" (looked up only when a day may be one)."""
    for text in _LISTOPAD_TEXTS(tree):
        yield squeeze(str(text))


def _own_text_of_time(times: list[HtmlElement], picked: str, shown: str) -> bool:
    """Is ``shown`` the text of the <time> whose datetime is ``picked``, a day its datetime
    settles? Not when the datetime is a UTC time the shown local day is one day off
    ("<time datetime="2026-02-24T04:13Z">February 23, 2026</time>")."""
    if shown[:10] == picked[:10]:
        return True
    zone_shift = (
        "T" in picked
        and abs((date.fromisoformat(shown[:10]) - date.fromisoformat(picked[:10])).days) == 1
    )
    for time in times:
        if rfc3339(time.get("datetime")) != picked:
            continue
        text = squeeze(text_of(time))
        stamp = find_timestamp(text) if text else None
        if stamp is not None and stamp.value[:10] == shown[:10]:
            return not zone_shift
    return False


def _time_element(tree: HtmlElement) -> tuple[str | None, bool]:
    """A <time> marked as the publication date, else the first <time datetime> of the page;
    and whether it was marked."""
    marked = _MARKED_TIMES(tree)
    found = next((d for value in marked or _FIRST_TIME(tree) if (d := rfc3339(str(value)))), None)
    return found, bool(marked) and found is not None


def _shown_time(times: list[HtmlElement]) -> str | None:
    """The date the first <time> of the story (in <article> or <main>, or classed as the
    entry's date; no comment's or sidebar's) shows ("April 26, 2024"), when no <time> has
    a datetime: themes write the date as the element's text only. Not an update, nor a
    date whose day and month may be either way round."""
    if any(time.get("datetime") for time in times):
        return None  # read by _time_element
    first = next(
        (
            time
            for time in times
            if (_in_story(time) or _names_entry_date(time)) and not in_aside(time)
        ),
        None,
    )
    text = squeeze(text_of(first)) if first is not None else ""
    stamp = find_timestamp(text) if text and is_timestamp_line(text) else None
    if stamp is None or stamp.is_update or stamp.order_unsure:
        return None
    return stamp.value


# hAtom's and WordPress themes' class for the post's own date ("entry-time", "entry-date
# published"), not its update's ("entry-modified-time", "updated").
_ENTRY_DATE_CLASS = re.compile(r"(?:^|\s)(?:entry-time|entry-date|published)(?:\s|$)")


def _names_entry_date(time: HtmlElement) -> bool:
    """A <time> whose class names it the post's date: a theme that sets the headline
    outside <article> and <main> (a full-width cover) sets the date there too."""
    return _ENTRY_DATE_CLASS.search(time.get("class") or "") is not None


def _in_story(element: HtmlElement) -> bool:
    """Inside the page's <article> or <main> (a masthead shows today's date)."""
    return any(node.tag in ("article", "main") for node in element.iterancestors())


def _canonical_url(links: list[HtmlElement], metas: dict[str, str], url: str | None) -> str | None:
    hrefs = _CANONICAL_HREFS(links[0], links=links) if links else []  # any context node
    candidate = str(hrefs[0]).strip() if hrefs else _first(metas, mx.CANONICAL_META)
    if not candidate:
        return None
    try:
        absolute = urljoin(url, candidate) if url else candidate
        return absolute if urlsplit(absolute).scheme in ("http", "https") else None
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return None


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _language_tag(value: str | None) -> str | None:
    """'en_GB' -> 'en-GB'; None for what is not a language tag."""
    if not value:
        return None
    tag = value.strip().replace("_", "-").split(",")[0].strip()
    primary = tag.split("-")[0]
    if not (2 <= len(primary) <= 3 and primary.isascii() and primary.isalpha()):
        return None
    return tag[:35]


# --- JSON-LD ---------------------------------------------------------------------------------


def _json_ld_article(scripts: list[HtmlElement]) -> dict[str, Any]:
    """The first JSON-LD object (in ``scripts``) whose @type is an article type, else the
    first that describes the page or its video (``mx.PAGE_TYPES``)."""
    fallback: dict[str, Any] = {}
    for script in _JSON_LD_SCRIPTS(scripts[0], scripts=scripts) if scripts else []:
        text = script.text or ""
        if len(text) > mx.MAX_JSON_LD_CHARS:
            continue
        try:
            # (The substring test, in C, spares most scripts the regular expression.)
            data = json.loads(_CDATA.sub("", text) if "<![CDATA[" in text else text)
        except (ValueError, RecursionError):
            continue
        for obj in _ld_objects(data, depth=0):
            if len(obj) == 1 and "@id" in obj:
                continue  # a reference to a node, not a node
            types = obj.get("@type")
            names = {
                t.lower()
                for t in (types if isinstance(types, list) else [types])
                if isinstance(t, str)
            }
            if names & mx.ARTICLE_TYPES and not names <= mx.PAGE_TYPES:
                return _with_named_authors(obj, data)
            if names & mx.ARTICLE_TYPES and not fallback:
                fallback = _with_named_authors(obj, data)
    return fallback


def _with_named_authors(obj: dict[str, Any], data: Any) -> dict[str, Any]:
    """``obj`` with authors given only as {"@id": ...} replaced by the nodes of ``data``
    (the same script's @graph) that carry that @id."""
    value = obj.get("author")
    items = value if isinstance(value, list) else [value]
    refs = {
        item["@id"]
        for item in items
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str)
    }
    if not refs:
        return obj
    nodes = {
        node["@id"]: node
        for node in _ld_objects(data, depth=0)
        if node.get("@id") in refs and "name" in node
    }
    resolved = [
        nodes.get(item["@id"], item) if isinstance(item, dict) and "@id" in item else item
        for item in items
    ]
    return {**obj, "author": resolved}


def _ld_objects(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data[:50]:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_objects(data["@graph"], depth + 1)
        if isinstance(data.get("mainEntity"), dict):
            yield from _ld_objects(data["mainEntity"], depth + 1)


def _ld_text(ld: dict[str, Any], key: str) -> str | None:
    value = ld.get(key)
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return squeeze(value) if isinstance(value, str) and value.strip() else None


def _ld_authors(ld: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The article's authors as (people, organisations)."""
    value = ld.get("author") or ld.get("creator")
    items = value if isinstance(value, list) else [value]
    people: list[str] = []
    organisations: list[str] = []
    for item in items[:20]:
        kind = item.get("@type") if isinstance(item, dict) else None
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            is_org = isinstance(kind, str) and kind.lower() in mx.PUBLISHER_TYPES
            (organisations if is_org else people).append(name)
    return people, organisations


def _publisher(ld: dict[str, Any], metas: dict[str, str]) -> str | None:
    pub = ld.get("publisher")
    if isinstance(pub, list) and pub:
        pub = pub[0]
    if isinstance(pub, dict) and isinstance(pub.get("name"), str) and pub["name"].strip():
        return squeeze(pub["name"])
    if isinstance(pub, str) and pub.strip():
        return squeeze(pub)
    name = _first(metas, mx.PUBLISHER_META)
    if name and name.startswith("@"):
        return None  # a twitter handle, not a name
    return name


def _meta_authors(metas: dict[str, str]) -> list[str]:
    for key in mx.AUTHOR_META:
        value = metas.get(key)
        if value and not value.startswith(("http://", "https://", "@")):
            return [value]
    return []


def _author_sources(
    ld: dict[str, Any],
    metas: dict[str, str],
    tree: HtmlElement,
    house: set[str | None],
    around: HeadlineLines | None,
) -> Iterator[list[str]]:
    """Raw author names, most trusted source first; later ones are read only if needed.

    A credit to the house (an organisation, the publisher, the site) gives way to a
    person named in the byline, and is kept only when the page names nobody else.
    """
    house_keys = {name_key(name.split(".")[0]) for name in house if name}

    def of_house(name: str) -> bool:
        return _house_key(name) in house_keys

    ld_people, ld_orgs = _ld_authors(ld)
    declared = [*ld_people, *_meta_authors(metas)]
    # (nor the newsroom: "Redacción", "Staff")
    yield [name for name in declared if not of_house(name) and not is_role_credit(name)]
    # A byline that names the house ("Written by Example Advisor" on exampleadvisor.com)
    # gives way as the declared one does.
    byline = _byline_authors(tree)
    yield [name for name in byline if not of_house(name)]
    # a "By ..." line under the headline, in no byline element
    under = byline_under_headline(around) if around is not None else None
    if under and not of_house(under):
        yield [under]
    yield _article_footer_authors(tree)
    yield _labelled_card_authors(metas)
    yield declared + ld_orgs + byline + ([under] if under else [])


# A name written as a domain ("ExampleNews.com", "tagesschau.de"): the site's, whose key
# is its first label's (as the house's keys are).
_DOMAIN_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.IGNORECASE)


def _house_key(name: str) -> str:
    return name_key(name.split(".")[0] if _DOMAIN_NAME.fullmatch(name.strip()) else name)


# Twitter's summary card shows label/value pairs ("twitter:label1" = "Written by",
# "twitter:data1" = "Jane Doe"; the other pair is most often the reading time). SEO plugins
# write the label in the site's language ("Geschrieben von", "Écrit par", "Escrito por").
_CARD_PAIRS = 4
_CARD_AUTHOR_LABEL = re.compile(
    r"(?:\w+\s+)?(?:by|von|par|por|di|da|door|av|af|przez)|authors?|autor(?:in|es)?|auteure?s?",
    re.IGNORECASE,
)


def _labelled_card_authors(metas: dict[str, str]) -> list[str]:
    """The name a Twitter card labels as the writer's, read after the page's bylines: a
    plugin fills it with the post's account, which a byline may name better."""
    for n in range(1, _CARD_PAIRS + 1):
        label, value = metas.get(f"twitter:label{n}"), metas.get(f"twitter:data{n}")
        if label and value and _CARD_AUTHOR_LABEL.fullmatch(label.strip(" :")):
            return [value]
    return []


# The story's own footer: a footer of the page's first <article>, not of an article inside it.
_ARTICLE_FOOTERS = etree.XPath("(//article)[1]//footer[not(ancestor::article[2])]")
MAX_FOOTERS = 3


def _article_footer_authors(tree: HtmlElement) -> list[str]:
    """ "Posted by Jane Doe on 2025-12-18 in Travel": blog themes sign the post in its
    <article>'s footer, below the text, where no byline element is named."""
    for footer in _ARTICLE_FOOTERS(tree)[:MAX_FOOTERS]:
        if _names_comment(footer):
            continue
        text = squeeze(text_of(footer))
        if LABEL.match(text) and (names := names_in(footer, ends_at_bar=True)):
            return [names]
    return []


def _names_comment(element: HtmlElement) -> bool:
    return any(
        "comment" in f"{node.get('class', '')} {node.get('id', '')}"
        for node in (element, *element.iterancestors())
    )


def _byline_authors(tree: HtmlElement) -> list[str]:
    names = byline_names(tree)
    return [names] if names else []
