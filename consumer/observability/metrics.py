"""Every Prometheus metric the service exports, in one registry per worker instance.

Names start with ``news_consumer_``; the README's metrics table, the Grafana dashboard and the
alert rules use exactly these names (a test checks that they agree).
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from consumer import __version__
from consumer.core import EXTRACTOR_VERSION

PREFIX = "news_consumer_"
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300)


class Metrics:
    """The instruments of one worker; a fresh registry each, so tests can run several."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.consumed = Counter(
            PREFIX + "messages_consumed", "Input records consumed.", ["topic"], registry=r
        )
        self.produced = Counter(
            PREFIX + "messages_produced", "Enriched records acknowledged by the broker.",
            ["topic"], registry=r,
        )  # fmt: skip
        self.dead_lettered = Counter(
            PREFIX + "messages_dead_lettered", "Dead letters acknowledged, by reason.",
            ["reason"], registry=r,
        )  # fmt: skip
        self.duplicates = Counter(
            PREFIX + "duplicates", "Articles marked duplicate_of an earlier one, by kind.",
            ["kind"], registry=r,
        )  # fmt: skip
        self.processing_seconds = Histogram(
            PREFIX + "processing_seconds", "Time to clean and extract one article in the pool.",
            buckets=LATENCY_BUCKETS, registry=r,
        )  # fmt: skip
        self.end_to_end_seconds = Histogram(
            PREFIX + "end_to_end_seconds",
            "Input record timestamp to output acknowledged by the broker.",
            buckets=LATENCY_BUCKETS, registry=r,
        )  # fmt: skip
        self.lag_messages = Gauge(
            PREFIX + "consumer_lag_messages", "Records behind the partition's end.",
            ["topic", "partition"], registry=r,
        )  # fmt: skip
        self.lag_seconds = Gauge(
            PREFIX + "consumer_lag_seconds",
            "Age of the oldest unprocessed record: how far behind the newest record in time.",
            ["topic", "partition"], registry=r,
        )  # fmt: skip
        self.in_flight_messages = Gauge(
            PREFIX + "in_flight_messages", "Consumed records not yet committed.", registry=r
        )
        self.in_flight_bytes = Gauge(
            PREFIX + "in_flight_bytes", "Bytes of consumed records not yet committed.", registry=r
        )
        self.paused_partitions = Gauge(
            PREFIX + "paused_partitions", "Partitions paused by backpressure.", registry=r
        )
        self.assigned_partitions = Gauge(
            PREFIX + "assigned_partitions", "Input partitions assigned to this worker.", registry=r
        )
        self.pool_workers = Gauge(
            PREFIX + "pool_workers", "Extraction worker processes in the pool.", registry=r
        )
        self.pool_busy_workers = Gauge(
            PREFIX + "pool_busy_workers", "Pool workers extracting an article now.", registry=r
        )
        self.worker_restarts = Counter(
            PREFIX + "worker_restarts", "Pool workers replaced, by reason.", ["reason"], registry=r
        )
        self.commits = Counter(PREFIX + "commits", "Offset commits that succeeded.", registry=r)
        self.commit_failures = Counter(
            PREFIX + "commit_failures", "Offset commits that failed.", registry=r
        )
        self.rebalances = Counter(
            PREFIX + "rebalances", "Partition assignment changes, by event.", ["event"], registry=r
        )
        self.broker_up = Gauge(
            PREFIX + "broker_up", "1 when the broker answered the last metadata request.",
            registry=r,
        )  # fmt: skip
        self.removed_chars = Counter(
            PREFIX + "cleaning_removed_chars", "Characters removed by cleaning, by reason.",
            ["reason"], registry=r,
        )  # fmt: skip
        self.removed_items = Counter(
            PREFIX + "cleaning_removed_items", "Lines or blocks removed by cleaning, by reason.",
            ["reason"], registry=r,
        )  # fmt: skip
        self.build_info = Gauge(
            PREFIX + "build_info", "Always 1; labels carry the versions.",
            ["version", "extractor_version"], registry=r,
        )  # fmt: skip
        self.build_info.labels(__version__, EXTRACTOR_VERSION).set(1)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
