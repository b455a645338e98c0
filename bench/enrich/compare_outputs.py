"""Identical-output check for enrichment changes: store records once, compare after each change.

Runs ``enrich_article`` over the made-up annotated articles (and the seed), and, when given,
HTML pages from corpus directories both as pages and as html-text dumps. ``--save`` writes
the records as JSON; ``--compare`` reruns and lists every field that differs.

    python -m bench.enrich.compare_outputs --save /tmp/enrich-baseline.json \
        --pages /work/corpora/scrapinghub-aeb/html --pages /work/corpora/wcxb/dev/html:300
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bench.enrich.heldout import HELDOUT
from bench.enrich.run import _default_seed, load_set, page_inputs, text_dump_inputs, text_inputs
from consumer.contract import RawArticle
from consumer.core.pipeline import enrich_article

_SEED_INPUT = Path("/work/shared/examples/aggregator-copy/input.txt")


def inputs(page_dirs: list[str]) -> dict[str, RawArticle]:
    """Named inputs: "text/N", then "<dir>/html/N" and "<dir>/dump/N" per page directory."""
    named: dict[str, RawArticle] = {}
    seed = Path(_default_seed()).parent / "input.txt"
    texts = text_inputs([*load_set(_default_seed()), *HELDOUT], seed if seed.exists() else None)
    for n, raw in enumerate(texts):
        named[f"text/{n}"] = raw
    for spec in page_dirs:
        path, _, limit = spec.partition(":")
        pages = page_inputs(Path(path), int(limit) if limit else 10_000)
        for n, raw in enumerate(pages):
            named[f"{path}/html/{n}"] = raw
        for n, raw in enumerate(text_dump_inputs(pages)):
            named[f"{path}/dump/{n}"] = raw
    return named


def records(named: dict[str, RawArticle]) -> dict[str, Any]:
    """The enriched record of every input, as JSON-ready dicts."""
    return {name: json.loads(json.dumps(enrich_article(raw))) for name, raw in named.items()}


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """One line per (input, top-level field) that differs."""
    lines = []
    for name in sorted(before.keys() | after.keys()):
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        if old is None or new is None:
            lines.append(f"{name}: only in {'after' if old is None else 'before'}")
            continue
        for key in sorted(old.keys() | new.keys()):
            if old.get(key) != new.get(key):
                lines.append(f"{name}: {key}: {old.get(key)!r:.300} -> {new.get(key)!r:.300}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", action="append", default=[], help="DIR or DIR:LIMIT")
    parser.add_argument("--inputs-cache", type=Path, help="pickle of the inputs (dumps are slow)")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--compare", type=Path)
    args = parser.parse_args()
    named = _cached_inputs(args.pages, args.inputs_cache)
    found = records(named)
    if args.save:
        args.save.write_text(json.dumps(found, ensure_ascii=False, sort_keys=True))
        print(f"saved {len(found)} records to {args.save}")
        return
    lines = differences(json.loads(args.compare.read_text()), found)
    for line in lines:
        print(line)
    print(f"{len(found)} records, {len(lines)} differences")
    sys.exit(1 if lines else 0)


def _cached_inputs(page_dirs: list[str], cache: Path | None) -> dict[str, RawArticle]:
    import pickle

    if cache is not None and cache.exists():
        loaded: dict[str, RawArticle] = pickle.loads(cache.read_bytes())
        return loaded
    named = inputs(page_dirs)
    if cache is not None:
        cache.write_bytes(pickle.dumps(named))
    return named


if __name__ == "__main__":
    main()
