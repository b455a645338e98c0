"""Plain, picklable results that the core's stages hand to each other."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class RelatedLink:
    """A headline of another article found in the copy (prev/next, related, read-more)."""

    rel: str
    title: str
    url: str | None = None
    truncated: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"rel": self.rel, "title": self.title, "url": self.url, "truncated": self.truncated}


@dataclass(slots=True)
class Removals:
    """Items and characters a cleaning stage removed, by reason (``cleaning.removed``)."""

    removed: Counter[str] = field(default_factory=Counter)
    removed_chars: Counter[str] = field(default_factory=Counter)

    def count(self, reason: str, text: str) -> None:
        self.removed[reason] += 1
        self.removed_chars[reason] += len(text)


@dataclass(slots=True)
class Extraction:
    """What a mode-specific extractor (HTML page or text dump) found in one article."""

    title: str | None
    paragraphs: list[str]
    captions: list[str] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None  # RFC 3339, never invented
    modified_at: str | None = None
    canonical_url: str | None = None
    declared_language: str | None = None  # what the page says (html lang, meta), if anything
    site: str | None = None  # the original site's domain, e.g. "dailymail.co.uk"
    publisher: str | None = None  # the original publisher's name, e.g. "Daily Mail"
    republisher: str | None = None  # the aggregator that copied it, when recognised
    removed: Counter[str] = field(default_factory=Counter)  # removed items by reason
    removed_chars: Counter[str] = field(default_factory=Counter)  # removed characters by reason
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    text: str
    speaker: str | None
    paragraphs: list[int]  # 0-based indexes into the article's paragraphs

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "speaker": self.speaker, "paragraphs": self.paragraphs}


@dataclass(slots=True)
class Enrichment:
    """Facts derived from the clean body: who said what, who is mentioned, when, which language."""

    language: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    entities: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {"people": [], "organisations": [], "places": []}
    )
    dates_mentioned: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
