"""What a page's markup says, for search engines and ad crawlers, about which text is
its content.

Sites fence their menus, headline lists, "next post" teasers, ads and galleries off from
search engines: between ``<!--googleoff: index-->`` (or ``all``) and ``<!--googleon: ...-->``
(Google Search Appliance and site search engines), between ``<!--noindex-->`` and
``<!--/noindex-->`` or inside a ``<noindex>`` element (Yandex). A body line whose text lies
only in such regions is that furniture, whatever the extractor took it for. The parser
drops comments, so the regions are read from the page's markup.

The other way round, AdSense's section targeting wraps the text the ads should match,
the story, in ``<!-- google_ad_section_start -->`` / ``<!-- google_ad_section_end -->``:
where most of the body lies in such sections, the body lines outside them are the
page's menus, blog descriptions and tool strips.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from consumer.core.html.line_keys import line_key

# The fences, paired (an unclosed fence marks nothing: its end is not known). The
# "snippet" and "anchor" forms of googleoff keep the text indexed, so they do not count.
_REGION = re.compile(
    r"<!--\s*googleoff:\s*(?:index|all)\s*-->(.*?)<!--\s*googleon:[^>]*-->"
    r"|<!--\s*noindex\s*-->(.*?)<!--\s*/noindex\s*-->"
    r"|<noindex\b[^>]*>(.*?)</noindex\s*>",
    re.IGNORECASE | re.DOTALL,
)
_NOT_TEXT = re.compile(
    r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL
)
# A Yandex fence (a robots meta tag's "noindex" is none), looked for only on a page that
# holds the word: most pages are ruled out by two substring scans.
_YANDEX_FENCE = re.compile(r"<noindex\b|noindex\s*-->", re.IGNORECASE)


def _has_fences(page: str) -> bool:
    if "googleoff" in page:
        return True
    return ("noindex" in page or "NOINDEX" in page) and _YANDEX_FENCE.search(page) is not None


def drop_unindexed(lines: Sequence[str], page: str) -> list[str]:
    """``lines`` without those whose text the page holds only inside its fenced regions."""
    if not _has_fences(page):
        return list(lines)
    fenced: list[str] = []
    open_parts: list[str] = []
    last = 0
    for match in _REGION.finditer(page):
        fenced.append(match.group(match.lastindex or 0))
        open_parts.append(page[last : match.start()])
        last = match.end()
    if not fenced:
        return list(lines)
    open_parts.append(page[last:])
    fenced_text = _joined_key(" ".join(fenced))
    open_text = _joined_key(" ".join(open_parts))
    kept = [line for line in lines if not _only_in(_line_words(line), fenced_text, open_text)]
    if sum(map(len, kept)) < MIN_KEPT_SHARE * sum(map(len, lines)):
        return list(lines)  # the page fenced its story itself (a wire copy kept out of search)
    return kept


# A body left with less than this share of its text was the fenced text: kept whole. (A
# blog's short post can be a fifth of a body that took its next-post teasers too.)
MIN_KEPT_SHARE = 0.1


def _only_in(key: str, fenced_text: str, open_text: str) -> bool:
    return bool(key) and key in fenced_text and key not in open_text


def _joined_key(markup: str) -> str:
    """The words of markup, lower-cased and run together: tags are dropped without a
    space, so "<b>Wo</b>rd" and "Wo<wbr>rd" read as a line's "Word"."""
    return _line_words(html.unescape(_NOT_TEXT.sub("", markup)))


def _line_words(text: str) -> str:
    """The words of a body line (text, not markup: "x < 5" holds no tag), run together."""
    return line_key(text).replace(" ", "")


_AD_SECTION = re.compile(
    r"<!--\s*google_ad_section_start\s*-->(.*?)<!--\s*google_ad_section_end[^>]*-->",
    re.IGNORECASE | re.DOTALL,
)
# The share of the body's text the ad sections must hold to be taken for the story (a
# page may target a sidebar's blurb or a comment thread alone).
MIN_AD_SECTION_SHARE = 0.5


def drop_outside_ad_sections(lines: Sequence[str], page: str) -> list[str]:
    """``lines`` without those outside the page's ad-targeting sections, where the
    sections hold half of the body's text or more."""
    if "google_ad_section_start" not in page:
        return list(lines)
    inside = _joined_key(" ".join(match.group(1) for match in _AD_SECTION.finditer(page)))
    if not inside:
        return list(lines)
    keys = [_line_words(line) for line in lines]
    held = sum(len(key) for key in keys if key in inside)
    if held < MIN_AD_SECTION_SHARE * sum(map(len, keys)):
        return list(lines)
    return [line for line, key in zip(lines, keys, strict=True) if key in inside]
