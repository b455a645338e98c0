"""Plain-text dumps: the article as a scraper or aggregator saved it."""

from consumer.core.text.extract import extract_text

__all__ = ["extract_text"]
