"""Words that stand before a person's name: honorifics and roles."""

from __future__ import annotations

# Honorifics are kept in the spelling of a name variant ("Mr Stolenberg"); they also hint gender.
HONORIFIC_GENDER: dict[str, str | None] = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": None, "dr": None, "sir": "m",
    "dame": "f", "lord": "m", "lady": "f", "prof": None, "professor": None, "rev": None,
    "reverend": None, "father": "m", "sister": "f", "sheikh": "m", "madam": "f",
    "monsieur": "m", "madame": "f", "herr": "m", "frau": "f", "señor": "m", "señora": "f",
}
HONORIFICS = frozenset(HONORIFIC_GENDER)

# Capitalised role words that may precede a name ("President Vladimir Putin",
# "Kyiv Mayor Vitaliy Klitschko", "Defence Secretary Ben Wallace").
ROLE_TITLES = frozenset(
    """
    president vice prime minister ministers chancellor secretary senator sen rep representative
    congressman congresswoman governor gov mayor king queen prince princess pope general gen
    colonel col captain capt lieutenant lt sergeant sgt admiral commissioner judge justice chief
    inspector detective det officer constable pc coach manager speaker ambassador archbishop
    bishop cardinal rabbi imam deputy foreign defence defense home health finance interior
    economy trade culture education transport environment energy attorney chairman chairwoman
    councilwoman councilman chair ceo director commander councillor councilor alderman sheriff marshal premier emir
    sultan ayatollah patriarch chancellor spokesman spokeswoman spokesperson superintendent
    sergeant-at-arms professor dr agent corporal private major brigadier field
    """.split()
)

# Lowercase role nouns that introduce a name ("NATO chief Jens Stoltenberg", "striker Harry Kane").
ROLE_NOUNS = frozenset(
    """
    chief minister president spokesman spokeswoman spokesperson secretary mayor leader director
    executive chairman chairwoman chair head commander governor senator manager coach striker
    midfielder defender goalkeeper captain actor actress singer star presenter host author
    writer novelist economist analyst professor lawyer attorney judge officer inspector
    detective councillor councilor boss founder owner editor correspondent reporter
    ambassador envoy negotiator adviser advisor aide rival teammate colleague partner wife
    husband son daughter mother father brother sister friend neighbour neighbor resident
    player champion candidate nominee lawmaker mp chancellor premier prosecutor sheriff
    superintendent researcher scientist doctor surgeon nurse teacher student pastor priest
    veteran survivor witness victim campaigner activist designer architect chef entrepreneur
    investor banker billionaire boxer driver rider skipper opener batsman bowler landlord
    tenant forward guard center centre pitcher quarterback winger boss receiver
    """.split()
)
