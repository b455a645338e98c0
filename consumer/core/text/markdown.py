"""Markdown copies of pages (what "LLM-ready" scrapers hand over): the markup out, the
text kept, so that the rest of text mode reads them as any other dump."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from consumer.core.html.clean import NOT_A_LINK
from consumer.core.text.lines import margin_breaks

# "[text](url)", "[text](url "title")", "![alt](src)"; one level of brackets inside the
# text ("[[PDF] report](url)") and of parentheses inside the address (Wikipedia's). A
# converter that wraps its lines (html2text, at 78 columns) breaks the text at a space
# and the address after a hyphen: one line break is allowed in each, never a blank line.
_LINK = re.compile(
    r"(?P<image>!?)\[(?P<text>(?:[^\[\]\n]|\n(?!\n)|\[[^\[\]\n]*\])*)\]"
    r"\((?P<target>(?:[^()\s]|\n(?=[^()\s])|\([^()\s]*\))*(?:\s+\"(?:[^\"\n]|\n(?!\n))*\")?)\)"
)
# Jina Reader numbers the images it lists: "![Image 3: A tram in the snow](...)".
_IMAGE_NUMBER = re.compile(r"^Image \d{1,4}: ")
# A copy with this many links or images is markdown (plain prose never writes "](").
_MIN_LINKS = 3
_MIN_MARKS = 3  # headings, and bold words, without links
_HEADING_MARKS = re.compile(r"^ {0,3}#{1,6}[ \t]+", re.MULTILINE)
_LEVEL_ONE_HEADING = re.compile(r"^ {0,3}#[ \t]+(.+)$", re.MULTILINE)
_MIN_HEADLINE_WORDS = 3  # a site's logo is a level-1 heading of a word or two
# A heading line this long that goes on in the next line (no blank line between) was
# wrapped by the converter (html2text wraps at 78 columns, headings too).
_WRAPPED_HEADING_CHARS = 60
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+)$", re.MULTILINE)
_FENCE = re.compile(r"^ {0,3}(?:```|~~~).*$", re.MULTILINE)
_QUOTE_MARK = re.compile(r"^ {0,3}(?:> ?)+", re.MULTILINE)
_BULLET = re.compile(r"^[ \t]*[*+-][ \t]+", re.MULTILINE)
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$", re.MULTILINE)
_TABLE_EDGE = re.compile(r"^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$", re.MULTILINE)
# No mark inside, so that a line of unclosed marks costs linear time.
_STRONG = re.compile(r"(\*\*|__)(?=[^\s*_])([^*_\n]+?)(?<=\S)\1")
# Single-mark emphasis; an escaped mark ("\\*") is a star, and snake_case is no emphasis.
_EMPHASIS = re.compile(
    r"(?<![\w*\\])\*(?=\S)([^*\n]+?)(?<=[^\s\\])\*(?![\w*])"
    r"|(?<![\w\\])_(?=\S)([^_\n]+?)(?<=[^\s\\])_(?!\w)"
)
_CODE = re.compile(r"`([^`\n]+)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
# A line that starts a block of its own (list item, heading, quote, table row, fence or
# rule): a wrapped paragraph's next line never does.
_BLOCK_START = re.compile(
    r"[ \t]*(?:[*+-][ \t]|\d{1,9}[.)][ \t]|#|>|\||```|~~~|(?:[-*_=][ \t]*){3,}$)"
)


@dataclass(slots=True)
class Unmarked:
    """The copy without its markdown, and what went with the markup."""

    text: str
    removed: Counter[str] = field(default_factory=Counter)
    removed_chars: Counter[str] = field(default_factory=Counter)
    link_targets: dict[str, str] = field(default_factory=dict)  # the words -> the address
    headlines: list[str] = field(default_factory=list)  # level-1 headings of a few words
    image_alts: list[str] = field(default_factory=list)  # what each image's alt text says


def looks_like_markdown(text: str) -> bool:
    """A markdown copy: links or images written the markdown way, several of them; or,
    from a converter told to leave links out, headings marked with "#" and words in bold
    ("**"), several of each."""
    if "](" in text and _at_least(_LINK.finditer(text), _MIN_LINKS):
        return True
    if "# " not in text or "**" not in text:
        return False
    return _at_least(_HEADING_MARKS.finditer(text), _MIN_MARKS) and _at_least(
        _STRONG.finditer(text), _MIN_MARKS
    )


def _at_least(found: Iterator[re.Match[str]], count: int) -> bool:
    return sum(1 for _ in itertools.islice(found, count)) == count


def unmark(text: str) -> Unmarked:
    """``text`` with links reduced to their words, images, rules and fences dropped, and
    heading, list, quote, table and emphasis marks taken off; the counts say what went,
    and each link's words give its address (for the related headlines)."""
    result = Unmarked(_unwrapped(text))

    def link_words(match: re.Match[str]) -> str:
        if match.group("image"):
            alt = _IMAGE_NUMBER.sub("", " ".join(match.group("text").split()))
            if alt:
                result.image_alts.append(alt)
            result.removed["image"] += 1
            result.removed_chars["image"] += len(match.group(0))
            return ""
        words = match.group("text")
        target = match.group("target").split(maxsplit=1)
        if words.strip() and target and not target[0].startswith(NOT_A_LINK):
            result.link_targets.setdefault(words.strip(), target[0])
        result.removed["markup"] += 1
        result.removed_chars["markup"] += len(match.group(0)) - len(words)
        return words

    # Innermost first: a linked image "[![alt](src)](href)" loses the image, then the link.
    unmarked = _LINK.sub(link_words, result.text)
    unmarked = _LINK.sub(link_words, unmarked)
    result.headlines = _headlines(unmarked)
    for pattern, replacement in (
        (_FENCE, ""),
        (_RULE, ""),
        (_TABLE_RULE, ""),
        (_HEADING_MARKS, ""),
        (_QUOTE_MARK, ""),
        (_BULLET, ""),
        (_TABLE_EDGE, ""),
        (_STRONG, r"\2"),
        (_CODE, r"\1"),
    ):
        before = len(unmarked)
        unmarked = pattern.sub(replacement, unmarked)
        result.removed_chars["markup"] += before - len(unmarked)
    before = len(unmarked)
    unmarked = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), unmarked)
    unmarked = _ESCAPE.sub(r"\1", unmarked)  # last: "\*" is a star, not emphasis
    result.removed_chars["markup"] += before - len(unmarked)
    result.text = unmarked
    return result


