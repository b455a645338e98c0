"""Shutdown, rebalances, exactly-once, security and the HTTP endpoints, on the real broker."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import urllib.request

import orjson
import pytest

from consumer.local_kafka import free_port
from consumer.settings import Settings, load_settings
from tests.conftest import SASL_USERS, wait_for
from tests.runtime.kafka_io import article, committed_offsets, produce, read_all

pytestmark = pytest.mark.integration


def worker_env(settings: Settings, metrics_port: int) -> dict[str, str]:
    env = dict(os.environ)
    env |= {
        "NEWS_CONSUMER_KAFKA__BOOTSTRAP_SERVERS": settings.kafka.bootstrap_servers,
        "NEWS_CONSUMER_KAFKA__GROUP_ID": settings.kafka.group_id,
        "NEWS_CONSUMER_TOPICS__INPUT": settings.topics.input,
        "NEWS_CONSUMER_TOPICS__OUTPUT": settings.topics.output,
        "NEWS_CONSUMER_TOPICS__DEAD_LETTER": settings.topics.dead_letter,
        "NEWS_CONSUMER_PROCESSING__POOL_SIZE": "2",
        "NEWS_CONSUMER_CORE__FAULT_INJECTION": "true",
        "NEWS_CONSUMER_METRICS__PORT": str(metrics_port),
        "NEWS_CONSUMER_LOGGING__FORMAT": "json",
        # Few records in flight, so a SIGTERM leaves work undone for the restart.
        "NEWS_CONSUMER_PROCESSING__MAX_IN_FLIGHT_MESSAGES": "4",
    }
    return env


async def start_subprocess_worker(settings: Settings, port: int) -> asyncio.subprocess.Process:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "consumer.cli", "run",
        env=worker_env(settings, port),
        stdout=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    await wait_for(lambda: _ready(port), timeout=60, what="subprocess worker ready")
    return process


def _ready(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


async def test_sigterm_mid_stream_drains_commits_exits_zero_and_loses_nothing(make_settings):
    settings = await make_settings(partitions=2)
    count = 40
    # "slow" articles take 0.5 s each in the pool, so SIGTERM lands mid-stream.
    await produce(settings, [(b"k%d" % n, article(n, "slow"), n % 2) for n in range(count)])
    port = free_port()
    process = await start_subprocess_worker(settings, port)
    await asyncio.sleep(3)
    process.send_signal(signal.SIGTERM)
    assert await asyncio.wait_for(process.wait(), 30) == 0

    done_before = await read_all(settings, settings.topics.output, count, timeout=3)
    committed = await committed_offsets(settings, 2)
    # Nothing committed ahead of its output: every offset below the commit has an output.
    produced_offsets = {
        (orjson.loads(r.value)["processing"]["input"]["partition"],
         orjson.loads(r.value)["processing"]["input"]["offset"])
        for r in done_before
    }  # fmt: skip
    for partition, offset in committed.items():
        assert all((partition, o) in produced_offsets for o in range(offset or 0))
    assert 0 < len(done_before) < count

    process = await start_subprocess_worker(settings, free_port())
    try:
        outputs = await read_all(settings, settings.topics.output, count, timeout=60)
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 30)
    assert {r.key for r in outputs} == {b"k%d" % n for n in range(count)}


async def test_two_workers_share_partitions_and_one_leaving_loses_nothing(
    make_settings, running_worker
):
    settings = await make_settings(partitions=4, core={"fault_injection": True})
    count = 80
    await produce(settings, [(b"k%d" % n, article(n, "slow"), n % 4) for n in range(count)])
    first = await running_worker(settings)
    second = await running_worker(settings)
    await wait_for(
        lambda: len(first.consumer.assignment()) == 2 and len(second.consumer.assignment()) == 2,
        timeout=60,
        what="partitions shared",
    )
    await asyncio.sleep(2)
    first.request_exit()
    await asyncio.wait_for(first.stopped.wait(), 60)
    outputs = await read_all(settings, settings.topics.output, count, timeout=120)
    assert {r.key for r in outputs} == {b"k%d" % n for n in range(count)}
    # Duplicates are allowed only for work that was in flight at the hand-over.
    assert len(outputs) - count <= settings.processing.max_in_flight_messages


async def test_exactly_once_output_is_read_committed_without_duplicates(
    make_settings, running_worker
):
    settings = await make_settings(
        partitions=2,
        processing={"guarantee": "exactly_once", "transactional_id_prefix": "eos-test"},
    )
    count = 30
    await produce(settings, [(b"k%d" % n, article(n), n % 2) for n in range(count)])
    await running_worker(settings)
    outputs = await read_all(
        settings, settings.topics.output, count, timeout=60, read_committed=True, settle=2
    )
    assert sorted(r.key for r in outputs) == sorted(b"k%d" % n for n in range(count))
    committed = await committed_offsets(settings, 2)
    assert committed == {0: 15, 1: 15}


@pytest.mark.parametrize("mechanism", ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"])
async def test_worker_over_sasl(kafka_broker, make_settings, running_worker, mechanism):
    if not kafka_broker.sasl_bootstrap_servers:
        pytest.skip("SASL test needs the broker this suite starts (KAFKA_BOOTSTRAP_SERVERS set)")
    user, password = next(iter(SASL_USERS.items()))
    secured = {
        "bootstrap_servers": kafka_broker.sasl_bootstrap_servers,
        "security_protocol": "SASL_PLAINTEXT",
        "sasl_mechanism": mechanism,
        "sasl_username": user,
        "sasl_password": password,
    }
    await _one_article_through(secured, make_settings, running_worker)


async def test_worker_over_ssl_verifies_the_brokers_certificate(
    kafka_broker, make_settings, running_worker
):
    if not kafka_broker.ssl_bootstrap_servers:
        pytest.skip("SSL test needs the broker this suite starts (KAFKA_BOOTSTRAP_SERVERS set)")
    secured = {
        "bootstrap_servers": kafka_broker.ssl_bootstrap_servers,
        "security_protocol": "SSL",
        "ssl_cafile": kafka_broker.ssl_cafile,  # hostname 127.0.0.1 is checked against it
    }
    await _one_article_through(secured, make_settings, running_worker)


async def _one_article_through(secured: dict, make_settings, running_worker) -> None:
    """A worker whose Kafka settings are ``secured`` consumes, extracts and produces one
    article (test topics are set up and read over the plaintext listener)."""
    plain = await make_settings(partitions=1)
    settings = load_settings(
        kafka=plain.kafka.model_dump() | secured,
        topics=plain.topics.model_dump(),
        processing=plain.processing.model_dump(),
        metrics=plain.metrics.model_dump(),
    )
    await produce(plain, [(b"k1", article(1), 0)])
    await running_worker(settings)
    outputs = await read_all(plain, plain.topics.output, 1)
    assert [r.key for r in outputs] == [b"k1"]


async def test_metrics_and_health_endpoints(make_settings, running_worker):
    settings = await make_settings(partitions=1)
    await produce(settings, [(b"k1", article(1), 0), (b"bad", b"{", 0)])
    worker = await running_worker(settings)
    await read_all(settings, settings.topics.output, 1)
    port = worker.http.port

    async def get(path: str) -> tuple[int, str]:
        # The server runs on this very loop: a blocking client would deadlock it.
        return await asyncio.to_thread(_get, port, path)

    assert (await get("/healthz"))[0] == 200
    assert await get("/readyz") == (200, "ready: 1 partitions\n")
    for _ in range(100):
        metrics = (await get("/metrics"))[1]
        if 'reason="invalid_json"' in metrics and "news_consumer_consumer_lag_messages{" in metrics:
            break
        await asyncio.sleep(0.2)
    for name in (
        "news_consumer_messages_consumed_total",
        "news_consumer_messages_produced_total",
        "news_consumer_messages_dead_lettered_total",
        "news_consumer_processing_seconds_bucket",
        "news_consumer_end_to_end_seconds_bucket",
        "news_consumer_consumer_lag_messages",
        "news_consumer_consumer_lag_seconds",
        "news_consumer_in_flight_messages",
        "news_consumer_pool_workers",
        "news_consumer_pool_busy_workers",
        "news_consumer_commits_total",
        "news_consumer_rebalances_total",
        "news_consumer_build_info",
    ):
        assert name in metrics, name
    assert (await get("/nope"))[0] == 404


def _get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


async def test_sigterm_during_start_up_still_ends_in_a_clean_exit(make_settings):
    settings = await make_settings(partitions=1)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "consumer.cli", "run",
        env=worker_env(settings, free_port()),
        stdout=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    await asyncio.sleep(1.5)  # importing and connecting: the loop's handlers are not there yet
    process.send_signal(signal.SIGTERM)
    assert await asyncio.wait_for(process.wait(), 60) == 0
