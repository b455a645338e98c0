"""Keywords of an article: frequent content words and repeated phrases, title words first.

A small statistical scorer in the manner of YAKE and RAKE, written here because yake
costs about 30 ms per article (measured on the seed), more than the whole throughput
budget of the enrichment; this one costs well under a millisecond.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

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
_ITEM = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]|\d[\w.,]*|[^\w\s]|\n")
_PHRASE_BONUS = 1.5
_TITLE_BONUS = 2.0


def extract_keywords(paragraphs: list[str], title: str | None, limit: int) -> list[str]:
    """Up to ``limit`` keywords, best first; phrases seen twice beat their single words.

    Counting runs in ``Counter`` and ``map`` (C), not in a loop per word.
    """
    if limit <= 0:
        return []
    # Words as written and the marks between them, found in C by one regex; a mark,
    # a number or a stopword maps to None and breaks a phrase.
    items = _ITEM.findall("\n".join(paragraphs))
    memo = {item: (_key(item) if item[0].isalpha() else None) for item in set(items)}
    keys = list(map(memo.__getitem__, items))
    counts = Counter(filter(None, keys))
    if not counts:
        return []
    pairs = Counter(pairwise(keys))
    order = {key: rank for rank, key in enumerate(dict.fromkeys(filter(None, keys)))}
    spelling: dict[str, Counter[str]] = {}
    for word, seen in Counter(items).items():
        key = memo[word]
        if key is not None:
            spelling.setdefault(key, Counter())[word] += seen
    title_keys = {k for w in _WORD.findall(title or "") if (k := _key(w))}
    distinct = len(order)
    scores: dict[str, float] = {}
    for key, count in counts.items():
        early = 1.0 + (1.0 - order[key] / distinct)  # words of the lead weigh more
        scores[key] = count * early * (_TITLE_BONUS if key in title_keys else 1.0)
    for (first, second), count in pairs.items():
        if count >= 2 and first is not None and second is not None and first != second:
            best_word = max(scores[first] / counts[first], scores[second] / counts[second])
            scores[f"{first} {second}"] = count * _PHRASE_BONUS * best_word
    chosen: list[str] = []
    for key in sorted(scores, key=lambda k: (-scores[k], k)):
        if any(key in c.split(" ") for c in chosen if " " in c):
            continue
        chosen.append(key)
        if len(chosen) == limit:
            break
    return [" ".join(_surface(w, spelling) for w in key.split()) for key in chosen]


def _key(word: str) -> str | None:
    low = word.lower().replace("’", "'").rstrip(".")
    if low.endswith("'s"):
        low = low[:-2]
    if len(low) < 3 or low in STOPWORDS or low in _GENERIC or low in CALENDAR_WORDS:
        return None
    if low.endswith(_CONTRACTIONS):
        return None  # "didn't", "we're": grammar, not topic
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 4:
        low = low[:-1]  # a light plural fold: "drones" and "drone" count together
    return low


def _surface(key: str, spelling: dict[str, Counter[str]]) -> str:
    """The spelling most used in the text: "NATO" stays in capitals, "drone" lower case."""
    forms = spelling.get(key)
    if not forms:
        return key
    best = forms.most_common(1)[0][0]
    if best.isupper() and len(best) > 1:
        return best
    if best[0].isupper() and all(f[0].isupper() for f in forms):
        return best.rstrip("'’")
    return best.lower()
