"""Facts derived from the clean body: quotes, entities, dates, keywords, language, fingerprints."""

from consumer.core.enrich.body import enrich_body
from consumer.core.enrich.fingerprint import fingerprints

__all__ = ["enrich_body", "fingerprints"]
