"""A real Prometheus scrapes the service's own metrics endpoint (its registry and HTTP server,
fed with a bit of every kind of event) and loads the alert rules: every dashboard query and
every alert expression evaluates, every dashboard query with data, every rule healthy."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator

import pytest

from consumer.observability.http import HealthServer
from consumer.observability.metrics import Metrics
from tests.deploy.prometheus_process import PrometheusServer, running_prometheus
from tests.deploy.support import (
    alert_rules,
    as_instant_query,
    dashboard_queries,
    find_tool,
    write_rules_file,
)

TOPIC = "articles.raw"


def record_some_work(metrics: Metrics, step: int) -> None:
    """One tick of a busy worker: every instrument moves."""
    metrics.consumed.labels(TOPIC).inc(10)
    metrics.produced.labels("articles.enriched").inc(9)
    metrics.dead_lettered.labels("invalid_json").inc()
    metrics.duplicates.labels("exact").inc()
    for seconds in (0.02, 0.2, 1.5):
        metrics.processing_seconds.observe(seconds)
        metrics.end_to_end_seconds.observe(seconds * 4)
    for partition in range(3):
        metrics.lag_messages.labels(TOPIC, str(partition)).set(100 * partition + step % 7)
        metrics.lag_seconds.labels(TOPIC, str(partition)).set(2.5 * partition)
    metrics.in_flight_messages.set(40 + step % 5)
    metrics.in_flight_bytes.set(400_000)
    metrics.paused_partitions.set(step % 2)
    metrics.assigned_partitions.set(3)
    metrics.pool_workers.set(2)
    metrics.pool_busy_workers.set(1 + step % 2)
    metrics.worker_restarts.labels("recycled").inc()
    metrics.commits.inc()
    metrics.commit_failures.inc(0.1)
    metrics.rebalances.labels("assigned").inc()
    metrics.broker_up.set(1)
    metrics.removed_chars.labels("navigation").inc(120)
    metrics.removed_items.labels("duplicate_caption").inc(2)


@pytest.fixture(scope="module")
def busy_metrics_endpoint() -> Iterator[str]:
    """The service's HealthServer on a free loopback port, its metrics moving every 0.2 s."""
    metrics = Metrics()
    loop = asyncio.new_event_loop()
    server = HealthServer(metrics, lambda: (True, "ready"), "127.0.0.1", 0)
    stop = threading.Event()
    started = threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(server.start())
        started.set()
        loop.run_forever()

    def work() -> None:
        step = 0
        while not stop.wait(0.2):
            loop.call_soon_threadsafe(record_some_work, metrics, step)
            step += 1

    threads = [
        threading.Thread(target=serve, daemon=True),
        threading.Thread(target=work, daemon=True),
    ]
    threads[0].start()
    assert started.wait(10), "the metrics server did not start"
    threads[1].start()
    try:
        yield f"127.0.0.1:{server.port}"
    finally:
        stop.set()
        asyncio.run_coroutine_threadsafe(server.stop(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        threads[0].join(timeout=10)
        loop.close()


@pytest.fixture(scope="module")
def prometheus(
    busy_metrics_endpoint: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PrometheusServer]:
    """One Prometheus for the module: scraping the endpoint, with the alert rules loaded."""
    binary = find_tool("prometheus")
    workdir = tmp_path_factory.mktemp("prometheus")
    rules_file = write_rules_file(workdir)
    labels = {"namespace": "news", "pod": "news-consumer-0"}
    with running_prometheus(binary, [busy_metrics_endpoint], labels, rules_file, workdir) as server:
        # rate() over 30 s needs a few scrapes
        server.wait_for("count_over_time(news_consumer_build_info[1m])", 4, timeout=30)
        yield server


def test_dashboard_queries_and_alert_expressions_evaluate(prometheus: PrometheusServer) -> None:
    empty = []
    for title, expr in dashboard_queries():
        query = as_instant_query(expr)
        answer = prometheus.query(query)
        assert answer["status"] == "success", f"{title}: {query}: {answer.get('error')}"
        if not answer["data"]["result"]:
            empty.append(f"{title}: {query}")
    assert empty == [], "dashboard queries without data"
    for rule in alert_rules():
        answer = prometheus.query(rule["expr"])
        assert answer["status"] == "success", f"{rule['alert']}: {answer.get('error')}"


def test_prometheus_evaluates_every_rule_without_error(prometheus: PrometheusServer) -> None:
    deadline = time.monotonic() + 15
    while True:
        groups = prometheus.api("rules")["data"]["groups"]
        rules = [rule for group in groups for rule in group["rules"]]
        if rules and all(rule.get("lastEvaluation", "").startswith("2") for rule in rules):
            break
        assert time.monotonic() < deadline, "rules were not evaluated"
        time.sleep(0.5)
    assert {rule["name"] for rule in rules} == {rule["alert"] for rule in alert_rules()}
    unhealthy = {rule["name"]: rule.get("lastError") for rule in rules if rule["health"] != "ok"}
    assert unhealthy == {}


def test_the_scrape_carries_the_target_labels_the_rules_group_by(
    prometheus: PrometheusServer,
) -> None:
    values = prometheus.values('news_consumer_broker_up{job="news-consumer", namespace="news"}')
    assert values == [1.0]
    assert prometheus.values('up{job="news-consumer"}') == [1.0]
