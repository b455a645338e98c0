"""Error analysis of the text mode's title, author and date on a tuning half.

``python -m bench.metadata_errors <wcxb dev split> --half a [--field author] [--lines 25]
[--table FILE]``

For each page of the tuning half (article pages by default), prints the truth and our
text-mode value of each field (``=`` right, ``-`` missed, ``x`` wrong, ``+`` given
where the truth has none), then the first lines of the page's html-text dump, so one
can see why a field is missed (``--table`` writes one line per page, marks then values,
to compare two versions with ``diff``). Ends with the text mode's precision and recall per
field. Only the tuning half (``a``) may be looked at: held-out halves and the test split
are refused.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from bench.corpus import read_pages
from bench.extractors import text_dump
from bench.metadata import FIELDS, MATCHERS, PageFacts, score_field, truth_of


def verdict(found: str | None, true: str | None, field: str) -> str:
    """One mark per field: '=' right, '-' missed, 'x' wrong, '+' extra, ' ' both empty."""
    if found and true:
        return "=" if MATCHERS[field](found, true) else "x"
    if true:
        return "-"
    return "+" if found else " "


def text_mode_facts(dump: str, url: str | None) -> PageFacts:
    from consumer.contract import RawArticle
    from consumer.core.options import DEFAULT_OPTIONS
    from consumer.core.text import extract_text

    ext = extract_text(RawArticle(content=dump, mode="text", url=url), DEFAULT_OPTIONS)
    return PageFacts(ext.title, ext.published_at, ", ".join(ext.authors) or None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--half", default="a", choices=("a",))  # tuning half only
    parser.add_argument("--page-type", default="article", help="WCXB page type ('' for all)")
    parser.add_argument("--field", choices=FIELDS, default=None, help="only pages losing this")
    parser.add_argument("--marks", default="-x+", help="verdicts that count as losing")
    parser.add_argument("--lines", type=int, default=25, help="dump lines to print per page")
    parser.add_argument("--quiet", action="store_true", help="print the scores only")
    parser.add_argument(
        "--table", type=Path, default=None, help="write one line per page (marks, values) here"
    )
    args = parser.parse_args(argv)
    if args.corpus.name == "test":
        raise SystemExit("the test split is held out")
    logging.disable(logging.CRITICAL)
    pairs: dict[str, list[tuple[str | None, str | None]]] = {f: [] for f in FIELDS}
    table: list[str] = []
    for page in read_pages(args.corpus, half=args.half, page_type=args.page_type or None):
        truth = truth_of(args.corpus, page)
        dump = text_dump(page.html)
        try:
            found = text_mode_facts(dump, page.url)
        except Exception as error:  # a crash is shown, not hidden
            print(f"=== {page.id} CRASH {error!r}")
            found = PageFacts(None, None, None)
        marks = {}
        for field in FIELDS:
            got, true = getattr(found, field), getattr(truth, field)
            pairs[field].append((got, true))
            marks[field] = verdict(got, true, field)
        values = " | ".join(f"{getattr(found, f)!r:.60}" for f in FIELDS)
        table.append(f"{page.id} {''.join(marks[f] for f in FIELDS)} {values}")
        fields = [args.field] if args.field else list(FIELDS)
        if args.quiet or not any(marks[f] in args.marks for f in fields):
            continue
        print(f"=== {page.id} {page.url}")
        for field in FIELDS:
            got, true = getattr(found, field), getattr(truth, field)
            print(f"  {marks[field]} {field:6} truth={true!r:.90}  ours={got!r:.90}")
        shown = [line.strip() for line in dump.splitlines() if line.strip()][: args.lines]
        for line in shown:
            print(f"    | {line[:150]}")
    if args.table:
        args.table.write_text("\n".join(table) + "\n", encoding="utf-8")
    for field in FIELDS:
        s = score_field(pairs[field], MATCHERS[field])
        print(f"{field:6} P={s['precision']} R={s['recall']} given={s['given']} true={s['true']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
