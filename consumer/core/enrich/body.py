"""The enrichment stage: language always; quotes, entities, dates and keywords when enabled."""

from __future__ import annotations

import re

from consumer.contract import RawArticle
from consumer.core.enrich.dates import find_dates
from consumer.core.enrich.entities import find_mentions
from consumer.core.enrich.keywords import extract_keywords
from consumer.core.enrich.language import country_language, detect_body_language
from consumer.core.enrich.name_variants import fold_mentions
from consumer.core.enrich.quotes import QuoteSpan, find_quote_spans, looks_like_title
from consumer.core.enrich.speakers import Attribution, attribute_quotes
from consumer.core.enrich.speakers_intl import (
    QUOTE_LANGUAGES,
    attribute_quotes_intl,
    normalise_marks,
)
from consumer.core.enrich.tokens import read_paragraphs
from consumer.core.model import Enrichment, Extraction, Quote
from consumer.core.options import CoreOptions

# Longer bodies are read up to here (a 5 MB "article" is not prose worth analysing whole).
MAX_ANALYSED_CHARS = 200_000
# Languages whose cues the rules know.
RULE_LANGUAGES = frozenset({"en"})
# A quotation has at least this many words; shorter quoted phrases are scare quotes.
MIN_QUOTE_WORDS = 4
# A fragment (no capital start, no closing punctuation) needs a speaker and this many words.
MIN_FRAGMENT_WORDS = 6
_MIN_FUNCTION_WORD_SHARE = 0.12  # English news runs at 0.3-0.4
_MIN_WORDS_FOR_ENGLISH_CHECK = 30
_CLOSING_PUNCTUATION = tuple(".,!?…—–-:;")
_FULL_STOPS = tuple(".!?…")
_CLOSING_MARKS = " '\"’”»)]"  # a nested quote or bracket closing with the sentence
_OPENING_MARKS = "[(…. "  # '"[We] have agreed ..."', '"... and then we left"'
# A word as written in a quotation, marks around it ("well,", "'yes'", "don't", "U.S.").
_WORDISH = re.compile(r"[^\w]*[^\W\d_]+(?:['’.-][^\W\d_]+)*[^\w]*$")
# A reply this short counts when it opens its paragraph and names its speaker.
MIN_SHORT_REPLY_WORDS = 2


def enrich_body(extraction: Extraction, raw: RawArticle, options: CoreOptions) -> Enrichment:
    """Facts derived from the extracted paragraphs (and captions, for names and dates)."""
    paragraphs = extraction.paragraphs
    hint = extraction.declared_language or raw.language_hint
    language, warnings = detect_body_language(paragraphs, hint, country_language(raw.url))
    enrichment = Enrichment(language=language, warnings=warnings)
    if not options.enrich:
        return enrichment
    paragraphs = _analysed_part(paragraphs, enrichment.warnings)
    enrichment.dates_mentioned = find_dates([*paragraphs, *extraction.captions])
    other_language = language is not None and language not in RULE_LANGUAGES
    if other_language and language in QUOTE_LANGUAGES:
        enrichment.quotes = _quotes_intl(paragraphs, language)
        enrichment.warnings.append(
            f"entities and keywords cover English only; skipped for language {language!r}"
        )
        return enrichment
    read = None if other_language else read_paragraphs(paragraphs)
    if read is None or not _reads_as_english(read.words, read.function_words):
        # The cues (speech verbs, titles, stopwords) are English: elsewhere they would
        # invent speakers and keywords, so those fields stay empty and say why.
        enrichment.warnings.append(
            "quotes, entities and keywords cover English only; "
            f"skipped for language {language or 'unknown'!r}"
        )
        return enrichment

    mentions = find_mentions(paragraphs, extraction.captions, read.tokens, read.placements)
    folded = fold_mentions(mentions)
    spans = find_quote_spans(paragraphs)
    verdicts: list[bool] = []  # is_quotation of each span, as attribution asked it

    def accepts(span: QuoteSpan, who: Attribution) -> bool:
        verdicts.append(is_quotation(span, who))
        return verdicts[-1]

    attributions = attribute_quotes(paragraphs, spans, folded, mentions, accepts)
    enrichment.quotes = [
        Quote(text=span.text.rstrip(" ,—–-"), speaker=who.speaker, paragraphs=span.paragraphs)
        for span, who, verdict in zip(spans, attributions, verdicts, strict=True)
        if verdict
    ]
    enrichment.entities = folded.as_output()
    # The keyword items (and their keys) of the paragraphs joined by newlines, as
    # tokenising found them.
    enrichment.keywords = extract_keywords(
        paragraphs, extraction.title, options.max_keywords, read.items, read.keys
    )
    return enrichment


