"""Fold mentions into entities: surnames, titles, misspellings and case variants of one name.

"Jens Stoltenberg", "Stoltenberg" and a misspelt "Mr Stolenberg" become one person;
"Nato" and "NATO" one organisation. Unclassified spans join an entity they match and are
dropped otherwise.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any, NamedTuple

from consumer.core.enrich.data.first_names import FEMALE_FIRST_NAMES, FIRST_NAMES
from consumer.core.enrich.data.organisations import KNOWN_ORGS, ORG_HEADS
from consumer.core.enrich.data.places import PLACE_HEADS
from consumer.core.enrich.data.titles import HONORIFICS
from consumer.core.enrich.entities import Kind, Mention
from consumer.core.enrich.gazetteer import place_key

_KINDS: tuple[Kind, ...] = ("person", "organisation", "place")
_OUTPUT_KEYS: dict[Kind, str] = {
    "person": "people",
    "organisation": "organisations",
    "place": "places",
}


@dataclass(slots=True)
class Entity:
    """One person, organisation or place and every mention that names it."""

    kind: Kind
    mentions: list[Mention] = field(default_factory=list)
    name: str = ""
    gender: str | None = None

    def to_dict(self, first_position: int | None) -> dict[str, Any]:
        """The output record; ``first_position`` is the first body offset of a mention."""
        name = self.name
        variants: list[str] = []
        for mention in self.mentions:
            spelling = _spelling(mention)
            if spelling != name and spelling not in variants:
                variants.append(spelling)
        return {
            "name": name,
            "count": len(self.mentions),
            "first_position": first_position,
            "variants": variants,
        }


class ResolvedMention(NamedTuple):
    """A body mention and the entity it names (what speaker attribution looks up)."""

    mention: Mention
    entity: Entity


_new = tuple.__new__  # skips NamedTuple's Python-level __new__


@dataclass(slots=True)
class Folded:
    entities: list[Entity]
    resolved: list[ResolvedMention]  # body mentions only, in body order

    def as_output(self) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {key: [] for key in _OUTPUT_KEYS.values()}
        # Each entity's mentions are sorted by start, body mentions first: the first
        # mention's start is the entity's first position.
        firsts = [entity.mentions[0].start for entity in self.entities]
        order = sorted(range(len(firsts)), key=lambda n: (firsts[n] is None, firsts[n] or 0))
        for n in order:
            entity = self.entities[n]
            out[_OUTPUT_KEYS[entity.kind]].append(entity.to_dict(firsts[n]))
        return out


def fold_mentions(mentions: list[Mention]) -> Folded:
    """Group mentions into entities and choose each entity's name."""
    people = _fold_people(mentions)
    entity_of: dict[int, Entity] = {}  # id(mention) -> its entity (one each)
    for person in people:
        entity_of.update(dict.fromkeys(map(id, person.mentions), person))
    unclaimed = [m for m in mentions if id(m) not in entity_of]  # "Buckley" the person, not town
    orgs, places = _fold_by_key(unclaimed)
    for group in (orgs, places):
        for entity in group:
            entity_of.update(dict.fromkeys(map(id, entity.mentions), entity))
    # Unclassified spans that spell a known organisation or place another way ("Nato"):
    # the unclaimed ones without a kind (organisations and places took only their own).
    loose = [m for m in unclaimed if m.kind is None]
    if loose and (orgs or places):
        by_key: dict[str, Entity] = {}
        for entity in (*places, *orgs):  # organisations win a tie
            for known in entity.mentions:
                by_key[_org_key(known.text)] = entity
                if entity.kind == "place":
                    by_key.setdefault(place_key(known.text), entity)
        for mention in loose:
            target = by_key.get(_org_key(mention.text)) or by_key.get(place_key(mention.text))
            if target is not None:
                target.mentions.append(mention)
                entity_of[id(mention)] = target
    entities = [e for e in (*people, *orgs, *places) if e.mentions]
    for entity in entities:
        if len(entity.mentions) > 1:  # most entities are named once
            entity.mentions.sort(key=lambda m: (m.start is None, m.start or 0))
        if entity.kind != "person":
            entity.name = _collective_name(entity)
    in_body = [m for m in mentions if m.start is not None and id(m) in entity_of]
    named = map(entity_of.__getitem__, map(id, in_body))
    resolved = list(map(_new, repeat(ResolvedMention), zip(in_body, named, strict=True)))  # in C
    return Folded(entities, resolved)


_UNISEX = frozenset({"alex", "chris", "jamie", "jan", "kim", "lee", "robin", "sam", "dana"})


@functools.lru_cache(maxsize=1 << 14)
def _given_name_gender(name: str) -> str | None:
    """ "f" or "m" by the given name, when a list tells it (cached: a pure function)."""
    given = name.split()[0].lower()
    if given in FEMALE_FIRST_NAMES:
        return "f"
    return "m" if given in FIRST_NAMES and given not in _UNISEX else None


