"""``make bench-extract DATA=<corpus>``: score HTML and text-mode extraction on a corpus.

For each page, every extractor's body is compared with the true body (word
4-shingle precision and recall, macro-averaged; F1 of the averages) and timed.
Text-mode rows start from an html-text dump of the page (its time is not counted).
Writes a JSON table and a markdown table (see bench/README.md).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import time
from pathlib import Path

from bench.corpus import Page, detect_format, read_pages
from bench.extractors import HTML_EXTRACTORS, TEXT_EXTRACTORS, Extractor, text_dump
from bench.runs_file import merge_run
from bench.scoring import Score, SnippetCounts, macro, micro, score, snippet_counts
from consumer.core.warm import warm_core

METRIC = (
    "word 4-shingle precision and recall per document, macro-averaged; F1 of the averages "
    "(trafilatura's evaluation set: its passages must/must not be held, summed over pages)"
)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    logging.disable(logging.CRITICAL)  # third-party extractors log every discarded page
    corpus = Path(args.corpus)
    pages = list(read_pages(corpus, half=args.half, page_type=args.page_type))[: args.limit]
    if not pages:
        raise SystemExit("no pages selected")
    html_names = args.extractors.split(",") if args.extractors else list(HTML_EXTRACTORS)
    rows: list[dict[str, object]] = []
    if not args.no_html:
        rows = _run_all({name: HTML_EXTRACTORS[name] for name in html_names}, pages, "html", None)
    if not args.no_text:
        dumps = [text_dump(page.html) for page in pages]
        rows += _run_all(TEXT_EXTRACTORS, pages, "text", dumps)
    result = {
        "corpus": corpus.name
        if corpus.name not in ("dev", "test")
        else f"{corpus.parent.name}/{corpus.name}",
        "format": detect_format(corpus),
        "half": args.half,
        "page_type": args.page_type,
        "documents": len(pages),
        "role": args.role,
        "rows": rows,
    }
    print(to_markdown(result))
    if args.out:
        merge_run(Path(args.out), result, to_markdown, METRIC)
    return 0


def _run_all(
    extractors: dict[str, Extractor], pages: list[Page], mode: str, dumps: list[str] | None
) -> list[dict[str, object]]:
    """Score and time every extractor on every page.

    The extractors take turns page by page, and time is this process's CPU time, so
    other work on the machine slows none of them more than the others. Who goes first
    rotates from page to page: the first to read a page pays for bringing it into the CPU
    caches (measured: about 4% of a page's time either way).
    """
    scores: dict[str, list[Score]] = {name: [] for name in extractors}
    passages: dict[str, list[SnippetCounts]] = {name: [] for name in extractors}
    seconds = dict.fromkeys(extractors, 0.0)
    errors = dict.fromkeys(extractors, 0)
    # Warm-up, untimed: imports and first-call set-up; our core's lazily built tables as the
    # service builds them before its first article (a place-name table the first byline
    # with a place in it would otherwise build inside one page's time).
    warm_core()
    for fn in extractors.values():
        with contextlib.suppress(Exception):
            fn(dumps[0] if dumps is not None else pages[0].html, pages[0].url)
    for i, page in enumerate(pages):
        source = dumps[i] if dumps is not None else page.html
        turn = list(extractors.items())
        turn = turn[i % len(turn) :] + turn[: i % len(turn)]
        for name, fn in turn:
            start = time.process_time()
            try:
                body = fn(source, page.url)
            except Exception:  # a crashing extractor scores zero on that page
                body, errors[name] = "", errors[name] + 1
            seconds[name] += time.process_time() - start
            if page.must_hold or page.must_not_hold:
                passages[name].append(snippet_counts(body, page.must_hold, page.must_not_hold))
            else:
                scores[name].append(score(body, page.true_body))
    rows: list[dict[str, object]] = []
    for name in extractors:
        summary = micro(passages[name]) if passages[name] else macro(scores[name])
        row: dict[str, object] = {"extractor": name, "mode": mode, **summary}
        row["docs_per_s"] = round(len(pages) / seconds[name], 1) if seconds[name] else None
        row["errors"] = errors[name]
        print(f"  {name:18} {row}", file=sys.stderr)
        rows.append(row)
    return rows


def to_markdown(result: dict[str, object]) -> str:
    """The result as a markdown table with a one-line caption."""
    lines = [
        f"Corpus `{result['corpus']}` ({result['format']}), half `{result['half']}`, "
        f"page type `{result['page_type'] or 'all'}`, {result['documents']} documents"
        + (f" ({result['role']})" if result.get("role") else "")
        + ".",
        "",
        "| extractor | mode | F1 | precision | recall | docs/s |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for row in result["rows"]:  # type: ignore[attr-defined]
        lines.append(
            f"| {row['extractor']} | {row['mode']} | {row['f1']:.3f} | {row['precision']:.3f} "
            f"| {row['recall']:.3f} | {row['docs_per_s']} |"
        )
    return "\n".join(lines) + "\n"


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="corpus directory (aeb root, or a wcxb split dir)")
    parser.add_argument(
        "--half",
        choices=("a", "b", "all"),
        default="all",
        help="stable half of the pages by id hash (tune on one, report both)",
    )
    parser.add_argument("--page-type", default=None, help="wcxb only: e.g. article")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--extractors", default=None, help="comma-separated HTML extractors")
    parser.add_argument("--no-text", action="store_true", help="skip the text-mode rows")
    parser.add_argument(
        "--no-html", action="store_true", help="skip the HTML rows (score the text mode only)"
    )
    parser.add_argument("--role", default="", help='a note for the table, e.g. "held out"')
    parser.add_argument(
        "--out", default=None, help="JSON results file to add this run to (a .md is written beside)"
    )
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
