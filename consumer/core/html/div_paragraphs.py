"""Put back paragraphs written as ``<div>`` s between two lines of the body.

Some templates write a paragraph as a ``<div>`` of text (a recipe round-up's summaries, a
description block, a quotation) among ``<p>`` paragraphs. trafilatura reads a ``<div>``'s
text only when the part of the page it chose holds little ``<p>`` text, so those
paragraphs were lost. (Renaming the ``<div>`` s to ``<p>`` before extraction tips that
choice on other pages and loses more than it gains.) A ``<div>`` that holds text and
inline elements only, of a sentence's length, not mostly link text and not inside page
furniture (a link's card, an aside, a footer, the author's card, a readers' comment), is
put back into the body when it sits between two elements whose texts are consecutive
lines of the body: inside the story, not beside it.

So is a ``<p>`` paragraph there that the extraction dropped with the box around it
(trafilatura discards boxes by their class names, "embed", "widget", and quotations
set as figures), when that box holds no link, button, heading or picture beside its
paragraphs (a card of another story or a call to action does) and is no readers'
comment.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

from consumer.core.html.line_keys import StartKeys, first_positions, inserts_between, with_inserts
from consumer.core.html.tree import squeeze, text_of

MIN_DIV_PARAGRAPH_WORDS = 10
MAX_DIV_LINK_SHARE = 0.3
SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "“", "»", "«", "'", "’")
_INLINE = frozenset(
    {
        "a", "abbr", "b", "br", "cite", "code", "em", "font", "i", "mark", "q", "s", "small",
        "span", "strong", "sub", "sup", "time", "u",
    }
)  # fmt: skip
# The blocks whose texts the body's lines are made of.
_LINE_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")
_LINKED_TEXTS = etree.XPath(".//a//text()", smart_strings=False)
# Where a paragraph is not the story's: a list's entry (references, reviews), page
# furniture, a link's card, a picture's caption (a quotation set as a figure is the
# story's), the author's card (its bio: an hCard, schema.org's author, a class naming
# the author below the page's and the article's own elements), a readers' comment.
_FURNITURE_ANCESTOR = (
    "ancestor::li or ancestor::aside or ancestor::footer or ancestor::nav"
    " or ancestor::form or ancestor::a"
    " or ancestor::figure[not(.//blockquote)]"
    " or ancestor::*[@itemprop = 'author'"
    " or contains(concat(' ', normalize-space(@class), ' '), ' vcard ')"
    " or (not(self::body or self::article or self::main)"
    " and contains(translate(@class, 'AUTHOR', 'author'), 'author'))]"
    " or ancestor::*[contains(translate(@class, 'COMENT', 'coment'), 'comment')"
    " or contains(translate(@id, 'COMENT', 'coment'), 'comment')]"
)
# A ``<div>`` paragraph is tested the same way, except for the page's or the article's
# header: a ``<div>`` there is the story's lead as often as not; a boxed ``<p>`` there is
# a standfirst or a teaser.
_OUT_OF_STORY = etree.XPath(f"boolean({_FURNITURE_ANCESTOR} or ancestor::header)")
_DIV_OUT_OF_STORY = etree.XPath(f"boolean({_FURNITURE_ANCESTOR})")


def restore_div_paragraphs(
    tree: HtmlElement, lines: list[str], keys: StartKeys | None = None
) -> list[str]:
    """``lines`` with the ``<div>`` paragraphs (and boxed ``<p>`` paragraphs) the
    extraction left out between two of its consecutive lines put back there. (``keys``:
    the extraction's ``StartKeys``.)"""
    if len(lines) < 2:
        return lines
    texts = {div: text for div in _inline_divs(tree) if (text := _text_of_div(div))}
    # (An inline element holding a block, "<span><p>...", is a block after all.)
    paragraphs = {
        d
        for d, text in texts.items()
        if _is_paragraph(d, text) and not _holds_block(d) and not _DIV_OUT_OF_STORY(d)
    }
    keys = StartKeys() if keys is None else keys
    positions = first_positions(lines, keys)
    furnished = _FurnishedParents()  # (shared by sibling paragraphs, and by both walks)
    if not _has_missing_paragraph(tree, texts, paragraphs, positions, keys, furnished):
        return list(lines)  # most pages: nothing to put back, no need to place every block
    steps: list[int | list[str]] = []  # body line indexes and the paragraphs between
    for element in tree.iter(*_LINE_TAGS, "div"):
        if element.tag == "div":
            text = texts.get(element, "")
            if not text:
                continue  # a division of blocks: its blocks come next
        else:
            text = squeeze(text_of(element))
        at = positions.get(keys[text]) if text else None
        if at is not None:
            steps.append(at)
        elif not steps:
            continue  # above the first body line: ``inserts_between`` puts nothing there
        elif element in paragraphs or (
            element.tag == "p" and _is_boxed_paragraph(element, text, furnished)
        ):
            steps.append([text])
    return with_inserts(lines, inserts_between(steps))


def _has_missing_paragraph(
    tree: HtmlElement,
    texts: dict[HtmlElement, str],
    paragraphs: set[HtmlElement],
    positions: dict[str, int],
    keys: StartKeys,
    furnished: _FurnishedParents,
) -> bool:
    """Whether a paragraph that ``restore_div_paragraphs`` would hold pending (a ``<div>``
    paragraph or a boxed ``<p>`` paragraph whose text is no line of the body) is in the
    page: without one it puts nothing back. The cheap tests come first (a ``<p>`` whose
    parent holds a heading, a link or a picture is never boxed), and the walk stops at
    the first one found."""
    if any(keys[texts[div]] not in positions for div in paragraphs):
        return True
    for paragraph in tree.iter("p"):
        parent = paragraph.getparent()
        if parent is None or furnished[parent]:
            continue
        text = squeeze(text_of(paragraph))
        if text and keys[text] not in positions and _is_boxed_paragraph(paragraph, text, furnished):
            return True
    return False


def _inline_divs(tree: HtmlElement) -> list[HtmlElement]:
    """The divisions whose children are all inline elements (or comments). (A loop in
    Python: an XPath test of each child's tag against the list costs four times more.)"""
    found = []
    for div in tree.iter("div"):
        for child in div:
            if isinstance(child.tag, str) and child.tag not in _INLINE:
                break
        else:
            found.append(div)
    return found


def _text_of_div(div: HtmlElement) -> str:
    # (Many are empty boxes of a script's or a style's: no serialisation for their text.)
    return squeeze(div.text) if len(div) == 0 else squeeze(text_of(div))


def _holds_block(div: HtmlElement) -> bool:
    return any(
        isinstance(element.tag, str) and element.tag not in _INLINE
        for element in div.iterdescendants()
    )


def _is_paragraph(div: HtmlElement, text: str) -> bool:
    """Sentences (a date line, a caption's credit or a label ends otherwise), not mostly
    link text."""
    if len(text.split()) < MIN_DIV_PARAGRAPH_WORDS or not text.endswith(SENTENCE_ENDS):
        return False
    linked = len(squeeze("".join(_LINKED_TEXTS(div))))
    return linked <= MAX_DIV_LINK_SHARE * len(text)


_BOX_FURNITURE = ("a", "button", "h1", "h2", "h3", "h4", "h5", "h6", "img", "picture", "figcaption")


def _is_boxed_paragraph(
    paragraph: HtmlElement, text: str, furnished: _FurnishedParents | None = None
) -> bool:
    """A ``<p>`` of sentences whose parent holds no link, button, heading or picture
    beside its paragraphs (a card of another story, a call to action), not inside a
    list, page furniture, a link, a caption or a readers' comment. (``furnished``: the
    parents' tests, when known.)"""
    if not text or not _is_paragraph(paragraph, text):
        return False
    parent = paragraph.getparent()
    if parent is None:
        return False
    if furnished[parent] if furnished is not None else _holds_furniture(parent):
        return False
    return not _OUT_OF_STORY(paragraph)


def _holds_furniture(parent: HtmlElement) -> bool:
    return any(isinstance(child.tag, str) and child.tag in _BOX_FURNITURE for child in parent)


class _FurnishedParents(dict[HtmlElement, bool]):
    """``_holds_furniture`` of parents, each tested once: the paragraphs of one parent
    (a story's container holds dozens) share its children, which the test reads all of.
    Valid while the tree is not changed."""

    def __missing__(self, parent: HtmlElement) -> bool:
        furnished = self[parent] = _holds_furniture(parent)
        return furnished
