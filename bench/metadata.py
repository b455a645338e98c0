"""``make bench-metadata DATA=<wcxb split>``: title, author and date accuracy against WCXB.

The WCXB corpus (see bench/README.md) records a page's title, author and publish date
beside its main content. For each page, ours (``extract_html``), trafilatura
(``bare_extraction`` with metadata, default settings) and our text mode on the page's
html-text dump are compared with that truth:

- title: equal after folding case, whitespace, quotes and dashes;
- date: the same calendar day (the truth has no time of day);
- author: the words of the names (credentials such as "PhD" included) overlap with the
  truth's by a word F1 of at least 0.5.

Each field is reported as precision (right among the pages where the extractor gave a
value) and recall (right among the pages whose truth has a value): a wrong date or name
costs precision, a missing one recall. Writes a JSON file and a markdown table.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.corpus import Page, read_pages
from bench.runs_file import merge_run

FIELDS = ("title", "date", "author")
AUTHOR_MIN_WORD_F1 = 0.5
_WORD = re.compile(r"\w+")
_AUTHOR_JOINERS = frozenset({"and", "by", "und", "et", "y"})


@dataclass(frozen=True, slots=True)
class PageFacts:
    """The three fields as an extractor (or the truth) gives them; None when absent."""

    title: str | None
    date: str | None
    author: str | None


def ours(page: Page) -> PageFacts:
    from consumer.contract import RawArticle
    from consumer.core.html import extract_html
    from consumer.core.options import DEFAULT_OPTIONS

    ext = extract_html(RawArticle(content=page.html, mode="html", url=page.url), DEFAULT_OPTIONS)
    return PageFacts(ext.title, ext.published_at, ", ".join(ext.authors) or None)


def ours_text_mode(page: Page) -> PageFacts:
    """The text mode on the page's html-text dump (as bench-extract's text rows)."""
    from bench.extractors import text_dump
    from consumer.contract import RawArticle
    from consumer.core.options import DEFAULT_OPTIONS
    from consumer.core.text import extract_text

    raw = RawArticle(content=text_dump(page.html), mode="text", url=page.url)
    ext = extract_text(raw, DEFAULT_OPTIONS)
    return PageFacts(ext.title, ext.published_at, ", ".join(ext.authors) or None)


def trafilatura_default(page: Page) -> PageFacts:
    import trafilatura

    doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    if doc is None:
        return PageFacts(None, None, None)
    return PageFacts(doc.title, doc.date, doc.author)


EXTRACTORS: dict[str, Callable[[Page], PageFacts]] = {
    "ours": ours,
    "trafilatura": trafilatura_default,
    "ours-text-mode": ours_text_mode,
}


def truth_of(root: Path, page: Page) -> PageFacts:
    entry = json.loads((root / "ground-truth" / f"{page.id}.json").read_text(encoding="utf-8"))
    truth = entry.get("ground_truth") or {}
    return PageFacts(truth.get("title"), truth.get("publish_date"), truth.get("author"))


def same_title(found: str, true: str) -> bool:
    return _fold(found) == _fold(true)


def same_date(found: str, true: str) -> bool:
    return found[:10] == true[:10]


def same_author(found: str, true: str) -> bool:
    found_words, true_words = _name_words(found), _name_words(true)
    shared = len(found_words & true_words)
    if not shared:
        return False
    precision, recall = shared / len(found_words), shared / len(true_words)
    return 2 * precision * recall / (precision + recall) >= AUTHOR_MIN_WORD_F1


MATCHERS: dict[str, Callable[[str, str], bool]] = {
    "title": same_title,
    "date": same_date,
    "author": same_author,
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[‘’‚‛`´]", "'", text)
    text = re.sub(r"[“”„‟«»]", '"', text)
    text = re.sub(r"[‐‑‒–—―]", "-", text)
    return " ".join(text.split())


def _name_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(_fold(text)) if w not in _AUTHOR_JOINERS}


def score_field(
    pairs: list[tuple[str | None, str | None]], same: Callable[[str, str], bool]
) -> dict:
    """Precision among given values, recall among true values, for one field."""
    given = [(f, t) for f, t in pairs if f]
    true = [(f, t) for f, t in pairs if t]
    right = sum(1 for f, t in given if t and same(f, t))
    return {
        "precision": round(right / len(given), 3) if given else None,
        "recall": round(right / len(true), 3) if true else None,
        "given": len(given),
        "true": len(true),
        "given_without_truth": sum(1 for f, t in given if not t),
    }


def run(root: Path, half: str, page_type: str | None, limit: int | None) -> dict:
    pages = list(read_pages(root, half=half, page_type=page_type))[:limit]
    if not pages:
        raise SystemExit("no pages selected")
    truths = [truth_of(root, page) for page in pages]
    rows = []
    for name, extractor in EXTRACTORS.items():
        facts = []
        for page in pages:
            try:
                facts.append(extractor(page))
            except Exception:  # a crash gives nothing on that page
                facts.append(PageFacts(None, None, None))
        row: dict = {"extractor": name}
        for field in FIELDS:
            found = [getattr(f, field) for f in facts]
            pairs = list(zip(found, [getattr(t, field) for t in truths], strict=True))
            row[field] = score_field(pairs, MATCHERS[field])
        rows.append(row)
    return {
        "corpus": f"{root.parent.name}/{root.name}",
        "half": half,
        "page_type": page_type,
        "documents": len(pages),
        "rows": rows,
    }


def to_markdown(result: dict) -> str:
    lines = [
        f"Corpus `{result['corpus']}`, half `{result['half']}`, page type "
        f"`{result['page_type'] or 'all'}`, {result['documents']} documents.",
        "",
        "| extractor | title P / R | date P / R | author P / R | dates given, truth has none |",
        "|---|---:|---:|---:|---:|",
    ]
    for row in result["rows"]:
        cells = [f"{row[f]['precision']} / {row[f]['recall']}" for f in FIELDS]
        lines.append(
            f"| {row['extractor']} | {' | '.join(cells)} | {row['date']['given_without_truth']} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a WCXB split directory (dev or test)")
    parser.add_argument("--half", choices=("a", "b", "all"), default="all")
    parser.add_argument("--page-type", default="article", help="WCXB page type ('' for all)")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None, help="JSON file to add this run to")
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)
    result = run(args.corpus, args.half, args.page_type or None, args.limit)
    print(to_markdown(result))
    if args.out:
        merge_run(args.out, result, to_markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
