"""Pure cleaning and extraction: no Kafka, no I/O, no mutable globals; safe in a process pool."""

from consumer.core.options import DEFAULT_OPTIONS, CoreOptions
from consumer.core.pipeline import EXTRACTOR_VERSION, enrich_article

__all__ = ["DEFAULT_OPTIONS", "EXTRACTOR_VERSION", "CoreOptions", "enrich_article"]
