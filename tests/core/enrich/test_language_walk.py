"""The vectorised language walk gives py3langid's own counts and scores, or steps aside."""

from __future__ import annotations

import random
from array import array
from types import SimpleNamespace
from typing import Any

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

from consumer.core.enrich import language
from consumer.core.enrich.langid_walk import (
    VECTOR_WALK_MIN_BYTES,
    FastLanguageIdentifier,
    build_walk_tables,
    trie_strings,
)

_ENGLISH = (
    "The council said on Monday that the bridge over the river would be repaired next "
    "year, after engineers found cracks in two of its supports during a routine check. "
)


def _varied_texts() -> list[str | bytes]:
    rng = random.Random(3)
    texts: list[str | bytes] = [
        "",
        "a",
        "Z",
        "😀",
        "\ud800 lone surrogate",
        "ALL CAPITALS HEADLINE ABOUT THE ELECTION RESULT",
        _ENGLISH * 8,
        "Der Bürgermeister sagte am Montag, die Stadt werde die Brücke sanieren. " * 12,
        "東京都は新型ウイルスの感染者が確認されたと発表した。" * 30,
        "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل. " * 20,
        "😀🎉 Ελλάδα Россия 中国 ישראל " * 40,
        _ENGLISH * 150,  # about 20,000 characters, the larger sample
        bytes(range(256)) * 4,
        (_ENGLISH * 10).encode()[3:-2],
        "é".encode() * 400 + b"\xc3",  # bytes cut inside a character
    ]
    for size in (5, 6, 7, VECTOR_WALK_MIN_BYTES, 1500):
        texts.append(bytes(rng.randrange(256) for _ in range(size)))
        texts.append("".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(size)))
    return texts


@pytest.fixture(scope="module")
def package() -> Any:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@pytest.fixture(scope="module")
def fast() -> Any:
    identifier = language._identifier()
    assert isinstance(identifier, FastLanguageIdentifier)
    return identifier


def test_shipped_model_gets_the_vectorised_walk(fast: Any) -> None:
    assert fast.walk_tables is not None
    assert fast.walk_tables.window >= 4  # byte n-grams of several lengths


@pytest.mark.parametrize("text", _varied_texts(), ids=lambda text: repr(text[:20]))
def test_walk_counts_and_scores_equal_the_packages(package: Any, fast: Any, text: Any) -> None:
    encoded = package._encode(text)
    expected = visit_counts(package.tk_nextmove, package._rowbase, package.tk_output, encoded)
    found = fast.walk_tables.visits(encoded)
    assert list((found or {}).items()) == list((expected or {}).items())  # order too
    assert fast.classify(text) == package.classify(text)  # exact float confidence
    assert fast._decide(text).tobytes() == package._decide(text).tobytes()


def test_narrowed_languages_score_as_the_package(package: Any) -> None:
    model = (package.nb_ptc, package.nb_pc, package.nb_classes)
    automaton = (package.tk_nextmove, package.tk_output)
    own, narrowed = (
        kind(*model, *automaton, norm_probs=True, tk_row=package.tk_row)
        for kind in (FastLanguageIdentifier, LanguageIdentifier)
    )
    own.set_languages(["de", "nl"])
    narrowed.set_languages(["de", "nl"])
    text = _ENGLISH * 8
    assert own.classify(text) == narrowed.classify(text)
    assert own.classify(text)[0] in {"de", "nl"}


def test_no_tables_for_a_model_of_another_shape() -> None:
    assert build_walk_tables(SimpleNamespace()) is None
    odd = SimpleNamespace(tk_nextmove=[0] * 256, tk_row=[0], tk_output=[-1], _rowbase=[0])
    assert build_walk_tables(odd) is None


def test_a_dfa_that_is_not_aho_corasick_falls_back_to_the_packages_walk(package: Any) -> None:
    nextmove = array(package.tk_nextmove.typecode, package.tk_nextmove)
    root_row = package.tk_row[0] * 256
    nextmove[root_row + ord("e")] = 0  # "e" no longer leaves the root: not the automaton
    arguments = (package.nb_ptc, package.nb_pc, package.nb_classes, nextmove, package.tk_output)
    tampered = FastLanguageIdentifier(*arguments, norm_probs=True, tk_row=package.tk_row)
    reference = LanguageIdentifier(*arguments, norm_probs=True, tk_row=package.tk_row)
    assert tampered.walk_tables is None
    for text in (_ENGLISH * 8, "Der Bürgermeister sagte am Montag etwas. " * 30):
        assert tampered.classify(text) == reference.classify(text)


def test_identifier_is_the_packages_when_the_subclass_cannot_be_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise TypeError("another py3langid")

    monkeypatch.setattr(FastLanguageIdentifier, "from_model_file", broken)
    language._identifier.cache_clear()
    try:
        identifier = language._identifier()
        assert type(identifier) is LanguageIdentifier
        assert language.detect_language(_ENGLISH * 3, None) == ("en", [])
    finally:
        language._identifier.cache_clear()


def test_every_trie_string_walks_as_in_the_package(package: Any, fast: Any) -> None:
    # The deepest n-grams are rare in prose: a text of every state's string, deepest first
    # and in reverse, reaches each of them (a window one byte short would miss some).
    strings = trie_strings(package)
    assert strings is not None
    assert {len(string) for string in strings} == set(range(fast.walk_tables.window + 1))
    deepest_first = sorted(strings, key=len, reverse=True)
    for text in (b"".join(deepest_first), b" ".join(reversed(deepest_first[:5000]))):
        expected = visit_counts(package.tk_nextmove, package._rowbase, package.tk_output, text)
        assert list(fast.walk_tables.visits(text).items()) == list(expected.items())
        assert fast._raw_score(text).tobytes() == package._raw_score(text).tobytes()
