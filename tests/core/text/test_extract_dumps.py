"""Whole made-up dumps in several styles and languages: what comes out of each."""

from __future__ import annotations

import pytest


def test_wire_copy_hard_wrapped(extract, dump):
    ext = extract(dump("wire_hardwrapped"))
    assert ext.title == "Heavy rains flood coastal towns as storm stalls over the bay"
    assert ext.authors == ["Maria Keller", "Tom Oduya"]
    assert ext.published_at == "2024-03-03T14:05:00+00:00"
    assert ext.modified_at == "2024-03-03T16:40:00+00:00"
    # Hard-wrapped lines are joined back into their paragraphs.
    assert ext.paragraphs[0].startswith("PORT ELLIS (Newswire) - Heavy rains flooded dozens")
    assert ext.paragraphs[0].endswith(
        "forcing hundreds of residents to leave their homes before dawn."
    )
    assert ext.paragraphs[2] == (
        '"We have never seen the water rise this fast," said Anna Brook, who runs a bakery '
        'near the harbour. "By six o\'clock the street was a river."'
    )
    assert len(ext.paragraphs) == 4  # the closing "(Reporting by ...)" credits leave
    assert ext.removed["share"] == 1 and ext.removed["advertisement"] == 1
    assert ext.removed["byline"] == 1 and ext.removed["timestamp"] == 1
    assert ext.removed["credit"] == 1
    assert all("Advertisement" not in p and "Share this" not in p for p in ext.paragraphs)


def test_german_aggregator_copy(extract, dump):
    ext = extract(dump("german_aggregator"))
    assert ext.title == "Bahnstreik legt Fernverkehr in ganz Deutschland lahm"
    assert ext.removed["repeated_title"] == 1
    assert ext.authors == ["Anna Müller"]
    assert ext.published_at == "2024-03-03"  # no zone given: the date only
    assert ext.captions == [
        "Ein leerer Bahnsteig im Hauptbahnhof, auf dem nur noch ein einzelner Zug steht (im Bild)"
    ]
    assert ext.removed["duplicate_caption"] == 1
    assert [p[:30] for p in ext.paragraphs] == [
        "Der Streik der Lokführergewerk",
        "Reisende mussten auf Busse und",
        "Die Gewerkschaft fordert mehr ",
    ]
    assert [(r.rel, r.title) for r in ext.related] == [
        ("related", "Warum die Tarifverhandlungen wieder gescheitert sind"),
        ("prev", "Neue Preise für das Deutschlandticket ab Mai"),
        ("next", "Flughafen Frankfurt meldet Rekord bei Passagierzahlen"),
    ]
    assert (ext.site, ext.publisher) == ("spiegel.de", "Der Spiegel")
    assert ext.removed["advertisement"] == 1 and ext.removed["share"] == 1


def test_french_full_page_with_cookie_banner(extract, dump):
    ext = extract(dump("french_cookie_page"))
    assert ext.title == "Le gouvernement présente un plan pour les énergies renouvelables"
    assert (ext.site, ext.publisher) == ("lemonde.fr", "Le Monde")
    assert ext.authors == ["Jean-Pierre Dupont"]
    assert ext.published_at == "2024-02-12"
    assert len(ext.paragraphs) == 3
    assert ext.paragraphs[0].startswith("Le gouvernement a présenté mardi un plan")
    assert not any("cookies" in p or "newsletter" in p or p == "Accueil" for p in ext.paragraphs)
    assert ext.removed["cookie"] >= 1
    assert ext.removed["newsletter"] == 1
    assert ext.removed["share"] >= 3
    assert ext.removed["copyright"] >= 1
    assert [r.title for r in ext.related if r.rel == "related"] == [
        "Grève dans les transports : ce qui change cette semaine",
        "Les prix de l'immobilier reculent pour la première fois depuis dix ans",
        "Le Tour de France partira de Florence en juin",
    ]


def test_spanish_msn_copy(extract, dump):
    ext = extract(dump("spanish_msn"))
    assert ext.title == "El Banco Central sube los tipos de interés por tercera vez este año"
    assert ext.republisher == "MSN"
    assert (ext.site, ext.publisher) == ("elpais.com", "El País")
    assert ext.authors == ["María López", "Juan Pérez"]
    assert ext.published_at is None
    assert ext.captions == [
        "La sede del Banco Central en la capital, donde se reunió el consejo este jueves "
        "(en la imagen)"
    ]
    assert len(ext.paragraphs) == 3
    assert ext.removed["repeated_title"] == 1
    assert ext.removed["read_more"] == 1
    assert ext.removed["advertisement"] == 1


def test_yahoo_copy_with_truncated_caption(extract, dump):
    ext = extract(dump("yahoo_copy"))
    assert ext.title == "City council approves new cycle lanes after long debate"
    assert ext.republisher == "Yahoo News"
    assert (ext.site, ext.publisher) == ("theguardian.com", "The Guardian")
    assert ext.authors == ["Jane Doe"]
    assert ext.published_at == "2024-03-02"
    assert ext.captions == [
        "Cyclists ride along a temporary lane on Market Street during a trial last summer"
    ]
    assert ext.removed["duplicate_caption"] == 2  # one exact copy, one cut with "..."
    assert [(r.rel, r.title, r.truncated) for r in ext.related] == [
        ("read_more", "Why the mayor changed her mind about parking fees", False)
    ]
    assert len(ext.paragraphs) == 4
    assert ext.paragraphs[-1].startswith('"This is a good day')


def test_title_hint_wins_and_all_copies_count(extract):
    text = (
        "Some Headline Here - Yahoo News\n\nSome Headline Here\n\n"
        "The body of the story is here and it is long enough to be prose for sure."
    )
    ext = extract(text, title_hint="Some Headline Here | MSN")
    assert ext.title == "Some Headline Here"
    assert ext.republisher == "MSN"
    assert ext.removed["repeated_title"] == 2
    assert ext.paragraphs == [
        "The body of the story is here and it is long enough to be prose for sure."
    ]


