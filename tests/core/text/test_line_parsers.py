"""The small parsers: timestamps, bylines, pointers, title noise, boilerplate reasons."""

from __future__ import annotations

import pytest

from consumer.core.text.byline import byline_authors
from consumer.core.text.captions import is_caption_like
from consumer.core.text.classify import boilerplate_reason
from consumer.core.text.lines import segment_lines, wrap_width
from consumer.core.text.related import is_headline, pointer_of
from consumer.core.text.source_facts import copyright_holder
from consumer.core.text.timestamps import (
    find_timestamp,
    is_timestamp_line,
    opens_with_publication_label,
)
from consumer.core.text.title import clean_title, shared_noise_suffix


@pytest.mark.parametrize(
    ("line", "value", "is_update"),
    [
        ("Published: 10:32 GMT, 1 January 2023", "2023-01-01T10:32:00+00:00", False),
        ("Updated: 2023-01-01T10:32:00Z", "2023-01-01T10:32:00+00:00", True),
        ("PUBLISHED: 10:32 EST, 1 January 2023", "2023-01-01T10:32:00-05:00", False),
        ("Veröffentlicht am 3. März 2024, 14:05 Uhr", "2024-03-03", False),
        ("Publié le 12 février 2024 à 08h15", "2024-02-12", False),
        ("Publicado el 5 de mayo de 2023 10:00 CEST", "2023-05-05T10:00:00+02:00", False),
        ("November 18, 2019 11:03 PM", "2019-11-18", False),
        ("11/20/2019 09:39 AM", "2019-11-20", False),
        ("20.11.2019", "2019-11-20", False),
        ("Aktualizováno: 25. listopadu 2025, 8:10", "2025-11-25", True),
        ("Opdateret 25. nov. 2025 kl. 15.20", "2025-11-25", True),
        ("Publisert 25. november 2025 kl. 11:00", "2025-11-25", False),
        ("Päivitetty 25.11.2025 klo 9.30", "2025-11-25", True),
        ("Actualitzat el 25 de novembre de 2025, 12:00", "2025-11-25", True),
        ("Оновлено: 25 листопада 2025, 12:00", "2025-11-25", True),
        ("25 листопада 2025, 10:15", "2025-11-25", False),
        ("अपडेटेड: 25 नवंबर 2025, 10:30 AM IST", "2025-11-25T10:30:00+05:30", True),
    ],
)
def test_timestamps(line, value, is_update):
    stamp = find_timestamp(line)
    assert stamp is not None and stamp.value == value and stamp.is_update == is_update
    assert is_timestamp_line(line)


@pytest.mark.parametrize("line", ["3 hours ago", "Yesterday", "Page 2 of 10", ""])
def test_no_timestamp_is_invented(line):
    assert find_timestamp(line) is None


def test_sentence_with_a_date_is_not_a_timestamp_line():
    assert not is_timestamp_line("The meeting on 5 January 2023 was a disaster for all involved.")


def test_wrapped_german_paragraph_is_joined_though_its_breaks_fall_before_nouns():
    wrapped = (
        "Die Studie „Leben im Wandel“ ist ein Projekt der Stiftung Nordlicht, der\n"
        "Evangelischen Akademie am Seeufer, des Vereins Gartenfreunde Süd und der\n"
        "Hochschule für Gestaltung in Marstadt sowie des Marktforschungsinstituts von\n"
        "Karin Ostermann, die seit vielen Jahren Umfragen zu Nachbarschaften erstellt."
    )
    assert [line.text for line in segment_lines(wrapped)] == [" ".join(wrapped.split("\n"))]


def test_wrapped_german_prose_breaking_at_amounts_brackets_and_capitalised_articles():
    # German breaks mostly before nouns; these fall after a number (its unit follows),
    # inside brackets, or after a capitalised article ("Die" ends no clause either).
    wrapped = (
        "Das Einzelticket für Erwachsene kostet ab Januar in der Preisstufe 1 dann\n"
        "Preisstufe 1,90 Euro, für Kinder 1,10 Euro. Die Streifenkarte kostet 14,80\n"
        "Euro und die Handykarte für Erwachsene nur 14,00 Euro im Jahr 2024 (1,56\n"
        "Euro pro Stufe, Kinder 1,01 Euro pro Stufe), das ist die billigste Karte. Die\n"
        "Monatskarte wird ab dem 1. Januar dann 81,05 Euro im Monat kosten."
    )
    assert [line.text for line in segment_lines(wrapped)] == [" ".join(wrapped.split("\n"))]


def test_two_wrapped_lines_are_joined_when_the_break_falls_mid_phrase():
    pair = "Weil es zu viele sind und viele nur in wenigen Ländern mit einer\nListe antreten."
    assert [line.text for line in segment_lines(pair)] == [pair.replace("\n", " ")]
    # A header's lines keep their breaks: "ET" is a time zone, not French "et".
    header = (
        "Written by Jane Doe\nEdited by John Roe, CEPF\nPublished on May 7, 2025, 3:50pm ET\n| Fact"
    )
    assert [line.text for line in segment_lines(header)] == header.split("\n")
    # A post's date is no amount before its unit.
    teasers = "Our first wooden finger joint, Sunday, 31.03.2019\nBought a small tool shop"
    assert [line.text for line in segment_lines(teasers)] == teasers.split("\n")
    # A short label over a name, or an address over its "Read more" link, keeps its break.
    for kept in ("Written by\nJane Doe", "https://example.org/news/world-50473792\nRead more."):
        assert [line.text for line in segment_lines(kept)] == kept.split("\n")


def test_a_dump_wrapped_at_one_margin_has_its_short_paragraphs_joined():
    # A whole dump wrapped at 70 columns: paragraphs whose breaks fall before capitals
    # (names, German nouns) show too little on their own; the dump's margin tells.
    import textwrap

    story = (
        "The council met on Monday evening in the old town hall to discuss the plans for "
        "the harbour, which have divided the town for years. Most members said that the "
        "ferry should keep its berth in the centre, close to the shops and the station."
    )
    pair = "Wheatley called for Fahie and Maynard to get a fair trial under American Federal Law."
    options = " ".join(["Army Navy Air Force Coast Guard Marines", *["Department of Energy"] * 8])
    dump = "\n\n".join(textwrap.fill(block, 70) for block in [story] * 6 + [pair, options])
    assert wrap_width(dump) is not None
    texts = [line.text for line in segment_lines(dump)]
    assert pair in texts
    assert options not in texts  # ends no sentence: a list of options, not a paragraph
    # The same pair on a page that was not wrapped keeps its break.
    unwrapped = "\n\n".join([story] * 6 + [textwrap.fill(pair, 70)])
    assert wrap_width(unwrapped) is None
    assert pair not in [line.text for line in segment_lines(unwrapped)]


