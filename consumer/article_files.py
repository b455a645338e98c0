"""Article files as raw-article messages, for `produce` and `process` (no Kafka here)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import orjson


def article_messages(paths: list[Path]) -> Iterator[tuple[bytes, bytes]]:
    """(key, value) per article: ``.txt`` -> text, ``.html`` -> html, ``.jsonl`` line by line."""
    for path in paths:
        if path.suffix == ".jsonl":
            for number, line in enumerate(path.read_bytes().splitlines(), 1):
                if line.strip():
                    yield _key_of(line, f"{path.stem}-{number}"), line
        elif path.suffix in _MODES:
            raw = {"id": path.stem, _MODES[path.suffix]: _decoded(path)}
            yield path.stem.encode(), orjson.dumps(raw)
        else:
            raise ValueError(f"{path}: expected .txt, .html or .jsonl")


# A saved article's mode by its file's suffix.
_MODES = {".html": "html", ".htm": "html", ".txt": "text"}


def _decoded(path: Path) -> str:
    """A saved page or dump in whatever encoding it was saved in (UTF-8, else the guess
    of trafilatura's charset detection; undecodable bytes replaced, never an error)."""
    from trafilatura.utils import decode_file  # the HTML extractor's dependency already

    return decode_file(path.read_bytes())


def _key_of(line: bytes, fallback: str) -> bytes:
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError:
        return fallback.encode()
    key = obj.get("id") or obj.get("url") if isinstance(obj, dict) else None
    return str(key).encode() if key else fallback.encode()
