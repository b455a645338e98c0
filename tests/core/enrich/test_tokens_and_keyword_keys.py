"""Tokens and keyword keys: the exact fields the entity cues and keyword counts rely on."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from consumer.core.enrich.data.words import ENGLISH_FUNCTION_WORDS
from consumer.core.enrich.keywords import (
    _EXCLUDED,
    _key,
    extract_keywords,
    item_keys,
    items_of,
)
from consumer.core.enrich.tokens import (
    _ABBREVIATIONS,
    _TOKEN,
    Placement,
    Token,
    read_paragraphs,
    read_text,
    token_bounds,
    tokenise,
)


def _fields(text: str, offset: int = 0) -> list[tuple[object, ...]]:
    return [tuple(token) for token in tokenise(text, offset)]


def test_abbreviations_take_their_dot_and_possessives_lose_their_s() -> None:
    assert _fields("Mr. Smith's U.S. plan", 10) == [
        ("Mr.", 10, 13, False, "mr", True, True),
        ("Smith", 14, 19, True, "smith", True, True),
        ("U.S.", 22, 26, False, "u.s", True, True),
        ("plan", -1, -1, False, "plan", True, False),
    ]
    assert _fields("AT&T’s CEO J. Doe") == [
        ("AT&T", 0, 4, True, "at&t", True, True),
        ("CEO", 7, 10, False, "ceo", True, True),
        ("J.", 11, 13, False, "j", True, True),
        ("Doe", 14, 17, False, "doe", True, True),
    ]


def test_plain_lower_case_words_keep_their_dot_apart() -> None:
    # "no." is a plain lower-case word (its dot stands alone); "mrs." ends in "s" and
    # goes through the abbreviation check.
    assert _fields("said no. 5 and mrs. Jones") == [
        ("said", -1, -1, False, "said", True, False),
        ("no", -1, -1, False, "no", True, False),
        (".", -1, -1, False, ".", False, False),
        ("5", 9, 10, False, "5", False, False),
        ("and", -1, -1, False, "and", True, False),
        ("mrs.", -1, -1, False, "mrs", True, False),
        ("Jones", 20, 25, False, "jones", True, True),
    ]


def test_offsets_skip_underscores_and_signs_keep_their_spelling() -> None:
    assert _fields("foo_bar ⓒ 2024 Ⅻ _x the allies' 1,000.5 units.") == [
        ("foo_bar", -1, -1, False, "foo_bar", True, False),
        ("ⓒ", -1, -1, False, "ⓒ", True, False),
        ("2024", 10, 14, False, "2024", False, False),
        ("Ⅻ", 15, 16, False, "Ⅻ", False, False),
        ("x", -1, -1, False, "x", True, False),
        ("the", -1, -1, False, "the", True, False),
        ("allies", -1, -1, False, "allies", True, False),
        ("'", -1, -1, False, "'", False, False),
        ("1,000.5", 32, 39, False, "1,000.5", False, False),
        ("units", -1, -1, False, "units", True, False),
        (".", -1, -1, False, ".", False, False),
    ]


def test_every_excluded_word_has_no_key() -> None:
    # extract_keywords maps every word through _key and relies on this for stopwords.
    assert [word for word in _EXCLUDED if _key(word) is not None] == []


def test_keywords_rank_phrases_and_keep_the_usual_spelling() -> None:
    # Expected lists are what the scorer gave before its counting moved into C.
    paragraphs = ["Zebra drones and NATO drones.", "Apple orchards near Zebra and NATO."]
    assert extract_keywords([*paragraphs, "Nato drones again."], None, 4) == [
        "drones",
        "NATO drones",
        "Zebra",
        "Apple",
    ]
    strikes = ["Drone strikes hit the port.", "The drone strikes went on.", "Port officials said."]
    assert extract_keywords(strikes, "Drone strikes", 3) == ["drone strikes", "port", "hit"]


def test_a_datelines_capitals_give_way_to_the_written_form() -> None:
    paragraphs = [
        "SEOUL, Nov 27 - Chip shares jumped on Thursday.",
        "Analysts in Seoul said chip demand stays strong.",
    ]
    assert "Seoul" in extract_keywords(paragraphs, None, 5)


def test_keywords_seen_once_follow_the_repeated_and_title_words_in_text_order() -> None:
    # Only repeated and title words are ranked by score; words seen once come after them,
    # earliest first (their scores fall with the order of first appearance).
    paragraphs = ["Harbour cranes unload timber. Timber prices climb at the harbour."]
    assert extract_keywords(paragraphs, "Ferry strike", 5) == [
        "harbour",
        "timber",
        "cranes",
        "unload",
        "prices",
    ]
    assert extract_keywords(["Harbour cranes unload timber."], "Cranes", 3) == [
        "cranes",
        "Harbour",
        "unload",
    ]


def test_placed_tokens_are_found_where_they_stand_not_inside_earlier_words() -> None:
    # "Phone" occurs inside "iPhone", "19" inside "covid19", "Ann" inside "Ann's":
    # each placed token still gets its own offsets; "vs." takes its dot unplaced.
    text = "iPhone Phone covid19 19 canvas vs. Ann's Ann"
    placed = [(t.text, t.start, t.end) for t in tokenise(text) if t.start >= 0]
    assert placed == [
        ("iPhone", 0, 6),
        ("Phone", 7, 12),
        ("covid19", 13, 20),
        ("19", 21, 23),
        ("Ann", 35, 38),
        ("Ann", 41, 44),
    ]
    assert [t.text for t in tokenise(text)][4:7] == ["canvas", "vs.", "Ann"]
    for token in tokenise(text):
        if token.start >= 0:
            assert text[token.start : token.end] == token.text


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aAsSvz19'’.-_ \n,ⓒⅫ&éÉǅ中Ⓐ", max_size=24), st.integers(0, 9))
def test_tokens_match_a_token_by_token_reference(text: str, offset: int) -> None:
    expected = _reference_tokens(text, offset)
    got = tokenise(text, offset)
    assert [t[:1] + t[3:] for t in got] == [t[:1] + t[3:] for t in expected]
    for token, reference in zip(got, expected, strict=True):
        if token.start >= 0 or any(c.isupper() or c.isdigit() for c in token.text):
            assert token == reference


def _a_domain(word: str) -> bool:
    # "site.org": a dot after it ends the sentence (the tokeniser's rule, written out).
    tail = word.rsplit(".", 1)[1]
    return len(tail) >= 2 and tail.isalpha() and tail.islower()


def _reference_tokens(text: str, offset: int) -> list[tuple[object, ...]]:
    """Every token placed by a search from the previous one (the simple, slow way)."""
    tokens: list[tuple[object, ...]] = []
    pos, skip_dot = 0, False
    for word in _TOKEN.findall(text):
        start = text.find(word, pos)
        end = pos = start + len(word)
        if skip_dot:
            skip_dot = False
            continue
        first = word[0]
        if first.islower() and word.islower() and word[-1] != "s":
            tokens.append((word, start + offset, end + offset, False, word, True, False))
            continue
        if not first.isalpha():
            tokens.append((word, start + offset, end + offset, False, word, False, False))
            continue
        possessive = word.endswith(("'s", "’s"))
        if possessive:
            word, end = word[:-2], end - 2
        elif (
            end < len(text)
            and text[end] == "."
            and (
                len(word) == 1
                or ("." in word and not _a_domain(word))
                or word.lower() in _ABBREVIATIONS
            )
        ):
            word, end, skip_dot = word + ".", end + 1, True
        lower, capital = word.lower().rstrip("."), first.isupper()
        tokens.append((word, start + offset, end + offset, possessive, lower, True, capital))
    return tokens


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAsSthe'’.-_ \n\t,Ⓐ19&", max_size=40))
def test_read_text_counts_and_items_match_its_tokens(text: str) -> None:
    read = read_text(text)
    assert read.tokens == tokenise(text)
    assert read.items == items_of(text)
    assert read.keys == item_keys(read.items)
    assert read.words == sum(t.is_word for t in read.tokens)
    assert read.function_words == sum(t.lower in ENGLISH_FUNCTION_WORDS for t in read.tokens)


def test_read_text_of_a_sentence() -> None:
    read = read_text("The mayor said the well-known U.S. firm's plan works.\nNew line")
    assert read.words == 11
    assert read.function_words == 3  # "The", "said", "the"
    assert read.items[-4:-1] == [".", "\n", "New"] and "well-known" in read.items


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="aAsSthe'’.-_ \n\t,Ⓐ19&", max_size=30), max_size=4))
def test_read_paragraphs_is_read_text_of_each_and_items_of_them_joined(
    paragraphs: list[str],
) -> None:
    read = read_paragraphs(paragraphs)
    each = [read_text(paragraph) for paragraph in paragraphs]
    placed = [
        _placed(tokens, placement)
        for tokens, placement in zip(read.tokens, read.placements, strict=True)
    ]
    assert placed == [paragraph.tokens for paragraph in each]
    assert read.items == items_of("\n".join(paragraphs))
    assert read.keys == item_keys(read.items)
    assert read.words == sum(paragraph.words for paragraph in each)
    assert read.function_words == sum(paragraph.function_words for paragraph in each)


def _placed(tokens: list[Token], placement: Placement) -> list[Token]:
    """The tokens with the offsets ``token_bounds`` gives them (unplaced ones stay -1)."""
    out = []
    for n, token in enumerate(tokens):
        if token.start >= 0:
            start, end = token_bounds(tokens, placement, n, n)
            token = token._replace(start=start, end=end)
        out.append(token)
    return out


def test_read_paragraphs_places_tokens_in_paragraphs_with_odd_spacing() -> None:
    paragraphs = ["  Ann  Lee\tof NATO,\u00a0said (AP) 2024 ", "Mr. Smith's U.S. plan"]
    read = read_paragraphs(paragraphs)
    for paragraph, tokens, placement in zip(paragraphs, read.tokens, read.placements, strict=True):
        assert _placed(tokens, placement) == tokenise(paragraph)
    first = read.tokens[0]
    names = [paragraphs[0][slice(*token_bounds(first, read.placements[0], n, n))] for n in (0, 1)]
    assert names == ["Ann", "Lee"]


def test_extract_keywords_with_the_callers_keys_is_the_same() -> None:
    paragraphs = ["Drone makers said drones fly.", "The drone makers' NATO drones\nflew."]
    items = items_of("\n".join(paragraphs))
    alone = extract_keywords(paragraphs, "Drones", 5)
    assert alone == extract_keywords(paragraphs, "Drones", 5, items, item_keys(items))
    # The spellings come from the counted items: the most used form, capitals kept.
    assert alone == ["drones", "drones makers", "fly", "NATO", "flew"]