def test_list_of_german_headlines_is_not_joined():
    headlines = [
        "Stadtrat beschließt neue Gebühren für das Parken in der Innenstadt",
        "Hochwasser an der Elbe: Pegel steigen weiter nach starken Regenfällen",
        "Schulen bekommen neue Tablets aus dem Förderprogramm des Landes",
        "Bürgermeisterin eröffnet das neue Schwimmbad im Stadtteil Nordheim",
    ]
    assert [line.text for line in segment_lines("\n".join(headlines))] == headlines


def test_wrapped_paragraphs_without_blank_lines_keep_their_ends():
    # Paragraphs follow one another on the next line; each last line is short and ends
    # its sentence, and the source line above them was ended by hand.
    block = (
        "Harbour Times Staff, March 3, 2024\n"
        "The council said on Monday that the new bridge would open to\n"
        "traffic in the spring, two years later than planned, because the\n"
        "steel arrived late.\n"
        "Residents of the east bank have waited since 2019 for a crossing\n"
        "that does not take them through the congested town centre twice\n"
        "a day."
    )
    assert [line.text for line in segment_lines(block)] == [
        "Harbour Times Staff, March 3, 2024",
        "The council said on Monday that the new bridge would open to traffic in the spring, "
        "two years later than planned, because the steel arrived late.",
        "Residents of the east bank have waited since 2019 for a crossing that does not take "
        "them through the congested town centre twice a day.",
    ]


def test_list_of_headlines_of_similar_widths_is_not_joined():
    headlines = [
        "Council delays the opening of the new bridge to the spring",
        "Storm closes the coastal road between Port Ellis and Bayside",
        "School board approves a budget with more money for buses",
        "Harbour bakery wins the regional prize for the third time",
    ]
    assert [line.text for line in segment_lines("\n".join(headlines))] == headlines


def test_fragmented_dump_rejoins_the_pieces_of_its_sentences():
    # A scraper that puts every text node on its own line splits sentences at links.
    dump = (
        "Read the\nfull report\n, published on Monday, or see\nour earlier story\n.\n\n"
        "The mayor (\nwho took office in May\n) said the plan was\nfinal\n.\n\n"
        "Contact:\nAnna Brook\npress@example.org"
    )
    assert [line.text for line in segment_lines(dump)] == [
        "Read the full report, published on Monday, or see our earlier story.",
        "The mayor ( who took office in May) said the plan was final.",
        "Contact: Anna Brook",  # a label with what it heads, as html-text writes them
        "press@example.org",
    ]


def test_fragmented_dump_rejoins_a_text_node_split_mid_phrase_before_a_capital():
    # The page's source broke a text node after an article or a hyphenated word; German
    # and names go on with a capital. A headline ending in a year or a count stays.
    dump = (
        "Vereinsgeschichte\nBeate und Norbert Olschewski gründeten im Jahr 1990 den\n"
        "Hunde-Verein Kreis Unna, einige Gleichgesinnte hatten sie schon hinter sich.\n\n"
        "The best index funds to buy in 2026\nBest dividend funds for 2026\n"
        "Top 10\nSafest funds\n\nWritten By\nJane Doe\n\n" + "Text\n, more\n.\n" * 2
    )
    texts = [line.text for line in segment_lines(dump)]
    assert texts[1].startswith("Beate") and texts[1].endswith("hinter sich.")
    assert texts[2:6] == [
        "The best index funds to buy in 2026",
        "Best dividend funds for 2026",
        "Top 10",
        "Safest funds",
    ]
    assert texts[6:8] == ["Written By", "Jane Doe"]  # a byline's label over the name


def test_lines_are_joined_only_in_a_dump_that_splits_its_sentences():
    # Lower-case lines in a well-made dump are list items or user names, not pieces.
    dump = "Recent comments\nflappy bird on The Substring Paradox\nmope io on Self-learning"
    assert [line.text for line in segment_lines(dump)] == dump.split("\n")


def test_fragmented_dump_keeps_a_lower_case_byline_on_its_line():
    dump = "Guvernul aprobă un program nou\nde Andrei Popescu\n\n" + "Text\n, more\n.\n" * 2
    assert segment_lines(dump)[1].text == "de Andrei Popescu"


def test_page_flattened_onto_one_line_is_cut_into_menus_and_sentences():
    # trafilatura's html2txt and get_text(" ") give the whole page as one line.
    page = (
        "Home News Sport Weather Business Culture "
        "The ferry between Port Ellis and Bayside will run again from Friday, the harbour "
        "authority said on Monday. Engineers replaced two of the pontoons and rebuilt the ramp "
        "at a cost of about £1.2 million. A GPS tracker on every boat now reports its position. "
        + "The first sailing leaves at six in the morning and the last one at ten at night. "
        * 8
        + "Posted by Lena Marsh on March 4, 2024 at 07:47 am I think the ferry is late again. "
        "Privacy | Terms of use | Contact us"
    )
    assert [line.text for line in segment_lines(page)] == [
        "Home News Sport Weather Business Culture",
        "The ferry between Port Ellis and Bayside will run again from Friday, the harbour "
        "authority said on Monday.",
        "Engineers replaced two of the pontoons and rebuilt the ramp at a cost of about £1.2 "
        "million.",
        "A GPS tracker on every boat now reports its position.",
        *["The first sailing leaves at six in the morning and the last one at ten at night."] * 8,
        "Posted by Lena Marsh on March 4, 2024 at 07:47 am",
        "I think the ferry is late again.",
        "Privacy",
        "Terms of use",
        "Contact us",
    ]


@pytest.mark.parametrize(
    "sentences",
    [
        ["서울시는 월요일 새 버스 노선을 발표했다.", "노선은 다음 달부터 운행된다."],
        ["Ο δήμος ανακοίνωσε νέα γραμμή λεωφορείου.", "Η γραμμή θα λειτουργεί από τον Μάρτιο."],
        ["أعلنت البلدية عن خط حافلات جديد.", "سيعمل الخط اعتبارا من الشهر المقبل."],
    ],
)
def test_one_line_page_is_cut_at_sentence_ends_in_scripts_without_capitals(sentences):
    # Hangul, Arabic (and Hebrew, Thai, Devanagari...) have no capitals to open a sentence.
    page = " ".join(sentences * 40)  # over 1,000 characters: a page, not a brief
    assert [line.text for line in segment_lines(page)] == sentences * 40


def test_one_line_page_is_cut_after_german_quotation_marks():
    # German quotes close with "“" (and »...« with "«") after the stop, and the next
    # sentence may open with "„" or "»"; an arrow after a teaser's question ("?»") is none.
    sentences = [
        "Der Bürgermeister sagte: „Wir öffnen das Freibad im Juni wieder.“",
        "„Die Arbeiten am Becken sind fast fertig“, ergänzte die Leiterin.",
        "»Wir freuen uns auf den Sommer.«",
        "Der Eintritt bleibt gleich.",
    ]
    page = " ".join(sentences * 10)
    assert [line.text for line in segment_lines(page)] == sentences * 10


