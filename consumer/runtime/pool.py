"""A pool of extraction processes that the event loop drives without ever blocking on them.

Each worker process does one article at a time over its own pipe, so the pool always knows
which article a worker holds: a worker past the article's time limit is killed, one that
dies (crash, out of memory) is noticed by the pipe closing, and either way it is replaced
and the article comes back as an ``extraction_timeout`` or ``worker_crashed`` outcome.
Workers are recycled after ``recycle_after`` articles as a safety net against slow leaks.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import resource
import signal
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

import orjson
import structlog

from consumer.contract import DeadLetterReason
from consumer.core import CoreOptions
from consumer.observability.logging import quiet_extraction_libraries
from consumer.transform import InputRecord, Outcome, transform_record

log = structlog.get_logger(__name__)

# forkserver: workers fork from a clean, pre-imported and warmed-up server (warm_up.py), not
# from the busy event loop.
_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["consumer.transform", "consumer.runtime.warm_up"])


@dataclass(frozen=True, slots=True)
class PoolConfig:
    size: int
    options: CoreOptions
    article_timeout_s: float
    max_message_bytes: int
    recycle_after: int = 0  # 0: never
    memory_limit_bytes: int = 0  # 0: no limit (RLIMIT_AS per worker)


def _worker_main(conn: Connection, config: PoolConfig) -> None:
    """Runs in the worker process: answer jobs until the pipe closes or the quota is done."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the main process to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    quiet_extraction_libraries()
    if config.memory_limit_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (config.memory_limit_bytes,) * 2)
    done = 0
    while not config.recycle_after or done < config.recycle_after:
        try:
            header = conn.recv_bytes()
            value = conn.recv_bytes()
        except (EOFError, OSError):
            return
        meta = orjson.loads(header)
        record = InputRecord(
            topic=meta["topic"],
            partition=meta["partition"],
            offset=meta["offset"],
            timestamp_ms=meta["timestamp_ms"],
            key=bytes.fromhex(meta["key"]) if meta["key"] is not None else None,
            content_type=meta["content_type"],
        )
        outcome = transform_record(
            None if meta["value_is_none"] else value,
            record,
            config.options,
            config.max_message_bytes,
        )
        conn.send_bytes(orjson.dumps(outcome.to_wire()))
        conn.send_bytes(outcome.output or b"")
        done += 1


class _Worker:
    """One process and the parent's end of its pipe."""

    def __init__(self, config: PoolConfig) -> None:
        self.conn, child_conn = _CONTEXT.Pipe(duplex=True)
        self.process: BaseProcess = _CONTEXT.Process(
            target=_worker_main, args=(child_conn, config), daemon=True, name="news-extractor"
        )
        self.process.start()
        child_conn.close()
        self.articles = 0

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class ExtractionPool:
    """Submit values, await outcomes; ``size`` articles are extracted at once."""

    def __init__(self, config: PoolConfig, on_restart: Callable[[str], None] | None = None) -> None:
        self.config = config
        self._on_restart = on_restart or (lambda reason: None)
        self._jobs: asyncio.Queue[tuple[bytes, bytes, asyncio.Future[Outcome]]] = asyncio.Queue()
        self._slots: list[asyncio.Task[None]] = []
        self.busy = 0

    @property
    def size(self) -> int:
        return self.config.size

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        # Start the processes off the loop: the first one also starts the fork server.
        workers = await loop.run_in_executor(
            None, lambda: [_Worker(self.config) for _ in range(self.config.size)]
        )
        self._slots = [asyncio.create_task(self._run_slot(worker)) for worker in workers]

    async def stop(self) -> None:
        for slot in self._slots:
            slot.cancel()
        await asyncio.gather(*self._slots, return_exceptions=True)
        self._slots = []

    async def submit(self, value: bytes | None, record: InputRecord) -> Outcome:
        # A plain dict, not dataclasses.asdict (its deep copy was 8 % of the main process's
        # time per article in bench/results/profile-raw.md).
        header = orjson.dumps({
            "topic": record.topic,
            "partition": record.partition,
            "offset": record.offset,
            "timestamp_ms": record.timestamp_ms,
            "key": record.key.hex() if record.key is not None else None,
            "content_type": record.content_type,
            "value_is_none": value is None,
        })  # fmt: skip
        future: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
        await self._jobs.put((header, value or b"", future))
        return await future

    async def _run_slot(self, worker: _Worker) -> None:
        try:
            while True:
                header, value, future = await self._jobs.get()
                if future.cancelled():
                    continue
                self.busy += 1
                try:
                    outcome, worker = await self._extract(worker, header, value)
                finally:
                    self.busy -= 1
                if not future.done():
                    future.set_result(outcome)
        finally:
            worker.kill()

    async def _extract(
        self, worker: _Worker, header: bytes, value: bytes
    ) -> tuple[Outcome, _Worker]:
        """Run one job on ``worker``; returns the outcome and the worker to use next."""
        try:
            worker.conn.send_bytes(header)
            worker.conn.send_bytes(value)
            wire = await self._receive(worker.conn, self.config.article_timeout_s)
            output = worker.conn.recv_bytes()
        except TimeoutError:
            return self._lost(
                worker, DeadLetterReason.EXTRACTION_TIMEOUT, "timeout",
                f"extraction took longer than {self.config.article_timeout_s}s",
            )  # fmt: skip
        except (EOFError, OSError) as exc:
            code = worker.process.exitcode
            return self._lost(
                worker, DeadLetterReason.WORKER_CRASHED, "crashed",
                f"the worker process died (exit code {code}): {type(exc).__name__}",
            )  # fmt: skip
        worker.articles += 1
        outcome = Outcome.from_wire(orjson.loads(wire), output or None)
        if self.config.recycle_after and worker.articles >= self.config.recycle_after:
            worker = self._replace(worker, "recycled")
        return outcome, worker

    def _lost(
        self, worker: _Worker, reason: DeadLetterReason, restart: str, message: str
    ) -> tuple[Outcome, _Worker]:
        log.warning("pool_worker_lost", reason=restart, pid=worker.process.pid, detail=message)
        outcome = Outcome(
            reason=reason, error_type=f"news_consumer.{restart}", error_message=message
        )
        return outcome, self._replace(worker, restart)

    def _replace(self, worker: _Worker, reason: str) -> _Worker:
        worker.kill()
        self._on_restart(reason)
        return _Worker(self.config)

    @staticmethod
    async def _receive(conn: Connection, timeout: float) -> bytes:
        """Wait for the pipe to become readable without blocking the loop, then read."""
        loop = asyncio.get_running_loop()
        readable: asyncio.Future[None] = loop.create_future()
        fd = conn.fileno()

        def mark_readable() -> None:
            if not readable.done():
                readable.set_result(None)

        loop.add_reader(fd, mark_readable)
        try:
            await asyncio.wait_for(readable, timeout)
        finally:
            loop.remove_reader(fd)
            # uvloop's add_reader leaves the fd non-blocking; the pipe protocol reads and
            # writes whole messages, so it must block (the peer is mid-write, not idle).
            os.set_blocking(fd, True)
        return conn.recv_bytes()


def default_pool_size(configured: int) -> int:
    return configured or os.cpu_count() or 1
