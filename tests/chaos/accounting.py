"""Checks the proofs share: every known id accounted for, duplicates only where allowed,
and no offset committed before its output was on the output topic."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import orjson
from aiokafka.structs import ConsumerRecord

from bench.stream.harness import input_position
from consumer.runtime.dead_letters import read_dead_letter_headers

Records = Sequence[ConsumerRecord[bytes, bytes]]


@dataclass(frozen=True)
class Ledger:
    """Who arrived where: output ids, dead-letter keys, copies per input position."""

    output_ids: Counter[str]
    dead_letter_keys: Counter[bytes]
    copies: Counter[tuple[int, int]]  # (input partition, offset) -> outputs and dead letters
    first_seen_ms: dict[tuple[int, int], int]  # earliest output timestamp per position

    @property
    def duplicates(self) -> int:
        return sum(count - 1 for count in self.copies.values())


def ledger(outputs: Records, dead_letters: Records = ()) -> Ledger:
    copies: Counter[tuple[int, int]] = Counter()
    first: dict[tuple[int, int], int] = {}
    ids: Counter[str] = Counter()
    for record in outputs:
        ids[orjson.loads(record.value)["id"]] += 1
        position = input_position(record)
        copies[position] += 1
        first[position] = min(first.get(position, record.timestamp), record.timestamp)
    for record in dead_letters:
        info = read_dead_letter_headers(record.headers)
        position = (info.original_partition or 0, info.original_offset or 0)
        copies[position] += 1
        first[position] = min(first.get(position, record.timestamp), record.timestamp)
    return Ledger(ids, Counter(r.key for r in dead_letters), copies, first)


def missing(expected: Iterable[str], book: Ledger) -> list[str]:
    """Known ids that are neither an output nor a dead letter."""
    return [
        i for i in expected if i not in book.output_ids and i.encode() not in book.dead_letter_keys
    ]


@dataclass(frozen=True)
class Kill:
    """One kill -9: the committed offsets just before it and the input ends just after."""

    committed_before: Mapping[int, int]
    input_end_after: Mapping[int, int]


def duplicates_outside_window(book: Ledger, kills: Sequence[Kill]) -> list[tuple[int, int]]:
    """Positions replayed more often than kills whose uncommitted window contained them.

    After a kill -9 the new worker starts at the committed offset, so only records between
    the last commit and the kill may come out twice (at least once)."""
    wrong = []
    for (partition, offset), count in book.copies.items():
        allowed = sum(
            1
            for kill in kills
            if kill.committed_before.get(partition, 0) <= offset < kill.input_end_after[partition]
        )
        if count - 1 > allowed:
            wrong.append((partition, offset))
    return wrong


def committed_ahead_of_output(
    book: Ledger, samples: Sequence[tuple[float, Mapping[int, int]]], start: Mapping[int, int]
) -> list[tuple[int, int, float]]:
    """(partition, offset, sample time) where the offset was committed before its output or
    dead letter was on a topic. Output topics use LogAppendTime, so a record's timestamp is
    when the broker wrote it; ``samples`` are (wall time after reading, committed offsets)."""
    wrong = []
    for at, committed in samples:
        at_ms = at * 1000
        for partition, offset_end in committed.items():
            for offset in range(start.get(partition, 0), offset_end):
                seen = book.first_seen_ms.get((partition, offset))
                if seen is None or seen > at_ms + 1:
                    wrong.append((partition, offset, at))
    return wrong