def test_one_line_page_is_cut_around_comment_thread_headers():
    sentence = "The first sailing leaves at six in the morning and the last one at ten at night. "
    page = (
        sentence
        * 12
        + "Posted in Travel Permalink 10 Comments Previous Post Next Post Comments Milan Roe "
        "on March 4, 2024 at 07:47 am said: Is the ferry late again? Call for Comments What "
        "do you think? We got 12 comments on this post. Comments, however, are welcome. "
        "[ 167 comments ] Kommentare (3) Hans Roe meint: Gut."
    )
    pieces = [line.text for line in segment_lines(page)]
    assert pieces[12:] == [
        "Posted in Travel Permalink",
        "10 Comments",
        "Previous Post Next Post",
        "Comments",
        "Milan Roe on March 4, 2024 at 07:47 am said:",
        "Is the ferry late again?",
        "Call for Comments What do you think?",  # a heading's last word
        "We got 12 comments on this post.",  # sentences
        "Comments, however, are welcome. [",
        "167 comments",
        "]",
        "Kommentare (3)",
        "Hans Roe meint: Gut.",
    ]


def test_one_line_page_is_cut_around_headers_of_story_lists():
    sentence = "The first sailing leaves at six in the morning and the last one at ten at night. "
    page = (
        sentence
        * 12
        + "Related research shows that ferries are late. Related Articles Bus Route Links The "
        "Harbours School Reopens Lesen Sie auch Neue Regeln für Fähren"
    )
    pieces = [line.text for line in segment_lines(page)]
    assert pieces[12:] == [
        "Related research shows that ferries are late.",  # a sentence
        "Related Articles",
        "Bus Route Links The Harbours School Reopens",
        "Lesen Sie auch",
        "Neue Regeln für Fähren",
    ]


def test_one_line_page_is_cut_around_teasers_relative_times():
    sentence = "The first sailing leaves at six in the morning and the last one at ten at night. "
    page = (
        sentence
        * 12
        + "Storm closes the coast road 2H ago Bayside school reopens vor 3 Stunden Neue Regeln. "
        "The bridge closed 3 weeks ago, and it opens again today."
    )
    pieces = [line.text for line in segment_lines(page)]
    assert pieces[12:] == [
        "Storm closes the coast road",
        "2H ago",
        "Bayside school reopens",
        "vor 3 Stunden",
        "Neue Regeln.",
        "The bridge closed 3 weeks ago, and it opens again today.",  # in a sentence
    ]


def test_one_line_page_is_cut_around_a_comments_writer_and_date():
    sentence = "The first sailing leaves at six in the morning and the last one at ten at night. "
    page = (
        sentence
        * 12
        + "See https://example.org/report Milan Roe on March 4, 2024 at 4:47 pm said: Is the "
        "ferry late again? Ana el 3 de marzo de 2024 dijo: Sí."
    )
    pieces = [line.text for line in segment_lines(page)]
    assert pieces[12:] == [
        "See https://example.org/report",
        "Milan Roe on March 4, 2024 at 4:47 pm said:",
        "Is the ferry late again?",
        "Ana el 3 de marzo de 2024 dijo:",
        "Sí.",
    ]


def test_short_single_line_and_ordinary_paragraphs_are_left_whole():
    paragraph = (
        "The ferry between Port Ellis and Bayside will run again from Friday. Engineers "
        "replaced two of the pontoons."
    )
    assert [line.text for line in segment_lines(paragraph)] == [paragraph]
    copy = "Ferry to resume\n\n" + paragraph + "\n\n" + paragraph
    assert [line.text for line in segment_lines(copy)] == ["Ferry to resume", paragraph, paragraph]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe and John Smith, Reuters", ["Jane Doe", "John Smith"]),
        ("By JOHN SMITH FOR DAILYMAIL.COM", ["John Smith"]),
        ("By Jane Doe | Published: 10:32 GMT, 1 January 2023", ["Jane Doe"]),
        ("Von Anna Müller und Jan Schmidt", ["Anna Müller", "Jan Schmidt"]),
        ("Par Jean-Pierre Dupont", ["Jean-Pierre Dupont"]),
        ("Af Mette Sørensen", ["Mette Sørensen"]),
        ("Του Γιώργου Παπαδόπουλου", ["Γιώργου Παπαδόπουλου"]),  # Greek: "by", genitive
        ("Hosted by Sarah Mitchell", ["Sarah Mitchell"]),
        ("Por María López y Juan Pérez", ["María López", "Juan Pérez"]),
        ("Monday November 18, 2019 7:45 am PST by Joe Rossignol", ["Joe Rossignol"]),
        ("By Associated Press", []),
        # a wire story's closing credits, each reporter with where they filed from
        (
            "Reporting by Alex Lawler in London and Florence Tan in Singapore; Editing by "
            "David Goodman",
            ["Alex Lawler", "Florence Tan"],
        ),
        # names in capitals, the outlet after them in title case (a wire's style)
        ("By JANE DOE and ROB ROE Associated Press", ["Jane Doe", "Rob Roe"]),
        ("By ANNA LEE-PARK and SEAN O'NEIL", ["Anna Lee-Park", "Sean O'Neil"]),
        # a broadcaster after the names: an acronym in mixed case, or "The ..."
        ("By Sarah Thompson and Gareth Evans, BBC Wales", ["Sarah Thompson", "Gareth Evans"]),
        ("By Jane Doe and Rob Roe, The Valley Herald", ["Jane Doe", "Rob Roe"]),
        ("By JR Smith", ["JR Smith"]),
        # the outlet after the comma, with "of" or "from" ("da", "de", "du" ...)
        ("Por Ana Souza, da Folha de S.Paulo", ["Ana Souza"]),
        ("Por Juan Pérez y Ana Ruiz, de El País", ["Juan Pérez", "Ana Ruiz"]),
        ("By Pieter de Vries, Jan van Dijk", ["Pieter de Vries", "Jan van Dijk"]),
        # the place the story was filed from after the comma
        ("By Mark Chen, Washington", ["Mark Chen"]),
        ("Von Jana Meier und Tom Beck, Berlin", ["Jana Meier", "Tom Beck"]),
        ("By Mark Chen, New York", ["Mark Chen"]),
        # the writer's social-media handle after the name
        ("By Jane Doe @janedoe_news Nov 18, 2019, 11:47am EST", ["Jane Doe"]),
        ("By Jane Doe @janedoe and John Smith", ["Jane Doe", "John Smith"]),
        ("ByJane Doe, News Reporter", ["Jane Doe"]),  # the label's element had no space
        # "and" in other languages, and the date's label in them after the names
        ("Av Kari Nordmann og Ola Hansen", ["Kari Nordmann", "Ola Hansen"]),
        ("Av Anna Lind och Erik Berg", ["Anna Lind", "Erik Berg"]),
        ("By Anna Lind Publicerad 26 november 2026", ["Anna Lind"]),
        ("Yazan Ayşe Kaya Yayınlanma 26.11.2026", ["Ayşe Kaya"]),
        ("By Dan Brown", ["Dan Brown"]),  # a name, not Indonesian "dan" ("and")
    ],
)
def test_bylines(line, authors):
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    "line",
    [
        "By the way, this is a sentence.",
        "by far the best thing",
        # a story run on after the byline: its acronym names no outlet
        "By Aaron Poe: The region cannot ignore the risk of further COVID-19 surges, warns",
        "AF Group",  # an acronym in capitals, not the Danish byline word "Af"
        "Της Ελλάδας η οικονομία αναπτύσσεται",  # "Greece's economy grows": the article
        # a podcast's host named in a sentence about the show
        "Hosted by Jane Roe, the show publishes new episodes every two weeks.",
        "Byron Smith scored twice in the second half.",
    ],
)
def test_sentences_are_not_bylines(line):
    assert byline_authors(line) is None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Read more from The Wall Street Journal", "The Wall Street Journal"),
        ("© Provided by The Hollywood Reporter", "The Hollywood Reporter"),
        ("Mehr von Frankfurter Allgemeine Zeitung lesen", "Frankfurter Allgemeine Zeitung"),
        ("Źródło: PAP", "PAP"),
        ("Источник: ТАСС", "ТАСС"),
        ("来源：新华社", "新华社"),
        # the site the story goes on at, in other languages
        ("Lire la suite sur Le Courrier du Sud", "Le Courrier du Sud"),
        ("Leer más en El Diario del Norte", "El Diario del Norte"),
        ("Continua a leggere su Il Corriere Alpino", "Il Corriere Alpino"),
        ("Lees verder op De Stadskrant", "De Stadskrant"),
        # a republished story's note names where it ran first
        (
            "This article is republished from The Conversation under a Creative Commons "
            "license. Read the original article.",
            "The Conversation",
        ),
        ("Reprinted with permission from Kaiser Health News.", "Kaiser Health News"),
        (
            "This article originally appeared on Example Ledger: Council approves budget",
            "Example Ledger",
        ),
        ("This story first appeared in The Example Post.", "The Example Post"),
        (
            "The post Solar farm opens near Lakeview appeared first on Lakeview Gazette.",
            "Lakeview Gazette",
        ),
        ("View original article on Example Post", "Example Post"),
        ("Read more stories from Example Daily", "Example Daily"),
        ("Click here to read more from The Times", "The Times"),
        # a portal's closing line names the portal
        ("Veja mais notícias da região no Portal Exemplo.", "Portal Exemplo"),
    ],
)
def test_read_more_from_a_publishers_long_name_names_a_source(line, source):
    pointer = pointer_of(line)
    assert pointer is not None and (pointer.title, pointer.source) == (None, source)


