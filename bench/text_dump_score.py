"""Dev score of text mode on full-page text dumps: ``python bench/text_dump_score.py CORPUS``.

CORPUS is a directory in one of two layouts: scrapinghub/article-extraction-benchmark
(``ground-truth.json`` beside ``html/<id>.html.gz``) or one split of
Murrough-Foley/web-content-extraction-benchmark (``ground-truth/<id>.json`` beside
``html/<id>.html.gz``; ``--type article`` keeps article pages). Each page is turned into a
full-page text dump with ``html_text.extract_text(html, guess_layout=True)`` or in another
scraper's style (``--style``: hard-wrapped at 78 columns, resiliparse's plain text, every
text node on its own line, markdown, one line), cached under ``--cache``, run through
``extract_text``, and scored by word 4-shingle precision/recall against the true body,
macro-averaged, for the two halves of a stable hash split (tune on "a", check on "b"), with
the "keep every line" baseline beside it. ``--half a`` dumps, runs and prints half "a" only.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import pickle
import re
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from consumer.contract import RawArticle
from consumer.core.options import DEFAULT_OPTIONS
from consumer.core.text import extract_text

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    if 0 < len(words) < size:
        return Counter([tuple(words)])
    return Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def page_score(got_text: str, truth: str) -> tuple[float, float]:
    got, want = shingles(got_text), shingles(truth)
    if not got or not want:
        same = not got and not want
        return (1.0 if same else 0.0, 1.0 if same or not want else 0.0)
    common = sum((got & want).values())
    return common / sum(got.values()), common / sum(want.values())


def macro(scores: list[tuple[float, float]]) -> dict[str, float]:
    if not scores:
        return {"n": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    p = sum(s[0] for s in scores) / len(scores)
    r = sum(s[1] for s in scores) / len(scores)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"n": len(scores), "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


def half_of(page_id: str) -> str:
    return "a" if hashlib.sha256(page_id.encode()).digest()[0] % 2 == 0 else "b"


def read_corpus(root: Path, page_type: str | None) -> list[tuple[str, str | None, Path, str]]:
    """(id, url, html path, true body) for every page of the corpus."""
    pages = []
    if (root / "ground-truth.json").is_file():
        truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
        for pid in sorted(truth):
            entry = truth[pid]
            pages.append(
                (
                    pid,
                    entry.get("url"),
                    root / "html" / f"{pid}.html.gz",
                    entry.get("articleBody") or "",
                )
            )
        return pages
    for path in sorted((root / "ground-truth").glob("*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        kind = ((entry.get("_internal") or {}).get("page_type") or {}).get("primary")
        html_path = root / "html" / f"{path.stem}.html.gz"
        if (page_type and kind != page_type) or not html_path.is_file():
            continue
        body = (entry.get("ground_truth") or {}).get("main_content") or ""
        pages.append((path.stem, entry.get("url"), html_path, body))
    return pages


def _html_text(html: str) -> str:
    import html_text

    return str(html_text.extract_text(html, guess_layout=True))


def _hard_wrapped(html: str) -> str:
    """The html-text dump re-wrapped at 78 columns, as e-mailed wire copy reads."""
    lines = _html_text(html).split("\n")
    return "\n".join(textwrap.fill(line, 78) if line.strip() else line for line in lines)


def _resiliparse(html: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    return str(extract_plain_text(html, main_content=False, alt_texts=False))


def _node_per_line(html: str) -> str:
    """Every text node on its own line (BeautifulSoup's ``get_text("\\n")``): links and
    bold words split their sentences, as many scrapers' copies do."""
    from bs4 import BeautifulSoup

    return str(BeautifulSoup(html, "lxml").get_text("\n"))


def _markdown(html: str) -> str:
    """The page as markdown (markdownify), as "LLM-ready" scraping services hand it over."""
    from markdownify import markdownify

    return str(markdownify(html, heading_style="ATX"))


def _html2text(html: str) -> str:
    """html2text's markdown, as its defaults write it: lines wrapped at 78 columns (inside
    links too), links inline; ``unicode_snob`` keeps accented letters (else spelled out
    in ASCII, which no extractor could undo)."""
    import html2text

    converter = html2text.HTML2Text()
    converter.unicode_snob = True
    return str(converter.handle(html))


def _inscriptis(html: str) -> str:
    """inscriptis' plain text: the page laid out as a browser would, tables as columns."""
    from inscriptis import get_text

    return str(get_text(html))


def _one_line(html: str) -> str:
    """trafilatura's ``html2txt``: the page's text on one line, single-spaced."""
    from trafilatura import html2txt

    return str(html2txt(html))


def _few_lines(html: str) -> str:
    """html-text without its layout guess: the page's text runs on over a few long lines."""
    import html_text

    return str(html_text.extract_text(html, guess_layout=False))


# How the full-page dumps are made: html-text is the reference; the others are other
# scrapers' styles, to check that text mode does not depend on one dumper's layout.
DUMPERS: dict[str, Callable[[str], str]] = {
    "html-text": _html_text,
    "hard-wrapped": _hard_wrapped,
    "resiliparse": _resiliparse,
    "node-per-line": _node_per_line,
    "markdown": _markdown,
    "html2text": _html2text,
    "inscriptis": _inscriptis,
    "one-line": _one_line,
    "few-lines": _few_lines,
}


def text_dumps(
    pages: list[tuple[str, str | None, Path, str]], cache: Path, style: str = "html-text"
) -> dict[str, str]:
    """Full-page text dumps of every page in ``style``, computed once and kept in a pickle."""
    if cache.is_file():
        dumps: dict[str, str] = pickle.loads(cache.read_bytes())
    else:
        dumps = {}
    missing = [p for p in pages if p[0] not in dumps]
    if missing:
        for pid, _url, path, _truth in missing:
            html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
            try:
                dumps[pid] = DUMPERS[style](html)
            except Exception:  # a page the dumper cannot parse scores as an empty dump
                dumps[pid] = ""
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(dumps))
    return dumps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--type", default=None, help="wcxb page type to keep (e.g. article)")
    parser.add_argument("--style", choices=sorted(DUMPERS), default="html-text", help="dumper")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the text dumps")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages of half a")
    parser.add_argument("--out", type=Path, default=None, help="also write the result as JSON")
    parser.add_argument(
        "--half", choices=("a", "b", "all"), default="all", help="score only this half"
    )
    args = parser.parse_args()
    pages = read_corpus(args.corpus, args.type)
    if args.half != "all":  # tuning on "a" never looks at "b", not even its aggregate
        pages = [page for page in pages if half_of(page[0]) == args.half]
    halves = "ab" if args.half == "all" else args.half
    key_text = f"{args.corpus.resolve()}|{args.type}"
    if args.style != "html-text":  # html-text keeps the caches made before styles existed
        key_text += f"|{args.style}"
    key = hashlib.sha256(key_text.encode()).hexdigest()[:12]
    cache = args.cache or Path("/tmp/text_dump_cache") / f"{key}.pickle"
    dumps = text_dumps(pages, cache, args.style)
    ours: dict[str, list[tuple[float, float]]] = {"a": [], "b": []}
    every: dict[str, list[tuple[float, float]]] = {"a": [], "b": []}
    per_page = []
    started = time.perf_counter()
    for pid, url, _path, truth in pages:
        dump = dumps[pid]
        if dump.strip():
            ext = extract_text(RawArticle(content=dump, mode="text", url=url), DEFAULT_OPTIONS)
            got = "\n\n".join(ext.paragraphs)
        else:
            got = ""
        s = page_score(got, truth)
        ours[half_of(pid)].append(s)
        every[half_of(pid)].append(page_score(dump, truth))
        per_page.append((pid, half_of(pid), s))
    elapsed = time.perf_counter() - started
    result = {
        "corpus": str(args.corpus),
        "type": args.type,
        "style": args.style,
        "seconds": round(elapsed, 2),
        "text_mode": {h: macro(ours[h]) for h in halves},
        "every_line": {h: macro(every[h]) for h in halves},
    }
    if args.half == "all":
        result["text_mode_all"] = macro(ours["a"] + ours["b"])
        result["every_line_all"] = macro(every["a"] + every["b"])
    print(json.dumps(result, indent=1))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    if args.worst:
        worst = sorted(
            (p for p in per_page if p[1] == "a"),
            key=lambda p: 2 * p[2][0] * p[2][1] / (p[2][0] + p[2][1] or 1),
        )
        for pid, _h, (p, r) in worst[: args.worst]:
            print(f"{pid}\tP={p:.2f}\tR={r:.2f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
