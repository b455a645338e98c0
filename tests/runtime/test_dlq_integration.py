"""`dlq inspect` and `dlq redrive` against dead letters written by a real worker."""

from __future__ import annotations

import pytest

from consumer.runtime.dead_letters import read_dead_letter_headers
from consumer.runtime.dlq import DeadLetterFilter, describe, read_dead_letters, redrive
from tests.runtime.kafka_io import article, produce, read_all

pytestmark = pytest.mark.integration


async def test_inspect_filters_and_redrive_sends_back_with_attempts(make_settings, running_worker):
    settings = await make_settings(partitions=1)
    await produce(
        settings,
        [(b"bad-json", b"{", 0), (b"empty", b"", 0), (b"good", article(1), 0)],
    )
    await running_worker(settings)
    await read_all(settings, settings.topics.dead_letter, 2)

    everything = await read_dead_letters(settings, DeadLetterFilter())
    assert [describe(r, i)["reason"] for r, i in everything] == ["invalid_json", "empty_content"]
    only_json = DeadLetterFilter(reasons=frozenset({"invalid_json"}))
    assert [r.key for r, _ in await read_dead_letters(settings, only_json)] == [b"bad-json"]

    assert await redrive(settings, only_json, execute=False) == 1  # dry run sends nothing
    assert await redrive(settings, only_json, execute=True) == 1
    letters = await read_all(settings, settings.topics.dead_letter, 3)
    again = [r for r in letters if r.key == b"bad-json"]
    assert len(again) == 2  # it failed again after the redrive ...
    assert read_dead_letter_headers(again[-1].headers).attempts == 2  # ... and counted it
