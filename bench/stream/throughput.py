"""Throughput, latency and memory of the real service on a real broker.

Every figure is a steady-state rate: completions are counted as they happen and the rate
is taken between 10 % and 90 % of the run, so process start-up, pool start-up and the
group join are outside the measured window for every contender alike.

- offline: ``news-consumer process --workers N`` (stdin -> stdout), lines counted as they
  arrive on its stdout;
- end to end: ``news-consumer run`` with ``pool_size = N`` on articles already in the input
  topic, ``news_consumer_messages_produced`` (acknowledged outputs) sampled from /metrics;
- pass-through: the same worker with ``processing.mode = "passthrough"`` (consume, produce,
  commit; no extraction) on 2 KB messages: the Kafka-side ceiling.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import orjson

from bench.stream.articles import Article, filler_message
from bench.stream.harness import (
    Topics,
    WorkerProcess,
    cpu_seconds,
    end_offsets,
    pool_worker_pids,
    produce,
    read_topic,
    rss_bytes,
    wait_committed,
)

Samples = list[tuple[float, float]]  # (monotonic time, completed count)


def steady_rate(samples: Samples, total: int, low: float = 0.1, high: float = 0.9) -> float:
    """Completions per second between ``low`` and ``high`` shares of ``total``."""
    start = next(((t, c) for t, c in samples if c >= total * low), None)
    end = next(((t, c) for t, c in samples if c >= total * high), None)
    if start is None or end is None or end[0] <= start[0]:
        return 0.0
    return round((end[1] - start[1]) / (end[0] - start[0]), 1)


# --- offline -----------------------------------------------------------------------------
def offline(batch: Sequence[Article], workers: int) -> dict[str, Any]:
    """`news-consumer process --workers N` on the articles as JSON lines."""
    with tempfile.NamedTemporaryFile("wb", suffix=".jsonl", delete=False) as file:
        for article in batch:
            file.write(article.value + b"\n")
    samples: Samples = []
    started = time.monotonic()
    with open(file.name, "rb") as stdin:
        process = subprocess.Popen(
            [sys.executable, "-m", "consumer.cli", "process", "--workers", str(workers)],
            stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        assert process.stdout is not None
        count = 0
        for _ in process.stdout:
            count += 1
            samples.append((time.monotonic(), count))
        process.wait()
    Path(file.name).unlink()
    return {
        "workers": workers,
        "messages": count,
        "msgs_per_s": steady_rate(samples, len(batch)),
        "wall_s": round(time.monotonic() - started, 1),
    }


# --- the worker on the broker ------------------------------------------------------------
CpuSnapshot = tuple[float, float, float]  # CPU seconds so far: main, pool workers, broker
METRIC_POLL_S = 0.25  # each scrape costs the worker CPU: poll no faster than needed


def cpu_snapshot(worker: WorkerProcess, broker_pid: int | None) -> CpuSnapshot:
    return (
        cpu_seconds(worker.pid),
        sum(cpu_seconds(pid) for pid in pool_worker_pids(worker.pid)),
        cpu_seconds(broker_pid) if broker_pid else 0.0,
    )


def sample_metric(
    worker: WorkerProcess, name: str, total: int, timeout: float, broker_pid: int | None = None
) -> tuple[Samples, list[CpuSnapshot]]:
    """Poll a counter until it reaches ``total`` (or the time runs out), with a CPU snapshot
    of the worker, its pool and the broker at every sample."""
    samples: Samples = []
    cpu: list[CpuSnapshot] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and worker.alive():
        value = worker.metric(name)
        if value is not None:
            samples.append((time.monotonic(), value))
            cpu.append(cpu_snapshot(worker, broker_pid))
            if value >= total:
                break
        time.sleep(METRIC_POLL_S)
    return samples, cpu


def steady_cpu_ms(
    samples: Samples, cpu: list[CpuSnapshot], total: int, low: float = 0.1, high: float = 0.9
) -> dict[str, float]:
    """CPU milliseconds per message of main process, pool and broker, in the same window as
    ``steady_rate`` (start-up and the group join left out)."""
    first = next((n for n, (_, c) in enumerate(samples) if c >= total * low), None)
    last = next((n for n, (_, c) in enumerate(samples) if c >= total * high), None)
    if first is None or last is None or last <= first:
        return {}
    messages = max(1.0, samples[last][1] - samples[first][1])
    spent = [(b - a) * 1000 / messages for a, b in zip(cpu[first], cpu[last], strict=True)]
    return dict(zip(("main", "pool", "broker"), (round(ms, 3) for ms in spent), strict=True))


async def preloaded_worker(
    bootstrap: str, prefix: str, items: Sequence[tuple[bytes, bytes]],
    settings: dict[str, Any], partitions: int,
) -> tuple[Topics, WorkerProcess]:  # fmt: skip
    """Fresh topics with ``items`` already in the input, then a started worker on them."""
    topics = Topics.fresh(bootstrap, prefix, partitions)
    await topics.create()
    await produce(bootstrap, topics.input, items, partitions=partitions)
    return topics, WorkerProcess(topics, settings).start()


async def end_to_end(
    bootstrap: str, items: Sequence[tuple[bytes, bytes]], settings: dict[str, Any],
    *, partitions: int = 6, timeout: float = 900, broker_pid: int | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Articles pre-loaded in a fresh input topic, then one worker with ``settings``."""
    topics, worker = await preloaded_worker(bootstrap, "bench", items, settings, partitions)
    started = time.monotonic()
    try:
        samples, cpu = await asyncio.to_thread(
            sample_metric, worker, "messages_produced", len(items), timeout, broker_pid
        )
        ends = await end_offsets(bootstrap, topics.input, partitions)
        await wait_committed(topics, ends, timeout=60, alive=worker.alive)
    finally:
        worker.terminate()
    produced = samples[-1][1] if samples else 0
    return {
        "messages": int(produced),
        "msgs_per_s": steady_rate(samples, len(items)),
        "wall_s": round(time.monotonic() - started, 1),
        # where a core's time goes per message at steady state (the broker shares the box)
        "cpu_ms_per_msg": steady_cpu_ms(samples, cpu, len(items)),
    }


