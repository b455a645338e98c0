"""The lines of one dump with what each stage decided about them, and the removal tally."""

from __future__ import annotations

from collections import Counter

from consumer.core.text.lines import Line
from consumer.core.text.mainblock import SHORT, THREAD_HEADER_REACH, line_class, line_features

# What a line became besides a removal reason; and the removals that head an article
# (its bylines and dates) or, on a full page, separate teasers rather than sit inside an
# article (so do "Most read"-style headers, listed in ``ArticleLines.list_headers``).
TITLE_ROLE = "title"
CAPTION_ROLE = "caption"
SEPARATOR_REASONS = frozenset({"timestamp", "byline"})
_COPY_REASONS = frozenset({"duplicate_caption", "duplicate_paragraph"})
# A dump with runs of this many short lines (menus, link lists) is a full page.
_MENU_RUN = 3
_MAX_SHORT_SHARE_OF_COPY = 0.34
# What a page shows around its story and an aggregator's copy leaves out; a dump that
# had three kinds of it removed is a full page.
_PAGE_FURNITURE = frozenset(
    {"navigation", "share", "comments", "copyright", "cookie", "newsletter"}
)
_MIN_FURNITURE_KINDS = 3


class ArticleLines:
    """Lines in order; ``status[i]`` is None while line i may still be body text."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.status: list[str | None] = [None] * len(lines)
        self.removed: Counter[str] = Counter()
        self.removed_chars: Counter[str] = Counter()
        # lines that announce other articles: a list's header, a "Previous post" label
        self.list_headers: list[int] = []
        # a table of contents' entries, removed as copies of the sub-headings below them
        self.contents: list[int] = []
        # a PDF's page footers and running heads (a page break, not a paragraph's end)
        self.page_furniture: set[int] = set()

    def remove(self, i: int, reason: str) -> None:
        """Take line ``i`` out of the body and count it under ``reason``."""
        self.status[i] = reason
        self.removed[reason] += 1
        self.removed_chars[reason] += len(self.lines[i].text)

    def shown_elsewhere(self, text: str, i: int) -> bool:
        """Whether a line other than line ``i`` holds ``text`` (a writer's name stands
        once; a source's, a place's or a product's comes again)."""
        return any(text in line.text for k, line in enumerate(self.lines) if k != i)

    def take_as_title(self, i: int, former: str = "repeated_title") -> None:
        """Line ``i`` is the headline after all: the removal it was counted under is taken
        back, and a line that held the title's role before leaves under ``former`` (a copy
        of the headline, or the menu's or site's line taken for it)."""
        text = self.lines[i].text
        for j, status in enumerate(self.status):
            if status == TITLE_ROLE and j != i:
                self.remove(j, former)
            elif j != i and status in _COPY_REASONS and self.lines[j].text == text:
                self._uncount(j)
                self.remove(j, "repeated_title")  # the headline's copy, left as a repeat
        self._uncount(i)
        self.status[i] = TITLE_ROLE

    def _has_comment_thread(self) -> bool:
        """Is there a comments header ("12 Comments") with a commenter's name or date line
        within ``THREAD_HEADER_REACH`` lines under it (the thread's first entry)?"""
        for i, status in enumerate(self.status):
            if status != "comments":
                continue
            under = self.status[i + 1 : i + 1 + THREAD_HEADER_REACH]
            if any(reason in SEPARATOR_REASONS for reason in under):
                return True
        return False

    def _uncount(self, i: int) -> None:
        """Take back the removal line ``i`` was counted under, if any."""
        reason = self.status[i]
        if reason is not None and reason != TITLE_ROLE:
            self.removed[reason] -= 1
            self.removed_chars[reason] -= len(self.lines[i].text)
            if self.removed[reason] <= 0:
                del self.removed[reason], self.removed_chars[reason]

    def looks_like_full_page(self) -> bool:
        """Does what is left still hold menus or link lists (a full-page dump), or only the
        article (an aggregator's copy, where every remaining line is kept)?"""
        if len(_PAGE_FURNITURE.intersection(self.removed)) >= _MIN_FURNITURE_KINDS:
            return True  # a site's menu, share bar, comments and footer: a page, no copy
        if self._has_comment_thread():
            return True  # a story and its readers' comments: the main block ends at the header
        run = short = total = 0
        for i, line in enumerate(self.lines):
            if self.status[i] is not None:
                continue
            total += 1
            if line_class(line_features(line.text)) == SHORT:
                short += 1
                run += 1
                if run >= _MENU_RUN:
                    return True
            else:
                run = 0
        return total > 0 and short / total > _MAX_SHORT_SHARE_OF_COPY
