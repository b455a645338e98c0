"""Keywords of an article: frequent content words and repeated phrases, title words first.

A small statistical scorer in the manner of YAKE and RAKE, written here because yake
costs about 30 ms per article (measured on the seed), more than the whole throughput
budget of the enrichment; this one costs well under a millisecond.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from heapq import heapify, heappop
from itertools import compress, count
from typing import cast

from consumer.core.enrich.data.words import CALENDAR_WORDS, STOPWORDS

# Frequent in news text and telling nothing about the story.
_GENERIC = frozenset(
    [
        "year",
        "years",
        "time",
        "times",
        "people",
        "person",
        "way",
        "thing",
        "things",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "told",
        "tell",
        "tells",
        "say",
        "saying",
        "added",
        "adds",
        "make",
        "made",
        "makes",
        "take",
        "took",
        "taken",
        "get",
        "got",
        "give",
        "gave",
        "going",
        "go",
        "goes",
        "went",
        "come",
        "came",
        "comes",
        "see",
        "seen",
        "saw",
        "know",
        "known",
        "think",
        "want",
        "wanted",
        "need",
        "needs",
        "needed",
        "use",
        "used",
        "using",
        "including",
        "include",
        "included",
        "part",
        "parts",
        "number",
        "lot",
        "lots",
        "place",
        "area",
        "areas",
        "world",
        "new",
        "old",
        "first",
        "last",
        "next",
        "former",
        "latter",
        "many",
        "much",
        "also",
        "mr",
        "mrs",
        "ms",
        "dr",
        "statement",
        "according",
        "percent",
        "per",
        "cent",
        "around",
        "another",
        "well",
        "good",
        "great",
        "big",
        "small",
        "large",
        "however",
        "although",
        "though",
        "would",
        "could",
        "should",
        "might",
        "must",
        "shall",
        "will",
        "can",
        "may",
        "continue",
        "continues",
        "called",
        "sure",
        "won",
        "lot",
        "really",
        "continued",
        "continuing",
        "remain",
        "remains",
        "remained",
    ]
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
_CONTRACTIONS = ("n't", "'re", "'ve", "'ll", "'m", "'d")
# A word ends in a letter or digit (the lookbehind backs off trailing "-" or "'").
_ITEM = re.compile(r"[^\W\d_][\w'’-]*(?<=[^\W_])|\d[\w.,]*|[^\w\s]|\n")
_PHRASE_BONUS = 1.5
_ONE = 1  # a phrase is a pair of words seen more than once
_TITLE_BONUS = 2.0


# Words that are never keywords, in one set: one lookup per distinct word.
_EXCLUDED = STOPWORDS | _GENERIC | CALENDAR_WORDS


def items_of(text: str) -> list[str]:
    """The words as written and the marks between them (numbers and newlines too)."""
    return _ITEM.findall(text)


def item_keys(items: list[str]) -> list[str | None]:
    """The counting key of each item: None for a mark, a number, a newline or a word that
    is never a keyword."""
    return [_key(item) if item[0].isalpha() else None for item in items]


def extract_keywords(
    paragraphs: list[str],
    title: str | None,
    limit: int,
    items: list[str] | None = None,
    keys: list[str | None] | None = None,
) -> list[str]:
    """Up to ``limit`` keywords, best first; phrases seen twice beat their single words.

    ``items`` are ``items_of`` the paragraphs joined by newlines, when the caller has them,
    and ``keys`` their ``item_keys`` (both or neither).

    Counting runs in ``Counter``, ``map`` and ``zip`` (C); Python loops run once per
    distinct word or repeated pair, never once per word of the text.
    """
    if limit <= 0:
        return []
    # Words as written and the marks between them, found in C by one regex; a mark,
    # a number or a stopword maps to None and breaks a phrase.
    if items is None:
        items = items_of("\n".join(paragraphs))
    if keys is None:
        keys = item_keys(items)
    counts = Counter(filter(None, keys))
    if not counts:
        return []
    pairs = _repeated_word_pairs(keys, counts)
    title_keys = {k for w in _WORD.findall(title or "") if (k := _key(w))}
    distinct = len(counts)
    # Counter keeps first appearance: words of the lead weigh more. (A comprehension: four
    # nested maps of operator functions cost more than its loop.)
    scores: dict[str, float] = {
        key: seen * (1.0 + (1.0 - rank / distinct))
        for rank, (key, seen) in enumerate(counts.items())
    }
    for key in title_keys & scores.keys():
        scores[key] *= _TITLE_BONUS
    for (first, second), seen in pairs:
        if first != second:
            best_word = max(scores[first] / counts[first], scores[second] / counts[second])
            scores[f"{first} {second}"] = seen * _PHRASE_BONUS * best_word
    chosen: list[str] = []
    taken_in_phrases: set[str] = set()
    # Best first, ties by name: popped from a heap of (-score, key), as only the first
    # few of the keys are wanted (sorting them all cost more). Keys are unique and scores
    # positive, so the pops come in the order of a sort by score, then name.
    ranked = [(-score, key) for key, score in scores.items()]
    heapify(ranked)
    while ranked and len(chosen) < limit:
        key = heappop(ranked)[1]
        if key in taken_in_phrases:
            continue
        chosen.append(key)
        if " " in key:
            taken_in_phrases.update(key.split(" "))
    wanted = {word for key in chosen for word in key.split(" ")}
    # The items that spell a chosen word, with their keys, picked out and counted in C,
    # in order of first appearance (an item has one key: one entry per item).
    # (one mask for both, so only the picked items are paired)
    picked_at = list(map(wanted.__contains__, keys))
    picked = Counter(zip(compress(items, picked_at), compress(keys, picked_at), strict=True))
    spelling: dict[str | None, dict[str, int]] = {}  # no None key: picked keys are wanted
    for (item, word_key), seen in picked.items():
        spelling.setdefault(word_key, {})[item] = seen
    return [
        _surface(key, spelling)
        if " " not in key
        else " ".join([_surface(w, spelling) for w in key.split()])
        for key in chosen
    ]


def _repeated_word_pairs(
    keys: list[str | None], counts: Counter[str]
) -> list[tuple[tuple[str, str], int]]:
    """Pairs of adjacent content words seen more than once, with their counts, in order of
    first appearance.

    Both words of such a pair are seen more than once too, and those are few: only their
    positions (picked out in C) are visited, not every pair of the text.
    """
    repeated = {key for key, seen in counts.items() if seen > _ONE}
    pairs: dict[tuple[str, str], int] = {}
    before, before_key = -2, ""
    for at in compress(count(), map(repeated.__contains__, keys)):
        key = cast(str, keys[at])
        if at == before + 1:
            pair = (before_key, key)
            pairs[pair] = pairs.get(pair, 0) + 1
        before, before_key = at, key
    return [(pair, seen) for pair, seen in pairs.items() if seen > _ONE]


@functools.lru_cache(maxsize=1 << 16)
def _key(word: str) -> str | None:
    """The counting key of a word as written, or None for a word that is never a keyword.

    Cached: a pure function of the word and constant tables, and news reuses its words.
    """
    low = word.lower().replace("’", "'").rstrip(".")
    if low.endswith("'s"):
        low = low[:-2]
    if len(low) < 3 or low in _EXCLUDED:
        return None
    if low.endswith(_CONTRACTIONS):
        return None  # "didn't", "we're": grammar, not topic
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 4:
        low = low[:-1]  # a light plural fold: "drones" and "drone" count together
    return low


def _surface(key: str, spelling: dict[str | None, dict[str, int]]) -> str:
    """The spelling most used in the text: "NATO" stays in capitals, "drone" lower case."""
    forms = spelling.get(key)
    if not forms:
        return key
    if len(forms) == 1:  # one spelling (most words): nothing to weigh
        (best,) = forms
        all_capitalised = best[0].isupper()
    else:
        # ties: a long word's written form over its capitals (a dateline's "SEOUL"; an
        # acronym, "NATO", is short), then the first seen
        best = max(forms, key=lambda form: (forms[form], len(form) <= 4 or not form.isupper()))
        all_capitalised = all(f[0].isupper() for f in forms)
    # A possessive is the word's form in one phrase ("the airline's shares"), not its name.
    if best.endswith(("'s", "’s")) and len(best) > 2:
        best = best[:-2]
    if best.isupper() and len(best) > 1:
        return best
    if best[0].isupper() and all_capitalised:
        return best.rstrip("'’")
    return best.lower()
