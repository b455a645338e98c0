"""``make fuzz``: a bounded fuzz run of the core's entry point, ``enrich_article``.

Uses atheris (coverage-guided, the core's own modules instrumented) when it is
installed, else a seeded random mutator over the same seed pages. Any exception other
than ``ExtractionError`` is a crash: atheris stops and prints the input, the random
mutator raises with the input's repr saved to ``fuzz-crash.txt``.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import random
import sys
import time
from pathlib import Path

SEEDS = [
    "<html><head><title>A story | Example News</title>"
    '<meta property="og:site_name" content="Example News">'
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-02",'
    '"author":[{"name":"Jane Doe"}]}</script></head><body><article><h1>A story</h1>'
    "<figure><img src=a.jpg><figcaption>A caption</figcaption></figure>"
    "<p>First paragraph of the story, long enough to be kept by the extractor.</p>"
    "<p>Read more: Another story elsewhere</p><div class='share-tools'>Share</div>"
    "<div class='related'><a href='/b'>A related headline of four words</a></div>"
    "</article></body></html>",
    "Title line\n\nBy Jane Doe\n\nA paragraph of a copied article.\n\nRead more from X",
    # a reader service's markdown copy, a node-per-line scrape and a one-line page
    "Title: A story\nURL Source: https://x.example/a\nPublished Time: 2024-01-02\n"
    "Markdown Content:\n# A story\n\n* [Home](/)\n* [News](/n)\n\n![Logo](/l.svg)\n\n"
    'A **paragraph** of the [story](/s "t"), _long_ enough to be kept.\n\n| a | b |\n|---|---|',
    "A story\n\nRead the\nfull report\n, published\n.\n\nThe mayor (\nwho\n) said\nso\n.",
    "Home News Sport Weather Business A story By Jane Doe 07:47 am "
    + "The mayor said the plan was final on Monday. " * 30
    + "Privacy | Terms",
]
_FRAGMENTS = [
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<",
    ">",
    "<!--",
    "<![CDATA[",
    "&amp;",
    "&#0;",
    "\x00",
    "\ud800",
    "\n\n",
    " | ",
    "Read more:",
    "Sign up ",
    "<script>",
    "<figure>",
    '<a href="http://[x">',
    "<time datetime='2024-02-30'>",
    "\u202e",
    "\ufeff",
    "](",
    "[",
    "![",
    "**",
    "_",
    "\n, ",
    "Markdown Content:\n",
]


def _run_one(content: str, mode: str) -> None:
    from consumer.contract import ExtractionError, RawArticle
    from consumer.core import enrich_article

    with contextlib.suppress(ExtractionError):
        enrich_article(RawArticle(content=content, mode=mode))  # type: ignore[arg-type]


def _mutate(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(5)
        pos = rng.randint(0, len(text))
        if op == 0:
            text = text[:pos] + rng.choice(_FRAGMENTS) * rng.randint(1, 200) + text[pos:]
        elif op == 1:
            end = min(len(text), pos + rng.randint(1, 200))
            text = text[:pos] + text[end:]
        elif op == 2:
            noise = "".join(chr(rng.randrange(0x110000)) for _ in range(20))
            text = text[:pos] + noise + text[pos:]
        elif op == 3:
            text = text + text[: rng.randint(0, len(text))]
        else:
            text = text[:pos] + text[pos:][::-1]
    return text[:200_000]


def random_fuzz(seconds: float, seed: int) -> int:
    rng = random.Random(seed)
    deadline, runs = time.monotonic() + seconds, 0
    while time.monotonic() < deadline:
        content = _mutate(rng, rng.choice(SEEDS))
        mode = rng.choice(["html", "text"])
        try:
            _run_one(content, mode)
        except Exception:
            Path("fuzz-crash.txt").write_text(f"{mode}\n{content!r}\n", encoding="utf-8")
            raise
        runs += 1
    print(f"random fuzz: {runs} inputs in {seconds:.0f}s, no crash")
    return 0


def atheris_fuzz(seconds: int, runs: int) -> int:
    import atheris

    with atheris.instrument_imports(include=["consumer"]):
        import consumer.core  # noqa: F401

    def one_input(data: bytes) -> None:
        provider = atheris.FuzzedDataProvider(data)
        mode = "html" if provider.ConsumeBool() else "text"
        kind = provider.ConsumeIntInRange(0, 3)
        text = provider.ConsumeUnicode(provider.remaining_bytes())
        if kind == 1:  # inside a real page, so the extractor gets past its empty checks
            text = SEEDS[0].replace("First paragraph", text)
        elif kind == 2:
            text = text.join(_FRAGMENTS[: 1 + len(text) % len(_FRAGMENTS)])
        elif kind == 3:  # in the middle of one of the text dumps
            seed = SEEDS[1 + len(text) % (len(SEEDS) - 1)]
            text = seed[: len(seed) // 2] + text + seed[len(seed) // 2 :]
        _run_one(text, mode)

    atheris.Setup(
        [
            sys.argv[0],
            f"-max_total_time={seconds}",
            f"-runs={runs}",
            "-max_len=100000",
            "-print_final_stats=1",
        ],
        one_input,
    )
    atheris.Fuzz()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description="bounded fuzz run of enrich_article")
    parser.add_argument("--seconds", type=int, default=120)
    parser.add_argument("--runs", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--random", action="store_true", help="skip atheris even if installed")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    if not args.random:
        try:
            import atheris  # noqa: F401
        except ImportError:
            print("atheris is not installed: using the random mutator", file=sys.stderr)
        else:
            return atheris_fuzz(args.seconds, args.runs)
    return random_fuzz(args.seconds, args.seed)


if __name__ == "__main__":
    sys.exit(main())
