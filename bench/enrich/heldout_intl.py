"""Held-out made-up French, Spanish and German articles (see ``articles_intl.py``).

Written after the rules and never used to tune them; bench-enrich reports them apart.
Every name and quote is invented.
"""

from __future__ import annotations

from typing import Any

NB = "\u00a0"

INTL_HELDOUT: list[dict[str, Any]] = [
    {
        "id": "fr-heldout-greve",
        "language": "fr",
        "title": "Grève à la SNCF : le trafic fortement perturbé jeudi",
        "paragraphs": [
            "Le trafic ferroviaire sera fortement perturbé jeudi en raison d'une grève nationale, a annoncé la direction de l'entreprise mercredi soir.",
            f"«{NB}Nous demandons simplement que les salaires suivent l'inflation, rien de plus{NB}», a expliqué Laurent Mercier, secrétaire général du syndicat des cheminots.",
            f"La ministre des Transports, Élodie Garnier, a appelé au dialogue. «{NB}La porte de mon bureau reste ouverte, mais on ne négocie pas sous la menace{NB}», a-t-elle déclaré sur une radio.",
            f"Du côté des usagers, la colère monte. «{NB}C'est la troisième fois ce mois-ci que je dois poser un jour de congé pour rien{NB}», témoigne Nathalie Perrin, infirmière à Créteil.",
            f"La direction parle d'un mouvement «{NB}disproportionné{NB}».",
        ],
        "quotes": [
            {
                "text_starts": "Nous demandons simplement",
                "speaker": "Laurent Mercier",
                "paragraphs": [1],
            },
            {
                "text_starts": "La porte de mon bureau",
                "speaker": "Élodie Garnier",
                "paragraphs": [2],
            },
            {
                "text_starts": "C'est la troisième fois",
                "speaker": "Nathalie Perrin",
                "paragraphs": [3],
            },
        ],
        "not_quotes": ["disproportionné"],
    },
    {
        "id": "fr-heldout-portrait",
        "language": "fr",
        "title": "Rencontre avec un apiculteur qui a sauvé ses ruches",
        "paragraphs": [
            "Dans sa ferme du Jura, Olivier Charpentier élève des abeilles depuis trente ans. L'hiver dernier, il a perdu la moitié de ses colonies.",
            "Il raconte, les mains encore collantes de miel :",
            f"«{NB}Quand j'ai ouvert les ruches en mars, il n'y avait plus rien. Des milliers d'abeilles mortes au fond des cadres.",
            f"«{NB}J'ai failli tout arrêter. Ce sont mes enfants qui m'ont convaincu de recommencer.{NB}»",
            f"Sa fille, Camille Charpentier, s'occupe désormais de la vente. «{NB}On a appris à diversifier, à ne plus dépendre d'une seule récolte{NB}», explique-t-elle.",
            f"Pour les scientifiques, ce «{NB}syndrome{NB}» reste mal compris.",
        ],
        "quotes": [
            {
                "text_starts": "Quand j'ai ouvert les ruches",
                "speaker": "Olivier Charpentier",
                "paragraphs": [2, 3],
            },
            {
                "text_starts": "On a appris à diversifier",
                "speaker": "Camille Charpentier",
                "paragraphs": [4],
            },
        ],
        "not_quotes": ["syndrome"],
    },
    {
        "id": "es-heldout-sequia",
        "language": "es",
        "title": "La sequía obliga a restringir el riego en el valle",
        "paragraphs": [
            "SEVILLA — La confederación hidrográfica anunció este lunes nuevas restricciones al riego ante el bajo nivel de los embalses.",
            "«Este año vamos a perder al menos la mitad de la cosecha de naranja», aseguró Fernando Ortiz, presidente de la asociación de regantes.",
            "El consejero de Agricultura, Manuel Pizarro, pidió calma a los agricultores. «Hemos pedido ayudas urgentes a Bruselas y confiamos en recibirlas antes del verano», explicó en Sevilla.",
            "Según la ingeniera Beatriz Salas, “las reservas actuales solo cubren tres meses de consumo normal”.",
            "Los ecologistas hablan de un «modelo agotado».",
        ],
        "quotes": [
            {
                "text_starts": "Este año vamos a perder",
                "speaker": "Fernando Ortiz",
                "paragraphs": [1],
            },
            {
                "text_starts": "Hemos pedido ayudas urgentes",
                "speaker": "Manuel Pizarro",
                "paragraphs": [2],
            },
            {"text_starts": "las reservas actuales", "speaker": "Beatriz Salas", "paragraphs": [3]},
        ],
        "not_quotes": ["modelo agotado"],
    },
    {
        "id": "es-heldout-entrevista",
        "language": "es",
        "title": "Una escritora gallega gana el premio de novela",
        "paragraphs": [
            "La escritora Nuria Castro ganó el jueves el premio nacional de novela con un libro sobre su abuela, una mariscadora de la ría.",
            "Castro dijo:",
            "«Escribí esta novela de noche, después de trabajar, durante casi seis años.",
            "«Mi abuela no sabía leer, pero fue ella quien me enseñó a contar historias.»",
            "Su editor, Andrés Gil, destacó la valentía del libro. «Es una voz que no se parece a ninguna otra en nuestra literatura», señaló.",
        ],
        "quotes": [
            {"text_starts": "Escribí esta novela", "speaker": "Nuria Castro", "paragraphs": [2, 3]},
            {
                "text_starts": "Es una voz que no se parece",
                "speaker": "Andrés Gil",
                "paragraphs": [4],
            },
        ],
        "not_quotes": [],
    },
    {
        "id": "de-heldout-bahn",
        "language": "de",
        "title": "Bahnstreik legt Fernverkehr lahm",
        "paragraphs": [
            "Ein Streik der Lokführer hat am Montag große Teile des Fernverkehrs lahmgelegt. Millionen Pendler mussten auf Busse und Autos umsteigen.",
            "„Wir streiken nicht gern, aber ohne Druck bewegt sich der Vorstand keinen Millimeter“, sagte Gewerkschaftschef Dieter Hahn in Frankfurt.",
            "Verkehrsministerin Katrin Vogel kritisierte den Ausstand scharf. „Ein Streik ohne Vorwarnung trifft vor allem die Menschen, die jeden Tag pendeln müssen“, sagte sie.",
            "Die Fahrgastverbände sprechen von einem „Chaos mit Ansage“. Nach Angaben der Bahn fielen rund achtzig Prozent der Züge aus.",
        ],
        "quotes": [
            {"text_starts": "Wir streiken nicht gern", "speaker": "Dieter Hahn", "paragraphs": [1]},
            {
                "text_starts": "Ein Streik ohne Vorwarnung",
                "speaker": "Katrin Vogel",
                "paragraphs": [2],
            },
        ],
        "not_quotes": ["Chaos mit Ansage"],
    },
    {
        "id": "de-heldout-interview",
        "language": "de",
        "title": "Bürgermeister will Innenstadt autofrei machen",
        "paragraphs": [
            "Der Oberbürgermeister von Heidelstadt, Jens Hartmann, will die Innenstadt bis 2028 weitgehend autofrei machen. Im Interview erklärte er:",
            "„Die Innenstadt gehört den Menschen und nicht den Parkplätzen. Wir haben das lange genug diskutiert.",
            "„Jetzt müssen wir handeln, sonst verlieren wir die Geschäfte an die Einkaufszentren am Stadtrand.“",
            "Der Handelsverband ist skeptisch. „Ohne Parkplätze kommen die Kunden aus dem Umland einfach nicht mehr“, sagte die Vorsitzende des Verbands.",
            "Die Grünen sprechen dagegen von einem „überfälligen Schritt“.",
        ],
        "quotes": [
            {
                "text_starts": "Die Innenstadt gehört den Menschen",
                "speaker": "Jens Hartmann",
                "paragraphs": [1, 2],
            },
            {"text_starts": "Ohne Parkplätze kommen", "speaker": None, "paragraphs": [3]},
        ],
        "not_quotes": ["überfälligen Schritt"],
    },
    # Second batch, written after the first batch's fix.
    {
        "id": "fr-heldout-tribunal",
        "language": "fr",
        "title": "Procès de l'incendie de Valmont : le propriétaire condamné",
        "paragraphs": [
            "Le tribunal correctionnel de Valmont a condamné mardi le propriétaire d'un immeuble incendié en 2021 à trois ans de prison, dont deux avec sursis.",
            f"«{NB}Mon client a toujours reconnu des négligences, mais il n'a jamais voulu la mort de quiconque{NB}», a réagi son avocat, Me Thomas Guérin, à la sortie de l'audience.",
            f"La procureure Isabelle Royer avait requis quatre ans ferme. Dans son réquisitoire, elle avait dénoncé «{NB}un marchand de sommeil{NB}».",
            f"Pour les familles des victimes, la peine reste trop légère. «{NB}Rien ne nous rendra nos proches, mais nous attendions un message plus fort de la justice{NB}», a confié Sandrine Lefebvre, dont la sœur est morte dans l'incendie.",
        ],
        "quotes": [
            {
                "text_starts": "Mon client a toujours reconnu",
                "speaker": "Thomas Guérin",
                "paragraphs": [1],
            },
            {
                "text_starts": "Rien ne nous rendra",
                "speaker": "Sandrine Lefebvre",
                "paragraphs": [3],
            },
        ],
        "not_quotes": ["un marchand de sommeil"],
    },
    {
        "id": "es-heldout-tecnologia",
        "language": "es",
        "title": "Una empresa valenciana de baterías anuncia una nueva fábrica",
        "paragraphs": [
            "VALENCIA — La empresa Voltia Energía anunció este miércoles la construcción de una fábrica de baterías que dará empleo a 800 personas.",
            "Su consejera delegada, Marta Llorens, presentó el proyecto en un acto con inversores. «Queremos demostrar que en España también se puede fabricar tecnología puntera», declaró.",
            "El alcalde de la localidad, Enrique Soler, celebró la noticia: «Es el día más importante para este pueblo en los últimos veinte años».",
            "Los sindicatos, sin embargo, piden garantías. “Hemos visto demasiados anuncios que luego se quedan en nada”, advirtió el secretario general de la federación del metal.",
            "Algunos vecinos hablan ya del «milagro de la batería».",
        ],
        "quotes": [
            {"text_starts": "Queremos demostrar", "speaker": "Marta Llorens", "paragraphs": [1]},
            {
                "text_starts": "Es el día más importante",
                "speaker": "Enrique Soler",
                "paragraphs": [2],
            },
            {"text_starts": "Hemos visto demasiados", "speaker": None, "paragraphs": [3]},
        ],
        "not_quotes": ["milagro de la batería"],
    },
    {
        "id": "de-heldout-wirtschaft",
        "language": "de",
        "title": "Autozulieferer streicht 2000 Stellen",
        "paragraphs": [
            "STUTTGART — Der Autozulieferer Krämer & Söhne streicht bis Ende 2026 rund 2000 Stellen in Deutschland. Das teilte das Unternehmen am Donnerstag mit.",
            "Vorstandschef Stefan Krämer begründete den Schritt mit der schwachen Nachfrage. „Wir können die Werke nicht länger mit Verlust betreiben, so bitter das für die Belegschaft ist“, sagte er.",
            "Die IG Metall kündigte Widerstand an. „Wir werden um jeden einzelnen Arbeitsplatz in diesem Konzern kämpfen“, sagte Bezirksleiterin Birgit Hoffmann.",
            "Die Landesregierung zeigte sich überrascht. Ein Sprecher des Wirtschaftsministeriums sprach von einem „harten Schlag“ für die Region.",
        ],
        "quotes": [
            {"text_starts": "Wir können die Werke", "speaker": "Stefan Krämer", "paragraphs": [1]},
            {"text_starts": "Wir werden um jeden", "speaker": "Birgit Hoffmann", "paragraphs": [2]},
        ],
        "not_quotes": ["harten Schlag"],
    },
    # Italian and Portuguese, written after their dev articles.
    {
        "id": "it-heldout-alluvione",
        "language": "it",
        "title": "Alluvione in Romagna, i sindaci chiedono fondi",
        "paragraphs": [
            "BOLOGNA — Dopo le piogge della settimana scorsa, i sindaci della Romagna chiedono al governo fondi immediati per la ricostruzione.",
            "«Abbiamo strade crollate e famiglie ancora fuori casa, non possiamo aspettare mesi», ha dichiarato il sindaco di Faenza, Luca Bartoli.",
            "La presidente della Regione, Francesca Moretti, ha annunciato un primo stanziamento. «Sono soldi che arriveranno entro due settimane ai comuni più colpiti», ha spiegato.",
            "Gli agricoltori parlano di «anno perduto».",
        ],
        "quotes": [
            {
                "text_starts": "Abbiamo strade crollate",
                "speaker": "Luca Bartoli",
                "paragraphs": [1],
            },
            {
                "text_starts": "Sono soldi che arriveranno",
                "speaker": "Francesca Moretti",
                "paragraphs": [2],
            },
        ],
        "not_quotes": ["anno perduto"],
    },
    {
        "id": "pt-heldout-futebol",
        "language": "pt",
        "title": "Treinador do Sporting de Braga: «Foi a vitória do grupo»",
        "paragraphs": [
            "O Sporting de Braga venceu no domingo por 3-0 e subiu ao segundo lugar do campeonato.",
            "No final do jogo, o treinador Tiago Mendes elogiou a equipa. «Foi a vitória do grupo, todos correram do primeiro ao último minuto», disse.",
            "O avançado Nuno Ferreira, autor de dois golos, dedicou a vitória à família. “Esta semana nasceu a minha filha e estes golos são para ela”, contou ele.",
            "Os adeptos já sonham com o «título».",
        ],
        "quotes": [
            {"text_starts": "Foi a vitória do grupo", "speaker": "Tiago Mendes", "paragraphs": [1]},
            {"text_starts": "Esta semana nasceu", "speaker": "Nuno Ferreira", "paragraphs": [2]},
        ],
        "not_quotes": ["título"],
    },
]
