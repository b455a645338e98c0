"""A read-more link glued to the end of a teaser's last sentence, for both modes.

A feed's excerpt, or a blog's front page, ends a teaser with a link to the rest of the
post: "... for three years. Continue reading →", "... the service. […] Read more »",
"... den Dienst.… Weiterlesen". The link is no story text; the sentence before it is.
The label comes right after a sentence's end, an ellipsis or a bracket, and ends the
line: alone, with an arrow or dots, or followed by the post's title and an arrow
("Continue reading Council approves budget →", WordPress's more-link, whose arrow may be
gone). Nothing nests, and only the line's last characters are searched, so nothing
backtracks far.
"""

from __future__ import annotations

import re

_LABELS = (
    r"(continue reading|keep reading|read more|read the rest( of (this|the) "
    r"(entry|post|article|story))?|read (the )?full (story|article|post)|"
    r"weiterlesen|mehr lesen|lire la suite|leer más|seguir leyendo|continuar leyendo|"
    r"continua a leggere|leggi tutto|leggi di più|continuar lendo|leia mais|lees verder|"
    r"lees meer|czytaj dalej|czytaj więcej|läs mer|les mer|læs mere|lue lisää|"
    r"devamını oku|читать далее|читать дальше|baca selengkapnya|続きを読む|阅读全文|閱讀全文)"
)
_ARROW = r"(→|»|›|>>)"
_AFTER_STOP = r"(?<=[.!?…\"”’)\]])\s*"  # a sentence's end, an ellipsis or a bracket
_GLUED_TAIL = re.compile(
    rf"{_AFTER_STOP}[\[(]?{_LABELS}(\s*({_ARROW}|\.\.\.|…|:))*[\])]?\s*\Z|"
    rf"{_AFTER_STOP}[\[(]?{_LABELS}\s[^.!?→»›\n]{{1,150}}?\s*{_ARROW}[\])]?\s*\Z|"
    # WordPress's more-link names the post, its arrow often dropped with its icon:
    # "Continue reading “Council approves budget”", "Continue reading Council approves ..."
    rf"{_AFTER_STOP}(?-i:C)ontinue reading [\"“‘']?(?-i:[A-Z0-9])[^.!?→»›\n]{{0,150}}\Z",
    re.IGNORECASE,
)
_TAIL_REACH = 200  # the label, a title and an arrow: the line's last characters
_TAIL_ENDS = ("→", "»", "›", ">", "…", ":", "]", ")", "”", '"')
_MIN_KEPT_CHARS = 20  # what stays before the link is a sentence, not a button's icon


def without_read_more_tail(line: str) -> tuple[str, str]:
    """The line without a read-more link glued to its end, and the link ("" if none)."""
    end = line.rstrip()[-3:]
    if not (end[-1:].isalpha() or end[-1:] in _TAIL_ENDS or end == "..."):  # (prose: no search)
        return line, ""
    tail = _GLUED_TAIL.search(line, max(0, len(line) - _TAIL_REACH))
    if tail is None or tail.start() < _MIN_KEPT_CHARS:
        return line, ""
    return line[: tail.start()].rstrip(), line[tail.start() :].strip()