def test_url_gives_site_and_aggregator_url_gives_republisher(extract):
    body = "A long enough paragraph of the article so that something is kept in the body."
    ext = extract(f"Title of a story\n\n{body}", url="https://www.bbc.co.uk/news/uk-1")
    assert (ext.site, ext.publisher, ext.republisher) == ("bbc.co.uk", "BBC", None)
    ext = extract(f"Title of a story\n\n{body}", url="https://www.msn.com/en-gb/news/x")
    assert ext.republisher == "MSN" and ext.site is None


def test_a_title_naming_another_source_than_the_read_more_line_names_the_republisher(extract):
    text = (
        "Bahnstreik legt Fernverkehr lahm - Nachrichten heute\n\n"
        "Bahnstreik legt Fernverkehr lahm - Nachrichten heute\n\n"
        "Ein bundesweiter Streik hat am Donnerstag den Fernverkehr der Bahn weitgehend zum "
        "Erliegen gebracht, teilte das Unternehmen mit.\n\n"
        "Mehr von tagesspiegel.de lesen"
    )
    ext = extract(text)
    assert (ext.site, ext.republisher) == ("tagesspiegel.de", "Nachrichten heute")
    assert ext.title == "Bahnstreik legt Fernverkehr lahm"


def test_unknown_read_more_source_falls_back_to_bare_name(extract):
    text = (
        "A headline about something\n\nThe whole story is told in this one paragraph, "
        "which is long enough.\n\nread more from localgazette....."
    )
    ext = extract(text)
    assert ext.publisher == "localgazette" and ext.site is None
    assert ext.removed["read_more"] == 1


def test_the_sites_name_on_a_line_of_its_own_names_the_publisher(extract):
    text = (
        "Heatwave sets new records\n\nThe Example Post\n\nJon Henley\n\nJuly 1, 2026\n\n"
        "Temperatures topped 44C in southern Spain on Tuesday as a heatwave gripped much of "
        "southern Europe.\n\nGreece closed the Acropolis for the afternoon."
    )
    ext = extract(text, url="https://www.example-post.com/2026/07/01/heatwave")
    assert (ext.site, ext.publisher) == ("example-post.com", "The Example Post")
    # one word that spells the site's first label is a menu's item, no masthead
    other = extract(text.replace("The Example Post", "Sports"), url="https://sports.ab.com/a")
    assert other.publisher is None


def test_duplicated_sentence_paragraph_is_kept_once(extract):
    para = "The minister said the plan would be published next week, after talks with unions."
    more = "Another paragraph follows with more detail on it."
    text = f"Headline of the day\n\n{para}\n\n{para}\n\n{more}"
    ext = extract(text)
    assert ext.paragraphs.count(para) == 1
    assert ext.captions == []
    assert ext.removed["duplicate_paragraph"] == 1


def test_single_caption_like_line_with_marker(extract):
    text = (
        "Headline of the day\n\nThe first paragraph of the story tells what happened today.\n\n"
        "The mayor (pictured left) at the opening of the new bridge on Monday\n\n"
        "The second paragraph adds details and ends with a full stop as prose does."
    )
    ext = extract(text)
    assert ext.captions == ["The mayor (pictured left) at the opening of the new bridge on Monday"]
    assert len(ext.paragraphs) == 2


def test_a_line_saying_who_stands_where_is_a_caption(extract):
    # "(l.)", "(v. l.)", "(from left)": who stands where in a photo, no full stop after.
    captions = [
        "Jana Roth (l.) und Mira Falk vom Verein mit dem Bildhauer vor dem neuen Denkmal",
        "The mayor and two engineers (from left) at the opening of the bridge on Monday",
    ]
    text = (
        "Headline of the day\n\nThe first paragraph of the story tells what happened today.\n\n"
        f"{captions[0]}\n\n{captions[1]}\n\n"
        "The second paragraph adds details and ends with a full stop as prose does."
    )
    ext = extract(text)
    assert ext.captions == captions
    assert len(ext.paragraphs) == 2


def test_body_mentioning_pictured_with_full_stop_stays_a_paragraph(extract):
    para = "Mr Smith (pictured) said on Monday that he would not stand again at the election."
    ext = extract(f"A headline\n\n{para}\n\nMore text of the article follows in this paragraph.")
    assert para in ext.paragraphs and ext.captions == []


def test_italian_wire(extract, dump):
    ext = extract(dump("italian_wire"))
    assert ext.title == "Maltempo al Nord, scuole chiuse in Liguria e Piemonte"
    assert ext.authors == ["Marco Rossi"]
    assert ext.published_at == "2023-11-05"
    assert len(ext.paragraphs) == 2 and ext.paragraphs[0].startswith("GENOVA, 5 NOV - Le piogge")
    assert [(r.rel, r.title) for r in ext.related] == [
        ("related", "Allerta meteo, cosa fare in caso di alluvione"),
        ("next", "Sciopero dei treni venerdì, le fasce garantite"),
    ]
    assert ext.removed["advertisement"] == 1 and ext.removed["share"] == 1


def test_dailymail_style_header_and_footer(extract, dump):
    ext = extract(dump("dailymail_header"))
    assert ext.authors == ["John Smith"]
    assert ext.published_at == "2023-01-01T10:32:00+00:00"
    assert ext.modified_at == "2023-01-01T12:05:00+00:00"
    assert ext.captions == [
        "Rescuers carry the caver (pictured centre) out of the cave entrance on Sunday morning"
    ]
    assert len(ext.paragraphs) == 3
    assert ext.paragraphs[-1].startswith("'He had food and a good light")
    assert ext.removed["share"] == 2 and ext.removed["comments"] == 1


