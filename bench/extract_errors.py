"""Error analysis of our HTML extractor on a tuning half: what we add, what we miss.

``python -m bench.extract_errors <corpus> --half a [--page-type article] [--top N]``

Prints the overall score, then for the documents that lose most, the extracted lines
whose shingles are not in the true body (false-positive text) and the true lines we
miss, each with the class/id path of the element that holds it, sorted by shingles
lost. Only the tuning half (``a``) may be looked at: held-out halves are refused.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path

from lxml import html as lxml_html

from bench.corpus import Page, read_pages
from bench.extractors import ours
from bench.scoring import score, shingles


def _line_shingles(line: str) -> set[tuple[str, ...]]:
    return set(shingles(line))


def _where(tree: lxml_html.HtmlElement | None, line: str) -> str:
    """The tag.class#id path (innermost 5) of the element whose text holds ``line``."""
    if tree is None:
        return "?"
    probe = " ".join(line.split()[:6])[:60]
    if not probe or '"' in probe:
        return "?"
    try:
        hits = tree.xpath(f'//body//*[contains(normalize-space(.), "{probe}")]')
    except Exception:
        return "?"
    if not hits:
        return "?"
    node = hits[-1]
    parts = []
    for element in [node, *node.iterancestors()][:6]:
        tag = element.tag if isinstance(element.tag, str) else "?"
        cls = (element.get("class") or "").strip().replace(" ", ".")[:40]
        ident = (element.get("id") or "")[:25]
        parts.append(tag + (f".{cls}" if cls else "") + (f"#{ident}" if ident else ""))
    return " < ".join(parts)


def analyse(page: Page, out: list[str], *, where: bool) -> tuple[float, float]:
    body = ours(page.html, page.url)
    s = score(body, page.true_body)
    truth = shingles(page.true_body)
    got = shingles(body)
    tree = lxml_html.fromstring(page.html.encode("utf-8")) if where else None
    lost_p = sum((got - truth).values())
    lost_r = sum((truth - got).values())
    out.append(
        f"=== {page.id} {page.url} P={s.precision:.3f} R={s.recall:.3f} "
        f"fp_shingles={lost_p} fn_shingles={lost_r}"
    )
    wrong = _worst_lines(body.split("\n\n"), truth, 12)
    missed = _worst_lines(page.true_body.split("\n"), got, 8)
    for label, lines in (("+ FP", wrong), ("- FN", missed)):
        for lost, line in lines:
            out.append(f"  {label}[{lost}] {line[:160]!r}")
            if where:
                out.append(f"        @ {_where(tree, line)}")
    return s.precision, s.recall


def _worst_lines(lines: list[str], reference: Counter, limit: int) -> list[tuple[int, str]]:
    """The lines with most shingles absent from ``reference``, worst first."""
    scored = []
    for line in lines:
        shingles = _line_shingles(line)
        lost = len([x for x in shingles if x not in reference])
        if lost >= 2 or (shingles and lost == len(shingles)):
            scored.append((lost, line))
    return sorted(scored, reverse=True)[:limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--half", default="a", choices=("a",))  # tuning half only
    parser.add_argument("--page-type", default=None)
    parser.add_argument("--top", type=int, default=40, help="documents to print")
    parser.add_argument("--by", default="p", choices=("p", "r"), help="rank by lost P or R")
    parser.add_argument("--no-where", action="store_true")
    parser.add_argument("--scores", default=None, help="write per-doc scores JSON here")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if corpus.name == "test":
        raise SystemExit("the test split is held out")
    logging.disable(logging.CRITICAL)
    pages = list(read_pages(corpus, half=args.half, page_type=args.page_type))
    results = []
    for page in pages:
        out: list[str] = []
        p, r = analyse(page, out, where=False)
        results.append((page, p, r))
    p_avg = sum(p for _, p, _ in results) / len(results)
    r_avg = sum(r for _, _, r in results) / len(results)
    f1 = 2 * p_avg * r_avg / (p_avg + r_avg)
    print(f"{len(results)} docs P={p_avg:.4f} R={r_avg:.4f} F1={f1:.4f}")
    if args.scores:
        Path(args.scores).write_text(json.dumps({pg.id: [p, r] for pg, p, r in results}))
    key = (lambda t: t[1]) if args.by == "p" else (lambda t: t[2])
    for page, _, _ in sorted(results, key=key)[: args.top]:
        out = []
        analyse(page, out, where=not args.no_where)
        print("\n".join(out))
    counts = Counter(round(p, 1) for _, p, _ in results)
    print("precision histogram:", sorted(counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
