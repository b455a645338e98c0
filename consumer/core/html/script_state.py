"""The story a page's script renders from the state it ships as JSON (Next.js's
``__NEXT_DATA__`` and other ``<script type="application/json">`` blocks): the body of a
page whose markup is a shell, with no paragraph and no JSON-LD ``articleBody``.

The state is read as data, never run. A story sits in it as a list of blocks under a key
that says so ("body", "content", "blocks", ...): plain strings, ``{"text": ...}`` objects,
or rich-text trees (Portable Text, Contentful, Slate, Draft.js) whose leaves hold the
words; or as one string of HTML paragraphs. The list with the most sentence text wins."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

import orjson

from consumer.core.normalise import normalise_line

_STATE_SCRIPT = re.compile(
    r"<script\b[^>]{0,300}?\btype\s*=\s*[\"']application/json[\"'][^>]{0,300}>(.*?)</script\s*>",
    re.I | re.S,
)
MAX_STATE_CHARS = 5_000_000  # (the rest of a page's limits bound the page itself)
MAX_DEPTH = 40
# A block is a paragraph of the story when it reads as prose: this long, with a space.
MIN_BLOCK_CHARS = 40
MIN_STORY_CHARS = 200
# The keys a story's blocks sit under, and those of what is not the story.
_STORY_KEY = re.compile(r"body|content|blocks?$|paragraphs?|article|story|text", re.I)
_NOT_STORY_KEY = re.compile(
    r"comment|related|recommend|teaser|promo|nav|menu|footer|header|seo|meta|advert|^ads?(?:$|[A-Z_])",
    re.I,
)
# The keys whose string is a block's own words, and those holding its child blocks.
_TEXT_KEYS = ("text", "value", "html", "content", "body")
_CHILD_KEYS = ("children", "content", "blocks", "nodes", "items")
_TAG = re.compile(r"<[^<>]{0,500}>")


def script_state_paragraphs(page: str) -> list[str] | None:
    """The story's paragraphs from ``page``'s JSON state scripts, or None when none holds
    one of ``MIN_STORY_CHARS``."""
    best: list[str] = []
    best_chars = 0
    for match in _STATE_SCRIPT.finditer(page):
        text = match.group(1)
        if len(text) > MAX_STATE_CHARS:
            continue
        try:
            state = orjson.loads(text)
        except orjson.JSONDecodeError:
            continue
        # (Each block's words are read once: the lists nest, and every level is a candidate.)
        memo: dict[int, str] = {}
        for paragraphs in _candidates(state, story_path=False, depth=0, memo=memo):
            if (chars := _prose_chars(paragraphs)) > best_chars:
                best, best_chars = paragraphs, chars
    return best if best_chars >= MIN_STORY_CHARS else None


def _candidates(
    node: Any, story_path: bool, depth: int, memo: dict[int, str]
) -> Iterator[list[str]]:
    """The paragraph lists under ``node``: each list, and each string of HTML, found under
    a story key (``story_path``) and under no key of other content."""
    if depth > MAX_DEPTH:
        return
    if isinstance(node, dict):
        for key, value in node.items():
            if not isinstance(key, str) or _NOT_STORY_KEY.search(key):
                continue
            under_story = story_path or bool(_STORY_KEY.search(key))
            if under_story and isinstance(value, str) and len(value) >= MIN_STORY_CHARS:
                yield _split(value)
            elif isinstance(value, (dict, list)):
                yield from _candidates(value, under_story, depth + 1, memo)
    elif isinstance(node, list):
        if story_path:
            yield [words for item in node if (words := _block_text(item, depth + 1, memo))]
        for item in node:
            if isinstance(item, (dict, list)):
                yield from _candidates(item, story_path, depth + 1, memo)


def _block_text(block: Any, depth: int, memo: dict[int, str]) -> str:
    """The words of one block: a string, a block's text field, or its children's words."""
    if isinstance(block, str):
        return normalise_line(html.unescape(_TAG.sub(" ", block)))
    if depth > MAX_DEPTH or not isinstance(block, dict):
        return ""
    if (known := memo.get(id(block))) is not None:
        return known
    words = ""
    for key in _TEXT_KEYS:
        if isinstance(value := block.get(key), str):
            words = normalise_line(html.unescape(_TAG.sub(" ", value)))
            break
    else:
        for key in _CHILD_KEYS:
            if isinstance(children := block.get(key), list):
                words = " ".join(
                    text for child in children if (text := _block_text(child, depth + 1, memo))
                )
                break
    memo[id(block)] = words
    return words


def _split(value: str) -> list[str]:
    """The paragraphs of one string: its tags and line breaks part them."""
    text = html.unescape(_TAG.sub("\n", value))
    return [clean for line in text.split("\n") if (clean := normalise_line(line))]


def _prose_chars(paragraphs: list[str]) -> int:
    """The length of the paragraphs that read as prose."""
    return sum(len(p) for p in paragraphs if len(p) >= MIN_BLOCK_CHARS and " " in p)