def article_items(batch: Sequence[Article]) -> list[tuple[bytes, bytes]]:
    return [(article.id.encode(), article.value) for article in batch]


def passthrough_items(count: int, size: int = 2048) -> list[tuple[bytes, bytes]]:
    return [filler_message(n, size) for n in range(count)]


# --- latency -----------------------------------------------------------------------------
async def latency(
    bootstrap: str, batch: Sequence[Article], rate: float, settings: dict[str, Any],
    *, partitions: int = 6,
) -> dict[str, Any]:  # fmt: skip
    """Send at ``rate`` msgs/s to a running worker; input timestamp (producer CreateTime) to
    the output's LogAppendTime (when the broker wrote it: just before it acknowledged it)."""
    topics = Topics.fresh(bootstrap, "latency", partitions)
    await topics.create({"message.timestamp.type": "LogAppendTime"})
    worker = WorkerProcess(topics, settings).start()
    try:
        await asyncio.to_thread(worker.wait_ready, 120)
        await asyncio.sleep(1.0)
        await _paced(bootstrap, topics.input, article_items(batch), rate)
        outputs = await read_topic(bootstrap, topics.output, expected=len(batch), timeout=300)
    finally:
        worker.terminate()
    delays = sorted(
        record.timestamp - orjson.loads(record.value)["processing"]["input"]["timestamp"]
        for record in outputs
    )
    return {
        "rate_msgs_per_s": round(rate, 1),
        "messages": len(delays),
        "p50_ms": _percentile(delays, 50),
        "p95_ms": _percentile(delays, 95),
        "p99_ms": _percentile(delays, 99),
        "max_ms": delays[-1] if delays else None,
    }


async def _paced(bootstrap: str, topic: str, items: list[tuple[bytes, bytes]], rate: float) -> None:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=0)
    await producer.start()
    try:
        started = time.monotonic()
        for n, (key, value) in enumerate(items):
            delay = started + n / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            await producer.send(topic, value, key=key)
        await producer.flush()
    finally:
        await producer.stop()


def _percentile(values: list[int], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return float(values[0])
    return round(statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1], 1)


# --- memory ------------------------------------------------------------------------------
class RssSampler:
    """Samples the RSS of the worker's main process and of each pool worker every second."""

    def __init__(self, pid: int, progress: Callable[[], float | None]) -> None:
        self.pid = pid
        self.progress = progress
        self.rows: list[dict[str, Any]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        started = time.monotonic()
        while not self._stop.wait(1.0):
            workers = {pid: rss_bytes(pid) for pid in pool_worker_pids(self.pid)}
            self.rows.append({
                "t_s": round(time.monotonic() - started, 1),
                "messages": self.progress(),
                "main_mb": round(rss_bytes(self.pid) / 2**20, 1),
                "pool_mb": {str(pid): round(rss / 2**20, 1) for pid, rss in workers.items()},
            })  # fmt: skip


def growth_per_10k(rows: list[dict[str, Any]], key: Callable[[dict[str, Any]], float]) -> float:
    """Least-squares slope of ``key`` (MB) against messages done, per 10,000 messages, over
    the rows after warm-up (the first quarter of the run is left out)."""
    points = [(r["messages"], key(r)) for r in rows if r["messages"] is not None]
    points = points[len(points) // 4 :]
    if len(points) < 3:
        return 0.0
    xs, ys = zip(*points, strict=True)
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    var = sum((x - mean_x) ** 2 for x in xs)
    if var == 0:
        return 0.0
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / var
    return round(slope * 10_000, 3)


async def memory(
    bootstrap: str, items: list[tuple[bytes, bytes]], settings: dict[str, Any],
    *, partitions: int = 6,
) -> dict[str, Any]:  # fmt: skip
    _, worker = await preloaded_worker(bootstrap, "memory", items, settings, partitions)
    started = time.monotonic()
    try:
        with RssSampler(worker.pid, lambda: worker.metric("messages_produced")) as sampler:
            await asyncio.to_thread(sample_metric, worker, "messages_produced", len(items), 3600)
    finally:
        worker.terminate()
    rows = sampler.rows
    after = rows[len(rows) // 4 :] or rows
    pool_max = [max(r["pool_mb"].values(), default=0.0) for r in after]
    return {
        "messages": len(items),
        "seconds": round(time.monotonic() - started, 1),
        "samples": len(rows),
        "main_mb_after_warmup": [min(r["main_mb"] for r in after),
                                 max(r["main_mb"] for r in after)],
        "pool_worker_mb_after_warmup": [min(pool_max), max(pool_max)],
        "main_growth_mb_per_10k": growth_per_10k(rows, lambda r: r["main_mb"]),
        "pool_worker_growth_mb_per_10k": growth_per_10k(
            rows, lambda r: max(r["pool_mb"].values(), default=0.0)
        ),
        "series": rows,
    }  # fmt: skip
