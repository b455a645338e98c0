"""`news-consumer`: parses arguments, builds the settings, calls one of the apps."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from consumer import __version__, build_name

if TYPE_CHECKING:  # imported in main(): its dependencies take most of a second to load
    from consumer.settings import Settings

EXIT_USAGE = 2
EARLY_SIGNALS: list[int] = []  # signals received before the worker's handlers existed

DESCRIPTION = """\
Clean and extract news articles (HTML pages or aggregator text dumps) from Kafka.

Configuration: config/default.toml documents every key; --config FILE overrides it and
NEWS_CONSUMER_<SECTION>__<KEY> environment variables override both
(e.g. NEWS_CONSUMER_KAFKA__BOOTSTRAP_SERVERS=broker:9092)."""


class _ShowVersion(argparse.Action):
    """--version: the build is looked up only when asked (it walks the package's files)."""

    def __init__(self, option_strings: list[str], dest: str, **_: object) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS,
            help="show the version and the build (compiled or pure Python), then exit",
        )  # fmt: skip

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"news-consumer {__version__} ({build_name()})")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="news-consumer",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_ShowVersion)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, help="TOML file overriding config/default.toml")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    commands.add_parser(
        "run", parents=[common], help="the Kafka worker: consume, extract, produce, commit",
        description="Consume raw articles, extract them in a process pool, produce enriched "
        "articles and dead letters, commit. Metrics on http://HOST:9100/metrics.",
    )  # fmt: skip

    process = commands.add_parser(
        "process", parents=[common], help="offline: raw-article JSON lines on stdin -> stdout",
        description="Read raw-article JSON lines ({\"text\": ...} or {\"html\": ...}) on stdin, "
        "or the article files given, and write enriched JSON lines on stdout: the same "
        "transformation as the worker. Bad lines are reported on stderr; the exit status is "
        "then 1.",
    )  # fmt: skip
    process.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH",
        help="article files instead of stdin: .html/.htm a page, .txt a text dump, "
        ".jsonl raw-article lines",
    )  # fmt: skip
    process.add_argument(
        "--workers", type=int, default=0,
        help="extraction processes (default 0: extract in this process)",
    )  # fmt: skip

    produce = commands.add_parser(
        "produce", parents=[common], help="send article files to the input topic",
        description="Send files to the input topic: .txt as {text}, .html as {html}, "
        ".jsonl line by line (one raw article per line).",
    )  # fmt: skip
    produce.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    produce.add_argument("--topic", help="another topic than topics.input")

    topics = commands.add_parser("topics", parents=[common], help="create the topics")
    topics.add_argument("action", choices=["create"])

    peek = commands.add_parser("peek", parents=[common], help="print the first records of a topic")
    peek.add_argument("topic", nargs="?", help="default: topics.output")
    peek.add_argument("-n", "--count", type=int, default=3)
    peek.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for records")

    from consumer.runtime.dlq import add_dlq_parser

    add_dlq_parser(commands, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    # A SIGTERM during start-up (imports, connecting) must still end in a clean drain: note
    # it from the first moment; the worker acts on it once its own handlers are installed.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda signum, frame: EARLY_SIGNALS.append(signum))
    args = build_parser().parse_args(argv)
    if args.command != "run":
        _restore_default_signals()
    from consumer.settings import SettingsError, load_settings

    try:
        settings = load_settings(args.config)
    except SettingsError as exc:
        print(f"news-consumer: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from consumer.observability.logging import configure_logging

    configure_logging(settings.logging.level, settings.logging.format)
    try:
        return _run_command(args, settings)
    except KeyboardInterrupt:
        return 130
    except (OSError, ValueError) as exc:
        print(f"news-consumer {args.command}: {exc}", file=sys.stderr)
        return 1


def _restore_default_signals() -> None:
    """Other commands keep the default actions; a signal noted meanwhile is delivered now."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    for signum in EARLY_SIGNALS:
        os.kill(os.getpid(), signum)
    EARLY_SIGNALS.clear()


def _run_command(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "run":
        from consumer.runtime import event_loop
        from consumer.runtime.worker import Worker

        worker = Worker(settings).serve(early_signals=EARLY_SIGNALS)
        return event_loop.run(worker, settings.processing.event_loop)
    if args.command == "process":
        from consumer.offline import run_process
        from consumer.runtime.worker import core_options

        return run_process(
            core_options(settings),
            settings.processing.max_message_bytes,
            args.workers,
            settings.processing.article_timeout_seconds,
            settings.dedupe.to_config(),
            args.paths,
        )
    if args.command == "produce":
        from consumer.runtime.admin import produce_files

        sent = asyncio.run(produce_files(settings, args.paths, args.topic))
        print(f"sent {sent} article(s) to {args.topic or settings.topics.input}")
        return 0
    if args.command == "topics":
        from consumer.runtime.admin import create_topics

        created = asyncio.run(create_topics(settings))
        print("created: " + (", ".join(created) if created else "nothing (all topics exist)"))
        return 0
    if args.command == "peek":
        from consumer.runtime.admin import peek

        topic = args.topic or settings.topics.output
        values = asyncio.run(peek(settings, topic, args.count, args.timeout))
        for value in values:
            sys.stdout.buffer.write(value + b"\n")
        return 0 if len(values) >= args.count else 1
    if args.command == "dlq":
        from consumer.runtime.dlq import run_dlq_command

        return run_dlq_command(args, settings)
    raise AssertionError(args.command)


if __name__ == "__main__":
    sys.exit(main())
