r"""Try only the line patterns that can match, chosen by the line's first word character.

``patterns.BOILERPLATE_ANY`` joins some forty patterns ``^\W*X`` (or ``^\s*X``); every
short line goes through all of them and most lines match none. When ``X`` must start with a
word character, it can only start at the line's first word character (``\W*`` cannot pass
one), so a line needs only the patterns whose ``X`` can start with that character.
``split_by_first_char`` reads which characters those are from each pattern's parse, asks
the regex engine itself which ASCII characters they match (so case folding is the
engine's), and compiles, per character, the alternation of just those patterns, in their
original order and with their group names: the first pattern to match and its group are
the ones the full alternation finds. (So for ``^X`` too, and for characters no word
character matches that ``X`` may start with: the line's first word character follows them.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

try:  # CPython's own regex parser (private): without it every pattern is always tried
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    _CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w"}
    _SKIPPED_PREFIXES = (sre.CATEGORY_NOT_WORD, sre.CATEGORY_SPACE)  # \W* and \s*
    _ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
    PARSER_AVAILABLE = True
except (ImportError, AttributeError):
    PARSER_AVAILABLE = False

_LEADING_NON_WORD = re.compile(r"\W*")
_WORD_CHARS = [chr(c) for c in range(128) if re.match(r"\w", chr(c))]


class _Unknown(Exception):
    """A construct whose first characters are not worked out: the pattern is always tried."""


def first_char_class(pattern: str, flags: int = 0) -> str | None:
    r"""A character class (``[...]``) holding every word character ``X`` can start with
    (after any characters no word character matches), for a pattern ``^\W*X``, ``^\s*X``
    or ``^X`` (or an alternation of such; look-aheads may follow the ``^``) where ``X``
    cannot match without a word character; None for any other pattern."""
    try:
        fragments = _line_start(list(sre_parse.parse(pattern, flags)))
    except (_Unknown, TypeError, ValueError, IndexError, AttributeError):
        return None  # (the last four: a parse tree shaped as no CPython we know gives it)
    return "[" + "".join(sorted(fragments)) + "]"


def split_by_first_char(
    alternatives: list[tuple[str, str]], flags: int
) -> Mapping[str, re.Pattern[str]]:
    """For each ASCII word character, the alternation of the ``(name, pattern)``
    alternatives a line whose first word character it is may match (as named groups, in
    the given order)."""
    if not PARSER_AVAILABLE:
        return MappingProxyType({})  # callers fall back to the whole alternation
    classes = [first_char_class(pattern, flags) for _, pattern in alternatives]
    compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
    table: dict[str, re.Pattern[str]] = {}
    for char in _WORD_CHARS:
        chosen = tuple(
            i
            for i, char_class in enumerate(classes)
            if char_class is None or re.match(char_class, char, flags)
        )
        if chosen not in compiled:
            compiled[chosen] = re.compile(
                named_alternation([alternatives[i] for i in chosen]), flags
            )
        table[char] = compiled[chosen]
    return MappingProxyType(table)


def named_alternation(alternatives: list[tuple[str, str]]) -> str:
    """The ``(name, pattern)`` alternatives as one pattern, each in a group of its name
    (``lastgroup`` names the one that matched), with their own groups made
    non-capturing: the engine saves and restores every capturing group's marks as it
    backtracks: matching the line patterns took some 15 % longer with them."""
    return "|".join(f"(?P<{name}>{without_captures(pattern)})" for name, pattern in alternatives)


# A pattern that refers to its groups by number or name keeps them.
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def without_captures(pattern: str) -> str:
    """``pattern`` with each plain capturing group ``(...)`` written ``(?:...)``: the same
    matches (the same text and span); ``pattern`` itself when it refers to a group."""
    if _GROUP_REFERENCE.search(pattern):
        return pattern
    out: list[str] = []
    at, in_class = 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":  # an escape: the next character is taken as it is
            out.append(pattern[at : at + 2])
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # (a "]" first in a class, after "[" or "[^", is a literal one)
            start = at + 1 + (pattern[at + 1 : at + 2] == "^")
            if pattern[start : start + 1] == "]":
                out.append(pattern[at : start + 1])
                at = start + 1
                continue
        elif char == "(" and pattern[at + 1 : at + 2] != "?":
            out.append("(?:")
            at += 1
            continue
        out.append(char)
        at += 1
    return "".join(out)


def first_word_char(line: str) -> str:
    """The first word character of ``line`` ("" when it has none)."""
    start = _LEADING_NON_WORD.match(line).end()  # type: ignore[union-attr]  # \W* always matches
    return line[start : start + 1]


def _line_start(items: list[tuple[Any, Any]], anchored: bool = False) -> set[str]:
    r"""The first-character fragments of ``X`` in ``^\W*X`` (the parser may have taken the
    ``^`` out of an alternation of such patterns, as their common prefix), or in ``^X``
    (a line it matches starts with that word character: its first). Look-arounds right
    after the ``^`` consume nothing, so the characters after them count."""
    if items and items[0] == (sre.AT, sre.AT_BEGINNING):
        items, anchored = items[1:], True
    if len(items) == 1 and items[0][0] is sre.BRANCH:
        branches = items[0][1][1]
        return set().union(*(_line_start(list(branch), anchored) for branch in branches))
    if not anchored:
        raise _Unknown
    while items and items[0][0] in (sre.ASSERT, sre.ASSERT_NOT):
        items = items[1:]
    if items and not _is_skipped_prefix(items[0]):
        fragments, nullable = _first(items)  # (only word characters: else _Unknown)
        if nullable:
            raise _Unknown
        return fragments
    if len(items) < 2:
        raise _Unknown
    op, repeat = items[0]
    if op is not sre.MAX_REPEAT or repeat[0] != 0 or len(repeat[2]) != 1:
        raise _Unknown
    repeated = repeat[2]
    inner_op, inner = repeated[0]
    if inner_op is not sre.IN or len(inner) != 1:
        raise _Unknown
    if inner[0][0] is not sre.CATEGORY or inner[0][1] not in _SKIPPED_PREFIXES:
        raise _Unknown
    fragments, nullable = _first(items[1:])
    if nullable:
        raise _Unknown  # X may match nothing: any line may match
    return fragments


def _is_skipped_prefix(item: tuple[Any, Any]) -> bool:
    r"""Whether ``item`` is a repeat of ``\W`` or ``\s`` (the prefix ``\W*``, ``\s*``)."""
    op, value = item
    if op is not sre.MAX_REPEAT or len(value[2]) != 1:
        return False
    inner_op, inner = value[2][0]
    return (
        inner_op is sre.IN
        and len(inner) == 1
        and inner[0][0] is sre.CATEGORY
        and inner[0][1] in _SKIPPED_PREFIXES
    )


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """(class fragments of the word characters ``items`` can start with, whether they
    can match without one: the empty string, or non-word characters only, which a line's
    first word character comes after)."""
    fragments: set[str] = set()
    for op, value in items:
        item_fragments, nullable = _first_of(op, value)
        fragments |= item_fragments
        if not nullable:
            return fragments, False
    return fragments, True


def _first_of(op: Any, value: Any) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        if _is_non_word(value):
            return set(), True  # ("¿", "[": the word character comes after it)
        return {_word_literal(value)}, False
    if op is sre.IN:
        if all(item_op is sre.LITERAL and _is_non_word(item) for item_op, item in value):
            return set(), True
        return {_class_item(item_op, item) for item_op, item in value}, False
    if op is sre.BRANCH:
        results = [_first(list(branch)) for branch in value[1]]
        return set().union(*(f for f, _ in results)), any(n for _, n in results)
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, sub = value
        if add_flags or del_flags:
            raise _Unknown
        return _first(list(sub))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, sub = value
        fragments, nullable = _first(list(sub))
        return fragments, nullable or low == 0
    if op in _ZERO_WIDTH:
        return set(), True  # consumes nothing: the next item starts the match
    raise _Unknown


def _is_non_word(code: int) -> bool:
    """A character no word character matches, whatever the case (it has none)."""
    char = chr(code)
    return not re.match(r"\w", char) and char.lower() == char == char.upper()


def _class_item(op: Any, value: Any) -> str:
    if op is sre.LITERAL:
        return _word_literal(value)
    if op is sre.RANGE and all(re.match(r"\w", chr(c)) for c in range(value[0], value[1] + 1)):
        return f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"
    if op is sre.CATEGORY and value in _CATEGORIES:
        return _CATEGORIES[value]
    raise _Unknown


def _word_literal(code: int) -> str:
    if not re.match(r"\w", chr(code)):
        raise _Unknown  # \W* could then stop before or after it
    return re.escape(chr(code))
