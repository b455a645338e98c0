r"""Case-insensitive line patterns matched on the lower-cased line, without IGNORECASE.

CPython's regex engine skips a branch of an alternation at once when its first item is a
plain literal or class that the next character fails; a literal compiled with
``re.IGNORECASE`` gets no such skip, so each of the line patterns' hundreds of word
branches ("montag|dienstag|...") is entered and left. On an ASCII line, a pattern whose
every literal and class treats a character as it treats its lower-case form (no
upper-case literal, no ``(?-i:...)`` part, no non-ASCII letter that folds to an ASCII one
such as "ı" or "ſ", no back-reference) matches the line with IGNORECASE exactly where,
compiled without it, it matches the line lower-cased: ``str.lower`` keeps an ASCII line's
length, its word characters and its line breaks, so anchors, ``\b`` and spans agree.
``matches_alike_lowered`` checks a pattern's parse for that, trying each literal and
class on the 128 ASCII characters both ways. The line patterns matched so ran four
times faster.
"""

from __future__ import annotations

import re
from typing import Any

try:  # CPython's own regex parser and compiler (private): without them no pattern qualifies
    from re import _compiler as sre_compile  # type: ignore[attr-defined]
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    _SINGLE_CHAR = (sre.LITERAL, sre.NOT_LITERAL, sre.IN)
    _REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
    _LOOKAROUNDS = (sre.ASSERT, sre.ASSERT_NOT)
    PARSER_AVAILABLE = True
except (ImportError, AttributeError):
    PARSER_AVAILABLE = False

ASCII = "".join(chr(code) for code in range(128))


# Each one-character item tried, by (op, value, flags, alphabet): whether it reads each
# character of the alphabet as its lower-case form (the patterns share most of their
# items; trying them took most of the checks' time).
_ALIKE: dict[tuple[Any, str, int, str], bool] = {}


class _CaseMatters(Exception):
    """A construct that may match an ASCII line otherwise than its lower-cased form."""


def matches_alike_lowered(pattern: str, flags: int, alphabet: str = ASCII) -> bool:
    """Whether ``pattern`` compiled with ``flags`` (which hold ``re.IGNORECASE``) matches
    every ASCII line ``line`` where (and as) it matches ``line.lower()`` compiled with
    ``flags`` but IGNORECASE; with ``alphabet``, every line of its characters (each of
    which must lower-case to one of them, as ASCII does, and be a word character or a
    line break as its lower-case form is, so that anchors, ``\\b`` and spans agree)."""
    if not PARSER_AVAILABLE or not flags & re.IGNORECASE:
        return False
    try:
        parsed = sre_parse.parse(pattern, flags)
        if parsed.state.flags & ~flags & re.IGNORECASE:
            return False  # (an inline "(?i)" in a pattern given without it: not this case)
        # (the parse's flags: those given, inline ones, and UNICODE, which IGNORECASE
        # needs to fold "ı" or "ſ" to an ASCII letter)
        _check(list(parsed), (parsed.state.flags, alphabet), _ALIKE)
    except (_CaseMatters, TypeError, ValueError, IndexError, AttributeError, re.error):
        return False  # (the last five: a parse shaped as no CPython we know gives it)
    return True


def _check(
    items: list[tuple[Any, Any]],
    scope: tuple[int, str],
    seen: dict[tuple[Any, str, int, str], bool],
) -> None:
    """Raise ``_CaseMatters`` unless every item of ``items`` reads each character of the
    alphabet as its lower-case form (``scope``: the flags and the alphabet; ``seen``: the
    one-character items already tried)."""
    flags, alphabet = scope
    for op, value in items:
        if op in _SINGLE_CHAR:
            key = (op, repr(value), flags, alphabet)  # (a class's items: a list, unhashable)
            if key not in seen:
                seen[key] = _single_char_alike(op, value, flags, alphabet)
            if not seen[key]:
                raise _CaseMatters
        elif op is sre.ANY or op is sre.AT:
            continue  # (".", "^", "$", "\b": an ASCII letter's case changes none of them)
        elif op is sre.BRANCH:
            for branch in value[1]:
                _check(list(branch), scope, seen)
        elif op is sre.SUBPATTERN:
            _, add_flags, del_flags, sub = value
            if add_flags or del_flags:
                raise _CaseMatters  # "(?-i:[A-Z])" reads the case
            _check(list(sub), scope, seen)
        elif op in _REPEATS:
            _check(list(value[2]), scope, seen)
        elif op in _LOOKAROUNDS:
            _check(list(value[1]), scope, seen)
        elif op is sre.ATOMIC_GROUP:
            _check(list(value), scope, seen)
        else:
            raise _CaseMatters  # back-references and anything else: not tried


def _single_char_alike(op: Any, value: Any, flags: int, alphabet: str) -> bool:
    """Whether the one-character item matches each character of ``alphabet`` with
    IGNORECASE as it matches its lower-case form without."""
    folded, plain = (_compiled_item(op, value, mode) for mode in (flags, flags & ~re.IGNORECASE))
    return all(
        bool(folded.fullmatch(char)) == bool(plain.fullmatch(char.lower())) for char in alphabet
    )


def _compiled_item(op: Any, value: Any, flags: int) -> re.Pattern[str]:
    item = sre_parse.SubPattern(sre_parse.State())
    item.append((op, value))
    return sre_compile.compile(item, flags)
