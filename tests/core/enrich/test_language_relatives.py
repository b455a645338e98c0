"""Close relatives the detector cannot tell apart: the page's language or its country
domain chooses (made-up copies)."""

from __future__ import annotations

from consumer.core.enrich.language import country_language, detect_body_language

_SERBIAN_LATIN = [
    "Vlada Srbije usvojila je danas nacrt zakona o budžetu za narednu godinu, saopštio je "
    "ministar finansija na konferenciji za novinare u Beogradu. Deficit je planiran na nivou "
    "od 2,5 odsto bruto domaćeg proizvoda.",
    "Opozicija je ocenila da budžet ne odgovara potrebama građana i da je zaduživanje "
    "preveliko. Skupština će o predlogu raspravljati sledeće nedelje.",
]
_SLOVAK = [
    "Vláda v stredu schválila návrh rozpočtu verejnej správy na budúci rok. Deficit by mal "
    "klesnúť na 4,2 percenta hrubého domáceho produktu, uviedol minister financií.",
    "Podľa ministra sa zvýšia platy učiteľov a zdravotníkov o päť percent. Opozícia tvrdí, "
    "že rozpočet je nereálny.",
]


def test_country_language_of_a_url() -> None:
    assert country_language("https://www.novine-primer.rs/politika/x") == "sr"
    assert country_language("https://vijesti.example.hr:8080/a") == "hr"
    assert country_language("https://example.com/a") is None
    assert country_language(None) is None


def test_a_serbian_domain_names_serbian_in_latin() -> None:
    assert detect_body_language(_SERBIAN_LATIN, None, "sr") == ("sr", [])
    assert detect_body_language(_SERBIAN_LATIN, "sr-Latn", None) == ("sr", [])
    # without a word from the page, the detector's verdict is a relative
    assert detect_body_language(_SERBIAN_LATIN, None)[0] in {"bs", "hr"}


def test_letters_of_its_own_outweigh_a_relative_domain() -> None:
    # Slovak on a Czech domain: the detector is sure, and Slovak stands
    assert detect_body_language(_SLOVAK, None, "cs") == ("sk", [])
