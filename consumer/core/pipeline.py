"""The one stable entry point of the core: raw article in, enriched article out.

Stages run in order: extract (HTML page or text dump) -> enrich the clean body ->
fingerprint -> assemble the output record. Pure and deterministic: the caller adds
what depends on time or transport (``processing.processed_at``, ``duration_ms``,
``input``) and the dedupe verdict (``fingerprints.duplicate_of``).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from consumer import __version__
from consumer.contract import SCHEMA_VERSION, ExtractionError, RawArticle
from consumer.core.enrich import enrich_body, fingerprints
from consumer.core.html import extract_html
from consumer.core.html_sniff import holds_no_markup, is_html_fragment, is_html_page
from consumer.core.model import Enrichment, Extraction
from consumer.core.options import DEFAULT_OPTIONS, CoreOptions
from consumer.core.scripts import word_count
from consumer.core.text import extract_text

EXTRACTOR_VERSION = f"news-consumer/{__version__}"


def enrich_article(raw: RawArticle, options: CoreOptions = DEFAULT_OPTIONS) -> dict[str, Any]:
    """Clean and extract one article; returns the enriched record (SPEC "Enriched article")."""
    if len(raw.content) > options.max_input_chars:
        raise ExtractionError(
            f"{raw.mode} content has {len(raw.content)} characters, limit {options.max_input_chars}"
        )
    # A scraper that put the fetched page in "text", or a dump in "html": read what it is.
    mixed_up = None
    if raw.mode == "text" and is_html_page(raw.content):
        mixed_up = "text content is an HTML page: read as html"
        raw = dataclasses.replace(raw, mode="html")
    elif raw.mode == "text" and is_html_fragment(raw.content):
        mixed_up = "text content is HTML markup: read as html"
        raw = dataclasses.replace(raw, mode="html")
    elif raw.mode == "html" and holds_no_markup(raw.content):
        mixed_up = "html content holds no markup: read as text"
        raw = dataclasses.replace(raw, mode="text")
    extraction = extract_html(raw, options) if raw.mode == "html" else extract_text(raw, options)
    if mixed_up:
        extraction.warnings.insert(0, mixed_up)
    enrichment = enrich_body(extraction, raw, options)
    return _assemble(raw, extraction, enrichment)


def _assemble(raw: RawArticle, ext: Extraction, enr: Enrichment) -> dict[str, Any]:
    body = "\n\n".join(ext.paragraphs)
    prints = fingerprints(ext.paragraphs)
    return {
        "schema_version": SCHEMA_VERSION,
        "id": raw.id or "sha256:" + prints["content_sha256"],
        "url": raw.url,
        "canonical_url": ext.canonical_url,
        "title": ext.title,
        "body": body,
        "paragraphs": ext.paragraphs,
        "captions": ext.captions,
        "related": [link.to_dict() for link in ext.related],
        "authors": ext.authors,
        "published_at": ext.published_at,
        "modified_at": ext.modified_at,
        "dates_mentioned": enr.dates_mentioned,
        "language": enr.language,
        "source": {
            "name": raw.source,
            "site": ext.site,
            "publisher": ext.publisher,
            "republisher": ext.republisher,
        },
        "quotes": [quote.to_dict() for quote in enr.quotes],
        "entities": enr.entities,
        "keywords": enr.keywords,
        "word_count": word_count(body),  # CJK and Thai text count by characters
        "fingerprints": {**prints, "duplicate_of": None},
        "cleaning": {
            "mode": raw.mode,
            "removed": dict(sorted(ext.removed.items())),
            "removed_chars": dict(sorted(ext.removed_chars.items())),
            "chars_in": len(raw.content),
            "chars_out": len(body),
            "warnings": ext.warnings + enr.warnings,
        },
        "metadata": raw.metadata,
        "processing": {"extractor_version": EXTRACTOR_VERSION},
    }