def test_no_break_and_zero_width_spaces(extract, dump):
    ext = extract(dump("nbsp_zero_width"))
    assert ext.title == "Prices rise again in the euro area"
    assert ext.paragraphs[0].startswith("Inflation in the euro area rose to 2.9 per cent")
    assert ext.paragraphs[0].endswith("after three months of slower growth.")
    text = "".join(ext.paragraphs)
    assert "\u00a0" not in text and "\u200b" not in text and not text.endswith(" ")
    assert ext.paragraphs[-1] == "The central bank’s next meeting is in December."


def test_mojibake_is_repaired(extract, dump):
    ext = extract(dump("mojibake"))
    assert ext.title == "Café owners protest against new rent rules"
    assert ext.paragraphs[1].startswith("“We cannot plan anything when the rent can double")
    assert any(w.startswith("mojibake_repaired:") for w in ext.warnings)


def test_single_newline_paragraphs(extract, dump):
    ext = extract(dump("single_newline_copy"))
    assert ext.title == "Regional airline orders twenty new electric planes"
    assert len(ext.paragraphs) == 3
    assert [(r.rel, r.title) for r in ext.related] == [
        ("related", "Why electric planes are still years away from long routes")
    ]


def test_first_line_that_is_a_sentence_is_not_a_title(extract):
    text = (
        "The council said on Monday that it would close the old library next year because "
        "repairs cost too much.\n\nA second paragraph follows here with more of the story."
    )
    ext = extract(text)
    assert ext.title is None
    assert len(ext.paragraphs) == 2


@pytest.mark.parametrize(
    ("site", "headline", "date", "story"),
    [
        (
            "Example News",
            "Schools closed in Lahore as smog reaches hazardous levels",
            "27 November 2026",
            "The Punjab government closed all schools in Lahore for a week after air "
            "pollution reached hazardous levels, officials said on Thursday.",
        ),
        (
            "示例新闻网",
            "上海地铁新线路下月开通",
            "2026年11月27日 10:30",
            "上海地铁十九号线将于下月底正式开通运营，全长约四十五公里，共设二十八座车站。",
        ),
    ],
)
def test_a_site_name_above_the_headline_and_its_date_is_no_title(
    extract, site, headline, date, story
):
    ext = extract(f"{site}\n{headline}\n{date}\n{story}\n{story}")
    assert ext.title == headline
    assert ext.paragraphs == [story]  # the copy of the story leaves as a duplicate
    assert ext.removed["boilerplate"] == 1  # the site's name


def test_a_menu_between_bars_over_the_headline_is_no_title(extract):
    # Five sections or more between bars, in a language the section lists lack.
    headline = "Vláda schválila stavbu nové dálnice na Moravě"
    story = [
        "Vláda ve středu schválila financování posledního úseku dálnice mezi Přerovem a "
        "Lipníkem nad Bečvou. Stavba má stát zhruba 9 miliard korun.",
        "Úsek dlouhý necelých patnáct kilometrů je jedním z posledních chybějících kusů "
        "dálniční sítě na Moravě.",
    ]
    menu = "Zprávy | Domácí | Zahraničí | Ekonomika | Sport | Kultura"
    ext = extract("\n".join((menu, headline, "26. listopadu 2026, 14:35", *story)))
    assert ext.title == headline
    assert ext.paragraphs == story
    assert ext.removed["navigation"] == 1


def test_a_title_between_bars_that_shares_the_storys_words_is_no_menu(extract):
    # A page's <title> of short parts between bars opens a full-page dump.
    story = [
        "A storm closed the harbour on Monday as winds of more than a hundred kilometres "
        "an hour reached the coast, the port authority said.",
        "Ferries will stay in port until Wednesday, when the winds are expected to ease.",
    ]
    first = "Harbour Storm | Local | News | Gazette | Portview"
    ext = extract("\n".join((first, *story)))
    assert "navigation" not in ext.removed
    assert ext.title is not None and ext.title.startswith("Harbour Storm")


def test_a_section_name_above_a_headline_shown_twice_is_no_title(extract):
    # A release's copy: the section's name, then the headline twice (first taken for a
    # caption and its copy), its source and date, then the release.
    headline = "Harbour Ferries Add Night Service Between Islands"
    text = (
        f"News Releases\n{headline}\n{headline}\nNews provided by\nIsland Ferries Ltd.\n"
        "Nov 24, 2026, 08:30 ET\n"
        "PORTVIEW, Nov. 24, 2026 -- Island Ferries Ltd. today added a night ferry service "
        "between the two islands, running every ninety minutes from 10 p.m. to 4 a.m.\n"
        "The harbour authority approved the timetable last week after a trial in October.\n"
    )
    ext = extract(text)
    assert ext.title == headline
    assert ext.captions == []
    assert ext.removed["repeated_title"] == 1 and "duplicate_caption" not in ext.removed
    assert ext.removed["boilerplate"] == 1  # the section's name


def test_a_headline_shown_twice_under_a_menu_of_unknown_words_is_the_title(extract):
    # Hungarian changes its words' endings: the lead repeats one of the headline's
    # three words ("Lánchidat", "Lánchíd"), too few to tell it by the lead alone.
    headline = "Bezárják a Lánchidat a hétvégén"
    story = [
        "A Lánchíd szombat reggeltől hétfő hajnalig teljesen le lesz zárva a "
        "gépjárműforgalom elől, mert a kivitelező a híd világítását cseréli.",
        "A gyalogosok a híd északi oldalán közlekedhetnek, a buszokat a Margit hídra terelik.",
    ]
    menu = "Címlap Belföld Külföld Gazdaság Sport Kultúra Vélemény"
    text = "\n".join(
        (menu, headline, headline, "Kovács Eszter", "2026. november 27. 09:12", *story)
    )
    ext = extract(text)
    assert ext.title == headline
    assert ext.paragraphs == story
    assert ext.captions == []


