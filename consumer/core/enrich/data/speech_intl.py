"""Speech cues of French, Spanish and German: verbs, "according to", pronouns, roles.

Each table is keyed by ISO 639-1 code. Verbs are the forms that attribute a quotation in
news copy (past participles after an auxiliary, simple past, present); roles are the
words that stand before a name ("le ministre", "la presidenta", "Finanzminister").
"""

from __future__ import annotations

# Finite forms and participles; an auxiliary ("a", "ha", "hat") may stand before them.
SPEECH_VERBS_INTL: dict[str, frozenset[str]] = {
    "fr": frozenset(
        """déclaré déclare dit affirmé affirme expliqué explique ajouté ajoute indiqué indique
        souligné souligne estimé estime assuré assure précisé précise poursuivi poursuit
        insisté insiste lancé lance confié confie martelé martèle prévenu prévient
        reconnu reconnaît annoncé annonce répondu répond raconté raconte rappelé rappelle
        averti avertit regretté regrette dénoncé dénonce commenté commente confirmé confirme
        résumé résume témoigné témoigne observé observe noté note jugé juge
        déclara affirma expliqua ajouta indiqua souligna estima assura précisa répondit""".split()
    ),
    "es": frozenset(
        """dijo afirmó declaró explicó aseguró señaló añadió agregó indicó subrayó destacó
        advirtió sostuvo apuntó comentó manifestó reconoció insistió precisó recalcó expresó
        relató contó respondió anunció admitió denunció lamentó criticó opinó concluyó
        dice afirma declara explica asegura señala añade agrega indica subraya destaca
        advierte sostiene apunta comenta manifiesta reconoce insiste precisa recalca cuenta
        responde anuncia admite denuncia lamenta critica opina concluye
        dicho afirmado declarado explicado asegurado señalado añadido agregado indicado
        subrayado destacado advertido sostenido apuntado comentado reconocido""".split()
    ),
    "de": frozenset(
        """sagte sagt erklärte erklärt betonte betont meinte meint warnte warnt kritisierte
        kritisiert bestätigte bestätigt versicherte versichert unterstrich unterstreicht
        ergänzte ergänzt erläuterte erläutert berichtete berichtet erzählte erzählt
        forderte fordert mahnte mahnt sagten gesagt erklärt betont""".split()
    ),
}

# Auxiliaries and adverbs that may stand between a subject and its verb ("a ensuite déclaré").
SPEECH_FILLERS_INTL: dict[str, frozenset[str]] = {
    "fr": frozenset("a avait aurait ont a-t-il a-t-elle encore aussi ensuite également déjà".split()),
    "es": frozenset("ha había habría han también luego después además ya".split()),
    "de": frozenset("hat hatte habe auch zudem außerdem dann später bereits".split()),
}

# "selon X", "según X", "so X": the name follows.
ACCORDING_TO_INTL: dict[str, tuple[str, ...]] = {
    "fr": ("selon", "d'après", "d’après"),
    "es": ("según",),
    "de": ("so",),
}

# Subject pronouns and the gender they point to.
PRONOUNS_INTL: dict[str, dict[str, str]] = {
    "fr": {"il": "m", "elle": "f"},
    "es": {"él": "m", "ella": "f"},
    "de": {"er": "m", "sie": "f"},
}

# Role words (lower case) before a name; the value is the gender they tell, if any.
ROLES_INTL: dict[str, dict[str, str | None]] = {
    "fr": {
        **dict.fromkeys(
            """ministre président porte-parole directeur maire secrétaire député sénateur juge
            procureur chef patron responsable avocat professeur économiste analyste entraîneur
            dirigeant fondateur pdg commissaire gouverneur chancelier premier délégué
            syndicaliste chercheur médecin docteur adjoint""".split(),
            None,
        ),
        **dict.fromkeys(
            """présidente directrice députée sénatrice procureure cheffe patronne avocate
            professeure entraîneuse dirigeante fondatrice chancelière première déléguée
            chercheuse adjointe""".split(),
            "f",
        ),
    },
    "es": {
        **dict.fromkeys(
            """ministro presidente portavoz director alcalde secretario diputado senador juez
            fiscal jefe abogado profesor economista analista entrenador fundador consejero
            delegado vicepresidente líder gobernador canciller comisario investigador médico
            doctor""".split(),
            None,
        ),
        **dict.fromkeys(
            """ministra presidenta directora alcaldesa secretaria diputada senadora jueza jefa
            abogada profesora entrenadora fundadora consejera delegada vicepresidenta
            gobernadora comisaria investigadora médica doctora""".split(),
            "f",
        ),
    },
    "de": {},  # German roles are capitalised compounds: see ROLE_SUFFIXES_DE
}