def _unwrapped(text: str) -> str:
    """``text`` with the paragraphs a converter wrapped at a fixed width (html2text, at 78
    columns) joined again, as their widths show before the markup goes: taking links out
    would leave lines too ragged to tell a wrap from a line ended by hand."""
    blocks = text.split("\n\n")
    for n, block in enumerate(blocks):
        parts = block.strip("\n").split("\n")
        if len(parts) < 2 or any(_BLOCK_START.match(part) for part in parts[1:]):
            continue
        heading = _wrapped_heading(parts)
        parts = [part.strip() for part in parts]
        if not all(parts):
            continue
        breaks = [True] if heading else margin_breaks(parts)
        joined = [parts[0]]
        for part, wrapped in zip(parts[1:], breaks, strict=True):
            if not wrapped:
                joined.append(part)
            elif joined[-1].endswith("-") and not joined[-1].endswith(" -"):
                joined[-1] += part  # a word (or an address) split after its hyphen
            else:
                joined[-1] += " " + part
        blocks[n] = "\n".join(joined)
    return "\n\n".join(blocks)


def _wrapped_heading(parts: list[str]) -> bool:
    """A heading a converter wrapped ("# The No. 1 workout of 2024 and 5 trends to expect
    in" / "2025"): a heading is one line, so the one line after it in the same block is
    its rest when the heading filled its line, broke at a space (not with markdown's hard
    break, two spaces) and the rest goes on in words (not "[Next](...)")."""
    return (
        len(parts) == 2
        and parts[0].startswith("#")
        and len(parts[0].rstrip()) >= _WRAPPED_HEADING_CHARS
        and not parts[0].endswith("  ")
        and parts[1][:1].isalnum()
        and len(parts[1]) <= len(parts[0])
    )


def _headlines(text: str) -> list[str]:
    """The first level-1 headings (up to 20) of ``_MIN_HEADLINE_WORDS`` words or more,
    marks off."""
    found: list[str] = []
    for heading in itertools.islice(_LEVEL_ONE_HEADING.finditer(text), 20):
        words = _STRONG.sub(r"\2", heading.group(1)).strip(" \t#").split()
        if len(words) >= _MIN_HEADLINE_WORDS:
            found.append(" ".join(words))
    return found
