"""First simple version: blank-line paragraphs, the first line as title."""

from __future__ import annotations

from consumer.contract import RawArticle
from consumer.core.model import Extraction
from consumer.core.options import CoreOptions


def extract_text(raw: RawArticle, options: CoreOptions) -> Extraction:
    blocks = [" ".join(block.split()) for block in raw.content.split("\n\n")]
    blocks = [block for block in blocks if block]
    title = raw.title_hint or (blocks[0] if blocks else None)
    paragraphs = [block for block in blocks if block != title]
    return Extraction(title=title, paragraphs=paragraphs)
