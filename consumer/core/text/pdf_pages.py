"""A PDF's page furniture in its text copy: the page footer ("Page 3 of 7", "Seite 3 von
7") and the running head or foot each page repeats beside it (the report's title, the
journal's name). Neither is the story's text; a copy of a report or a court ruling holds
one set per page.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (lines.py reads the footer too, and article_lines imports lines)
    from consumer.core.text.article_lines import ArticleLines

# "Page 3 of 7", "Page 3 / 7", "Seite 3 von 7", "Página 3 de 7", "Strona 3 z 7", with
# the page's dashes or brackets ("- Page 3 of 7 -", "[Page 3 of 7]").
_PAGE_FOOTER = re.compile(
    r"[-–—\[(]? ?(page|seite|página|pagina|page n°|strona|sida|side|pagină|stránka|oldal) "
    r"\d{1,4} ?(of|von|de|di|sur|z|av|af|din|/|z celkem|van) ?\d{1,4} ?[-–—\])]?",
    re.IGNORECASE,
)
# ... alone on a line of the raw copy
PAGE_FOOTER_LINE = re.compile(rf"^ *(?:{_PAGE_FOOTER.pattern}) *$", re.IGNORECASE | re.MULTILINE)
_MAX_RUNNING_HEAD_CHARS = 120
_MIN_REPEATS = 2  # beside two page footers or more
_SENTENCE_END = re.compile(r"[.!?:;]$")


def remove_pdf_page_furniture(doc: ArticleLines) -> None:
    """Page footers leave as ``navigation``; a short line shown beside two footers or more
    (right above or under each) is the running head or foot: every copy of it leaves as
    ``boilerplate``."""
    footers = [
        i
        for i, line in enumerate(doc.lines)
        if doc.status[i] is None and _PAGE_FOOTER.fullmatch(line.text)
    ]
    if not footers:
        return
    for i in footers:
        doc.remove(i, "navigation")
    doc.page_furniture.update(footers)
    beside: Counter[str] = Counter()
    for i in footers:
        texts = {
            doc.lines[j].text
            for j in (i - 1, i + 1)
            if 0 <= j < len(doc.lines) and doc.status[j] is None
        }
        beside.update(text for text in texts if _may_run(text))
    running = {text for text, count in beside.items() if count >= _MIN_REPEATS}
    # (the copy's first line may be the report's title that each page repeats: it stays
    # for the title stage)
    first = next((i for i, status in enumerate(doc.status) if status is None), None)
    for i, line in enumerate(doc.lines):
        if doc.status[i] is None and line.text in running and i != first:
            doc.remove(i, "boilerplate")
            doc.page_furniture.add(i)


def _may_run(text: str) -> bool:
    return len(text) <= _MAX_RUNNING_HEAD_CHARS and not _SENTENCE_END.search(text)
