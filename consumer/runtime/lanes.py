"""Per-partition bookkeeping: records in input order from fetch to broker acknowledgement.

A lane holds its partition's in-flight records in offset order. Records are sent only from
the head of the lane (so outputs keep the input order) and the lane's commit watermark is
the offset after the highest contiguous record whose output or dead letter was acknowledged.
The watermark never goes backwards, and nothing past it is ever committed.
"""

from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import dataclass

from aiokafka.structs import ConsumerRecord, TopicPartition

from consumer.transform import Outcome


class OffsetWentBackwards(RuntimeError):
    """A commit watermark would have moved backwards: a bug, refused loudly."""


@dataclass(slots=True)
class InFlight:
    """One consumed record on its way through the pool and the producer."""

    record: ConsumerRecord[bytes, bytes]
    size: int
    outcome: asyncio.Future[Outcome]
    delivery: asyncio.Future[object] | None = None
    dead_letter: bool = False

    @property
    def offset(self) -> int:
        return int(self.record.offset)


class PartitionLane:
    def __init__(self, tp: TopicPartition, committed: int | None = None) -> None:
        self.tp = tp
        self.unsent: deque[InFlight] = deque()  # in the pool, or waiting for their turn
        self.sent: deque[InFlight] = deque()  # handed to the producer, awaiting the ack
        self.watermark: int | None = committed  # next offset to commit
        self.committed: int | None = committed  # what the broker has as committed
        self.last_timestamp_ms: int | None = None
        # Where a rewind goes back to before any commit or acknowledgement on this lane.
        self.first_offset: int | None = None

    def __len__(self) -> int:
        return len(self.unsent) + len(self.sent)

    def add(self, entry: InFlight) -> None:
        if self.first_offset is None:
            self.first_offset = entry.offset
        self.unsent.append(entry)
        self.last_timestamp_ms = entry.record.timestamp

    def ready_to_send(self) -> InFlight | None:
        """The head record, once its outcome is known; later records wait their turn."""
        if self.unsent and self.unsent[0].outcome.done():
            entry = self.unsent.popleft()
            self.sent.append(entry)
            return entry
        return None

    def acknowledged(self) -> list[InFlight]:
        """Pop the head records whose delivery finished (successfully or not), in order."""
        done = []
        while self.sent and self.sent[0].delivery is not None and self.sent[0].delivery.done():
            done.append(self.sent.popleft())
        return done

    def advance(self, offset: int) -> None:
        """Move the watermark past ``offset`` (its output is acknowledged)."""
        new = offset + 1
        if self.watermark is not None and new < self.watermark:
            raise OffsetWentBackwards(f"{self.tp}: watermark {self.watermark} -> {new}")
        self.watermark = new

    def sent_through(self) -> int | None:
        """Offset after the last record handed to the producer (exactly-once commits)."""
        if self.sent:
            return self.sent[-1].offset + 1
        return self.watermark

    def oldest_timestamp_ms(self) -> int | None:
        head = self.sent[0] if self.sent else (self.unsent[0] if self.unsent else None)
        return int(head.record.timestamp) if head else None

    def drop_all(self) -> list[InFlight]:
        """Forget every in-flight record (rewind or revoke); returns them for accounting."""
        dropped = [*self.sent, *self.unsent]
        for entry in dropped:
            entry.outcome.cancel()
        self.sent.clear()
        self.unsent.clear()
        return dropped

    def rewind_position(self) -> int | None:
        """Where fetching resumes after a failed delivery: the watermark, else the committed
        offset, else the lane's first record (nothing was acknowledged or committed yet)."""
        if self.watermark is not None:
            return self.watermark
        return self.committed if self.committed is not None else self.first_offset

    def pending_commit(self) -> int | None:
        """The watermark when it is ahead of the committed offset, else None."""
        if self.watermark is not None and (
            self.committed is None or self.watermark > self.committed
        ):
            return self.watermark
        return None


def resolved(outcome: Outcome) -> asyncio.Future[Outcome]:
    """An already-finished outcome (decided without the pool)."""
    future: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
    future.set_result(outcome)
    return future
