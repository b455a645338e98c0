"""An author's bio under the story: a closing paragraph that names a byline author in its
opening words and says who they are. Shared by the HTML and the text extractors."""

from __future__ import annotations

import re
from collections.abc import Sequence

BIO_NAME_WITHIN_CHARS = 120  # the name stands in the bio's opening words
MAX_AUTHOR_BIO_CHARS = 1500
BIO_WORDS = re.compile(
    r"\b(?:is|was) (?:a|an|the|currently|also|our)\b|\b(?:has|have) (?:been|written|worked|"
    r"covered|reported|a passion|over|more than)\b|\b(?:joined|writes|covers|studied|"
    r"graduated|holds|lives|oversees?|specializ(?:es|ing)|specialis(?:es|ing))\b|"
    r"\b(?:I'm|I’m|I am)\b"
    # The same in the other languages of the core's cues: "X ist Redakteurin bei Y", "X est
    # journaliste", "X es periodista", "X è giornalista", "X é jornalista", "X is sinds".
    r"|\b(?:ist|war) (?:ein|eine|seit|als|Redakteur|Redakteurin|Journalist|Journalistin)\b"
    r"|\b(?:arbeitet|schreibt) (?:als|seit|bei|für|über)\b"
    r"|\best (?:un|une|journaliste|rédacteur|rédactrice|correspondant|correspondante)\b"
    r"|\btravaille (?:pour|chez|comme)\b"
    r"|\bes (?:periodista|redactor|redactora|corresponsal)\b"
    r"|\b[èé] (?:giornalista|jornalista|redattore|redattrice|repórter)\b"
    r"|\bis (?:een|sinds|redacteur|verslaggever)\b",
    re.I,
)


def author_name_patterns(authors: Sequence[str]) -> list[re.Pattern[str]]:
    """For each byline name of two to four words: its first and last word, near each other
    ("Jane Doe", "Jane M. Doe", "Janet (Jane) Doe")."""
    found = []
    for author in authors:
        words = author.split()
        if not 2 <= len(words) <= 4 or any(not w[0].isupper() for w in (words[0], words[-1])):
            continue
        first, last = re.escape(words[0]), re.escape(words[-1])
        found.append(re.compile(rf"\b{first}\w*\W+(?:[\w.()]+\W+){{0,2}}{last}\b"))
    return found


def is_author_bio(line: str, authors: Sequence[re.Pattern[str]]) -> bool:
    """A paragraph that names a byline author (``author_name_patterns``) in its opening
    words and says who they are."""
    if len(line) > MAX_AUTHOR_BIO_CHARS:
        return False
    head = line[:BIO_NAME_WITHIN_CHARS]
    return any(a.search(head) for a in authors) and BIO_WORDS.search(line) is not None
