"""Is a name a byline gives an outlet's rather than a person's? For both modes' bylines."""

from __future__ import annotations

import re

_ACRONYM = re.compile(r"\b[A-Z]{3,5}\b")


def names_outlet(name: str) -> bool:
    """ "The Daily Example", or a broadcaster's or an agency's acronym of three to five
    capitals in a name of mixed case ("NBC News", "BBC Wales"; initials, "JR Smith", have
    fewer letters; "JANE DOE" is a person's name in capitals)."""
    return name.startswith("The ") or (not name.isupper() and _ACRONYM.search(name) is not None)
