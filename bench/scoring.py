"""The extraction metrics.

Corpora with a true body: precision and recall of word 4-shingles per document,
macro-averaged. trafilatura's evaluation set (passages a body must and must not hold):
its own metric, passages counted over the whole set (``snippet_counts``).
"""

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


_SPACE = re.compile(r"\s+")


def _squeezed(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class SnippetCounts:
    """Passages of one page: held as required (tp), held though excluded (fp), ..."""

    tp: int
    fp: int
    fn: int
    tn: int


def snippet_counts(
    extracted: str, must_hold: tuple[str, ...], must_not_hold: tuple[str, ...]
) -> SnippetCounts:
    """Which passages the extracted body holds (whitespace-normalised substring test,
    as trafilatura's ``tests/eval_common.count_item``)."""
    body = _squeezed(extracted)
    held = sum(1 for passage in must_hold if _squeezed(passage) in body)
    excluded_held = sum(1 for passage in must_not_hold if _squeezed(passage) in body)
    return SnippetCounts(
        held, excluded_held, len(must_hold) - held, len(must_not_hold) - excluded_held
    )


def micro(counts: list[SnippetCounts]) -> dict[str, float]:
    """Precision, recall, F1 and accuracy of the passages summed over all pages."""
    tp, fp = sum(c.tp for c in counts), sum(c.fp for c in counts)
    fn, tn = sum(c.fn for c in counts), sum(c.tn for c in counts)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    accuracy = (tp + tn) / (tp + fp + fn + tn) if counts else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f1, 4),
        "accuracy": round(accuracy, 4),
    }
