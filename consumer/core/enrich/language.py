"""Language of the body by py3langid (a model shipped inside the package, no download)."""

from __future__ import annotations

import functools
import re
from itertools import chain

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from consumer.core.enrich.langid_walk import FastLanguageIdentifier
from consumer.core.scripts import word_count

# Below these, the detector's verdict is too weak to override what the page says.
_MIN_WORDS = 12
_MIN_CONFIDENCE = 0.9
# The detector costs about 0.1 ms per 1000 characters even with its walk vectorised
# (langid_walk), so a long body is judged on a sample spread over it. On 972 article
# bodies (scrapinghub and wcxb dev sets) a 1000-character sample gave the same answer as
# the whole body every time; where the sample leaves the detector unsure (tables, product
# lists), a larger one decides.
SAMPLE_CHARS = 1_000
FALLBACK_SAMPLE_CHARS = 20_000


@functools.cache
def _identifier() -> LanguageIdentifier:
    """The packaged model, loaded once per process (static data). Its byte walk is
    vectorised when the model allows it (same results); if even the subclass cannot be
    built (another py3langid), the package's identifier as it is.
    """
    try:
        return FastLanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    except (AttributeError, TypeError, ValueError):
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, hint: str | None) -> tuple[str | None, list[str]]:
    """ISO 639-1 code of ``text``, and warnings when a hint was wrong or unusable.

    The hint (page declaration or input field) is kept when the text is too short or the
    detector unsure; a confident detection that disagrees overrides it with a warning.
    """
    return _with_hint(_confident_code(text), hint)


def detect_body_language(
    paragraphs: list[str], hint: str | None, country: str | None = None
) -> tuple[str | None, list[str]]:
    """``detect_language`` of the body, read on a sample of ``SAMPLE_CHARS`` characters;
    when the detector is unsure of the sample, on one of ``FALLBACK_SAMPLE_CHARS``.

    ``country`` is the language of the URL's country domain (``country_language``): like
    the hint, it only chooses between close relatives the detector cannot tell apart.
    """
    prefer = _normalise(hint) or country
    sample = language_sample(paragraphs)
    code = _confident_code(sample, prefer)
    if code is None:
        larger = language_sample(paragraphs, FALLBACK_SAMPLE_CHARS)
        if len(larger) > len(sample):
            code = _confident_code(larger, prefer)
    return _with_hint(code, hint)


def _confident_code(text: str, prefer: str | None = None) -> str | None:
    """The detected code, or None when the text is too short or the detector unsure;
    ``prefer`` (what the page or its domain says) where the verdict is a close relative.
    """
    # (Two CJK characters or four Thai letters count a word: a Thai or Chinese body of a
    # hundred words has a handful of spaces.)
    if word_count(text) < _MIN_WORDS:
        return None
    code, confidence = _identifier().classify(text)
    kin_of = _CLOSE_KIN.get(code)
    if confidence >= _MIN_CONFIDENCE and not (kin_of and prefer in kin_of):
        return str(code)
    if kin_of:
        # Indonesian and Malay, Croatian, Bosnian and Serbian share most words: the
        # detector splits its confidence between them ("id" 0.88, "ms" 0.12 on an
        # Indonesian news story); together they are sure, and the likelier one stands,
        # or the relative the page or its domain names: the model's Serbian is Cyrillic,
        # so a Serbian story in Latin reads "bs" 0.84, "sr" 0.03. Czech and Slovak, Danish
        # and Norwegian have letters of their own: the page's word counts only where the
        # detector hesitates.
        kin = sum(p for lang, p in _identifier().rank(text) if lang in kin_of)
        sure = confidence >= _MIN_CONFIDENCE
        page_says_kin = prefer in kin_of and confidence + kin >= _MIN_CONFIDENCE
        if page_says_kin and not (sure and code in _TOLD_BY_LETTERS):
            return str(prefer)
        if sure or (confidence + kin >= _MIN_CONFIDENCE and confidence > kin):
            return str(code)
    # Chinese shares its characters with Japanese, and the detector stays unsure of a
    # short Chinese body (0.72 on two sentences); where the script says the language, a
    # weaker verdict for that language stands.
    return str(code) if confidence >= _MIN_SCRIPT_CONFIDENCE and _script_says(code, text) else None


