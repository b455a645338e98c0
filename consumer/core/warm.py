"""Run the core once on two small made-up articles, so that its lazily built tables
(gazetteers, language model, patterns) exist before the first real article: the extraction
pool's fork server does it before any worker forks (``consumer.runtime.warm_up``), and the
benchmark before it starts its clocks."""

from __future__ import annotations

from consumer.contract import RawArticle
from consumer.core.options import DEFAULT_OPTIONS
from consumer.core.pipeline import enrich_article

_TEXT = """Council votes to rebuild the harbour bridge

Mayor Helen Sorensen said on Thursday the town would rebuild the bridge before winter.

"We cannot keep patching the past," said chief engineer David Okafor in London on 3 March 2025.
"""

_HTML = (
    "<html lang='en'><head><title>Library reopens - The Chronicle</title></head><body>"
    "<article><h1>Library reopens</h1><p>The central library in Paris reopened on Friday "
    "after a renovation that took two years, the city council said.</p><figure>"
    "<figcaption>Visitors queue outside</figcaption></figure></article></body></html>"
)


def warm_core() -> None:
    """Build the core's lazily built tables (a second call costs two small articles)."""
    enrich_article(RawArticle(content=_TEXT, mode="text"), DEFAULT_OPTIONS)
    enrich_article(RawArticle(content=_HTML, mode="html"), DEFAULT_OPTIONS)
