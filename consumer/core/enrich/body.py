"""First simple version: the language hint only."""

from __future__ import annotations

from consumer.contract import RawArticle
from consumer.core.model import Enrichment, Extraction
from consumer.core.options import CoreOptions


def enrich_body(extraction: Extraction, raw: RawArticle, options: CoreOptions) -> Enrichment:
    language = extraction.declared_language or raw.language_hint
    return Enrichment(language=language.lower()[:2] if language else None)
