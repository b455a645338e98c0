"""The extractors the benchmark compares, each as ``html -> body text``.

Third-party extractors are imported lazily so that a missing optional one is
reported and skipped instead of stopping the run (install them with ``.[bench]``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from consumer.contract import RawArticle
from consumer.core.options import DEFAULT_OPTIONS

Extractor = Callable[[str, str | None], str]


def ours(html: str, url: str | None) -> str:
    from consumer.core.html import extract_html

    extraction = extract_html(RawArticle(content=html, mode="html", url=url), DEFAULT_OPTIONS)
    return "\n\n".join(extraction.paragraphs)


def trafilatura_default(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def trafilatura_fast(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url, fast=True) or ""


def trafilatura_no_comments(html: str, url: str | None) -> str:
    """trafilatura as its own evaluation runs it: readers' comments left out."""
    import trafilatura

    return trafilatura.extract(html, url=url, include_comments=False) or ""


def readability(html: str, url: str | None) -> str:
    import html_text
    from readability import Document

    return str(html_text.extract_text(Document(html, url=url).summary(html_partial=True)))


def resiliparse(html: str, url: str | None) -> str:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    return str(extract_plain_text(HTMLTree.parse(html), main_content=True))


def justext(html: str, url: str | None) -> str:
    import justext as jt

    blocks = jt.justext(html.encode("utf-8"), jt.get_stoplist("English"))
    return "\n\n".join(block.text for block in blocks if not block.is_boilerplate)


def newspaper4k(html: str, url: str | None) -> str:
    import warnings

    with warnings.catch_warnings():  # "nltk is not installed": only its NLP extras need it
        warnings.simplefilter("ignore")
        from newspaper import Article

    # download(input_html=...) takes the page as given: no network.
    article = Article(url or "https://example.com/", fetch_images=False)
    article.download(input_html=html)
    article.parse()
    return str(article.text)


def text_dump(html: str) -> str:
    """The full-page text dump the text-mode rows start from (html-text, layout guessed).
    Control characters go first: lxml refuses them in the tree html-text rebuilds."""
    import html_text

    return str(html_text.extract_text(_CONTROL_CHARS.sub("", html), guess_layout=True))


_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def ours_text_mode(dump: str, url: str | None) -> str:
    from consumer.core.text import extract_text

    extraction = extract_text(RawArticle(content=dump, mode="text", url=url), DEFAULT_OPTIONS)
    return "\n\n".join(extraction.paragraphs)


def every_line(dump: str, url: str | None) -> str:
    """The baseline of text mode: keep every line of the dump."""
    return dump


HTML_EXTRACTORS: dict[str, Extractor] = {
    "ours": ours,
    "trafilatura": trafilatura_default,
    "trafilatura-fast": trafilatura_fast,
    "trafilatura-no-comments": trafilatura_no_comments,
    "readability-lxml": readability,
    "newspaper4k": newspaper4k,
    "resiliparse": resiliparse,
    "justext": justext,
}
TEXT_EXTRACTORS: dict[str, Extractor] = {
    "ours-text-mode": ours_text_mode,
    "every-line": every_line,
}
