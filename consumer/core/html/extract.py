"""The HTML extractor: a full page in, the article's text and metadata out.

Stages, in order: parse with guards -> read metadata -> clean the tree (captions,
related boxes, widgets out; display names off prose blocks) -> extract body lines ->
filter lines (title repeats, captions, read-more, newsletter/share/ad furniture,
duplicates) -> assemble.
"""

from __future__ import annotations

import dataclasses
import re

from lxml import etree
from lxml.html import HtmlElement

from consumer.contract import RawArticle
from consumer.core.html.ad_breaks import join_ad_broken_paragraphs
from consumer.core.html.body import extract_body_lines
from consumer.core.html.clean import NOT_A_LINK, clean_tree, link_url
from consumer.core.html.collapsed_story import show_collapsed_story
from consumer.core.html.declared_body import declared_paragraphs
from consumer.core.html.display_names import unname_displayed_prose
from consumer.core.html.fact_check import keep_verdict_boxes
from consumer.core.html.line_keys import line_key
from consumer.core.html.lines import filter_lines, unboxed
from consumer.core.html.metadata import read_metadata
from consumer.core.html.noscript_story import unwrap_noscript_story
from consumer.core.html.parse import parse_page
from consumer.core.html.patterns import NOT_A_HEADLINE, is_headline_length
from consumer.core.html.script_state import script_state_paragraphs
from consumer.core.html.streamed_segments import place_streamed_segments
from consumer.core.html.tree import document_elements, text_of
from consumer.core.html.unindexed import drop_outside_ad_sections, drop_unindexed
from consumer.core.model import Extraction, RelatedLink, Removals
from consumer.core.normalise import normalise_line
from consumer.core.options import CoreOptions
from consumer.core.scripts import word_count
from consumer.core.text.byline import (
    cjk_reporter,
    portal_source_writer,
    recased_name,
    wire_credit_reporters,
)
from consumer.core.text.cjk_credits import bracketed_sign_off, is_lone_cjk_name
from consumer.core.text.credit_sentence import credited_writers
from consumer.core.text.related import pointer_of
from consumer.core.text.sources import dateline_reporters


def extract_html(raw: RawArticle, options: CoreOptions) -> Extraction:
    """Extract one article from a full HTML page.

    Raises ``ExtractionError`` for a page that cannot be parsed within the limits of
    ``options``; a page without an article body gives an empty ``paragraphs`` and a
    warning.
    """
    warnings: list[str] = []
    tree = parse_page(raw.content, options, warnings)
    place_streamed_segments(tree, raw.content)  # (where a browser's scripts put them)
    meta = read_metadata(tree, raw.url, raw.title_hint)
    prev_next = _prev_next_links(tree, meta.canonical_url or raw.url)
    keep_verdict_boxes(tree)
    join_ad_broken_paragraphs(tree)  # (while the ads that broke them are still there)
    show_collapsed_story(tree)
    if unwrap_noscript_story(tree):
        warnings.append("the story was read from the page's <noscript> copy")
    cleaned = clean_tree(tree, meta.canonical_url or raw.url)
    unname_displayed_prose(tree, cleaned.name_values)
    code_lines: set[str] = set()
    cell_lines: set[str] = set()
    lines = extract_body_lines(
        tree,
        meta.canonical_url or raw.url,
        options,
        warnings,
        cleaned.name_values,
        code_lines,
        cell_lines,
    )
    # Pages keep soft hyphens, zero-width characters and decomposed accents in their
    # text; the output (and the fingerprints of it) should not depend on them.
    lines = [clean for line in lines if (clean := normalise_line(line))]
    captions = [normalise_line(caption) for caption in cleaned.captions]
    body = filter_lines(
        lines,
        headlines=meta.headlines,
        captions=captions,
        related_titles=[link.title for link in cleaned.related],
        authors=meta.authors,
        code_lines=[normalise_line(line) for line in code_lines],
        cell_lines={normalise_line(line) for line in cell_lines},
    )
    # (Menus and teasers the page fences off from search engines, or leaves outside the
    # text its ads should match: see unindexed.)
    paragraphs = drop_unindexed([unboxed(paragraph) for paragraph in body.paragraphs], raw.content)
    paragraphs = drop_outside_ad_sections(paragraphs, raw.content)
    declared = declared_paragraphs(meta.declared_body, paragraphs)
    if declared:
        # A page rendered by script: its markup holds a shell, its JSON-LD the story.
        paragraphs = declared
        warnings.append("short body: taken from the page's JSON-LD articleBody")
    elif not paragraphs and (state := script_state_paragraphs(raw.content)):
        # A page rendered by script, without JSON-LD: its state script holds the story.
        paragraphs = state
        warnings.append("short body: taken from the page's script state")
    paragraphs, signed = _without_sign_off(paragraphs, body)
    if paragraphs and all(_is_label(paragraph) for paragraph in paragraphs):
        # A page of other stories' teasers (a section's front): once they leave for the
        # related headlines, what is left are its menu's words, no article.
        for paragraph in paragraphs:
            body.count("navigation", paragraph)
        paragraphs = []
    captions = captions + [caption for caption in body.captions if caption not in captions]
    if not paragraphs and len(_story_captions(captions)) >= _MIN_GALLERY_CAPTIONS:
        # A photo gallery: its captions are the story it tells.
        paragraphs = _story_captions(captions)
        captions = [caption for caption in captions if caption not in paragraphs]
    if not paragraphs:
        warnings.append("no article body found")
    return Extraction(
        title=normalise_line(meta.title) if meta.title else meta.title,
        paragraphs=paragraphs,
        captions=captions,
        related=_other_articles(
            prev_next
            + cleaned.related
            + _with_urls(body.related, tree, meta.canonical_url or raw.url),
            meta.headlines,
            meta.canonical_url or raw.url,
        ),
        authors=[
            recased_name(name)
            for name in meta.authors
            or signed
            or _wire_credited(lines)
            or _credit_sentence(paragraphs)
        ],
        published_at=meta.published_at,
        modified_at=meta.modified_at,
        canonical_url=meta.canonical_url,
        declared_language=meta.declared_language,
        site=meta.site,
        publisher=meta.publisher,
        republisher=meta.republisher,
        removed=cleaned.removed + body.removed,
        removed_chars=cleaned.removed_chars + body.removed_chars,
        warnings=warnings,
    )


