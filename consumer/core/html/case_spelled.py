r"""A pattern compiled with IGNORECASE, respelled for ASCII lines without the flag.

The line patterns whose case matters (a byline's capitalised name, ``(?-i:[A-Z])``, beside
words of any case) cannot be matched on the lower-cased line as ``caseless`` does with
the others. CPython's regex engine skips a branch of an alternation at once when it
starts with a plain literal or class the next character fails, but not a literal compiled
with IGNORECASE: every word of "by|von|par|por|..." is entered and left. On an ASCII line
the flag can be spelled out instead: each one-character item (a literal, a class, a
negated literal, in its own case scope) is replaced by the class of the ASCII characters
the engine itself finds it matches, and the whole is compiled without IGNORECASE. An
ASCII line holds no other characters, and the other items (repeats, branches, groups,
look-arounds, ``.``, ``^``, ``$``, ``\b``) read no case, so the respelled pattern matches
an ASCII line where and as the pattern does, with the same groups; a back-reference (which
IGNORECASE compares caselessly) leaves the pattern unrespelled.
"""

from __future__ import annotations

import re
from typing import Any

from consumer.core.html.caseless import ASCII, matches_alike_lowered

try:  # CPython's own regex parser and compiler (private): without them nothing is respelled
    from re import _compiler as sre_compile  # type: ignore[attr-defined]
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    _SINGLE_CHAR = (sre.LITERAL, sre.NOT_LITERAL, sre.IN)
    _REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
    _LOOKAROUNDS = (sre.ASSERT, sre.ASSERT_NOT)
    _CASE_FREE = (sre.ANY, sre.AT)
    PARSER_AVAILABLE = True
except (ImportError, AttributeError):
    PARSER_AVAILABLE = False

# The respelled one-character items, by (op, value, IGNORECASE or not, alphabet): the line
# patterns' tables share most of them.
_ITEMS: dict[tuple[Any, str, int, str], tuple[Any, Any]] = {}


class _NotRespelled(Exception):
    """A construct that is not respelled (a back-reference, or one no CPython we know has)."""


def respelled_for_ascii(pattern: str, flags: int, alphabet: str = ASCII) -> re.Pattern[str] | None:
    """``pattern`` (with ``flags``) compiled without IGNORECASE, its own or inline, so that
    it matches every ASCII line (every line of ``alphabet``'s characters) where and as the
    original does (the same span, groups and ``lastgroup``); None when it cannot be
    respelled so."""
    if not PARSER_AVAILABLE:
        return None
    try:
        parsed = sre_parse.parse(pattern, flags)
        parsed.data = _respelled(list(parsed.data), (parsed.state.flags, alphabet), _ITEMS)
        parsed.state.flags &= ~re.IGNORECASE
        return sre_compile.compile(parsed, flags & ~re.IGNORECASE)
    except (_NotRespelled, TypeError, ValueError, IndexError, AttributeError, re.error):
        return None  # (the last five: a parse shaped as no CPython we know gives it)


def _respelled(
    items: list[tuple[Any, Any]],
    scope: tuple[int, str],
    cache: dict[tuple[Any, str, int, str], tuple[Any, Any]],
) -> list[tuple[Any, Any]]:
    """``items`` (parsed under ``scope``'s flags) with every one-character item spelled as
    the characters of ``scope``'s alphabet it matches; the same structure otherwise."""
    flags, alphabet = scope
    out: list[tuple[Any, Any]] = []
    for op, value in items:
        if op in _SINGLE_CHAR:
            key = (op, repr(value), flags & re.IGNORECASE, alphabet)  # (a class's items: a list)
            if key not in cache:
                cache[key] = _ascii_item(op, value, flags, alphabet)
            out.append(cache[key])
        elif op in _CASE_FREE:
            out.append((op, value))
        elif op is sre.BRANCH:
            branches = [_subpattern(_respelled(list(b), scope, cache), b) for b in value[1]]
            out.append((op, (value[0], branches)))
        elif op is sre.SUBPATTERN:
            group, add_flags, del_flags, sub = value
            inner = (flags | add_flags) & ~del_flags
            if (add_flags | del_flags) & ~re.IGNORECASE:
                raise _NotRespelled  # ("(?s:...)", "(?x:...)": not in the line patterns)
            respelled = _respelled(list(sub), (inner, alphabet), cache)
            out.append((op, (group, 0, 0, _subpattern(respelled, sub))))
        elif op in _REPEATS:
            low, high, sub = value
            out.append((op, (low, high, _subpattern(_respelled(list(sub), scope, cache), sub))))
        elif op in _LOOKAROUNDS:
            direction, sub = value
            out.append((op, (direction, _subpattern(_respelled(list(sub), scope, cache), sub))))
        elif op is sre.ATOMIC_GROUP:
            out.append((op, _subpattern(_respelled(list(value), scope, cache), value)))
        else:
            raise _NotRespelled  # back-references (caseless under the flag) and the rest
    return out


def _subpattern(items: list[tuple[Any, Any]], like: Any) -> Any:
    """``items`` as a parse node of the same parse state as ``like``."""
    node = sre_parse.SubPattern(like.state)
    node.data = items
    return node


def _ascii_item(op: Any, value: Any, flags: int, alphabet: str) -> tuple[Any, Any]:
    """The one-character item ``(op, value)`` under ``flags`` as the literal or class of
    the characters of ``alphabet`` it matches (an empty class when none)."""
    item = sre_parse.SubPattern(sre_parse.State())
    item.append((op, value))
    compiled = sre_compile.compile(item, flags)
    matched = [ord(char) for char in alphabet if compiled.fullmatch(char)]
    if len(matched) == 1:
        return (sre.LITERAL, matched[0])
    return (sre.IN, [(sre.LITERAL, code) for code in matched])


def ascii_form(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], bool]:
    """The stand-in for ``pattern`` on an ASCII line, and whether it is matched on the
    line lower-cased: ``pattern`` compiled without IGNORECASE for the lower-cased line
    when its case does not matter (``caseless``: plain literals), else respelled, else
    ``pattern`` itself."""
    if matches_alike_lowered(pattern.pattern, pattern.flags):
        return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE), True
    return respelled_for_ascii(pattern.pattern, pattern.flags) or pattern, False
