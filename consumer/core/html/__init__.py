"""Full HTML pages."""

from consumer.core.html.extract import extract_html

__all__ = ["extract_html"]
