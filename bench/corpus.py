"""Read an extraction corpus from disk: HTML pages with their true article body.

Two layouts are recognised (see bench/README.md for where to get them):

- ``aeb``: scrapinghub/article-extraction-benchmark: ``ground-truth.json`` (id ->
  ``{"articleBody", "url"}``) beside ``html/<id>.html.gz``.
- ``wcxb``: Murrough-Foley/web-content-extraction-benchmark, one split directory
  (``dev/`` or ``test/``): ``ground-truth/<id>.json`` (``ground_truth.main_content``,
  ``_internal.page_type.primary``) beside ``html/<id>.html.gz``.
- ``snippets``: trafilatura's evaluation set (adbar/trafilatura ``tests/``):
  ``evaldata.json`` (url -> ``{"file", "with", "without"}``) beside ``eval/`` and
  ``cache/`` holding the pages. No true body: each page names a few passages the body
  must hold and a few it must not (scored by ``bench.scoring.snippet_counts``).
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
    # ``snippets`` layout only: passages the body must hold, and must not.
    must_hold: tuple[str, ...] = ()
    must_not_hold: tuple[str, ...] = ()


def detect_format(root: Path) -> str:
    """Name the corpus layout found at ``root`` ("aeb", "wcxb" or "snippets")."""
    if (root / "ground-truth.json").is_file() and (root / "html").is_dir():
        return "aeb"
    if (root / "evaldata.json").is_file():
        return "snippets"
    if (root / "ground-truth").is_dir() and (root / "html").is_dir():
        return "wcxb"
    raise SystemExit(
        f"{root}: not a known corpus layout "
        "(need ground-truth.json, ground-truth/ or evaldata.json)"
    )


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
    if layout == "snippets":
        yield from _snippet_pages(root, half)
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


def _snippet_pages(root: Path, half: str) -> Iterator[Page]:
    from trafilatura.utils import decode_file  # the set's pages come in many encodings

    annotations = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    for url in sorted(annotations):
        entry = annotations[url]
        page_id = entry["file"]
        if not in_half(page_id, half):
            continue
        path = next((p for d in ("cache", "eval") if (p := root / d / page_id).is_file()), None)
        if path is None:
            continue
        html = decode_file(path.read_bytes())
        yield Page(
            page_id,
            url,
            html,
            "",
            None,
            must_hold=tuple(entry.get("with") or ()),
            must_not_hold=tuple(entry.get("without") or ()),
        )


def _read_html(path: Path) -> str:
    data = gzip.decompress(path.read_bytes())
    return data.decode("utf-8", errors="replace")