# German role nouns end with one of these ("Finanzminister", "Bundeskanzlerin").
ROLE_SUFFIXES_DE: dict[str, str | None] = {
    "ministerin": "f",
    "minister": None,
    "kanzlerin": "f",
    "kanzler": None,
    "präsidentin": "f",
    "präsident": None,
    "sprecherin": "f",
    "sprecher": None,
    "chefin": "f",
    "chef": None,
    "vorsitzende": None,
    "vorsitzender": None,
    "bürgermeisterin": "f",
    "bürgermeister": None,
    "direktorin": "f",
    "direktor": None,
    "leiterin": "f",
    "leiter": None,
    "abgeordnete": None,
    "senatorin": "f",
    "senator": None,
    "richterin": "f",
    "richter": None,
    "anwältin": "f",
    "anwalt": None,
    "professorin": "f",
    "professor": None,
    "ökonomin": "f",
    "ökonom": None,
    "trainerin": "f",
    "trainer": None,
    "gründerin": "f",
    "gründer": None,
    "geschäftsführerin": "f",
    "geschäftsführer": None,
    "staatssekretärin": "f",
    "staatssekretär": None,
    "ärztin": "f",
    "arzt": None,
}

# Honorifics before a name and the gender they tell.
HONORIFICS_INTL: dict[str, str | None] = {
    "M.": "m",
    "Mme": "f",
    "Mlle": "f",
    "Sr.": "m",
    "Sra.": "f",
    "Srta.": "f",
    "Herr": "m",
    "Frau": "f",
    "Dr.": None,
}

# Capitalised words that begin a sentence or name an institution, never a person's name.
NOT_NAME_WORDS = frozenset(
    """le la les l un une des du de et mais pour dans sur avec selon ce cette ces il elle
    nous vous ils elles on en au aux lors après avant depuis pendant puis
    el los las lo una unos unas del y pero para en con según este esta estos estas él ella
    nosotros ellos ellas al tras durante luego también
    der die das den dem des ein eine einer eines und aber für mit nach vor seit so laut
    er sie es wir ihr auch dann doch noch wie was wer
    république gouvernement économie intérieur assemblée sénat commission ministère
    gobierno congreso economía hacienda ministerio senado comisión
    bundestag regierung finanzen ministerium bundesregierung kommission""".split()
)

# Given names common in French, Spanish and German news not in the shared list.
FIRST_NAMES_INTL = frozenset(
    """lucía pilar sabine élodie hélène mathilde camille léa chloé manon amélie céline
    nathalie isabelle sandrine valérie véronique brigitte martine sylvie agnès clémence
    aurélie ségolène
    jean jean-luc jean-marc jean-pierre jean-paul jean-claude jacques philippe olivier
    nicolas julien mathieu thierry laurent stéphane gérald édouard benoît rémi raphaël
    yves hervé gilles bertrand arnaud cédric frédéric didier pascal
    javier sergio alejandro pablo álvaro íñigo jordi xavier raúl rubén andrés fernando
    gonzalo ignacio joaquín enrique santiago mercedes dolores montserrat rocío inés
    begoña nuria itziar ainhoa yolanda cristina beatriz lourdes guadalupe marisol
    ursula angela annalena friederike katrin ulrike heike birgit ingrid gudrun jutta
    karin renate petra claudia bärbel dagmar
    olaf friedrich markus christian robert lars hubertus boris karl-heinz hans-peter
    horst gerhard matthias stefan tobias florian lukas jonas niklas dieter günter uwe
    jens torsten dirk""".split()
)

FEMALE_FIRST_NAMES_INTL = frozenset(
    """lucía pilar sabine élodie hélène mathilde camille léa chloé manon amélie céline
    nathalie isabelle sandrine valérie véronique brigitte martine sylvie agnès clémence
    aurélie ségolène mercedes dolores montserrat rocío inés begoña nuria itziar ainhoa
    yolanda cristina beatriz lourdes guadalupe marisol ursula angela annalena friederike
    katrin ulrike heike birgit ingrid gudrun jutta karin renate petra claudia bärbel dagmar
    anne marie sophie ana maria maría anna carmen laura elena isabel teresa julia sara
    claire monique françoise catherine christine sandra martina""".split()
)
