"""No regular expression of the core backtracks exponentially.

Every compiled pattern held by a module of ``consumer.core`` (directly, or in its tables:
the html and text line patterns, enrichment's cues) is searched in lines of 40 repeated
words that do not end the way a pattern wants. A pattern whose repeated group can read
one word in two ways ("ON" as a word and as capitals) tries 2^40 ways here and hangs;
linear ones take microseconds.
"""

from __future__ import annotations

import importlib
import itertools
import pkgutil
import re
from types import ModuleType

import pytest

import consumer.core

# Words that the patterns' alternatives read in more than one way: capitals that are also
# words or months, dates and times, separators, names, labels, sentence pieces.
_UNITS = (
    "ON ", "MAY ", "AM ", "on ", "at ", "May ", "Mon. ", "10th ", "2008 ", "3:23 ", "a.m. ",
    "a ", "A. ", "Jane ", "Jane Doe ", "a, ", "a.", ": ", " ", "- ", "x - ", "— ", "| ",
    "a | ", "· ", "Home · ", "» ", "« ", "... ", "Share ", "share this ", "E-mail ", "print ",
    "said: ", "writes ", "Tags ", "Foto: ", "© ", "1. ", "(1) ", "www.a ", "@a ", "#a ",
    "a-b ", "’ ", "Über ", "Der ",
)  # fmt: skip
_PREFIXES = (
    "", "Associated Press - January 10, 2008 ", "Tags: ", "Home · ", "by Jane said: ",
    "Photo: ", "Posted on ", "1 Comment ", "Source: ", "Read more: ", "About ",
)  # fmt: skip
_REPEATS = 40


def _modules() -> list[ModuleType]:
    return [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(consumer.core.__path__, "consumer.core.")
    ]


def _patterns() -> list[re.Pattern[str]]:
    """The compiled patterns the modules hold, in their tables too (tuples, lists, dicts)."""
    found: dict[int, re.Pattern[str]] = {}
    for module in _modules():
        stack: list[object] = list(vars(module).values())
        while stack:
            value = stack.pop()
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[id(value)] = value
            elif isinstance(value, dict):
                stack.extend(value.values())
            elif isinstance(value, tuple | list):
                stack.extend(value)
    return list(found.values())


def test_the_scan_finds_the_pattern_tables() -> None:
    # The html and text line tables alone hold well over a hundred patterns.
    assert len(_patterns()) > 400


# An exponential pattern takes hours on these lines; the whole scan about 25 s of CPU on
# an idle machine. The limit is wide so that a loaded machine does not fail it.
@pytest.mark.timeout(240)
def test_no_pattern_backtracks_on_repeated_words() -> None:
    for pattern, prefix, unit in itertools.product(_patterns(), _PREFIXES, _UNITS):
        pattern.search(prefix + unit * _REPEATS + "!x")
