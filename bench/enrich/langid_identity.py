"""Vectorised language walk against py3langid's own: identical results, and the time saved.

Every text is classified by the package's ``LanguageIdentifier`` and by
``FastLanguageIdentifier``; the (code, confidence) pairs and the full score vectors must be
equal to the bit, and so must the feature counts of the vectorised walk (forced, whatever
the length) and the raw scores it gives. Texts: language samples of the bodies extracted
from corpus pages (as ``detect_body_language`` takes them) and raw chunks of their text
and HTML, the made-up multilingual bench articles, and random or odd strings. Then the
per-call time of both on the 1000-character samples, side by side in one run (each has
its own copy of the model, so neither warms the other's caches).

    python -m bench.enrich.langid_identity /work/corpora/scrapinghub-aeb \
        /work/corpora/wcxb/dev /work/corpora/wcxb/test
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

from bench.corpus import read_pages
from bench.enrich.articles import ARTICLES
from bench.enrich.articles_intl import INTL_ARTICLES
from bench.enrich.heldout import HELDOUT
from bench.enrich.heldout_intl import INTL_HELDOUT
from consumer.contract import ExtractionError, RawArticle
from consumer.core import CoreOptions
from consumer.core.enrich.langid_walk import FastLanguageIdentifier
from consumer.core.enrich.language import FALLBACK_SAMPLE_CHARS, language_sample
from consumer.core.html import extract_html

_CHUNK_SIZES = (1, 7, 60, 300, 1000, 3000, 20_000)
_TAG = re.compile(r"<[^>]*>")


def page_texts(root: Path, samples: list[str]) -> Iterator[str | bytes]:
    """Language samples of each page's extracted body (also appended to ``samples``), its
    whole body, and raw chunks of its true body, its tag-stripped text and its HTML bytes."""
    for n, page in enumerate(read_pages(root)):
        try:
            body = extract_html(RawArticle(content=page.html, mode="html"), CoreOptions())
        except ExtractionError:
            body = None  # too large a page: its raw chunks only
        if body is not None:
            sample = language_sample(body.paragraphs)
            samples.append(sample)
            yield sample
            yield language_sample(body.paragraphs, FALLBACK_SAMPLE_CHARS)
            yield "\n\n".join(body.paragraphs)
        stripped = " ".join(_TAG.sub(" ", page.html).split())
        for source in (page.true_body, stripped):
            for size in _CHUNK_SIZES:
                start = (n * 7919) % max(1, len(source) - size)
                yield source[start : start + size]
        raw = page.html.encode("utf-8", "surrogatepass")
        yield raw[n % 97 : n % 97 + 1500]  # bytes, cut anywhere (even inside a character)


def bench_texts() -> Iterator[str]:
    """The made-up English and multilingual bench articles: samples and paragraphs."""
    for article in [*ARTICLES, *HELDOUT, *INTL_ARTICLES, *INTL_HELDOUT]:
        paragraphs = article["paragraphs"]
        yield language_sample(paragraphs)
        yield "\n\n".join([article.get("title") or "", *paragraphs])
        yield from paragraphs


def odd_texts(seed: int = 7) -> Iterator[str | bytes]:
    """Empty, one character, capitals, emoji, lone surrogates, scripts, long, every byte."""
    yield from ("", "a", "A", " ", "\n", "é", "中", "😀", "\ud800", "\udfff", "a\ud83dz")
    yield "BREAKING NEWS: THE MINISTER RESIGNS AFTER A LONG NIGHT OF TALKS " * 20
    yield "😀🎉🔥👍 " * 300
    yield "東京都は新型ウイルスの感染者が確認されたと発表した。" * 50
    yield "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في القاهرة. " * 40
    yield "Ελλάδα Россия 中国 Türkiye ישראל ประเทศไทย नेपाल 대한민국 " * 30
    yield "The minister said on Tuesday that the budget would be cut. " * 340  # ~20,000
    yield bytes(range(256))
    yield bytes(range(256)) * 80
    yield bytes(range(255, -1, -1)) * 3
    yield "".join(chr(c) for c in range(32, 0x800))
    rng = random.Random(seed)
    for size in (1, 2, 5, 6, 7, 50, 319, 320, 321, 639, 640, 641, 1000, 5000):
        for _ in range(20):
            yield bytes(rng.randrange(256) for _ in range(size))
            yield "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(size))
            yield "".join(rng.choice("abcdefghij klmn\n") for _ in range(size))


def same(package: Any, fast: FastLanguageIdentifier, text: str | bytes) -> list[str]:
    """What differs between the two on ``text`` (nothing, when all is well)."""
    problems = []
    if package.classify(text) != fast.classify(text):
        problems.append(f"classify {package.classify(text)} != {fast.classify(text)}")
    if package._decide(text).tobytes() != fast._decide(text).tobytes():
        problems.append("score vectors differ")
    encoded = package._encode(text)
    if isinstance(encoded, bytes) and fast.walk_tables is not None:
        expected = visit_counts(package.tk_nextmove, package._rowbase, package.tk_output, encoded)
        found = fast.walk_tables.visits(encoded)
        if list((expected or {}).items()) != list((found or {}).items()):
            problems.append("vectorised feature counts differ")
        elif found:
            raw = fast._sparse_score(found, fast._score_table())
            if raw.tobytes() != package._raw_score(encoded).tobytes():
                problems.append("raw scores of the vectorised walk differ")
    return problems


def timings(package: Any, fast: FastLanguageIdentifier, samples: list[str]) -> dict[str, float]:
    """Mean microseconds per classify call of each over three rounds, the two timed on
    each sample in turn (first one, then the other), so both see the same load."""
    total = {"package": 0.0, "fast": 0.0}
    for _ in range(3):
        for n, sample in enumerate(samples):
            pair = (("package", package), ("fast", fast))
            for name, identifier in pair if n % 2 else pair[::-1]:
                start = time.perf_counter()
                identifier.classify(sample)
                total[name] += time.perf_counter() - start
    return {name: seconds / (3 * len(samples)) * 1e6 for name, seconds in total.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpora", nargs="*", type=Path, help="corpus roots (bench/corpus.py)")
    args = parser.parse_args()
    package = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    fast = FastLanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    print(f"vectorised walk in use: {fast.walk_tables is not None}")
    samples: list[str] = []
    sources: list[tuple[str, Iterator[str | bytes]]] = [
        ("bench articles", bench_texts()),
        ("odd strings", odd_texts()),
    ]
    sources += [(str(root), page_texts(root, samples)) for root in args.corpora]
    failures = 0
    for name, texts in sources:
        checked = 0
        for text in texts:
            checked += 1
            for problem in same(package, fast, text):
                failures += 1
                print(f"  {name}: {problem}: {text[:80]!r}")
        print(f"{name}: {checked} texts checked")
    print(f"differences: {failures}")
    thousand = [s for s in samples if len(s) >= 900]
    if thousand:
        lengths = np.array([len(s.encode()) for s in thousand])
        best = timings(package, fast, thousand)
        print(
            f"classify on {len(thousand)} body samples of ~1000 chars "
            f"(median {int(np.median(lengths))} bytes): package {best['package']:.1f} us, "
            f"vectorised {best['fast']:.1f} us, x{best['package'] / best['fast']:.2f}"
        )
    raise SystemExit(1 if failures else 0)


if __name__ == "__main__":
    main()
