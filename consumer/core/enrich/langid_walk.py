"""py3langid's byte walk done with numpy: the same feature counts, without a Python loop.

py3langid scores a text by walking its bytes through a DFA in Python (``visit_counts``, one
table look-up per byte) and counting the features of the states it visits. That DFA is an
Aho-Corasick automaton over byte n-grams of at most ``D`` bytes: the state after byte ``i``
is the trie node of the longest suffix of ``text[:i + 1]`` that is a node, and so the state
the DFA reaches from its root on the last ``D`` bytes alone. ``D`` vectorised steps, each
moving every position's window on by one byte, give the state at every position at once.
The features visited are counted by ``Counter`` in position order, as the package counts
them, so the counts come out in the same first-visit order and the package's own
``_sparse_score`` sums them in the same order and gives the same floats.

Everything else (text encoding, scoring, normalisation, aliases) is the package's code.
The walk is used only when the model is proven such an automaton at load time
(``build_walk_tables``) and the scores agree with the package's on fixed texts; otherwise
``FastLanguageIdentifier`` is the package's identifier unchanged.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np
from py3langid.langid import LanguageIdentifier, visit_counts

# Texts scored by both the package and the fast walk when the model is loaded: any
# difference means the model is not what this module expects, and the package walks.
SELF_CHECK_TEXTS: tuple[bytes, ...] = (
    b"",
    b"a",
    b"The quick brown fox jumps over the lazy dog, said the reporter.",
    "Der schnelle braune Fuchs springt über den faulen Hund.".encode(),
    "Быстрая коричневая лиса прыгает через ленивую собаку.".encode(),
    "敏捷的棕色狐狸跳过了懒狗。東京で記者会見が開かれた。".encode(),
    "الثعلب البني السريع يقفز فوق الكلب الكسول".encode(),
    bytes(range(256)) * 2,
)
SELF_CHECK_TEXTS += (b" ".join(SELF_CHECK_TEXTS) * 3,)  # one long enough for the vector walk
# Below this many bytes the package's Python loop is quicker than numpy's fixed cost per
# call (about 15 us against 100 ns a byte; the two cross near 300 bytes), so short texts
# take the package's walk.
VECTOR_WALK_MIN_BYTES = 320
# States handled per step when the automaton is checked (bounds the memory it takes).
_CHECK_CHUNK = 4096
# Longest trie string the 64-bit codes of the check can hold.
_MAX_CHECKED_DEPTH = 7


@dataclass(frozen=True, slots=True)
class WalkTables:
    """The model's DFA as numpy arrays (the transitions a view of the package's table)."""

    nextmove: np.ndarray  # flat transitions: next state = nextmove[rowbase[state] + byte]
    rowbase: np.ndarray  # offset of each state's row in nextmove
    output: np.ndarray  # feature index of each state, -1 for none
    window: int  # depth of the deepest trie node: the bytes that decide a state

    def visits(self, text: bytes) -> dict[int, int] | None:
        """Feature counts of ``text`` as py3langid's ``visit_counts`` gives them (same keys,
        counts and key order); None when no feature is visited.
        """
        data = np.frombuffer(text, dtype=np.uint8).astype(np.intp)
        size = data.size
        states = np.zeros(size, dtype=self.nextmove.dtype)
        # Step `back` moves every position i >= back on by byte i - back (the others are
        # still at the root): after the last step, position i has read its window of
        # bytes max(0, i - window + 1)..i from the root, which is the DFA's state there.
        for back in range(min(self.window, size) - 1, -1, -1):
            states[back:] = self.nextmove[self.rowbase[states[back:]] + data[: size - back]]
        features = self.output[states]
        features = features[features >= 0]
        if not features.size:
            return None
        # The package's own count (C): the visited features in position order, so the
        # same keys, counts and key order; a sort by first visit in numpy cost twice as much.
        return Counter(features.tolist())


def build_walk_tables(identifier: Any) -> WalkTables | None:
    """Tables for the vectorised walk of ``identifier``'s model, or None when its attributes
    are not the expected ones, its DFA is not an Aho-Corasick automaton, or the walk
    disagrees with the package's ``visit_counts`` on ``SELF_CHECK_TEXTS``.
    """
    try:
        tables = _tables_from(identifier)
        if tables is None:
            return None
        for text in SELF_CHECK_TEXTS:
            expected = visit_counts(
                identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, text
            )
            found = tables.visits(text)
            if (found is None) != (expected is None):
                return None
            if found is not None and list(found.items()) != list(expected.items()):
                return None
    except (AttributeError, TypeError, ValueError, IndexError):
        return None
    return tables


def _tables_from(identifier: Any) -> WalkTables | None:
    """The model's DFA as arrays, or None when it is not shaped as expected or is not an
    Aho-Corasick automaton."""
    nextmove = _unsigned(identifier.tk_nextmove)
    row_of_state = _unsigned(identifier.tk_row).astype(np.intp)
    output = np.asarray(identifier.tk_output, dtype=np.intp)
    states = row_of_state.size
    if (
        not states
        or not nextmove.size
        or nextmove.size % 256
        or output.shape != (states,)
        or row_of_state.max() >= nextmove.size // 256
        or nextmove.max() >= states
        or list(identifier._rowbase) != (row_of_state << 8).tolist()
    ):
        return None
    moves = nextmove.reshape(-1, 256)
    depth = _depths(moves, row_of_state)
    if depth is None or not _is_aho_corasick(moves, row_of_state, depth):
        return None
    return WalkTables(
        nextmove=nextmove,
        rowbase=row_of_state << 8,
        output=output,
        window=max(1, int(depth.max())),
    )


def _unsigned(values: Any) -> np.ndarray:
    """An ``array.array`` (or any buffer) of unsigned integers as a numpy view of it."""
    view = memoryview(values)
    if view.format not in ("B", "H", "I", "L", "Q"):
        raise TypeError(f"unexpected table item type {view.format!r}")
    return np.frombuffer(view, dtype=np.dtype(f"u{view.itemsize}"))


def _depths(moves: np.ndarray, row_of_state: np.ndarray) -> np.ndarray | None:
    """Breadth-first depth of every state from the root (state 0), or None when some state
    cannot be reached."""
    depth = np.full(row_of_state.size, -1, dtype=np.intp)
    depth[0] = 0
    frontier = np.zeros(1, dtype=np.intp)
    level = 0
    while frontier.size:
        level += 1
        for start in range(0, frontier.size, _CHECK_CHUNK):
            targets = moves[row_of_state[frontier[start : start + _CHECK_CHUNK]]].ravel()
            depth[targets[depth[targets] < 0]] = level
        frontier = np.flatnonzero(depth == level)
    return None if (depth < 0).any() else depth


def _is_aho_corasick(moves: np.ndarray, row_of_state: np.ndarray, depth: np.ndarray) -> bool:
    """Whether the DFA is the Aho-Corasick automaton of a trie, which the walk assumes.

    The moves one level down must form a tree (each state but the root has one parent,
    which gives it a string), distinct states have distinct strings, and every other move
    of a state is the move of its failure state (the state of its longest proper suffix),
    or the root for the root. Then each state reached is the longest suffix node.
    """
    tree = trie_parents(moves, row_of_state, depth)
    if tree is None:
        return False
    failure = _failure_states(depth, *tree)
    if failure is None:
        return False
    for chunk in _chunks(depth.size):
        row = moves[row_of_state[chunk]]
        is_child = depth[row] == depth[chunk][:, None] + 1
        inherited = np.where(chunk[:, None] == 0, 0, moves[row_of_state[failure[chunk]]])
        if not np.array_equal(np.where(is_child, row, inherited), row):
            return False
    return True


def trie_parents(
    moves: np.ndarray, row_of_state: np.ndarray, depth: np.ndarray
) -> tuple[np.ndarray, np.ndarray] | None:
    """Parent state and last byte of every state (-1 for the root) from the moves one
    level down, or None when they do not form a tree."""
    states = depth.size
    parent = np.full(states, -1, dtype=np.intp)
    last_byte = np.full(states, -1, dtype=np.intp)
    for chunk in _chunks(states):
        row = moves[row_of_state[chunk]]
        source, byte = np.nonzero(depth[row] == depth[chunk][:, None] + 1)
        child = row[source, byte]
        if np.unique(child).size != child.size or (parent[child] >= 0).any():
            return None  # a state with two parents is no trie node
        parent[child], last_byte[child] = chunk[source], byte
    return None if (parent[1:] < 0).any() else (parent, last_byte)


def trie_strings(identifier: Any) -> list[bytes] | None:
    """The byte string of every state of ``identifier``'s DFA (its path from the root),
    or None when the moves one level down do not form a tree."""
    moves = _unsigned(identifier.tk_nextmove).reshape(-1, 256)
    row_of_state = _unsigned(identifier.tk_row).astype(np.intp)
    depth = _depths(moves, row_of_state)
    tree = None if depth is None else trie_parents(moves, row_of_state, depth)
    if depth is None or tree is None:
        return None
    parent, last_byte = tree
    strings = [b""] * depth.size
    for state in np.argsort(depth, kind="stable")[1:].tolist():  # parents first
        strings[state] = strings[parent[state]] + bytes((int(last_byte[state]),))
    return strings


def _chunks(states: int) -> list[np.ndarray]:
    """State numbers in runs of ``_CHECK_CHUNK``."""
    return [
        np.arange(start, min(start + _CHECK_CHUNK, states))
        for start in range(0, states, _CHECK_CHUNK)
    ]


def _failure_states(
    depth: np.ndarray, parent: np.ndarray, last_byte: np.ndarray
) -> np.ndarray | None:
    """The failure state of every state (the root for the root and depth 1): the deepest
    state whose string is a proper suffix of its string. None when two states share one.
    """
    max_depth = int(depth.max())
    if max_depth > _MAX_CHECKED_DEPTH:
        return None
    # Each state's string as an integer (its bytes big-endian): unique within a level.
    codes = np.zeros(depth.size, dtype=np.int64)
    by_level = [np.flatnonzero(depth == level) for level in range(max_depth + 1)]
    sorted_levels = []
    for level, nodes in enumerate(by_level):
        if level:
            codes[nodes] = (codes[parent[nodes]] << 8) | last_byte[nodes]
        order = np.argsort(codes[nodes])
        level_codes = codes[nodes][order]
        if np.unique(level_codes).size != level_codes.size:
            return None
        sorted_levels.append((level_codes, nodes[order]))
    failure = np.zeros(depth.size, dtype=np.intp)
    for level in range(2, max_depth + 1):
        nodes = by_level[level]
        found = np.zeros(nodes.size, dtype=bool)
        for length in range(level - 1, 0, -1):  # longest proper suffix first
            suffix = codes[nodes] & ((1 << (8 * length)) - 1)
            level_codes, level_nodes = sorted_levels[length]
            at = np.minimum(np.searchsorted(level_codes, suffix), level_codes.size - 1)
            hit = ~found & (level_codes[at] == suffix)
            failure[nodes[hit]] = level_nodes[at[hit]]
            found |= hit
    return failure


class FastLanguageIdentifier(LanguageIdentifier):
    """py3langid's ``LanguageIdentifier`` with a cheaper walk and product when the model
    allows them (``walk_tables`` is not None). Encoding, scoring, normalisation and aliases
    are the package's own methods; without the tables it is the package's identifier.
    """

    __slots__ = ("_scores_f32", "walk_tables")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._scores_f32: np.ndarray | None = None
        self.walk_tables = build_walk_tables(self)
        if self.walk_tables is None:
            return
        # The float16 scores as float32, once (57 MB): numpy otherwise converts the rows
        # a text selects on every call, which takes longer than the product itself.
        self._scores_f32 = np.asarray(self.nb_ptc, dtype=np.float32)
        if not self._scores_agree():
            self.walk_tables = self._scores_f32 = None

    def _raw_score(self, text: Any) -> Any:
        if self.walk_tables is None or not isinstance(text, bytes):
            return super()._raw_score(text)
        if len(text) < VECTOR_WALK_MIN_BYTES:
            visits = visit_counts(self.tk_nextmove, self._rowbase, self.tk_output, text)
        else:
            visits = self.walk_tables.visits(text)
        if not visits:
            return super()._raw_score(text)  # the package's own featureless scores
        return self._sparse_score(visits, self._score_table())

    def _score_table(self) -> Any:
        """The float32 copy of the scores, unless ``set_languages`` narrowed them."""
        return self._scores_f32 if self.nb_ptc is self._full_model[0] else self.nb_ptc

    def _scores_agree(self) -> bool:
        """Whether the vectorised walk with the float32 product gives raw scores
        bit-identical to the package's on the check texts."""
        assert self.walk_tables is not None
        for text in SELF_CHECK_TEXTS:
            visits = self.walk_tables.visits(text)
            package = np.asarray(super()._raw_score(text))
            if visits is None:
                continue  # featureless: the package's own scores are used
            ours = np.asarray(self._sparse_score(visits, self._score_table()))
            if ours.dtype != package.dtype or ours.tobytes() != package.tobytes():
                return False
        return True
