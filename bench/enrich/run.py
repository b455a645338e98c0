"""bench-enrich: quote-speaker accuracy, entity precision/recall, near-duplicate P/R, throughput.

Usage: python -m bench.enrich.run [--seed EXPECTED_JSON] [--out FILE]
Reads the made-up annotated articles of bench/enrich/articles.py plus the seed example
(its expected.json gives paragraphs, captions and the expected facts).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path
from typing import Any

from bench.enrich.articles import ARTICLES
from consumer.contract import RawArticle
from consumer.core import CoreOptions, enrich_article
from consumer.core.enrich import enrich_body
from consumer.core.enrich.fingerprint import fingerprints
from consumer.core.model import Extraction
from consumer.dedupe import InMemoryDedupeWindow

KINDS = ("people", "organisations", "places")


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


_SWAPS = {
    "said": "says",
    "the": "a",
    "was": "is",
    "would": "will",
    "after": "following",
    "about": "around",
    "on": "upon",
    "people": "residents",
    "also": "too",
}


def edited_copy(paragraphs: list[str], rng: random.Random) -> list[str]:
    """The same story as a republisher or an update would change it: a few edits."""
    paras = list(paragraphs)
    edit = rng.choice(["swap_words", "drop_sentence", "add_line", "typos", "trim_end", "mixed"])
    if edit in ("swap_words", "mixed"):
        paras = [
            " ".join(_SWAPS.get(w, w) if rng.random() < 0.15 else w for w in p.split())
            for p in paras
        ]
    if edit in ("drop_sentence", "mixed") and len(paras) > 3:
        i = rng.randrange(len(paras))
        sentences = paras[i].split(". ")
        paras[i] = ". ".join(sentences[:-1]) if len(sentences) > 1 else paras[i]
    if edit == "add_line":
        paras.append("Follow us for more news on this story.")
    if edit == "typos":
        paras = [
            "".join(c for j, c in enumerate(p) if not (j % 97 == 13 and c.isalpha())) for p in paras
        ]
    if edit == "trim_end" and len(paras) > 4:
        paras = paras[:-1]
    return paras


def near_duplicate_eval(articles: list[dict[str, Any]], max_distance: int) -> dict[str, Any]:
    """Pairs: each article vs edited copies (positives) and vs every other article (negatives)."""
    rng = random.Random(7)
    prints = [fingerprints(a["paragraphs"]) for a in articles]
    tp = fp = fn = tn = 0
    positive_distances: list[int] = []
    negative_distances: list[int] = []
    for i, art in enumerate(articles):
        for n in range(10):
            window = InMemoryDedupeWindow(10, 3600, max_distance)
            window.check_and_add("original", prints[i]["content_sha256"], prints[i]["simhash"])
            copy = fingerprints(edited_copy(art["paragraphs"], rng))
            verdict = window.check_and_add(f"copy{n}", copy["content_sha256"], copy["simhash"])
            positive_distances.append(
                (int(copy["simhash"], 16) ^ int(prints[i]["simhash"], 16)).bit_count()
            )
            tp, fn = (tp + 1, fn) if verdict == "original" else (tp, fn + 1)
        for j in range(len(articles)):
            if j == i:
                continue
            window = InMemoryDedupeWindow(10, 3600, max_distance)
            window.check_and_add("a", prints[i]["content_sha256"], prints[i]["simhash"])
            verdict = window.check_and_add("b", prints[j]["content_sha256"], prints[j]["simhash"])
            negative_distances.append(
                (int(prints[j]["simhash"], 16) ^ int(prints[i]["simhash"], 16)).bit_count()
            )
            fp, tn = (fp + 1, tn) if verdict else (fp, tn + 1)
    return {
        "max_hamming_distance": max_distance,
        "positive_pairs": tp + fn,
        "negative_pairs": fp + tn,
        "precision": round(tp / max(tp + fp, 1), 3),
        "recall": round(tp / max(tp + fn, 1), 3),
        "positive_distance_max": max(positive_distances),
        "negative_distance_min": min(negative_distances),
    }


def throughput(articles: list[dict[str, Any]], seconds: float = 3.0) -> dict[str, Any]:
    """Articles per second through enrich_article, alternating with and without enrichment."""
    raws = [
        RawArticle(content="\n\n".join([a.get("title") or "", *a["paragraphs"]]), mode="text")
        for a in articles
    ]
    rates: dict[str, list[float]] = {"with": [], "without": []}
    for _ in range(3):
        for name, options in (("without", CoreOptions(enrich=False)), ("with", CoreOptions())):
            done, start = 0, time.perf_counter()
            while time.perf_counter() - start < seconds / 3:
                for raw in raws:
                    enrich_article(raw, options)
                done += len(raws)
            rates[name].append(done / (time.perf_counter() - start))
    best = {k: max(v) for k, v in rates.items()}
    return {
        "articles_per_second_with_enrichment": round(best["with"], 1),
        "articles_per_second_without_enrichment": round(best["without"], 1),
        "throughput_cost": round(1 - best["with"] / best["without"], 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--seed", type=Path, default=Path("../shared/examples/aggregator-copy/expected.json")
    )
    parser.add_argument("--out", type=Path, default=Path("bench/results/enrich.json"))
    parser.add_argument("--max-distance", type=int, default=14)
    parser.add_argument("--seconds", type=float, default=6.0)
    args = parser.parse_args()
    if not args.seed.exists():
        args.seed = Path("/work/shared/examples/aggregator-copy/expected.json")
    articles = load_set(args.seed)
    enrich_body(
        Extraction(title=None, paragraphs=["warm up the gazetteers and models"]),
        RawArticle(content="x", mode="text"),
        CoreOptions(),
    )
    results = {
        "quotes_and_entities": score_articles(articles),
        "near_duplicates": near_duplicate_eval(articles, args.max_distance),
        "throughput": throughput(articles, args.seconds),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n")
    q, d, t = results["quotes_and_entities"], results["near_duplicates"], results["throughput"]
    print(f"articles: {q['articles']}  quotes expected: {q['quotes_expected']}")
    print(f"speaker accuracy: {q['speaker_accuracy']}  (target >= 0.9)")
    print(
        f"scare quotes reported as quotes: {q['scare_quotes_reported']}  (target 0); "
        f"unexpected quotes: {q['unexpected_quotes']}"
    )
    for kind, pr in q["entities"].items():
        print(f"entities {kind}: precision {pr['precision']} recall {pr['recall']}")
    print(
        f"near duplicates (distance <= {d['max_hamming_distance']}): precision {d['precision']} "
        f"recall {d['recall']} on {d['positive_pairs']} + {d['negative_pairs']} pairs "
        f"(max positive distance {d['positive_distance_max']}, "
        f"min negative distance {d['negative_distance_min']})  (target >= 0.95 both)"
    )
    print(
        f"throughput: {t['articles_per_second_with_enrichment']}/s with enrichment, "
        f"{t['articles_per_second_without_enrichment']}/s without: cost {t['throughput_cost']} "
        f"(target <= 0.25)"
    )
    for failure in q["failures"]:
        print("  miss:", failure)
    print(f"results written to {args.out}")


if __name__ == "__main__":
    main()