_MIN_SCRIPT_CONFIDENCE = 0.5
_CLOSE_KIN = {
    "id": frozenset({"ms"}),
    "ms": frozenset({"id"}),
    "hr": frozenset({"bs", "sr"}),
    "bs": frozenset({"hr", "sr"}),
    "sr": frozenset({"hr", "bs"}),
    "cs": frozenset({"sk"}),
    "sk": frozenset({"cs"}),
    "no": frozenset({"da", "nb", "nn"}),
    "nb": frozenset({"da", "no", "nn"}),
    "nn": frozenset({"da", "no", "nb"}),
    "da": frozenset({"no", "nb", "nn"}),
}
_TOLD_BY_LETTERS = frozenset({"cs", "sk", "no", "nb", "nn", "da"})
# The language of a country domain, where a close relative is spoken next door.
_COUNTRY_LANGUAGE = {
    "hr": "hr", "rs": "sr", "ba": "bs", "id": "id", "my": "ms", "bn": "ms", "cz": "cs",
    "sk": "sk", "no": "no", "dk": "da",
}  # fmt: skip

# A language its script tells: most letters in that script (Japanese: some kana at least).
_SCRIPT_OF = {
    "zh": re.compile(r"[\u3400-\u9fff]"),
    "ko": re.compile(r"[\uac00-\ud7af]"),
    "el": re.compile(r"[\u0370-\u03ff]"),
    "he": re.compile(r"[\u0590-\u05ff]"),
    "th": re.compile(r"[\u0e00-\u0e7f]"),
}
_KANA = re.compile(r"[\u3040-\u30ff]")
_LETTER = re.compile(r"[^\W\d_]")
# Scripts several languages share tell one of them by the letters the others lack: Arabic
# is written with the 28 letters alone (Persian, Urdu, Pashto, Kurdish add پ چ ژ گ ی ے ...
# from the extended range, and their own digits); Russian is written with its 33 letters
# alone (Ukrainian, Belarusian, Serbian, Kazakh ... add і ї ў ђ ә ...) and has ы or э,
# which Bulgarian and Macedonian lack.
_SHARED_SCRIPT = {
    "ar": (re.compile(r"[\u0620-\u064a]"), re.compile(r"[\u0671-\u06d3\u06f0-\u06f9]")),
    "ru": (re.compile(r"[\u0400-\u04ff]"), re.compile(r"[\u0400\u0402-\u040f\u0450\u0452-\u04ff]")),
}
_RUSSIAN_ONLY = re.compile(r"[ыэ]", re.I)


def _script_says(code: str, text: str) -> bool:
    sample = text[:SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    if code == "ja":
        return len(_KANA.findall(sample)) * 10 >= letters
    if code in _SHARED_SCRIPT:
        shared, others_letters = _SHARED_SCRIPT[code]
        if others_letters.search(sample) or (code == "ru" and not _RUSSIAN_ONLY.search(sample)):
            return False
        return len(shared.findall(sample)) * 2 > letters
    script = _SCRIPT_OF.get(code)
    if script is None or (code == "zh" and _KANA.search(sample)):
        return False  # (kana in Han text: Japanese)
    return len(script.findall(sample)) * 2 > letters


def _with_hint(code: str | None, hint: str | None) -> tuple[str | None, list[str]]:
    """The detected code over the hint (with a warning when they differ), else the hint."""
    warnings: list[str] = []
    hinted = _normalise(hint)
    if hint and hinted is None:
        warnings.append(f"language hint {hint!r} is not an ISO 639-1 code; ignored")
    if code is None:
        return hinted, warnings  # unsure: the hint, or nothing rather than a guess
    if hinted and hinted != code:
        warnings.append(f"language hint {hinted!r} overridden by detected {code!r}")
    return code, warnings


def language_sample(paragraphs: list[str], limit: int = SAMPLE_CHARS) -> str:
    """About ``limit`` characters of the body for ``detect_language``: the whole body when it
    is short, else every k-th paragraph from the first (then the ones between), so the
    sample reaches past a lead of datelines or bylines into the prose.
    """
    total = sum(len(paragraph) + 2 for paragraph in paragraphs)
    if total <= limit:
        return "\n\n".join(paragraphs)
    step = max(1, round(total / limit))
    # A generator: a body of many short paragraphs is not walked past the sample.
    ordered = chain(paragraphs[::step], (p for n, p in enumerate(paragraphs) if n % step))
    parts: list[str] = []
    taken = 0
    for paragraph in ordered:
        if taken >= limit:
            break
        parts.append(paragraph[: limit - taken])
        taken += len(paragraph) + 2
    return "\n\n".join(parts)


def _normalise(hint: str | None) -> str | None:
    """ "en-GB" -> "en"; anything that is not a two-letter code -> None."""
    if not hint:
        return None
    code = hint.strip().lower().replace("_", "-").split("-", 1)[0]
    return code if len(code) == 2 and code.isalpha() else None


def country_language(url: str | None) -> str | None:
    """The language of the URL's country domain among those with close relatives
    ("https://x.rs/..." -> "sr"), else None. A hint for ``detect_body_language`` only.
    """
    if not url:
        return None
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return _COUNTRY_LANGUAGE.get(host.rsplit(".", 1)[-1].lower())
