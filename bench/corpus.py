"""Read an extraction corpus from disk: HTML pages with their true article body.

Six layouts are recognised (see bench/README.md for where to get them):

- ``aeb``: scrapinghub/article-extraction-benchmark: ``ground-truth.json`` (id ->
  ``{"articleBody", "url"}``) beside ``html/<id>.html.gz``.
- ``wcxb``: Murrough-Foley/web-content-extraction-benchmark, one split directory
  (``dev/`` or ``test/``): ``ground-truth/<id>.json`` (``ground_truth.main_content``,
  ``_internal.page_type.primary``) beside ``html/<id>.html.gz``.
- ``snippets``: trafilatura's evaluation set (adbar/trafilatura ``tests/``):
  ``evaldata.json`` (url -> ``{"file", "with", "without"}``) beside ``eval/`` and
  ``cache/`` holding the pages. No true body: each page names a few passages the body
  must hold and a few it must not (scored by ``bench.scoring.snippet_counts``).
- ``dragnet``: seomoz/dragnet_data (news and blog pages of 2012): ``HTML/<id>.html``
  beside ``Corrected/<id>.html.corrected.txt``, the page's text with its readers'
  comments after a marker line (cut off: the body is what comes before it). Mirrors that
  merged it with other sets rename the folders ``input/<id>.html`` and
  ``GoldStandard/<id>.txt``; both are read.
- ``l3s-gn1``: Kohlschuetter's L3S-GN1 (Google News pages of 2008, boilerpipe's
  evaluation set): ``original/<id>.html`` beside ``annotated/<id>.html``, the page with
  each text span's label as a class (``x-nc-sel2`` is the article's full text; headline,
  supplemental lines such as bylines and captions, related links and comments have
  labels of their own). Mirrors rename the folders ``input/`` and ``GoldStandard/``
  (``<id>.txt``).
- ``cleaneval``: the CleanEval format (``input/<id>.html`` beside ``GoldStandard/<id>.txt``,
  a "URL: ..." line, then the text with each paragraph, heading and list item opened by
  ``<p>``, ``<h>`` or ``<l>``): CleanPortalEval (news portals of 2013) and CleanEval's own
  sets, as the merged mirror holds them.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import re
from collections.abc import Callable, Iterator
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
    folders = _text_folders(root)
    if folders is not None:
        return _paired_layout(root / folders[1])
    raise SystemExit(
        f"{root}: not a known corpus layout "
        "(need ground-truth.json, ground-truth/, evaldata.json, HTML/ + Corrected/ "
        "or input/ + GoldStandard/, original/ + annotated/)"
    )


# dragnet_data's folders of pages and of their text, and the text files' suffix: as
# published, and as mirrors that merged it with other sets renamed them.
_DRAGNET = (("HTML", "Corrected", ".html.corrected.txt"), ("input", "GoldStandard", ".txt"))
# L3S-GN1's folders of pages and of their annotated copies, as published and as mirrored.
_L3S_GN1 = (("original", "annotated", ".html"), ("input", "GoldStandard", ".txt"))
# The class L3S-GN1's annotators gave a span of the article's full text; every labelled
# span has a class "x-nc-sel<digit>" and the innermost label holds for a text.
_FULL_TEXT = "x-nc-sel2"
_LABEL = re.compile(r"x-nc-sel\d")
# The line that parts an article's text from its readers' comments in dragnet_data, typed
# by hand ("!@#$%^&*()  COMMENTS", and with a character left out or doubled).
# What opens a paragraph, heading or list item in a CleanEval text.
_CLEANEVAL_MARK = re.compile(r"<[phl]>", re.IGNORECASE)
_COMMENTS_MARK = re.compile(r"^[!@#$%^&*()\t ]{4,}COMMENTS\s*$", re.MULTILINE)


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
    if layout == "dragnet":
        yield from _paired_pages(root, half, _DRAGNET[0], _dragnet_body)
        return
    if layout == "l3s-gn1":
        yield from _paired_pages(root, half, _L3S_GN1[0], _l3s_gn1_body)
        return
    if layout == "cleaneval":
        yield from _paired_pages(root, half, _DRAGNET[1], _cleaneval_body)
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


def _paired_pages(
    root: Path, half: str, layout: tuple[str, str, str], truth_body: Callable[[Path], str]
) -> Iterator[Page]:
    """Pages in one folder, each with its truth in a file of the same name in another
    (dragnet_data's and L3S-GN1's layouts, as published or as mirrored)."""
    from trafilatura.utils import decode_file  # pages of 2008-2012 in many encodings

    pages, truths, suffix = _text_folders(root) or layout
    for html_path in sorted((root / pages).glob("*.html")):
        page_id = html_path.stem
        truth_path = root / truths / f"{page_id}{suffix}"
        if not in_half(page_id, half) or not truth_path.is_file():
            continue
        body = truth_body(truth_path)
        yield Page(page_id, None, decode_file(html_path.read_bytes()), body, None)


def _dragnet_body(path: Path) -> str:
    """The corrected text before its readers' comments."""
    truth = _decoded_text(path.read_bytes())
    return _COMMENTS_MARK.split(truth, maxsplit=1)[0].strip()


