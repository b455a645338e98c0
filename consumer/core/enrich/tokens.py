"""Word tokens with their offsets: the unit the entity and quote stages reason about."""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate, compress, count
from operator import iadd, itemgetter
from typing import Any, NamedTuple

from consumer.core.enrich.data.words import ENGLISH_FUNCTION_WORDS
from consumer.core.enrich.keywords import item_keys, items_of

# A word may hold inner apostrophes, hyphens, dots and ampersands ("O'Neill", "U.S", "AT&T"); a
# joiner is followed by a letter or digit (written without a lookahead: faster to match).
_TOKEN = re.compile(r"[^\W\d_][\w&]*(?:[’'\-.][^\W_][\w&]*)*|\d+(?:[.,:]\d+)*|[^\w\s]")
_POSSESSIVE_ENDINGS = ("'s", "’s")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "capt",
        "sgt",
        "prof",
        "rev",
        "jr",
        "sr",
        "inc",
        "ltd",
        "corp",
        "co",
        "mt",
        "ft",
        "det",
        "no",
        "vs",
    ]
)


class Token(NamedTuple):
    """One word, number or punctuation mark; ``start``/``end`` are offsets in the text.

    Only tokens that can bound a name carry offsets: those with a capital or a digit.
    The others (lower-case words, marks) have ``start == end == -1`` and are shared
    between texts: nothing reads where they are.
    """

    text: str
    start: int
    end: int
    possessive: bool  # the word carried "'s", which is not part of ``text``
    lower: str  # lower case, without an abbreviation's dot
    is_word: bool
    is_capitalised: bool


_new = tuple.__new__  # skips NamedTuple's Python-level __new__
_UNPLACED = -1
# A piece's two counts in one int, so one sum adds both: words in the low bits, function
# words above (a text would need 2**32 words to overflow into them).
_COUNT_BITS = 32
_COUNT_MASK = (1 << _COUNT_BITS) - 1


# What the cache holds of a piece of text: see ``_piece``; getters of its fields.
_Part = tuple[tuple[Token, ...], bool, tuple[str, ...], int, tuple[str | None, ...], int, int]
_TOKENS_OF = itemgetter(0)
_PLACED_OF = itemgetter(1)
_ITEMS_OF = itemgetter(2)
_COUNTS_OF = itemgetter(3)
_KEYS_OF = itemgetter(4)


class ReadText(NamedTuple):
    """A text's tokens, its keyword items and the counts the English check needs."""

    tokens: list[Token]
    items: list[str]  # keywords.items_of(text)
    words: int  # tokens that are words
    function_words: int  # of them, English function words ("the", "said")
    keys: list[str | None]  # keywords.item_keys(items)