def test_a_section_name_between_the_site_name_and_the_headline_leaves(extract):
    headline = "'I write the ending first': novelist Ines Farrow on her new book"
    story = (
        "Ines Farrow's fourth novel, set in a fishing town in the 1970s, has been "
        "shortlisted for two prizes. We spoke to her about research and rewriting.",
        "Q: Where did the idea for the book come from?",
        "A: My grandmother ran a boarding house for fishermen, and I grew up on her stories.",
        "This interview has been edited and condensed for clarity.",
    )
    header = ("The Daily Ledger", "Home | World | Business | Culture | Opinion", "Culture")
    footer = (
        "Related",
        "Five debut novels to read this winter",
        "The booksellers keeping small towns alive",
        *("Share", "Facebook", "Twitter", "Email", "© 2026 The Daily Ledger"),
    )
    text = "\n".join((*header, headline, "By Tom Okafor", "November 25, 2026", *story, *footer))
    ext = extract(text)
    assert ext.title == headline
    assert ext.paragraphs == list(story)
    assert ext.authors == ["Tom Okafor"]


def test_the_headline_over_a_longer_standfirst_over_the_byline_is_the_title(extract):
    headline = "Inflação desacelera e fica abaixo da meta pela primeira vez em dois anos"
    standfirst = "Índice oficial subiu 0,21% em outubro; no acumulado de 12 meses, alta é de 2,9%"
    story = [
        "A inflação oficial do país desacelerou em outubro e ficou abaixo do centro da meta "
        "pela primeira vez desde 2024, informou nesta quinta-feira (27) o instituto.",
        "O resultado foi puxado principalmente pela queda nos preços dos alimentos e da "
        "energia elétrica, que recuaram pelo segundo mês seguido.",
        "Economistas avaliam que o dado abre espaço para novos cortes na taxa de juros.",
    ]
    header = ("Publicidade", "Economia", headline, standfirst)
    byline = ("Por Mariana Costa — São Paulo", "27/11/2026 09h15 Atualizado há 2 horas")
    footer = ("Leia também", "Dólar fecha em queda após dados de emprego nos EUA")
    ext = extract(
        "\n".join((*header, *byline, story[0], story[1], "Publicidade", story[2], *footer))
    )
    assert ext.title == headline
    assert ext.authors == ["Mariana Costa"]
    assert ext.paragraphs == story


def test_a_site_name_of_two_content_words_gives_way_to_the_headline_over_the_byline(extract):
    headline = "Grève des contrôleurs aériens : plus de 500 vols annulés ce vendredi"
    story = [
        "La Direction générale de l'aviation civile a demandé aux compagnies de réduire "
        "leurs vols au départ de Marseille en raison d'une grève des contrôleurs aériens.",
        "Plus de 500 vols devraient être annulés au cours de la journée.",  # "journ..."
    ]
    header = ("Le Journal du Sud", "Accueil > Actualités > Société", headline)
    byline = ("Par Camille Durand", "Publié le 27/11/2026 à 07h30", "Temps de lecture : 2 min")
    ext = extract("\n".join((*header, *byline, *story)))
    assert ext.title == headline
    assert ext.paragraphs == story
    assert ext.authors == ["Camille Durand"]


def test_a_short_headline_over_its_standfirst_stays_the_title(extract):
    text = (
        "Storm hits coast\nThousands without power after winds of 200 km/h\n"
        "27 November 2026\nA storm hit the coast on Thursday, leaving thousands of homes "
        "without power as winds reached 200 km/h, officials said.\n"
        "The storm is expected to move inland overnight, the weather service said.\n"
    )
    assert extract(text).title == "Storm hits coast"  # the story repeats its words


def test_own_headline_in_most_read_is_not_related(extract):
    text = (
        "Storm closes the harbour for two days\n\n"
        "The harbour was closed on Monday as a storm brought winds of more than a hundred "
        "kilometres an hour to the coast, the port authority said.\n\n"
        "Most read\nStorm closes the harbour for two days\nNew bakery opens in the old town"
    )
    ext = extract(text)
    assert [r.title for r in ext.related] == ["New bakery opens in the old town"]


def test_related_list_with_blank_lines_between_items(extract):
    body = "The harbour was closed on Monday as a storm brought strong winds to the coast."
    text = (
        f"Storm closes the harbour\n\n{body}\n\nRelated Articles\n\n"
        "New bakery opens in the old town\n\nCouncil approves the budget for next year\n\n"
        "Local team wins the regional cup final"
    )
    ext = extract(text)
    assert ext.paragraphs == [body]
    assert [r.title for r in ext.related] == [
        "New bakery opens in the old town",
        "Council approves the budget for next year",
        "Local team wins the regional cup final",
    ]
    assert ext.removed["related"] == 4


def test_gallery_numbering_and_photo_credits(extract):
    text = (
        "Royal couple visits flood-hit village\n\n"
        "Image 1 of 3: The couple speak to residents outside the village hall\n"
        "Image 2 of 3: The flooded main street on Monday\n"
        "The royal couple visited the flood-hit village on Tuesday and spoke to families "
        "whose homes were damaged.\n\n"
        "They thanked volunteers who had worked through the weekend to clear the streets.\n\n"
        "The couple speak to residents outside the village hall\n"
        "The flooded main street on Monday\n\n"
        "Pope Francis greets children at the camp on Sunday. (AP Photo/Jane Roe)\n\n"
        "Photo: Getty Images"
    )
    ext = extract(text)
    assert ext.captions == [
        "The couple speak to residents outside the village hall",
        "The flooded main street on Monday",
        "Pope Francis greets children at the camp on Sunday. (AP Photo/Jane Roe)",
    ]
    assert len(ext.paragraphs) == 2
    assert ext.removed["duplicate_caption"] == 2
    assert ext.removed["image_credit"] == 1


