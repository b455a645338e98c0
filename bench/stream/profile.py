"""``make bench`` (last step): pyinstrument profiles of the two hot paths, summarised.

1. A pool worker's job: ``transform_record`` on the generated articles (in this process).
2. The worker's event loop in pass-through mode (consume, produce, commit; no extraction):
   what the main process spends per message, which bounds every end-to-end figure.
3. The same event loop in extract mode (one pool worker): the pool hand-off and outcomes.

Prints the heaviest frames of each and writes them to bench/results/profile-raw.md (the
hand-written bench/results/profile.md says what was done about them).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import time
from pathlib import Path

from pyinstrument import Profiler

from bench.stream.articles import articles, filler_message
from bench.stream.harness import Topics, produce
from bench.stream.run import broker
from consumer.core import DEFAULT_OPTIONS
from consumer.settings import load_settings
from consumer.transform import InputRecord, transform_record


def _top(profiler: Profiler, limit: int = 40) -> str:
    text = profiler.output_text(unicode=False, color=False, show_all=False)
    return "\n".join(text.splitlines()[:limit])


def profile_core(count: int) -> str:
    batch = list(articles(count))
    transform_record(batch[0].value, InputRecord(), DEFAULT_OPTIONS, 10_000_000)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for article in batch:
        transform_record(article.value, InputRecord(), DEFAULT_OPTIONS, 10_000_000)
    profiler.stop()
    return _top(profiler)


async def profile_loop(bootstrap: str, count: int, mode: str = "passthrough") -> tuple[str, float]:
    """The worker's event loop (in this process) on ``count`` messages: 2 KB fillers in
    pass-through mode, generated articles with one pool worker in extract mode."""
    from consumer.runtime.worker import Worker

    topics = Topics.fresh(bootstrap, "profile", 6)
    await topics.create()
    items = (
        (filler_message(n) for n in range(count))
        if mode == "passthrough"
        else ((a.id.encode(), a.value) for a in articles(count))
    )
    await produce(bootstrap, topics.input, items, partitions=6)
    settings = load_settings(
        kafka={"bootstrap_servers": bootstrap, "group_id": topics.group},
        topics={"input": topics.input, "output": topics.output,
                "dead_letter": topics.dead_letter},
        processing={"mode": mode, "pool_size": 1},
        metrics={"enabled": True, "port": 0, "host": "127.0.0.1"},
        logging={"level": "WARNING"},
    )  # fmt: skip
    worker = Worker(settings)
    task = asyncio.create_task(worker.serve(install_signals=False))
    produced = worker.metrics.produced.labels(topics.output)
    profiler = Profiler(interval=0.0005, async_mode="disabled")
    profiler.start()
    started = time.monotonic()
    while produced._value.get() < count and not task.done():
        await asyncio.sleep(0.05)
    elapsed = time.monotonic() - started
    profiler.stop()
    worker.request_exit()
    await asyncio.wait_for(task, 60)
    return _top(profiler, 60), count / elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stream.profile")
    parser.add_argument("--core-docs", type=int, default=300)
    parser.add_argument("--passthrough", type=int, default=30_000)
    parser.add_argument("--extract", type=int, default=1_000)
    parser.add_argument("--out", type=Path, default=Path("bench/results/profile-raw.md"))
    args = parser.parse_args(argv)
    logging.getLogger("aiokafka").setLevel(logging.ERROR)
    core = profile_core(args.core_docs)
    with broker() as kafka:
        loop_profile, rate = asyncio.run(profile_loop(kafka.bootstrap, args.passthrough))
        extract_profile, extract_rate = asyncio.run(
            profile_loop(kafka.bootstrap, args.extract, mode="extract")
        )
    text = (
        f"# Raw profiles (pyinstrument)\n\n## Pool worker: transform_record, {args.core_docs} "
        f"generated articles\n\n```\n{core}\n```\n\n## Event loop, pass-through, "
        f"{args.passthrough} messages of 2 KB ({rate:.0f} msgs/s under the profiler)\n\n"
        f"```\n{loop_profile}\n```\n\n## Event loop, extract mode, 1 pool worker, "
        f"{args.extract} generated articles ({extract_rate:.0f} msgs/s under the profiler)\n\n"
        f"```\n{extract_profile}\n```\n"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
