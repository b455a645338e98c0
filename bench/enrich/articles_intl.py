"""Made-up French, Spanish and German articles annotated for quotes and speakers.

Every name, organisation and quote is invented for this benchmark. Same scheme as
``articles.py`` (``quotes``: text start, speaker, 0-based paragraphs; ``not_quotes``:
scare quotes and short phrases), plus ``language``. Entities are not annotated: for
these languages only quotes are enriched. ``INTL_ARTICLES`` is the dev set the rules were
written against; ``heldout_intl.py`` holds the articles written afterwards.
"""

from __future__ import annotations

from typing import Any

NB = "\u00a0"  # French typography puts a no-break space inside « »
NNB = "\u202f"  # or a narrow one

INTL_ARTICLES: list[dict[str, Any]] = [
    {
        "id": "fr-wire-budget",
        "language": "fr",
        "style": "French wire, « » with no-break spaces, inverted 'a déclaré X'",
        "title": "Le gouvernement présente un plan d'économies de dix milliards",
        "paragraphs": [
            "PARIS (AFP) — Le gouvernement a présenté mercredi un plan d'économies de dix milliards d'euros, au lendemain d'une réunion tendue à Matignon.",
            f"«{NB}Nous ne toucherons ni aux retraites ni à l'école, c'est une promesse{NB}», a déclaré le ministre de l'Économie Bruno Lemaire devant la presse.",
            f"Selon Claire Dubois, économiste à la Banque de France, «{NNB}ce plan arrive trop tard pour rassurer les marchés cette année{NNB}».",
            f"Le maire de Lyon, Jean-Marc Castel, a dénoncé un «{NB}coup de rabot{NB}». Il a ajouté{NB}: «{NB}Les communes vont encore payer pour les erreurs de l'État.{NB}»",
            f"«{NB}Nous resterons vigilants sur chaque ligne du budget{NB}», déclare Mme Dubois.",
            "Le texte sera examiné par l'Assemblée nationale à partir du 12 novembre.",
        ],
        "quotes": [
            {"text_starts": "Nous ne toucherons", "speaker": "Bruno Lemaire", "paragraphs": [1]},
            {
                "text_starts": "ce plan arrive trop tard",
                "speaker": "Claire Dubois",
                "paragraphs": [2],
            },
            {
                "text_starts": "Les communes vont encore",
                "speaker": "Jean-Marc Castel",
                "paragraphs": [3],
            },
            {
                "text_starts": "Nous resterons vigilants",
                "speaker": "Claire Dubois",
                "paragraphs": [4],
            },
        ],
        "not_quotes": ["coup de rabot"],
    },
    {
        "id": "fr-interview-chef",
        "language": "fr",
        "style": "French long interview, quote continued over paragraphs, 'a-t-elle ajouté'",
        "title": "Une cheffe étoilée ferme son restaurant pour ouvrir une cantine",
        "paragraphs": [
            "À 44 ans, la cheffe Mathilde Roussel quitte la gastronomie. Son restaurant de Bordeaux, récompensé d'une étoile en 2019, fermera ses portes à la fin du mois.",
            f"Elle a expliqué sa décision à notre journal, dans sa cuisine encore pleine de casseroles{NB}:",
            f"«{NB}J'ai passé vingt ans à cuisiner pour une clientèle qui pouvait payer cent euros un dîner. Je ne regrette rien, mais je veux nourrir les enfants du quartier.",
            f"«{NB}La cantine ouvrira en septembre, avec des produits de la région et un menu unique à quatre euros.{NB}»",
            f"Son associé, Karim Benali, ancien directeur d'école, partage ce projet. «{NB}Mathilde a toujours cuisiné pour les autres, pas pour les guides{NB}», a-t-il confié.",
            f"«{NB}Je sais que certains parleront de folie, mais je n'ai jamais été aussi sereine{NB}», a-t-elle ajouté en souriant.",
        ],
        "quotes": [
            {
                "text_starts": "J'ai passé vingt ans",
                "speaker": "Mathilde Roussel",
                "paragraphs": [2, 3],
            },
            {
                "text_starts": "Mathilde a toujours cuisiné",
                "speaker": "Karim Benali",
                "paragraphs": [4],
            },
            {
                "text_starts": "Je sais que certains",
                "speaker": "Mathilde Roussel",
                "paragraphs": [5],
            },
        ],
        "not_quotes": [],
    },
    {
        "id": "fr-opinion-scare",
        "language": "fr",
        "style": "French opinion column, scare quotes, one attributed quote with 'selon'",
        "title": "La « sobriété », nouveau mot magique",
        "paragraphs": [
            f"Depuis deux ans, la «{NB}sobriété{NB}» est partout. On nous parle de «{NB}petits gestes{NB}», de «{NB}transition juste{NB}» et de «{NB}planification{NB}».",
            f"Mais derrière les mots, les chiffres restent têtus. Selon l'ingénieure Sophie Marchand, «{NB}la consommation d'énergie des ménages n'a baissé que de deux pour cent en réalité{NB}».",
            "Le débat mériterait mieux qu'un slogan. Il faudra bien un jour parler des prix, des logements mal isolés et des trains qui manquent.",
        ],
        "quotes": [
            {
                "text_starts": "la consommation d'énergie",
                "speaker": "Sophie Marchand",
                "paragraphs": [1],
            },
        ],
        "not_quotes": ["sobriété", "petits gestes", "transition juste", "planification"],
    },
    {
        "id": "es-wire-vivienda",
        "language": "es",
        "style": "Spanish wire, «» and “”, 'dijo la presidenta X', pro-drop 'afirmó'",
        "title": "El Gobierno aprueba un plan de vivienda de cien mil pisos",
        "paragraphs": [
            "MADRID (EFE) — El Gobierno aprobó este martes un plan de vivienda que prevé construir cien mil pisos en cinco años.",
            "«Es el mayor esfuerzo público en vivienda desde los años ochenta», dijo la presidenta de la comunidad, Ana Ruiz, en rueda de prensa.",
            "Según Jorge Martín, portavoz de la oposición, “el plan llega tarde y sin financiación suficiente para nadie”.",
            "La ministra de Vivienda, Isabel Moreno, defendió la medida. «No vamos a dejar a nadie atrás en esta crisis», afirmó.",
            "Los inquilinos lo ven como una «buena noticia», aunque con cautela.",
        ],
        "quotes": [
            {"text_starts": "Es el mayor esfuerzo", "speaker": "Ana Ruiz", "paragraphs": [1]},
            {"text_starts": "el plan llega tarde", "speaker": "Jorge Martín", "paragraphs": [2]},
            {"text_starts": "No vamos a dejar", "speaker": "Isabel Moreno", "paragraphs": [3]},
        ],
        "not_quotes": ["buena noticia"],
    },
    {
        "id": "es-interview-futbol",
        "language": "es",
        "style": "Spanish interview, 'X explicó:' then quotes over paragraphs, 'señaló él'",
        "title": "El entrenador del Racing de Alcalá: «Nadie nos regaló nada»",
        "paragraphs": [
            "El Racing de Alcalá celebró el domingo su ascenso a Segunda División tras vencer 2-1 en casa. Su entrenador, Javier Ortega, llegó al club hace apenas un año.",
            "En una charla con este diario, Ortega explicó:",
            "«Cuando llegué, el vestuario estaba roto y la afición no creía en nadie. Trabajamos cada día con humildad.",
            "«Nadie nos regaló nada y por eso este ascenso sabe distinto a todos los demás.»",
            "El capitán, Sergio Vidal, también habló tras el partido. «Este equipo es una familia y lo hemos demostrado en el campo», aseguró Vidal.",
            "«Ahora toca disfrutar, pero el lunes volvemos al trabajo», añadió.",
        ],
        "quotes": [
            {"text_starts": "Cuando llegué", "speaker": "Javier Ortega", "paragraphs": [2, 3]},
            {
                "text_starts": "Este equipo es una familia",
                "speaker": "Sergio Vidal",
                "paragraphs": [4],
            },
            {"text_starts": "Ahora toca disfrutar", "speaker": "Sergio Vidal", "paragraphs": [5]},
        ],
        "not_quotes": [],
    },
    {
        "id": "es-opinion-scare",
        "language": "es",
        "style": "Spanish opinion, scare quotes in «» and “”",
        "title": "La «nueva normalidad» que nunca llegó",
        "paragraphs": [
            "Nos prometieron una «nueva normalidad» y nos dieron la misma precariedad de siempre con otro nombre. Hablan de “resiliencia”, de “cogobernanza” y de “escudo social”.",
            "La economista Lucía Herrera lo resumió mejor que nadie en el Congreso: «Los salarios reales siguen por debajo de los de hace quince años».",
            "Quizá sea hora de dejar los eslóganes y mirar las nóminas.",
        ],
        "quotes": [
            {"text_starts": "Los salarios reales", "speaker": "Lucía Herrera", "paragraphs": [1]},
        ],
        "not_quotes": ["nueva normalidad", "resiliencia", "cogobernanza", "escudo social"],
    },
    {
        "id": "de-wire-haushalt",
        "language": "de",
        "style": "German wire, „“ and »«, 'sagte Finanzminister X', 'sagte sie'",
        "title": "Bundesregierung beschließt Sparpaket",
        "paragraphs": [
            "BERLIN (dpa) — Die Bundesregierung hat am Mittwoch ein Sparpaket von zehn Milliarden Euro beschlossen.",
            "„Wir werden weder bei der Rente noch bei der Bildung kürzen“, sagte Finanzminister Markus Weber in Berlin.",
            "Die Opposition sprach von einem „Rasenmäher“. Ihre Sprecherin Anna Keller erklärte: »Die Kommunen zahlen am Ende die Zeche für diesen Haushalt.«",
            "„Das ist ein schwarzer Tag für die Städte und Gemeinden“, sagte sie.",
            "Der Verband der Industrie begrüßte das Paket. „Endlich spart der Staat auch einmal bei sich selbst“, sagte der Präsident des Verbands.",
        ],
        "quotes": [
            {"text_starts": "Wir werden weder", "speaker": "Markus Weber", "paragraphs": [1]},
            {"text_starts": "Die Kommunen zahlen", "speaker": "Anna Keller", "paragraphs": [2]},
            {
                "text_starts": "Das ist ein schwarzer Tag",
                "speaker": "Anna Keller",
                "paragraphs": [3],
            },
            {"text_starts": "Endlich spart der Staat", "speaker": None, "paragraphs": [4]},
        ],
        "not_quotes": ["Rasenmäher"],
    },
    {
        "id": "de-interview-klinik",
        "language": "de",
        "style": "German interview, continued „ over paragraphs, 'so X', noun-heavy sentences",
        "title": "Klinikchefin: Pflegekräfte am Limit",
        "paragraphs": [
            "Die Ärztliche Direktorin des Klinikums Nordstadt, Sabine Lorenz, warnt vor einem Zusammenbruch der Notaufnahmen im Winter. Im Gespräch mit unserer Zeitung sagte sie:",
            "„In manchen Nächten versorgen zwei Pflegekräfte vierzig Patienten. Das hält niemand auf Dauer durch.",
            "„Wir brauchen keine Applausrunden, sondern bessere Löhne und verlässliche Dienstpläne.“",
            "Auch der Betriebsrat schlägt Alarm. „Die Krankmeldungen haben sich seit dem Frühjahr verdoppelt“, so Betriebsratschef Thomas Brandt.",
            "Das Gesundheitsministerium kündigte Gespräche an. Die Kassen sprechen von einer „Kostenexplosion“.",
        ],
        "quotes": [
            {"text_starts": "In manchen Nächten", "speaker": "Sabine Lorenz", "paragraphs": [1, 2]},
            {
                "text_starts": "Die Krankmeldungen haben",
                "speaker": "Thomas Brandt",
                "paragraphs": [3],
            },
        ],
        "not_quotes": ["Kostenexplosion"],
    },
    {
        "id": "de-opinion-scare",
        "language": "de",
        "style": "German opinion, scare quotes, nouns that look like names",
        "title": "Die „Zeitenwende“ als Dauerzustand",
        "paragraphs": [
            "Seit Monaten ist von der „Zeitenwende“ die Rede, vom „Doppelwumms“ und vom „Deutschlandtempo“. Die Bürger Deutschlands warten noch immer auf neue Brücken.",
            "„Die Verwaltung Berlins arbeitet mit Formularen aus dem letzten Jahrhundert und Faxgeräten“, sagte Verkehrsexpertin Julia Schmitt bei einer Anhörung.",
            "Man muss kein Pessimist sein, um zu ahnen, wie die nächste Bilanz aussehen wird.",
        ],
        "quotes": [
            {
                "text_starts": "Die Verwaltung Berlins",
                "speaker": "Julia Schmitt",
                "paragraphs": [1],
            },
        ],
        "not_quotes": ["Zeitenwende", "Doppelwumms", "Deutschlandtempo"],
    },
    {
        "id": "it-wire-sciopero",
        "language": "it",
        "style": "Italian wire, «» , 'ha detto il ministro X', 'secondo X', dropped subject",
        "title": "Sciopero dei trasporti, treni e bus fermi in tutta Italia",
        "paragraphs": [
            "ROMA — Treni e autobus fermi venerdì in tutta Italia per lo sciopero nazionale dei trasporti proclamato dai sindacati di base.",
            "«Chiediamo soltanto contratti dignitosi e turni che permettano di vivere», ha detto il segretario del sindacato, Paolo Ferraro, davanti alla stazione Termini.",
            "Secondo la ministra dei Trasporti, Giulia Bianchi, «lo sciopero colpisce soprattutto i pendolari che non hanno alternative».",
            "Ferraro ha respinto le critiche. «Nessuno sciopera per divertimento, e la ministra lo sa bene», ha aggiunto.",
            "Molti viaggiatori parlano di una «giornata infernale».",
        ],
        "quotes": [
            {"text_starts": "Chiediamo soltanto", "speaker": "Paolo Ferraro", "paragraphs": [1]},
            {"text_starts": "lo sciopero colpisce", "speaker": "Giulia Bianchi", "paragraphs": [2]},
            {"text_starts": "Nessuno sciopera", "speaker": "Paolo Ferraro", "paragraphs": [3]},
        ],
        "not_quotes": ["giornata infernale"],
    },
    {
        "id": "it-interview-vino",
        "language": "it",
        "style": "Italian interview, quote continued over paragraphs after a colon, 'spiega lei'",
        "title": "La viticoltrice che ha salvato un vitigno dimenticato",
        "paragraphs": [
            "Sulle colline sopra Alba, Chiara Monti coltiva da quindici anni un vitigno che quasi nessuno ricordava più. Racconta:",
            "«Mio nonno ne teneva tre filari dietro casa e diceva che era il vino delle feste.",
            "«Quando è morto ho deciso di provarci sul serio, contro il parere di tutti.»",
            "Il suo enologo, Marco Rinaldi, è convinto del progetto. «Questo vino ha una freschezza che il mercato cerca da anni», dice Rinaldi.",
        ],
        "quotes": [
            {"text_starts": "Mio nonno ne teneva", "speaker": "Chiara Monti", "paragraphs": [1, 2]},
            {
                "text_starts": "Questo vino ha una freschezza",
                "speaker": "Marco Rinaldi",
                "paragraphs": [3],
            },
        ],
        "not_quotes": [],
    },
    {
        "id": "pt-wire-incendios",
        "language": "pt",
        "style": "Portuguese wire, “” and «», 'disse X', 'segundo X', dropped subject",
        "title": "Incêndios: Governo anuncia apoio de 50 milhões aos agricultores",
        "paragraphs": [
            "LISBOA — O Governo anunciou nesta terça-feira um apoio de 50 milhões de euros aos agricultores afetados pelos incêndios de agosto.",
            "“Ninguém vai ficar para trás, e os pagamentos começam já no próximo mês”, disse a ministra da Agricultura, Helena Cardoso, em Viseu.",
            "Segundo o presidente da associação de produtores, Rui Almeida, «o dinheiro chega tarde para quem perdeu tudo em poucas horas».",
            "Almeida criticou ainda a burocracia. «Os formulários são tão complicados que muitos idosos desistem», afirmou.",
            "Os autarcas falam de uma «tragédia anunciada».",
        ],
        "quotes": [
            {"text_starts": "Ninguém vai ficar", "speaker": "Helena Cardoso", "paragraphs": [1]},
            {"text_starts": "o dinheiro chega tarde", "speaker": "Rui Almeida", "paragraphs": [2]},
            {"text_starts": "Os formulários são", "speaker": "Rui Almeida", "paragraphs": [3]},
        ],
        "not_quotes": ["tragédia anunciada"],
    },
    {
        "id": "pt-opinion-scare",
        "language": "pt",
        "style": "Portuguese opinion, scare quotes, one attributed quote",
        "title": "A «transição digital» que esqueceu as pessoas",
        "paragraphs": [
            "Fala-se muito de “transição digital”, de “simplificação” e de “balcão único”. Mas quem vai a uma repartição continua a esperar horas.",
            "A economista Sofia Nunes resumiu bem o problema numa conferência em Coimbra: «Digitalizámos os formulários, mas não mudámos os processos que estão por trás deles».",
            "Talvez seja altura de ouvir quem está do outro lado do balcão.",
        ],
        "quotes": [
            {
                "text_starts": "Digitalizámos os formulários",
                "speaker": "Sofia Nunes",
                "paragraphs": [1],
            },
        ],
        "not_quotes": ["transição digital", "simplificação", "balcão único"],
    },
]