def test_credit_at_the_end_of_a_line_makes_it_a_caption(extract):
    credited = [
        "A model of the landing module beside its larger predecessor. Credit: ESA",
        "A cyclist rides past the closed petrol plant on the edge of the city on Tuesday, "
        "November 19. © Reuters / Jane Roe",
        "The simulated birth of a galaxy cluster (Image credit: Example Observatory)",
        "Leere Bahnsteige am Kölner Hauptbahnhof. Foto: dpa / Oliver Berg",
        "The mayor at the opening of the library in 1995. Credit...Jane Roe/The Example Times",
    ]
    prose = [
        "The agency said the new module would be lighter than the one it replaces.",
        "Shoppers who fit the rules can claim a tax credit: about 30 percent of the cost",
    ]
    text = "\n\n".join(["Space agency shows a lighter module", prose[0], *credited, prose[1]])
    ext = extract(text)
    assert ext.captions == credited
    assert ext.paragraphs == prose


def test_prev_next_with_arrows(extract):
    body = "Firefighters spent the night battling a large blaze at a recycling plant in town."
    text = (
        f"Fire crews battle blaze | NewsBreak\n\n{body}\n\n"
        "« Previous: Council to vote on new parking fees\n"
        "Next » Schools reopen after the half-term break"
    )
    ext = extract(text)
    assert ext.republisher == "NewsBreak"
    assert ext.paragraphs == [body]
    assert [(r.rel, r.title) for r in ext.related] == [
        ("prev", "Council to vote on new parking fees"),
        ("next", "Schools reopen after the half-term break"),
    ]


def test_prev_next_labels_over_their_headlines(extract):
    body = "The new bridge over the river opened to traffic on Monday after three years of work."
    text = (
        f"Bridge opens to traffic\n\n{body}\n\n"
        "Previous article\nCouncil to vote on new parking fees\n"
        "Next article\nSchools reopen after the half-term break...\n\n"
        "Next\n\nThe council's budget will be published on Friday, officials said."
    )
    ext = extract(text)
    assert ext.paragraphs[0] == body
    assert [(r.rel, r.title, r.truncated) for r in ext.related] == [
        ("prev", "Council to vote on new parking fees", False),
        ("next", "Schools reopen after the half-term break...", True),
    ]
    assert ext.removed["navigation"] == 5


def test_read_more_naming_an_aggregator_gives_the_republisher(extract):
    body = "The museum reopened on Saturday after two years of repairs to its glass roof."
    ext = extract(f"Museum reopens after repairs\n\n{body}\n\nContinue reading on MSN")
    assert ext.republisher == "MSN"
    assert ext.publisher is None
    assert ext.removed["read_more"] == 1


def test_app_copy_names_its_source_under_the_headline(extract, dump):
    ext = extract(dump("app_copy_with_source_line"))
    assert ext.title == "Council approves new bike lanes on Main Street"
    assert (ext.publisher, ext.republisher) == ("Springfield Gazette", "NewsBreak")
    assert ext.authors == ["Maria Lopez"]
    # The source's name under the headline and the app's "Save" button are not body text.
    assert ext.paragraphs[0].startswith("SPRINGFIELD — The city council voted 7-2")
    assert ext.removed["source"] == 1 and ext.removed["share"] == 2
    assert [r.title for r in ext.related] == [
        "Springfield schools to start later next year after board vote",
        "Police seek witnesses after crash on Route 9...",
    ]


def test_header_lines_without_blank_lines_are_not_a_wrapped_paragraph(extract, dump):
    ext = extract(dump("german_portal_header_block"))
    assert ext.title == "Bahnstreik: Pendler müssen sich auf Ausfälle einstellen"
    assert ext.republisher == "GMX" and ext.publisher == "dpa"
    assert ext.modified_at == "2025-11-25"
    assert ext.captions == [
        "Ein Zug steht am Berliner Hauptbahnhof. © picture alliance/dpa/Jane Roe"
    ]
    assert [p[:20] for p in ext.paragraphs] == [
        "Berlin (dpa) - Pendl",
        "„Wir sehen keinen an",
        "Die Deutsche Bahn kr",
        "Der Fahrgastverband ",
    ]
    # "Teilen auf X" ends the related list; "Artikel drucken" is a share-bar button.
    assert [r.title for r in ext.related] == [
        "Tarifstreit bei der Bahn: Die wichtigsten Fragen und Antworten",
        "Streik im Nahverkehr: Was Fahrgäste wissen müssen",
    ]
    assert ext.removed["share"] == 3


def test_wire_service_copy_footer(extract, dump):
    ext = extract(dump("wire_service_copy"))
    assert ext.authors == ["Jane Doe", "Rahul Mehta"]
    assert ext.published_at == "2025-11-25T07:14:00+00:00"
    assert ext.paragraphs[0].startswith("LONDON, Nov 25 (Reuters) - Oil prices rose")
    # The reporting credit and the agency's standards line close the copy; neither is body.
    assert ext.paragraphs[-1].startswith("Saudi Arabia's energy minister")
    assert len(ext.paragraphs) == 5


def test_tabloid_copy_with_most_watched_list(extract, dump):
    ext = extract(dump("tabloid_single_newlines"))
    assert ext.title == "Pensioner, 82, rescued after falling into river while feeding ducks"
    assert ext.authors == ["Tom Walker"]
    assert ext.captions == [
        "Margaret Evans, 82, (pictured) slipped on the muddy bank of the River Severn on Monday",
        "The riverbank where Mrs Evans fell, which locals say has been slippery for weeks",
    ]
    assert [r.title for r in ext.related] == ["Moment driver mounts pavement in busy high street"]
    assert (
        ext.paragraphs[-1]
        == "Shropshire Fire and Rescue Service said it had been called at 2.15pm."
    )


