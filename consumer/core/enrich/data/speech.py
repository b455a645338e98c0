"""Verbs and phrases that attribute words to a speaker."""

from __future__ import annotations

SPEECH_VERBS = frozenset(
    """
    said says say told tells added adds explained explains stated states warned warns insisted
    insists claimed claims argued argues noted notes wrote writes asked asks replied replies
    responded responds continued continues declared declares announced announces admitted
    admits acknowledged acknowledges recalled recalls commented comments remarked remarks
    observed observes suggested suggests confirmed confirms stressed stresses urged urges
    tweeted tweets posted posts concluded concludes conceded concedes cautioned cautions
    predicted predicts boasted boasts joked jokes laughed shouted screamed whispered pleaded
    vowed vows promised promises revealed reveals complained complains recounted recounts
    testified testifies emphasised emphasized emphasises emphasizes maintained maintains
    contended contends agreed agrees countered counters told called calling described
    describing saying adding
    """.split()
)

# Words that may stand between a subject and its speech verb ("Smith later said").
SPEECH_ADVERBS = frozenset(
    """
    also later then previously earlier has had have had once further repeatedly recently
    simply only just again separately yesterday today tearfully angrily quietly bluntly
    """.split()
)

PRONOUN_GENDER: dict[str, str | None] = {"he": "m", "she": "f", "they": None}
