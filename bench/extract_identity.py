"""Check that a speed change to the HTML extractor kept its output identical.

``snap FILE CORPUS...`` stores every field of the ``Extraction`` of every page (or the
error it raised); ``compare FILE CORPUS...`` extracts again and lists the pages and fields
that differ. ``speed CORPUS...`` times ours against ``trafilatura.extract`` in this process,
alternating which goes first on each page, in CPU seconds, and prints docs/s ratios.

A corpus is given as ``PATH`` or ``PATH:HALF:PAGE_TYPE`` (e.g. ``/data/wcxb/dev:all:article``).
"""

from __future__ import annotations

import argparse
import logging
import pickle
import sys
import time
from pathlib import Path

from bench.corpus import Page, read_pages
from consumer.contract import ExtractionError, RawArticle
from consumer.core.model import Extraction
from consumer.core.options import DEFAULT_OPTIONS

Outcome = Extraction | str  # the extraction, or the error message


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    logging.disable(logging.CRITICAL)
    pages = {f"{spec}|{page.id}": page for spec in args.corpus for page in _read(spec)}
    if args.command == "speed":
        _speed(list(pages.values()))
        return 0
    outcomes = {key: _extract(page) for key, page in pages.items()}
    path = Path(args.file)
    if args.command == "snap":
        path.write_bytes(pickle.dumps(outcomes))
        print(f"{len(outcomes)} extractions stored in {path}")
        return 0
    stored: dict[str, Outcome] = pickle.loads(path.read_bytes())
    differ = [key for key in stored if stored[key] != outcomes.get(key)]
    for key in differ[:20]:
        print(key, ", ".join(_fields_that_differ(stored[key], outcomes.get(key))))
    print(f"{len(differ)} of {len(stored)} pages differ")
    return 1 if differ else 0


def _read(spec: str) -> list[Page]:
    path, _, rest = spec.partition(":")
    half, _, page_type = rest.partition(":")
    return list(read_pages(Path(path), half=half or "all", page_type=page_type or None))


def _extract(page: Page) -> Outcome:
    from consumer.core.html import extract_html

    try:
        return extract_html(
            RawArticle(content=page.html, mode="html", url=page.url), DEFAULT_OPTIONS
        )
    except ExtractionError as exc:
        return f"error: {exc}"


def _fields_that_differ(old: Outcome, new: Outcome | None) -> list[str]:
    if not isinstance(old, Extraction) or not isinstance(new, Extraction):
        return [f"{old!r:.80} -> {new!r:.80}"]
    return [name for name in Extraction.__slots__ if getattr(old, name) != getattr(new, name)]


def _speed(pages: list[Page]) -> None:
    import trafilatura

    ours = theirs = 0.0
    for i, page in enumerate(pages):
        for turn in (0, 1) if i % 2 == 0 else (1, 0):
            start = time.process_time()
            if turn == 0:
                _extract(page)
                ours += time.process_time() - start
            else:
                trafilatura.extract(page.html, url=page.url)
                theirs += time.process_time() - start
    print(
        f"{len(pages)} pages: ours {ours:.2f} s, trafilatura {theirs:.2f} s (CPU); "
        f"docs/s ours/trafilatura = {theirs / ours:.3f}"
    )


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("snap", "compare"):
        command = commands.add_parser(name)
        command.add_argument("file", help="pickle of the stored extractions")
        command.add_argument("corpus", nargs="+", help="PATH[:HALF[:PAGE_TYPE]]")
    commands.add_parser("speed").add_argument("corpus", nargs="+", help="PATH[:HALF[:PAGE_TYPE]]")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
