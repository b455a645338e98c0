"""A sentence an ad slot broke in two: a page's ad placed inside a paragraph ("... and farms
have" / "Advertisement" / "been asked to cut ...") leaves the sentence's two halves on
lines of their own once the label leaves. They are one paragraph again when nothing but
ad labels stands between them, the first half ends inside a sentence (a lower-case word or
a comma) and the second goes on in lower case."""

from __future__ import annotations

from consumer.core.text.article_lines import ArticleLines
from consumer.core.text.lines import SENTENCE_END

MAX_AD_LINES = 3  # an ad slot's label, its "Story continues below" line and a sponsor's


def body_with_ad_breaks_closed(doc: ArticleLines) -> list[str]:
    """The lines still in play, two halves of a sentence an ad slot broke joined."""
    paragraphs: list[str] = []
    above: int | None = None  # the last line kept
    for i, status in enumerate(doc.status):
        if status is not None:
            continue
        text = doc.lines[i].text
        if above is not None and _broken_by_ad(doc, above, i):
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
        else:
            paragraphs.append(text)
        above = i
    return paragraphs


def _broken_by_ad(doc: ArticleLines, above: int, below: int) -> bool:
    gap = range(above + 1, below)
    if not gap or len(gap) > MAX_AD_LINES:
        return False
    if any(doc.status[k] != "advertisement" for k in gap):
        return False
    first, second = doc.lines[above].text, doc.lines[below].text
    if SENTENCE_END.search(first):
        return False
    return (first[-1] == "," or first[-1].islower()) and second[0].islower()