def test_a_label_in_lenticular_brackets_heads_a_related_headline():
    pointer = pointer_of("【関連記事】 今冬は寒さ厳しく 3か月予報")
    assert pointer is not None and (pointer.rel, pointer.title) == (
        "related",
        "今冬は寒さ厳しく 3か月予報",
    )


def test_read_more_with_a_headline_after_the_label_is_a_headline():
    pointer = pointer_of("Read more: Biden Signs The Long Awaited Bill Into Law")
    assert pointer is not None and pointer.title == "Biden Signs The Long Awaited Bill Into Law"


def test_pointers():
    prev = pointer_of("PREV Cross-dresser makes children chant at ... trends now")
    assert prev is not None and prev.rel == "prev"
    assert pointer_of("Next year the government will raise taxes.") is None
    assert pointer_of("The report was republished by several outlets within hours.") is None
    assert pointer_of("This story was republished by The Texas Tribune.") is None
    assert pointer_of("Weiter heißt es in dem Bericht, dass alles gut ist.") is None
    arrow = pointer_of("« Le Tour partira de Florence en 2024")
    assert arrow is not None and (arrow.rel, arrow.title) == (
        "prev",
        "Le Tour partira de Florence en 2024",
    )
    assert pointer_of("« Nous partirons demain », a déclaré la ministre.") is None
    more = pointer_of("read more from dailymail.....")
    assert more is not None and (more.rel, more.source) == ("read_more", "dailymail")
    more = pointer_of("Mehr von tagesspiegel.de lesen")  # the verb after the source
    assert more is not None and (more.rel, more.source) == ("read_more", "tagesspiegel.de")
    related = pointer_of("Lesen Sie auch: Die Bahn streikt wieder")
    assert related is not None and (related.rel, related.title) == (
        "related",
        "Die Bahn streikt wieder",
    )
    nxt = pointer_of("Article suivant : Le Tour partira de Florence")
    assert nxt is not None and (nxt.rel, nxt.title) == ("next", "Le Tour partira de Florence")
    anterior = pointer_of("Notícia anterior: Câmara aprova o orçamento em primeira votação")
    assert anterior is not None and anterior.rel == "prev"
    siguiente = pointer_of("Noticia siguiente: La vivienda se encarece un 8%")
    assert siguiente is not None and siguiente.rel == "next"
    # a weak word glued to a headline cut short; the same word opening a sentence is none
    glued_prev = pointer_of("Anterior Sánchez anuncia una reforma fiscal para las rentas ...")
    assert glued_prev is not None and (glued_prev.rel, glued_prev.title) == (
        "prev",
        "Sánchez anuncia una reforma fiscal para las rentas ...",
    )
    glued_next = pointer_of("Weiter Die Bahn erhöht die Preise im Fernverkehr …")
    assert glued_next is not None and glued_next.rel == "next"
    assert pointer_of("Weiter so, sagte der Minister und ging ...") is None
    proxima = pointer_of("Próxima notícia: Chuvas devem continuar até o fim de semana")
    assert proxima is not None and proxima.rel == "next"
    formal = pointer_of("LEA TAMBIÉN: Los precios del alquiler suben un 11 % en un año")
    assert formal is not None and formal.rel == "related"
    for label in ("También te puede interesar", "Ti potrebbe interessare", "Vous aimerez aussi "):
        liked = pointer_of(f"{label}: La ciudad abre un nuevo parque en el centro")
        assert liked is not None and liked.title == "La ciudad abre un nuevo parque en el centro"
    caps = pointer_of("LEGGI ANCHE Frana sulla statale, paese isolato per ore")
    assert caps is not None and caps.title == "Frana sulla statale, paese isolato per ore"
    # a French paper's full stop after the label in capitals; not after a word in lower case
    stop = pointer_of("LIRE AUSSI. Retraites : ce que contient le nouveau projet de loi")
    assert stop is not None and stop.title == "Retraites : ce que contient le nouveau projet de loi"
    assert pointer_of("See also. The council closes the old bridge") is None
    # an aggregator's link to the story at its publisher
    full = pointer_of("Read Full Article at The Valley Herald")
    assert full is not None and full.source == "The Valley Herald"
    for label in ("Noticia relacionada", "Notícia relacionada", "Articolo correlato"):
        single = pointer_of(f"{label}: La ciudad abre un nuevo parque en el centro")
        assert single is not None and single.title == "La ciudad abre un nuevo parque en el centro"
    assert pointer_of("MORE THAN 200 PEOPLE ATTENDED THE MEETING") is None
    assert pointer_of("WATCH the storm hit the pier. It came at noon.") is None
    assert pointer_of("LISTEN “Hard Times,” by the harbour band Low Tide") is None
    # a card's label glued to a capitalised headline; a sentence opening with "More" is none
    glued = pointer_of("Related Bus fares to stay frozen through 2027")
    assert glued is not None and glued.title == "Bus fares to stay frozen through 2027"
    assert pointer_of("More Americans are moving to the Sun Belt") is None
    assert pointer_of("Related coverage will follow.") is None
    assert pointer_of("Veja mais notícias sobre o assunto.") is None  # names no portal
    like_this = pointer_of("Read more stories like this")
    assert like_this is not None and like_this.source is None


