"""Where a lane rewinds to after a failed delivery (unit tests, no broker)."""

from __future__ import annotations

import asyncio

from aiokafka.structs import ConsumerRecord, TopicPartition

from consumer.runtime.lanes import InFlight, PartitionLane
from consumer.transform import Outcome

TP = TopicPartition("in", 0)


def entry(offset: int) -> InFlight:
    record = ConsumerRecord("in", 0, offset, 0, 0, b"k", b"v", None, 1, 1, [])
    future: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
    return InFlight(record=record, size=1, outcome=future)


async def test_a_lane_with_nothing_acknowledged_rewinds_to_its_first_record():
    lane = PartitionLane(TP)
    for offset in (40, 41, 42):
        lane.add(entry(offset))
    assert lane.rewind_position() == 40  # not None: the dropped records must be fetched again


async def test_a_lane_rewinds_to_its_watermark_then_to_its_committed_offset():
    lane = PartitionLane(TP, committed=10)
    lane.add(entry(10))
    assert lane.rewind_position() == 10
    lane.advance(10)
    lane.add(entry(11))
    assert lane.rewind_position() == 11
