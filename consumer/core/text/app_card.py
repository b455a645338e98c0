"""A news app's source card over a copied story (MSN, Google News, Apple News,
Flipboard): the outlet's name, then its age and the card's byline, then the headline.

"Riverton Herald" / "Story by Jane Doe" / "• 3h •" / "Headline", or the name and age on
one line ("Riverton Herald · 3h ago", "Riverton Herald - 2h"). The name is the outlet
that published the story (the app is the republisher), not the headline.
"""

from __future__ import annotations

import re

from consumer.core.text.article_lines import ArticleLines
from consumer.core.text.timestamps import is_relative_time_line

_CARD_REACH = 3  # the card opens the copy
_MAX_CARD_META_LINES = 3  # its byline, age and reading time
_MAX_NAME_CHARS = 40
# An outlet's name: one to five capitalised words ("The Riverton Herald", "Daily News &
# Analysis", "WIRED", "Fox 5 Atlanta"); no sentence, no clock or date.
_NAME = re.compile(
    r"(?-i:[A-Z])[\w'’&.-]*( ((?-i:[A-Z0-9])[\w'’&.-]*|of|the|and|&|de|du|la|el)){0,4}"
)
# The name with its age on one line ("Riverton Herald · 3h ago", "Riverton Herald - 2h").
_NAME_AND_AGE = re.compile(r"(?P<name>[^·•|]{2,40}?) [·•|–—-] .{1,20}")
_CARD_META = frozenset({"byline", "timestamp", "reading_time"})
_MAX_HEADLINE_WORDS = 40


def app_card_source(doc: ArticleLines) -> str | None:
    """The outlet a news app's card at the copy's top names, its name line (when it
    stands alone) taken out as ``source``; None when the copy opens with no such card."""
    for i in range(min(_CARD_REACH, len(doc.lines))):
        text = doc.lines[i].text
        if doc.status[i] == "timestamp":
            joined = _NAME_AND_AGE.fullmatch(text)
            if joined and _is_name(joined["name"]) and is_relative_time_line(text):
                return joined["name"]
            continue
        if doc.status[i] is not None:
            continue
        if _is_name(text) and _card_under(doc, i):
            doc.remove(i, "source")
            return text
        return None  # the first line in play is no outlet's name: no card
    return None


def _is_name(text: str) -> bool:
    return len(text) <= _MAX_NAME_CHARS and _NAME.fullmatch(text) is not None


def _card_under(doc: ArticleLines, i: int) -> bool:
    """Under line ``i``: one to three removed meta lines, one of them a relative age
    ("• 3h •", "Jane Doe • 3h"), then a headline-shaped line in play."""
    aged = False
    j = i + 1
    while j < len(doc.lines) and doc.status[j] in _CARD_META and j - i <= _MAX_CARD_META_LINES:
        aged = aged or _holds_age(doc.lines[j].text)
        j += 1
    if not aged or j == i + 1 or j >= len(doc.lines) or doc.status[j] is not None:
        return False
    headline = doc.lines[j].text
    words = len(headline.split())
    return 2 <= words <= _MAX_HEADLINE_WORDS and not headline.endswith((".", ":"))


def _holds_age(text: str) -> bool:
    """The line, or one of its parts between bullets, is a relative age."""
    return is_relative_time_line(text) or any(
        is_relative_time_line(part.strip()) for part in re.split(r"[•·|]", text) if part.strip()
    )
