"""Time text mode on pathological inputs: ``python bench/text_worst_case.py``.

Prints seconds per case (5 MB dumps, regex-bomb lines, binary junk); every case should
finish in well under two seconds.
"""

from __future__ import annotations

import random
import time

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
    }


def main() -> None:
    for name, text in cases().items():
        started = time.perf_counter()
        extract_text(RawArticle(content=text, mode="text"), DEFAULT_OPTIONS)
        print(f"{name:28s} {len(text) / 1e6:5.1f} MB  {time.perf_counter() - started:6.2f} s")


if __name__ == "__main__":
    main()
