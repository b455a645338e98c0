"""Who said each quote: "X said", "said X", "X told ...:", titles, and pronouns resolved.

The words around a quote are searched in order: after it in the same sentence
("..., Nebytov said"), before it in the same sentence ("He told BBC Radio 4: '...'"),
the end of the previous paragraph when it closes with a colon, and finally the speaker
of the quote just before (a run of quotes by one person). Pronouns go to the last named
person before them who spoke or began a sentence, of a matching gender when one is known.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter

from consumer.core.enrich.alternation import grouped_alternatives
from consumer.core.enrich.data.organisations import ORG_HEADS
from consumer.core.enrich.data.speech import PRONOUN_GENDER, SPEECH_ADVERBS, SPEECH_VERBS
from consumer.core.enrich.data.titles import ROLE_NOUNS, ROLE_TITLES
from consumer.core.enrich.data.words import NON_ENTITY_WORDS, STOPWORDS
from consumer.core.enrich.entities import Mention
from consumer.core.enrich.name_variants import Folded, ResolvedMention
from consumer.core.enrich.quotes import QuoteSpan

_VERB = grouped_alternatives(sorted(SPEECH_VERBS, key=len, reverse=True))
# Known adverbs, or any lower-case "-ly" word ("Thomas allegedly told").
_ADVS = r"(?:(?:" + grouped_alternatives(sorted(SPEECH_ADVERBS)) + r"|[a-z]+ly)\s+)*"
_PRONOUN = r"(?P<pronoun>he|she|they|it)"
# Verbs that take a listener: the name right after them ("told the BBC") is not the speaker.
_LISTENER_VERBS = frozenset({"told", "tells", "asked", "asks"})
# Words that end the run of role words between "said" and a name: "said on Tuesday that
# China ...", "said in a statement that Smith ...": the name after them is not the speaker.
_NOT_ROLE_WORDS = (
    "that|on|in|at|to|for|with|by|from|about|after|before|if|when|while|this|it|he|she|they"
    "|we|you|i"
)
_NOT_ROLE = rf"(?!{grouped_alternatives(_NOT_ROLE_WORDS.split('|'))}\s)"

_AFTER_PRONOUN = re.compile(rf"^[\s,—–-]*{_PRONOUN}\s+{_ADVS}{_VERB}\b", re.I)
# Between a closing mark and "NAME said": nothing, or a few words of title or role
# ("Mr Pike said", "Veridia chief executive Priya Raman said", "senior author and NASA
# planetary scientist Lucas Reed said", "chairman, CEO and president Ann Holt said").
_GAP_BEFORE_NAME = re.compile(r"^[\s,—–-]*(?:[\w.'’&-]+,?\s+){0,8}$")
# '"...," according to Jane Lee': the source named right after the quote.
_ACCORDING_TO_AFTER = re.compile(r"^[\s,—–-]*according to\s+$", re.I)
_APPOSITION_OPEN = re.compile(r"^\s*,[^,]{0,80}$")
_APPOSITION_CLOSE = re.compile(r"^\s*,\s*$")
_TITLE_GAP = re.compile(r"^\s*(?:[A-Z][\w.'’-]*\s+){1,3}$")

# A longer apposition, commas inside ("Ed Moss, a fellow at the X Institute in Bonn,
# Germany, and co-author of the study, said"): tried for people only.
_LONG_APPOSITION = r"\s*,[^\"“”]{1,200}?,"
_SPEECH_AFTER_PERSON = re.compile(rf"^{_LONG_APPOSITION}\s*{_ADVS}{_VERB}\b")
# An apposition the writer did not close before the verb ("Jo Reyes, vice president of
# Acme Security told us", "Ann Lee, an analyst at the X think tank told Y"): for people
# only, and no clause inside it ("Jo Reyes, whose son said").
_SPEECH_AFTER_OPEN_APPOSITION = re.compile(
    r"^\s*,(?![^,\"“”.!?]*\b(?:who|whom|whose|which|that|when|while|after|before|because"
    rf"|as|if|and|but)\b)[^,\"“”.!?]{{1,120}}?\s+{_ADVS}{_VERB}\b"
)
# "said police chief John Smith", "says Dr Naomi Feld": role words or a title between.
_VERB_BEFORE_NAME = re.compile(
    rf"^[\s,—–-]*{_ADVS}{_VERB}\s+(?:{_NOT_ROLE}[A-Za-z][\w'’.-]*,?\s+){{0,4}}$"
)
# Role words between an organisation and the person it qualifies: "said MIT computer
# science professor Ada Moss", "says Acme Co-Founder and Chief Executive Jo Reyes",
# "says Acme's Vice President, Jo Reyes".
_ROLE_RUN = re.compile(rf"^(?:['’]s)?(?:\s+{_NOT_ROLE}[\w.'’&-]+){{1,5}},?\s+$")
_NOMINAL_AFTER = re.compile(rf"^[\s,—–-]*(?:a|an|the|one)\s+[^.!?\"“”]{{0,60}}?\b{_VERB}\b", re.I)
_VERB_SEARCH = re.compile(rf"\b{_VERB}\b")
_PRONOUN_BEFORE_VERB = re.compile(rf"\b{_PRONOUN}\s+{_ADVS}$", re.I)
# "X and his team wrote": the quote is credited to X.
_AND_TEAM = r"(?:\s+and\s+(?:his|her|their)\s+(?:team|colleagues|co-?authors))?"
# The name set off by commas after its role ('"...," the mayor, Chris Sample, said').
_SPEECH_AFTER_APPOSED_NAME = re.compile(rf"^\s*,\s*{_ADVS}{_VERB}\b")
_SPEECH_AFTER_NAME = re.compile(rf"^(?:\s*,[^,.]{{1,80}},)?{_AND_TEAM}\s*{_ADVS}{_VERB}\b")
_SUBJECT_GAP = re.compile(rf"^(?:\s*,[^,]{{1,80}},)?{_AND_TEAM}[\s,]*{_ADVS}$")
_LONG_SUBJECT_GAP = re.compile(rf"^{_LONG_APPOSITION}[\s,]*{_ADVS}$")
# "Smith said ... and added," / "Smith said ..., warning:": the later verb shares the
# subject of the earlier one.
_COORDINATED = re.compile(rf"(?:\band|,)\s*{_ADVS}$")
_AFFILIATION = re.compile(r"^\s*(?:of|at|from|with)\s+(?:the\s+)?$")
# "Ann Lee, a professor at Cornell, said": an organisation after a preposition in the
# person's apposition only qualifies the person.
_APPOSITION_AFFILIATION = re.compile(
    r"^\s*,[^,]{0,120}\b(?:at|of|from|with|for|in)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}$"
)
# A name after a preposition is not the subject of the verb that follows ("the authors of
# a study in the journal Marine Biology argued").
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|at|from|with|by|on|into)\s+(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+)?$"
)
# After "said"/"wrote": where or how it was said, then "that" or a colon ("said in an
# email that", "wrote on Twitter:").
_VERB_THEN_QUOTE = re.compile(
    r"^\s*(?:(?:in|on|to|at|during)\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
    r"[\w-]+(?:\s+[\w-]+)?\s*)?(?:that\s*)?[:,]?\s*$"
)
_ACCORDING_TO = re.compile(r"\baccording to\s+$", re.I)
_ACCORDING_TO_CHARS = len("according to")
# What may stand before the subject that opens a sentence ("But Smith ...", "Stage
# manager Ann Holt ..."): a few words of role, none that makes the name an object.
_SENTENCE_OPENING = re.compile(
    r"^[\s\"“”'‘’(—–-]*"
    r"(?:(?!(?:of|for|to|with|by|about|from|against|on|at|in|like|than)\b)[\w.'’-]+\s+){0,3}$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?](?=[\s'\"’”]|$)")
_LAST_WORD = re.compile(r"(\w+)$")
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "sen", "gen", "inc", "jr", "sr", "co"})
_START = attrgetter("start")
_MENTION_START = attrgetter("mention.start")
_WORD = re.compile(r"[\w-]+")
_ROLE_WORDS = ROLE_NOUNS | ROLE_TITLES
# A short phrase opening a sentence, then a comma: what stands before a subject there.
_OPENING_PHRASE = re.compile(r"(?:^|[.!?]\s+|\n)[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5},\s+$")
_OPENING_PHRASE_CHARS = 60
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
# Plural common nouns that open a sentence before "said" ("Protesters said").
_PLURAL_NOUN_ENDINGS = ("ers", "ists", "ors", "ians", "ants", "ents", "ies", "ives", "ics")
_CLOSERS = " '\"’”»"
_FULL_STOPS = (".", "!", "?")
_LOOKBACK_CHARS = 1500
# A line naming the speaker of the paragraph below: a few words, no sentence end.
_MAX_NAME_LINE_WORDS = 12
_LINE_ENDS = frozenset(".!?:;\"”’'")  # how far back a pronoun looks for the person it stands for


@dataclass(slots=True)  # not frozen: a frozen __init__ costs a call per field
class Attribution:
    speaker: str | None
    explicit: bool  # a speech verb ties the quote to its speaker (not inherited)


def attribute_quotes(
    paragraphs: list[str],
    spans: list[QuoteSpan],
    folded: Folded,
    mentions: list[Mention],
    accepts: Callable[[QuoteSpan, Attribution], bool] = lambda span, who: True,
) -> list[Attribution]:
    """One attribution per span, in order; a quote inherits only from an accepted one (or
    from a quote too short to report that a speech verb ties to its speaker)."""
    if not spans:
        return []  # nothing to attribute: skip building the context
    body = "\n\n".join(paragraphs)
    bounds = paragraph_bounds(paragraphs)
    entity_of = {id(r.mention): r for r in folded.resolved}
    # The mentions that may name a speaker, picked once: all but the places no entity
    # took (``_mentions_between`` hands out a slice of them).
    body_mentions = sorted(
        [m for m in mentions if m.start is not None and (m.kind != "place" or id(m) in entity_of)],
        key=_START,
    )
    long_spans = [s for s in spans if len(s.text.split()) > 3]
    context = _Context(
        body,
        bounds,
        spans,
        folded.resolved,
        entity_of,
        body_mentions,
        mention_starts=list(map(_START, body_mentions)),  # body mentions: no None start
        resolved_starts=list(map(_MENTION_START, folded.resolved)),
        span_starts=list(map(_START, spans)),
        # A sentence starts after the last real quote that closed before it; a scare
        # quote ("the term 'three amigos' and added, ...") does not end the sentence.
        span_ends=sorted(s.end for s in long_spans),
        long_spans=long_spans,
        long_span_starts=list(map(_START, long_spans)),
    )
    return attribute_in_turn(
        spans,
        lambda span: (
            context.after(span)
            or context.before(span)
            or context.colon_before(span)
            or context.name_line_before(span)
        ),
        accepts,
    )


def attribute_in_turn(
    spans: list[QuoteSpan],
    find: Callable[[QuoteSpan], Attribution | None],
    accepts: Callable[[QuoteSpan, Attribution], bool],
) -> list[Attribution]:
    """Each span's attribution by ``find``, in order; a span it names no one for, in the
    same or the next paragraph as the last accepted quote with a speaker, goes on with
    that speaker (a run of quotes from one person)."""
    results: list[Attribution] = []
    last: tuple[QuoteSpan, Attribution] | None = None
    reach = 1  # how many paragraphs on the last speaker's run may go
    for span in spans:
        found = find(span)
        if found is None and last is not None:
            prev_span, prev = last
            if prev.speaker and span.paragraphs[0] - prev_span.paragraphs[-1] <= reach:
                found = Attribution(prev.speaker, explicit=False)
        found = found or Attribution(None, explicit=False)
        results.append(found)
        if accepts(span, found):
            last, reach = (span, found), 1
        elif found.explicit:
            # '"Brilliant," Smith said. "The boys ran ...": a reply too short to report
            # still names the speaker of the next quote; a fragment ('to "take detailed
            # histories," Dempsey said. "That way ..."') only in its own paragraph; and
            # '"...," one reader said' (no name) ends the run of the one before.
            last, reach = (span, found), (1 if span.text[:1].isupper() else 0)
    return results


@dataclass(slots=True)
class _Context:
    body: str
    bounds: list[tuple[int, int]]
    spans: list[QuoteSpan]
    resolved: list[ResolvedMention]
    entity_of: dict[int, ResolvedMention]
    # Body mentions that may name a speaker, by start; the *_starts lists allow bisection.
    mentions: list[Mention]
    mention_starts: list[int]
    resolved_starts: list[int]
    span_starts: list[int]
    span_ends: list[int]  # ends of the spans of more than three words
    long_spans: list[QuoteSpan]
    long_span_starts: list[int]
    # The mentions that named a speaker so far: pronouns may stand for them.
    spoken: set[int] = field(default_factory=set)

    def after(self, span: QuoteSpan) -> Attribution | None:
        end = self._sentence_end(span.end, self.bounds[span.paragraphs[-1]][1])
        window = self.body[span.end : end]
        if window.rstrip().endswith(":") and span.text.rstrip(_CLOSERS).endswith(_FULL_STOPS):
            return None  # '"... done." Jones agreed: "..."': Jones speaks the next quote
        pronoun = _AFTER_PRONOUN.match(window)
        if pronoun:
            return Attribution(self._antecedent(pronoun["pronoun"], span.start), explicit=True)
        nearby = self._mentions_between(span.end, end)[:4]
        if (
            nearby
            and _ACCORDING_TO_AFTER.match(self.body[span.end : nearby[0].start])
            and self._may_be_person(nearby[0])
        ):
            return self._said_by(nearby[0])
        for n, mention in enumerate(nearby[:3]):
            gap = self.body[span.end : mention.start]
            tail = self.body[mention.end : end]
            inverted = bool(_VERB_BEFORE_NAME.match(gap))
            if inverted or (
                _GAP_BEFORE_NAME.match(gap)
                and not _VERB_SEARCH.search(gap)
                and (
                    _SPEECH_AFTER_NAME.match(tail)
                    or (self._may_be_person(mention) and _SPEECH_AFTER_PERSON.match(tail))
                    or (self._is_person(mention) and _SPEECH_AFTER_OPEN_APPOSITION.match(tail))
                    or (
                        gap.rstrip().endswith(",")
                        and self._may_be_person(mention)
                        and _SPEECH_AFTER_APPOSED_NAME.match(tail)
                    )
                )
            ):
                # "said White House Press Secretary Stephanie Grisham", "says Acme
                # Co-Founder and Chief Executive Jo Reyes": the person, not the
                # organisation that only qualifies the title.
                mention = self._qualified_person(mention, nearby[n + 1 : n + 3])
                if not gap.strip(" ,—–-") and not inverted:
                    return self._said_by(mention, bare=True)
                return self._said_by(mention)
        if _NOMINAL_AFTER.match(window):
            return Attribution(None, explicit=True)
        return None

    def _qualified_person(self, mention: Mention, following: list[Mention]) -> Mention:
        """The person a run of role words after ``mention`` leads to, else ``mention``.

        An organisation leads on through title words or role words; a name taken for a
        person only through a role word ("says Acme Events Co-Owner Jo Reyes", "says
        Acme's Vice President, Jo Reyes": the firm may read as a person's name)."""
        is_person = self._is_person(mention)
        for person in following:
            between = self.body[mention.end or 0 : person.start or 0]
            if not self._may_be_person(person):
                continue
            if _VERB_SEARCH.search(between):
                break
            if is_person:
                words = {w.lower() for w in _WORD.findall(between)}
                if _ROLE_RUN.match(between) and words & _ROLE_WORDS:
                    return person
            elif _TITLE_GAP.match(between) or _ROLE_RUN.match(between):
                return person
            break
        return mention

    def _bare_name(self, mention: Mention) -> str | None:
        """'"...?" Kowalski asked.', "Liu said that ...": a lone capitalised word right
        before a speech verb names the speaker even where it opens a sentence, unless the
        word is a common one ("Critics", "Protesters")."""
        text = mention.text
        lower = text.lower()
        if (
            mention.kind is not None
            or " " in text
            or not text[:1].isupper()
            or lower in ORG_HEADS
            or lower in STOPWORDS
            or lower in NON_ENTITY_WORDS
            or lower in ROLE_NOUNS
            or lower.endswith(_PLURAL_NOUN_ENDINGS)
            # also written in lower case (the pattern is built only when the body holds
            # the word at all: most names are never written so)
            or (lower in self.body and re.search(rf"\b{re.escape(lower)}\b", self.body))
        ):
            return None
        return text

    def before(self, span: QuoteSpan) -> Attribution | None:
        start = self._sentence_start(span.start, self.bounds[span.paragraphs[0]][0])
        return self._speaker_in(start, span.start)

    def colon_before(self, span: QuoteSpan) -> Attribution | None:
        """ "Smith said:" closing the paragraph before a quote that opens its own."""
        first = span.paragraphs[0]
        if not span.opens_paragraph or first == 0:
            return None
        prev_start, prev_end = self.bounds[first - 1]
        if not self.body[prev_start:prev_end].rstrip().endswith(":"):
            return None
        return self._speaker_in(self._sentence_start(prev_end - 1, prev_start), prev_end)

    def name_line_before(self, span: QuoteSpan) -> Attribution | None:
        """A line naming a person alone ("Ann Lee, chief economist at Acme") over the
        paragraph the quote opens: an expert round-up or an interview layout."""
        first = span.paragraphs[0]
        if not span.opens_paragraph or first == 0:
            return None
        start, end = self.bounds[first - 1]
        line = self.body[start:end].rstrip()
        if not line or line[-1] in _LINE_ENDS or line.count(" ") >= _MAX_NAME_LINE_WORDS:
            return None
        mentions = self._mentions_between(start, end)
        if not mentions or mentions[0].start != start or not self._is_person(mentions[0]):
            return None
        return self._said_by(mentions[0])

    def _speaker_in(self, start: int, end: int) -> Attribution | None:
        window = self.body[start:end]
        according = _ends_with_according_to(window)
        verbs = list(_VERB_SEARCH.finditer(window))
        if not verbs and not according:
            return self._colon_subject(start, end) if window.rstrip().endswith(":") else None
        if verbs:
            last = verbs[-1]
            verb_at = start + last.start()
            subject_verb = len(verbs) - 1
            # "Smith said ... and added:", "Smith said ..., warning:": the earlier verb's
            # subject speaks.
            while subject_verb > 0 and _COORDINATED.search(
                self.body[start : start + verbs[subject_verb].start()]
            ):
                subject_verb -= 1
            found = self._subject_of(start, start + verbs[subject_verb].start())
            if found is None and subject_verb != len(verbs) - 1:
                found = self._subject_of(start, verb_at)
            if found is not None:
                return found
            after_verb = self._mentions_between(verb_at, end)
            if (
                after_verb
                and last.group() not in _LISTENER_VERBS
                and _VERB_BEFORE_NAME.match(self.body[verb_at : after_verb[0].start])
            ):
                return self._said_by(after_verb[0])
            if _VERB_THEN_QUOTE.match(self.body[start + last.end() : end]):
                return Attribution(None, explicit=True)  # "A spokesman added: '...'"
        for mention in self._mentions_between(start, end):
            if _ends_with_according_to(self.body[start : mention.start]):
                return self._said_by(mention)
        return None

    def _colon_subject(self, start: int, end: int) -> Attribution | None:
        """ "Buckley, who phoned in from the set, had a similar view: '...'": a sentence
        that opens with a person and ends in a colon introduces that person's words."""
        candidates = [
            m
            for m in self._mentions_between(start, end)
            if m.kind is not None or not m.sentence_initial or id(m) in self.entity_of
        ]  # a capitalised opener ("Stage manager Ann Holt") names no one
        if not candidates or not self._may_be_person(candidates[0]):
            return None
        if not _SENTENCE_OPENING.match(self.body[start : candidates[0].start]):
            return None
        if any(self._is_person(m) for m in candidates[1:]):
            return None  # another person in the sentence: whose words is unclear
        # Not remembered for pronouns: no speech verb makes the subject the one talking.
        return Attribution(self._name(candidates[0]), explicit=True)

    def _subject_of(self, start: int, verb_at: int) -> Attribution | None:
        """The speaker named (or the pronoun) right before the verb at ``verb_at``."""
        before_verb = self.body[start:verb_at]
        pronoun = _PRONOUN_BEFORE_VERB.search(before_verb)
        if pronoun:
            return Attribution(self._antecedent(pronoun["pronoun"], verb_at), explicit=True)
        candidates = self._mentions_between(start, verb_at)
        for n in range(len(candidates) - 1, -1, -1):
            mention = candidates[n]
            gap = self.body[mention.end : verb_at]
            if _SUBJECT_GAP.match(gap):
                # "Prof Samuel Okoro of Imperial College London, ..., called": the person;
                # "X, a resident of Y village under Z district, told": X, past Y.
                head = next(
                    (
                        k
                        for k in range(n - 1, max(-1, n - 4), -1)
                        if self._qualifies_person_before(candidates[k], mention, verb_at)
                    ),
                    None,
                )
                if head is not None:
                    mention, n = candidates[head], head
                elif _AFTER_PREPOSITION.search(self.body[start : mention.start]):
                    return None  # "a study in the journal Marine Biology argued": not a speaker
                return self._said_by(mention, bare=n == 0)
        # "Ed Moss, a fellow at the X Institute in Bonn, Germany, and co-author, said"
        for mention in candidates:
            if self._may_be_person(mention) and _LONG_SUBJECT_GAP.match(
                self.body[mention.end : verb_at]
            ):
                return self._said_by(mention)
        return None

    def _qualifies_person_before(self, person: Mention, mention: Mention, verb_at: int) -> bool:
        """ "Prof Samuel Okoro of Imperial College London, ..., called", "Ann Lee, a
        professor at Cornell, said" and "Andy Carter, adviser at the National Lottery,
        said": the organisation only qualifies the person.
        """
        between = self.body[person.end or 0 : mention.start or 0]
        if _AFFILIATION.match(between):
            return True
        if not _APPOSITION_CLOSE.match(self.body[mention.end or 0 : verb_at]):
            return False
        if self._is_person(person) and _APPOSITION_AFFILIATION.match(between):
            return True
        return (
            not self._is_person(mention)
            and self._is_person(person)
            and bool(_APPOSITION_OPEN.match(between))
        )

    def _is_person(self, mention: Mention) -> bool:
        resolved = self.entity_of.get(id(mention))
        return mention.kind == "person" or (
            resolved is not None and resolved.entity.kind == "person"
        )

    def _said_by(self, mention: Mention, bare: bool = False) -> Attribution:
        """The attribution to ``mention``, remembered as a speech subject for pronouns;
        ``bare``: the mention stands right by its verb, so a lone unknown word may name."""
        self.spoken.add(id(mention))
        name = self._name(mention)
        if name is None and bare and mention.sentence_initial:
            name = self._bare_name(mention)
        return Attribution(name, explicit=True)

    def _may_be_person(self, mention: Mention) -> bool:
        """A person, or a name of no known kind that does not open a sentence."""
        return self._is_person(mention) or (
            mention.kind is None
            and not mention.sentence_initial
            and id(mention) not in self.entity_of
        )

    def _mentions_between(self, start: int, end: int) -> list[Mention]:
        starts = self.mention_starts
        return self.mentions[bisect_left(starts, start) : bisect_left(starts, end)]

    def _name(self, mention: Mention) -> str | None:
        if mention.text.lower().rstrip(".") in ORG_HEADS:
            return None  # a bare "Inc." or "Police" names no one
        resolved = self.entity_of.get(id(mention))
        if resolved is not None:
            return resolved.entity.name
        if mention.kind == "place" or (mention.sentence_initial and mention.kind is None):
            return None
        return mention.text

    def _antecedent(self, pronoun: str, position: int) -> str | None:
        pronoun = pronoun.lower()
        wanted = "organisation" if pronoun in ("they", "it") else "person"
        gender = PRONOUN_GENDER.get(pronoun)
        low = bisect_left(self.resolved_starts, position - _LOOKBACK_CHARS)
        high = bisect_left(self.resolved_starts, position)
        # The last candidate that is a subject, else the last candidate: read from the
        # nearest back, so the costlier tests stop at the first subject.
        nearest: ResolvedMention | None = None
        for r in reversed(self.resolved[low:high]):
            if (
                r.entity.kind != wanted
                or (gender is not None and r.entity.gender not in (None, gender))
                or self._inside_quote(r.mention.start or 0)
            ):
                continue
            if (
                r.mention.speech_subject
                or r.mention.sentence_initial
                or id(r.mention) in self.spoken  # "said minister Karen Holst. She later told"
                or self._after_opening_phrase(r.mention)  # "As it turned out, Lee had ..."
            ):
                return r.entity.name
            nearest = nearest or r
        return nearest.entity.name if nearest else None

    def _after_opening_phrase(self, mention: Mention) -> bool:
        """ "On Monday, Lee said", "As it turned out, Lee had": the subject of its
        sentence after a short opening phrase and its comma."""
        start = mention.start or 0
        before = self.body[max(0, start - _OPENING_PHRASE_CHARS) : start]
        return bool(_OPENING_PHRASE.search(before)) and bool(
            _LOWER_WORD_AFTER.match(self.body, mention.end or 0)
        )

    def _inside_quote(self, position: int) -> bool:
        # Spans do not overlap: only the last one starting before ``position`` can hold it.
        n = bisect_left(self.long_span_starts, position) - 1
        return n >= 0 and position < self.long_spans[n].end

    def _sentence_start(self, position: int, floor: int) -> int:
        start = floor
        for match in _SENTENCE_END.finditer(self.body, floor, position):
            if not self._is_abbreviation(match.start()):
                start = match.end()
        n = bisect_right(self.span_ends, position) - 1
        if n >= 0 and self.span_ends[n] >= floor:
            start = max(start, self.span_ends[n])  # the latest quote that closed before
        return start

    def _sentence_end(self, position: int, ceiling: int) -> int:
        for match in _SENTENCE_END.finditer(self.body, position, ceiling):
            if not self._is_abbreviation(match.start()):
                end = match.end()
                break
        else:
            end = ceiling
        n = bisect_left(self.span_starts, position)
        if n < len(self.span_starts) and self.span_starts[n] < end:
            end = self.span_starts[n]  # the first quote that opens after
        return end

    def _is_abbreviation(self, dot: int) -> bool:
        word = _LAST_WORD.search(self.body[max(0, dot - 5) : dot])
        if not word:
            return False
        letters = word.group(1)
        return (len(letters) == 1 and letters.isupper()) or letters.lower() in _ABBREVIATIONS


def _ends_with_according_to(text: str) -> bool:
    """``_ACCORDING_TO.search(text)``: only spaces follow the words, so a match can start
    only where the text without its trailing spaces leaves room for them; the search
    starts there (the pattern's word boundary still sees the character before).
    """
    return _ACCORDING_TO.search(text, max(0, len(text.rstrip()) - _ACCORDING_TO_CHARS)) is not None


def paragraph_bounds(paragraphs: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each paragraph in the paragraphs joined by blank lines."""
    bounds, offset = [], 0
    for paragraph in paragraphs:
        bounds.append((offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    return bounds
