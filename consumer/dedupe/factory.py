"""Build the configured window: in memory per replica, or shared in Redis."""

from __future__ import annotations

import redis
import redis.asyncio as aioredis

from consumer.dedupe.config import DedupeConfig
from consumer.dedupe.memory import InMemoryDedupeWindow
from consumer.dedupe.redis_window import AsyncRedisDedupeWindow, RedisDedupeWindow
from consumer.dedupe.window import AsyncDedupeWindow, DedupeWindow


def build_window(config: DedupeConfig) -> DedupeWindow | None:
    """A blocking window, or None when dedupe is disabled."""
    if not config.enabled:
        return None
    if config.backend == "memory":
        return _memory_window(config)
    return RedisDedupeWindow(
        redis.Redis.from_url(config.redis_url),
        window_size=config.window_size,
        max_age_seconds=config.max_age_seconds,
        max_hamming_distance=config.max_hamming_distance,
        key_prefix=config.key_prefix,
    )


def _memory_window(config: DedupeConfig) -> InMemoryDedupeWindow:
    return InMemoryDedupeWindow(
        config.window_size, config.max_age_seconds, config.max_hamming_distance
    )


class _AsyncMemoryWindow:
    """The in-memory window behind the async interface (its calls never block)."""

    def __init__(self, window: InMemoryDedupeWindow) -> None:
        self._window = window

    async def check_and_add(
        self, article_id: str, content_sha256: str, simhash: int | str
    ) -> str | None:
        return self._window.check_and_add(article_id, content_sha256, simhash)

    async def close(self) -> None:
        self._window.close()


def build_async_window(config: DedupeConfig) -> AsyncDedupeWindow | None:
    """A window for the asyncio runtime, or None when dedupe is disabled."""
    if not config.enabled:
        return None
    if config.backend == "memory":
        return _AsyncMemoryWindow(_memory_window(config))
    return AsyncRedisDedupeWindow(
        aioredis.Redis.from_url(config.redis_url),
        window_size=config.window_size,
        max_age_seconds=config.max_age_seconds,
        max_hamming_distance=config.max_hamming_distance,
        key_prefix=config.key_prefix,
    )