def test_french_copy_caption_credited_to_an_agency(extract, dump):
    ext = extract(dump("french_portal_copy"))
    assert ext.title == "Réforme des retraites : le gouvernement présente un nouveau calendrier"
    assert ext.authors == ["Claire Martin"]
    assert ext.captions == [
        "La Première ministre Élisabeth Durand à Matignon, le 25 novembre 2025. (AFP)"
    ]
    # The newsletter box's promise goes with its header.
    assert ext.paragraphs[-1] == "Le texte sera examiné en commission à partir du 15 janvier 2026."
    assert ext.removed["newsletter"] == 2


def test_dated_caption_printed_twice_is_a_caption(extract, dump):
    ext = extract(dump("us_wire_on_portal"))
    assert ext.captions == [
        "A firefighter walks past a burned home near Boulder, Colo., on Monday, Nov. 24, 2025. "
        "(AP Photo/Jane Roe)",
        "Smoke rises over the foothills west of Boulder on Sunday, Nov. 23, 2025.",
    ]
    assert ext.removed["duplicate_caption"] == 2
    assert ext.modified_at == "2025-11-25T09:41:00-05:00"
    assert ext.paragraphs[-1] == "The cause of the fire is under investigation."
    assert len(ext.paragraphs) == 5
    assert ext.authors == ["Associated Press"]  # the agency's line under the headline


def test_spanish_agency_copy(extract, dump):
    ext = extract(dump("spanish_agency_copy"))
    assert ext.captions == ["Vista de un edificio en construcción en Madrid. EFE/Juan Pérez"]
    # The agency's long copyright notice has no year right after the sign.
    assert ext.removed["copyright"] == 1
    assert ext.paragraphs[-1].startswith("El plan se financiará")
    assert len(ext.paragraphs) == 4


def test_columnist_bio_after_the_column_leaves_the_body(extract, dump):
    ext = extract(dump("opinion_column_with_bio"))
    assert ext.title == "Why the four-day week deserves a real trial"
    assert ext.authors == ["Dana Whitfield"]
    assert ext.published_at == "2025-11-25T06:00:00-05:00"
    assert ext.paragraphs[-1].startswith("Critics say the pilots are too small")
    assert ext.removed["author_bio"] == 1
    # A paragraph that merely mentions the author in the middle of the story stays.
    text = (
        "Columnists tell all\n\nBy Dana Whitfield\n\n"
        "Dana Whitfield is a columnist, and this week she asked readers what they think.\n\n"
        "Hundreds wrote back within a day, most of them with stories about their own jobs."
    )
    assert len(extract(text).paragraphs) == 2


def test_bulleted_list_after_the_prose_stays_in_the_body(extract, dump):
    ext = extract(dump("uk_paper_with_bulleted_list"))
    assert ext.authors == ["Helen Carter"]
    assert ext.published_at == "2025-06-25T14:30:00+01:00"
    assert ext.modified_at == "2025-06-25T16:05:00+01:00"
    assert ext.captions == [
        "A woman cools off in a fountain in central London on Tuesday. Photograph: Jane Roe/Reuters"
    ]
    assert ext.paragraphs[-3:] == [
        "- Health services should check on vulnerable patients",
        "- Schools may change outdoor activities",
        "- Water companies may ask customers to save water",
    ]
    assert "Reuse this content" not in ext.paragraphs and "Heatwaves" not in ext.paragraphs


def test_short_date_with_relative_time_is_a_timestamp_line(extract, dump):
    ext = extract(dump("portuguese_agency_copy"))
    assert ext.title == "Governo anuncia novo pacote para a habitação"
    assert ext.paragraphs[0].startswith("O Governo anunciou hoje")
    assert ext.published_at is None  # "25/11/25" is too short to read safely
    assert [r.title for r in ext.related] == ["Preços das casas voltam a subir em outubro"]


def test_name_over_a_newsroom_role_is_the_byline(extract, dump):
    ext = extract(dump("bbc_style_name_over_role"))
    assert ext.title == "Train drivers to strike on three days in December"
    assert ext.authors == ["Rebecca Lewis"]
    assert ext.published_at == "2025-11-25"
    assert ext.removed["byline"] == 2  # the name and its role line
    assert ext.paragraphs[0].startswith("Train drivers at 14 rail companies")


def test_byline_naming_our_own_reporter(extract, dump):
    ext = extract(dump("dutch_staff_byline"))
    assert ext.authors == ["Pieter de Vries"]  # "Door onze redacteur Pieter de Vries"
    assert ext.published_at == "2025-11-25"
    assert len(ext.paragraphs) == 3


def test_a_paragraph_ending_in_a_colon_printed_twice_is_a_paragraph():
    # A feed's summary repeats the text's paragraph that opens a list: no caption ends in a
    # colon, so the copies are a paragraph printed twice.
    from consumer.core.text.captions import find_captions

    opening = "We tested three ways to keep bread fresh for a week. Here is what we found:"
    verdict = find_captions(["Keeping bread fresh", opening, opening, "The bread box won."])
    assert verdict.captions == {}
    assert verdict.duplicates == {2: "duplicate_paragraph"}


def test_wire_copy_with_capital_bylines_and_a_divider(extract):
    paras = [
        "CHICAGO (AP) — Storms knocked out power to more than 200,000 homes across the "
        "Midwest on Tuesday, toppling trees and flooding roads during the evening commute.",
        "Utility crews from three states were on their way to help restore service, which "
        "could take until the weekend in the hardest-hit areas.",
    ]
    text = "\n".join(
        [
            "Storms knock out power across the Midwest",
            "By JANE DOE and ROB ROE Associated Press",
            *paras,
            "___",
            "Associated Press writer Tom Poe in Detroit contributed to this report.",
        ]
    )
    ext = extract(text)
    assert ext.authors == ["Jane Doe", "Rob Roe"]
    assert ext.paragraphs == paras
    assert ext.removed["boilerplate"] == 1


