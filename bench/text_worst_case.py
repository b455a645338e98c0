"""Time text mode on pathological inputs: ``python bench/text_worst_case.py``.

Prints seconds per case (5 MB dumps, regex-bomb lines, binary junk) and writes them as
JSON to the path given as the first argument, if any. Every case ends in a result within
a few seconds (up to 2.7 s for 5 MB on one line on the shared 2-core machine, session 10);
longer content than the 5 MB input limit is refused before extraction.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from consumer.contract import RawArticle
from consumer.core.options import DEFAULT_OPTIONS
from consumer.core.text import extract_text


def cases() -> dict[str, str]:
    paragraph = (
        "The committee said on Tuesday that it would publish its report next month, "
        "after hearing evidence from more than forty witnesses over the summer."
    )
    block = "\n\n".join([paragraph, "Home\nNews\nSport", "Share this article", paragraph])
    rng = random.Random(7)
    return {
        "5MB article-like dump": "Big headline\n\n"
        + "\n\n".join([block] * (5_000_000 // len(block))),
        "5MB single line": "word " * 1_000_000,
        "5MB short lines": "Home\n" * 1_000_000,
        "5MB mojibake": "CafÃ© crÃ¨me â€œquoteâ€\x9d\n" * 200_000,
        "1MB binary junk": bytes(rng.randrange(256) for _ in range(1_000_000)).decode("latin-1"),
        "byline bomb": "By " + "A" * 2_000_000,
        "cookie bomb": "cookie " * 500_000 + "!",
        "separator bomb": " - ".join(["Word"] * 500_000),
        "parenthesis bomb": "(" * 1_000_000 + ")" * 1_000_000,
        # one-line pages are cut around comment/list headers, relative times and bylines
        "5MB one-line article": (paragraph + " ") * (5_000_000 // len(paragraph)),
        "comment-byline bomb": "Ab Cd on March 4, 2024 at 4:47 pm said: " * 50_000,
        "comments-header bomb": "10 Comments " * 200_000,
        "relative-time bomb": "2H ago " * 300_000,
        "capital-run bomb": "Ab " * 700_000 + "on",
        # markdown: links may break once in their words and address (html2text's wraps)
        "5MB wrapped markdown links": "[a link\nto](https://example.org/a-\nb) text\n" * 115_000,
        "unclosed link bomb": "[](x) [a](b) [c](d) " + "[word\n" * 800_000,
        "open address bomb": "[a](b) [c](d) " + "[e](f\n" * 800_000,
    }


def main() -> None:
    results = {}
    for name, text in cases().items():
        started = time.perf_counter()
        extract_text(RawArticle(content=text, mode="text"), DEFAULT_OPTIONS)
        seconds = time.perf_counter() - started
        results[name] = {"mb": round(len(text) / 1e6, 2), "seconds": round(seconds, 3)}
        print(f"{name:28s} {len(text) / 1e6:5.1f} MB  {seconds:6.2f} s")
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