# A wire story's closing credits are among its last lines (a correction or a tag line
# may follow them).
_CREDIT_TAIL_LINES = 6


def _wire_credited(lines: list[str]) -> list[str]:
    """The reporters a wire story's closing credits name ("Reporting by Jane Doe in
    Geneva; Editing by Sam Poe"), for a page whose markup names no author."""
    found = (wire_credit_reporters(line) for line in reversed(lines[-_CREDIT_TAIL_LINES:]))
    return next((reporters for reporters in found if reporters), [])


# A post's credit sentence stands among its first or last paragraphs.
_CREDIT_SENTENCE_REACH = 3


def _credit_sentence(paragraphs: list[str]) -> list[str]:
    """The writers a sentence at the text's top or foot credits ("This post was written by
    Jane Doe, Head of Marketing."), for a page whose markup names no author."""
    reach = _CREDIT_SENTENCE_REACH
    return credited_writers(paragraphs[:reach]) or credited_writers(paragraphs[-reach:])


# A gallery's captions tell a story when there are a few and each is a sentence.
_MIN_GALLERY_CAPTIONS = 2
_MIN_GALLERY_CAPTION_WORDS = 8


def _story_captions(captions: list[str]) -> list[str]:
    """The captions that are sentences of their own (not a credit or a file name): with
    two or more, they can stand for a body the page does not have."""
    return [caption for caption in captions if word_count(caption) >= _MIN_GALLERY_CAPTION_WORDS]


def _is_label(paragraph: str) -> bool:
    """A menu's or a button's words: three words at most and no sentence end."""
    return word_count(paragraph) <= _MAX_LABEL_WORDS and not paragraph.endswith(_SENTENCE_ENDS)


# Two to four names of three to five Chinese characters in a list, alone at the story's
# head: its writers, with no label ("山田太郎、佐藤花子"; two-character words listed there
# are more often places or topics).
_CJK_NAME_LIST = re.compile(r"[\u4e00-\u9fff]{3,5}(?:、[\u4e00-\u9fff]{3,5}){1,3}")