def _decoded_text(data: bytes) -> str:
    """UTF-8 text, or UTF-16 where a byte-order mark says so (a few of dragnet_data's
    truths were saved that way: read as UTF-8 they hold no word of the page)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    return data.decode("utf-8-sig", errors="replace")


def _l3s_gn1_body(path: Path) -> str:
    from trafilatura.utils import decode_file

    return _full_text(decode_file(path.read_bytes()))


def _full_text(annotated_html: str) -> str:
    """The texts an L3S-GN1 page labels full text, a line for each run of them."""
    import lxml.html

    runs: list[list[str]] = [[]]

    def add(text: str | None, label: str | None) -> None:
        if not text or not text.strip():
            return
        if label == _FULL_TEXT:
            runs[-1].append(text)
        elif runs[-1]:
            runs.append([])  # another label's text between two runs parts them

    def walk(element: lxml.html.HtmlElement, label: str | None) -> None:
        own = _LABEL.search(element.get("class") or "")
        inner = own.group() if own else label
        add(element.text, inner)
        for child in element:
            if isinstance(child.tag, str):
                walk(child, inner)
            add(child.tail, inner)

    walk(lxml.html.fromstring(annotated_html), None)
    lines = (" ".join(" ".join(run).split()) for run in runs)
    return "\n".join(line for line in lines if line)


def _text_folders(root: Path) -> tuple[str, str, str] | None:
    """The (pages, truths, truth suffix) folders of a dragnet or L3S-GN1 corpus at ``root``."""
    return next(
        (
            layout
            for layout in (*_DRAGNET, *_L3S_GN1)
            if (root / layout[0]).is_dir() and (root / layout[1]).is_dir()
        ),
        None,
    )


def _paired_layout(truths: Path) -> str:
    """Which paired layout a corpus's truth files have: L3S-GN1's labelled pages, CleanEval's
    marked texts or dragnet's plain ones."""
    first = next(iter(sorted(truths.iterdir())), None)
    head = first.read_bytes()[:200_000] if first is not None else b""
    if b"x-nc-sel" in head:
        return "l3s-gn1"
    return "cleaneval" if head.lstrip().startswith(b"URL:") else "dragnet"


def _cleaneval_body(path: Path) -> str:
    """A CleanEval text without its URL line and markers, a line for each marked block."""
    import html

    text = path.read_text(encoding="utf-8", errors="replace").lstrip()
    if text.startswith("URL:"):
        text = text.partition("\n")[2]
    blocks = _CLEANEVAL_MARK.split(html.unescape(text))
    return "\n".join(line for line in (" ".join(b.split()) for b in blocks) if line)


def _read_html(path: Path) -> str:
    data = gzip.decompress(path.read_bytes())
    return data.decode("utf-8", errors="replace")
