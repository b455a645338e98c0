"""Context cues around a capitalised span: speech verbs, roles, appositions, sentence starts.

Each cue reads the tokens just before or after a span (``first``/``last`` are token
indexes); ``entities`` weighs them to classify the span.
"""

from __future__ import annotations

from consumer.core.enrich.data.speech import SPEECH_ADVERBS, SPEECH_VERBS
from consumer.core.enrich.data.titles import ROLE_NOUNS
from consumer.core.enrich.tokens import Token

SENTENCE_OPENERS = frozenset({".", "!", "?", ":", '"', "“", "'", "‘", "(", "—", "–", "-", "|"})
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
PREPOSITIONS = frozenset({"in", "at", "from", "of", "near", "to", "for", "with", "by", "into"})
LISTENER_VERBS = frozenset({"told", "tells", "asked", "asks", "called", "calling"})
# "Buckley, who phoned in": a relative "who" after the span (or after one of these)
# marks a person (``entities._mention`` reads it inline: every mention asks).
WHO_GAP = frozenset({",", "—", "–"})


def role_after(tokens: list[Token], last: int) -> bool:
    """A role noun then a capitalised name after the span ("Wigan boss Shaun", "Liberal
    Democrat health spokeswoman Daisy Okon"): up to three lower-case words, the last a role.
    """
    i = last + 1
    words: list[str] = []
    while i < len(tokens) and tokens[i].is_word and not tokens[i].is_capitalised:
        if len(words) == 3:
            return False
        words.append(tokens[i].text)
        i += 1
    return (
        bool(words)
        and words[-1] in ROLE_NOUNS
        and i < len(tokens)
        and tokens[i].is_word
        and tokens[i].is_capitalised
    )


def apposition_before(tokens: list[Token], first: int, last: int) -> bool:
    """ "Its president, Carla Dominguez," : a role noun, a comma, the name, a comma."""
    if first < 2 or tokens[first - 1].text != "," or last + 1 >= len(tokens):
        return False
    if tokens[last + 1].text != ",":
        return False
    return any(t.text in ROLE_NOUNS for t in tokens[max(0, first - 7) : first - 1])


def after_preposition(tokens: list[Token], first: int, words: tuple[str, ...]) -> bool:
    """The token before the span is one of ``words`` ("in Tewkesbury")."""
    return first > 0 and tokens[first - 1].text.lower() in words


def sentence_initial(tokens: list[Token], first: int) -> bool:
    """The span opens a sentence (its capital letter tells nothing)."""
    if first == 0:
        return True
    prev = tokens[first - 1].text
    if prev in QUOTE_MARKS and first >= 2 and tokens[first - 2].text in (",", "—", "–"):
        return False  # "'...,' Nebytov said": a closing quote, the sentence goes on
    if prev in QUOTE_MARKS and first >= 2 and tokens[first - 2].text in (".", "!", "?"):
        return True  # 'in Tokyo.” Teammate Alex Morgan': the quote closed a sentence
    return prev in SENTENCE_OPENERS


def role_before(tokens: list[Token], first: int) -> bool:
    """ "NATO chief Jens Stoltenberg": a lower-case role noun right before the span."""
    return first > 0 and tokens[first - 1].text in ROLE_NOUNS


def apposition_after(tokens: list[Token], last: int) -> bool:
    """ ", chief of Kyiv's police," or ", 45," after a name."""
    if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return False
    window = tokens[last + 2 : last + 7]
    if window and window[0].text.isdigit() and len(window) > 1 and window[1].text == ",":
        return True
    for tok in window:
        if tok.text == ",":
            break
        if tok.text in ROLE_NOUNS:
            return True
    return False


def speech_around(tokens: list[Token], first: int, last: int) -> bool:
    """ "X said", "X, 45, told", "X also said" after the span, or "said X" before it."""
    if first > 0:
        before = tokens[first - 1].text
        if before in SPEECH_VERBS:
            return before not in LISTENER_VERBS  # "told BBC Sport": a listener
        if before.lower() in PREPOSITIONS:
            return False  # "residents in Tewkesbury, which ..., said": not the subject
    size = len(tokens)
    i = last + 1
    if i < size and tokens[i].text == ",":  # skip an apposition: a comma in the next 13
        for j in range(i + 1, min(size, i + 14)):
            if tokens[j].text == ",":
                i = j + 1
                break
    if i < size and tokens[i].text == ",":
        i += 1  # "Her son, Michael Clarke, said": the apposition's closing comma
    while i < size and tokens[i].text in SPEECH_ADVERBS:
        i += 1
    return i < size and tokens[i].text in SPEECH_VERBS
