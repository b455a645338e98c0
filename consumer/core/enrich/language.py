"""Language of the body by py3langid (a model shipped inside the package, no download)."""

from __future__ import annotations

import functools

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Below these, the detector's verdict is too weak to override what the page says.
_MIN_WORDS = 12
_MIN_CONFIDENCE = 0.9


@functools.cache
def _identifier() -> LanguageIdentifier:
    """The packaged model, loaded once per process (static data)."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, hint: str | None) -> tuple[str | None, list[str]]:
    """ISO 639-1 code of ``text``, and warnings when a hint was wrong or unusable.

    The hint (page declaration or input field) is kept when the text is too short or the
    detector unsure; a confident detection that disagrees overrides it with a warning.
    """
    warnings: list[str] = []
    hinted = _normalise(hint)
    if hint and hinted is None:
        warnings.append(f"language hint {hint!r} is not an ISO 639-1 code; ignored")
    if len(text.split()) < _MIN_WORDS:
        return hinted, warnings
    code, confidence = _identifier().classify(text)
    if confidence < _MIN_CONFIDENCE:
        return hinted, warnings  # unsure: the hint, or nothing rather than a guess
    if hinted and hinted != code:
        warnings.append(f"language hint {hinted!r} overridden by detected {code!r}")
    return code, warnings


def _normalise(hint: str | None) -> str | None:
    """ "en-GB" -> "en"; anything that is not a two-letter code -> None."""
    if not hint:
        return None
    code = hint.strip().lower().replace("_", "-").split("-", 1)[0]
    return code if len(code) == 2 and code.isalpha() else None
