"""Extract the article body from a cleaned tree: trafilatura, retried when it looks short.

The first pass is trafilatura in its fast, balanced mode (precision comes from the
cleaning before and the line filters after it; trafilatura's precision mode cut whole
sections of longer guides). When that body is short, absolutely or against the
paragraph text (or all text outside links) the page holds, trafilatura runs again in its
full mode, which compares its result with readability and jusText, and the longer body
wins. When the fast pass found no container of the story and took the page's loose
paragraphs instead, menus and teasers among them, the full mode's pick replaces them if
it is shorter (or, a block readability or jusText picked, much longer), and the lines
readability's pick of the page does not hold go (``readability_vote``). Lists and
sub-headings a paragraphs-only extraction dropped are then put back beside the
paragraphs they belong to (``structure.restore_structure``).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from lxml import etree
from lxml.etree import _Element
from lxml.html import HtmlElement
from trafilatura.settings import MANUALLY_CLEANED

from consumer.contract import ExtractionError
from consumer.core.html.div_paragraphs import restore_div_paragraphs
from consumer.core.html.embedded_posts import restore_embedded_tweets
from consumer.core.html.layout_cells import split_layout_cells, unmarked_lines
from consumer.core.html.line_keys import StartKeys, is_paragraph_line, start_key
from consumer.core.html.lines import TABLE_ROW
from consumer.core.html.loose_text import restore_leading_text, restore_opening_runs
from consumer.core.html.readability_vote import lines_readability_holds
from consumer.core.html.sidebar_body import retry_took_sidebar, story_container_lines
from consumer.core.html.source_breaks import unwrap_source_breaks
from consumer.core.html.structure import restore_structure
from consumer.core.html.trafilatura_content import WILD_TEXT
from consumer.core.html.trafilatura_pass import MAY_SHORTEN, MainExtractions, trafilatura_text
from consumer.core.html.tree import detached, squeeze, text_of
from consumer.core.options import CoreOptions
from consumer.core.scripts import CJK_CHAR

# The fallback pass costs about as much again; on pages this large it is not worth it.
MAX_RETRY_ELEMENTS = 20_000
# Compiled once: ``tree.xpath(str)`` compiles the expression on every page.
_BODY_CHARS = etree.XPath("string-length(normalize-space(/html/body))")
_ELEMENT_COUNT = etree.XPath("count(//*)")
_UNLINKED_TEXTS = etree.XPath("//body//text()[not(ancestor::a)]", smart_strings=False)
_PARAGRAPH_TEXTS = etree.XPath("//p//text()", smart_strings=False)
# The full-mode retry replaces the first body only when it is this many times longer: a
# marginally longer text is as likely a sidebar's (a tweet beside a four-line post).
RETRY_GAIN = 1.5
# A fast body of loose paragraphs holds the page's furniture when this share of its lines
# is short, or this share rows of a layout table.
MAX_FURNITURE_LINE_CHARS = 40
MIN_SHORT_LINE_SHARE = 0.3
MIN_TABLE_ROW_SHARE = 0.25
# The densest block replaces a short body only when it holds this many times its text.
DENSE_BLOCK_FACTOR = 3
MAX_DENSE_CANDIDATES = 3  # blocks tried, densest first, before giving up
_IN_COMMENTS = (
    "boolean(ancestor-or-self::*[contains(translate(@class, 'COMENT', 'coment'), 'comment')"
    " or contains(translate(@id, 'COMENT', 'coment'), 'comment')])"
)
BLOCK_LINE_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"})
# Sections trafilatura's own cleaning deletes (its list: <head>, navigation, footers,
# asides, form controls, <time> ...). The fast pass reads the tree without them, so that
# its copies of the tree and its XPath tests (regular expressions called from libxml2 for
# each class and id) have fewer elements to go through. Forms and figures are not taken
# out: trafilatura keeps a form holding much text and a figure holding a table. Nor is a
# section holding a paragraph or a headline: trafilatura's recall retry puts back what its
# cleaning deleted when that was every paragraph, and it prunes an infinite-scroll
# container only when no headline is in it.
_DELETED_SECTION_TAGS = tuple(sorted(frozenset(MANUALLY_CLEANED) - {"form", "figure"}))
_HOLDS_PARAGRAPH_OR_HEADLINE = etree.XPath("boolean(.//p or .//h1)")
# trafilatura's tags for code blocks in its body, and for the text a code span may sit in.
_CODE_TAGS = ("code", "pre")
_RUNNING_TEXT_TAGS = frozenset({"p", "item", "head", "hi", "ref", "cell", "quote", "code", "pre"})


def extract_body_lines(
    tree: HtmlElement,
    url: str | None,
    options: CoreOptions,
    warnings: list[str],
    names: Collection[str] | None = None,
    code_lines: set[str] | None = None,
    cell_lines: set[str] | None = None,
) -> list[str]:
    """The body as text lines (paragraphs, headings, list items), in page order.
    ``names``: every id and class value of ``tree``, if known (``Cleaned.name_values``).
    ``code_lines``, when given, receives the lines of the code blocks trafilatura found;
    ``cell_lines`` the lines taken from a layout table's cell of blocks (``layout_cells``)."""

    main = MainExtractions()  # the fast pass's main extraction, for the full mode
    if cell_lines is None:
        cell_lines = set()

    def full_mode() -> TrafilaturaPass:
        return _trafilatura_lines(
            tree,
            url,
            fast=False,
            names=names,
            code_lines=code_lines,
            main=main,
            cell_lines=cell_lines,
        )

    # The later stages (and the retry's readability) read the whole tree, as before.
    deleted = _deleted_sections(tree)
    with detached(deleted):
        first = _trafilatura_lines(
            tree,
            url,
            fast=True,
            names=names,
            code_lines=code_lines,
            main=main,
            cell_lines=cell_lines,
        )
    lines = first.lines
    found = sum(map(len, lines))
    retry: TrafilaturaPass | None = None
    loose_furniture = first.wild_text and _holds_furniture(lines) and _retriable(tree)
    if loose_furniture and first.full_mode_may_shorten:
        # No container of the story was found, so the fast pass took every loose
        # paragraph of the page, here with menus and teaser lists (short lines, layout
        # tables' rows). The full mode weighs that against readability's and jusText's
        # pick of one block: a shorter body from it is the story without the furniture.
        # So is a much longer block one of them picked (the full mode's body is then no
        # loose text): the story, whose paragraphs the loose ones were not. (The pass runs
        # only where the fast pass says the full mode could shorten the body: elsewhere
        # its cost, as much again, bought a change on too few pages.)
        retry = full_mode()
        retry_chars = sum(map(len, retry.lines))  # (its lines are never empty)
        if 0 < retry_chars < found or (not retry.wild_text and retry_chars > RETRY_GAIN * found):
            warnings.append("no story container: body taken from the fallback extractors")
            lines, found = retry.lines, retry_chars
    if _is_short(found, tree, options) and _retriable(tree):
        if retry is None:
            retry = full_mode()
        if sum(map(len, retry.lines)) > RETRY_GAIN * found and not retry_took_sidebar(
            tree, lines, retry.lines
        ):
            warnings.append("short body: extracted again with fallback extractors")
            lines = _with_paragraphs_of(lines, retry.lines)
            found = sum(len(line) for line in lines)
        # Both passes took one block of a page that holds many paragraphs elsewhere (a
        # promotion before the story, in a container named like the story's): the block
        # with the most paragraph text is the story when it holds much more.
        dense = _densest_block_lines(tree)
        if sum(len(line) for line in dense) > DENSE_BLOCK_FACTOR * found:
            warnings.append("short body: taken from the block with the most paragraph text")
            lines = dense
    if (story := story_container_lines(tree, lines, names)) is not None:
        warnings.append("body in a sidebar: taken from the story container")
        lines = story
    keys = StartKeys()  # the passes below key the same lines: each once
    lines = restore_opening_runs(tree, restore_structure(tree, lines, keys), keys)
    lines = restore_leading_text(tree, lines, keys)
    lines = restore_embedded_tweets(tree, restore_div_paragraphs(tree, lines, keys), keys)
    if loose_furniture:  # (readability reads the tree without sections deleted anyway)
        with detached(deleted):
            return lines_readability_holds(tree, lines)
    return lines


