"""Content fingerprints: an exact hash of the normalised body and a 64-bit simhash."""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

_WORD = re.compile(r"\w+")
_MASK = (1 << 64) - 1
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_STEP = np.uint64(0x9E3779B97F4A7C15)
_CRC_SEED = 0x9E3779B9


def normalised_body(paragraphs: list[str]) -> str:
    """Lower-case words separated by single spaces: what identical content shares."""
    return " ".join(_WORD.findall(" ".join(paragraphs).lower()))


def simhash64(text: str) -> int:
    """Charikar simhash over word 3-shingles, each shingle weighing the same.

    Each distinct word is hashed once (two seeded CRC-32s, a fast stable hash; the
    splitmix64 finaliser then spreads it over 64 bits); a shingle's hash mixes its three
    word hashes in order with rotations. The per-shingle work is numpy array operations.
    """
    words = text.split()
    if not words:
        return 0
    vocabulary: dict[str, int] = {}
    ids = [vocabulary.setdefault(word, len(vocabulary)) for word in words]
    encoded = [word.encode() for word in vocabulary]
    word_hashes = np.array(
        [zlib.crc32(b) << 32 | zlib.crc32(b, _CRC_SEED) for b in encoded], dtype=np.uint64
    )
    word_hashes = _splitmix(word_hashes)
    h = word_hashes[np.array(ids, dtype=np.intp)]
    if len(h) >= 3:
        h = h[:-2] ^ _rotate(h[1:-1], 21) ^ _rotate(h[2:], 42)
    shingles = _splitmix(h + _STEP)
    as_bytes = shingles.astype("<u8").view(np.uint8).reshape(-1, 8)
    votes = np.unpackbits(as_bytes, axis=1, bitorder="little").sum(axis=0).tolist()
    return sum(1 << bit for bit, count in enumerate(votes) if count * 2 > len(shingles))


def _rotate(values: np.ndarray, bits: int) -> np.ndarray:
    return (values << np.uint64(bits)) | (values >> np.uint64(64 - bits))


def _splitmix(values: np.ndarray) -> np.ndarray:
    values = (values ^ (values >> np.uint64(30))) * _MIX1
    values = (values ^ (values >> np.uint64(27))) * _MIX2
    return values ^ (values >> np.uint64(31))


def hamming_distance(a: int, b: int) -> int:
    """Number of differing bits between two simhashes."""
    return (a ^ b).bit_count()


def fingerprints(paragraphs: list[str]) -> dict[str, str]:
    """``content_sha256`` of the normalised body and its ``simhash`` as 16 hex digits."""
    body = normalised_body(paragraphs)
    return {
        "content_sha256": hashlib.sha256(body.encode("utf-8")).hexdigest(),
        "simhash": f"{simhash64(body):016x}",
    }