def test_headline_cut_short_is_still_a_headline():
    assert is_headline("Airline cuts its routes to Asia after a weak ...")
    assert not is_headline("The airline cut its routes to Asia after a weak year.")


@pytest.mark.parametrize(
    ("raw", "clean", "republisher"),
    [
        ("Storm hits the coast trends now", "Storm hits the coast", None),
        ("Storm hits the coast - Yahoo News", "Storm hits the coast", "Yahoo News"),
        ("Storm hits the coast | MSN", "Storm hits the coast", "MSN"),
        ("Yahoo News - Storm hits the coast today", "Storm hits the coast today", "Yahoo News"),
        ("Storm hits the coast | The Guardian", "Storm hits the coast", None),
        ("Storm - and rain - hit the coast", "Storm - and rain - hit the coast", None),
        (
            "Prefeitura amplia a linha de ônibus - Jornal do Vale",
            "Prefeitura amplia a linha de ônibus",
            None,
        ),
        (
            "Police say a man was hit - a car in the city",
            "Police say a man was hit - a car in the city",
            None,
        ),
    ],
)
def test_title_noise(raw, clean, republisher):
    title = clean_title(raw)
    assert title.text == clean
    assert title.republisher == republisher


def test_unknown_site_name_with_lower_case_particles_is_the_publisher():
    assert clean_title("Câmara aprova o orçamento - Jornal do Vale").publisher == "Jornal do Vale"
    assert clean_title("Il sindaco firma il piano - Gazzetta di Borgo").publisher == (
        "Gazzetta di Borgo"
    )
    # a capitalised name behind an elided article
    assert clean_title(
        "Grève des trains jeudi dans la région - Le Courrier de l'Ouest"
    ).publisher == ("Le Courrier de l'Ouest")
    assert clean_title("Grève des trains jeudi - la grève continue d'ici").publisher is None


def test_a_wires_credit_and_an_aggregators_via_in_the_title():
    wire = clean_title("Stocks fall as investors weigh rate outlook (Reuters)")
    assert (wire.text, wire.publisher) == ("Stocks fall as investors weigh rate outlook", "Reuters")
    # brackets that name no source are the headline's own
    assert clean_title("Oscars 2025: the full list of winners (so far)").text == (
        "Oscars 2025: the full list of winners (so far)"
    )
    via = clean_title("Stocks fall as investors weigh rate outlook — Bloomberg via Yahoo Finance")
    assert (via.publisher, via.republisher) == ("Bloomberg", "Yahoo Finance")


@pytest.mark.parametrize(
    ("raw", "publisher", "republisher"),
    [
        ("Stocks fall as investors weigh rate outlook (AP)", "Associated Press", None),
        ("[Yahoo News] Stocks fall as investors weigh rate outlook", None, "Yahoo News"),
        ("Stocks fall as investors weigh rate outlook « Example Times", "Example Times", None),
        (
            "Stocks fall as investors weigh rate outlook › Markets › Example Times",
            "Example Times",
            None,
        ),
        ("Stocks fall as investors weigh rate outlook [Video]", None, None),
        ("(PHOTOS) Stocks fall as investors weigh rate outlook", None, None),
        # a tagline after the site's name is no publisher
        (
            "Stocks fall as investors weigh rate outlook - The Example Times - Latest News, "
            "Breaking News",
            "The Example Times",
            None,
        ),
    ],
)
def test_more_title_noise(raw, publisher, republisher):
    title = clean_title(raw)
    assert title.text == "Stocks fall as investors weigh rate outlook"
    assert (title.publisher, title.republisher) == (publisher, republisher)


def test_an_aggregators_name_before_a_colon_over_the_headline(extract):
    dump = (
        "Yahoo Finance: Stocks fall as investors weigh rate outlook\n\n"
        "Stocks fall as investors weigh rate outlook\n\n"
        "Stocks in New York fell on Tuesday as investors weighed new comments from central "
        "bank officials about the path of interest rates this year."
    )
    ext = extract(dump)
    assert (ext.title, ext.republisher) == (
        "Stocks fall as investors weigh rate outlook",
        "Yahoo Finance",
    )