def _holds_furniture(lines: list[str]) -> bool:
    """Whether many of ``lines`` are short (menu entries, labels, teaser headlines) or
    rows of a layout table: a body of loose paragraphs that is all story is left alone
    (and spares the full mode's pass, which costs as much again)."""
    # (a CJK character says about as much as two Latin letters: a sentence of 30 of them
    # is no menu entry)
    short = sum(
        1 for line in lines if len(line) + len(CJK_CHAR.findall(line)) < MAX_FURNITURE_LINE_CHARS
    )
    rows = sum(1 for line in lines if line.startswith(TABLE_ROW))
    return short >= MIN_SHORT_LINE_SHARE * len(lines) or rows >= MIN_TABLE_ROW_SHARE * len(lines)


def _retriable(tree: HtmlElement) -> bool:
    return bool(_ELEMENT_COUNT(tree) <= MAX_RETRY_ELEMENTS)


def _with_paragraphs_of(first: list[str], retry: list[str]) -> list[str]:
    """``retry`` with the paragraphs of the ``first`` body it lacks put back after the
    line they followed there (or at its start). The fallback extractors often start the
    story one paragraph late: the lead the first pass had was lost with its short body."""
    kept = {start_key(line) for line in retry}
    merged = list(retry)
    at = 0  # where the next paragraph of the first body goes
    for line in first:
        key = start_key(line)
        if key in kept:
            at = merged.index(line) + 1 if line in merged else at
        elif is_paragraph_line(line):
            merged.insert(at, line)
            kept.add(key)
            at += 1
    return merged


