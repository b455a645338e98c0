"""The window's interface and the locality-sensitive bands both implementations share."""

from __future__ import annotations

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
