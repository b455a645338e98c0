"""Both windows answer the same: exact and near duplicates, bounds, redeliveries, sharing."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable

import pytest
import redis
import redis.asyncio as aioredis

from consumer.dedupe import (
    DedupeConfig,
    InMemoryDedupeWindow,
    band_values,
    build_async_window,
    build_window,
)
from consumer.dedupe.config import InvalidDedupeSetting
from consumer.dedupe.redis_window import AsyncRedisDedupeWindow, RedisDedupeWindow
from consumer.dedupe.window import DedupeWindow
from consumer.settings import SettingsError, load_settings

BASE = 0x0123456789ABCDEF
NEAR = BASE ^ 0b10101  # 3 bits apart
FAR = ~BASE & (1 << 64) - 1

WindowFactory = Callable[..., DedupeWindow]


@pytest.fixture(params=["memory", "redis"])
def make_window(request: pytest.FixtureRequest) -> WindowFactory:
    def memory(size: int = 100, age: int = 3600, distance: int = 4) -> DedupeWindow:
        return InMemoryDedupeWindow(size, age, distance)

    def shared(size: int = 100, age: int = 3600, distance: int = 4) -> DedupeWindow:
        client = redis.Redis.from_url(request.getfixturevalue("redis_url"))
        return RedisDedupeWindow(
            client,
            window_size=size,
            max_age_seconds=age,
            max_hamming_distance=distance,
            key_prefix=f"test:{uuid.uuid4().hex}",
        )

    return memory if request.param == "memory" else shared


def test_first_article_is_original(make_window: WindowFactory) -> None:
    assert make_window().check_and_add("a", "sha-a", BASE) is None


def test_exact_copy_points_to_first(make_window: WindowFactory) -> None:
    window = make_window()
    window.check_and_add("a", "sha-a", BASE)
    assert window.check_and_add("b", "sha-a", FAR) == "a"


def test_near_copy_within_distance(make_window: WindowFactory) -> None:
    window = make_window()
    window.check_and_add("a", "sha-a", f"{BASE:016x}")
    assert window.check_and_add("b", "sha-b", f"{NEAR:016x}") == "a"


def test_far_article_is_original(make_window: WindowFactory) -> None:
    window = make_window()
    window.check_and_add("a", "sha-a", BASE)
    assert window.check_and_add("b", "sha-b", BASE ^ 0b11111) is None  # 5 bits > 4
    assert window.check_and_add("c", "sha-c", FAR) is None


def test_chain_reports_first_article(make_window: WindowFactory) -> None:
    window = make_window()
    window.check_and_add("a", "sha-a", BASE)
    window.check_and_add("b", "sha-b", BASE ^ 0b11)
    assert window.check_and_add("c", "sha-c", BASE ^ 0b11 ^ 0b1100) == "a"


def test_redelivery_keeps_its_verdict(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.check_and_add("a", "sha-a", BASE) is None
    assert window.check_and_add("b", "sha-a", BASE) == "a"
    assert window.check_and_add("a", "sha-a", BASE) is None
    assert window.check_and_add("b", "sha-a", BASE) == "a"


def test_size_bound_forgets_oldest(make_window: WindowFactory) -> None:
    window = make_window(size=2)
    window.check_and_add("a", "sha-a", BASE)
    window.check_and_add("b", "sha-b", FAR)
    window.check_and_add("c", "sha-c", FAR ^ (1 << 40) - 1)
    assert window.check_and_add("d", "sha-a", BASE) is None


def test_memory_age_bound_forgets_old() -> None:
    now = [1000.0]
    window = InMemoryDedupeWindow(100, 60, 4, clock=lambda: now[0])
    window.check_and_add("a", "sha-a", BASE)
    now[0] += 61
    assert window.check_and_add("b", "sha-a", BASE) is None
    assert len(window) == 1


def test_redis_keys_expire_with_age(redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    prefix = f"test:{uuid.uuid4().hex}"
    window = RedisDedupeWindow(
        client, window_size=10, max_age_seconds=30, max_hamming_distance=4, key_prefix=prefix
    )
    window.check_and_add("a", "sha-a", BASE)
    ttls = [client.ttl(key) for key in client.scan_iter(f"{prefix}:*")]
    assert ttls and all(0 < ttl <= 30 for ttl in ttls)


def test_replicas_share_a_redis_window(redis_url: str) -> None:
    prefix = f"test:{uuid.uuid4().hex}"
    replicas = [
        RedisDedupeWindow(
            redis.Redis.from_url(redis_url),
            window_size=10,
            max_age_seconds=60,
            max_hamming_distance=4,
            key_prefix=prefix,
        )
        for _ in range(2)
    ]
    alone = [InMemoryDedupeWindow(10, 60, 4) for _ in range(2)]
    assert replicas[0].check_and_add("a", "sha-a", BASE) is None
    assert replicas[1].check_and_add("b", "sha-b", NEAR) == "a"
    alone[0].check_and_add("a", "sha-a", BASE)
    assert alone[1].check_and_add("b", "sha-b", NEAR) is None  # a replica sees only its own


async def test_async_redis_window_is_atomic_under_concurrency(redis_url: str) -> None:
    prefix = f"test:{uuid.uuid4().hex}"
    windows = [
        AsyncRedisDedupeWindow(
            aioredis.Redis.from_url(redis_url),
            window_size=100,
            max_age_seconds=60,
            max_hamming_distance=4,
            key_prefix=prefix,
        )
        for _ in range(4)
    ]
    verdicts = await asyncio.gather(
        *(w.check_and_add(f"copy-{n}", "same-sha", BASE) for n, w in enumerate(windows))
    )
    assert sorted(v is None for v in verdicts) == [False, False, False, True]
    original = next(f"copy-{n}" for n, v in enumerate(verdicts) if v is None)
    assert all(v in (None, original) for v in verdicts)
    for window in windows:
        await window.close()


def test_bands_cover_the_distance() -> None:
    bands = band_values(BASE, 6)
    assert len(bands) == 7
    near = band_values(BASE ^ 0b111111, 6)
    assert any(a == b for a, b in zip(bands, near, strict=True))


def test_config_from_settings_and_errors(tmp_path) -> None:
    config_file = tmp_path / "c.toml"
    config_file.write_text('[dedupe]\nbackend = "memory"\nwindow_size = 5\n')
    config = load_settings(config_file).dedupe.to_config()
    assert isinstance(build_window(config), InMemoryDedupeWindow)
    assert build_window(DedupeConfig(enabled=False)) is None
    with pytest.raises(InvalidDedupeSetting, match=r"dedupe\.backend"):
        DedupeConfig(backend="disk")  # type: ignore[arg-type]
    config_file.write_text('[dedupe]\ncolour = "red"\n')
    with pytest.raises(SettingsError, match=r"dedupe\.colour"):
        load_settings(config_file)
    config_file.write_text('[dedupe]\nbackend = "redis"\nredis_url = "http://x"\n')
    with pytest.raises(SettingsError, match=r"dedupe\.redis_url"):
        load_settings(config_file)


async def test_factories_build_each_backend(redis_url: str) -> None:
    memory = build_async_window(DedupeConfig(window_size=10))
    assert memory is not None
    assert await memory.check_and_add("a", "sha-a", BASE) is None
    assert await memory.check_and_add("b", "sha-a", BASE) == "a"
    prefix = f"test:{uuid.uuid4().hex}"
    config = DedupeConfig(backend="redis", redis_url=redis_url, key_prefix=prefix)
    shared_async = build_async_window(config)
    shared_sync = build_window(config)
    assert isinstance(shared_async, AsyncRedisDedupeWindow)
    assert isinstance(shared_sync, RedisDedupeWindow)
    assert await shared_async.check_and_add("a", "sha-a", BASE) is None
    assert shared_sync.check_and_add("b", "sha-b", NEAR) == "a"
    await shared_async.close()
    shared_sync.close()
    assert build_async_window(DedupeConfig(enabled=False)) is None


def test_popcount_byte_table_matches_python() -> None:
    import numpy as np

    from consumer.dedupe.memory import _POPCOUNT_BYTE

    values = [BASE, NEAR, FAR, 0, (1 << 64) - 1]
    table = _POPCOUNT_BYTE[np.array(values, dtype=np.uint64).view(np.uint8)].reshape(-1, 8)
    assert table.sum(axis=1).tolist() == [v.bit_count() for v in values]