def tokenise(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens; offsets are shifted by ``offset`` (the paragraph's start)."""
    return read_text(text, offset).tokens


def _is_domain(word: str) -> bool:
    """ "Brightline.org", "Amazon.com": a dot after it ends a sentence (unlike "U.S.")."""
    tail = word.rsplit(".", 1)[1]
    return len(tail) >= 2 and tail.isalpha() and tail.islower()


def read_text(text: str, offset: int = 0) -> ReadText:
    """The tokens of ``text``, its keyword items and its word counts, in one pass.

    No token or item holds whitespace, and what they are depends only on the characters
    up to the next whitespace; so the text is split on whitespace (in C) and all of it
    comes per piece from a cache: news repeats its words ("said,", "the").
    """
    pieces = text.split()
    parts = list(map(_piece, pieces))
    tokens = _placed_tokens(text, pieces, parts, offset)
    if "\n" in text:  # a newline is an item of its own: a text holding one is read whole
        items = items_of(text)
        keys = item_keys(items)
    else:
        items = _joined(map(_ITEMS_OF, parts), [])
        keys = _joined(map(_KEYS_OF, parts), [])
    counts = sum(map(_COUNTS_OF, parts))  # words + function words << _COUNT_BITS, one sum
    return _new(ReadText, (tokens, items, counts & _COUNT_MASK, counts >> _COUNT_BITS, keys))


class Placement(NamedTuple):
    """Where the tokens of a paragraph sit in it, for tokens that keep the offsets they
    have in their piece of text (``read_paragraphs``): token ``i`` is in piece
    ``bisect_right(token_ends, i)``, which starts at ``piece_starts`` of that piece.

    Only the few tokens that bound a name are ever placed, so they are placed when asked
    (``token_bounds``), not all of them up front.
    """

    token_ends: list[int]  # the number of tokens up to the end of each piece
    piece_starts: list[int]  # offset of each piece in the paragraph


def token_bounds(
    tokens: list[Token], placement: Placement | None, first: int, last: int
) -> tuple[int, int]:
    """Offsets of the start of ``tokens[first]`` and the end of ``tokens[last]`` in their
    text; ``placement`` is None when the tokens carry those offsets already (``tokenise``).
    """
    if placement is None:
        return tokens[first].start, tokens[last].end
    ends, starts = placement
    return (
        tokens[first].start + starts[bisect_right(ends, first)],
        tokens[last].end + starts[bisect_right(ends, last)],
    )


class ReadBody(NamedTuple):
    """``read_text`` of each paragraph, with the items and keys of them all at once."""

    # Per paragraph; a token's offsets are in its piece: ``placements`` place them.
    tokens: list[list[Token]]
    items: list[str]  # keywords.items_of the paragraphs joined by newlines
    words: int
    function_words: int
    keys: list[str | None]  # keywords.item_keys(items)
    placements: list[Placement]  # per paragraph


def read_paragraphs(paragraphs: list[str]) -> ReadBody:
    """``read_text`` of every paragraph, but with the tokens left where their pieces have
    them (``placements`` tell where those are); the items and keys are those of the
    paragraphs joined by newlines, gathered once from the pieces (not paragraph by
    paragraph).
    """
    token_lists: list[list[Token]] = []
    placements: list[Placement] = []
    items: list[str] = []
    keys: list[str | None] = []
    counts = 0
    for n, paragraph in enumerate(paragraphs):
        if n:  # between two paragraphs: a newline item (it breaks phrases), no key
            items.append("\n")
            keys.append(None)
        pieces = paragraph.split()
        if not pieces:  # blank: no token, no item but its newlines
            token_lists.append([])
            placements.append(_new(Placement, ([], [])))
            _newline_items(paragraph, items, keys)
            continue
        # The cached parts of the pieces, transposed field by field in one C pass (where
        # a getter per field would be a pass each).
        parts = zip(*map(_piece, pieces), strict=True)
        groups, _, item_groups, piece_counts, key_groups, token_counts, steps = parts
        token_lists.append(_joined(groups, []))
        token_ends = list(accumulate(token_counts))
        placements.append(_new(Placement, (token_ends, _starts(paragraph, pieces, steps))))
        counts += sum(piece_counts)
        if "\n" in paragraph:  # a newline is an item of its own: read the paragraph whole
            _newline_items(paragraph, items, keys)
        else:
            _joined(item_groups, items)
            _joined(key_groups, keys)
    words, function_words = counts & _COUNT_MASK, counts >> _COUNT_BITS
    return _new(ReadBody, (token_lists, items, words, function_words, keys, placements))


def _newline_items(text: str, items: list[str], keys: list[str | None]) -> None:
    """The items of a text holding a newline (an item of its own), read whole, and their
    keys, added to ``items`` and ``keys``."""
    whole_items = items_of(text)
    items += whole_items
    keys += item_keys(whole_items)


def _starts(text: str, pieces: list[str], steps: tuple[int, ...]) -> list[int]:
    """The offset of each piece (``text.split()``) in ``text``; ``steps`` are the pieces'
    lengths plus one (``_piece``).

    When the pieces and one character between each fill the text (most paragraphs), the
    offsets are the running sum of the steps, taken in C in one pass (its last value,
    one past the text's end, tells whether they fill it).
    """
    starts = list(accumulate(steps, initial=0))
    if starts[-1] - 1 == len(text):  # no other whitespace
        return starts
    starts, pos, find = [], 0, text.find
    for piece in pieces:
        pos = find(piece, pos)
        starts.append(pos)
        pos += len(piece)
    return starts


def _joined(groups: Iterable[Sequence[Any]], into: list[Any]) -> list[Any]:
    """``into`` extended by every group in turn (and returned).

    ``list.__iadd__`` called from C by ``reduce``: a group is copied as a sequence, where
    ``chain`` or ``zip`` would allocate an iterator per group (most groups hold one item).
    """
    joined: list[Any] = functools.reduce(iadd, groups, into)
    return joined


def _placed_tokens(text: str, pieces: list[str], parts: list[_Part], offset: int) -> list[Token]:
    """The tokens of the pieces of ``text``, offsets shifted to the text (plus ``offset``);
    ``parts`` are the pieces' cached parts (``_piece``).

    Pieces with a capital or a digit are placed by ``str.find`` from the last placed one:
    the pieces between have neither, so the first occurrence is the piece itself.
    """
    groups: list[Sequence[Token]] = list(map(_TOKENS_OF, parts))
    find = text.find
    pos = 0
    for i in compress(count(), map(_PLACED_OF, parts)):
        piece = pieces[i]
        start = find(piece, pos)
        pos = start + len(piece)
        base = start + offset
        group = groups[i]
        if len(group) == 1:  # most placed pieces: one capitalised word ("Smith", "U.S.")
            word, first, end, possessive, lower, is_word, capitalised = group[0]
            fields = (word, first + base, end + base, possessive, lower, is_word, capitalised)
            groups[i] = (_new(Token, fields),)
            continue
        groups[i] = [
            t if t[1] < 0 else _new(Token, (t[0], t[1] + base, t[2] + base, *t[3:])) for t in group
        ]
    return _joined(groups, [])


@functools.lru_cache(maxsize=1 << 16)
def _piece(piece: str) -> _Part:
    """The tokens of a piece of text without whitespace, whether any is placed, its
    keyword items, how many of its tokens are words and English function words
    (packed: ``words + (function_words << _COUNT_BITS)``), the items' keyword keys, how
    many tokens it has and its length plus one (what ``read_paragraphs`` places the
    tokens by); offsets of placed tokens (a capital or a digit) are from the piece's start.

    Cached: a pure function of the piece, asked for every piece of every text.
    """
    tokens: list[Token] = []
    find = piece.find
    size = len(piece)
    pos = 0
    skip_dot = False  # the dot joined to an abbreviation is not a token of its own
    placed = False
    for word in _TOKEN.findall(piece):
        start = find(word, pos)
        end = pos = start + len(word)
        if skip_dot:
            skip_dot = False
            continue
        fields = _fields(word, start, end, end < size and piece[end] == ".")
        skip_dot = fields[2] > end
        if any(c.isupper() or c.isdigit() for c in word):
            placed = True
        else:
            fields = (fields[0], _UNPLACED, _UNPLACED, *fields[3:])
        tokens.append(_new(Token, fields))
    words = sum(token.is_word for token in tokens)
    function_words = sum(token.lower in ENGLISH_FUNCTION_WORDS for token in tokens)
    counts = words + (function_words << _COUNT_BITS)
    items = tuple(items_of(piece))
    keys = tuple(item_keys(list(items)))
    # A plain word is its own key ("mayor"): one tuple for both, fewer objects to read.
    keys_or_items = items if keys == items else keys
    return tuple(tokens), placed, items, counts, keys_or_items, len(tokens), size + 1


def _fields(
    word: str, start: int, end: int, dot_follows: bool
) -> tuple[str, int, int, bool, str, bool, bool]:
    """A token's fields; an abbreviation followed by a dot takes it ("Mr.", "U.S.")."""
    first = word[0]
    if first.islower() and word.islower() and word[-1] != "s":
        return (word, start, end, False, word, True, False)  # a plain lower-case word
    if not first.isalpha():
        return (word, start, end, False, word, False, False)  # a number or a mark
    possessive = word.endswith(_POSSESSIVE_ENDINGS)
    if possessive:
        word, end = word[:-2], end - 2
    elif dot_follows and (
        len(word) == 1 or ("." in word and not _is_domain(word)) or word.lower() in _ABBREVIATIONS
    ):
        word, end = word + ".", end + 1  # the dot ends no sentence
    return (word, start, end, possessive, word.lower().rstrip("."), True, first.isupper())