def _promotable(mention: Mention, surnames: set[str]) -> bool:
    """An unclassified "Jalen Brooks" whose surname stands alone elsewhere ("Brooks says").

    News names a person in full once, then by surname: a two- or three-word name whose
    last word recurs alone is taken as a person.
    """
    words = mention.words
    return (
        mention.kind is None
        and 2 <= len(words) <= 3
        and words[-1].lower() in surnames
        and mention.text.count(" ") == len(words) - 1  # separate words, not "Baghdad-Damascus"
        and all(_name_like(w) for w in words)
        and not any(w.lower() in ORG_HEADS or w.lower() in PLACE_HEADS for w in words)
    )


def _name_like(word: str) -> bool:
    """ "Brooks", "McDowell", "O'Neill"; not "AirPods", "MacBook" or "NASA"."""
    if not word[0].isupper() or word.isupper():
        return False
    inner = word[1:]
    for prefix in ("Mc", "Mac", "O'", "O’", "De", "Di", "La", "Le", "Van"):
        if word.startswith(prefix) and len(word) > len(prefix):
            inner = word[len(prefix) + 1 :]
            break
    return not any(c.isupper() for c in inner.replace("-", " ").split(" ")[0])


class _PeopleIndex:
    """People by surname, given name and surname initial, so folding stays linear."""

    def __init__(self) -> None:
        self.people: list[Entity] = []
        self._order: dict[int, int] = {}  # id(person) -> creation order
        self._by_surname: dict[str, dict[int, Entity]] = {}
        self._by_given: dict[str, dict[int, Entity]] = {}
        self._by_initial: dict[str, list[Entity]] = {}

    def add(self, person: Entity) -> None:
        self._order[id(person)] = len(self.people)
        self.people.append(person)
        self.index(person)

    def index(self, person: Entity) -> None:
        words = person.name.replace("-", " ").split()
        self._by_surname.setdefault(words[-1].lower(), {})[id(person)] = person
        if len(words) > 1:
            self._by_given.setdefault(words[0].lower(), {})[id(person)] = person
        self._by_initial.setdefault(words[-1][:1].lower(), []).append(person)

    def candidates(self, mention: Mention, fuzzy: bool) -> list[Entity]:
        if not self.people:
            return []  # nobody indexed yet (or in the whole article): no lookups
        words = mention.words
        found = list(self._by_surname.get(words[-1].lower(), {}).values())
        if len(words) == 1:  # a lone word may be a given name ("Jens said")
            found += self._by_given.get(words[0].lower(), {}).values()
        if fuzzy:
            # Misspellings are of people named nearby: the last few with the same initial.
            found += self._by_initial.get(words[-1][:1].lower(), [])[-_FUZZY_RECENT:]
        if len(found) < 2:
            return found  # most lone words name no one known: nothing to sort
        unique = {id(p): p for p in found}
        return sorted(unique.values(), key=lambda p: self._order[id(p)])


_FUZZY_RECENT = 12


def _fold_people(mentions: list[Mention]) -> list[Entity]:
    index = _PeopleIndex()
    # Lone words that act as people: said something, had a title, or "X, who ...".
    surnames = {
        m.words[0].lower()
        for m in mentions
        if len(m.words) == 1
        and m.kind != "organisation"
        and (m.kind == "person" or m.speech_subject or m.who_follows)
    }
    # Full names first, so a surname met before its full name still finds it.
    for mention in mentions:
        kind = mention.kind
        full_name = kind == "person" and len(mention.words) >= 2
        if full_name or (kind is None and _promotable(mention, surnames)):
            match = _matching_person(index.candidates(mention, True), mention)
            if match is None:
                match = Entity("person", name=_bare_name(mention))
                index.add(match)
            match.mentions.append(mention)
            if len(_bare_name(mention)) > len(match.name):
                match.name = _bare_name(mention)
                index.index(match)
            match.gender = match.gender or mention.gender or _given_name_gender(match.name)
    for mention in mentions:
        if len(mention.words) != 1 or mention.kind in ("organisation",):
            continue
        fuzzy = not (mention.kind == "place" and mention.title is None)
        target = _matching_person(index.candidates(mention, fuzzy), mention, fuzzy)
        if target is None and mention.kind == "person":
            target = Entity("person", name=_spelling(mention))
            index.add(target)
        if target is not None:
            target.mentions.append(mention)
            target.gender = target.gender or mention.gender
    return index.people


