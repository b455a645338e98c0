"""First simple version: the <title> and the text of every <p>."""

from __future__ import annotations

from html.parser import HTMLParser

from consumer.contract import RawArticle
from consumer.core.model import Extraction
from consumer.core.options import CoreOptions


class _ParagraphCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.paragraphs: list[str] = []
        self._open: str | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("p", "title"):
            self._open, self._buffer = tag, []

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            text = " ".join("".join(self._buffer).split())
            if text:
                (self.title if tag == "title" else self.paragraphs).append(text)
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open:
            self._buffer.append(data)


def extract_html(raw: RawArticle, options: CoreOptions) -> Extraction:
    collector = _ParagraphCollector()
    collector.feed(raw.content)
    collector.close()
    title = raw.title_hint or (collector.title[0] if collector.title else None)
    return Extraction(title=title, paragraphs=collector.paragraphs)
