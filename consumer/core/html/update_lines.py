"""Is a guessed publication day one the page shows only as its update ("Last updated:
Dec 12, 2025", "Updated on 17 December 2025")? Such a day is the modification date: a
page that shows no other date gets no publication date from it (README: "Updated" is
``modified_at``, never a guessed ``published_at``). Nor from a day it shows only as
"3/4/2025": which of 3 April and 4 March is not to be guessed. Nor from the day a site's
header shows as today's ("Sunday, November 29, 2026" in a top bar): the day the page was
fetched, not the story's."""

from __future__ import annotations

import re
from typing import Literal

from lxml import etree
from lxml.html import HtmlElement

from consumer.core.html.tree import squeeze, text_of
from consumer.core.text.timestamps import UPDATE_WORDS, find_timestamp

# The page's visible texts (not a script's or a style's) that may hold a date.
_SHOWN_TEXTS = etree.XPath(
    "//body//text()[string-length(normalize-space()) > 5]"
    "[not(parent::script or parent::style or parent::noscript)]"
)
# A date and its label sit in one small line: "Last updated:" may be the text of a sibling
# of the date's element ("<div>Last updated:</div><div>Dec 12, 2025</div>").
_LINE_LEVELS = 3
_MAX_LINE_CHARS = 160
_LABEL_REACH = 40  # "Last updated on:" and a separator or two
_UPDATE_LABEL = re.compile(f"({UPDATE_WORDS})", re.IGNORECASE)


# A top bar's "today's date" widget, by the class or id themes give it ("todays-date",
# "current-date", "the-date-today", tagDiv's "td_data_time", JNews's "jeg_top_date", a
# header's "header-date"); outside the page's <article> and <main> only (an article
# header's "header-date" is the story's).
_TODAY_WIDGET = re.compile(
    r"today|current[-_]?date|data_time|top[-_]?date|(?:^|\s|-)header[-_]?date(?:\s|$)",
    re.IGNORECASE,
)
_IN_STORY = etree.XPath("boolean(ancestor::article or ancestor::main)")


def day_shown_only_as(tree: HtmlElement, day: str) -> Literal["update", "unsure", "today"] | None:
    """How the page shows ``day`` (YYYY-MM-DD), when every text showing it is of one
    unfit kind: "update", each on an update line; "unsure", each (or each that is no
    update) written "3/4/2025", whose day and month may be either way round. None when
    some text shows it fit for a publication date, or none shows it; "today", each in a
    site header's widget of today's date.

    A text showing the day is an update's when an update label stands just before it, in
    the text itself or in the line of one of its nearest ancestors ("Written by Jane Doe
    · Last updated on October 1, 2025"). A date shown alone, or first on its line ("Dec
    19, 2025 | Last updated on Dec 19, 2025"), is a publication's and keeps the day.
    """
    kinds: set[str] = set()
    for node in _SHOWN_TEXTS(tree):
        if day[2:4] not in node:  # the year's last two digits, in every written form
            continue
        text = squeeze(str(node))
        stamp = find_timestamp(text)
        if stamp is None or day not in (stamp.value[:10], stamp.month_first().value[:10]):
            continue
        if _in_today_widget(node.getparent()):
            kinds.add("today")
        elif stamp.is_update or _labelled_update(node.getparent(), text):
            kinds.add("update")
        elif stamp.order_unsure:
            kinds.add("unsure")
        else:
            return None
    if not kinds:
        return None
    if kinds == {"today"}:
        return "today"
    # (a widget's day is no story's: the other texts say what the day is)
    kinds.discard("today")
    return "update" if kinds == {"update"} else "unsure"


def _in_today_widget(element: HtmlElement | None) -> bool:
    """Is ``element`` (or one of its nearest ancestors) a widget of today's date outside
    the story?"""
    if element is None or _IN_STORY(element):
        return False
    for _ in range(_LINE_LEVELS):
        if element is None:
            return False
        if _TODAY_WIDGET.search(f"{element.get('class', '')} {element.get('id', '')}"):
            return True
        element = element.getparent()
    return False


def _labelled_update(element: HtmlElement | None, text: str) -> bool:
    """Does an update label stand just before ``text`` in the line of ``element`` or of
    one of its nearest ancestors?"""
    for _ in range(_LINE_LEVELS):
        if element is None:
            return False
        line = squeeze(text_of(element))
        if len(line) > _MAX_LINE_CHARS:
            return False
        at = line.find(text)
        if at > 0 and _UPDATE_LABEL.search(line[max(0, at - _LABEL_REACH) : at]):
            return True
        element = element.getparent()
    return False
