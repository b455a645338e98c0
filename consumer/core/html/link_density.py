"""trafilatura's link-density tests (``link_density_test``, ``link_density_test_tables``)
reading only the lengths of the texts they measure.

trafilatura's tests take an element's text and each link's text through lxml's "smart"
string and ``trim``, and read only their lengths (and whether a link's is empty). Here
the length of the trimmed text is taken from a plain string, and an element without
children (most links) gives its own text without an XPath evaluation. The results are
the same (tests/core/html/test_link_density.py compares them with trafilatura's on
made-up trees). Upgrading trafilatura means re-reading ``link_density_test``,
``link_density_test_tables`` and ``collect_link_info``.

A derived work of trafilatura (Apache-2.0, Adrien Barbaresi and contributors).
"""

from __future__ import annotations

from lxml import etree
from lxml.etree import _Element
from trafilatura.htmlprocessing import is_paragraph_listing
from trafilatura.utils import LINK_FARM_RATIO

# The text of an element as ``text_content`` gives it, as a plain string.
_TEXT = etree.XPath("string()", smart_strings=False)
SHORT_LINK_CHARS = 10  # a link's text shorter than this is a short one
# A table rich in links holds more link text than this (0.8 times its least text, 200).
_MIN_TABLE_LINK_CHARS = 160
# The link-farm test reads an element's length only up to twice its links' (see
# ``_collapsed_length_within``): that settles it only while the ratio is over one half.
if LINK_FARM_RATIO <= 0.5:  # (trafilatura's constant: 0.9 since 1.x)
    raise ImportError(f"link_density: LINK_FARM_RATIO {LINK_FARM_RATIO} needs a longer read")


def trimmed_length(element: _Element) -> int:
    """``len(trafilatura.utils.trim(element.text_content()))`` (``trim``'s final ``strip``
    removes nothing: the words joined by spaces neither start nor end with whitespace)."""
    return _collapsed_length(_text(element))


def _text(element: _Element) -> str:
    return (element.text or "") if len(element) == 0 else _TEXT(element)


def _collapsed_length(text: str) -> int:
    return len(" ".join(text.split()))


def _collapsed_length_within(text: str, bound: int) -> int:
    """``_collapsed_length(text)`` when it is under ``bound``, else some number from
    ``bound`` up to it. The tests below only ask whether an element's text is under a
    bound: an outer block holding the whole page's text (read again for every block
    nested in it) need not have all its words split and joined. The collapsed length of
    a prefix is at most the text's (neither its non-space characters nor its words can be
    fewer in the whole), so a long enough prefix settles it."""
    prefix = _PREFIX_FACTOR * bound
    if len(text) > prefix and (lower := _collapsed_length(text[:prefix])) >= bound:
        return lower
    return _collapsed_length(text)


# A prefix this many times the bound is read first (HTML keeps indentation in the text).
_PREFIX_FACTOR = 4


def link_density_test(element: _Element, favor_precision: bool = False) -> tuple[bool, bool]:
    """``trafilatura.htmlprocessing.link_density_test(element, favor_precision)``: whether
    ``element`` is rich in links (boilerplate), and whether it is short with links."""
    links = element.findall(".//ref")
    if not links:
        return False, False
    if element.find(".//graphic") is not None:  # image containers are kept
        return False, False
    # The element's length is read only up to the bound each test needs: a text of that
    # length or more fails the test as any longer one does (each test is one way in it).
    text = _text(element)
    if len(links) == 1:
        len_threshold = 10 if favor_precision else 100
        link_len = trimmed_length(links[0])
        # (from 2 * link_len + 1 on, 0.9 times the length is over link_len)
        if link_len > len_threshold and link_len > 0.9 * _collapsed_length_within(
            text, 2 * link_len + 1
        ):
            return True, False
    if element.tag == "p":
        limitlen = 60 if element.getnext() is None else 30
    elif element.getnext() is None:
        limitlen = 300
    else:
        limitlen = 100
    elemlen = _collapsed_length_within(text, limitlen)
    if elemlen < limitlen:  # (the exact length)
        linklen, elemnum, shortelems = _link_lengths(links)
        if elemnum == 0:
            return True, False
        return linklen > elemlen * 0.8 or (elemnum > 1 and shortelems / elemnum > 0.8), True
    # a large farm of many links (trafilatura #584), not a listing of long links
    if len(links) > 4:
        linklen, elemnum, _ = _link_lengths(links)
        if (
            linklen < 100 * elemnum
            and linklen > LINK_FARM_RATIO * _collapsed_length_within(text, 2 * linklen + 1)
            and not is_paragraph_listing(links)
        ):
            return True, False
    return False, False


def link_density_test_tables(element: _Element) -> bool:
    """``trafilatura.htmlprocessing.link_density_test_tables(element)``: whether the table
    ``element`` is rich in links."""
    links = element.findall(".//ref")
    if not links:
        return False
    # The links' text first: a table is rich in links only with more than 0.8 * 200
    # characters of it (0.5 * 1000 from 1000 characters of text on), and most tables of
    # old pages' layouts have less; the table's own text, which holds every nested
    # table's, is then not measured.
    linklen, _, _ = _link_lengths(links)
    if linklen <= _MIN_TABLE_LINK_CHARS:
        return False
    # (from max(1000, 2 * linklen + 1) characters on, a table is not rich in links)
    elemlen = _collapsed_length_within(_text(element), max(1000, 2 * linklen + 1))
    if elemlen < 200:
        return False
    return linklen > 0.8 * elemlen if elemlen < 1000 else linklen > 0.5 * elemlen


def _link_lengths(links: list[_Element]) -> tuple[int, int, int]:
    """``collect_link_info(links)`` without the texts: the links' text length, the number
    of links with text, and of those the short ones."""
    lengths = [length for length in map(trimmed_length, links) if length]
    shortelems = sum(1 for length in lengths if length < SHORT_LINK_CHARS)
    return sum(lengths), len(lengths), shortelems