def test_noise_shared_by_title_and_headlines():
    headlines = ["Other story about things happen on site", "A third one here elsewhere"]
    assert shared_noise_suffix("Main story about the world on site", headlines) is None
    assert shared_noise_suffix("Main story about the world on site", []) is None
    headlines = ["Other story about things foo bar now", "A third one here foo bar now"]
    assert shared_noise_suffix("Main story about the world foo bar now", headlines) == "foo bar now"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share this article", "share"),
        ("Follow us on Twitter", "share"),
        ("ADVERTISEMENT", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Sign up for our newsletter", "newsletter"),
        ("We use cookies to improve your experience on our website.", "cookie"),
        ("Cookie Policy", "cookie"),
        ("Wir verwenden Cookies auf dieser Website.", "cookie"),
        ("Necessary cookies are essential for the website to function properly.", "cookie"),
        ("© 2024 Example Media. All rights reserved.", "copyright"),
        ("(c) Agencia EFE", "copyright"),
        ("（完）", "press_release"),  # a Chinese wire's end mark
        ("（编辑：王明）", "byline"),
        ("12 Comments", "comments"),
        ("Skip to main content", "navigation"),
        # a breadcrumb whose last crumb is the page's long headline
        ("Home » Weather » How to protect your pipes during a cold snap", "navigation"),
        ("Photo: Getty Images", "image_credit"),
        ("Anzeige", "advertisement"),
        ("Publicidad", "advertisement"),
        ("Teilen auf Facebook", "share"),
        ("Condividi su WhatsApp", "share"),
        ("Delen op LinkedIn", "share"),
        ("この記事をシェアする", "share"),
        ("分享这篇文章", "share"),
        ("이 기사 공유하기", "share"),
        ("By signing up, you agree to our Terms of Use and Privacy Policy.", "newsletter"),
        (
            "Privacy Notice: Newsletters may contain info about charities, online ads, and "
            "content funded by outside parties.",
            "newsletter",
        ),
        (
            "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of "
            "Service apply.",
            "newsletter",
        ),
        ("You have successfully subscribed. Thank you!", "newsletter"),
        ("12 Replies to “Why we moved our servers home”", "comments"),
        ('3 thoughts on "A week without a phone"', "comments"),
        ("8 appreciated comments on “New work: a logo for the harbour”", "comments"),
        ("14 comments to Counting the birds on my balcony", "comments"),
        ("2 Responses to The ferry is back: what changes for commuters", "comments"),
        ("Comments on this story", "comments"),
        ("One Comment", "comments"),  # a thread of one
        ("One Response to The ferry is back: what changes for commuters", "comments"),
        # a company blog's calls to action under the story
        ("Book a Demo", "newsletter"),
        ("Schedule a free discovery call", "newsletter"),
        ("Jetzt kostenlose Beratung vereinbaren", "newsletter"),
        ("Never miss another post", "newsletter"),
        ("Get the latest marketing insights", "newsletter"),
        ("Stay up to date with Acme Tools.", "newsletter"),
        ("Sign up below for a free trial.", "newsletter"),
        ("Liked this piece? Your support keeps this site going.", "newsletter"),
        ("How helpful was this guide?", "newsletter"),
        ("By entering your email, you agree to receive our updates.", "newsletter"),
        # a text-to-speech player's button over the story
        ("Listen to this article • 5 min", "share"),
        ("Ascolta l'articolo", "share"),
        ("Artikel anhören 03:12", "share"),
        ("Ouvir notícia", "share"),
        # a paywall's notices under the teaser
        ("Il vous reste 80% de cet article à lire. Déjà abonné ? Se connecter", "newsletter"),
        ("Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.", "newsletter"),
        ("Has leído 3 de 10 artículos gratuitos este mes.", "newsletter"),
        ("Offrir cet article", "share"),
        ("Já é assinante? Entre", "newsletter"),
        ("この記事は有料記事です。残り1200文字", "newsletter"),
        # the header of the author's box and the link to the comment form
        ("Over de auteur", "byline"),
        ("Sobre o autor", "byline"),
        ("Reageer op dit artikel", "comments"),
        ("Commenta l'articolo", "comments"),
        # a credit naming the picture library, an appeal for support
        ("Photo by John Roe on Unsplash", "image_credit"),
        ("Our journalism needs your support", "newsletter"),
        # an ad slot's label and prompt on one line
        ("Advertisement · Scroll to continue", "advertisement"),
        ("Ad - story continues below", "advertisement"),
        ("Continue reading below", "advertisement"),
        # the prompt alone, in other languages
        ("Continua depois da publicidade", "advertisement"),
        ("Artikel wird nach der Anzeige fortgesetzt", "advertisement"),
        ("Dalsza część artykułu pod reklamą", "advertisement"),
        # an ad slot's label alone, in languages whose word is not "ad"
        ("Annonse", "advertisement"),
        ("Annons", "advertisement"),
        ("Mainos", "advertisement"),
        ("Реклама", "advertisement"),
        ("광고", "advertisement"),
        # a messaging channel's invitation
        ("Receba as notícias do Diário no seu WhatsApp", "share"),
        ("Únete a nuestro canal de WhatsApp", "share"),
        ("Get the latest news on our Telegram channel", "share"),
        # an article's tool buttons and an ad network's header
        ("Gift this article", "share"),
        ("Gift article", "share"),
        ("Save", "share"),
        ("Share full article", "share"),
        ("Audio generated by AI. Learn more", "share"),  # a narration player's note
        ("Voiced by artificial intelligence.", "share"),
        ("Text size", "share"),
        ("Report an error", "share"),
        ("Leer en español", "share"),
        ("Around the web", "advertisement"),
        ("This story appears in the December issue of the magazine.", "print_edition"),
        ("(rrd/rir)", "byline"),  # the desk's initials in brackets
        ("Get the Morning Briefing", "newsletter"),
        ("Sponsored Links", "advertisement"),
        # a prompt to sign in before commenting
        ("Log in to comment", "comments"),
        ("Jetzt anmelden und mitdiskutieren", "comments"),
        ("Connectez-vous pour commenter", "comments"),
        ("Vous devez être connecté pour commenter.", "comments"),
        ("Bitte melden Sie sich an, um zu kommentieren.", "comments"),
        ("Inicia sesión para comentar", "comments"),
        ("You must be logged in to leave a comment. Login | Register", "comments"),
        ("You must be signed in to add a comment.", "comments"),
        ("All comments are public.", "comments"),
        ("Thanks! Your comment has been submitted and will appear after review.", "comments"),
        # a newspaper's print note naming the page, a reprint notice
        (
            "A version of this article appeared May 4, 2021, on page C2 of the Northern "
            "Gazette, with the headline: Ferry Fares Rise.",
            "print_edition",
        ),
        (
            "This copy is for your personal, non-commercial use only. To order copies for "
            "your colleagues, visit our reprints desk.",
            "copyright",
        ),
    ],
)
def test_boilerplate_reasons(line, reason):
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The share price fell sharply after the company said it would cut jobs.",
        "She baked cookies for the whole street every Sunday afternoon.",
        "Trump's comments",
        "Two replies to the survey came from the same office, the auditors found last year.",
        "12 responses to the survey came in before the deadline.",
        "We booked a call with the mayor's office the next morning.",
        "Talk to an advisor before you move your savings.",
        "Listen to this article and the mayor's answer before you vote.",
        "Save the date: the council meets again on Monday.",
        "Audio generated by AI will replace the reporters, the union said.",
        "Comment on this story about the mayor if you were there.",
        "One response to the survey came from the mayor's office.",
        "Users must log in to comment on the draft rules, the ministry said on Monday.",
        "Not all comments are public, the agency said, and some were redacted before release.",
        "A version of this story ran on page one of a rival paper, the mayor complained.",
        "(c) the ministry may extend the deadline by a month.",
        "Our journalism needs your support, the editor wrote in a letter on Sunday.",
        # cookies baked or regulated, not the site's: no visitor, site or choice named
        "The dough was rolled onto a floured cookie sheet and frozen for later use.",
        "Rules such as the GDPR set limits on how companies use personal data in Europe.",
    ],
)
def test_prose_is_not_boilerplate(line):
    assert boilerplate_reason(line) is None


