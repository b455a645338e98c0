"""Read an extraction corpus from disk: HTML pages with their true article body.

Two layouts are recognised (see bench/README.md for where to get them):

- ``aeb``: scrapinghub/article-extraction-benchmark: ``ground-truth.json`` (id ->
  ``{"articleBody", "url"}``) beside ``html/<id>.html.gz``.
- ``wcxb``: Murrough-Foley/web-content-extraction-benchmark, one split directory
  (``dev/`` or ``test/``): ``ground-truth/<id>.json`` (``ground_truth.main_content``,
  ``_internal.page_type.primary``) beside ``html/<id>.html.gz``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    url: str | None
    html: str
    true_body: str
    page_type: str | None = None


def detect_format(root: Path) -> str:
    """Name the corpus layout found at ``root`` ("aeb" or "wcxb")."""
    if (root / "ground-truth.json").is_file() and (root / "html").is_dir():
        return "aeb"
    if (root / "ground-truth").is_dir() and (root / "html").is_dir():
        return "wcxb"
    raise SystemExit(f"{root}: not a known corpus layout (need ground-truth.json or ground-truth/)")


def in_half(page_id: str, half: str) -> bool:
    """Stable split of any corpus into halves "a" and "b" by a hash of the page id."""
    if half == "all":
        return True
    bucket = hashlib.sha256(page_id.encode()).digest()[0] % 2
    return (bucket == 0) == (half == "a")


def read_pages(root: Path, *, half: str = "all", page_type: str | None = None) -> Iterator[Page]:
    """Yield the pages of the corpus at ``root``, sorted by id."""
    layout = detect_format(root)
    if layout == "aeb":
        truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
        for page_id in sorted(truth):
            if in_half(page_id, half):
                entry = truth[page_id]
                html = _read_html(root / "html" / f"{page_id}.html.gz")
                body = entry.get("articleBody") or ""
                yield Page(page_id, entry.get("url"), html, body, "article")
        return
    for truth_path in sorted((root / "ground-truth").glob("*.json")):
        page_id = truth_path.stem
        if not in_half(page_id, half):
            continue
        entry = json.loads(truth_path.read_text(encoding="utf-8"))
        kind = ((entry.get("_internal") or {}).get("page_type") or {}).get("primary")
        if page_type and kind != page_type:
            continue
        html_path = root / "html" / f"{page_id}.html.gz"
        if not html_path.is_file():
            continue
        body = (entry.get("ground_truth") or {}).get("main_content") or ""
        yield Page(page_id, entry.get("url"), _read_html(html_path), body, kind)


def _read_html(path: Path) -> str:
    data = gzip.decompress(path.read_bytes())
    return data.decode("utf-8", errors="replace")
