"""Per-partition lanes: send order, contiguous watermark, no going backwards."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka.structs import ConsumerRecord, TopicPartition

from consumer.runtime.lanes import InFlight, OffsetWentBackwards, PartitionLane
from consumer.transform import Outcome

TP = TopicPartition("in", 0)


def entry(offset: int) -> InFlight:
    record = ConsumerRecord("in", 0, offset, 1000 + offset, 0, b"k", b"v", None, 1, 1, ())
    return InFlight(record=record, size=1, outcome=asyncio.get_running_loop().create_future())


async def test_only_the_head_is_sent_and_the_watermark_is_contiguous():
    lane = PartitionLane(TP)
    first, second = entry(10), entry(11)
    lane.add(first)
    lane.add(second)
    second.outcome.set_result(Outcome(output=b"2"))
    assert lane.ready_to_send() is None  # the head is not done: later records wait
    first.outcome.set_result(Outcome(output=b"1"))
    assert lane.ready_to_send() is first
    assert lane.ready_to_send() is second

    loop = asyncio.get_running_loop()
    first.delivery, second.delivery = loop.create_future(), loop.create_future()
    second.delivery.set_result(None)
    assert lane.acknowledged() == []  # acked out of order: the watermark must wait
    first.delivery.set_result(None)
    assert lane.acknowledged() == [first, second]
    lane.advance(10)
    lane.advance(11)
    assert lane.pending_commit() == 12
    lane.committed = 12
    assert lane.pending_commit() is None


async def test_watermark_never_goes_backwards():
    lane = PartitionLane(TP, committed=50)
    with pytest.raises(OffsetWentBackwards):
        lane.advance(10)


async def test_drop_all_cancels_pending_outcomes():
    lane = PartitionLane(TP)
    lane.add(pending := entry(1))
    assert lane.drop_all() == [pending]
    assert pending.outcome.cancelled() and len(lane) == 0