def test_hard_wrapped_block_is_joined_but_menu_is_not():
    wrapped = (
        "The council said on Monday that the new bridge would open to\n"
        "traffic in the spring, two years later than planned, because the\n"
        "steel arrived late from the supplier abroad."
    )
    assert [line.text for line in segment_lines(wrapped)] == [" ".join(wrapped.split("\n"))]
    menu = "Home\nNews\nSport\nWeather"
    assert [line.text for line in segment_lines(menu)] == ["Home", "News", "Sport", "Weather"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By our correspondent Jane Doe", ["Jane Doe"]),
        ("Von unserem Korrespondenten Max Mustermann", ["Max Mustermann"]),
        ("De notre envoyé spécial Paul Martin", ["Paul Martin"]),
    ],
)
def test_bylines_naming_the_papers_own_staff(line, authors):
    assert byline_authors(line) == authors


def test_a_flattened_page_is_cut_after_a_date_that_ended_its_line():
    page = (
        "Home News Sport Ferry service to resume after storm repairs By Lena Marsh "
        "March 4, 2024 The ferry will run again from Friday, the harbour authority said. "
        "Four men held after a break-in at the marina April 21, 2022 Bayside School Board "
        "meets on Monday. Stand 18.07.2025 Neue Fahrpläne gelten ab Montag. " * 20
    ).strip()
    pieces = [line.text for line in segment_lines(page)]
    assert "By Lena Marsh March 4, 2024" in pieces
    assert "April 21, 2022" in pieces and "18.07.2025" in pieces
    assert "Four men held after a break-in at the marina" in pieces
    # a date inside a sentence, before a lower-case word, stays in it
    assert not any(p.startswith("2024") for p in pieces)


def test_a_flattened_page_is_not_cut_after_a_title_or_an_initial():
    sentence = "The first sailing leaves at six in the morning and the last one at ten at night. "
    page = (
        sentence * 12 + "Opinion Columnists William A. Galston Holman W. Jenkins Books "
        "Music Dance. The captain swung the rope at Mr. Rudolph, and Dr. Roe watched. "
        "It rained. A boat left."
    )
    pieces = [line.text for line in segment_lines(page)]
    assert pieces[12:] == [
        "Opinion Columnists William A. Galston Holman W. Jenkins Books Music Dance.",
        "The captain swung the rope at Mr. Rudolph, and Dr. Roe watched.",
        "It rained.",
        "A boat left.",
    ]


def test_one_line_page_is_cut_around_a_comment_threads_or_forms_opening():
    sentence = "The first sailing leaves at six in the morning and the last one at ten at night. "
    page = (
        sentence * 12 + "Filed under Travel 3 thoughts on “The ferry is back” Milan Roe "
        "liked it. Leave a Reply Cancel reply Schreibe einen Kommentar Name E-Mail We "
        "leave a comment box below. LEAVE A REPLY Name"
    )
    pieces = [line.text for line in segment_lines(page)]
    assert pieces[12:] == [
        "Filed under Travel",
        "3 thoughts on “The ferry is back”",
        "Milan Roe liked it.",
        "Leave a Reply",
        "Cancel reply",
        "Schreibe einen Kommentar",
        "Name E-Mail We leave a comment box below.",  # in a sentence
        "LEAVE A REPLY",
        "Name",
    ]


def test_furniture_glued_to_a_sentences_start_on_a_flattened_page_is_cut_off():
    sentence = "The first sailing leaves at six in the morning and the last one at ten at night. "
    page = (
        sentence * 12 + "Share this article: A new timetable starts on Monday. "
        "Foto: Jahr Media Auf der Messe zeigen die Werften ihre Boote. "
        "Teilen Sie dies mit: Die Fähre fährt wieder. Twitter Die Fähre hält dort. "
        "Zurück zum Lexikon Ein Hafen ist ein Ort für Schiffe. "
        "(Foto: Jane Roe) Die Werft baut neue Fähren. 5 min read The port opens at six. "
        "Foto: Jane Roe „Wir bauen weiter“, sagt die Werft. "
        # a pattern's word inside a sentence's words stays ("Home Improvement ROI")
        "Home Improvement ROI is the return of a renovation. "
        # no sentence opens after it, and a sentence's end is no furniture's
        "Search Engine Optimisation matters. It rained. Print "
        # furniture glued onto a piece's end, not a credit's end inside its bracket
        "Der Hafen ist wieder offen Teilen Sie dies mit: Twitter Facebook Drucken E-Mail Mehr "
        "Reddit. Die Fähre kam pünktlich an (Credit: Getty Images) Er schrieb auf Twitter"
    )
    pieces = [line.text for line in segment_lines(page)]
    assert pieces[12:] == [
        "Share this article:",
        "A new timetable starts on Monday.",
        "Foto: Jahr Media",
        "Auf der Messe zeigen die Werften ihre Boote.",
        "Teilen Sie dies mit:",  # the label's colon, not "Teilen" before "Sie"
        "Die Fähre fährt wieder.",
        "Twitter",
        "Die Fähre hält dort.",
        "Zurück zum Lexikon",
        "Ein Hafen ist ein Ort für Schiffe.",
        "(Foto: Jane Roe)",  # a credit in brackets
        "Die Werft baut neue Fähren.",
        "5 min read",  # a reading time
        "The port opens at six.",
        "Foto: Jane Roe",  # before a quotation that opens the sentence
        "„Wir bauen weiter“, sagt die Werft.",
        "Home Improvement ROI is the return of a renovation.",
        "Search Engine Optimisation matters.",
        "It rained.",
        "Print",
        "Der Hafen ist wieder offen",
        "Teilen Sie dies mit:",
        "Twitter Facebook Drucken E-Mail Mehr Reddit.",
        # a credit's end inside its bracket, a word after a function word: no furniture
        "Die Fähre kam pünktlich an (Credit: Getty Images) Er schrieb auf Twitter",
    ]


def test_a_photos_credit_after_its_caption_on_a_flattened_page_is_cut_off():
    sentence = "The first sailing leaves at six in the morning and the last one at ten at night. "
    page = (
        sentence * 12 + "The new ferry at the pier on Monday. © Jane Roe/Harbour Photos "
        "The ferry carries four hundred people. "
        # a footer's copyright stays with the sentence before it
        "No part may be copied. © 2025 Harbour News. All rights reserved. "
        "Do not copy. © Harbour News 2025. Ask first. © Harbour News. All rights reserved."
    )
    pieces = [line.text for line in segment_lines(page)]
    assert pieces[12:] == [
        "The new ferry at the pier on Monday.",
        "© Jane Roe/Harbour Photos",
        "The ferry carries four hundred people.",
        "No part may be copied. © 2025 Harbour News.",
        "All rights reserved.",
        "Do not copy. © Harbour News 2025.",
        "Ask first. © Harbour News.",
        "All rights reserved.",
    ]


