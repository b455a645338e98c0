"""Imported once by the extraction pool's fork server: runs the core on two small made-up
articles so its lazily built tables (gazetteers, language model, patterns) exist before any
worker forks. Every worker then starts warm and shares them copy-on-write, instead of
spending its first article (about a second) building them inside the article's time limit.
"""

import gc

from consumer.contract import RawArticle
from consumer.core import DEFAULT_OPTIONS, enrich_article

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

for _content, _mode in ((_TEXT, "text"), (_HTML, "html")):
    enrich_article(RawArticle(content=_content, mode=_mode), DEFAULT_OPTIONS)  # type: ignore[arg-type]

# Everything built so far (modules, gazetteers, the language model) lives as long as the
# process: frozen, it is left out of the workers' full collections (35-65 ms each, one every
# few hundred articles) and its memory pages stay shared copy-on-write after the fork.
gc.freeze()
