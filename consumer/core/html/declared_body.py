"""The body a page declares in its JSON-LD (``articleBody``): the text of a page that a
script renders in the browser, when the markup itself holds little of it."""

from __future__ import annotations

import html
import re

from consumer.core.normalise import normalise_line

# Taken only when it is an article's length and holds this many times the text that the
# markup gave: a page whose markup has the story keeps what extraction found there (its
# paragraphs, without the captions and teasers some sites pour into ``articleBody``).
MIN_DECLARED_CHARS = 500
# When the markup gave no paragraph at all, a short story (a news brief) is still better
# than an empty body: the page is a shell that a script fills.
MIN_DECLARED_CHARS_OVER_NOTHING = 100
MIN_SHARE_OVER_FOUND = 2
# Some sites write the body as HTML: a tag breaks a paragraph, its text stays.
_TAG = re.compile(r"<[^<>]{0,500}>")


def declared_paragraphs(article_body: str | None, found: list[str]) -> list[str] | None:
    """The paragraphs of ``article_body`` when it replaces the ``found`` ones, else None."""
    least = MIN_DECLARED_CHARS if found else MIN_DECLARED_CHARS_OVER_NOTHING
    if article_body is None or len(article_body) < least:
        return None
    if sum(map(len, found)) * MIN_SHARE_OVER_FOUND > len(article_body):
        return None
    text = html.unescape(_TAG.sub("\n", article_body))
    paragraphs = [clean for line in text.split("\n") if (clean := normalise_line(line))]
    return paragraphs or None
