"""Quotes with speakers in French, Spanish and German, on made-up paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from consumer.core.enrich.speakers_intl import normalise_marks
from consumer.core.model import Enrichment

Enrich = Callable[..., Enrichment]
NB = "\u00a0"
NNB = "\u202f"


def _found(result: Enrichment) -> list[tuple[str | None, list[int], str]]:
    return [(q.speaker, q.paragraphs, q.text[:20]) for q in result.quotes]


def test_marks_rewritten_with_same_length() -> None:
    for text, lang in [
        (f"Il a dit{NB}: «{NB}Nous partons demain matin{NNB}».", "fr"),
        ("Sie sagte: „Wir bleiben hier.“ Dann »ging sie«.", "de"),
    ]:
        assert len(normalise_marks(text, lang)) == len(text)
    assert normalise_marks("„Wir bleiben“, sagte er.", "de") == "“Wir bleiben”, sagte er."


def test_french_inverted_verb_with_role_and_no_break_spaces(enrich: Enrich) -> None:
    result = enrich(
        [
            "La région a voté mardi un budget en baisse pour la troisième année consécutive.",
            f"«{NB}Nous avons fait des choix difficiles mais nécessaires pour les lycées{NB}», "
            "a déclaré le président de la région Pierre Vautrin devant les élus.",
            f"Selon Hélène Fabre, élue de l'opposition, «{NNB}ce budget sacrifie les transports "
            f"scolaires en zone rurale{NNB}».",
        ],
        hint="fr",
    )
    assert result.language == "fr"
    assert _found(result) == [
        ("Pierre Vautrin", [1], "Nous avons fait des "),
        ("Hélène Fabre", [2], "ce budget sacrifie l"),
    ]
    assert any("entities and keywords cover English only" in w for w in result.warnings)
    assert not any(result.entities.values())


def test_french_pronouns_follow_gender_and_scare_quotes_are_dropped(enrich: Enrich) -> None:
    result = enrich(
        [
            "Le chercheur Mehdi Larbi et l'ingénieure Agnès Vial ont présenté leur prototype, "
            f"un «{NB}petit miracle{NB}» selon la presse locale.",
            f"«{NB}Il nous a fallu quatre ans pour réduire la consommation de moitié{NB}», "
            "a-t-elle expliqué.",
            f"«{NB}Le plus dur reste à faire, il faut maintenant trouver des investisseurs{NB}», "
            "ajoute-t-il.",
        ],
        hint="fr",
    )
    assert [(q.speaker, q.paragraphs) for q in result.quotes] == [
        ("Agnès Vial", [1]),
        ("Mehdi Larbi", [2]),
    ]


def test_french_quote_continued_over_paragraphs_after_colon(enrich: Enrich) -> None:
    result = enrich(
        [
            "Le navigateur Yves Le Goff est rentré à Brest après six mois en mer. Il raconte :",
            f"«{NB}Les dix derniers jours ont été les plus durs de ma vie de marin.",
            f"«{NB}Je n'avais plus d'eau douce et le pilote automatique était cassé.{NB}»",
        ],
        hint="fr",
    )
    assert [(q.speaker, q.paragraphs) for q in result.quotes] == [("Yves Le Goff", [1, 2])]


def test_spanish_verbs_segun_and_dropped_subject(enrich: Enrich) -> None:
    result = enrich(
        [
            "El Ayuntamiento aprobó el jueves el nuevo plan de movilidad para el centro histórico.",
            "«Queremos calles para caminar y no para aparcar», dijo la alcaldesa, Pilar Domínguez.",
            "Según Raúl Navarro, portavoz de los comerciantes, “el plan llega sin consultar a "
            "nadie del barrio”.",
            "Navarro criticó además los plazos. "
            "«Nos dan seis meses para adaptarnos a todo», señaló.",
            "Los vecinos lo ven como una «buena idea».",
        ],
        hint="es",
    )
    assert [(q.speaker, q.paragraphs) for q in result.quotes] == [
        ("Pilar Domínguez", [1]),
        ("Raúl Navarro", [2]),
        ("Raúl Navarro", [3]),
    ]


def test_german_names_need_given_name_title_or_pronoun(enrich: Enrich) -> None:
    result = enrich(
        [
            "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.",
            "„Wir investieren so viel wie nie zuvor in Schulen und Kitas“, sagte Kämmerer "
            "Uwe Brandt nach der Sitzung.",
            "„Diese Stadt lebt seit Jahren über ihre Verhältnisse und das rächt sich bald“, "
            "sagte Oppositionsführerin Heike Sommer.",
            "„Das ist ein Haushalt der verpassten Chancen für die ganze Region“, sagte sie.",
            "„Die Schulden der Stadt Köln wachsen jedes Jahr weiter und weiter“, sagte "
            "Stadtkasse Nord.",
        ],
        hint="de",
    )
    assert [(q.speaker, q.paragraphs) for q in result.quotes] == [
        ("Uwe Brandt", [1]),
        ("Heike Sommer", [2]),
        ("Heike Sommer", [3]),
        (None, [4]),
    ]


def test_german_guillemets_and_continued_low_quotes(enrich: Enrich) -> None:
    result = enrich(
        [
            "Die Trainerin des Vereins, Ulrike Mahler, sprach nach dem Spiel. Sie sagte:",
            "„Wir haben heute viel zu spät angefangen, Fußball zu spielen.",
            "„In der zweiten Halbzeit war die Mannschaft dann endlich wach.“",
            "Der Kapitän Lars Engel erklärte: »Wir müssen jetzt nach vorne schauen und weiter "
            "hart arbeiten.«",
        ],
        hint="de",
    )
    assert [(q.speaker, q.paragraphs) for q in result.quotes] == [
        ("Ulrike Mahler", [1, 2]),
        ("Lars Engel", [3]),
    ]


def test_other_languages_keep_the_old_warning(enrich: Enrich) -> None:
    result = enrich(
        [
            "„We hebben de hele nacht gewerkt om de weg weer open te krijgen”, zei burgemeester "
            "Jan de Vries tegen de verslaggevers op het plein vanochtend vroeg.",
        ],
        hint="nl",
    )
    assert result.quotes == []
    assert any("quotes, entities and keywords cover English only" in w for w in result.warnings)


def test_pronoun_that_may_stand_for_a_thing_gets_no_speaker(enrich: Enrich) -> None:
    result = enrich(
        [
            "La directrice Claire Morel a quitté le groupe en mars.",
            "La société a publié jeudi des résultats en forte baisse sur un an.",
            f"«{NB}Le marché européen reste très difficile pour tous les constructeurs{NB}», "
            "a-t-elle indiqué.",
        ],
        hint="fr",
    )
    assert [(q.speaker, q.paragraphs) for q in result.quotes] == [(None, [2])]


def test_german_plural_and_unknown_capitalised_words_name_no_one(enrich: Enrich) -> None:
    result = enrich(
        [
            "Ministerin Petra Lang besuchte am Montag das Werk in Kassel.",
            "„Wir haben Angst um unsere Arbeitsplätze und um unsere Familien“, sagten "
            "Beschäftigte Vor Ort.",
            "„Die Lage im Werk ist ernster als die Konzernleitung zugibt“, sagten sie.",
        ],
        hint="de",
    )
    assert all(q.speaker != "Petra Lang" for q in result.quotes)
    assert all(q.speaker is None for q in result.quotes)


def test_colon_after_a_sentence_speaks_through_its_subject_only(enrich: Enrich) -> None:
    result = enrich(
        [
            "El director del hospital, Ignacio Bravo, celebró la noticia: «Es la mejor inversión "
            "en sanidad que ha recibido esta provincia en veinte años».",
            "El informe de Ignacio Bravo y de su equipo lo resume así: «Faltan médicos en todas "
            "las comarcas del interior de la provincia».",
        ],
        hint="es",
    )
    assert [(q.speaker, q.paragraphs) for q in result.quotes] == [("Ignacio Bravo", [0])]


def test_pronoun_prefers_the_subject_over_a_later_object(enrich: Enrich) -> None:
    result = enrich(
        [
            "Le maire Julien Favre a reçu Gilles Roche à l'hôtel de ville. «\u00a0Nous avons "
            "parlé du stade pendant deux heures\u00a0», a-t-il déclaré.",
        ],
        hint="fr",
    )
    assert [q.speaker for q in result.quotes] == ["Julien Favre"]


def test_italian_role_apposition_and_dropped_subject(enrich: Enrich) -> None:
    result = enrich(
        [
            "«Il ponte sarà riaperto entro la fine di marzo, senza ulteriori ritardi», ha detto "
            "l'assessore ai Lavori pubblici, Davide Conti.",
            "Conti ha poi risposto alle critiche dei commercianti. «Sappiamo che per loro sono "
            "stati mesi difficili», ha aggiunto.",
        ],
        hint="it",
    )
    assert [(q.speaker, q.paragraphs) for q in result.quotes] == [
        ("Davide Conti", [0]),
        ("Davide Conti", [1]),
    ]


def test_portuguese_segundo_and_pronoun(enrich: Enrich) -> None:
    result = enrich(
        [
            "A presidente da câmara, Mariana Lopes, inaugurou a nova ponte sobre o rio.",
            "Segundo o engenheiro Rodrigo Pinto, «a obra ficou pronta dois meses antes do prazo "
            "previsto».",
            "«Esta ponte muda a vida de milhares de pessoas todos os dias», disse ela.",
        ],
        hint="pt",
    )
    assert [(q.speaker, q.paragraphs) for q in result.quotes] == [
        ("Rodrigo Pinto", [1]),
        ("Mariana Lopes", [2]),
    ]


def test_a_word_after_a_roles_complement_names_no_one(enrich: Enrich) -> None:
    result = enrich(
        [
            "Segundo o ministro das Cidades, os recursos virão de um fundo já existente. "
            "«Vamos chegar onde o mercado não chega», afirmou.",
            "De acordo com o presidente da República, a situação está sob controle. «O país está "
            "preparado para enfrentar a crise que se aproxima», disse.",
        ],
        hint="pt",
    )
    assert [q.speaker for q in result.quotes] == [None, None]


def test_speaker_set_inside_the_quote_and_nested_quotes(enrich: Enrich) -> None:
    result = enrich(
        [
            "El consejero de Sanidad, Alberto Ruano, visitó el hospital el viernes.",
            "«No vamos a cerrar ninguna planta este verano —dijo Ruano—, aunque falten "
            "enfermeras».",
        ],
        hint="es",
    )
    assert [(q.speaker, q.paragraphs) for q in result.quotes] == [("Alberto Ruano", [1])]
    result = enrich(
        [
            "La directrice de l'hôpital, Agnès Morin, a reçu la presse mardi à Rouen.",
            f"«{NB}Le mot “pénurie” n'est pas trop fort pour parler des urgences cet été{NB}», "
            "a-t-elle ajouté.",
            f"«{NB}Les lits, a-t-elle reconnu, manquent surtout la nuit et le week-end.{NB}»",
        ],
        hint="fr",
    )
    assert [(q.speaker, q.paragraphs) for q in result.quotes] == [
        ("Agnès Morin", [1]),
        ("Agnès Morin", [2]),
    ]
    assert result.quotes[0].text.startswith("Le mot ‘pénurie’ n'est pas trop fort")


def test_a_short_quote_tied_to_its_speaker_by_the_comma_after_the_mark(enrich: Enrich) -> None:
    # Five words, capitalised, the comma after the closing mark: a sentence, as in English
    # '"We have no choice left," she said.'
    result = enrich(
        [
            "Les dockers du port ont voté lundi une grève pour le mois prochain, faute "
            "d'accord sur les salaires avec la direction.",
            f"«{NB}Nous n'avons plus le choix{NB}», a déclaré la responsable syndicale Marie "
            "Dubois devant les grévistes.",
        ],
        hint="fr",
    )
    assert _found(result) == [("Marie Dubois", [1], "Nous n'avons plus le")]


def test_spanish_and_portuguese_dialogue_dashes(enrich: Enrich) -> None:
    # A dash opens the quote and a dash before the lower-case speech verb closes it.
    spanish = enrich(
        [
            "Los estibadores del puerto votaron el lunes ir a la huelga el próximo mes por "
            "la falta de acuerdo salarial con la empresa.",
            "—No nos queda otra opción —dijo la líder sindical María Sánchez.",
            "La reunión —que duró tres horas— terminó sin acuerdo entre las partes.",
        ],
        hint="es",
    )
    assert _found(spanish) == [("María Sánchez", [1], "No nos queda otra op")]
    portuguese = enrich(
        [
            "O governo federal anunciou nesta segunda-feira o novo valor do salário mínimo "
            "para o próximo ano, com aumento acima da inflação.",
            "— Estamos garantindo ganho real para milhões de trabalhadores — afirmou o "
            "ministro do Trabalho, Luiz Marinho.",
        ],
        hint="pt",
    )
    assert _found(portuguese) == [("Luiz Marinho", [1], "Estamos garantindo g")]


def test_brazilian_speech_verbs(enrich: Enrich) -> None:
    result = enrich(
        [
            "Os trabalhadores do porto aprovaram nesta segunda-feira uma greve para o próximo "
            "mês, após o fracasso das negociações salariais com a empresa.",
            '"Isso vai prejudicar os exportadores", alertou a economista Ana Costa.',
        ],
        hint="pt",
    )
    assert _found(result) == [("Ana Costa", [1], "Isso vai prejudicar ")]
