"""Quotations with speakers in French, Spanish and German bodies.

The quote spans come from ``find_quote_spans`` once the marks are rewritten into the forms
it reads (``normalise_marks``). A speaker is looked for as in English: after the quote in
the same sentence (", a déclaré X", ", dijo X", ", sagte er"), before it ("X a déclaré :",
"Selon X,", "Er sagte:"), in a paragraph ending with a colon just before, then the speaker
of the quote just before. A name must be a person's: a known given name and a surname,
words after a role or honorific ("la presidenta Ana Ruiz", "Finanzminister Weber"), a
person named earlier (a surname alone), or, in French and Spanish where only names are
capitalised mid-sentence, two or more capitalised words in the speaker's slot. German
capitalises every noun, so there the slot alone is not enough. Pronouns go to the last
person named before them, of the same gender when known. Unsure means no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from consumer.core.enrich.data.first_names import FEMALE_FIRST_NAMES, FIRST_NAMES
from consumer.core.enrich.data.speech_intl import (
    ACCORDING_TO_INTL,
    FEMALE_FIRST_NAMES_INTL,
    FIRST_NAMES_INTL,
    HONORIFICS_INTL,
    NOT_NAME_WORDS,
    PRONOUNS_INTL,
    ROLE_SUFFIXES_DE,
    ROLES_INTL,
    SPEECH_FILLERS_INTL,
    SPEECH_VERBS_INTL,
)
from consumer.core.enrich.quotes import QuoteSpan
from consumer.core.enrich.speakers import Attribution, attribute_in_turn, paragraph_bounds

QUOTE_LANGUAGES = frozenset(SPEECH_VERBS_INTL)

_SPACE = "\\s\u00a0\u202f\u2009"
_SPACED_OPEN = re.compile(f"«([{_SPACE}]+)")
_SPACED_CLOSE = re.compile(f"([{_SPACE}]+)»")
_NESTED = re.compile("«[^«»\n]*“[^«»“”\n]*”[^«»\n]*»")
_LOW_HIGH = re.compile("„([^„“”\n]*?)[“”]")
_GUILLEMETS_DE = re.compile("»([^»«\n]*?)«")
_NAME_WORD = r"[^\W\d_][\w'’-]*\.?"
# A line of dialogue in Spanish and Portuguese: a dash opens the quote, a dash before the
# lower-case speech verb closes it ("—No nos queda otra opción —dijo la líder.").
_DASH_DIALOGUE = re.compile(r"[—–](?P<quote>[^—–\n]{2,}?) [—–](?= ?[a-zà-öø-ÿ])")
_PARTICLES = r"(?:de la|de|del|du|da|dos|di|van der|von der|van|von|le)"
# Capitalised words, with the particles of a surname between them ("Ursula von der Leyen").
_RUN = re.compile(
    rf"(?<![\w'’-])(?:[A-ZÀ-ÖØ-Þ]\w*[-'’]?)+(?:\s+(?:{_PARTICLES}\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*)*"
)
_SENTENCE_END = re.compile(r"[.!?](?=[\s'\"’”»“]|$)")
_ABBREVIATIONS = frozenset({"m", "mme", "dr", "sr", "sra", "srta", "st", "prof", "av"})
_LOOKBACK_CHARS = 1500
_OPENS = r"(?:(?<=[.!?:»”“]\s)|(?<=\n))"  # a sentence's first word
# The noun, not followed by a comma: "L'hiver dernier, il ..." is no subject.
_LOWER_NOUN = r"(?P<noun>[a-zà-öø-ÿ][\w-]*)(?![\w-]*(?:\s+\w+)?\s*,)"
_UPPER_NOUN = r"(?P<noun>[A-ZÄÖÜ][\w-]*)(?![\w-]*(?:\s+\w+)?\s*,)"
# Sentence subjects that are things, by the gender of the pronoun that can stand for them.
_THING_SUBJECTS: dict[str, dict[str | None, re.Pattern[str]]] = {
    "fr": {
        "m": re.compile(rf"{_OPENS}(?:Le\s+|L['’]){_LOWER_NOUN}"),
        "f": re.compile(rf"{_OPENS}(?:La\s+|L['’]){_LOWER_NOUN}"),
        None: re.compile(rf"{_OPENS}(?:Les?\s+|La\s+|L['’]){_LOWER_NOUN}"),
    },
    "es": {None: re.compile(rf"{_OPENS}(?:El|La)\s+{_LOWER_NOUN}")},
    "it": {
        "m": re.compile(rf"{_OPENS}(?:Il\s+|Lo\s+|L['’]){_LOWER_NOUN}"),
        "f": re.compile(rf"{_OPENS}(?:La\s+|L['’]){_LOWER_NOUN}"),
        None: re.compile(rf"{_OPENS}(?:Il\s+|Lo\s+|La\s+|L['’]){_LOWER_NOUN}"),
    },
    "pt": {
        "m": re.compile(rf"{_OPENS}O\s+{_LOWER_NOUN}"),
        "f": re.compile(rf"{_OPENS}A\s+{_LOWER_NOUN}"),
        None: re.compile(rf"{_OPENS}(?:O|A)\s+{_LOWER_NOUN}"),
    },
    "de": {
        "m": re.compile(rf"{_OPENS}(?:Der)\s+{_UPPER_NOUN}"),
        "f": re.compile(rf"{_OPENS}(?:Die)\s+{_UPPER_NOUN}"),
        None: re.compile(rf"{_OPENS}(?:Der|Die|Das)\s+{_UPPER_NOUN}"),
    },
}
# Languages that drop the subject (", dijo."), and the prepositions that may follow the verb
# when they do (", dijo a la prensa").
_PRO_DROP_PREPOSITIONS = {
    "es": frozenset({"a", "ante", "con", "desde", "durante", "en", "por", "sin", "tras"}),
    "it": frozenset({"a", "al", "alla", "ai", "in", "con", "da", "durante", "dopo", "per"}),
    "pt": frozenset({"a", "à", "ao", "em", "no", "na", "com", "durante", "após", "por"}),
}
_INNER = frozenset(
    {"Le", "La", "De", "Du", "Del", "Da", "Van", "Von", "Di", "Dos"}
)  # "Yves Le Goff"
_COMPLEMENT = {
    "fr": re.compile(r"(?:\b(?:de|du|des)\s+|\bd['’])$"),
    "es": re.compile(r"\b(?:de|del)\s+$"),
    "it": re.compile(r"(?:\b(?:di|del|della|dello|dei|degli|delle)\s+|\bd['’])$"),
    "pt": re.compile(r"\b(?:de|do|da|dos|das)\s+$"),
    "de": re.compile(r"\bvon\s+$"),
}
# "la ministre", "a ministra": the article before a role tells the gender
_FEMININE_ARTICLES = {
    "fr": frozenset({"la", "une"}),
    "es": frozenset({"la", "una"}),
    "it": frozenset({"la", "una"}),
    "pt": frozenset({"a", "uma"}),
    "de": frozenset(),
}
_NAME_FOLLOWS = re.compile(r"\s+(?:[a-zà-öø-ÿ]+\s+)?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")
_INCISO_DELIMITER = re.compile("[—–,]")
_INCISO_CLOSERS = frozenset("—–,")
_ELIDED = ("l'", "l’", "d'", "d’")  # "l'Économie": an article, not a name


@dataclass(slots=True, frozen=True)
class _Cues:
    verb: re.Pattern[str]
    fillers: str
    pronoun_after: re.Pattern[str]
    verb_after: re.Pattern[str]
    according: re.Pattern[str]
    pronoun_before: re.Pattern[str]
    pronoun_first: re.Pattern[str]


def _cues(lang: str) -> _Cues:
    verbs = "|".join(sorted(SPEECH_VERBS_INTL[lang], key=len, reverse=True))
    verb = rf"(?<![\w-])(?:{verbs})(?!\w)"
    fillers = "|".join(
        sorted((re.escape(f) for f in SPEECH_FILLERS_INTL[lang]), key=len, reverse=True)
    )
    fill = rf"(?:(?:{fillers})\s+)*"
    pronouns = "|".join(PRONOUNS_INTL[lang])
    lead = r"^[\s,—–-]*"
    if lang == "fr":  # "a-t-il déclaré", "déclare-t-elle", "dit-il"
        aux_first = rf"a-t-(?P<p1>{pronouns})\s+{fill}{verb}"
        inverted = rf"{lead}(?:{aux_first}|{verb}-(?:t-)?(?P<p2>{pronouns}))(?!\w)"
    else:
        inverted = rf"{lead}{fill}{verb}\s+(?P<p1>{pronouns})(?!\w)"
    according = "|".join(re.escape(a) for a in ACCORDING_TO_INTL[lang])
    return _Cues(
        verb=re.compile(verb, re.I),  # "Racconta:" opens a sentence
        fillers=fill,
        pronoun_after=re.compile(inverted, re.I),
        verb_after=re.compile(rf"{lead}{fill}{verb}(?P<rest>.*)", re.S),
        according=re.compile(
            rf"(?:^|(?<=[\s,(—–-]))(?:{according})\s+(?P<rest>[^:«“]*)", re.I | re.S
        ),
        pronoun_before=re.compile(rf"(?<!\w)(?P<p>{pronouns})\s+{fill}$", re.I),
        pronoun_first=re.compile(rf"^\s*(?P<p>{pronouns})(?!\w)", re.I),
    )


_CUES = {lang: _cues(lang) for lang in QUOTE_LANGUAGES}


def normalise_marks(paragraph: str, lang: str) -> str:
    """The marks rewritten (same length) into forms ``find_quote_spans`` reads: « word »
    with inner spaces, German „...“ and »...«."""
    if lang == "de":  # »...« points inwards in German
        paragraph = _LOW_HIGH.sub(lambda m: "“" + m.group(1) + "”", paragraph)
        paragraph = _GUILLEMETS_DE.sub(lambda m: "“" + m.group(1) + "”", paragraph)
        paragraph = paragraph.replace("„", "“")  # opened, not closed here (continued)
        if paragraph.lstrip().startswith("»"):
            paragraph = paragraph.replace("»", "“", 1)
    if lang in ("es", "pt"):
        dialogue = _DASH_DIALOGUE.match(paragraph)
        if dialogue:  # "—No nos queda otra opción —dijo X.": the dashes mark the quote
            start, close = dialogue.start("quote"), dialogue.end("quote")
            opening = " “" if paragraph[start] == " " else "“"  # "— Estamos ...", Portuguese
            quote = paragraph[start + 1 : close] if opening == " “" else paragraph[start:close]
            paragraph = opening + quote + "”," + paragraph[close + 2 :]
    if "«" in paragraph or "»" in paragraph:
        paragraph = _SPACED_OPEN.sub(lambda m: m.group(1) + "«", paragraph)
        paragraph = _SPACED_CLOSE.sub(lambda m: "»" + m.group(1), paragraph)
        # « le mot “crise” »: the inner quote becomes single so the outer one holds
        paragraph = _NESTED.sub(lambda m: m.group().replace("“", "‘").replace("”", "’"), paragraph)
    return paragraph


@dataclass(slots=True, frozen=True)
class _Person:
    start: int
    name: str
    gender: str | None
    subject: bool  # opens its sentence or clause, or spoke: what a pronoun most likely means


@dataclass(slots=True)
class _Article:
    lang: str
    body: str
    bounds: list[tuple[int, int]]
    spans: list[QuoteSpan]
    people: list[_Person] = field(default_factory=list)  # mentions in body order
    starts: list[int] = field(default_factory=list)
    genders: dict[str, str | None] = field(default_factory=dict)  # full name -> gender
    span_starts: list[int] = field(default_factory=list)
    span_ends: list[int] = field(default_factory=list)
    long_spans: list[QuoteSpan] = field(default_factory=list)  # quotes of 4+ words
    long_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.span_starts = [s.start for s in self.spans]
        self.span_ends = sorted(s.end for s in self.spans)
        self.long_spans = [s for s in self.spans if len(s.text.split()) > 3]
        self.long_starts = [s.start for s in self.long_spans]

    def inside(self, position: int) -> bool:
        """Inside a quotation (spans do not overlap: only the last one before can hold it)."""
        n = bisect_left(self.long_starts, position) - 1
        return n >= 0 and position < self.long_spans[n].end

    def add(self, start: int, name: str, gender: str | None, spoke: bool = False) -> None:
        if gender is not None or name not in self.genders:
            self.genders[name] = gender if gender is not None else self.genders.get(name)
        at = bisect_left(self.starts, start)
        if at < len(self.starts) and self.starts[at] == start:
            return
        self.starts.insert(at, start)
        self.people.insert(at, _Person(start, name, gender, spoke or self._opens_clause(start)))

    def _opens_clause(self, start: int) -> bool:
        """Only articles, roles and capitalised words before the name in its clause
        ("Le ministre de l'Économie Bruno X", "Dans sa ferme, Olivier X")."""
        before = self.body[max(0, start - 200) : start]
        clause = re.split(r"[.!?:;,(\n]\s", " " + before)[-1]
        words = clause.split()
        if 2 <= len(words) <= 3 and words[0].lower() in NOT_NAME_WORDS:
            return True  # "O avançado Nuno X", "Le navigateur Yves X": a descriptor
        return all(
            w[:1].isupper()
            or w.lower() in NOT_NAME_WORDS
            or w.lower()[:2] in _ELIDED
            or _is_role(self.lang, w)
            for w in clause.split()
        )

    def known(self, words: list[str]) -> str | None:
        """The full name of a person already named whose surname ends ``words``."""
        last = words[-1]
        for name in self.genders:
            parts = name.split()
            if len(parts) >= len(words) and parts[-len(words) :] == words and parts[-1] == last:
                return name
        return None

    def antecedent(self, gender: str | None, position: int) -> str | None:
        """The person a pronoun of ``gender`` stands for: of that gender rather than of
        unknown gender, a subject rather than an object, the latest rather than earlier."""
        high = bisect_left(self.starts, position)
        same: list[_Person] = []
        unsure: list[_Person] = []  # of unknown gender
        for person in reversed(self.people[:high]):
            if person.start < position - _LOOKBACK_CHARS:
                break
            if self.inside(person.start):
                continue
            known = self.genders.get(person.name)
            if gender is None or known == gender:
                same.append(person)
            elif known is None:
                unsure.append(person)
        for group in (same, unsure):
            if group:
                pick = next((p for p in group if p.subject), group[0])
                return None if self._thing_between(pick.start, position, gender) else pick.name
        return None

    def _thing_between(self, start: int, end: int, gender: str | None) -> bool:
        """A sentence between opens with a non-person subject the pronoun may stand for
        ("La société a publié ses comptes. « ... », a-t-elle indiqué")."""
        pattern = _THING_SUBJECTS[self.lang].get(gender) or _THING_SUBJECTS[self.lang][None]
        for found in pattern.finditer(self.body, start, end):
            noun = found["noun"]
            if _is_role(self.lang, noun) or self.inside(found.start()):
                continue
            if not _NAME_FOLLOWS.match(self.body, found.end()):
                return True  # "O avançado Nuno X" describes a person: no thing
        return False


def attribute_quotes_intl(
    paragraphs: list[str],
    spans: list[QuoteSpan],
    lang: str,
    accepts: Callable[[QuoteSpan, Attribution], bool],
) -> list[Attribution]:
    """One attribution per span, in order; a quote inherits only from an accepted one."""
    if not spans:
        return []
    body = "\n\n".join(paragraphs)
    article = _Article(lang, body, paragraph_bounds(paragraphs), spans)
    _register_people(article)
    cues = _CUES[lang]

    def find(span: QuoteSpan) -> Attribution | None:
        found = _inciso(article, cues, span) or _after(article, cues, span)
        return found or _before(article, cues, span) or _colon_before(article, cues, span)

    return attribute_in_turn(spans, find, accepts)


def _register_people(article: _Article) -> None:
    """People named outside quotes by given name or title; then every later surname."""
    for run in _RUN.finditer(article.body):
        if article.inside(run.start()):
            continue
        person = _person(article, run, explicit_slot=False)
        if person is not None:
            article.add(run.start(), *person)
    for name in list(article.genders):
        surname = name.split()[-1]
        for found in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", article.body):
            if not article.inside(found.start()):
                article.add(found.start(), name, article.genders[name])


def _person(
    article: _Article, run: re.Match[str], explicit_slot: bool
) -> tuple[str, str | None] | None:
    """The person a capitalised run names, with gender, or None when unsure."""
    lang = article.lang
    words = run.group().split()
    before = article.body[max(0, run.start() - 40) : run.start()].split()[-4:]
    gender: str | None = None
    titled = False
    while words:  # roles, honorifics and sentence openers at the head of the run
        head = words[0]
        if head in HONORIFICS_INTL or _is_role(lang, head):
            titled = True
            gender = HONORIFICS_INTL[head] if head in HONORIFICS_INTL else _role_gender(lang, head)
            words = words[1:]
        elif head.lower().strip("'’") in NOT_NAME_WORDS or head.lower()[:2] in _ELIDED:
            words = words[1:]
        else:
            break
    if not words or any(
        w[0].isupper() and w.lower() in NOT_NAME_WORDS and (n == len(words) - 1 or w not in _INNER)
        for n, w in enumerate(words)
    ):
        return None
    if not titled and before:
        word = before[-1]
        near = before if lang != "de" else before[-1:]  # "ministre de l'Économie Bruno X"
        if word in HONORIFICS_INTL:
            titled, gender = True, HONORIFICS_INTL[word]
        elif any(_is_role(lang, w) for w in near) and (_is_role(lang, word) or len(words) >= 2):
            # (one word after the role's complement names a ministry or a place: "Segundo o
            # ministro das Cidades", "le président de la République")
            titled = True
            gender = _role_gender(lang, word) if _is_role(lang, word) else None
            if gender is None and lang != "de" and any(w in _FEMININE_ARTICLES[lang] for w in near):
                gender = "f"
    first = words[0].lower()
    for n, word in enumerate(words[:-1]):
        if word.lower() in FIRST_NAMES or word.lower() in FIRST_NAMES_INTL:
            words, first = words[n:], word.lower()  # "la République Emmanuel Macron"
            break
    known = article.known(words)
    given = first in FIRST_NAMES or first in FIRST_NAMES_INTL
    if gender is None and given:
        gender = "f" if first in FEMALE_FIRST_NAMES or first in FEMALE_FIRST_NAMES_INTL else "m"
    if known is not None:
        return known, gender
    name = " ".join(words)
    if len(words) >= 2 and (given or titled):
        return name, gender
    if titled and len(words) == 1 and words[0][0].isupper() and not words[0].endswith("."):
        return name, gender
    slot = explicit_slot or _role_apposition_after(article, run.end())
    if lang != "de" and 2 <= len(words) <= 4 and slot:
        return name, gender
    return None


def _role_apposition_after(article: _Article, end: int) -> bool:
    """ "Karim Benali, ancien directeur d'école," : a role within three words of a comma."""
    after = article.body[end : end + 60]
    if not after.startswith(","):
        return False
    words = re.findall(r"[^\W\d_][\w-]*", after.split(",")[1])[:3]
    return any(_is_role(article.lang, w) for w in words)


def _is_role(lang: str, word: str) -> bool:
    if lang == "de":
        lower = word.lower()
        return word[:1].isupper() and any(lower.endswith(s) for s in ROLE_SUFFIXES_DE)
    return word.lower() in ROLES_INTL[lang]


def _role_gender(lang: str, word: str) -> str | None:
    """The gender a role word tells, when it tells one."""
    lower = word.lower()
    if lang == "de":
        for suffix, gender in ROLE_SUFFIXES_DE.items():
            if lower.endswith(suffix):
                return gender
        return None
    return ROLES_INTL[lang].get(lower)


def _name_in(article: _Article, start: int, end: int, prefer_last: bool) -> str | None:
    """The person named in ``body[start:end]``, split at commas (appositions)."""
    text = article.body[start:end]
    segments, offset = [], start
    for segment in text.split(","):
        segments.append((offset, offset + len(segment)))
        offset += len(segment) + 1
    order = reversed(segments) if prefer_last else iter(segments[:2])
    for seg_start, seg_end in order:
        runs = list(_RUN.finditer(article.body, seg_start, seg_end))
        for run in reversed(runs) if prefer_last else runs:
            if _COMPLEMENT[article.lang].search(article.body, max(0, run.start() - 6), run.start()):
                continue  # "El informe de Ignacio X", "der Sprecher von Anna X": not the subject
            person = _person(article, run, explicit_slot=True)
            if person is not None:
                article.add(run.start(), *person, spoke=True)
                return person[0]
    return None


def _pronoun(article: _Article, pronoun: str, position: int) -> Attribution:
    gender = PRONOUNS_INTL[article.lang].get(pronoun.lower())
    return Attribution(article.antecedent(gender, position), explicit=True)


def _after(article: _Article, cues: _Cues, span: QuoteSpan) -> Attribution | None:
    end = _sentence_end(article, span.end, article.bounds[span.paragraphs[-1]][1])
    window = article.body[span.end : end]
    inverted = cues.pronoun_after.match(window)
    if inverted:
        return _pronoun(article, inverted["p1"] or inverted.groupdict().get("p2") or "", span.start)
    found = cues.verb_after.match(window) or cues.according.match(
        window, len(window) - len(window.lstrip(" ,—–-\n"))
    )
    if found:
        rest_at = span.end + found.start("rest")
        name = _name_in(article, rest_at, end, prefer_last=False)
        if name is not None:
            return Attribution(name, explicit=True)
        if article.lang in _PRO_DROP_PREPOSITIONS and _pro_drop(article.lang, found["rest"]):
            return Attribution(article.antecedent(None, span.start), explicit=True)
        return Attribution(None, explicit=True)
    return None


def _inciso(article: _Article, cues: _Cues, span: QuoteSpan) -> Attribution | None:
    """The speaker set inside the quote between dashes or commas: «No vamos —dijo Vidal—,
    porque ...», « Les urgences, a-t-il reconnu, sont ... »."""
    body = article.body
    inner_start = span.start + 1
    inner = body[inner_start : span.end - 1]
    for delimiter in _INCISO_DELIMITER.finditer(inner):
        window = inner[delimiter.start() : delimiter.start() + 120]
        pronoun = cues.pronoun_after.match(window)
        if pronoun and window[pronoun.end() :].lstrip()[:1] in _INCISO_CLOSERS:
            return _pronoun(
                article, pronoun["p1"] or pronoun.groupdict().get("p2") or "", span.start
            )
        verb = cues.verb_after.match(window)
        if not verb:
            continue
        rest = verb["rest"]
        closer = _INCISO_DELIMITER.search(rest)
        if closer is None or re.search(r"[.!?]", rest[: closer.start()]):
            continue  # the verb phrase must close before the sentence ends
        rest_at = inner_start + delimiter.start() + verb.start("rest")
        name = _name_in(article, rest_at, rest_at + closer.start(), prefer_last=False)
        if name is not None:
            return Attribution(name, explicit=True)
        if article.lang in _PRO_DROP_PREPOSITIONS and _pro_drop(
            article.lang, rest[: closer.start()]
        ):
            return Attribution(article.antecedent(None, span.start), explicit=True)
    return None


def _pro_drop(lang: str, rest: str) -> bool:
    """The subject is dropped: ", dijo." or ", dijo a la prensa" or ", explicó en Sevilla"
    (a preposition right after the verb, and no role that could be the subject).
    """
    words = re.findall(r"[^\W\d_]+", rest)
    return not words or (
        words[0] in _PRO_DROP_PREPOSITIONS[lang]
        and not any(w.lower() in ROLES_INTL[lang] for w in words)
    )


def _before(article: _Article, cues: _Cues, span: QuoteSpan) -> Attribution | None:
    start = _sentence_start(article, span.start, article.bounds[span.paragraphs[0]][0])
    return _speaker_in(article, cues, start, span.start, span.start)


def _colon_before(article: _Article, cues: _Cues, span: QuoteSpan) -> Attribution | None:
    first = span.paragraphs[0]
    if not span.opens_paragraph or first == 0:
        return None
    prev_start, prev_end = article.bounds[first - 1]
    if not article.body[prev_start:prev_end].rstrip().endswith(":"):
        return None
    start = _sentence_start(article, prev_end - 1, prev_start)
    return _speaker_in(article, cues, start, prev_end, span.start)


def _speaker_in(
    article: _Article, cues: _Cues, start: int, end: int, quote_at: int
) -> Attribution | None:
    body = article.body
    verbs = list(cues.verb.finditer(body, start, end))
    if not verbs:
        according = cues.according.search(body, start, end)
        if according:
            name = _name_in(article, according.start("rest"), end, prefer_last=False)
            if name is not None:
                return Attribution(name, explicit=True)
        if body[start:end].rstrip().endswith(":"):
            return _colon_subject(article, start, end)
        return None
    verb = verbs[-1]
    subject = body[start : verb.start()]
    pronoun = cues.pronoun_before.search(subject) or cues.pronoun_first.match(
        body[verb.end() : end]
    )
    if pronoun:
        return _pronoun(article, pronoun["p"], quote_at)
    # The subject before the verb, else one after it ("Dann sagte Weber:").
    name = _name_in(article, start, verb.start(), prefer_last=True)
    name = name or _name_in(article, verb.end(), end, prefer_last=False)
    if name is not None:
        return Attribution(name, explicit=True)
    if article.lang in _PRO_DROP_PREPOSITIONS and not re.search(
        r"[^\W\d_]", re.sub(cues.fillers, "", subject)
    ):
        return Attribution(article.antecedent(None, quote_at), explicit=True)
    if re.fullmatch(r"\s*(?:que|dass)?\s*[:,]?\s*", body[verb.end() : end]):
        return Attribution(None, explicit=True)  # "Un porte-parole a ajouté : « ... »"
    return None


def _colon_subject(article: _Article, start: int, end: int) -> Attribution | None:
    """ "El alcalde, Enrique Soler, celebró la noticia: «...»": a sentence that introduces
    the quote with a colon speaks through its subject, a name that opens one of its
    comma-separated parts after articles and roles only ("Le rapport de Jean X" does not).
    """
    offset = start
    for segment in article.body[start:end].split(","):
        for run in _RUN.finditer(article.body, offset, offset + len(segment)):
            head = article.body[offset : run.start()].split()
            if not all(w.lower() in NOT_NAME_WORDS or _is_role(article.lang, w) for w in head):
                break  # a name after other words is no subject ("Le rapport de Jean X")
            person = _person(article, run, explicit_slot=True)
            if person is not None:
                article.add(run.start(), *person, spoke=True)
                return Attribution(person[0], explicit=True)
        offset += len(segment) + 1
    return None


def _sentence_start(article: _Article, position: int, floor: int) -> int:
    start = floor
    for match in _SENTENCE_END.finditer(article.body, floor, position):
        if not _is_abbreviation(article.body, match.start()):
            start = match.end()
    n = bisect_right(article.span_ends, position) - 1
    if n >= 0 and article.span_ends[n] >= floor:
        start = max(start, article.span_ends[n])  # the latest quote that closed before
    return start


def _sentence_end(article: _Article, position: int, ceiling: int) -> int:
    end = ceiling
    for match in _SENTENCE_END.finditer(article.body, position, ceiling):
        if not _is_abbreviation(article.body, match.start()):
            end = match.end()
            break
    n = bisect_left(article.span_starts, position)
    if n < len(article.span_starts) and article.span_starts[n] < end:
        end = article.span_starts[n]  # the first quote that opens after
    return end


def _is_abbreviation(body: str, dot: int) -> bool:
    word = re.search(r"(\w+)$", body[max(0, dot - 5) : dot])
    if not word:
        return False
    letters = word.group(1)
    return (len(letters) == 1 and letters.isupper()) or letters.lower() in _ABBREVIATIONS
