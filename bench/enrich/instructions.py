"""Instructions and cache misses an article costs, counted by valgrind: a noise-free A/B.

On the shared two-core machine, timings of two versions of the enrichment differ by
10-40 us an article from run to run (other jobs, memory layout), as much as most changes
gain. Valgrind's callgrind counts the instructions executed and simulates the L1 caches,
the same numbers on every run. Each source tree given (a directory holding ``consumer/``)
runs the ``text`` throughput set of ``bench.enrich.run`` under callgrind: one untimed pass,
garbage collection frozen, then ``--passes`` passes counted (callgrind collects only inside
``itertools.dropwhile``'s step, which nothing else here calls).

    python -m bench.enrich.instructions /tmp/before /tmp/after [--mode without]

Needs valgrind (Debian package ``valgrind``); a tree runs in about four minutes. Per
article it prints instructions (Ir), L1 instruction misses (I1mr) and L1 data read and
write misses (D1mr, D1mw). On the text set in November 2026, enrichment added 18 % to the
instructions of an article but 87 % to its L1 instruction misses: much of its cost beside
extraction is the code it runs, not only the work.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

_EVENTS = ("Ir", "I1mr", "D1mr", "D1mw")
_BENCH_ROOT = Path(__file__).resolve().parents[2]  # holds bench/ (the text set)


def counts(tree: Path, passes: int, mode: str) -> dict[str, float]:
    """Per-article counts of ``_EVENTS`` for the text set through ``tree``'s core."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callgrind.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=dropwhile_next",
            "--cache-sim=yes",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-m",
            "bench.enrich.instructions",
            "--child",
            str(tree),
            "--passes",
            str(passes),
            "--mode",
            mode,
        ]
        env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(_BENCH_ROOT)}
        child = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        articles = int(child.stdout.split()[-1])
        return _summary(out.read_text(), articles * passes)


def _summary(callgrind_out: str, articles: int) -> dict[str, float]:
    """The ``summary:`` totals of a callgrind output, per article."""
    events = summary = None
    for line in callgrind_out.splitlines():
        if line.startswith("events:"):
            events = line.split()[1:]
        elif line.startswith("summary:"):
            summary = [int(n) for n in line.split()[1:]]
    if events is None or summary is None:
        raise SystemExit("callgrind wrote no summary")
    summary += [0] * (len(events) - len(summary))  # callgrind leaves trailing zeros out
    totals = dict(zip(events, summary, strict=True))
    return {event: totals[event] / articles for event in _EVENTS}


def _child(tree: Path, passes: int, mode: str) -> None:
    """Run inside valgrind: the passes to count, inside ``dropwhile``'s step."""
    import gc
    from itertools import dropwhile

    sys.path.insert(0, str(tree.resolve()))
    from bench.enrich.heldout import HELDOUT
    from bench.enrich.run import _default_seed, load_set, text_inputs
    from consumer.core import CoreOptions, enrich_article

    if not Path(sys.modules["consumer"].__file__ or "").is_relative_to(tree.resolve()):
        raise SystemExit(f"consumer was not imported from {tree}")
    seed = _default_seed()
    raws = text_inputs([*load_set(seed), *HELDOUT], seed.with_name("input.txt"))
    options = CoreOptions(enrich=mode == "with")
    for raw in raws:  # untimed: loads the gazetteers and the language model
        enrich_article(raw, options)
    gc.collect()
    gc.freeze()
    gc.disable()  # a collection would land in one version's count and not the other's

    def run(_: object) -> bool:
        for _ in range(passes):
            for raw in raws:
                enrich_article(raw, options)
        return False

    list(dropwhile(run, [0]))
    print(len(raws))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("trees", type=Path, nargs="*", help="directories holding consumer/")
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--mode", choices=("with", "without"), default="with")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.passes, args.mode)
        return
    found = {tree: counts(tree, args.passes, args.mode) for tree in args.trees}
    for tree, per_article in found.items():
        print(f"{tree}: " + ", ".join(f"{k} {v:,.0f}" for k, v in per_article.items()))
    if len(found) == 2:
        (_, first), (_, second) = found.items()
        print("second - first: " + ", ".join(f"{k} {second[k] - first[k]:+,.0f}" for k in _EVENTS))


if __name__ == "__main__":
    main()
