"""Limits and switches of the core, built once from the settings and passed to every call."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CoreOptions:
    max_input_chars: int = 5_000_000  # longer content is refused (extraction_error), not truncated
    max_html_depth: int = 2_000  # deeper markup is flattened before parsing trees recursively
    max_html_elements: int = 50_000  # more elements is refused (real pages: under 16k)
    min_body_chars: int = 250  # a shorter HTML body is extracted again with fallback extractors
    min_body_share: float = 0.5  # ... as is one under this share of the page's paragraph text
    min_body_text_share: float = 0.25  # ... or of all its text outside links (pages without <p>)
    enrich: bool = True  # quotes, entities, dates, keywords (fingerprints and language always)
    max_keywords: int = 10
    # Chaos tests only: metadata {"chaos": "hang"|"crash"|"oom"|"slow"} misbehaves on purpose.
    fault_injection: bool = False


DEFAULT_OPTIONS = CoreOptions()
