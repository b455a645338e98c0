"""The ``[dedupe]`` settings, validated once at start-up."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Backend = Literal["memory", "redis"]


class InvalidDedupeSetting(ValueError):
    """A ``[dedupe]`` value that cannot work; the message names the key."""


@dataclass(frozen=True, slots=True)
class DedupeConfig:
    enabled: bool = True
    backend: Backend = "memory"
    redis_url: str = "redis://127.0.0.1:6379/0"
    key_prefix: str = "news-consumer:dedupe"
    window_size: int = 20_000
    max_age_seconds: int = 7 * 24 * 3600
    max_hamming_distance: int = 14

    def __post_init__(self) -> None:
        if self.backend not in ("memory", "redis"):
            raise InvalidDedupeSetting(
                f"dedupe.backend must be 'memory' or 'redis', not {self.backend!r}"
            )
        if self.window_size < 1:
            raise InvalidDedupeSetting("dedupe.window_size must be at least 1")
        if self.max_age_seconds < 1:
            raise InvalidDedupeSetting("dedupe.max_age_seconds must be at least 1")
        if not 0 <= self.max_hamming_distance <= 16:
            raise InvalidDedupeSetting("dedupe.max_hamming_distance must be between 0 and 16")
        if self.backend == "redis" and not self.redis_url.startswith(
            ("redis://", "rediss://", "unix://")
        ):
            raise InvalidDedupeSetting(
                "dedupe.redis_url must be a redis://, rediss:// or unix:// URL"
            )