def test_a_story_list_or_comments_header_after_a_buttons_label_is_cut_out():
    sentence = "The first sailing leaves at six in the morning and the last one at ten at night. "
    page = (
        sentence * 12 + "Jetzt einen Termin vereinbaren Ähnliche Beiträge Neue Regeln für "
        "Fähren. These are the Most Read stories of the week. Ihre Meinung teilen "
        "Kommentare (2)"
    )
    pieces = [line.text for line in segment_lines(page)]
    assert pieces[12:] == [
        "Jetzt einen Termin vereinbaren",
        "Ähnliche Beiträge",
        "Neue Regeln für Fähren.",
        "These are the Most Read stories of the week.",  # after a function word: a sentence
        "Ihre Meinung teilen",
        "Kommentare (2)",
    ]


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Lire plus sur Le Monde", "Le Monde"),
        ("En savoir plus sur lemonde.fr", "lemonde.fr"),
        ("Lee más de El País", "El País"),
        ("Lesen Sie mehr bei SPIEGEL ONLINE", "SPIEGEL ONLINE"),
        ("Czytaj więcej na wp.pl", "wp.pl"),
        ("Läs mer på svt.se", "svt.se"),
        ("Devamını oku: hurriyet.com.tr", "hurriyet.com.tr"),
        ("Baca selengkapnya di kompas.com", "kompas.com"),
        ("Читать далее на ria.ru", "ria.ru"),
    ],
)
def test_read_more_from_a_source_in_other_languages(line, source):
    more = pointer_of(line)
    assert more is not None and (more.rel, more.source) == ("read_more", source)


@pytest.mark.parametrize(
    "line",
    [
        "שר האוצר במסיבת עיתונאים בירושלים. צילום: יונתן כהן/פלאש 90",
        "Министр на пресс-конференции в Москве. Фото: Иван Петров/ТАСС",
        "وزير المالية خلال المؤتمر الصحفي في الرياض. تصوير: أحمد علي",
        "記者会見する知事。写真：共同",
        "سبائك ذهبية في أحد المتاجر بدبي (رويترز)",  # the agency in brackets
    ],
)
def test_a_caption_credited_in_a_script_without_capitals(line):
    assert is_caption_like(line, copied=False)
    assert not is_caption_like("他说：“我们会继续努力。”", copied=False)


@pytest.mark.parametrize(
    ("line", "value", "update"),
    [
        ("Közzétéve: 2026. november 26. 09:14", "2026-11-26", False),
        ("Frissítve: 2026. november 26. 11:02", "2026-11-26", True),
        ("Actualizat: 26 noiembrie 2026, 11:02", "2026-11-26", True),
        ("Ενημέρωση: 26 Νοεμβρίου 2026, 11:02", "2026-11-26", True),
        ("Cập nhật: 26/11/2026 11:02", "2026-11-26", True),
        ("به‌روزرسانی: ۶ آذر ۱۴۰۵ - ۱۱:۰۲", "2026-11-27", True),
        ("آخر تحديث: 27 نوفمبر 2026 12:40", "2026-11-27", True),
        ("Mise à jour le 27/11/2026 à 12h10", "2026-11-27", True),
        ("Ultimo aggiornamento: 27 novembre 2026, 12:40", "2026-11-27", True),
        ("Atualização: 27/11/2026 12h40", "2026-11-27", True),
    ],
)
def test_update_labels_in_more_languages(line: str, value: str, update: bool) -> None:
    stamp = find_timestamp(line)
    assert stamp is not None and (stamp.value, stamp.is_update) == (value, update)


def test_related_headers_ending_in_a_vowel_sign_or_in_more_languages() -> None:
    from consumer.core.text.classify import is_related_header

    # a Devanagari vowel sign is no trailing symbol to strip ("ये भी पढ़ें")
    assert is_related_header("ये भी पढ़ें")
    assert is_related_header("संबंधित खबरें")
    assert is_related_header("Ezt is ajánljuk")
    assert is_related_header("함께 읽으면 좋은 기사")
    assert is_related_header("あわせて読みたい")
    assert is_related_header("Related Posts 👇")


def test_a_wires_link_to_the_release_with_its_pictures_is_press_release_furniture(extract):
    ext = extract(
        "Acme Robotics Launches Warehouse Picking System\n"
        "BOSTON, Nov. 25, 2026 /PRNewswire/ -- Acme Robotics today announced the launch of "
        "PickPro, a robotic picking system that handles more than 1,000 items an hour.\n"
        "The system will be available in the first quarter of 2027, the company said.\n"
        "View original content to download multimedia: https://www.example.com/news/acme\n"
    )
    assert ext.removed["press_release"] == 1
    assert len(ext.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2026 Napi Hírek Kft.", "Napi Hírek"),  # without the company's legal form
        ("Copyright © 한빛일보. 무단전재 및 재배포 금지", "한빛일보"),
        ("저작권자(c) 한빛일보, 무단 전재-재배포, AI 학습 및 활용 금지", "한빛일보"),
        ("جميع الحقوق محفوظة © 2026 صحيفة الخليج اليوم", "صحيفة الخليج اليوم"),
        ("Copyright © 2010-2026 The Daily Example | Privacy Policy", "The Daily Example"),
        ("©2024 Example Media, Inc. All rights reserved.", "Example Media"),
        ("© כל הזכויות שמורות לחדשות היום", None),  # "all rights reserved to ..."
        ("A train in Berlin. © dpa/Jane Roe", None),  # a photo's credit
        ("© 2026", None),
        # the year after the name, the word "Copyright" after the sign
        ("© Le Courrier de l'Ouest 2026 - Tous droits réservés", "Le Courrier de l'Ouest"),
        ("Riproduzione riservata © Copyright Il Gazzettino del Nord", "Il Gazzettino del Nord"),
        ("© The Daily Example - All rights reserved", "The Daily Example"),
    ],
)
def test_the_holder_a_copyright_line_names(line, holder):
    assert copyright_holder(line) == holder


def test_the_footer_copyright_names_the_publisher(extract):
    body = (
        "Die Deutsche Bahn will ab dem kommenden Jahr eine neue Schnellverbindung zwischen"
        " Berlin und München anbieten. Die Fahrzeit soll auf unter vier Stunden sinken."
    )
    ext = extract(
        f"Bahn kündigt neue Schnellverbindung an\n{body}\n© 2026 Rheinische Morgenpost GmbH\n"
        "Impressum"
    )
    assert ext.publisher == "Rheinische Morgenpost"
    assert ext.paragraphs == [body]


@pytest.mark.parametrize(
    ("line", "labelled"),
    [
        ("First Published: 29 Nov 2026, 10:15 AM IST", True),
        ("Publié le 29/11/2026 à 08h15", True),
        ("Veröffentlicht am 29.11.2026", True),
        ("Updated: 29 Nov 2026, 11:42 AM IST", False),
        ("Posted on 29 Nov 2026", False),  # a post's or a comment's as often
        ("Date: 29 Nov 2026", False),
    ],
)
def test_publication_labels(line: str, labelled: bool) -> None:
    assert opens_with_publication_label(line) is labelled
