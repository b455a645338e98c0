"""What the stream benchmarks and the fault proofs share: a worker as a real subprocess,
topics, producing known articles, reading the output back, RSS and metrics sampling.

The worker runs exactly as operators run it (`news-consumer run` configured through
``NEWS_CONSUMER_*`` environment variables), so ``kill -9`` and restarts are real.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.structs import ConsumerRecord, TopicPartition

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Topics:
    """One run's fresh topics and consumer group on a broker."""

    bootstrap: str
    input: str
    output: str
    dead_letter: str
    group: str
    partitions: int

    @classmethod
    def fresh(cls, bootstrap: str, prefix: str = "p", partitions: int = 6) -> Topics:
        name = f"{prefix}-{uuid.uuid4().hex[:8]}"
        return cls(bootstrap, f"{name}.raw", f"{name}.enriched", f"{name}.raw.dlq", name,
                   partitions)  # fmt: skip

    async def create(self, output_configs: Mapping[str, str] | None = None) -> None:
        """Create the three topics; the output one with ``output_configs`` (the dead-letter
        one shares their ``message.timestamp.type``, e.g. LogAppendTime)."""
        timestamps = {
            k: v for k, v in (output_configs or {}).items() if k == "message.timestamp.type"
        }
        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap)
        await admin.start()
        try:
            await admin.create_topics([
                NewTopic(self.input, self.partitions, 1),
                NewTopic(self.output, self.partitions, 1, topic_configs=dict(output_configs or {})),
                NewTopic(self.dead_letter, self.partitions, 1, topic_configs=timestamps),
            ])  # fmt: skip
        finally:
            await admin.close()

    def env(self) -> dict[str, str]:
        return {
            "NEWS_CONSUMER_KAFKA__BOOTSTRAP_SERVERS": self.bootstrap,
            "NEWS_CONSUMER_KAFKA__GROUP_ID": self.group,
            "NEWS_CONSUMER_TOPICS__INPUT": self.input,
            "NEWS_CONSUMER_TOPICS__OUTPUT": self.output,
            "NEWS_CONSUMER_TOPICS__DEAD_LETTER": self.dead_letter,
        }


