"""bench-enrich: quote-speaker accuracy, entity precision/recall, near-duplicate P/R, throughput.

Usage: python -m bench.enrich.run [--seed EXPECTED_JSON] [--pages DIR] [--bodies JSON]
Reads the made-up annotated articles (bench/enrich/articles.py, the dev set the rules
were tuned on, and bench/enrich/heldout.py, reported apart) plus the seed example, and
bench/enrich/heldout_real_styles.py (made-up articles in the styles that broke quote
attribution on real news pages; reported as "real_styles").
Optional real corpora (never committed): --pages, a directory of HTML pages for the
throughput run (the pages themselves, and their html-text dumps as text-mode inputs);
--bodies, a ground-truth JSON of article bodies for near-duplicate pairs
(both fit the public scrapinghub article-extraction-benchmark: html/ and
ground-truth.json).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.enrich.articles import ARTICLES
from bench.enrich.articles_intl import INTL_ARTICLES
from bench.enrich.heldout import HELDOUT
from bench.enrich.heldout_intl import INTL_HELDOUT
from bench.enrich.heldout_real_styles import REAL_STYLES
from bench.enrich.near_duplicates import evaluate_pairs
from consumer import compiled_modules
from consumer.contract import RawArticle
from consumer.core import CoreOptions, enrich_article
from consumer.core.enrich import enrich_body
from consumer.core.html import extract_html
from consumer.core.model import Extraction
from consumer.core.text import extract_text
from consumer.dedupe import DedupeConfig

KINDS = ("people", "organisations", "places")
# Rounds of the throughput run: six were too few to ride out other processes' load on a
# shared machine (the cost moved by 0.1 between runs); many short ones find quiet spells.
MIN_ROUNDS = 6
MAX_ROUNDS = 24
# Inputs run untimed when a round switches settings: a service runs one setting steadily,
# so the first articles after the switch (in the caches the last setting left) do not count.
WARM_UP_INPUTS = 5


def load_set(seed_path: Path | None) -> list[dict[str, Any]]:
    articles = list(ARTICLES)
    if seed_path and seed_path.exists():
        seed = json.loads(seed_path.read_text())
        expect = seed["expect"]
        articles.append(
            {
                "id": "seed-aggregator-copy",
                "title": seed["exact"]["title"],
                "paragraphs": seed["exact"]["paragraphs"],
                "captions": seed["exact"]["captions"],
                "quotes": [
                    {
                        "text_starts": q["text_starts"],
                        "speaker": q["speaker"],
                        "paragraphs": q["spans_paragraphs"],
                    }
                    for q in expect["quotes"]
                ],
                "not_quotes": [p.strip("'") for p in expect["not_quotes"]],
                "people": expect["people"],
                "organisations": expect["organisations"],
                "places": expect["places"],
                # right but not listed in the seed's expectations
                "also_ok": ["Air Force", "Telegram"],
            }
        )
    return articles


def score_articles(articles: list[dict[str, Any]]) -> dict[str, Any]:
    speakers_right = quotes_expected = scare_reported = extra_quotes = 0
    tp = dict.fromkeys(KINDS, 0)
    fp = dict.fromkeys(KINDS, 0)
    fn = dict.fromkeys(KINDS, 0)
    failures: list[str] = []
    for art in articles:
        ext = Extraction(
            title=art.get("title"), paragraphs=art["paragraphs"], captions=art.get("captions", [])
        )
        result = enrich_body(ext, RawArticle(content="x", mode="text"), CoreOptions())
        for want in art["quotes"]:
            quotes_expected += 1
            got = [q for q in result.quotes if q.text.startswith(want["text_starts"])]
            if (
                got
                and got[0].speaker == want["speaker"]
                and got[0].paragraphs == want["paragraphs"]
            ):
                speakers_right += 1
            else:
                failures.append(
                    f"{art['id']}: quote {want['text_starts']!r} -> "
                    f"{[(q.speaker, q.paragraphs) for q in got]}"
                )
        for quote in result.quotes:
            if any(quote.text.strip().startswith(p) for p in art.get("not_quotes", [])):
                scare_reported += 1
            elif not any(quote.text.startswith(w["text_starts"]) for w in art["quotes"]):
                extra_quotes += 1
        for kind in KINDS:
            got_names = {e["name"] for e in result.entities[kind]}
            want = set(art[kind])
            ok_extra = set(art.get("also_ok", []))
            tp[kind] += len(got_names & want)
            fn[kind] += len(want - got_names)
            fp[kind] += len(got_names - want - ok_extra)
    entity = {}
    for kind in (*KINDS, "all"):
        t = sum(tp.values()) if kind == "all" else tp[kind]
        p = sum(fp.values()) if kind == "all" else fp[kind]
        n = sum(fn.values()) if kind == "all" else fn[kind]
        entity[kind] = {
            "precision": round(t / max(t + p, 1), 3),
            "recall": round(t / max(t + n, 1), 3),
        }
    return {
        "articles": len(articles),
        "quotes_expected": quotes_expected,
        "speaker_accuracy": round(speakers_right / max(quotes_expected, 1), 3),
        "scare_quotes_reported": scare_reported,
        "unexpected_quotes": extra_quotes,
        "entities": entity,
        "failures": failures,
    }


def throughput(raws: list[RawArticle], seconds: float) -> dict[str, Any]:
    """Articles per second through enrich_article with and without enrichment, same run.

    Three settings alternate in short rounds and the best round of each counts, so load
    from other processes on the machine hurts all alike. CPU time, not wall time. There
    are as many rounds as fit ``seconds`` (one pass over the inputs at least per round),
    from ``MIN_ROUNDS`` to ``MAX_ROUNDS``; each round starts with another setting, so none
    always runs right after the same one, and each setting's turn starts with
    ``WARM_UP_INPUTS`` untimed inputs.
    "without" is ``CoreOptions(enrich=False)``: the service with the switch off, which
    still detects the language and fingerprints the body (the output needs both).
    "extraction only" stops after extraction: no language, no fingerprints, no record.
    ``throughput_cost`` compares with "without" (what the switch costs);
    ``throughput_cost_all`` with "extraction only" (all of enrichment).
    """
    for raw in raws[:3]:
        enrich_article(raw, CoreOptions())  # load gazetteers and the language model
    settings: dict[str, Callable[[RawArticle], object]] = {
        "extraction_only": _extract_only,
        "without": functools.partial(enrich_article, options=CoreOptions(enrich=False)),
        "with": functools.partial(enrich_article, options=CoreOptions()),
    }
    start = time.process_time()
    for raw in raws:  # one pass of the slowest setting: warms all, sizes the rounds
        settings["with"](raw)
    pass_seconds = time.process_time() - start
    rounds = max(MIN_ROUNDS, min(MAX_ROUNDS, int(seconds / 2 / max(pass_seconds, 1e-9))))
    rates: dict[str, list[float]] = {name: [] for name in settings}
    names = list(settings)
    for n in range(rounds):
        for name in names[n % len(names) :] + names[: n % len(names)]:
            run = settings[name]
            for raw in raws[:WARM_UP_INPUTS]:  # untimed: the last setting's data is in cache
                run(raw)
            done, start = 0, time.process_time()
            while time.process_time() - start < seconds / rounds / 2:
                for raw in raws:
                    run(raw)
                done += len(raws)
            rates[name].append(done / (time.process_time() - start))
    best = {k: max(v) for k, v in rates.items()}
    return {
        "compiled": bool(compiled_modules()),  # mypyc's build of the enrichment (setup.py)
        "inputs": len(raws),
        "rounds": rounds,
        "median_input_chars": int(statistics.median(len(raw.content) for raw in raws)),
        "articles_per_second_with_enrichment": round(best["with"], 1),
        "articles_per_second_without_enrichment": round(best["without"], 1),
        "articles_per_second_extraction_only": round(best["extraction_only"], 1),
        "throughput_cost": round(1 - best["with"] / best["without"], 3),
        "throughput_cost_all": round(1 - best["with"] / best["extraction_only"], 3),
        "enrichment_ms_per_article": round(1000 / best["with"] - 1000 / best["without"], 3),
    }


def _extract_only(raw: RawArticle) -> Extraction:
    options = CoreOptions()
    return extract_html(raw, options) if raw.mode == "html" else extract_text(raw, options)


def text_inputs(articles: list[dict[str, Any]], seed_input: Path | None) -> list[RawArticle]:
    """The annotated articles as plain-text copies (title, blank line, paragraphs)."""
    raws = [
        RawArticle(content="\n\n".join([a.get("title") or "", *a["paragraphs"]]), mode="text")
        for a in articles
    ]
    if seed_input is not None and seed_input.exists():
        raws.append(RawArticle(content=seed_input.read_text(), mode="text"))
    return raws


def page_inputs(pages: Path, limit: int) -> list[RawArticle]:
    """HTML pages (``*.html`` or ``*.html.gz``) from a corpus directory."""
    files = sorted([*pages.rglob("*.html"), *pages.rglob("*.html.gz")])[:limit]
    raws = []
    for path in files:
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        raws.append(RawArticle(content=data.decode("utf-8", "replace"), mode="html"))
    return raws


def text_dump_inputs(pages: list[RawArticle]) -> list[RawArticle]:
    """The pages as full-page text dumps (html-text, as an aggregator's copy would read).

    Every line of the page is there (menus, footers, related links) and text mode has to
    find the article, so this is what a realistic text input costs.
    """
    import html_text  # a dev dependency, used by the benchmarks only

    dumps = (str(html_text.extract_text(raw.content, guess_layout=True)) for raw in pages)
    return [RawArticle(content=dump, mode="text") for dump in dumps if dump.strip()]


def body_corpus(path: Path | None) -> list[list[str]]:
    """Article bodies from a ground-truth JSON ({id: {"articleBody": ...}}), if given."""
    if path is None or not path.exists():
        return []
    truth = json.loads(path.read_text())
    bodies = [
        [p.strip() for p in item["articleBody"].split("\n") if p.strip()]
        for _, item in sorted(truth.items())
    ]
    return [b for b in bodies if len(" ".join(b).split()) >= 150]


def pairs_summary(bodies: list[list[str]], max_distance: int) -> dict[str, Any]:
    result = evaluate_pairs(bodies, max_distance)
    sweep = {}
    for limit in (8, 10, 12, 14, 16, 18):
        tp = sum(1 for d in result.positive_distances if d <= limit)
        fp = sum(1 for d in result.negative_distances if d <= limit)
        sweep[str(limit)] = {
            "precision": round(tp / max(tp + fp, 1), 4),
            "recall": round(tp / max(len(result.positive_distances), 1), 4),
        }
    return {
        "articles": len(bodies),
        "positive_pairs": result.positives,
        "negative_pairs": result.negatives,
        "max_hamming_distance": max_distance,
        "precision": result.precision,
        "recall": result.recall,
        "sweep": sweep,
    }


def score_quotes_by_language(articles: list[dict[str, Any]]) -> dict[str, Any]:
    """Speaker accuracy, scare quotes and unexpected quotes per language (no entities)."""
    by_language: dict[str, Any] = {}
    for art in articles:
        tally = by_language.setdefault(
            art["language"],
            {
                "articles": 0,
                "quotes_expected": 0,
                "right": 0,
                "scare_quotes_reported": 0,
                "unexpected_quotes": 0,
                "detected_as": [],
                "failures": [],
            },
        )
        tally["articles"] += 1
        ext = Extraction(title=art.get("title"), paragraphs=art["paragraphs"], captions=[])
        raw = RawArticle(content="x", mode="text", language_hint=art["language"])
        result = enrich_body(ext, raw, CoreOptions())
        if result.language != art["language"]:
            tally["detected_as"].append(f"{art['id']}: {result.language}")
        for want in art["quotes"]:
            tally["quotes_expected"] += 1
            got = [q for q in result.quotes if q.text.startswith(want["text_starts"])]
            if (
                got
                and got[0].speaker == want["speaker"]
                and got[0].paragraphs == want["paragraphs"]
            ):
                tally["right"] += 1
            else:
                tally["failures"].append(
                    f"{art['id']}: quote {want['text_starts']!r} -> "
                    f"{[(q.speaker, q.paragraphs) for q in got]}"
                )
        for quote in result.quotes:
            if any(quote.text.strip().startswith(p) for p in art.get("not_quotes", [])):
                tally["scare_quotes_reported"] += 1
            elif not any(quote.text.startswith(w["text_starts"]) for w in art["quotes"]):
                tally["unexpected_quotes"] += 1
                tally["failures"].append(f"{art['id']}: unexpected {quote.text[:40]!r}")
    for tally in by_language.values():
        tally["speaker_accuracy"] = round(tally.pop("right") / max(tally["quotes_expected"], 1), 3)
    return by_language


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=Path, default=_default_seed(), help="seed expected.json")
    parser.add_argument("--pages", type=Path, help="directory of HTML pages for throughput")
    parser.add_argument("--bodies", type=Path, help="ground-truth JSON of article bodies")
    parser.add_argument("--out", type=Path, default=Path("bench/results/enrich.json"))
    parser.add_argument("--max-distance", type=int, default=DedupeConfig().max_hamming_distance)
    parser.add_argument("--seconds", type=float, default=6.0, help="CPU seconds per throughput run")
    parser.add_argument("--page-limit", type=int, default=60)
    args = parser.parse_args()

    dev = load_set(args.seed)
    seed_input = args.seed.with_name("input.txt") if args.seed else None
    results: dict[str, Any] = {
        "dev": score_articles(dev),
        "heldout": score_articles(HELDOUT),
        # Made-up articles in the shapes that broke attribution on real news pages.
        "real_styles": score_articles(REAL_STYLES),
        "other_languages": {
            "dev": score_quotes_by_language(INTL_ARTICLES),
            "heldout": score_quotes_by_language(INTL_HELDOUT),
        },
        "near_duplicates": {
            "made_up": pairs_summary([a["paragraphs"] for a in [*dev, *HELDOUT]], args.max_distance)
        },
        "throughput": {"text": throughput(text_inputs([*dev, *HELDOUT], seed_input), args.seconds)},
    }
    real_bodies = body_corpus(args.bodies)
    if real_bodies:
        results["near_duplicates"]["corpus"] = pairs_summary(real_bodies, args.max_distance)
    if args.pages:
        pages = page_inputs(args.pages, args.page_limit)
        if pages:
            results["throughput"]["html_pages"] = throughput(pages, args.seconds)
            dumps = text_dump_inputs(pages)
            results["throughput"]["text_dumps_of_pages"] = throughput(dumps, args.seconds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n")
    _print(results)
    print(f"results written to {args.out}")


def _default_seed() -> Path:
    beside = Path("../shared/examples/aggregator-copy/expected.json")
    return (
        beside if beside.exists() else Path("/work/shared/examples/aggregator-copy/expected.json")
    )


def _print(results: dict[str, Any]) -> None:
    for name in ("dev", "heldout", "real_styles"):
        q = results[name]
        ent = q["entities"]
        print(
            f"[{name}] {q['articles']} articles, {q['quotes_expected']} quotes: "
            f"speaker accuracy {q['speaker_accuracy']} (target >= 0.9); "
            f"scare quotes reported {q['scare_quotes_reported']} (target 0); "
            f"unexpected quotes {q['unexpected_quotes']}"
        )
        for kind in ("people", "organisations", "places", "all"):
            print(
                f"[{name}]   entities {kind}: precision {ent[kind]['precision']} "
                f"recall {ent[kind]['recall']}"
            )
        for failure in q["failures"]:
            print(f"[{name}]   miss: {failure}")
    for name, by_language in results["other_languages"].items():
        for language, q in by_language.items():
            print(
                f"[{name} {language}] {q['articles']} articles, {q['quotes_expected']} quotes: "
                f"speaker accuracy {q['speaker_accuracy']} (target >= 0.9); "
                f"scare quotes reported {q['scare_quotes_reported']} (target 0); "
                f"unexpected quotes {q['unexpected_quotes']}"
            )
            for failure in q["failures"] + q["detected_as"]:
                print(f"[{name} {language}]   miss: {failure}")
    for name, d in results["near_duplicates"].items():
        print(
            f"[near-duplicates {name}] {d['articles']} articles, {d['positive_pairs']} positive "
            f"+ {d['negative_pairs']} negative pairs, distance <= {d['max_hamming_distance']}: "
            f"precision {d['precision']} recall {d['recall']} (target >= 0.95 both)"
        )
    for name, t in results["throughput"].items():
        print(
            f"[throughput {name}] {t['inputs']} inputs"
            f"{' (compiled)' if t['compiled'] else ''}: "
            f"{t['articles_per_second_with_enrichment']}/s with enrichment, "
            f"{t['articles_per_second_without_enrichment']}/s without, "
            f"{t['articles_per_second_extraction_only']}/s extraction only: "
            f"cost {t['throughput_cost']} (target <= 0.25), "
            f"cost incl. language and fingerprints {t['throughput_cost_all']}"
        )


if __name__ == "__main__":
    main()
