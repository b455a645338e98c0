"""A sentence an ad slot broke in two: a page that places its ads between paragraphs puts
one inside a paragraph ("<p>... and farms have</p><div class="ad">Advertisement</div>
<p>been asked to cut ...</p>"; or "<p>... farms have <div ...></div> been asked ...</p>",
which the parser ends at the ``<div>``). Once the ad leaves, the two halves stay
paragraphs of their own. They are put back together in the tree, before the cleaning
takes the ad out: only ad slots (an ad's label or prompt, or an empty element named as an
ad) stand between them, the first half ends inside a sentence (a lower-case letter or a
comma) and the second goes on in lower case. The text mode's ``text/ad_breaks.py`` does
the same on lines."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from consumer.core.html.tree import document_elements, squeeze, text_of
from consumer.core.promo_lines import AD_CONTINUES_PROMPTS, AD_LABELS

MAX_AD_SLOTS = 3  # an ad's label, its slot and a "story continues below" prompt
MAX_SLOT_CHARS = 120  # a label and a prompt, in any language

# The whole text of an ad slot: its label, its prompt, both, or nothing.
_AD_SLOT_TEXT = re.compile(
    r"\W*(?:(?:advertisement|advertising|advertisment|ads?|sponsored|anzeige|publicit[ée]|"
    rf"publicidad|pubblicit[àa]|{AD_LABELS})\W*)?"
    rf"(?:(?:{AD_CONTINUES_PROMPTS}|(?:scroll|continue) (?:down )?to continue(?: reading)?|"
    r"continue (?:reading|story) below)\W*)?",
    re.IGNORECASE,
)
# How pages name an empty slot their ad script fills: a token "ad"/"ads", or a name
# holding "advert", "adslot", "ad-slot", Google's "gpt-ad", "dfp" (case ignored).
_AD_SLOT_NAME = re.compile(
    r"(?:^|[\s_-])ads?(?:$|[\s_-])|advert|ad-?slot|ad-?unit|ad-?container|gpt-ad|dfp|"
    r"adsbygoogle",
    re.IGNORECASE,
)
# What an ad slot may hold besides its label (in a paragraph or not): the ad's frame and
# script, no story.
_STORY_TAGS = ("img", "picture", "figure", "video", "table", "ul", "ol", "h2", "h3")
_INLINE_TAGS = frozenset(
    {"a", "span", "em", "strong", "b", "i", "u", "abbr", "cite", "small", "sup", "sub", "mark"}
)
# The elements an ad slot is made of.
_SLOT_TAGS = frozenset({"div", "aside", "section", "ins", "span"})


def join_ad_broken_paragraphs(tree: HtmlElement) -> None:
    """Put back together (in place) each paragraph an ad slot broke in two."""
    for paragraph in document_elements(tree, "p"):
        following = paragraph.getnext()
        if following is not None and not isinstance(following.tag, str):
            following = following.getnext()  # (a comment: "<!-- ad -->")
        if following is None or following.tag not in _SLOT_TAGS or paragraph.getparent() is None:
            continue
        first = squeeze(text_of(paragraph))
        if not first or not (first[-1] == "," or first[-1].islower()):
            continue
        slots = _ad_slots_after(paragraph)
        if not slots:
            continue
        last = slots[-1]
        after = last.getnext()
        if squeeze(last.tail):
            _take_loose_rest(paragraph, last)  # the parser ended the paragraph at the slot
        elif after is not None and after.tag == "p" and _opens_lower(text_of(after)):
            _take_paragraph(paragraph, after)


def _ad_slots_after(paragraph: HtmlElement) -> list[HtmlElement]:
    """The ad slots right after ``paragraph`` (up to MAX_AD_SLOTS, nothing else between),
    the last one followed by the sentence's rest; [] when anything else stands there."""
    if squeeze(paragraph.tail):
        return []
    slots: list[HtmlElement] = []
    sibling = paragraph.getnext()
    while sibling is not None and sibling.tag != "p" and len(slots) < MAX_AD_SLOTS:
        if not isinstance(sibling.tag, str):  # a comment ("<!-- ad -->"): skipped
            if squeeze(sibling.tail):
                return []
        elif sibling.tag in _SLOT_TAGS and _is_ad_slot(sibling):
            slots.append(sibling)
            if squeeze(sibling.tail):
                break
        else:
            return []
        sibling = sibling.getnext()
    if not slots:
        return []
    rest = slots[-1].tail if squeeze(slots[-1].tail) else None
    if rest is None:
        following = slots[-1].getnext()
        if following is None or following.tag != "p":
            return []
        rest = text_of(following)
    return slots if _opens_lower(rest) else []


def _is_ad_slot(element: HtmlElement) -> bool:
    if any(True for _ in element.iter(*_STORY_TAGS)):
        return False
    text = squeeze(text_of(element))
    if len(text) > MAX_SLOT_CHARS:
        return False
    if text:
        return _AD_SLOT_TEXT.fullmatch(text) is not None
    names = " ".join(
        value for e in element.iter() for value in (e.get("class"), e.get("id")) if value
    )
    return _AD_SLOT_NAME.search(names) is not None


def _opens_lower(text: str | None) -> bool:
    text = squeeze(text)
    return bool(text) and text[0].islower()


def _take_paragraph(paragraph: HtmlElement, rest: HtmlElement) -> None:
    """Move the children and text of ``rest`` (the second half) to the end of
    ``paragraph``, and ``rest`` out (its tail stays)."""
    _append_text(paragraph, " " + (rest.text or ""))
    for child in list(rest):
        paragraph.append(child)
    parent = rest.getparent()
    previous = rest.getprevious()
    if rest.tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + rest.tail
        else:
            parent.text = (parent.text or "") + rest.tail
    parent.remove(rest)


def _take_loose_rest(paragraph: HtmlElement, slot: HtmlElement) -> None:
    """Move the text after ``slot`` and the inline elements that go on with it, up to the
    next block, to the end of ``paragraph``."""
    _append_text(paragraph, " " + (slot.tail or ""))
    slot.tail = None
    while (following := slot.getnext()) is not None and following.tag in _INLINE_TAGS:
        paragraph.append(following)  # (its tail moves with it)


def _append_text(element: HtmlElement, text: str) -> None:
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "").rstrip() + text
    else:
        element.text = (element.text or "").rstrip() + text
