"""trafilatura's jusText pass (``try_justext``) without the work its result never reads.

jusText (3.0, pinned below 4 in pyproject.toml) turns the page into paragraphs as a SAX
handler (``ParagraphMaker``), then classifies them. Its ``Paragraph`` joins and
normalises its text nodes again on every read of its text, and the classification reads
a paragraph's text six to eight times (its length, its words twice, its stop words, its
link density, the copyright sign twice), the handler once more to test whether to keep
it; its whitespace normalisation calls back into Python for every space of a text; and
each paragraph builds an XPath of its position that trafilatura never reads. Here:

- a paragraph's text is made once, when the handler closes the paragraph (nothing is
  added to it after that), and kept;
- whitespace runs are normalised by two substitutions done in C (a run holding a line
  break, or a carriage return, becomes one line break; any other run one space), which
  is what ``justext.utils.normalize_whitespace`` gives;
- the paragraph's XPath is not built, and its dotted path of tags (read by the
  classification) is kept as elements open and close, not joined for each paragraph.

The paragraphs, their classes and the body are the same (tests/core/html/test_justext_pass.py
compares them with jusText's and trafilatura's on made-up pages). Upgrading jusText or
trafilatura means re-reading ``ParagraphMaker``, ``Paragraph`` and ``try_justext``.

A derived work of trafilatura (Apache-2.0, Adrien Barbaresi and contributors) and of
jusText (BSD-2-Clause, Jan Pomikálek and contributors).
"""

from __future__ import annotations

import re
from functools import cache, cached_property
from typing import Any

from justext.core import ParagraphMaker, classify_paragraphs, revise_paragraph_classification
from justext.paragraph import Paragraph
from justext.utils import get_stoplist
from lxml.etree import Element, SubElement, _Element
from trafilatura import external
from trafilatura.settings import JUSTEXT_LANGUAGES

# ``justext.utils.normalize_whitespace``: a whitespace run holding "\n" or "\r" becomes
# "\n", any other " ". The first pattern takes a whole run holding a break (its leading
# ``\s*`` starts at the run's first character, the trailing one takes the rest), so the
# runs the second finds are whole runs without one.
_BREAK_RUN = re.compile(r"\s*[\r\n]\s*")
_SPACE_RUN = re.compile(r"[^\S\r\n]+")


def normalize_whitespace(text: str) -> str:
    """``justext.utils.normalize_whitespace(text)``."""
    if "\n" in text or "\r" in text:
        text = _BREAK_RUN.sub("\n", text)
    return _SPACE_RUN.sub(" ", text)


class _Paragraph(Paragraph):
    """jusText's ``Paragraph``, its text made once (on its first read: by then the
    handler has closed it) and no XPath of its position."""

    def __init__(self, path: Any) -> None:
        self.dom_path = path.dom
        self.text_nodes: list[str] = []
        self.chars_count_in_links = 0
        self.tags_count = 0
        self.class_type = ""

    @cached_property
    def text(self) -> str:
        return normalize_whitespace("".join(self.text_nodes).strip())

    def append_text(self, text: str) -> str:
        text = normalize_whitespace(text)
        self.text_nodes.append(text)
        return text


class _DottedPath:
    """The handler's path of open elements as jusText's ``PathInfo.dom`` reads it ("html.
    body.div.p"), kept as each element opens (``PathInfo`` joins the whole path again for
    every paragraph, and counts each tag's siblings for the XPath no one reads)."""

    def __init__(self) -> None:
        self._doms = [""]

    def append(self, tag_name: str) -> _DottedPath:
        outer = self._doms[-1]
        self._doms.append(f"{outer}.{tag_name}" if len(self._doms) > 1 else tag_name)
        return self

    def pop(self) -> _DottedPath:
        self._doms.pop()
        return self

    @property
    def dom(self) -> str:
        return self._doms[-1]


class _ParagraphMaker(ParagraphMaker):
    """jusText's handler, making ``_Paragraph`` s on a ``_DottedPath``. A paragraph is
    tested for text when the next one starts, once nothing more is added to it: its
    text nodes first (an empty paragraph, most of them, is not joined)."""

    def __init__(self) -> None:
        self.path = _DottedPath()
        self.paragraphs: list[_Paragraph] = []
        self.paragraph: _Paragraph | None = None
        self.link = False
        self.br = False
        self._start_new_pragraph()

    def _start_new_pragraph(self) -> None:
        # (jusText: ``if self.paragraph and self.paragraph.contains_text()``, its truth
        # the length of its text, which holds characters only if it has text nodes.)
        paragraph = self.paragraph
        if paragraph is not None and paragraph.text_nodes and paragraph.text:
            self.paragraphs.append(paragraph)
        self.paragraph = _Paragraph(self.path)


@cache
def _every_stop_word() -> frozenset[str]:
    """trafilatura's stop list of every language (``JT_STOPLIST``) as a set. jusText's
    classification looks up its lower-cased set by the list it is given (an LRU cache):
    trafilatura's tuple of 154k words was hashed again on every page (6 ms), a frozenset
    keeps its hash; the lower-cased set made from it holds the same words."""
    return frozenset(external.JT_STOPLIST or external.jt_stoplist_init())


def try_justext(tree: _Element, url: str | None, target_language: str | None) -> _Element:
    """``trafilatura.external.try_justext(tree, url, target_language)``: the paragraphs
    jusText keeps, as ``<p>`` elements of a ``<body>``."""
    result_body = Element("body")
    if target_language in JUSTEXT_LANGUAGES:
        stoplist: frozenset[str] = get_stoplist(JUSTEXT_LANGUAGES[target_language])
    else:
        stoplist = _every_stop_word()
    try:
        paragraphs = _ParagraphMaker.make_paragraphs(tree)
        classify_paragraphs(paragraphs, stoplist, 50, 150, 0.1, 0.2, 0.25, True)
        revise_paragraph_classification(paragraphs, 150)
    except Exception:  # (trafilatura logs it and returns the empty body)
        return result_body
    for paragraph in paragraphs:
        if not paragraph.is_boilerplate:
            SubElement(result_body, "p").text = paragraph.text
    return result_body