# --- the worker as a subprocess ------------------------------------------------------------
@dataclass
class WorkerProcess:
    """`news-consumer run` in a child process; ``settings`` are section__key -> value."""

    topics: Topics
    settings: Mapping[str, Any] = field(default_factory=dict)
    log_path: Path | None = None
    metrics_port: int = 0
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> WorkerProcess:
        self.metrics_port = self.metrics_port or free_port()
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("NEWS_CONSUMER_") and key != "KAFKA_BOOTSTRAP_SERVERS"
        }
        env |= self.topics.env() | {
            "NEWS_CONSUMER_METRICS__PORT": str(self.metrics_port),
            "NEWS_CONSUMER_METRICS__HOST": "127.0.0.1",
            "NEWS_CONSUMER_LOGGING__FORMAT": "json",
            "NEWS_CONSUMER_LOGGING__LEVEL": "WARNING",
        }
        env |= {f"NEWS_CONSUMER_{k.upper()}": _env_value(v) for k, v in self.settings.items()}
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, "-m", "consumer.cli", "run"], env=env, stdout=out,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        return self

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL: no drain, no commit, no leave-group."""
        if self.alive():
            assert self.process is not None
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def terminate(self, timeout: float = 60) -> int:
        """SIGTERM and wait: the graceful stop; returns the exit status."""
        assert self.process is not None
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return -9

    def http(self, path: str, timeout: float = 2.0) -> tuple[int, str]:
        """GET a path of the worker's HTTP server: (status, body); (0, "") if it does not answer."""
        url = f"http://127.0.0.1:{self.metrics_port}{path}"
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()
        except OSError:
            return 0, ""

    def metric(self, name: str) -> float | None:
        """Sum of every sample of ``news_consumer_<name>`` (all labels); None if unreachable."""
        status, body = self.http("/metrics")
        if status != 200:
            return None
        return metric_sum(body, "news_consumer_" + name)

    def ready(self) -> bool:
        return self.http("/readyz")[0] == 200

    def wait_ready(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while not self.ready():
            if not self.alive():
                raise RuntimeError(f"the worker exited with {self.process and self.process.poll()}")
            if time.monotonic() > deadline:
                raise TimeoutError("the worker did not become ready")
            time.sleep(0.2)


def _env_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def metric_sum(exposition: str, name: str) -> float:
    total = 0.0
    for line in exposition.splitlines():
        if line.startswith(name) and not line.startswith("#"):
            head = line.split(" ", 1)[0]
            if head == name or head.startswith(name + "{") or head == name + "_total" or \
                    head.startswith(name + "_total{"):  # fmt: skip
                total += float(line.rsplit(" ", 1)[1])
    return total


# --- memory ---------------------------------------------------------------------------------
def rss_bytes(pid: int) -> int:
    """Resident set size of one process (0 once it has gone)."""
    try:
        with open(f"/proc/{pid}/statm") as statm:
            return int(statm.read().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (0 once it has gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                found += [int(child) for child in f.read().split()]
    except OSError:
        pass
    return found


def pool_worker_pids(main_pid: int) -> list[int]:
    """The extraction processes: children of the fork server, itself a child of the worker."""
    workers: list[int] = []
    for child in children(main_pid):
        workers += children(child)
    return workers


def descendants(pid: int) -> list[int]:
    out: list[int] = []
    for child in children(pid):
        out += [child, *descendants(child)]
    return out


# --- producing and reading ------------------------------------------------------------------
async def produce(
    bootstrap: str,
    topic: str,
    items: Iterable[tuple[bytes | None, bytes | None]],
    *,
    partitions: int | None = None,
    headers: Mapping[bytes, list[tuple[str, bytes]]] | None = None,
) -> int:
    """Send (key, value) pairs; ``partitions`` spreads them round-robin, else by key hash."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, linger_ms=5, max_batch_size=1 << 20,
        max_request_size=16 << 20, compression_type="lz4",
    )  # fmt: skip
    await producer.start()
    sent = 0
    try:
        pending = []
        for key, value in items:
            partition = sent % partitions if partitions else None
            extra = (headers or {}).get(key or b"", None)
            pending.append(await producer.send(topic, value, key=key, partition=partition,
                                               headers=extra))  # fmt: skip
            sent += 1
            if len(pending) >= 2000:
                await asyncio.gather(*pending)
                pending = []
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return sent


async def read_topic(
    bootstrap: str,
    topic: str,
    *,
    expected: int | None = None,
    timeout: float = 60,
    idle: float = 3.0,
    read_committed: bool = False,
) -> list[ConsumerRecord[bytes, bytes]]:
    """Every record of ``topic`` from the start: until ``expected`` are read, or nothing new
    arrived for ``idle`` seconds after the end offsets were reached, or ``timeout``."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
        enable_auto_commit=False, group_id=None, max_partition_fetch_bytes=16 << 20,
        fetch_max_bytes=64 << 20,
        isolation_level="read_committed" if read_committed else "read_uncommitted",
    )  # fmt: skip
    await consumer.start()
    records: list[ConsumerRecord[bytes, bytes]] = []
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    last_new = loop.time()
    try:
        while loop.time() < deadline:
            batch = await consumer.getmany(timeout_ms=300, max_records=10_000)
            got = [record for part in batch.values() for record in part]
            if got:
                records += got
                last_new = loop.time()
            if expected is not None and len(records) >= expected:
                break
            if expected is None and loop.time() - last_new > idle:
                break
    finally:
        await consumer.stop()
    return records


async def end_offsets(bootstrap: str, topic: str, partitions: int) -> dict[int, int]:
    """The next offset of every partition of ``topic``."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await consumer.start()
    try:
        ends = await consumer.end_offsets([TopicPartition(topic, p) for p in range(partitions)])
        return {tp.partition: offset for tp, offset in ends.items()}
    finally:
        await consumer.stop()


class GroupOffsets:
    """Reads a group's committed offsets (one client kept open for repeated samples)."""

    def __init__(self, topics: Topics) -> None:
        self.topics = topics
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=topics.bootstrap, group_id=topics.group, enable_auto_commit=False
        )

    async def __aenter__(self) -> GroupOffsets:
        await self._consumer.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._consumer.stop()

    async def committed(self) -> dict[int, int]:
        out = {}
        for p in range(self.topics.partitions):
            offset = await self._consumer.committed(TopicPartition(self.topics.input, p))
            out[p] = offset or 0
        return out


async def wait_committed(
    topics: Topics, targets: Mapping[int, int], timeout: float, alive: Any = None
) -> float:
    """Wait until the group committed ``targets`` on every partition; returns the time taken."""
    started = time.monotonic()
    async with GroupOffsets(topics) as group:
        while True:
            committed = await group.committed()
            if all(committed.get(p, 0) >= end for p, end in targets.items()):
                return time.monotonic() - started
            if time.monotonic() - started > timeout:
                raise TimeoutError(f"committed {committed}, expected {dict(targets)}")
            if alive is not None and not alive():
                raise RuntimeError("the worker exited")
            await asyncio.sleep(0.25)


def input_position(record: ConsumerRecord[bytes, bytes]) -> tuple[int, int]:
    """(input partition, input offset) of an enriched output record."""
    source = orjson.loads(record.value)["processing"]["input"]
    return int(source["partition"]), int(source["offset"])