def test_a_labelled_byline_beside_the_date_is_read_as_labelled(extract):
    entry = (
        "Les vents ont atteint 207 km/h à la pointe du Raz dans la nuit, un record pour "
        "cette station, selon Météo-France."
    )
    text = (
        "DIRECT. Tempête : un million de foyers privés d'électricité\n"
        "Mis à jour le 27 novembre 2026 à 10h30\n"
        "Par Claire Martin\n"
        f"10h30\n{entry}\n10h15\n{entry.replace('207', '190')}\n"
    )
    ext = extract(text)
    assert ext.authors == ["Claire Martin"]  # not "Par Claire Martin"
    assert ext.paragraphs[-3:] == [entry, "10h15", entry.replace("207", "190")]


def test_a_press_releases_provided_by_label_leaves_with_the_issuer_under_it(extract):
    text = (
        "Acme Robotics Raises $40 Million to Expand Warehouse Automation\n"
        "NEWS PROVIDED BY\nAcme Robotics Inc.\nNov 27, 2026, 08:00 ET\n"
        "SAN FRANCISCO, Nov. 27, 2026 /PRNewswire/ -- Acme Robotics, a maker of warehouse "
        "robots, today announced it has raised $40 million in a Series C round.\n"
        "The company will use the funding to open offices in Europe, its chief executive said.\n"
    )
    ext = extract(text)
    assert ext.authors == ["Acme Robotics Inc"]
    assert ext.paragraphs[0].startswith("SAN FRANCISCO")


def test_a_title_naming_the_read_more_lines_source_names_no_republisher(extract):
    text = (
        "Storm closes the harbour for two days - BBC News\n\n"
        "The harbour was closed on Monday as a storm brought winds of more than a hundred "
        "kilometres an hour to the coast, the port authority said.\n\n"
        "Read more from bbc.co.uk"
    )
    ext = extract(text)
    assert ext.site == "bbc.co.uk" and ext.republisher is None


def test_hungarian_portal_share_buttons_ad_and_newsletter_box(extract, dump):
    ext = extract(dump("hungarian_portal_boxes"))
    assert ext.title == "Új kerékpáros híd nyílt a csatorna felett"
    # the share buttons' network in its case ending ("Facebookon", "X-en") is no byline
    assert ext.authors == ["Kovács Anna", "Nagy Péter"]
    assert ext.removed["share"] == 3 and ext.removed["advertisement"] == 1
    assert ext.removed["newsletter"] == 3  # the heading, its promise and its button
    assert ext.paragraphs[-1].startswith("Az építkezés egy évet csúszott")
    assert not any("Hirdetés" in p or "hírlevel" in p for p in ext.paragraphs)


def test_czech_and_persian_bylines_and_boxes(extract, dump):
    czech = extract(dump("czech_portal_boxes"))
    assert czech.authors == ["Jana Nováková", "Petr Svoboda"]  # the lower-case "a"
    assert czech.removed["newsletter"] == 3 and czech.removed["share"] == 4
    assert "Každé ráno to nejdůležitější do vaší schránky." not in czech.paragraphs
    persian = extract(dump("persian_portal_boxes"))
    assert persian.authors == ["مریم احمدی", "علی رضایی"]  # "نویسندگان:" ("writers:")
    assert persian.removed["advertisement"] == 1 and persian.removed["newsletter"] >= 1
    assert not any("تبلیغات" in p or "خبرنامه" in p for p in persian.paragraphs)


def test_hindi_portal_read_also_box_and_ad_label(extract, dump):
    ext = extract(dump("hindi_portal_boxes"))
    assert [r.title for r in ext.related] == [
        "राज्य साइकिल ट्रैक के लिए अतिरिक्त बजट देगा",
        "नौका सेवा का नया समय",
    ]
    assert ext.removed["advertisement"] == 1  # "विज्ञापन"
    assert ext.modified_at == "2026-11-26T11:02:00+05:30"
    assert ext.paragraphs[-1].startswith("निवासी आम तौर पर संतुष्ट हैं")
    assert not any(p in ("ये भी पढ़ें", "विज्ञापन") for p in ext.paragraphs)


def test_spanish_related_list_ending_in_prev_next_links(extract, dump):
    ext = extract(dump("spanish_prev_next_list"))
    assert ext.title == "El Gobierno aprueba el nuevo plan de vivienda para jóvenes"
    assert ext.authors == ["María López"]
    # the formal "LEA TAMBIÉN:" labels a related headline, as "Lee también:" does
    assert not any("TAMBIÉN" in p for p in ext.paragraphs)
    assert [(r.rel, r.title) for r in ext.related] == [
        ("related", "Los precios del alquiler suben un 11 % en un año"),
        ("prev", "Sánchez anuncia una reforma fiscal para las rentas altas ..."),
        ("next", "El paro baja en 30.000 personas en enero ..."),
    ]
    assert ext.paragraphs[-1].startswith("Las asociaciones de inquilinos")


def test_french_byline_with_agency_and_credited_caption(extract, dump):
    ext = extract(dump("french_agency_credit_caption"))
    assert ext.title == "Réforme du bac : les lycéens manifestent dans plusieurs villes"
    assert ext.authors == ["Jean Dupont"]  # "Par Jean Dupont avec AFP": the agency is no writer
    # a caption that ends with its photographer's credit is a caption, not a copyright line
    assert ext.captions == [
        "Des lycéens manifestent à Paris, le 11 mars 2025. (Photo d'illustration) "
        "© Jean Martin / Le Journal Exemple"
    ]
    assert ext.removed["duplicate_caption"] == 1 and "copyright" not in ext.removed
    assert len(ext.paragraphs) == 5


