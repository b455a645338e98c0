"""Near-duplicate pairs for bench-enrich: same story with edits vs different stories.

Positives: an article and a copy edited the way republishers and updates edit (words
swapped, a sentence or the last paragraph dropped, a boilerplate line added, typos, a
new lead sentence, or several of these). Negatives: every pair of different articles,
plus "follow-ups": a different story that reuses up to a third of the first one's
paragraphs as background (same topic, shared text, not the same story).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from consumer.core.enrich.fingerprint import fingerprints, hamming_distance
from consumer.dedupe import InMemoryDedupeWindow

_SWAPS = {
    "said": "says",
    "the": "a",
    "was": "is",
    "would": "will",
    "after": "following",
    "about": "around",
    "on": "upon",
    "people": "residents",
    "also": "too",
    "but": "however",
}
_BOILERPLATE = (
    "Follow us on social media for more news on this story.",
    "Read more: the latest updates from our correspondents.",
    "This article was originally published by our partner site.",
)
EDITS = ("swap_words", "drop_sentence", "add_boilerplate", "typos", "trim_end", "new_lead", "mixed")


@dataclass(frozen=True, slots=True)
class PairResult:
    max_distance: int
    positives: int
    negatives: int
    precision: float
    recall: float
    positive_distances: list[int]
    negative_distances: list[int]


def edited_copy(paragraphs: Sequence[str], edit: str, rng: random.Random) -> list[str]:
    """The same story as a republisher or an update would change it."""
    paras = list(paragraphs)
    if edit in ("swap_words", "mixed"):
        paras = [
            " ".join(_SWAPS.get(w, w) if rng.random() < 0.2 else w for w in p.split())
            for p in paras
        ]
    if edit in ("drop_sentence", "mixed") and paras:
        i = rng.randrange(len(paras))
        sentences = paras[i].split(". ")
        if len(sentences) > 1:
            del sentences[rng.randrange(len(sentences))]
            paras[i] = ". ".join(sentences)
    if edit in ("add_boilerplate", "mixed"):
        paras.append(rng.choice(_BOILERPLATE))
    if edit == "typos":
        paras = [
            "".join(c for j, c in enumerate(p) if not (c.isalpha() and rng.random() < 0.01))
            for p in paras
        ]
    if edit == "trim_end" and len(paras) > 5:
        paras = paras[:-1]
    if edit == "new_lead" and paras:
        paras[0] = "UPDATED: " + paras[0].split(". ", 1)[-1]
    return paras


def follow_up(first: Sequence[str], other: Sequence[str], rng: random.Random) -> list[str]:
    """A different story (``other``) that reuses a third of ``first`` as background."""
    reused = max(1, len(first) // 3)
    background = rng.sample(list(first), min(reused, len(first)))
    return [*other[: max(2, len(other) - reused)], *background]


def evaluate_pairs(
    bodies: Sequence[Sequence[str]], max_distance: int, seed: int = 7, copies: int = 7
) -> PairResult:
    """Precision and recall of the dedupe window's verdict on generated pairs."""
    rng = random.Random(seed)
    prints = [fingerprints(list(b)) for b in bodies]
    positive: list[int] = []
    negative: list[int] = []
    tp = fp = fn = 0
    for i, body in enumerate(bodies):
        for n in range(copies):
            copy = fingerprints(edited_copy(body, EDITS[n % len(EDITS)], rng))
            positive.append(_distance(prints[i], copy))
            if _verdict(prints[i], copy, max_distance):
                tp += 1
            else:
                fn += 1
        others = [j for j in range(len(bodies)) if j != i]
        for j in others:
            if j > i:
                negative.append(_distance(prints[i], prints[j]))
                fp += _verdict(prints[i], prints[j], max_distance)
        for j in rng.sample(others, min(3, len(others))):
            later = fingerprints(follow_up(body, bodies[j], rng))
            negative.append(_distance(prints[i], later))
            fp += _verdict(prints[i], later, max_distance)
    return PairResult(
        max_distance=max_distance,
        positives=len(positive),
        negatives=len(negative),
        precision=round(tp / max(tp + fp, 1), 4),
        recall=round(tp / max(tp + fn, 1), 4),
        positive_distances=positive,
        negative_distances=negative,
    )


def _distance(a: dict[str, str], b: dict[str, str]) -> int:
    return hamming_distance(int(a["simhash"], 16), int(b["simhash"], 16))


def _verdict(first: dict[str, str], second: dict[str, str], max_distance: int) -> bool:
    window = InMemoryDedupeWindow(10, 3600, max_distance)
    window.check_and_add("first", first["content_sha256"], first["simhash"])
    return window.check_and_add("second", second["content_sha256"], second["simhash"]) == "first"
