"""The window's interface and the locality-sensitive bands both implementations share."""

from __future__ import annotations

from functools import cache
from itertools import combinations
from math import comb
from typing import Protocol


class DedupeWindow(Protocol):
    def check_and_add(self, article_id: str, content_sha256: str, simhash: int | str) -> str | None:
        """Record the article; return the id of the earlier article it duplicates, or None.

        Exact duplicates share ``content_sha256``; near duplicates have simhashes within the
        configured Hamming distance. The answer is the first article of a chain of
        duplicates. Seeing the same ``article_id`` again (a redelivery) returns the verdict
        it had the first time and never makes an article a duplicate of itself.
        """
        ...

    def close(self) -> None:
        """Release the connection, if any."""
        ...


class AsyncDedupeWindow(Protocol):
    async def check_and_add(
        self, article_id: str, content_sha256: str, simhash: int | str
    ) -> str | None:
        """As ``DedupeWindow.check_and_add``, without blocking the event loop."""
        ...

    async def close(self) -> None:
        """Release the connection, if any."""
        ...


def parse_simhash(simhash: int | str) -> int:
    """The simhash as an int, from the 16-hex-digit form of the output record or an int."""
    value = int(simhash, 16) if isinstance(simhash, str) else simhash
    if not 0 <= value < 1 << 64:
        raise ValueError(f"simhash {simhash!r} is not a 64-bit value")
    return value


def band_values(simhash: int, max_distance: int) -> list[tuple[int, int]]:
    """Split the 64 bits into ``max_distance + 1`` bands: (band index, band value) pairs.

    By the pigeonhole principle two hashes within ``max_distance`` bits agree on at least
    one whole band, so looking up equal bands finds every near duplicate.
    """
    bands = max_distance + 1
    values: list[tuple[int, int]] = []
    low = 0
    for index in range(bands):
        width = 64 // bands + (1 if index < 64 % bands else 0)
        values.append((index, simhash >> low & ((1 << width) - 1)))
        low += width
    return values


# A probe (one SMEMBERS in the Lua script) costs about as much as ten candidates checked
# from their "hi:lo:id" member strings (measured with redis-server 7 on this machine).
_PROBE_COST = 10


@cache
def index_plan(max_distance: int, window_size: int) -> tuple[int, int]:
    """How to cut the 64 bits for a window: (number of substrings, probe radius).

    Multi-index hashing: if two hashes differ in at most ``max_distance`` bits, then one
    of ``m`` substrings differs in at most ``max_distance // m`` bits. Every article is
    filed under its ``m`` exact substrings; a lookup probes each substring's values within
    that radius. The ``m`` chosen balances probes against candidates per probe for the
    expected window size (``m = max_distance + 1`` with radius 0 is plain banding).
    """
    best: tuple[float, int, int] | None = None
    for parts in range(1, min(max_distance + 1, 16) + 1):
        width = 64 // parts
        radius = max_distance // parts
        probes = parts * sum(comb(width, i) for i in range(radius + 1))
        candidates = probes * window_size / 2**width
        cost = _PROBE_COST * probes + candidates
        if best is None or cost < best[0]:
            best = (cost, parts, radius)
    assert best is not None
    return best[1], best[2]


def substrings(simhash: int, parts: int) -> list[tuple[int, int, int]]:
    """(index, width, value) of each of ``parts`` nearly equal slices of the 64 bits."""
    slices: list[tuple[int, int, int]] = []
    low = 0
    for index in range(parts):
        width = 64 // parts + (1 if index < 64 % parts else 0)
        slices.append((index, width, simhash >> low & ((1 << width) - 1)))
        low += width
    return slices


def probe_values(value: int, width: int, radius: int) -> list[int]:
    """``value`` and every value of ``width`` bits within ``radius`` flipped bits of it."""
    values = [value]
    for flips in range(1, radius + 1):
        for bits in combinations(range(width), flips):
            flipped = value
            for bit in bits:
                flipped ^= 1 << bit
            values.append(flipped)
    return values
