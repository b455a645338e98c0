"""A paged story's turn lines, for both modes' line filters.

A site that splits a story over pages ends each with a pointer to the next one ("Continue
to page 2: What the route means", "Next page »", "Weiter auf Seite 2"), and a print copy
jumps within the paper ("Continued on page A6", "Suite page 4"). Neither is the story's
text, nor is the pager of numbers beside the pointer. Each is a whole line; groups
capture, no quantifier nests.
"""

from __future__ import annotations

_PAGE_NUMBER = r"([a-z]|a-)?\d{1,3}"
# the next page's headline after the pointer ("Next page: What the route means")
_NEXT_HEADLINE = r"(\s*[:»›>|–—-]\s*[^\n]{1,120})?"
PAGE_TURN = (
    rf"((continued?|go|turn) (on|to|reading on) (the )?(next page|page {_PAGE_NUMBER})"
    rf"( of (this|the) (story|article))?|read page {_PAGE_NUMBER} of (this|the) (story|article)|"
    rf"continued from (page )?{_PAGE_NUMBER}|next page|"
    rf"(lesen sie )?(weiter|weiterlesen) (auf|zu) (seite {_PAGE_NUMBER}|der nächsten seite)|"
    rf"fortsetzung (auf|von) seite {_PAGE_NUMBER}|"
    rf"(lire la )?suite (en |à la )?(page {_PAGE_NUMBER}|page suivante)|"
    rf"(continúa|sigue) en (la )?(página {_PAGE_NUMBER}|página siguiente)|"
    rf"continua (a|alla|na|à) (pagina|página) ({_PAGE_NUMBER}|successiva|seguinte)|"
    rf"lees verder op (pagina {_PAGE_NUMBER}|de volgende pagina)){_NEXT_HEADLINE}"
)
PAGE_TURN_KEYS = ("page", "seite", "pagina", "página")
# The pager beside the pointer: the pages' numbers counting from 1, perhaps with a gap to
# the last and the way back and on ("1 2", "« Prev 1 2 3 … 12 Next »", "1 | 2 | 3"). A
# run of more than five numbers is a pager only with the way back or on: alone it is a
# photo gallery's counter, which the text mode's slideshow reads (see text.slideshow).
_PAGER_SEPARATOR = r"(\s+|\s*[|·]\s*)"
_SHORT_RUN = rf"1({_PAGER_SEPARATOR}\d{{1,2}}){{1,4}}"
_LONG_RUN = rf"1({_PAGER_SEPARATOR}\d{{1,2}}){{1,11}}(\s*(…|\.\.\.)\s*\d{{1,3}})?"
_BACK_WORD = r"(prev|previous|zurück|précédent|anterior)"
_BACK = rf"([«‹<]\s*({_BACK_WORD}\s*)?|{_BACK_WORD}\s*)"
_ON_WORD = r"(next|weiter|suivant|siguiente)"
_ON = rf"(\s*{_ON_WORD}(\s*[»›>])?|\s*[»›>])"
PAGER = rf"({_BACK}?{_SHORT_RUN}{_ON}?|{_BACK}{_LONG_RUN}{_ON}?|{_LONG_RUN}{_ON})"
