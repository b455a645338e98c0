"""The whole chain for real: a broker, `news-consumer run` as a subprocess configured the way the
Deployment configures it (environment variables only), and a real Prometheus scraping it.
Every dashboard query and alert expression evaluates; the throughput and lag ones have data.
SIGTERM then ends the worker with status 0 well within the pod's grace period."""

from __future__ import annotations

import asyncio
import importlib.util
import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from tests.deploy.prometheus_process import PrometheusServer, free_port, running_prometheus
from tests.deploy.support import (
    REPO,
    alert_rules,
    as_instant_query,
    dashboard_queries,
    find_tool,
    write_rules_file,
)

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        importlib.util.find_spec("consumer.runtime") is None
        or importlib.util.find_spec("consumer.cli") is None,
        reason="the worker runtime (consumer.cli, consumer.runtime) is not in this tree yet",
    ),
]

PARTITIONS = 3
VALID_ARTICLES = 40
INVALID_RECORDS = 4
# The Deployment's terminationGracePeriodSeconds: the worker must be gone well before.
GRACE_PERIOD_SECONDS = 45
CLI = str(Path(sys.executable).with_name("news-consumer"))


def worker_environment(bootstrap_servers: str, metrics_port: int) -> dict[str, str]:
    name = f"deploy-{uuid.uuid4().hex[:8]}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWS_CONSUMER_")}
    env.pop("KAFKA_BOOTSTRAP_SERVERS", None)
    env.update({
        "NEWS_CONSUMER_KAFKA__BOOTSTRAP_SERVERS": bootstrap_servers,
        "NEWS_CONSUMER_KAFKA__GROUP_ID": name,
        "NEWS_CONSUMER_TOPICS__INPUT": f"{name}.raw",
        "NEWS_CONSUMER_TOPICS__OUTPUT": f"{name}.enriched",
        "NEWS_CONSUMER_TOPICS__DEAD_LETTER": f"{name}.raw.dlq",
        "NEWS_CONSUMER_TOPICS__PARTITIONS": str(PARTITIONS),
        "NEWS_CONSUMER_PROCESSING__POOL_SIZE": "1",
        "NEWS_CONSUMER_PROCESSING__COMMIT_INTERVAL_SECONDS": "0.5",
        "NEWS_CONSUMER_METRICS__HOST": "127.0.0.1",
        "NEWS_CONSUMER_METRICS__PORT": str(metrics_port),
        "NEWS_CONSUMER_LOGGING__FORMAT": "json",
    })  # fmt: skip
    return env


def article(number: int) -> bytes:
    """A plain-text article as an aggregator republishes it; each one different."""
    paragraphs = [
        f"Council number {number} approved a budget of {number * 1000 + 17} euros on Tuesday.",
        f"The vote was {number % 9 + 3} to {number % 4}, after a debate of {number % 5 + 1} hours.",
        "Residents had asked for longer library hours and safer crossings near the school.",
    ]
    text = f"Budget vote {number}\n\n" + "\n\n".join(paragraphs)
    return orjson.dumps({"id": f"a-{number}", "text": text, "source": "example-feed"})


async def produce(bootstrap_servers: str, topic: str, numbers: range, invalid: int = 0) -> None:
    """Articles ``numbers`` and ``invalid`` records that are not JSON."""
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap_servers, acks="all")
    await producer.start()
    try:
        for number in numbers:
            await producer.send(topic, article(number), key=f"a-{number}".encode())
        for number in range(invalid):
            await producer.send(topic, b"{not json", key=f"bad-{number}".encode())
        await producer.flush()
    finally:
        await producer.stop()


