"""The extraction metric: precision and recall of word 4-shingles, macro-averaged."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Multiset of lower-cased word ``size``-grams (a shorter text is one shingle)."""
    words = _WORD.findall(text.lower())
    if 0 < len(words) < size:
        return Counter([tuple(words)])
    return Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float


def score(extracted: str, truth: str) -> Score:
    """Shingle precision and recall of one document.

    An empty extraction has precision 0 (unless the truth is empty too), so emitting
    nothing is never rewarded.
    """
    got, want = shingles(extracted), shingles(truth)
    if not got or not want:
        same = not got and not want
        return Score(1.0 if same else 0.0, 1.0 if same or not want else 0.0)
    common = sum((got & want).values())
    return Score(common / sum(got.values()), common / sum(want.values()))


def macro(scores: list[Score]) -> dict[str, float]:
    """Macro-averaged precision and recall, and the F1 of the two averages."""
    if not scores:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    p = sum(s.precision for s in scores) / len(scores)
    r = sum(s.recall for s in scores) / len(scores)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}
