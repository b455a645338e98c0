"""Extraction alone, one core: docs/s of our core beside trafilatura on the same articles.

Both run in this process, one after the other, on the generated articles (no Kafka, no
pool). Our figure is the whole transformation a pool worker does (decode, clean, extract,
enrich, encode); trafilatura's is ``trafilatura.extract`` on the HTML pages (it has no
text-dump mode, so the text dumps are ours alone).
"""

from __future__ import annotations

import logging
import time
from typing import Any

from bench.stream.articles import Article
from consumer.core import CoreOptions
from consumer.transform import InputRecord, transform_record


def _rate(count: int, seconds: float) -> float:
    return round(count / seconds, 1) if seconds > 0 else 0.0


def ours(batch: list[Article], options: CoreOptions) -> dict[str, Any]:
    timings: dict[str, list[float]] = {"html": [], "text": []}
    failures = 0
    for article in batch:
        started = time.perf_counter()
        outcome = transform_record(article.value, InputRecord(), options, 10_000_000)
        timings[article.mode].append(time.perf_counter() - started)
        failures += outcome.reason is not None
    total = sum(map(sum, timings.values()))
    return {
        "docs": len(batch),
        "failures": failures,
        "docs_per_s": _rate(len(batch), total),
        "html_docs_per_s": _rate(len(timings["html"]), sum(timings["html"])),
        "text_docs_per_s": _rate(len(timings["text"]), sum(timings["text"])),
    }


def trafilatura_html(batch: list[Article]) -> dict[str, Any]:
    import orjson

    try:
        import trafilatura
    except ImportError:
        return {"skipped": "trafilatura is not installed (pip install -e '.[bench-stream]')"}
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    pages = [orjson.loads(a.value) for a in batch if a.mode == "html"]
    rows = {}
    for label, fast in (("default", False), ("fast", True)):
        started = time.perf_counter()
        for page in pages:
            trafilatura.extract(page["html"], url=page.get("url"), fast=fast)
        rows[f"{label}_html_docs_per_s"] = _rate(len(pages), time.perf_counter() - started)
    return {"docs": len(pages), "version": trafilatura.__version__, **rows}


def measure(batch: list[Article], options: CoreOptions) -> dict[str, Any]:
    ours(batch[:20], options)  # warm-up: imports and caches of static tables
    result = {"ours": ours(batch, options), "trafilatura": trafilatura_html(batch)}
    mine = result["ours"]["html_docs_per_s"]
    theirs = result["trafilatura"].get("default_html_docs_per_s")
    if mine and theirs:
        result["ours_vs_trafilatura_html"] = round(mine / theirs, 2)
    return result