def _quotes_intl(paragraphs: list[str], language: str) -> list[Quote]:
    """Quotations with speakers by the cues of ``language`` (fr, es, de, it, pt)."""
    normalised = [normalise_marks(paragraph, language) for paragraph in paragraphs]
    spans = find_quote_spans(normalised)
    body = "\n\n".join(normalised)
    verdicts: list[bool] = []

    def accepts(span: QuoteSpan, who: Attribution) -> bool:
        # These languages put the comma or full stop after the closing mark ("...», dijo"):
        # a capitalised quote closed so and tied to a speech verb is a sentence too, as
        # long as an English one that ends with its own punctuation.
        verdicts.append(
            is_quotation(span, who)
            or (
                who.explicit
                and span.text[:1].isupper()
                and body[span.end : span.end + 4].lstrip()[:1] in (",", ".")
                and len(span.text.split()) >= MIN_QUOTE_WORDS
            )
        )
        return verdicts[-1]

    attributions = attribute_quotes_intl(normalised, spans, language, accepts)
    return [
        Quote(text=span.text.rstrip(" ,—–-"), speaker=who.speaker, paragraphs=span.paragraphs)
        for span, who, verdict in zip(spans, attributions, verdicts, strict=True)
        if verdict
    ]


def _analysed_part(paragraphs: list[str], warnings: list[str]) -> list[str]:
    """The leading paragraphs up to ``MAX_ANALYSED_CHARS``: a bound on the rules' work."""
    total = 0
    for n, paragraph in enumerate(paragraphs):
        total += len(paragraph) + 2
        if total > MAX_ANALYSED_CHARS:
            warnings.append(
                f"quotes, entities, dates and keywords read the first {n} of "
                f"{len(paragraphs)} paragraphs ({MAX_ANALYSED_CHARS} characters)"
            )
            return paragraphs[:n]
    return paragraphs


def _reads_as_english(words: int, function_words: int) -> bool:
    """English prose has a function word in every few words; other languages rarely do."""
    if words < _MIN_WORDS_FOR_ENGLISH_CHECK:
        return True
    return function_words >= _MIN_FUNCTION_WORD_SHARE * words


def is_quotation(span: QuoteSpan, who: Attribution) -> bool:
    """Real quotations, not scare quotes, titles or short phrases ('ramp up', 'long haul')."""
    pieces = span.text.split()
    words = len(pieces)
    # A piece of letters only is wordish (the pattern's letters are str.isalpha's): the
    # pattern is asked only when those are too few on their own (rarely, in a quote).
    if sum(map(str.isalpha, pieces)) * 2 < words and _wordish_count(pieces) * 2 < words:
        return False  # code, byte tables, scores: "'Α'U+0391 0x CE 91 – 'Ο'U+039F"
    if len(span.paragraphs) > 1 or (span.opens_paragraph and not span.closed):
        return words >= MIN_QUOTE_WORDS
    text = span.text.strip()
    ends_sentence = text.rstrip(_CLOSING_MARKS).endswith(_CLOSING_PUNCTUATION)
    if words < MIN_QUOTE_WORDS:
        # '"That's correct," Volker said.': a short reply that opens its paragraph and
        # a speech verb ties to a named speaker.
        return (
            words >= MIN_SHORT_REPLY_WORDS
            and span.opens_paragraph
            and ends_sentence
            and who.explicit
            and who.speaker is not None
        )
    if not who.explicit and looks_like_title(text):
        return False  # "Under the Copper Sky.", "Save Our Stages, Fund Our Future"
    if who.speaker is None and words < MIN_FRAGMENT_WORDS:
        return False  # an unattributed slogan or sign ("Bring a friend along.")
    if text.lstrip(_OPENING_MARKS)[:1].isupper() and ends_sentence:
        return True
    if not (who.explicit and words >= MIN_FRAGMENT_WORDS):
        return False
    # A fragment tied to its speaker, or a whole clause after "said in a statement that".
    return who.speaker is not None or text.rstrip(_CLOSING_MARKS).endswith(_FULL_STOPS)


def _wordish_count(pieces: list[str]) -> int:
    """How many of the pieces read as words ("well,", "'yes'", "don't", "U.S.")."""
    return sum(map(bool, map(_WORDISH.match, pieces)))
