"""The date in a dateline that opens the body ("LEEDS, England, Nov. 25, 2025
/PRNewswire/ -- ..."): press releases and some wire copy date themselves only there."""

from __future__ import annotations

import re

from consumer.core.text.timestamps import Timestamp, find_timestamp

# A place in capitals, then anything up to the dash that ends the dateline.
_DATELINE = re.compile(r"(?P<head>[A-ZÀ-Þ]{2}[^\n]{4,120}?) ?(--|—|–|-) ")
_PLACE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,40}(,|\s\()")


def dateline_date(paragraph: str) -> Timestamp | None:
    """The date of a dateline that opens ``paragraph``, None when there is none."""
    if _PLACE.match(paragraph) is None:
        return None
    dateline = _DATELINE.match(paragraph)
    if dateline is None:
        return None
    return find_timestamp(dateline.group("head"))
