"""Common words: stopwords, calendar words and other capitalised words that name no entity."""

from __future__ import annotations

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each even ever
    every few for from further had has have having he her here hers herself him himself his how
    however i if in into is it its itself just last least less let like many may me might more
    most much must my myself near neither never new next no nor not now of off often on once
    one only or other others our ours ourselves out over own per perhaps quite rather really
    same several shall she should since so some such than that the their theirs them themselves
    then there these they this those though through thus to too toward towards under until up
    upon us very via was we well were what whatever when where whether which while who whom
    whose why will with within without would yet you your yours yourself yourselves
    says said say told according among amid around across along behind beside besides beyond
    despite except inside outside onto than unlike unless whereas whilst already almost always
    another anyone anything everyone everything nobody nothing someone something still often
    mr mrs ms dr
    """.split()
)

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

CALENDAR_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december christmas easter new year years eve
    ramadan eid hanukkah diwali thanksgiving halloween weekend day night morning evening
    today tonight tomorrow yesterday
    """.split()
)

# Capitalised words that start sentences or headlines and name nothing.
NON_ENTITY_WORDS = frozenset(
    """
    happy merry god lord thank thanks please yes no oh okay ok breaking exclusive update
    watch read video photo photos pictured picture image images gallery comment comments share
    tweet follow subscribe sign click advertisement sponsored related trending latest live
    further meanwhile however although while when where what who why how after before during
    since until despite earlier later today yesterday tomorrow last first second third
    many some several most more less few all both each every any other another such
    officials residents police troops forces experts critics analysts sources witnesses
    """.split()
)
