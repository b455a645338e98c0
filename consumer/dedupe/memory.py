"""A dedupe window in this process's memory: what one replica has seen itself.

The simhashes live in a numpy ring buffer, and a near lookup compares the new hash with
every live one at once (XOR and popcount in C): about 0.1 ms for 20,000 articles, with
no bands to maintain. Entries leave in arrival order, by count or by age.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from consumer.dedupe.window import parse_simhash

_FAR = 65  # more than any distance between two 64-bit hashes
_POPCOUNT_BYTE = np.array([bin(n).count("1") for n in range(256)], dtype=np.uint8)


@dataclass(frozen=True, slots=True)
class _Entry:
    sha: str
    slot: int
    root: str  # the first article of its duplicate chain (itself if original)
    verdict: str | None


class InMemoryDedupeWindow:
    """The last ``window_size`` articles younger than ``max_age_seconds``."""

    def __init__(
        self,
        window_size: int,
        max_age_seconds: float,
        max_hamming_distance: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._size = window_size
        self._max_age = max_age_seconds
        self._max_distance = max_hamming_distance
        self._clock = clock
        self._hashes = np.zeros(window_size, dtype=np.uint64)
        self._added = np.zeros(window_size, dtype=np.float64)
        self._live = np.zeros(window_size, dtype=bool)
        self._ids: list[str | None] = [None] * window_size
        self._entries: dict[str, _Entry] = {}
        self._by_sha: dict[str, str] = {}
        self._head = 0  # the slot the next article takes
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def check_and_add(self, article_id: str, content_sha256: str, simhash: int | str) -> str | None:
        """See ``DedupeWindow.check_and_add``."""
        now = self._clock()
        self._evict_older_than(now - self._max_age)
        seen = self._entries.get(article_id)
        if seen is not None:
            return seen.verdict
        value = parse_simhash(simhash)
        match = self._by_sha.get(content_sha256) or self._nearest(value)
        verdict = self._entries[match].root if match is not None else None
        if verdict == article_id:
            verdict = None  # the root of its own chain came back after leaving the window
        if self._count == self._size:
            self._forget_oldest()
        slot = self._head
        self._hashes[slot] = value
        self._added[slot] = now
        self._live[slot] = True
        self._ids[slot] = article_id
        self._entries[article_id] = _Entry(content_sha256, slot, verdict or article_id, verdict)
        self._by_sha.setdefault(content_sha256, article_id)
        self._head = (slot + 1) % self._size
        self._count += 1
        return verdict

    def close(self) -> None:
        """Nothing to release: the window lives and dies with the process."""

    def _nearest(self, value: int) -> str | None:
        """The live article with the closest simhash within the distance; oldest on ties."""
        if self._count == 0:
            return None
        distances = _popcount(self._hashes ^ np.uint64(value)).astype(np.int16)
        distances[~self._live] = _FAR
        best = int(distances.min())
        if best > self._max_distance:
            return None
        ties = np.flatnonzero(distances == best)
        slot = int(ties[np.argmin(self._added[ties])])
        return self._ids[slot]

    def _evict_older_than(self, cutoff: float) -> None:
        while self._count and self._added[self._oldest_slot()] < cutoff:
            self._forget_oldest()

    def _oldest_slot(self) -> int:
        return (self._head - self._count) % self._size

    def _forget_oldest(self) -> None:
        slot = self._oldest_slot()
        article_id = self._ids[slot]
        self._live[slot] = False
        self._ids[slot] = None
        self._count -= 1
        if article_id is None:
            return
        entry = self._entries.pop(article_id)
        if self._by_sha.get(entry.sha) == article_id:
            del self._by_sha[entry.sha]


def _popcount(values: np.ndarray) -> np.ndarray:
    """Bits set in each uint64 (numpy 2's ``bitwise_count``, else a byte table)."""
    count = getattr(np, "bitwise_count", None)
    if count is not None:
        return np.asarray(count(values))
    per_byte = _POPCOUNT_BYTE[values.view(np.uint8)].reshape(-1, 8)
    return np.asarray(per_byte.sum(axis=1, dtype=np.uint8))
