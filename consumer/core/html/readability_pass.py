"""trafilatura's readability (``try_readability``) with each text length of its scoring
measured once.

trafilatura keeps a fork of readability-lxml (``trafilatura.readability_lxml``). Its
``score_paragraphs`` scales every candidate block's score by its link density, which
measures the text of each link below the block again for every candidate holding it (a
link in a layout table's cell is measured for its row, its table and the table's cell in
turn), each time through lxml's "smart" string and a ``trim`` of it of which only the
length is read. Its ``remove_unlikely_candidates`` reads the class and id of every
element of the page, where only those that have one can be dropped. Here:

- a link's text length is measured once while the candidates are scored (the tree does
  not change in between; ``sanitize`` later drops elements, so its own link-density
  tests measure as before), a paragraph's text is taken as a plain string, and its
  commas are counted instead of splitting it on them;
- the unlikely candidates are looked for among the elements having a class or an id
  (libxml2 finds them), in the same document order.

The candidates, their scores and the pick are the same
(tests/core/html/test_readability_pass.py compares the result with trafilatura's on
made-up pages). Upgrading trafilatura means re-reading ``Document.score_paragraphs``,
``get_link_density``, ``remove_unlikely_candidates`` and ``try_readability``.

A derived work of trafilatura (Apache-2.0, Adrien Barbaresi and contributors), whose
``readability_lxml`` is a fork of python-readability (readability-lxml, Apache-2.0, Yuri
Baburov, Tim Cuthbertson and contributors; a port of arc90's readability).
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement
from trafilatura.readability_lxml import FRAME_TAGS, REGEXES, Candidate, Document
from trafilatura.utils import fromstring_bytes

# The text of an element as ``text_content`` gives it, as a plain string.
_TEXT = etree.XPath("string()", smart_strings=False)
_UNLIKELY = REGEXES["unlikelyCandidatesRe"]
_MAYBE_CANDIDATE = REGEXES["okMaybeItsACandidateRe"]


# The values of the page's classes and ids, as plain strings (no element read).
_NAME_VALUES = etree.XPath("descendant::*/@class | descendant::*/@id", smart_strings=False)
# The elements whose class or id may mark them unlikely, in document order.
_NAMED = etree.XPath("descendant::*[@class or @id]")


def _unlikely_holders(doc: HtmlElement) -> list[HtmlElement]:
    """The elements of ``doc`` whose class or id may mark them unlikely, in document
    order; none where no class or id of the page, lower-cased, holds a match of
    ``_UNLIKELY`` (whose words hold no space, so that a match in the joined "class id"
    lies in one of them): there the elements need not be read (each costs an object)."""
    if not any(_UNLIKELY.search(name.lower()) for name in set(_NAME_VALUES(doc))):
        return []
    return _NAMED(doc)


def try_readability(tree: HtmlElement) -> HtmlElement:
    """``trafilatura.external.try_readability(tree)``: readability's pick of ``tree``
    (which it changes) as a parsed fragment; an empty element where it fails."""
    try:
        summary = fromstring_bytes(_Document(tree, min_text_length=25).summary())
    except Exception:  # (trafilatura logs it and returns the empty element)
        return HtmlElement()
    return summary if summary is not None else HtmlElement()


def _trimmed(element: HtmlElement) -> str:
    """``trafilatura.utils.trim(element.text_content())`` (its final ``strip`` removes
    nothing: the words joined by spaces neither start nor end with whitespace). An element
    without children (most links and paragraphs) holds only its own text."""
    text = (element.text or "") if len(element) == 0 else _TEXT(element)
    return " ".join(text.split())


class _Document(Document):
    """trafilatura's readability ``Document``, scoring with each length measured once."""

    __slots__ = ()

    def summary(self) -> str:
        """``Document.summary``, each candidate's score scaled by its link density only when
        it is read: while the best is looked for, and for the candidates under the best's
        parent (its siblings and what they hold, which ``get_article`` and ``sanitize``
        read). Most of the scaling's cost is the text of the page's outer blocks (the body,
        a layout table), which are neither."""
        for elem in list(self.doc.iter("script", "style", "fencedframe")):
            elem.drop_tree()
        self.remove_unlikely_candidates()
        self.transform_misused_divs_into_paragraphs()
        candidates = self._unscaled_scores()
        scaling = _Scaling(candidates)
        best_candidate = scaling.best()
        if best_candidate:
            parent = best_candidate.elem.getparent()
            # (before ``get_article`` moves the siblings: the tree is still as scored)
            scaling.scale_below(best_candidate.elem if parent is None else parent)
            article = self.get_article(candidates, best_candidate)
        else:
            body = self.doc.find("body")
            article = body if body is not None else self.doc
        return self.sanitize(article, candidates)

    def score_paragraphs(self) -> dict[HtmlElement, Candidate]:
        candidates = self._unscaled_scores()
        _Scaling(candidates).scale_all()
        return candidates

    def _unscaled_scores(self) -> dict[HtmlElement, Candidate]:
        """The candidates of ``score_paragraphs`` with their scores not yet scaled by link
        density."""
        candidates: dict[HtmlElement, Candidate] = {}
        for elem in self.doc.iter("p", "pre", "td"):
            parent_node = elem.getparent()
            if parent_node is None:
                continue
            grand_parent_node = parent_node.getparent()
            elem_text = _trimmed(elem)
            elem_text_len = len(elem_text)
            if elem_text_len < self.min_text_length:
                continue  # too short a paragraph
            for node in (parent_node, grand_parent_node):
                if node is not None and node not in candidates:
                    candidates[node] = self.score_node(node)
            # (the pieces of a split on commas: one more than the commas)
            score = 1 + (elem_text.count(",") + 1) + min((elem_text_len / 100), 3)
            candidates[parent_node].score += score
            if grand_parent_node is not None:
                candidates[grand_parent_node].score += score / 2
        return candidates

    def remove_unlikely_candidates(self) -> None:
        verdicts: dict[str, bool] = {}
        for elem in _unlikely_holders(self.doc):  # (any other's verdict is False)
            attrs = " ".join(filter(None, (elem.get("class"), elem.get("id"))))
            if len(attrs) < 2 or elem.tag in FRAME_TAGS:
                continue
            if attrs not in verdicts:
                low = attrs.lower()
                verdicts[attrs] = bool(_UNLIKELY.search(low)) and not _MAYBE_CANDIDATE.search(low)
            if verdicts[attrs]:
                elem.drop_tree()


