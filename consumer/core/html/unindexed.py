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

# The fences' markers, each kind's end named after it with "_end". A fence's region runs
# to the first end of its kind; one never closed marks nothing (its end is not known). The
# "snippet" and "anchor" forms of googleoff keep the text indexed, so they do not count.
# Markers are found one scan through the page and paired in order (no lazy ".*?" from
# each opener: a page of unclosed fences would take quadratic time).
_FENCE_MARKERS = re.compile(
    r"(?P<google><!--\s*googleoff:\s*(?:index|all)\s*-->)"
    r"|(?P<google_end><!--\s*googleon:[^>]{0,80}-->)"
    r"|(?P<comment><!--\s*noindex\s*-->)|(?P<comment_end><!--\s*/noindex\s*-->)"
    r"|(?P<element><noindex\b[^>]{0,200}>)|(?P<element_end></noindex\s*>)",
    re.IGNORECASE,
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
    regions = _regions(page, _FENCE_MARKERS)
    if not regions:
        return list(lines)
    fenced = [page[start:end] for start, end in regions]
    edges = [0, *(edge for region in regions for edge in region), len(page)]
    open_parts = [page[edges[k] : edges[k + 1]] for k in range(0, len(edges), 2)]
    fenced_text = _joined_key(" ".join(fenced))
    open_text = _joined_key(" ".join(open_parts))
    kept = [line for line in lines if not _only_in(_line_words(line), fenced_text, open_text)]
    if sum(map(len, kept)) < MIN_KEPT_SHARE * sum(map(len, lines)):
        return list(lines)  # the page fenced its story itself (a wire copy kept out of search)
    return kept


# A body left with less than this share of its text was the fenced text: kept whole. (A
# blog's short post can be a fifth of a body that took its next-post teasers too.)
MIN_KEPT_SHARE = 0.1


def _regions(page: str, markers: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of the text between each opening marker and the first end marker of
    its kind after it, in page order; an opener with no end after it marks nothing, and
    markers inside a region are its text."""
    found = [
        (match.lastgroup or "", match.start(), match.end()) for match in markers.finditer(page)
    ]
    last_end = {name: start for name, start, _ in found if name.endswith("_end")}
    regions: list[tuple[int, int]] = []
    open_name, open_at = "", 0
    for name, start, end in found:
        if not open_name:
            if not name.endswith("_end") and last_end.get(f"{name}_end", -1) > start:
                open_name, open_at = name, end
        elif name == f"{open_name}_end":
            regions.append((open_at, start))
            open_name = ""
    return regions


def _only_in(key: str, fenced_text: str, open_text: str) -> bool:
    return bool(key) and key in fenced_text and key not in open_text


def _joined_key(markup: str) -> str:
    """The words of markup, lower-cased and run together: tags are dropped without a
    space, so "<b>Wo</b>rd" and "Wo<wbr>rd" read as a line's "Word"."""
    return _line_words(html.unescape(_markup_text(markup)))


def _markup_text(markup: str) -> str:
    """``markup`` without its tags, comments, scripts and styles, in one pass: a closing
    search that fails is not tried again (a page of unclosed "<!--" or "<script" would
    otherwise be read to its end once per opener)."""
    lower = markup.lower()
    parts: list[str] = []
    missing: set[str] = set()  # closers absent after some point, so after any later one
    at = 0
    while (start := lower.find("<", at)) >= 0:
        parts.append(markup[at:start])
        end = _construct_end(lower, start, missing)
        if end < 0:  # no ">" after it: the rest is text
            at = start
            break
        at = end
    parts.append(markup[at:])
    return "".join(parts)


def _construct_end(lower: str, start: int, missing: set[str]) -> int:
    """Where the comment, script, style or tag opening at ``start`` ends (-1: nowhere)."""
    for opener, closer in (("<!--", "-->"), ("<script", "</script"), ("<style", "</style")):
        if closer in missing or not _opens(lower, start, opener):
            continue
        close = lower.find(closer, start + len(opener))
        if close >= 0:
            return _tag_end(lower, close, missing)
        missing.add(closer)
    return _tag_end(lower, start, missing)


def _tag_end(lower: str, start: int, missing: set[str]) -> int:
    end = -1 if ">" in missing else lower.find(">", start + 1)
    if end < 0:
        missing.add(">")
        return -1
    return end + 1


def _opens(lower: str, start: int, opener: str) -> bool:
    """Does ``opener`` start at ``start`` as a whole name ("<script>", "<script src=...>";
    not "<scripts>")?"""
    after = start + len(opener)
    whole = opener == "<!--" or after >= len(lower) or not lower[after].isalnum()
    return lower.startswith(opener, start) and whole


def _line_words(text: str) -> str:
    """The words of a body line (text, not markup: "x < 5" holds no tag), run together."""
    return line_key(text).replace(" ", "")


_AD_SECTION_MARKERS = re.compile(
    r"(?P<section><!--\s*google_ad_section_start\s*-->)"
    r"|(?P<section_end><!--\s*google_ad_section_end[^>]{0,80}-->)",
    re.IGNORECASE,
)
# The share of the body's text the ad sections must hold to be taken for the story (a
# page may target a sidebar's blurb or a comment thread alone).
MIN_AD_SECTION_SHARE = 0.5


def drop_outside_ad_sections(lines: Sequence[str], page: str) -> list[str]:
    """``lines`` without those outside the page's ad-targeting sections, where the
    sections hold half of the body's text or more."""
    if "google_ad_section_start" not in page:
        return list(lines)
    regions = _regions(page, _AD_SECTION_MARKERS)
    inside = _joined_key(" ".join(page[start:end] for start, end in regions))
    if not inside:
        return list(lines)
    keys = [_line_words(line) for line in lines]
    held = sum(len(key) for key in keys if key in inside)
    if held < MIN_AD_SECTION_SHARE * sum(map(len, keys)):
        return list(lines)
    return [line for line, key in zip(lines, keys, strict=True) if key in inside]
