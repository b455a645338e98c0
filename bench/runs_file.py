"""A benchmark's results file: one JSON list of runs (and the same as markdown beside it)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

SELECTION = ("corpus", "half", "page_type")


def merge_run(
    out: Path,
    result: dict[str, Any],
    to_markdown: Callable[[dict[str, Any]], str],
    metric: str | None = None,
) -> None:
    """Add this run to ``out``, replacing an earlier run on the same selection of pages;
    ``out`` with a ``.md`` suffix gets every run as markdown (under the metric, if given)."""
    runs: list[dict[str, Any]] = []
    if out.is_file():
        runs = json.loads(out.read_text(encoding="utf-8")).get("runs", [])
    runs = [r for r in runs if any(r.get(k) != result[k] for k in SELECTION)] + [result]
    payload = {"metric": metric, "runs": runs} if metric else {"runs": runs}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    header = f"Metric: {metric}.\n\n" if metric else ""
    out.with_suffix(".md").write_text(
        header + "\n".join(to_markdown(r) for r in runs), encoding="utf-8"
    )
