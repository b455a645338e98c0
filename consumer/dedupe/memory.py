"""A dedupe window in this process's memory: what one replica has seen itself."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from consumer.dedupe.window import band_values, parse_simhash


@dataclass(frozen=True, slots=True)
class _Entry:
    sha: str
    simhash: int
    added_at: float
    root: str  # the first article of its duplicate chain (itself if original)
    verdict: str | None


class InMemoryDedupeWindow:
    """The last ``window_size`` articles younger than ``max_age_seconds``, with LSH buckets."""

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
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._by_sha: dict[str, str] = {}
        self._buckets: dict[tuple[int, int], set[str]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def check_and_add(self, article_id: str, content_sha256: str, simhash: int | str) -> str | None:
        """See ``DedupeWindow.check_and_add``."""
        now = self._clock()
        self._evict(now)
        seen = self._entries.get(article_id)
        if seen is not None:
            return seen.verdict
        value = parse_simhash(simhash)
        match = self._by_sha.get(content_sha256) or self._nearest(value)
        verdict = self._entries[match].root if match is not None else None
        if verdict == article_id:
            verdict = None  # the root of its own chain came back after leaving the window
        self._entries[article_id] = _Entry(
            content_sha256, value, now, verdict or article_id, verdict
        )
        self._by_sha.setdefault(content_sha256, article_id)
        for band in band_values(value, self._max_distance):
            self._buckets.setdefault(band, set()).add(article_id)
        return verdict

    def close(self) -> None:
        """Nothing to release: the window lives and dies with the process."""

    def _nearest(self, value: int) -> str | None:
        best: tuple[int, float, str] | None = None
        for band in band_values(value, self._max_distance):
            for candidate in self._buckets.get(band, ()):
                entry = self._entries[candidate]
                distance = (entry.simhash ^ value).bit_count()
                if distance <= self._max_distance:
                    key = (distance, entry.added_at, candidate)
                    if best is None or key < best:
                        best = key
        return best[2] if best else None

    def _evict(self, now: float) -> None:
        while self._entries:
            oldest_id, oldest = next(iter(self._entries.items()))
            if len(self._entries) < self._size and now - oldest.added_at <= self._max_age:
                break
            self._forget(oldest_id, oldest)

    def _forget(self, article_id: str, entry: _Entry) -> None:
        del self._entries[article_id]
        if self._by_sha.get(entry.sha) == article_id:
            del self._by_sha[entry.sha]
        for band in band_values(entry.simhash, self._max_distance):
            bucket = self._buckets.get(band)
            if bucket is not None:
                bucket.discard(article_id)
                if not bucket:
                    del self._buckets[band]