def _matching_person(people: list[Entity], mention: Mention, fuzzy: bool = True) -> Entity | None:
    """The person this mention names; for a lone surname, the one named most recently."""
    if not people:
        return None  # most mentions have no candidate at all
    words = mention.words
    surname, given = words[-1].lower(), words[0].lower()
    best: Entity | None = None
    best_seen = -1
    for person in people:
        psurname, pgiven, pcount = _name_parts(person.name)
        same_surname = surname == psurname or (fuzzy and _close(surname, psurname))
        if len(words) == 1:
            if same_surname or (pcount >= 2 and given == pgiven and len(given) > 2):
                if mention.gender and person.gender and mention.gender != person.gender:
                    continue
                seen = _last_seen_before(person, mention.start)
                if seen >= best_seen:
                    best, best_seen = person, seen
        elif same_surname and pcount >= 2 and _same_given(given, pgiven):
            best = person
    return best


@functools.lru_cache(maxsize=1 << 14)
def _name_parts(name: str) -> tuple[str, str, int]:
    """Surname and given name (lower case) and the number of words of a person's name.

    Cached: a pure function of the name, asked for every candidate of every mention.
    """
    words = name.replace("-", " ").split()
    return words[-1].lower(), words[0].lower(), len(words)


def _last_seen_before(person: Entity, position: int | None) -> int:
    starts = [
        m.start
        for m in person.mentions
        if m.start is not None and (position is None or m.start < position)
    ]
    return max(starts) if starts else 0


@functools.lru_cache(maxsize=1 << 14)
def _same_given(a: str, b: str) -> bool:
    """Given names that may be one person's: equal, an initial of the other, or misspelt.

    Cached: a pure function of the two names, asked again for every full name with a
    known surname (the edit distance is a Python loop over both names).
    """
    a, b = a.rstrip("."), b.rstrip(".")
    if a == b or (a[:1] == b[:1] and (len(a) == 1 or len(b) == 1)):
        return True
    return min(len(a), len(b)) >= 4 and _edit_distance(a, b) <= 2


@functools.lru_cache(maxsize=1 << 14)
def _close(a: str, b: str) -> bool:
    """Misspellings of one surname: one edit for names of 5+ letters, two for 9+.

    Cached: a pure function of the two names, asked again for every lone word.
    """
    shortest = min(len(a), len(b))
    if shortest < 5 or a[0] != b[0] or a == b:
        return a == b
    limit = 2 if shortest >= 9 else 1
    if abs(len(a) - len(b)) > limit or len(set(a) ^ set(b)) > 2 * limit:
        return False  # cheap tests first: most pairs differ in length or letters
    return _edit_distance(a, b) <= limit


def _edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _bare_name(mention: Mention) -> str:
    return mention.full_name or mention.text


def _spelling(mention: Mention) -> str:
    """The name as written, with an honorific kept ("Mr Stolenberg")."""
    title = mention.title
    if title and title.lower().rstrip(".") in HONORIFICS and len(mention.words) == 1:
        return f"{title} {mention.text}"
    return mention.text


@functools.lru_cache(maxsize=1 << 16)
def _org_key(name: str) -> str:
    """Lookup key of an organisation's name (cached: a pure function of the name)."""
    key = name.lower()
    return key[4:] if key.startswith("the ") else key


def _fold_by_key(mentions: list[Mention]) -> tuple[list[Entity], list[Entity]]:
    """Organisations and places, one entity per lookup key, in order of first mention."""
    orgs: dict[str, Entity] = {}
    places: dict[str, Entity] = {}
    for mention in mentions:
        kind = mention.kind
        if kind == "organisation":
            by_key, key = orgs, _org_key(mention.text)
        elif kind == "place":
            by_key, key = places, place_key(mention.text)
        else:
            continue
        entity = by_key.get(key)
        if entity is None:
            entity = by_key[key] = Entity(kind)
        entity.mentions.append(mention)
    return list(orgs.values()), list(places.values())


def _collective_name(entity: Entity) -> str:
    """Acronyms keep capitals ("NATO" over "Nato"); else the most used spelling, first seen."""
    if len(entity.mentions) == 1:  # most entities: the rules below pick the one spelling
        only = entity.mentions[0].text
        if entity.kind == "organisation" and not (only.isupper() and len(only) > 1):
            return KNOWN_ORGS.get(only.lower()) or only
        return _place_case(only) if entity.kind == "place" else only
    spellings = [m.text for m in entity.mentions]
    if entity.kind == "organisation":
        known = KNOWN_ORGS.get(spellings[0].lower())
        capitals = [s for s in spellings if s.isupper() and len(s) > 1]
        if capitals:
            return capitals[0]
        if known:
            return known
    if entity.kind == "place" and all(s.isupper() for s in spellings):
        return _place_case(spellings[0])
    mixed = [s for s in spellings if not s.isupper()] or spellings
    if len(mixed) == 1:
        return mixed[0]
    return Counter(mixed).most_common(1)[0][0]  # ties: the first seen


def _place_case(name: str) -> str:
    """A dateline's capitals ("DENVER (AP) —") name Denver; an abbreviation ("UK", "U.S.",
    "UAE") keeps them."""
    if name.isupper() and len(name.replace(".", "")) > 3:
        return name.title()
    return name
