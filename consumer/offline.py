"""`news-consumer process`: raw-article JSON lines on stdin (or article files), enriched JSON
lines on stdout.

The same transformation as the worker (``transform_record``), in input order. With
``workers > 0`` it runs in the same extraction pool as the worker (time limits included).
A bad line is reported on stderr with its reason; the good lines are still processed and
the exit status is 1 at the end.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import BinaryIO, TextIO

from consumer.article_files import article_messages
from consumer.core import CoreOptions
from consumer.dedupe import DedupeConfig, DedupeWindow, build_window
from consumer.runtime.pool import ExtractionPool, PoolConfig
from consumer.transform import InputRecord, Outcome, mark_duplicate, transform_record


async def process_lines(
    lines: Iterable[bytes],
    out: BinaryIO,
    err: TextIO,
    *,
    options: CoreOptions,
    max_message_bytes: int,
    workers: int = 0,
    article_timeout_s: float = 30.0,
    dedupe: DedupeWindow | None = None,
    label: str = "line",
) -> int:
    """Transform every non-blank line; returns the number of lines that failed. A failure is
    reported as "<label> <number>: <reason>: <message>".

    With a ``dedupe`` window, ``fingerprints.duplicate_of`` is marked as the worker marks it.
    """
    failures = 0
    async for number, outcome in _outcomes(
        lines, options, max_message_bytes, workers, article_timeout_s
    ):
        if outcome.reason is None:
            out.write(_with_dedupe_verdict(outcome, dedupe) + b"\n")
        else:
            failures += 1
            err.write(f"{label} {number}: {outcome.reason.value}: {outcome.error_message}\n")
    out.flush()
    return failures


def _with_dedupe_verdict(outcome: Outcome, dedupe: DedupeWindow | None) -> bytes:
    output = outcome.output or b""
    if dedupe is None or not outcome.article_id or not outcome.fingerprints:
        return output
    prints = outcome.fingerprints
    duplicate_of = dedupe.check_and_add(
        outcome.article_id, prints["content_sha256"], prints["simhash"]
    )
    return mark_duplicate(output, duplicate_of) if duplicate_of else output


async def _outcomes(
    lines: Iterable[bytes],
    options: CoreOptions,
    max_message_bytes: int,
    workers: int,
    article_timeout_s: float,
) -> AsyncIterator[tuple[int, Outcome]]:
    numbered = ((n, line.rstrip(b"\r\n")) for n, line in enumerate(lines, 1) if line.strip())
    if workers <= 0:
        for number, line in numbered:
            yield number, transform_record(line, InputRecord(), options, max_message_bytes)
        return
    pool = ExtractionPool(
        PoolConfig(
            size=workers,
            options=options,
            article_timeout_s=article_timeout_s,
            max_message_bytes=max_message_bytes,
        )
    )
    await pool.start()
    try:
        window: list[tuple[int, asyncio.Task[Outcome]]] = []
        for number, line in numbered:
            window.append((number, asyncio.ensure_future(pool.submit(line, InputRecord()))))
            if len(window) >= workers * 4:  # bounded read-ahead keeps memory flat
                first, task = window.pop(0)
                yield first, await task
        for number, task in window:
            yield number, await task
    finally:
        await pool.stop()


def run_process(
    options: CoreOptions,
    max_message_bytes: int,
    workers: int,
    timeout: float,
    dedupe: DedupeConfig,
    paths: list[Path] | None = None,
) -> int:
    """Stdin's lines, or the articles of ``paths`` (``.html``, ``.txt``, ``.jsonl``)."""
    lines: Iterable[bytes] = sys.stdin.buffer
    if paths:
        lines = (value for _, value in article_messages(paths))
    window = build_window(dedupe)
    try:
        failures = asyncio.run(
            process_lines(
                lines,
                sys.stdout.buffer,
                sys.stderr,
                options=options,
                max_message_bytes=max_message_bytes,
                workers=workers,
                article_timeout_s=timeout,
                dedupe=window,
                label="article" if paths else "line",
            )
        )
    finally:
        if window is not None:
            window.close()
    if failures:
        sys.stderr.write(f"{failures} {'article' if paths else 'line'}(s) failed\n")
    return 1 if failures else 0
