"""Which gates a line opens: the gated boilerplate patterns whose keywords its lower-cased
text holds, found without entering the regex engine at most of its characters.

One search for all the keywords at once (a trie of them) enters the engine's match at
nearly every position of a line, since the keywords start with the space and most
letters, and pays for its top branch there each time: it was a seventh of the line
filter's time. Here each keyword is searched from its rarest character (its "entry"):
the engine skips to the next character of the few rare ones in a tight loop, matches the
rest of the keyword from there, and a lookbehind checks the part before the entry. The
few keywords made only of common letters ("error", "main", "to see") are tested with
``in``, which is cheaper for them than entering the engine at every vowel.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

# ASCII characters rare in running text, rarest first (measured on the lines the filter
# reads: none above 3 % of their characters); any non-ASCII character is rarer still.
# A keyword without one of these is tested with ``in``.
RARE_ASCII = "@/9q(jzx21|0-kvbwfgpucdl"

_Trie = dict[str, "_Trie"]
# A candidate: the keyword, where its entry is in it, the gates it opens.
_Candidate = tuple[str, int, tuple[int, ...]]


def _entry(keyword: str) -> int | None:
    """Where ``keyword``'s rarest character is (the first of equals), None if it has none
    of the rare ones."""
    ranked = [
        (-1 if not char.isascii() else RARE_ASCII.index(char), at)
        for at, char in enumerate(keyword)
        if not char.isascii() or char in RARE_ASCII
    ]
    return min(ranked)[1] if ranked else None


def _search_pattern(entered: Mapping[str, int]) -> str:
    """A regex for "any keyword of ``entered``", matched from its entry: the keywords' tails
    from their entries in a trie, and at a tail's end a lookbehind for a whole keyword that
    ends so (several keywords may share a tail)."""
    trie: _Trie = {}
    ends: dict[int, list[str]] = {}  # id of a trie node: the keywords whose tail ends there
    for keyword, at in entered.items():
        node = trie
        for char in keyword[at:]:
            node = node.setdefault(char, {})
        ends.setdefault(id(node), []).append(keyword)

    def factor(node: _Trie) -> str:
        branches = [re.escape(char) + factor(node[char]) for char in sorted(node)]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if id(node) not in ends:
            return body
        checks = [f"(?<={re.escape(keyword)})" for keyword in sorted(ends[id(node)])]
        check = checks[0] if len(checks) == 1 else "(?:" + "|".join(checks) + ")"
        # (the longer tail first: the match reports the longest one that holds)
        return f"(?:{body}|{check})" if branches else check

    return factor(trie) if trie else "(?!)"  # (no keyword: a search that never matches)


@dataclass(frozen=True)
class KeywordGates:
    """The gates a line opens (see ``opened``), built by ``keyword_gates``."""

    plain: tuple[tuple[str, tuple[int, ...]], ...]  # keywords tested with ``in``
    search: re.Pattern[str]  # the others, matched from their entries
    # For each tail the search may report (the longest that holds at a position): the
    # keywords whose tails it starts with, each to be checked where it would start.
    candidates: Mapping[str, tuple[_Candidate, ...]]

    def opened(self, lowered: str) -> set[int]:
        """The gates whose keywords ``lowered`` holds: what testing each keyword with
        ``in`` gives. Every occurrence of a keyword has its entry at a position the
        search stops at (each search starts one character after the last one's start);
        there the longest tail that holds is reported, and each keyword whose tail starts
        it is checked where it would start."""
        gates: set[int] = set()
        for keyword, opens in self.plain:
            if keyword in lowered:
                gates.update(opens)
        match = self.search.search(lowered)
        while match is not None:
            at = match.start()
            for keyword, entry, opens in self.candidates[match.group()]:
                if at >= entry and lowered.startswith(keyword, at - entry):
                    gates.update(opens)
            match = self.search.search(lowered, at + 1)
        return gates


def keyword_gates(gates: Sequence[Sequence[str]]) -> KeywordGates:
    """The search for the keywords of ``gates`` (each a gate's keywords, by its index)."""
    opens = {
        keyword: tuple(i for i, keywords in enumerate(gates) if keyword in keywords)
        for keyword in sorted({keyword for keywords in gates for keyword in keywords})
    }
    entries = {keyword: _entry(keyword) for keyword in opens}
    entered = {keyword: at for keyword, at in entries.items() if at is not None}
    tails = {keyword[at:] for keyword, at in entered.items()}
    candidates = {
        tail: tuple(
            (keyword, at, opens[keyword])
            for keyword, at in entered.items()
            if tail.startswith(keyword[at:])
        )
        for tail in tails
    }
    return KeywordGates(
        plain=tuple((keyword, opens[keyword]) for keyword, at in entries.items() if at is None),
        search=re.compile(_search_pattern(entered)),
        candidates=MappingProxyType(candidates),
    )
