"""Sending finished records in input order, and the commit protocol.

One object owns everything between "the pool has an outcome" and "the offset is committed":

1. Send: per lane, only the head record is sent, once its outcome is known: the enriched
   record to the output topic or the input value to the dead-letter topic, same key.
2. Acknowledge: when the broker acknowledges a lane's head record, the lane's watermark
   moves past it. A failed output that can never fit (too large) becomes a dead letter; any
   other failure rewinds the lane to its watermark (seek back, pause, retry): nothing lost.
3. Commit, every ``commit_interval_seconds`` and on revoke and shutdown:
   - at least once: ``consumer.commit(watermarks)``; a failure is counted and retried;
   - exactly once: sending pauses, the open transaction gets the offsets after the last
     sent records (``send_offsets_to_transaction``) and is committed; on failure it is
     aborted and every lane rewinds to its committed offset; then a new one begins.
   A watermark never moves backwards (``OffsetWentBackwards``).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Iterable

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import KafkaError, MessageSizeTooLargeError, RecordTooLargeError
from aiokafka.structs import TopicPartition

from consumer.contract import DeadLetterReason
from consumer.dedupe import AsyncDedupeWindow
from consumer.observability.metrics import Metrics
from consumer.runtime.dead_letters import ATTEMPTS_HEADER, Origin, dead_letter_headers
from consumer.runtime.lanes import InFlight, PartitionLane, resolved
from consumer.settings import Settings
from consumer.transform import Outcome, mark_duplicate

log = structlog.get_logger(__name__)

_TOO_LARGE = (MessageSizeTooLargeError, RecordTooLargeError)
REWIND_BACKOFF_S = 1.0


class Delivery:
    def __init__(
        self,
        settings: Settings,
        consumer: AIOKafkaConsumer,
        producer: AIOKafkaProducer,
        metrics: Metrics,
        dedupe: AsyncDedupeWindow | None = None,
    ) -> None:
        self.settings = settings
        self.dedupe = dedupe
        self.consumer = consumer
        self.producer = producer
        self.metrics = metrics
        self.exactly_once = settings.processing.guarantee == "exactly_once"
        self.lanes: dict[TopicPartition, PartitionLane] = {}
        self._wake = asyncio.Event()
        self._send_lock = asyncio.Lock()  # exactly once: no sends while a transaction commits
        self.in_flight = 0  # records consumed and not yet acknowledged (or dropped)
        self.in_flight_bytes = 0
        # Hot path: the labelled counter is looked up once, and the in-flight gauges are
        # published once per pump instead of twice per record (see bench/results/profile.md).
        self._produced = metrics.produced.labels(settings.topics.output)

    # --- sending -----------------------------------------------------------------------
    def wake(self, *_: object) -> None:
        self._wake.set()

    def add(self, entry: InFlight) -> None:
        """Take a consumed record into its partition's lane (in offset order)."""
        tp = TopicPartition(entry.record.topic, entry.record.partition)
        lane = self.lanes.get(tp)
        if lane is None:
            lane = self.lanes[tp] = PartitionLane(tp)
        lane.add(entry)
        self.in_flight += 1
        self.in_flight_bytes += entry.size
        entry.outcome.add_done_callback(self.wake)

    def _release(self, entries: list[InFlight]) -> None:
        self.in_flight -= len(entries)
        self.in_flight_bytes -= sum(entry.size for entry in entries)

    def _publish_in_flight(self) -> None:
        self.metrics.in_flight_messages.set(self.in_flight)
        self.metrics.in_flight_bytes.set(self.in_flight_bytes)

    async def run(self) -> None:
        """Send and acknowledge as outcomes arrive; commit on a timer."""
        interval = self.settings.processing.commit_interval_seconds
        next_commit = time.monotonic() + interval
        while True:
            timeout = max(0.0, next_commit - time.monotonic())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)
            self._wake.clear()
            await self.pump()
            if time.monotonic() >= next_commit:
                await self.commit()
                next_commit = time.monotonic() + interval

    async def pump(self) -> None:
        """Send every lane's ready head records and process the acknowledgements."""
        async with self._send_lock:
            for lane in list(self.lanes.values()):
                while (entry := lane.ready_to_send()) is not None:
                    await self._send(lane, entry)
                self._acknowledge(lane)
            self._publish_in_flight()

    async def _send(self, lane: PartitionLane, entry: InFlight) -> None:
        outcome = entry.outcome.result()
        record = entry.record
        try:
            if outcome.reason is None:
                output = await self._with_dedupe_verdict(outcome)
                delivery = await self.producer.send(
                    self.settings.topics.output, output, key=record.key
                )
            else:
                delivery = await self._send_dead_letter(entry, outcome)
        except _TOO_LARGE:
            entry.outcome = resolved(_too_large_output(outcome))
            delivery = await self._send_dead_letter(entry, entry.outcome.result())
        except KafkaError as exc:
            delivery = _failed_future(exc)
        entry.delivery = delivery
        delivery.add_done_callback(self.wake)

    async def _with_dedupe_verdict(self, outcome: Outcome) -> bytes | None:
        """Mark ``duplicate_of`` when the window has seen the same or nearly the same body."""
        if self.dedupe is None or not outcome.article_id or not outcome.fingerprints:
            return outcome.output
        prints = outcome.fingerprints
        try:
            duplicate_of = await self.dedupe.check_and_add(
                outcome.article_id, prints["content_sha256"], prints["simhash"]
            )
        except Exception as exc:  # the window is an extra: never stop the stream for it
            log.warning("dedupe_unavailable", error=repr(exc))
            return outcome.output
        if duplicate_of is None or outcome.output is None:
            return outcome.output
        self.metrics.duplicates.labels("content").inc()
        return mark_duplicate(outcome.output, duplicate_of)

    async def _send_dead_letter(self, entry: InFlight, outcome: Outcome) -> asyncio.Future[object]:
        record = entry.record
        origin = Origin(
            topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            timestamp_ms=record.timestamp,
            timestamp_type=record.timestamp_type,
            group_id=self.settings.kafka.group_id,
        )
        entry.dead_letter = True
        log.warning(
            "dead_letter", topic=record.topic, partition=record.partition, offset=record.offset,
            article_id=outcome.article_id or _text(record.key), reason=outcome.reason,
            error=outcome.error_message[:300],
        )  # fmt: skip
        original = [(k, v) for k, v in record.headers if k != ATTEMPTS_HEADER]
        attempts = 1 + next(
            (int(v or b"0") for k, v in record.headers if k == ATTEMPTS_HEADER and v.isdigit()), 0
        )
        return await self.producer.send(
            self.settings.topics.dead_letter,
            record.value,
            key=record.key,
            headers=original + dead_letter_headers(outcome, origin, attempts),
        )

    def _acknowledge(self, lane: PartitionLane) -> None:
        done = lane.acknowledged()
        for index, entry in enumerate(done):
            assert entry.delivery is not None
            error = entry.delivery.exception()
            if isinstance(error, _TOO_LARGE) and not entry.dead_letter and not self.exactly_once:
                # The broker refused the record for its size (the output topic's
                # max.message.bytes): it can never fit, so it becomes a dead letter in place,
                # still at the head of the lane (nothing after it is acknowledged first).
                lane.sent.extendleft(reversed(done[index:]))
                entry.outcome = resolved(_too_large_output(entry.outcome.result()))
                entry.delivery = asyncio.ensure_future(self._dead_letter_delivered(entry))
                entry.delivery.add_done_callback(self.wake)
                return
            if error is not None:
                self._rewind(lane, error)
                return
            lane.advance(entry.offset)
            self._count_delivered(entry)
            self._release([entry])

    async def _dead_letter_delivered(self, entry: InFlight) -> object:
        return await (await self._send_dead_letter(entry, entry.outcome.result()))

    def _count_delivered(self, entry: InFlight) -> None:
        outcome = entry.outcome.result()
        metrics = self.metrics
        if entry.dead_letter:
            metrics.dead_lettered.labels(outcome.reason.value if outcome.reason else "").inc()
        else:
            self._produced.inc()
        metrics.end_to_end_seconds.observe(max(0.0, time.time() - entry.record.timestamp / 1000))

    def _rewind(self, lane: PartitionLane, error: BaseException) -> None:
        """Forget the lane's in-flight records and fetch again from its watermark."""
        dropped = lane.drop_all()
        self._release(dropped)
        position = lane.rewind_position()
        log.warning(
            "delivery_failed_rewinding", topic=lane.tp.topic, partition=lane.tp.partition,
            offset=position, error=repr(error), dropped=len(dropped),
        )  # fmt: skip
        if position is not None and lane.tp in self.consumer.assignment():
            self.consumer.seek(lane.tp, position)
            self.consumer.pause(lane.tp)
            asyncio.get_running_loop().call_later(REWIND_BACKOFF_S, self._resume, lane.tp)

    def _resume(self, tp: TopicPartition) -> None:
        if tp in self.consumer.assignment():
            self.consumer.resume(tp)

    # --- committing --------------------------------------------------------------------
    async def commit(self, partitions: Iterable[TopicPartition] | None = None) -> None:
        if self.exactly_once:
            await self._commit_transaction()
            return
        lanes = [self.lanes[tp] for tp in partitions or self.lanes if tp in self.lanes]
        offsets = {
            lane.tp: offset for lane in lanes if (offset := lane.pending_commit()) is not None
        }
        if not offsets:
            return
        try:
            await self.consumer.commit(offsets)
        except KafkaError as exc:
            self.metrics.commit_failures.inc()
            log.warning("commit_failed", error=repr(exc), partitions=len(offsets))
            return
        # The lanes taken before the await: a partition revoked during it is gone from
        # self.lanes (a KeyError here used to kill the worker in a rebalance).
        for lane in lanes:
            if lane.tp in offsets:
                lane.committed = offsets[lane.tp]
        self.metrics.commits.inc()

    async def begin(self) -> None:
        if self.exactly_once:
            await self.producer.begin_transaction()

    async def _commit_transaction(self) -> None:
        async with self._send_lock:
            offsets = {
                tp: offset
                for tp, lane in self.lanes.items()
                if (offset := lane.sent_through()) is not None and offset != lane.committed
            }
            if not offsets and not any(lane.sent for lane in self.lanes.values()):
                return
            try:
                if offsets:
                    await self.producer.send_offsets_to_transaction(
                        offsets, self.settings.kafka.group_id
                    )
                await self.producer.commit_transaction()
            except KafkaError as exc:
                self.metrics.commit_failures.inc()
                log.warning("transaction_failed", error=repr(exc))
                await self._abort_and_rewind(exc)
                return
            finally:
                await self.producer.begin_transaction()
            for tp, offset in offsets.items():
                if (lane := self.lanes.get(tp)) is not None:
                    lane.committed = offset
            self.metrics.commits.inc()

    async def _abort_and_rewind(self, error: BaseException) -> None:
        try:
            await self.producer.abort_transaction()
        except KafkaError as exc:
            log.error("transaction_abort_failed", error=repr(exc))
        for lane in self.lanes.values():
            lane.watermark = lane.committed
            self._rewind(lane, error)

    # --- draining ----------------------------------------------------------------------
    async def drain(self, partitions: Iterable[TopicPartition], timeout: float) -> bool:
        """Wait until the given lanes have nothing in flight; False if the time ran out."""
        lanes = [self.lanes[tp] for tp in partitions if tp in self.lanes]
        deadline = time.monotonic() + timeout
        while any(len(lane) for lane in lanes):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            self._wake.clear()
            await self.pump()
            if any(len(lane) for lane in lanes):
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), min(remaining, 0.2))
        return True

    def forget(self, partitions: Iterable[TopicPartition]) -> None:
        for tp in partitions:
            lane = self.lanes.pop(tp, None)
            if lane is not None:
                self._release(lane.drop_all())


def _failed_future(error: BaseException) -> asyncio.Future[object]:
    future: asyncio.Future[object] = asyncio.get_running_loop().create_future()
    future.set_exception(error)
    return future


def _text(key: bytes | None) -> str | None:
    return key.decode("utf-8", "replace") if key else None


def _too_large_output(outcome: Outcome) -> Outcome:
    size = len(outcome.output or b"")
    return Outcome(
        reason=DeadLetterReason.TOO_LARGE,
        error_type="news_consumer.OutputTooLarge",
        error_message=f"the enriched record ({size} bytes) is larger than the output topic accepts",
        article_id=outcome.article_id,
    )
