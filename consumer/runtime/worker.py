"""The Kafka worker: ``startup``, ``main_loop``, ``shutdown``, read top-down.

The event loop only fetches, dispatches to the extraction pool, produces and commits
(``Delivery``); CPU work happens in the pool's processes, so heartbeats never starve.
Signals only set flags: the first SIGTERM/SIGINT drains and commits, a second exits at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
import time
from collections.abc import Sequence

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener
from aiokafka.structs import ConsumerRecord, TopicPartition

from consumer.contract import DeadLetterReason
from consumer.core import CoreOptions
from consumer.dedupe import AsyncDedupeWindow, build_async_window
from consumer.observability.http import HealthServer
from consumer.observability.metrics import Metrics
from consumer.runtime.delivery import Delivery
from consumer.runtime.kafka_clients import build_consumer, build_producer
from consumer.runtime.lanes import InFlight, resolved
from consumer.runtime.pool import ExtractionPool, PoolConfig, default_pool_size
from consumer.settings import Settings
from consumer.transform import InputRecord, Outcome

log = structlog.get_logger(__name__)

MONITOR_INTERVAL_S = 5.0
RESUME_BELOW = 0.8  # backpressure: resume fetching below this share of the in-flight limits
PAUSED_POLL_MS = 5  # backpressure: how often a paused loop looks at the limits again


def core_options(settings: Settings) -> CoreOptions:
    return CoreOptions(**settings.core.model_dump())


class Worker:
    def __init__(self, settings: Settings, metrics: Metrics | None = None) -> None:
        self.settings = settings
        self.metrics = metrics or Metrics()
        self.should_exit = asyncio.Event()
        self.force_exit = False
        self._forced = asyncio.Event()  # wakes a drain that a second signal cuts short
        self.stopped = asyncio.Event()  # set once shutdown is complete
        self.broker_up = False
        self.pool: ExtractionPool | None = None
        self.http: HealthServer | None = None
        self.consumer: AIOKafkaConsumer | None = None
        self._producer: AIOKafkaProducer | None = None
        self.delivery: Delivery | None = None
        self._dedupe: AsyncDedupeWindow | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._backpressure = False

    # --- lifecycle -----------------------------------------------------------------------
    async def serve(self, install_signals: bool = True, early_signals: Sequence[int] = ()) -> int:
        """Run until a signal or ``request_exit``; returns the process exit status.

        ``early_signals`` are signals the process got before this ran: each counts as one.
        """
        loop = asyncio.get_running_loop()
        signals = (signal.SIGTERM, signal.SIGINT) if install_signals else ()
        for signum in signals:
            loop.add_signal_handler(signum, self.request_exit)
        for _ in early_signals:
            self.request_exit()
        try:
            await self.startup()
            await self.main_loop()
        finally:
            code = await self.shutdown()
            for signum in signals:
                loop.remove_signal_handler(signum)
            self.stopped.set()
        return code

    def request_exit(self) -> None:
        if self.should_exit.is_set():
            log.warning("second_signal_exiting_now")
            self.force_exit = True
            self._forced.set()
        self.should_exit.set()

    async def startup(self) -> None:
        settings = self.settings
        if settings.metrics.enabled:
            self.http = HealthServer(
                self.metrics, self.readiness, settings.metrics.host, settings.metrics.port
            )
            await self.http.start()
        if settings.processing.mode == "extract":
            self.pool = ExtractionPool(self._pool_config(), on_restart=self._count_restart)
            await self.pool.start()
            self.metrics.pool_workers.set(self.pool.size)
        exactly_once = settings.processing.guarantee == "exactly_once"
        transactional_id = (
            f"{settings.processing.transactional_id_prefix}-{socket.gethostname()}"
            if exactly_once
            else None
        )
        self._producer = build_producer(settings.kafka, transactional_id=transactional_id)
        await self._producer.start()
        self.consumer = build_consumer(settings.kafka, read_committed=exactly_once)
        self._dedupe = build_async_window(settings.dedupe.to_config())
        self.delivery = Delivery(
            settings, self.consumer, self._producer, self.metrics, self._dedupe
        )
        self.consumer.subscribe([settings.topics.input], listener=_Rebalance(self))
        await self.consumer.start()
        await self.delivery.begin()
        self._tasks = [
            asyncio.create_task(self.delivery.run(), name="delivery"),
            asyncio.create_task(self._monitor(), name="monitor"),
        ]
        log.info(
            "worker_started",
            input=settings.topics.input,
            output=settings.topics.output,
            guarantee=settings.processing.guarantee,
            pool_size=self.pool.size if self.pool else 0,
            metrics_port=self.http.port if self.http else None,
        )

    async def main_loop(self) -> None:
        assert self.consumer is not None
        while not self.should_exit.is_set():
            room = self._apply_backpressure()
            # While paused no fetch can return records: look at the limits again soon
            # instead of idling in getmany for its whole timeout.
            timeout_ms = PAUSED_POLL_MS if self._backpressure else 200
            batch = await self.consumer.getmany(timeout_ms=timeout_ms, max_records=room)
            assigned = self.consumer.assignment() if batch else set()
            for tp, records in batch.items():
                if tp not in assigned:  # revoked while the fetch was in flight
                    continue
                for record in records:
                    self._dispatch(record)
            for task in self._tasks:
                if task.done() and task.exception() is not None:
                    raise task.exception()  # type: ignore[misc]

    async def shutdown(self) -> int:
        consumer, delivery = self.consumer, self.delivery
        if self.force_exit:
            await self._close(commit=False)
            return 1
        if consumer is not None and delivery is not None:
            consumer.pause(*consumer.assignment())
            drain = asyncio.create_task(
                delivery.drain(list(delivery.lanes), self.settings.processing.drain_timeout_seconds)
            )
            forced = asyncio.create_task(self._forced.wait())
            await asyncio.wait({drain, forced}, return_when=asyncio.FIRST_COMPLETED)
            complete = drain.done() and drain.result()
            forced.cancel()
            drain.cancel()
            log.info("drained", complete=complete, in_flight=delivery.in_flight)
        await self._close(commit=not self.force_exit)
        log.info("worker_stopped")
        return 1 if self.force_exit else 0

    async def _close(self, *, commit: bool) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if commit and self.delivery is not None:
            await self.delivery.commit()
        if self.consumer is not None:
            await self.consumer.stop()
        if self._producer is not None:
            if self.settings.processing.guarantee == "exactly_once" and commit:
                await (
                    self._producer.abort_transaction()
                )  # the empty one begun after the last commit
            await self._producer.stop()
        if self.pool is not None:
            await self.pool.stop()
        if self._dedupe is not None:
            await self._dedupe.close()
        if self.http is not None:
            await self.http.stop()

    # --- the hot path --------------------------------------------------------------------
    def _dispatch(self, record: ConsumerRecord[bytes, bytes]) -> None:
        assert self.delivery is not None
        self.metrics.consumed.labels(record.topic).inc()
        size = len(record.value or b"")
        outcome: asyncio.Future[Outcome]
        if size > self.settings.processing.max_message_bytes:
            outcome = resolved(_too_large(size, self.settings.processing.max_message_bytes))
        elif self.pool is None:  # pass-through mode: the Kafka-side ceiling
            outcome = resolved(Outcome(output=record.value or b""))
        else:
            outcome = asyncio.ensure_future(self.pool.submit(record.value, _input_record(record)))
            outcome.add_done_callback(self._count_outcome)
        self.delivery.add(InFlight(record=record, size=size, outcome=outcome))

    def _count_outcome(self, future: asyncio.Future[Outcome]) -> None:
        if future.cancelled():
            return
        outcome = future.result()
        self.metrics.processing_seconds.observe(outcome.duration_s)
        for reason, chars in outcome.removed_chars.items():
            self.metrics.removed_chars.labels(reason).inc(chars)
        for reason, items in outcome.removed_items.items():
            self.metrics.removed_items.labels(reason).inc(items)

    def _apply_backpressure(self) -> int:
        """Pause fetching while the in-flight limits are reached; returns the room left."""
        assert self.consumer is not None and self.delivery is not None
        limits = self.settings.processing
        delivery = self.delivery
        full = (
            delivery.in_flight >= limits.max_in_flight_messages
            or delivery.in_flight_bytes >= limits.max_in_flight_bytes
        )
        drained = (
            delivery.in_flight < limits.max_in_flight_messages * RESUME_BELOW
            and delivery.in_flight_bytes < limits.max_in_flight_bytes * RESUME_BELOW
        )
        if full and not self._backpressure:
            self._backpressure = True
            self.consumer.pause(*self.consumer.assignment())
        elif self._backpressure and drained:
            self._backpressure = False
            self.consumer.resume(*self.consumer.assignment())
        self.metrics.paused_partitions.set(len(self.consumer.paused()))
        return max(1, limits.max_in_flight_messages - delivery.in_flight)

    # --- observability -------------------------------------------------------------------
    def readiness(self) -> tuple[bool, str]:
        assigned = len(self.consumer.assignment()) if self.consumer else 0
        if not self.broker_up:
            return False, "broker unreachable"
        if not assigned:
            return False, "no partitions assigned"
        return True, f"ready: {assigned} partitions"

    async def _monitor(self) -> None:
        assert self.consumer is not None and self.delivery is not None
        while True:
            try:
                await asyncio.wait_for(self.consumer.topics(), MONITOR_INTERVAL_S)
                self.broker_up = True
            except Exception:
                self.broker_up = False
            self.metrics.broker_up.set(1 if self.broker_up else 0)
            try:
                await self._update_lag()
            except Exception as exc:  # a metrics refresh must never stop the worker
                log.warning("lag_update_failed", error=repr(exc))
            if self.pool is not None:
                self.metrics.pool_busy_workers.set(self.pool.busy)
            await asyncio.sleep(MONITOR_INTERVAL_S)

    async def _update_lag(self) -> None:
        assert self.consumer is not None and self.delivery is not None
        now_ms = time.time() * 1000
        assignment = self.consumer.assignment()
        self.metrics.assigned_partitions.set(len(assignment))
        for tp in assignment:
            highwater = self.consumer.highwater(tp)
            lane = self.delivery.lanes.get(tp)
            if highwater is None:
                continue
            position = lane.watermark if lane and lane.watermark is not None else None
            if position is None:
                position = await asyncio.wait_for(self.consumer.position(tp), 2)
            lag = max(0, highwater - position)
            oldest = lane.oldest_timestamp_ms() if lane else None
            if oldest is None and lag and lane is not None:
                oldest = lane.last_timestamp_ms
            labels = (tp.topic, str(tp.partition))
            self.metrics.lag_messages.labels(*labels).set(lag)
            seconds = max(0.0, (now_ms - oldest) / 1000) if oldest is not None and lag else 0.0
            self.metrics.lag_seconds.labels(*labels).set(seconds)

    def forget_partition_metrics(self, partitions: set[TopicPartition]) -> None:
        """Drop the lag series of partitions this worker no longer owns (no stale values)."""
        for tp in partitions:
            for gauge in (self.metrics.lag_messages, self.metrics.lag_seconds):
                with contextlib.suppress(KeyError):
                    gauge.remove(tp.topic, str(tp.partition))

    def _count_restart(self, reason: str) -> None:
        self.metrics.worker_restarts.labels(reason).inc()

    def _pool_config(self) -> PoolConfig:
        processing = self.settings.processing
        return PoolConfig(
            size=default_pool_size(processing.pool_size),
            options=core_options(self.settings),
            article_timeout_s=processing.article_timeout_seconds,
            max_message_bytes=processing.max_message_bytes,
            recycle_after=processing.recycle_worker_after,
            memory_limit_bytes=processing.worker_memory_limit_mb * 1024 * 1024,
        )


class _Rebalance(ConsumerRebalanceListener):
    """Finish and commit revoked partitions' work before they are handed over."""

    def __init__(self, worker: Worker) -> None:
        self.worker = worker

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        worker = self.worker
        delivery = worker.delivery
        if delivery is None or not revoked:
            return
        worker.metrics.rebalances.labels("revoked").inc()
        mine = [tp for tp in revoked if tp in delivery.lanes]
        drained = await delivery.drain(mine, worker.settings.processing.drain_timeout_seconds)
        await delivery.commit(mine)
        delivery.forget(mine)
        worker.forget_partition_metrics(revoked)
        log.info("partitions_revoked", partitions=len(revoked), drained=drained)

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        self.worker.metrics.rebalances.labels("assigned").inc()
        self.worker.metrics.assigned_partitions.set(len(assigned))
        log.info("partitions_assigned", partitions=sorted(tp.partition for tp in assigned))


def _input_record(record: ConsumerRecord[bytes, bytes]) -> InputRecord:
    content_type = next(
        (value.decode("latin-1") for key, value in record.headers if key.lower() == "content-type"),
        None,
    )
    return InputRecord(
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        timestamp_ms=record.timestamp,
        key=record.key,
        content_type=content_type,
    )


def _too_large(size: int, limit: int) -> Outcome:
    return Outcome(
        reason=DeadLetterReason.TOO_LARGE,
        error_type="consumer.contract.InvalidMessage",
        error_message=f"record value is {size} bytes, limit {limit}",
    )