@pytest.fixture
def worker_env(bootstrap_servers: str) -> dict[str, str]:
    env = worker_environment(bootstrap_servers, free_port())
    created = subprocess.run(
        [CLI, "topics", "create"], env=env, capture_output=True, text=True, timeout=60
    )
    assert created.returncode == 0, created.stdout + created.stderr
    # The first half waits before the worker starts (lag), the second comes while it runs.
    first_half = range(VALID_ARTICLES // 2)
    asyncio.run(
        produce(bootstrap_servers, env["NEWS_CONSUMER_TOPICS__INPUT"], first_half, INVALID_RECORDS)
    )
    return env


@pytest.fixture
def worker(worker_env: dict[str, str], tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    log = (tmp_path / "worker.log").open("wb")
    process = subprocess.Popen(
        [CLI, "run"], env=worker_env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture
def prometheus(worker_env: dict[str, str], tmp_path: Path) -> Iterator[PrometheusServer]:
    binary = find_tool("prometheus")
    target = f"127.0.0.1:{worker_env['NEWS_CONSUMER_METRICS__PORT']}"
    labels = {"namespace": "news", "pod": "news-consumer-0"}
    with running_prometheus(
        binary, [target], labels, write_rules_file(tmp_path), tmp_path
    ) as server:
        yield server


def needs_data(expr: str) -> bool:
    """The throughput and lag queries: those must show the work the worker just did."""
    return any(
        name in expr
        for name in (
            "news_consumer_messages_consumed_total",
            "news_consumer_messages_produced_total",
            "news_consumer_consumer_lag_messages",
            "news_consumer_consumer_lag_seconds",
        )
    )


def test_prometheus_sees_a_real_worker_and_every_query_evaluates(
    worker: subprocess.Popen[bytes],
    prometheus: PrometheusServer,
    worker_env: dict[str, str],
    tmp_path: Path,
) -> None:
    first = VALID_ARTICLES // 2 + INVALID_RECORDS
    total = VALID_ARTICLES + INVALID_RECORDS
    consumed = "sum(news_consumer_messages_consumed_total)"
    finished = (
        "sum(news_consumer_messages_produced_total)"
        " + sum(news_consumer_messages_dead_lettered_total)"
    )
    try:
        alive = lambda: worker.poll() is None  # noqa: E731
        prometheus.wait_for(consumed, first, 120, alive)
        # Scraped at least once with the first half, so the second half is a visible increase.
        prometheus.wait_for(f"count_over_time({consumed}[1m:1s])", 2, 30, alive)
        second_half = range(VALID_ARTICLES // 2, VALID_ARTICLES)
        topic = worker_env["NEWS_CONSUMER_TOPICS__INPUT"]
        asyncio.run(
            produce(worker_env["NEWS_CONSUMER_KAFKA__BOOTSTRAP_SERVERS"], topic, second_half)
        )
        prometheus.wait_for(consumed, total, 120, alive)
        prometheus.wait_for(finished, total, 120, alive)
        # The worker refreshes its lag gauges on its own beat (every few seconds).
        for gauge in ("news_consumer_consumer_lag_messages", "news_consumer_consumer_lag_seconds"):
            prometheus.wait_for(f"count({gauge})", PARTITIONS, 60, alive)
    except AssertionError:
        print((tmp_path / "worker.log").read_text()[-5000:])
        raise
    without_data = []
    for title, expr in dashboard_queries():
        query = as_instant_query(expr, rate_interval="1m")
        answer = prometheus.query(query)
        assert answer["status"] == "success", f"{title}: {query}: {answer.get('error')}"
        if needs_data(expr) and not answer["data"]["result"]:
            without_data.append(f"{title}: {query}")
    assert without_data == []
    for rule in alert_rules():
        answer = prometheus.query(rule["expr"])
        assert answer["status"] == "success", f"{rule['alert']}: {answer.get('error')}"

    consumed_rate = prometheus.values("sum(rate(news_consumer_messages_consumed_total[1m]))")
    assert consumed_rate and consumed_rate[0] > 0
    lag_series = prometheus.values("news_consumer_consumer_lag_messages")
    assert len(lag_series) == PARTITIONS, "one lag series per input partition"
    dead_letters = prometheus.values(
        'sum(news_consumer_messages_dead_lettered_total{reason="invalid_json"})'
    )
    assert dead_letters == [INVALID_RECORDS]

    worker.send_signal(signal.SIGTERM)
    assert worker.wait(timeout=GRACE_PERIOD_SECONDS - 10) == 0