def _without_sign_off(paragraphs: list[str], removals: Removals) -> tuple[list[str], list[str]]:
    """The body without the reporter's byline at its head or sign-off at its foot ("社会部
    山田花子", "김민수 기자 minsu@example.co.kr", a portal's "Source: site | Name", counted
    as a byline), and the reporter it names (of the sign-off first: a page may show both)."""
    found: list[str] = []
    text = "\n".join(paragraphs)
    for at in (-1, 0):
        if len(paragraphs) < 2:
            break
        names = cjk_reporter(paragraphs[at])
        if not names and at == 0 and _CJK_NAME_LIST.fullmatch(paragraphs[0]):
            names = paragraphs[0].split("、")  # "山田太郎、佐藤花子" over the story
        if not names and len(paragraphs) >= 3 and is_lone_cjk_name(paragraphs[at], text):
            names = [paragraphs[at].replace("\u3000", " ")]  # "王小明" alone
        if not names and at == -1:
            closing = bracketed_sign_off(paragraphs[-1], text)  # "...あたった。（山田太郎）"
            if closing and closing.names:
                found = closing.names
                if closing.start > 0:
                    continue  # (the sign-off stays in its paragraph)
                names = closing.names
        if names:
            removals.count("byline", paragraphs[at])
            paragraphs = paragraphs[:-1] if at == -1 else paragraphs[1:]
            found = found or names
    if len(paragraphs) >= 2 and (portal := portal_source_writer(paragraphs[0])):
        removals.count("byline", paragraphs[0])
        paragraphs = paragraphs[1:]
        found = found or portal
    if not found and paragraphs:
        found = dateline_reporters(paragraphs[0])  # "（中央社記者王小明台北25日電）..."
    return paragraphs, found


def _other_articles(
    links: list[RelatedLink], headlines: list[str], page_url: str | None
) -> list[RelatedLink]:
    """Links without duplicates and without the article itself (its title or URL)."""
    seen = {line_key(h) for h in headlines}
    unique = []
    for link in links:
        key = line_key(link.title)
        if key in seen or (page_url and link.url == page_url):
            continue
        seen.add(key)
        unique.append(link)
    return unique


_LINKS = etree.XPath("//a[@href]")
_MAX_LABEL_WORDS = 3
_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？", '"', "”", "»", ")")
# A post's own links to the stories before and after it ("Previous article" over a
# headline, rel="prev" as themes write it); a listing's page links are no headlines.
_PREV_NEXT_RELS = ("prev", "next")


def prev_next_anchors(tree: HtmlElement) -> list[HtmlElement]:
    """The page's links whose rel is "prev" or "next", in document order: what
    ``//a[@href][@rel="prev" or @rel="next"]`` finds, but the anchors found by their tag in
    C (libxml2 walks every node of the page for ``//a``: a third more time)."""
    return [
        anchor
        for anchor in document_elements(tree, "a")
        if anchor.get("rel") in _PREV_NEXT_RELS and anchor.get("href") is not None
    ]


# What a theme writes beside the headline inside the link, each in its own element.
_LINK_LABEL_WORDS = frozenset(("post", "article", "story", "entry", "beitrag", "artikel"))


def _prev_next_links(tree: HtmlElement, page_url: str | None) -> list[RelatedLink]:
    links = []
    for anchor in prev_next_anchors(tree):
        text = " ".join(
            piece
            for piece in map(normalise_line, anchor.itertext())
            if piece and not _is_link_label(piece)
        )
        label = pointer_of(text)
        title = label.title if label is not None else text
        if not title or not is_headline_length(title) or NOT_A_HEADLINE.search(title):
            continue
        href = anchor.get("href", "").strip()
        truncated = title.endswith(("...", "…"))
        url = None if href.startswith(NOT_A_LINK) else link_url(href, page_url)
        links.append(RelatedLink(rel=anchor.get("rel"), title=title, url=url, truncated=truncated))
    return links


def _is_link_label(piece: str) -> bool:
    """ "Previous", "Next post", "←", "Post": a label of the link, not its headline."""
    if not any(char.isalpha() for char in piece) or piece.lower() in _LINK_LABEL_WORDS:
        return True
    label = pointer_of(piece)
    return label is not None and label.rel in _PREV_NEXT_RELS and label.title is None


def _with_urls(
    links: list[RelatedLink], tree: HtmlElement, page_url: str | None
) -> list[RelatedLink]:
    """Read-more lines of the body ("Read more: Headline") give their headline only: the
    page's link whose text is that headline gives the URL."""
    if all(link.url for link in links):
        return links
    hrefs: dict[str, str] = {}
    for anchor in _LINKS(tree):
        hrefs.setdefault(normalise_line(text_of(anchor)), anchor.get("href", "").strip())
    found = []
    for link in links:
        href = hrefs.get(normalise_line(link.title)) if link.url is None else None
        if href and not href.startswith(NOT_A_LINK) and (url := link_url(href, page_url)):
            link = dataclasses.replace(link, url=url)
        found.append(link)
    return found