class _Scaling:
    """Scales the scores of ``candidates`` (unscaled, in ``score_paragraphs``' order) by
    their link density, each once, when asked (each link's text measured once for all
    its candidates; valid while the tree is as scored)."""

    __slots__ = ("_candidates", "_link_lengths", "_unscaled")

    def __init__(self, candidates: dict[HtmlElement, Candidate]) -> None:
        self._candidates = candidates
        self._unscaled = set(candidates)
        self._link_lengths: dict[HtmlElement, int] = {}

    def _scale(self, elem: HtmlElement) -> None:
        if elem in self._unscaled:
            self._unscaled.discard(elem)
            self._candidates[elem].score *= 1 - _link_density(elem, self._link_lengths)

    def scale_all(self) -> None:
        for elem in self._candidates:
            self._scale(elem)

    def best(self) -> Candidate | None:
        """``max(candidates.values(), key=score)`` of the scaled scores (the first of equal
        ones), scaling the candidates by their unscaled score, highest first, until none
        left can reach the best: a link density is never negative, so scaling never
        raises a score that is not negative (a negative one is always scaled)."""
        order = {elem: at for at, elem in enumerate(self._candidates)}
        ranked = sorted(self._candidates.values(), key=lambda c: c.score, reverse=True)
        best: Candidate | None = None
        for candidate in ranked:
            if best is not None and 0 <= candidate.score < best.score:
                break  # (every one after it scores no more, unless negative: see below)
            self._scale(candidate.elem)
            if (
                best is None
                or candidate.score > best.score
                or (candidate.score == best.score and order[candidate.elem] < order[best.elem])
            ):
                best = candidate
        if best is not None:  # the negative ones not reached may rise above it
            for candidate in ranked:
                if candidate.score < 0 and candidate.elem in self._unscaled:
                    self._scale(candidate.elem)
                    if candidate.score > best.score or (
                        candidate.score == best.score and order[candidate.elem] < order[best.elem]
                    ):
                        best = candidate
        return best

    def scale_below(self, top: HtmlElement) -> None:
        """Scale the candidates ``top`` holds (not ``top`` itself)."""
        for elem in list(self._unscaled):  # (fewer than ``top``'s elements: walk up)
            if any(ancestor is top for ancestor in elem.iterancestors()):
                self._scale(elem)


def _link_density(elem: HtmlElement, link_lengths: dict[HtmlElement, int]) -> float:
    """``Document.get_link_density(elem)``, the links' lengths kept in ``link_lengths``
    (valid while the tree does not change). Without link text it is 0 whatever the
    element's own length, which is then not measured."""
    link_length = 0
    for link in elem.iterdescendants("a"):  # (what ``findall(".//a")`` finds, in order)
        length = link_lengths.get(link)
        if length is None:
            length = link_lengths[link] = len(_trimmed(link))
        link_length += length
    if link_length == 0:
        return 0.0
    return link_length / (len(_trimmed(elem)) or 1)
