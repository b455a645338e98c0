"""A sentence an ad slot or a page break broke in two: a page's ad placed inside a paragraph
("... and farms have" / "Advertisement" / "been asked to cut ...") or a PDF's page break
("... two days a" / running head / "Page 2 of 3" / "week from April ...") leaves the
sentence's two halves on lines of their own once the label or the page's furniture leaves.
They are one paragraph again when nothing but ad labels, or nothing but the page's footer
and running heads, stands between them, the first half ends inside a sentence (a lower-case
word or a comma) and the second goes on in lower case."""

from __future__ import annotations

from consumer.core.text.article_lines import ArticleLines
from consumer.core.text.lines import SENTENCE_END

MAX_AD_LINES = 3  # an ad slot's label, its "Story continues below" line and a sponsor's
MAX_PAGE_BREAK_LINES = 4  # a page's running foot and footer, the next one's running head


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
    if not gap:
        return False
    ad_slot = len(gap) <= MAX_AD_LINES and all(doc.status[k] == "advertisement" for k in gap)
    page_break = len(gap) <= MAX_PAGE_BREAK_LINES and all(
        k in doc.page_furniture for k in gap
    )
    if not (ad_slot or page_break):
        return False
    first, second = doc.lines[above].text, doc.lines[below].text
    if SENTENCE_END.search(first):
        return False
    return (first[-1] == "," or first[-1].islower()) and second[0].islower()