def _deleted_sections(tree: HtmlElement) -> list[HtmlElement]:
    """The outermost sections of ``tree`` trafilatura deletes anyway that hold no paragraph
    and no headline, in document order."""
    sections: list[HtmlElement] = []
    for section in tree.iter(*_DELETED_SECTION_TAGS):  # document order: outer ones first
        if sections and any(
            a is sections[-1] for a in section.iterancestors(*_DELETED_SECTION_TAGS)
        ):
            continue  # inside the last section taken: goes with it
        if not _HOLDS_PARAGRAPH_OR_HEADLINE(section):
            sections.append(section)
    return sections


def _densest_block_lines(tree: HtmlElement) -> list[str]:
    """The text lines of the element whose own paragraphs hold the most text."""
    totals: dict[HtmlElement, int] = {}
    for paragraph in tree.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            totals[parent] = totals.get(parent, 0) + len(squeeze(text_of(paragraph)))
    # Readers' comments may outweigh a short story; they are not it.
    ranked = sorted(totals, key=lambda element: totals[element], reverse=True)
    block = next((b for b in ranked[:MAX_DENSE_CANDIDATES] if not b.xpath(_IN_COMMENTS)), None)
    if block is None:
        return []
    lines: list[str] = []
    for child in block:
        if child.tag in ("ul", "ol"):
            items = (squeeze(text_of(item)) for item in child.iterchildren("li"))
            lines.extend(f"- {item}" for item in items if item)
        elif child.tag in BLOCK_LINE_TAGS and (text := squeeze(text_of(child))):
            lines.append(text)
    return lines


def _is_short(found: int, tree: HtmlElement, options: CoreOptions) -> bool:
    """Whether ``found`` characters of body are few for this page (cheapest test first)."""
    if found < options.min_body_chars:
        return True
    if found < options.min_body_share * _paragraph_chars(tree):
        return True
    # All of the body's text (in C) bounds its text outside links: most pages stop here.
    if found >= options.min_body_text_share * _BODY_CHARS(tree):
        return False
    return found < options.min_body_text_share * _unlinked_chars(tree)


def _unlinked_chars(tree: HtmlElement) -> int:
    # Plain strings, not lxml's "smart" ones that each keep a reference to their element.
    texts = _UNLINKED_TEXTS(tree)
    return sum(map(len, map(str.strip, texts)))  # maps of C functions: no Python frame per text


def _paragraph_chars(tree: HtmlElement) -> int:
    return sum(map(len, map(str.strip, _PARAGRAPH_TEXTS(tree))))


class TrafilaturaPass(NamedTuple):
    lines: list[str]
    wild_text: bool  # no story container found: the page's loose paragraphs were taken
    # (fast pass) the full mode may give a shorter body (else the same or a longer one)
    full_mode_may_shorten: bool = True


def _trafilatura_lines(
    tree: HtmlElement,
    url: str | None,
    *,
    fast: bool,
    names: Collection[str] | None,
    code_lines: set[str] | None = None,
    main: MainExtractions | None = None,
    cell_lines: set[str] | None = None,
) -> TrafilaturaPass:
    wild_text = may_shorten = False

    def prepare(body: _Element) -> None:
        nonlocal wild_text, may_shorten
        wild_text = body.get(WILD_TEXT) is not None
        may_shorten = body.get(MAY_SHORTEN) is not None
        unwrap_source_breaks(body, tree)
        if code_lines is not None:
            code_lines.update(_code_block_lines(body))
        split_layout_cells(body)

    try:
        text = trafilatura_text(tree, url, fast=fast, names=names, prepare=prepare, main=main)
    except (ValueError, TypeError, RecursionError):
        return TrafilaturaPass([], False)  # trafilatura's way of saying it found nothing usable
    except Exception as exc:  # a bug in the library must not crash the worker untyped
        raise ExtractionError(f"body extraction failed: {type(exc).__name__}: {exc}") from exc
    lines = [stripped for line in (text or "").split("\n") if (stripped := line.strip())]
    if cell_lines is not None:
        lines = unmarked_lines(lines, cell_lines)
    return TrafilaturaPass(lines, wild_text, may_shorten)


def _code_block_lines(body: _Element) -> list[str]:
    """The lines of the code blocks of trafilatura's extracted body (not of code inside a
    sentence: a block is not inside a paragraph)."""
    return [
        stripped
        for block in body.iter(_CODE_TAGS)
        if block.getparent() is not None and block.getparent().tag not in _RUNNING_TEXT_TAGS
        for line in "".join(block.itertext()).split("\n")
        if (stripped := line.strip())
    ]
