"""Place cues: head words, regions the gazetteers lack, acronyms, and city names to distrust."""

from __future__ import annotations

# The last word of a capitalised span that makes it a place ("Sofia Square", "Red Sea").
PLACE_HEADS = frozenset(
    """
    square street st road avenue ave boulevard lane drive place plaza bridge river lake sea
    ocean bay gulf strait channel island islands isles mountain mountains mount hills valley
    desert peninsula coast canal harbour harbor airport province region county
    oblast krai prefecture territory territories heights forest beach park reservoir
    """.split()
)
# First words that make a place ("Mount Everest", "Lake Geneva").
PLACE_PREFIXES = frozenset({"mount", "lake", "cape", "port", "fort", "saint", "st", "gulf"})

# Regions and places that the city and country lists lack.
EXTRA_PLACES = frozenset(
    name.lower()
    for name in (
        "Europe", "Asia", "Africa", "North America", "South America", "Latin America",
        "Antarctica", "Oceania", "Middle East", "Gaza", "Gaza Strip", "West Bank", "Crimea",
        "Donbas", "Donbass", "Kashmir", "Balkans", "Scandinavia", "Siberia", "Caucasus",
        "Sahel", "Arctic", "Caribbean", "Mediterranean", "Pacific", "Atlantic", "Baltic",
        "England", "Scotland", "Wales", "Northern Ireland", "Britain", "Great Britain",
        "Kosovo", "Taiwan", "Hong Kong", "Palestine", "Kurdistan", "Tibet", "Xinjiang",
        "Donetsk", "Luhansk", "Zaporizhzhia", "Bakhmut", "Mariupol", "Westminster",
        "Brussels", "Silicon Valley", "Wall Street", "Midlands", "Yorkshire", "Cornwall",
        "Kent", "Essex", "Surrey", "Sussex", "Devon", "Ulster", "Bavaria", "Catalonia",
        "Flanders", "Normandy", "Brittany", "Provence", "Tuscany", "Sicily", "Sardinia",
        "Corsica", "Andalusia", "Kherson", "Kharkiv", "Odesa", "Odessa", "Lviv", "Kiev",
    )
)

PLACE_ACRONYMS = frozenset({"us", "usa", "uk", "uae", "drc", "prc", "ussr", "nyc", "la"})

# City names from the gazetteer that are mostly something else in news text.
AMBIGUOUS_CITY_NAMES = frozenset(
    """
    of mobile split nice reading bath victoria florence sofia paris washington lincoln jackson
    hamilton warren marion independence concord mercedes santa president university deal
    march may june august bar date sale bury wells hope unity liberty union providence
    orange eagle temple columbia troy chester salem aurora dover darwin aden vitoria nancy
    regina gloria alexandria charlotte austin dallas houston madison franklin clinton
    lafayette georgetown kingston newport richmond buffalo phoenix mesa laredo irving
    garland plano frisco allen carson lancaster wilson taylor harrison lawrence kent
    bedford boston york preston milton stanley douglas tyler pueblo sterling wayne lowell
    homer jesus christ bishop cardinal mission hospital harbor harbour port court police
    city town village man guinea chad jordan israel georgia niger mali cuba peru
    """.split()
) - {"georgia", "jordan", "chad", "niger", "mali", "cuba", "peru", "guinea", "israel"}

# Nationality and group adjectives: capitalised, but not names of entities.
DEMONYMS = frozenset(
    """
    american americans british briton britons english scottish welsh irish french german germans
    italian italians spanish portuguese dutch belgian swiss austrian polish poles czech slovak
    hungarian romanian bulgarian greek greeks turkish turks russian russians ukrainian
    ukrainians belarusian georgian armenian azerbaijani iranian iranians iraqi iraqis syrian
    syrians lebanese israeli israelis palestinian palestinians jordanian egyptian egyptians
    saudi saudis emirati qatari yemeni afghan afghans pakistani pakistanis indian indians
    chinese japanese korean koreans vietnamese thai filipino indonesian malaysian
    australian australians canadian canadians mexican mexicans brazilian brazilians
    argentine argentinian chilean colombian venezuelan cuban african africans nigerian
    kenyan ethiopian somali sudanese south-african european europeans asian asians
    western eastern northern southern arab arabs muslim muslims christian christians jewish
    jews catholic catholics protestant hindu buddhist sunni shia kurdish kurds baltic nordic
    swedish norwegian danish finnish icelandic estonian latvian lithuanian serbian croatian
    bosnian slovenian albanian macedonian moldovan kazakh uzbek chechen tatar crimean
    soviet european-made iranian-made russian-made chinese-made american-made
    """.split()
)
