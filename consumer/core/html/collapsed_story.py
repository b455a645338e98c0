"""The collapsed rest of a story: a page may show a story's first paragraphs and keep the
rest in an element hidden by its inline style (``style="display:none"``) until the
reader presses "Read more" beside it. Hidden elements are dropped as furniture (menus,
modals, cookie notices), so the story lost its rest. An element so hidden is shown
(its ``display:none`` taken off) when it holds paragraphs of prose, follows the story's
paragraphs in their container, and a control beside it is labelled as such a toggle."""

from __future__ import annotations

import itertools
import re

from lxml import etree
from lxml.html import HtmlElement

from consumer.core.html.tree import squeeze, text_of

MIN_PROSE_CHARS = 80  # a paragraph of the story, not a label
MIN_HIDDEN_PARAGRAPHS = 1
TOGGLE_REACH = 2  # elements between the toggle and the section (a "Show less" under it)
MAX_TOGGLE_CHARS = 40

_HIDDEN_BY_STYLE = re.compile(r"display\s*:\s*none\s*;?", re.IGNORECASE)
# The label of a control that unfolds the rest of a story.
_TOGGLE_LABEL = re.compile(
    r"\W*(?:(?:read|show|see|view) (?:the )?(?:more|full (?:story|article|text)|rest(?: of the "
    r"(?:story|article))?)|continue reading|expand(?: (?:story|article))?|"
    r"(?:mehr|weiter) ?lesen|leer m[aá]s|seguir leyendo|lire (?:la suite|plus)|"
    r"leggi (?:di pi[uù]|tutto)|continua a leggere|ler mais|continuar lendo|lees meer|"
    r"verder lezen|czytaj (?:dalej|wi[eę]cej)|читать (?:далее|полностью))\W*",
    re.IGNORECASE,
)
# (Found from the style attributes: far fewer than the elements, walked in C.)
_HIDDEN_ELEMENTS = etree.XPath(
    "//@style[contains(., 'none')]/parent::*[self::div or self::section or self::span]"
    "[p or */p][preceding-sibling::p]"
)


def show_collapsed_story(tree: HtmlElement) -> int:
    """Take ``display:none`` off (in place) each collapsed rest of a story; how many."""
    shown = 0
    for element in _HIDDEN_ELEMENTS(tree):
        style = element.get("style", "")
        if _HIDDEN_BY_STYLE.search(style) is None or not _holds_prose(element):
            continue
        if not _after_story_paragraph(element) or not _beside_toggle(element):
            continue
        element.set("style", _HIDDEN_BY_STYLE.sub("", style))
        shown += 1
    return shown


def _holds_prose(element: HtmlElement) -> bool:
    paragraphs = [squeeze(text_of(p)) for p in element.iter("p")]
    prose = [text for text in paragraphs if len(text) >= MIN_PROSE_CHARS]
    return len(prose) >= MIN_HIDDEN_PARAGRAPHS


def _after_story_paragraph(element: HtmlElement) -> bool:
    """Whether the nearest paragraph before ``element`` in its container is prose."""
    for sibling in element.itersiblings(etree.Element, preceding=True):
        if sibling.tag == "p":
            return len(squeeze(text_of(sibling))) >= MIN_PROSE_CHARS
    return False


def _beside_toggle(element: HtmlElement) -> bool:
    """Whether one of the nearest elements around ``element`` is a "Read more" control."""
    before = itertools.islice(element.itersiblings(etree.Element, preceding=True), TOGGLE_REACH)
    after = itertools.islice(element.itersiblings(etree.Element), TOGGLE_REACH)
    for sibling in itertools.chain(before, after):
        text = squeeze(text_of(sibling))
        if len(text) <= MAX_TOGGLE_CHARS and _TOGGLE_LABEL.fullmatch(text):
            return True
    return False
