"""Content fingerprints: an exact hash of the normalised body and a 64-bit simhash."""

from __future__ import annotations

import hashlib
import re

_WORD = re.compile(r"\w+")


def normalised_body(paragraphs: list[str]) -> str:
    """Lower-case words separated by single spaces: what identical content shares."""
    return " ".join(_WORD.findall(" ".join(paragraphs).lower()))


def simhash64(text: str) -> int:
    """Charikar simhash over word 3-shingles (blake2b-64 of each shingle)."""
    words = text.split()
    shingles = [" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))]
    weights = [0] * 64
    for shingle in shingles:
        value = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def fingerprints(paragraphs: list[str]) -> dict[str, str]:
    body = normalised_body(paragraphs)
    return {
        "content_sha256": hashlib.sha256(body.encode("utf-8")).hexdigest(),
        "simhash": f"{simhash64(body):016x}",
    }
