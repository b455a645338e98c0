"""Put back the opening paragraph of a story written as loose text between ``<br>`` s.

Some templates write the story as text directly inside a ``<div>``, paragraphs separated
by ``<br>`` (old CMSs, "body_txt" boxes). trafilatura keeps the text after each ``<br>``
as a paragraph, but the text that opens such a run (the container's own text, or the
text right after a picture box inside it) it reads only in some layouts: the story's
first paragraph, often its lead, was lost. Such an opening paragraph is put back before
the line that holds the text after its ``<br>``, when the body holds that line and not
the paragraph. (Changing the tree instead, a ``<p>`` or a ``<br>`` around the text, makes
the extractor read the whole container differently, and often worse.)
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement

from consumer.core.html.line_keys import PARAGRAPH_ENDS, StartKeys, first_positions, with_inserts
from consumer.core.html.tree import document_elements, in_document_order, squeeze, text_of

# Containers whose own text is read as a paragraph (not inline elements, not list items,
# headings or paragraphs, which are lines of their own already; but ``<font>``, which
# pages of the 2000s wrap a whole column in, headline and boxes too).
_CONTAINER_TAGS = ("div", "section", "article", "main", "td", "center", "font")
# A story's lead may also be the text of a ``<span>`` that holds the story's paragraphs (old
# templates: ``<span class="fullstory">Lead.<p>Second paragraph ...``; the parser keeps the
# ``<p>`` s inside it).
_LEAD_CONTAINER_TAGS = (*_CONTAINER_TAGS, "span")
# Children that end a run of loose text (and after which a new one may start).
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "details", "div", "dl",
        "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
    }
)  # fmt: skip
# A shorter run is a label, a date or an icon's text more often than a paragraph.
MIN_LOOSE_TEXT_CHARS = 50
# A run that is mostly link text is a menu or a teaser, not a paragraph.
MAX_LOOSE_LINK_SHARE = 0.5
_XML_SPACES = " \t\r\n"  # what XPath's normalize-space() strips


def _containers_of(
    tree: HtmlElement, child_tag: str, tags: tuple[str, ...] = _CONTAINER_TAGS
) -> list[HtmlElement]:
    """The containers (``tags``) with a ``child_tag`` child and text of their own, in
    document order. Found from those children, fewer than the containers (XPath's
    ``//br/parent::*`` merged a parent once per child: quadratic in libxml2, seconds on a
    page of 20,000 paragraphs in one container)."""
    parents = {child.getparent() for child in document_elements(tree, child_tag)}
    found = {
        parent
        for parent in parents
        if parent is not None and parent.tag in tags and _holds_own_text(parent)
    }
    return in_document_order(tree, found, *tags)


def _holds_own_text(element: HtmlElement) -> bool:
    """Whether a text node of ``element`` itself (its text, its children's tails) holds
    more than spaces."""
    texts = [element.text, *(child.tail for child in element)]
    return any(text and text.strip(_XML_SPACES) for text in texts)


# A container with less loose text holds a few lines of furniture, not a story's paragraphs.
MIN_LOOSE_STORY_CHARS = 500
# The texts after an opening run looked at for the line to put it before.
MAX_FOLLOWING_PARTS = 6


def restore_opening_runs(
    tree: HtmlElement, lines: list[str], keys: StartKeys | None = None
) -> list[str]:
    """``lines`` with the opening runs of loose text the extraction left out put back
    before the line of the text that follows them in their container. (``keys``: the
    extraction's ``StartKeys``.)"""
    containers = _containers_of(tree, "br")  # (a <br>: lines set apart by breaks)
    if not containers or not lines:
        return lines
    keys = StartKeys() if keys is None else keys
    positions = first_positions(lines, keys)
    inserts: list[tuple[int, list[str]]] = []
    for container in containers:
        for opening, following in _opening_runs(container):
            key = keys[opening]
            if key in positions:
                continue
            found = (positions.get(keys[text]) for text in following)
            at = next((position for position in found if position is not None), None)
            if at is not None:
                inserts.append((at, [opening]))
                positions[key] = at
    return with_inserts(lines, inserts)


# A lead is a sentence of 60 characters or more ("K.J. Choi had to work harder than he
# imagined to become the Sony Open champion everyone expected."); a <p> of 100 or more
# before the loose text is the story's first paragraph, and the run no lead.
MIN_LEAD_CHARS = 60
MIN_FIRST_PARAGRAPH_CHARS = 100


def restore_leading_text(
    tree: HtmlElement, lines: list[str], keys: StartKeys | None = None
) -> list[str]:
    """``lines`` with the text that opens a story's container before its first paragraph
    (``<div>Lead sentence.<p>Second paragraph</p>``) put back before the line of the block
    that follows it, when the extraction kept that block and left the lead out.
    (``keys``: the extraction's ``StartKeys``.)"""
    containers = _containers_of(tree, "p", _LEAD_CONTAINER_TAGS)
    if not containers or not lines:
        return lines
    keys = StartKeys() if keys is None else keys
    positions = first_positions(lines, keys)
    inserts: list[tuple[int, list[str]]] = []
    for container in containers:
        parts = _parts(container)
        lead_at = _lead_part(parts)
        if lead_at is None:
            continue
        lead = parts[lead_at]
        if lead.linked > MAX_LOOSE_LINK_SHARE * len(lead.text):
            continue
        key = keys[lead.text]
        if key in positions:
            continue
        following = (p.full_text() for p in parts[lead_at + 1 : lead_at + 1 + MAX_FOLLOWING_PARTS])
        text = next((t for t in following if t), None)
        at = positions.get(keys[text]) if text else None
        if at is not None and not _holds_lead_end(lines, at, lead.text):
            inserts.append((at, [lead.text]))
            positions[key] = at
    return with_inserts(lines, inserts)


def _holds_lead_end(lines: list[str], at: int, lead: str) -> bool:
    """Whether the line before ``at`` ends as ``lead`` does: the extraction kept the lead
    without the inline pieces that open it ("<span>By Jane Doe</span> 2 hrs ago WASHINGTON
    - The Senate ..."), and putting the whole run back would repeat the paragraph."""
    return at > 0 and lines[at - 1].endswith(lead[-MIN_LEAD_CHARS:])


def _lead_part(parts: list[_Part]) -> int | None:
    """The index of the first run of text in ``parts`` that reads as a lead (a sentence of
    MIN_LEAD_CHARS or more), when no paragraph comes before it: the blocks before it are
    the story's boxes (a picture, a video player, an ad slot) or short ``<p>`` s (a date
    line; an empty one, where the parser closed a ``<p>`` at a box opening inside it), and
    the runs before it short lines that end no sentence (a date line, a credit:
    "Last updated at 00:11 on 14th January 2008")."""
    for at, part in enumerate(parts):
        if part.is_run and part.text:
            if len(part.text) >= MIN_LEAD_CHARS and part.text.endswith(PARAGRAPH_ENDS):
                return at
            if len(part.text) >= MIN_FIRST_PARAGRAPH_CHARS or part.text.endswith(PARAGRAPH_ENDS):
                return None
            continue
        block = part.block
        if (
            block is not None
            and block.tag == "p"
            and len(part.full_text()) >= MIN_FIRST_PARAGRAPH_CHARS
        ):
            return None
    return None


@dataclass(frozen=True, slots=True)
class _Part:
    """A run of inline content of a container, or one of its block children (``block``,
    whose text is read only when needed: a wrapper's blocks may be large)."""

    text: str
    is_run: bool
    after_break: bool = False  # a run that follows a <br>
    linked: int = 0  # characters of link text in a run
    block: HtmlElement | None = None

    def full_text(self) -> str:
        return self.text if self.block is None else squeeze(text_of(self.block))


def _opening_runs(container: HtmlElement) -> list[tuple[str, list[str]]]:
    """(opening run, the texts that follow it) of each run of ``container`` that opens at
    its start or right after a block child, is of a paragraph's length and not mostly link
    text, when text after a ``<br>`` follows it (the layout the extractor half reads)."""
    parts = _parts(container)
    if sum(len(part.text) for part in parts if part.is_run) < MIN_LOOSE_STORY_CHARS:
        return []  # a box of a few lines (a byline, an appeal), not a story
    found = []
    for i, part in enumerate(parts):
        if not part.is_run or part.after_break or len(part.text) < MIN_LOOSE_TEXT_CHARS:
            continue
        if part.linked > MAX_LOOSE_LINK_SHARE * len(part.text):
            continue
        following = parts[i + 1 : i + 1 + MAX_FOLLOWING_PARTS]
        if any(p.is_run and p.after_break and p.text for p in following):
            texts = (p.full_text() for p in following)
            found.append((part.text, [text for text in texts if text]))
    return found


def _parts(container: HtmlElement) -> list[_Part]:
    """The runs of inline content and the block children of ``container``, in order."""
    parts: list[_Part] = []
    after_break, texts, linked = False, [container.text or ""], 0
    for child in container:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in BLOCK_TAGS or tag == "br":
            parts.append(_Part(squeeze("".join(texts)), True, after_break, linked))
            if tag != "br":
                parts.append(_Part("", False, block=child))
            after_break, texts, linked = tag == "br", [child.tail or ""], 0
        else:
            inner = text_of(child) if tag else ""  # (a comment's text is not the page's)
            if tag == "a":
                linked += len(squeeze(inner))
            texts += (inner, child.tail or "")
    parts.append(_Part(squeeze("".join(texts)), True, after_break, linked))
    return parts
