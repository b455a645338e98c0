"""The dedupe window: which earlier article, if any, a new one duplicates (stateful, not core).

The core computes fingerprints (``content_sha256``, ``simhash``); the runtime asks a
window built by ``build_window`` and writes the answer to ``fingerprints.duplicate_of``.
"""

from consumer.dedupe.config import DedupeConfig
from consumer.dedupe.factory import build_async_window, build_window
from consumer.dedupe.memory import InMemoryDedupeWindow
from consumer.dedupe.window import AsyncDedupeWindow, DedupeWindow, band_values, parse_simhash

__all__ = [
    "AsyncDedupeWindow",
    "DedupeConfig",
    "DedupeWindow",
    "InMemoryDedupeWindow",
    "band_values",
    "build_async_window",
    "build_window",
    "parse_simhash",
]