def test_read_more_label_over_headlines_and_an_aggregators_edition(extract, dump):
    ext = extract(dump("yahoo_edition_read_more_list"))
    assert ext.title == "Storm Bella leaves thousands without power across southern England"
    assert (ext.publisher, ext.republisher) == (None, "Yahoo News UK")
    # "Read more:" heads the two headlines under it; the story goes on after them
    assert [r.title for r in ext.related][:2] == [
        "Storm Bella: Met Office warns of flooding as heavy rain sweeps in",
        "Christmas travel chaos as trains cancelled across the country",
    ]
    assert not any(p.startswith(("Storm Bella:", "Christmas travel")) for p in ext.paragraphs)
    assert ext.paragraphs[-1].startswith("The Environment Agency had more than 60 flood alerts")


def test_story_goes_on_past_a_related_carousel(extract, dump):
    ext = extract(dump("tabloid_related_carousel"))
    # the box's "Previous", "1", "Next" buttons do not end its list of headlines
    assert [r.title for r in ext.related][:2] == [
        "Shoppers face higher prices as food inflation returns",
        "Retail sales fall for third month in a row as shoppers cut back",
    ]
    # the story's paragraphs under the box (and its share buttons) stay in the body
    assert [p[:20] for p in ext.paragraphs] == [
        "A supermarket chain ",
        "The closures, which ",
        "The company said sta",
        "Union leaders said t",
        "A list of the affect",
    ]
    assert ext.captions == ["Shoppers outside one of the stores earmarked for closure in Leeds"]


def test_menu_line_over_the_pages_title_and_headline(extract, dump):
    ext = extract(dump("menu_over_titled_headline"))
    # "Home News Sport Weather iPlayer" is no title: "Headline - BBC News" over "Headline" is
    assert ext.title == "Council tax to rise by 5% in most of England"
    assert ext.publisher == "BBC News"
    assert ext.authors == ["Sarah Green"]
    assert ext.captions == [
        "Councils say they face rising costs for social care",
        "Housing costs have also risen sharply for councils",
    ]
    assert ext.paragraphs[0].startswith("Most councils in England will raise council tax")
    assert len(ext.paragraphs) == 5


def test_wire_writers_in_capitals_over_the_date(extract, dump):
    ext = extract(dump("wire_on_aggregator_caps_writers"))
    assert ext.authors == ["John Antczak", "Christopher Weber"]
    assert ext.modified_at == "2025-01-07T23:40:00+00:00"  # "Updated ...": no publication date
    assert ext.published_at is None
    assert ext.captions == [
        "Flames consume a home as the Palisades Fire burns in Los Angeles, Tuesday, Jan. 7, "
        "2025. (AP Photo/Etienne Laurent)"
    ]
    assert len(ext.paragraphs) == 4
    assert ext.paragraphs[0].startswith("LOS ANGELES (AP) — A fast-moving wildfire")


def test_chinese_portal_title_parts_byline_after_source_and_photo_caption(extract, dump):
    ext = extract(dump("chinese_portal_underscored_title"))
    # "标题_栏目_网站": the parts joined by underscores
    assert ext.title == "国务院常务会议部署稳就业措施"
    assert ext.publisher == "示例网"
    assert ext.authors == ["张伟", "李娜"]  # "来源：新华社 记者：张伟 李娜" after the date
    assert ext.captions == ["图为招聘会现场。新华社记者 王强 摄"]  # "the photo shows ..., by X"
    assert ext.paragraphs[0].startswith("国务院总理主持召开")
    assert len(ext.paragraphs) == 3


def test_wire_copy_with_paid_links_and_the_aggregators_closing_line(extract, dump):
    ext = extract(dump("spanish_wire_copy_with_sponsored_links"))
    # "Contenido patrocinado" and the paid link under it are an ad network's
    assert ext.paragraphs[-1].startswith("Los sindicatos")
    assert ext.removed["advertisement"] == 2
    # "Fuente: EFE" names the publisher, "Ver más noticias en MSN" the republisher
    assert (ext.publisher, ext.republisher) == ("EFE", "MSN")


def test_agency_copy_with_a_dated_title_and_a_channel_invitation(extract, dump):
    ext = extract(dump("russian_agency_copy_dated_title"))
    assert ext.publisher == "РИА Новости"  # not "РИА Новости, 29.11.2026"
    assert [r.title for r in ext.related] == [
        "Минфин оценил дефицит бюджета по итогам года",
        "Курс доллара опустился ниже 90 рублей впервые с лета",
    ]  # "Подписывайтесь на наш канал в Telegram" is no headline
    assert len(ext.paragraphs) == 4


def test_press_release_with_more_news_from_the_company(extract, dump):
    ext = extract(dump("press_release_more_news_from"))
    assert [r.title for r in ext.related] == [
        "Acme Robotics Reports Third Quarter Results",
        "Acme Robotics to Present at Logistics Summit",
    ]  # "Back to Newsroom" is the page's link, no headline
    assert ext.paragraphs[-1].startswith("PickMaster 3 will be available")


def test_comment_button_under_a_copy(extract, dump):
    ext = extract(dump("italian_copy_comment_button"))
    assert ext.paragraphs[-1].startswith("Chiusi anche i parchi")  # not "Commenta"
    assert ext.authors == ["Marco Rossi"]
    assert ext.publisher == "Il Secolo del Nord"


def test_read_later_button_and_a_piped_related_label(extract, dump):
    ext = extract(dump("french_copy_read_later_button"))
    assert ext.publisher is None  # "Lire plus tard" ("read later") names no source
    assert (
        ext.related[0].title == "Retraites : ce que contient le projet de loi"
    )  # "Lire aussi | X"
    assert not any(p.startswith("Lire aussi") for p in ext.paragraphs)
    assert (ext.published_at, ext.modified_at) == ("2026-11-28", "2026-11-29")
    assert ext.authors == ["Claire Martin", "Julien Dubois"]
