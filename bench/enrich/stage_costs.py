"""What each enrichment stage costs inside the whole pipeline, not on its own.

Run alone in a loop, the stages of ``enrich_body`` add up to about half of what enrichment
costs per article in ``enrich_article``: there they share the caches with extraction, the
language detector and each other. Here each stage in turn is replaced by a replay of the
result it gave on the same article (recorded once), and the whole pipeline is timed with
and without it, alternating in short rounds (CPU time, best round of each). A stage's
``marginal_ms`` is what removing it saves per article; the marginals add up to more than
the total, since removing any one also leaves the others more cache.

    python -m bench.enrich.stage_costs [--rounds 16]

Reads the made-up articles as ``bench.enrich.run`` does (the ``text`` throughput row).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from typing import Any

import consumer.core.enrich.body as body
from bench.enrich.heldout import HELDOUT
from bench.enrich.run import _default_seed, load_set, text_inputs
from consumer.contract import RawArticle
from consumer.core import CoreOptions, enrich_article

# The names ``enrich_body`` calls its stages by (module attributes of enrich/body.py).
STAGES = (
    "detect_body_language",
    "find_dates",
    "read_paragraphs",
    "find_mentions",
    "fold_mentions",
    "find_quote_spans",
    "attribute_quotes",
    "extract_keywords",
)
_ROUND_SECONDS = 0.25


def stage_costs(raws: list[RawArticle], rounds: int) -> dict[str, Any]:
    """ms per article with and without enrichment, and each stage's marginal ms."""
    originals = {name: getattr(body, name) for name in STAGES}
    recorded: dict[str, list[Any]] = {name: [] for name in STAGES}
    current = [0]  # the article being run: replays hand back its recorded result

    def recorder(name: str) -> Callable[..., Any]:
        def record(*args: Any, **kwargs: Any) -> Any:
            result = originals[name](*args, **kwargs)
            recorded[name].append(result)
            return result

        return record

    def replayer(name: str) -> Callable[..., Any]:
        def replay(*args: Any, **kwargs: Any) -> Any:
            result = recorded[name][current[0]]
            if name == "attribute_quotes":  # its caller learns the verdicts through accepts
                for span, who in zip(args[1], result, strict=True):
                    args[-1](span, who)
            return result

        return replay

    for name in STAGES:
        setattr(body, name, recorder(name))
    try:
        for raw in raws:
            enrich_article(raw, CoreOptions())
        if any(len(results) != len(raws) for results in recorded.values()):
            raise SystemExit("a stage ran other than once per article: cannot replay it")

        def variant(skipped: str | None, options: CoreOptions) -> Callable[[], None]:
            def run() -> None:
                for name in STAGES:
                    setattr(body, name, replayer(name) if name == skipped else originals[name])
                for n, raw in enumerate(raws):
                    current[0] = n
                    enrich_article(raw, options)

            return run

        settings = {
            "without": variant(None, CoreOptions(enrich=False)),
            "with": variant(None, CoreOptions()),
        }
        settings.update({f"-{name}": variant(name, CoreOptions()) for name in STAGES})
        best = {name: float("inf") for name in settings}
        names = list(settings)
        for n in range(rounds):
            for name in names[n % len(names) :] + names[: n % len(names)]:
                done, start = 0, time.process_time()
                while time.process_time() - start < _ROUND_SECONDS:
                    settings[name]()
                    done += len(raws)
                best[name] = min(best[name], (time.process_time() - start) / done * 1000)
    finally:
        for name in STAGES:
            setattr(body, name, originals[name])
    return {
        "ms_with": round(best["with"], 3),
        "ms_without": round(best["without"], 3),
        "marginal_ms": {name: round(best["with"] - best[f"-{name}"], 3) for name in STAGES},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=16)
    args = parser.parse_args()
    seed = _default_seed()
    raws = text_inputs([*load_set(seed), *HELDOUT], seed.with_name("input.txt"))
    print(json.dumps(stage_costs(raws, args.rounds), indent=1))


if __name__ == "__main__":
    main()
