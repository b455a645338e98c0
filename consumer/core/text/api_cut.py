"""A news API's mark where it cut a story's text short.

News APIs hand out the first few hundred characters of a story and say how much they
left out: "... in which… [+2345 chars]" (NewsAPI), "... [2345 chars]" (GNews). The mark
is no story text; the record says the body is partial instead (a warning).
"""

from __future__ import annotations

import re

TRUNCATED_WARNING = "text_truncated_by_source"
_CUT_MARK = re.compile(r"\[\+?\d{1,7} chars?\]\Z", re.IGNORECASE)
_MARK_REACH = 20  # the mark is the text's last characters: look no further back


def without_cut_mark(text: str) -> tuple[str, int]:
    """The text without an API's closing cut mark, and the characters the mark took."""
    kept = text.rstrip()
    mark = _CUT_MARK.search(kept, max(0, len(kept) - _MARK_REACH))
    if mark is None:
        return text, 0
    story = kept[: mark.start()].rstrip()
    return story, len(text) - len(story)
