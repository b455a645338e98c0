"""A sentence that credits the post's writer: "This post was written by Jane Doe, Head of
Marketing.", "This article is written by Jane Doe who likes ...", or the sentence's
start as a label over the name ("This post was written by" / "Jane Doe"). Company blogs
and guest posts put it at the top or the foot of the text, where no byline stands.
"""

from __future__ import annotations

import re

from consumer.core.text.byline import is_name

# "This (blog) post / article / ... was / is / has been written / authored ... by"
_CREDIT = re.compile(
    r"(?:about the author ?: ?)?this (?:blog |guest )?"
    r"(?:post|article|story|piece|column|essay|guide|review|entry) "
    r"(?:was|is|has been) (?:(?:co-)?written|authored|contributed|penned|prepared)"
    r"(?: and [a-z]+)? by ?:?(?: (?P<rest>.+))?",
    re.IGNORECASE,
)
# Where the names end: a role or an affiliation after a comma, a clause, a sentence's end
# (not an initial's or a title's dot: "Jane M. Doe", "Dr. Jane Doe").
_NAMES_END = re.compile(r",|;| who | - | – | — | \(|(?<=[a-z]{2})\.(?: |$)|!")
_NAME_JOINER = re.compile(r" and | & ")
_MAX_SENTENCE_CHARS = 300


def credited_names(text: str) -> list[str] | None:
    """The writers such a sentence names; ``[]`` for the label alone (the names follow on
    the next line); None when ``text`` is no such sentence or names no person ("This
    article was written by a guest contributor")."""
    if len(text) > _MAX_SENTENCE_CHARS:
        return None
    found = _CREDIT.fullmatch(text.strip())
    if found is None:
        return None
    if not found["rest"]:
        return []
    return names_only(_NAMES_END.split(found["rest"], maxsplit=1)[0])


def names_only(text: str) -> list[str] | None:
    """Persons' names alone ("Jane Doe", "Jane Doe and John Roe"), else None."""
    names = [name.strip() for name in _NAME_JOINER.split(text.strip())]
    return names if names and all(is_name(name) for name in names) else None


def credited_writers(texts: list[str]) -> list[str]:
    """The writers the first crediting sentence among ``texts`` (lines in order) names,
    also when the sentence is a label over the line with the names."""
    for k, text in enumerate(texts):
        names = credited_names(text)
        if names is None:
            continue
        if names:
            return names
        if k + 1 < len(texts):
            return names_only(texts[k + 1]) or []
        return []
    return []
