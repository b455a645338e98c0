"""Page furniture as whole short lines (in several languages), and buttons glued to lines."""

from __future__ import annotations

import pytest

from consumer.core.html.lines import (
    boilerplate_reason,
    filter_lines,
    is_read_more,
    sole_cell,
    unboxed,
)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Folgen Sie uns auf Facebook", "share"),
        ("Suivez-nous sur Twitter", "share"),
        ("Seguici", "share"),
        ("Artikel teilen", "share"),
        ("Partager cet article", "share"),
        # Page tools alone on a line or in a strip.
        ("- Increase font size", "share"),
        ("- Decrease font size", "share"),
        ("- Send this article:", "share"),
        ("Email this Page", "share"),
        ("| View author's page | Send this article | Print this article |", "share"),
        ("Printer friendly", "share"),
        ("E-Mail", "share"),
        ("digg this | reddit", "share"),
        ("Post to del.icio.us", "share"),
        ("Share/save this article:", "share"),
        ("Related Topics: Harbour, Ferries", "boilerplate"),
        ("- Printer-friendly version", "share"),
        ("Printer-friendly version Email-a-friend Respond", "share"),
        ("Article E-Mail :: Comment :: Syndication :: Printer Friendly Page", "share"),
        ("E-MAIL THIS TO A FRIEND PRINT FRIENDLY FORMAT GET THIS VIA EMAIL", "share"),
        ("Compartir en WhatsApp", "share"),
        ("Click to share on Twitter (Opens in new window)", "share"),
        ("Click To Tweet", "share"),
        ("Werbung", "advertisement"),
        ("Реклама", "advertisement"),
        ("광고", "advertisement"),
        ("Iklan", "advertisement"),
        ("Advertisement - Continue Reading Below", "advertisement"),
        ("12 Kommentare", "comments"),
        ("Comments (3)", "comments"),
        ("Schlagwörter: Wahl, Landtag, Regierung", "boilerplate"),
        ("Từ khóa: xe buýt điện, Hà Nội", "boilerplate"),
        ("For the latest news, weather and sports, head to KXYZ.", "advertisement"),
        ("For the latest news, weather and sports, head to KXYZ.com.", "advertisement"),
        ("Cet article vous a-t-il été utile ?", "comments"),  # a rating box's question
        ("Was this article helpful? Yes No", "comments"),
        ("Thanks for reading The Ink Well! Subscribe for free to receive new posts.", "newsletter"),
        ("Mots-clés : élections, budget", "boilerplate"),
        ("Štítky: doprava, dálnice", "boilerplate"),
        ("Aktualisiert am 03.02.2021, 10:32 Uhr", "boilerplate"),
        ("Mis à jour le 03/02/2021 à 10:32", "boilerplate"),
        ("Publicado em 03/02/2021", "boilerplate"),
        ("Newsletter abonnieren", "newsletter"),
        ("Abonnez-vous à notre lettre d'information", "newsletter"),
        ("Das könnte Sie auch interessieren", "read_more"),
        ("À lire aussi", "read_more"),
        ("You might also like", "read_more"),
        ("Foto: Agentur / Erika Muster", "credit"),
        ("Crédit photo : Jean Dupont", "credit"),
        ("Alle Rechte vorbehalten.", "boilerplate"),
        ("Todos los derechos reservados", "boilerplate"),
        ("Listen to this article 4:32 min", "boilerplate"),
        ("Loading...", "boilerplate"),
        ("기사입력 :[ 2018-09-28 17:32 ]", "boilerplate"),
        ("Copyright 2024 Example Media Ltd.", "boilerplate"),
        ("©2024 Example Media", "boilerplate"),
        ("Copyright © Harbour News. All rights reserved.", "boilerplate"),
        ("ⓒ 하버뉴스 무단전재 및 재배포 금지", "boilerplate"),
        ("公開日：2024年3月5日", "boilerplate"),
        ("입력 2026.11.27 09:30 | 수정 2026.11.27 11:05", "boilerplate"),
        ("2026年11月27日 10時30分", "boilerplate"),  # the date alone, in its characters
        ("사진=한빛일보 DB", "credit"),
        ("Ảnh: Lê Minh", "credit"),
        ("फोटो: पीटीआई", "credit"),
        ("Φωτογραφία: Eurokinissi", "credit"),
        ("发布时间：2024-03-05 10:32", "boilerplate"),
        ("Your Name Your Email Your Comment Note that comments are moderated.", "comments"),
        ("Name * Email * Website Comment", "comments"),
        ("Zum Weiterlesen:", "read_more"),
        ("Lesen Sie auch die folgenden Beiträge:", "read_more"),
        ("Schon gelesen?", "read_more"),
        ("Auch interessant:", "read_more"),
        ("Mehr zum Thema auf Beispiel.de", "read_more"),
        ("NOTAS RELACIONADAS", "read_more"),
        ("Contenido relacionado", "read_more"),
        ("Keine Kommentare (Kommentare erscheinen nach Freigabe)", "comments"),
        ("Jetzt zum Newsletter anmelden", "newsletter"),
        ("If you enjoyed reading this post, please consider supporting us.", "newsletter"),
        ("Kategorie: Nachrichten", "boilerplate"),
        ("Beitragsbild: Titelseite einer Zeitung", "credit"),
        ("Bild anzeigen", "boilerplate"),
        ("(Alle Angaben ohne Gewähr)", "boilerplate"),
        ("Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie uns.", "newsletter"),
        ("Unterstütze Beispielmagazin bereits mit 2,50!", "newsletter"),
        ("Materiał chroniony prawem autorskim - zasady przedruków.", "boilerplate"),
        ("Anzeige, enthält Affiliate Links", "advertisement"),
        ("Du musst eingeloggt sein, um Kommentare zu schreiben!", "comments"),
        ("Um den Beitrag kommentieren zu können, müssen Sie eingeloggt sein.", "comments"),
        ("Verraten Sie gerne in den Kommentaren: Was halten Sie davon?", "comments"),
        ("Weitere Informationen zum Hafen in Kiel:", "boilerplate"),
        ("For the latest stories download the Gazette apps for iOS and Android.", "boilerplate"),
        (
            "Klicken Sie auf den unteren Button, um den Inhalt von example.org zu laden.",
            "boilerplate",
        ),
        ("¡Mira lo que tiene nuestro canal de YouTube!", "share"),
        ("Lust auf mehr? Melde dich hier für unseren Newsletter an.", "newsletter"),
        # the newsletter named after a verb too common alone
        ("Assine nossa newsletter", "newsletter"),
        ("Schrijf je in voor onze nieuwsbrief", "newsletter"),
        ("Prenumerera på vårt nyhetsbrev", "newsletter"),
        ("Подпишитесь на нашу рассылку", "newsletter"),
        ("Bültenimize abone olun", "newsletter"),
        ("Ricevi la newsletter ogni mattina", "newsletter"),
        ("ニュースレターに登録", "newsletter"),
        ("뉴스레터 구독하기", "newsletter"),
        # an ad slot's prompt, a messaging channel's invitation
        ("Continua depois da publicidade", "advertisement"),
        ("Artikeln fortsätter under annonsen", "advertisement"),
        ("Siga o canal do Diário no WhatsApp", "share"),
        ("Segui il nostro canale WhatsApp", "share"),
        # an article's tool buttons and an ad network's header
        ("Add to your saved stories", "share"),
        ("Suggest a correction", "share"),
        ("Summarize this article with AI", "share"),
        ("This summary was generated by AI and reviewed by our editors.", "share"),
        ("Read in English", "share"),
        ("Promoted Stories", "advertisement"),
        # a sponsor's label left without its logo, a page tool alone
        ("Sponsored by:", "advertisement"),
        ("Brought to you by", "advertisement"),
        ("in collaboration with", "advertisement"),
        ("Recommend this article...", "share"),
        ("This article appeared in the March 2024 issue of Example Monthly.", "boilerplate"),
        ("Posted: 24 November 2026 | By Lee Chang", "metadata"),
        # The date with the time the page was updated, or the time first.
        ("Sunday, March 1, 2026 - Page updated at 12:00 AM", "metadata"),
        ("3:05p.m. 12 March 2026", "metadata"),
        ("08:40 PM PST on Monday, March 2, 2026", "metadata"),
        ("Von Jan Müller, 26.11.2026", "byline"),
        ("By Jane Doe, Nov 26, 2026", "byline"),
        # A wire story's credit: the agency after the name or alone, the paper's staff.
        ("By: Jane Doe, THE CANADIAN PRESS", "byline"),
        ("By JANE DOE, AP Business Writer", "byline"),
        ("THE ASSOCIATED PRESS", "byline"),
        ("By CP", "byline"),
        ("Harbour Times staff reporter", "byline"),
        ("Jane Doe, THE ASSOCIATED PRESS", "byline"),
        ("By JANE Q. DOE - Associated Press Writer --", "byline"),
        ("| 3/10/2026, 6:07 a.m. EST By JANE DOE The Associated Press | |", "byline"),
        ("Harbour Tribune News Service", "byline"),
        ("Harbour Times news services", "byline"),
        ("Example.ca News Staff", "byline"),
        # prompts to read or write comments
        ("Be the first to comment", "comments"),
        ("View 23 comments", "comments"),
        # ... and to sign in first, as the text mode reads them
        ("Inicia sesión para comentar.", "comments"),
        ("Connectez-vous pour commenter.", "comments"),
        ("Faça login para comentar.", "comments"),
        ("Found a typo? Highlight it and press Ctrl+Enter.", "share"),
    ],
)
def test_furniture_lines_in_other_languages(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Mire: Cantante da positivo a COVID-19 tras su gira",
        "PUEDES VER: ¿Qué es la Sunedu y para qué sirve?",
        "Lesen Sie hier: Spielabbruch in der Kreisliga nach Streit",
    ],
)
def test_read_more_labels_in_other_languages(line: str) -> None:
    assert is_read_more(line)


@pytest.mark.parametrize(
    "line",
    [
        "Die Kategorie entscheidet über die Förderung.",
        "Wir haben den Artikel weiterlesen wollen, doch die Seite war gesperrt.",
        "Mireille Dupont a quitté la ville en 2019.",
        "Weitere Informationen gab die Polizei am Abend nicht bekannt.",
        "Der Verein verschickt seinen Newsletter an 2000 Mitglieder.",
        "Recibe el premio el presidente del club, Juan Pérez.",
        "Tilaa pizza verkosta ja nouda se ravintolasta.",
        # a headline about a messaging app names no channel of the site's
        "Get ready: WhatsApp will stop working on older iPhones next month",
        "Readers in English-speaking countries report an error in the app.",
        "By Friday, prices had fallen 12% since 2024.",
        # a wire agency or a news service named in a sentence
        "With files from the Canadian Press",
        "The figures were first reported by Reuters.",
        "Jane Doe, a reporter, said AP had the story first.",
        "The Harbour News Service closed in 2019 after forty years.",
        # a sentence about commenting or registering, not the form's call
        "Para comentar el caso, el ministro debe estar en Madrid.",
        "Debes estar registrado para votar en las elecciones municipales.",
        "Vous devez lire le rapport avant de le commenter en public.",
        # a sentence about the page's tools
        "Increase the font size in your browser settings to read more easily.",
        "Send this article to your MP, the campaign says.",
        "Sponsored by the Harbour Trust, the festival runs until May.",
        "We recommend this article to every new sailor.",
    ],
)
def test_sentences_with_the_same_words_stay(line: str) -> None:
    assert boilerplate_reason(line) is None
    assert not is_read_more(line)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Image copyright Agency Name", "credit"),
        ("(AP Photo/Jane Doe)", "credit"),
        ("责任编辑：李华", "credit"),
        ("（编辑：王明）", "credit"),
        ("（完）", "credit"),
        ("Getty Images", "credit"),
        # A photographer's credit before the agency, and a featured image's credit.
        ("Jane Doe/Getty Images", "credit"),
        ("JOHN SMITH/AFP/Getty Images", "credit"),
        ("J. Alan Roe / Reuters", "credit"),
        ("Featured image by Jane Doe/The Harbour Post.", "credit"),
        ("featured image: Jane Doe via Unsplash", "credit"),
        ("Photo source: Jane Doe from Pexels.", "credit"),
        # A subscription offered at a discount; a newsletter's call to the inbox.
        ("WINTER SALE!! Subscribe to The Harbour Post and save over 60%*", "newsletter"),
        ("A good start to the year - subscribe now to save 25%", "newsletter"),
        ("Get daily news in your inbox and read it at your convenience.", "newsletter"),
        ("Photo 3 of 12", "credit"),
        ("1 / 12", "credit"),
        ("Next article", "navigation"),
        ("Back to top", "navigation"),
        ("Older Post", "navigation"),
        ("Newer Posts", "navigation"),
        ("No related posts.", "navigation"),
        ("[return to top]", "navigation"),
        ("[ Back To The Top ]", "navigation"),
        ("(Return to top of page)", "navigation"),
        ("Trending Now", "navigation"),
        ("Already a subscriber? Log in", "paywall"),
        ("You have reached your limit of free articles.", "paywall"),
        ("この記事は有料記事です。残り1200文字", "paywall"),
        ("Il vous reste 80% de cet article à lire. La suite est réservée aux abonnés.", "paywall"),
        ("You have read 2 of 5 free articles this month.", "paywall"),
        ("Vous avez lu 2 articles sur 5 ce mois-ci.", "paywall"),
        ("Sie haben 3 von 10 kostenlosen Artikeln gelesen.", "paywall"),
        ("Bereits Abonnent? Anmelden", "paywall"),
        ("Article réservé aux abonnés. Abonnez-vous pour lire la suite.", "paywall"),
        ("You have 2 free articles left this month.", "paywall"),
        ("Report a typo", "boilerplate"),
        ("Have a news tip? Write to the newsroom.", "boilerplate"),
        ("Terms of Use", "boilerplate"),
        (
            "Disclosure: this post may contain affiliate links, which means we may earn a "
            "small commission at no extra cost to you.",
            "advertisement",
        ),
        (
            "The new ferry at the pier after its first crossing in May. (credit: Harbour "
            "Board/Jane Doe)",
            "caption",
        ),
        ("Crowds on the promenade on Tuesday. (AP Photo/John Smith)", "caption"),
        (
            "The Gazette publishes a range of letters. We’d like to hear what you think about "
            "this or any of our articles. Here's our email: letters@example.com.",
            "boilerplate",
        ),
        (
            "Have an opinion on this story? Email us your letter of up to 300 words to be "
            "considered for publication.",
            "boilerplate",
        ),
        (
            "Start your week with the Harbour Brief, the digest our readers love. Sign up for "
            "the free weekly newsletter.",
            "newsletter",
        ),
        (
            "(By using the affiliate links in this post you support the site. We may get a "
            "small kick back.)",
            "advertisement",
        ),
    ],
)
def test_news_page_furniture_lines(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


def test_more_colon_opens_a_teaser() -> None:
    assert is_read_more("MORE: Council votes to close the old bridge for repairs")
    assert not is_read_more("More than 200 people attended the meeting on Tuesday.")
    assert is_read_more("SEE ALSO - Council votes to close the old bridge")
    assert is_read_more("WATCH — The storm reaches the pier")
    assert is_read_more("(Leggi anche su: I lavori al porto finiranno a maggio –FOTO)")
    assert is_read_more("Read more on Harbour News: The storm reaches the pier")
    assert is_read_more("Baca juga: Pelabuhan ditutup karena badai")
    assert is_read_more("Читайте также: Паром вышел в море")
    assert is_read_more("Siehe auch: Der Hafen wird erneuert")
    assert is_read_more("Te puede interesar: El puerto cierra por el temporal")
    assert is_read_more("Das könnte Sie auch interessieren: Der Hafen wird erneuert")
    assert is_read_more("You may also like: The storm reaches the pier")
    assert not is_read_more("Te puede interesar saber que el puerto cerró ayer.")
    # a label in capitals before the headline, with no separator (a bold label, a link)
    assert is_read_more("LEGGI ANCHE Frana sulla statale, paese isolato per ore")
    assert is_read_more("RELATED Council votes to close the old bridge")
    assert is_read_more("LIRE AUSSI. Retraites : ce que contient le nouveau projet de loi")
    assert is_read_more("Noticia relacionada: El paro baja en 30.000 personas en octubre")
    assert is_read_more("Articolo correlato: Neve in montagna, chiusi tre passi alpini")
    assert not is_read_more("See also. The council voted on Tuesday to close the old bridge.")
    assert not is_read_more("WATCH the storm hit the pier. It came at noon.")
    assert not is_read_more("LISTEN “Hard Times,” by the harbour band Low Tide")
    assert not is_read_more("Read more books, the council urged its residents")
    assert not is_read_more("Watch on Sunday: the new ferry sails at noon.")
    assert not is_read_more("Also in Paris: the mayor opened the new bridge on Monday.")
    assert not is_read_more("Video-game makers reported record sales on Tuesday.")
    assert not is_read_more("Also-rans in the race were left to fight over third place.")


@pytest.mark.parametrize(
    "line",
    [
        "Die Regierung will die Steuern im nächsten Jahr senken, teilte das Ministerium mit.",
        "Sigue la lluvia en el norte del país durante toda la semana.",
        "Partager les tâches ménagères reste un sujet de dispute pour beaucoup de couples.",
        "Follow us as we walk the old pilgrims' road from the coast to the hills.",
        "Publicado originalmente en 1967, el libro vendió millones de copias.",
        "Werbung im Fernsehen kostet die Parteien mehr als je zuvor.",
        "Реклама на телевидении стоит партиям дороже, чем когда-либо.",
        "Die Fotos zeigen das Ausmaß der Zerstörung.",
        "Recommended doses were cut by half after the trial.",
        "Getty Images photographers were at the scene within minutes.",
        "Featured image is of the new ferry at the harbour.",
        "The mayor flew back from London/Reuters",
        "Tom and Jerry/Reuters",
        "At 10:30 am on Friday, March 6, 2026 the bridge closed.",
        "The Associated Press reported the fire on Monday.",
        "Two staff reporters were at the meeting.",
        "E-mail a friend a link to this story.",
        "The printer-friendly version costs more.",
        "Older posts on the forum were deleted in March.",
        "Post to the council by Friday, the notice says.",
        "Return to index funds once the market calms, she advised.",
        "Readers who subscribe save 20% on fees, the company said.",
        "Get used to seeing more junk mail in your inbox, experts warn.",
        "Next, the committee will vote on the budget.",
        "In letters to the editor, residents complained about the noise from the pier.",
        "- Sign up for the streaming bundle with the same email as your old account",
        "Copyright holders sued the company in March over the archive.",
        "Copyright law in a fragmented world",
        "The board took the photo down after complaints (see the statement: harbour.example).",
        "Critics questioned the image of the town (as the mayor put it: tired and dated).",
        "입력 방식이 바뀌면서 2018년 9월부터 새 제도가 시행됐다.",
        "Name and email addresses of the donors were published by the council.",
        "- Affiliate programs: streamers earn a commission when viewers buy through their links.",
        "The retailer's affiliate programme was wound up last year after falling sales.",
    ],
)
def test_sentences_that_open_alike_are_kept(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_a_tweet_button_glued_to_a_sentence_goes_and_the_sentence_stays() -> None:
    body = filter_lines(
        [
            "Small steps every day add up to a large change.Click To Tweet",
            "She said the tweet this morning was a mistake.",
        ],
        headlines=[],
        captions=[],
        related_titles=[],
    )
    assert body.paragraphs == [
        "Small steps every day add up to a large change.",
        "She said the tweet this morning was a mistake.",
    ]


def test_how_long_ago_the_story_was_posted_leaves_its_first_line_only() -> None:
    lines = [
        "2 hrs 10 mins ago WASHINGTON - The Senate passed the spending bill late on Thursday.",
        "3 hours ago Reporters were told the vote would wait.",
    ]
    body = filter_lines(lines, headlines=[], captions=[], related_titles=[])
    assert body.paragraphs == [
        "WASHINGTON - The Senate passed the spending bill late on Thursday.",
        "3 hours ago Reporters were told the vote would wait.",
    ]
    sentence = "2 hours ago the river rose over its banks, the mayor said."
    assert filter_lines([sentence], headlines=[], captions=[], related_titles=[]).paragraphs == [
        sentence
    ]


def test_a_wire_byline_with_its_role_and_age_goes_printed_once_or_twice() -> None:
    for line in (
        "By Jane Roe, AP Writer – 2 hrs ago",
        "By JANE ROE, AP Writer JANE ROE, AP Writer – 2 hrs ago",
        "By Jane Roe, AP WriterJane Roe, AP Writer - 2 hrs ago",
        "By SAM LEE and ANN WU, Associated Press Writers 1 hour, 24 minutes ago",
        "Jane Roe, Staff Writer | 15 mins ago",
        "By Jane Roe, The Associated Press 3 hours ago",
    ):
        assert boilerplate_reason(line) == "byline", line
    for line in (
        "Jane Roe, a staff writer, left 2 hours ago.",
        "By Jane Roe, AP Writer",  # (the wire credit's own pattern: also a byline)
        "Jane Roe, Mayor – 2 hrs ago",
    ):
        assert boilerplate_reason(line) != "byline" or line == "By Jane Roe, AP Writer", line


def test_a_byline_of_two_writers_alone_on_its_line_goes() -> None:
    for line in (
        "By JANE DOE AND JOHN ROE",
        "By Jane Doe and John Roe",
        "Von Jana Meier und Tom Berg",
        "Par Jeanne Roux et Paul Marin",
    ):
        assert boilerplate_reason(line) == "byline", line
    for line in (
        "By Land and Sea",
        "By the River and the Sea",
        "By 2030 and Beyond",
        "By Tuesday the ships and the boats were moving again.",
    ):
        assert boilerplate_reason(line) is None, line


def test_a_byline_with_its_published_date_goes() -> None:
    for line in (
        "By Jane Doe Published 09 November 2024 17:39",
        "By Jane Doe Updated: Nov. 18, 2024 3:45 p.m. ET",
        "By Jane Doe Posted on Monday, Nov 18, 2024",
        "Von Jana Meier Aktualisiert am 3. März 2024",
    ):
        assert boilerplate_reason(line) == "byline", line
    for line in (
        "By Jane Doe published her first novel in 2019",
        "By The Book Published Authors of 2019",
        "By Jane Doe Published in 2019 by Harbour Press",
        "| | By Harbour Legal Published: July 17, 2004 |",  # (a table's row)
    ):
        assert boilerplate_reason(line) is None, line


def test_a_wire_byline_and_its_age_leave_the_story_s_first_line() -> None:
    lines = [
        "By JANE ROE, AP Business Writer 47 minutes ago HARBOUR CITY - The port reopened on "
        "Monday after a week of storms, officials said.",
        "By Tuesday the ships were moving again.",
    ]
    body = filter_lines(lines, headlines=[], captions=[], related_titles=[])
    assert body.paragraphs == [
        "HARBOUR CITY - The port reopened on Monday after a week of storms, officials said.",
        "By Tuesday the ships were moving again.",
    ]
    sentence = "Jane Roe, the editor, 2 hours ago Said she would stay."
    assert filter_lines([sentence], headlines=[], captions=[], related_titles=[]).paragraphs == [
        sentence
    ]


def test_a_long_copyright_notice_is_boilerplate() -> None:
    notice = (
        "© 2022, Harbour Daily News. This article is the copyrighted property of Harbour "
        "Daily News. Written permission must be obtained before reprint in online or print "
        "media. REPRINTING CONTENT WITHOUT PERMISSION IS THEFT AND PUNISHABLE BY LAW."
    )
    assert len(notice) > 200
    assert boilerplate_reason(notice) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Immediate online access to all issues from 2024. Subscription will auto renew annually.",
        "Get unlimited access to every story for $1 a week. Cancel anytime.",
        "Haz periodismo con nosotros por 5 euros al mes. Cancela cuando quieras.",
        "Alle Artikel für 4,99 Euro im Monat, jederzeit kündbar.",
    ],
)
def test_a_subscription_offer_is_a_paywall_line(line: str) -> None:
    assert boilerplate_reason(line) == "paywall"


def test_a_sentence_about_cancelling_stays() -> None:
    line = "The gym lets members cancel at any time without a fee, which is rare in the city."
    assert boilerplate_reason(line) is None


def _body(lines: list[str]) -> list[str]:
    return filter_lines(lines, headlines=[], captions=[], related_titles=[]).paragraphs


STORY = "Die Regeln für den Friseurbesuch gelten ab Montag in allen Kreisen des Landes."
LATER = "The rules will be reviewed again at the end of the month, the ministry said."


@pytest.mark.parametrize(
    "credit",
    [
        "Quelle: Landesregierung",
        "(Quelle: dpa)",
        "Source: Reuters",
        "Fuente: EFE",
        "aja/PAP",
        "(rrd/rir)",
    ],
)
def test_a_source_line_after_a_paragraph_or_at_the_end_goes(credit: str) -> None:
    after = "Weitere Regeln gelten für Kosmetikstudios und Nagelstudios im ganzen Land."
    assert _body([STORY, credit, after]) == [STORY, after]
    assert _body([STORY, after, credit]) == [STORY, after]


def test_a_source_line_under_a_table_a_list_or_a_heading_stays() -> None:
    for lines in (
        [STORY, "| Land | Regel |", "| Bayern | 2G |", "Source: state governments", LATER],
        [STORY, "- Siding: $8,420", "Sources: Angi | Forbes", LATER],
        [STORY, "Top insurers by premiums (2023)", "Source: NAIC report", LATER],
    ):
        assert _body(lines) == lines


def test_a_sentence_that_opens_with_source_stays() -> None:
    lines = [STORY, "Source: the ministry said the rules would be eased in May.", LATER]
    assert _body(lines) == lines


TEASER_ONE = "Sweet and juicy fruit that can go into desserts as well as savoury dishes and salads."
TEASER_TWO = "Puff, filo or shortcrust? Savoury pastry takes many forms, from tarts to quiches."


def test_a_row_of_summaries_each_under_a_read_more_button_goes() -> None:
    lines = [STORY, LATER, "More recipes", TEASER_ONE, "Czytaj więcej", TEASER_TWO, "Czytaj więcej"]
    body = filter_lines(lines, headlines=[], captions=[], related_titles=[])
    assert body.paragraphs == [STORY, LATER]  # (the heading left alone at the end goes too)
    assert body.removed["read_more"] == 4


def test_a_row_of_summaries_ending_in_a_bracketed_read_more_goes() -> None:
    lines = [STORY, f"{TEASER_ONE} [czytaj więcej]", f"{TEASER_TWO} [więcej]", LATER]
    assert _body(lines) == [STORY, LATER]


def test_a_table_row_of_summaries_each_closed_by_its_button_goes() -> None:
    row = f"| {TEASER_ONE} Full Story | {TEASER_TWO} Read more |"
    assert _body([STORY, row, LATER]) == [STORY, LATER]
    # One cell with a button, a cell that is no sentence, a data row: table rows.
    for kept in (
        f"| {TEASER_ONE} Full Story | {TEASER_TWO} |",
        f"| {TEASER_ONE} Full Story | Contact us Full Story |",
        "| Revenue | 2024 | Full Story |",
    ):
        assert _body([STORY, kept, LATER]) == [STORY, kept, LATER]


def test_one_read_more_button_or_titles_and_names_above_buttons_stay() -> None:
    # One button may open the rest of the story; a resource list's names are no summaries;
    # the last paragraph of a section under another one is the section's.
    assert _body([TEASER_ONE, "Weiterlesen", STORY]) == [TEASER_ONE, STORY]
    sections = [STORY, TEASER_ONE, "Read more", LATER, TEASER_TWO, "Read more"]
    assert _body(sections) == [STORY, TEASER_ONE, LATER, TEASER_TWO]
    names = [STORY, "National Student Support Accelerator", "Learn more", "Results for America",
             "Learn more", LATER]  # fmt: skip
    assert _body(names) == [STORY, names[1], names[3], LATER]
    contents = [STORY, "- Why the grant is promising. (More)", "- Risks we see. (More)", LATER]
    assert _body(contents) == contents


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("We use cookies to improve your experience. By continuing you agree.", "boilerplate"),
        ("This website uses cookies and other technology to enhance quality.", "boilerplate"),
        ("Wir verwenden Cookies, um unsere Website für Sie zu verbessern.", "boilerplate"),
        ("Nous utilisons des cookies pour améliorer votre expérience.", "boilerplate"),
        ("Want more news like this? Download our free app for iPhone and Android.", "promotion"),
        ("By Jane Doe | November 19, 2019 | 3 min read", "byline"),
        ("By Jane Doe • 2 hours ago", "byline"),
        ("Por Lucía Pérez · 3 feb 2025 - 10:45", "byline"),
        ("Par Claire Dubois — Publié le 26/11/2026 à 06h30, mis à jour à 09h10", "byline"),
        ("Von Anna Beispiel | 12.03.2025, 14:32 Uhr", "byline"),
        # an audio player's length
        ("4 min", "metadata"),
        ("12 min listen", "metadata"),
        # Google's preferred-source button, a footer's privacy links
        ("Add The Gazette as a preferred source on Google", "share"),
        ("Terms and Privacy Policy", "boilerplate"),
        ("Privacy Dashboard", "boilerplate"),
    ],
)
def test_cookie_notices_app_offers_and_byline_strips_go(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "« Previous: Council approves the budget",
        "Next article: Library opens downtown »",
        "Trending: Storm leaves thousands without power across the region",
        "Nächster Artikel: Stadtrat beschließt den Haushalt",
        "Próxima notícia: Câmara aprova o orçamento de 2027",
    ],
)
def test_links_to_the_next_previous_and_trending_story_are_read_more(line: str) -> None:
    assert is_read_more(line)


@pytest.mark.parametrize(
    "line",
    [
        "Google said it would stop using third-party cookies in its browser next year.",
        "Users can download our app for free, the company said in a statement on Monday.",
        "By the time the council met on Tuesday, 2019 had been the wettest year.",
        "Next, the council will vote on the budget for the northern quay.",
        "Back to the top story of the day: the flood on the northern quay.",
        "Return to the top flight is the club's aim, the manager said.",
    ],
)
def test_sentences_about_cookies_apps_and_what_comes_next_stay(line: str) -> None:
    assert boilerplate_reason(line) is None
    assert not is_read_more(line)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Von Georg Kasch", "byline"),
        ("Par Jean Dupont", "byline"),
        ("Por Juan Pérez", "byline"),
        ("von MORITZ PAPPERT", "byline"),
        ("Written by Jane Doe", "byline"),
        ("Tiempo de lectura: 3 min", "metadata"),
        ("Czas czytania: 4 min", "metadata"),
        ("2021-10-16 | Gesundheit", "metadata"),
        ("24. März 2004, 19:49 | Jane", "metadata"),
        ("November 19, 2019 • Local news", "metadata"),
        ("Lire la suite", "read_more"),
        ("MEHR ERFAHREN", "read_more"),
        ("Kommentar schreiben", "share"),
        ("Seite 1 von 3", "navigation"),
        ("Zur Startseite", "navigation"),
        ("Back to Blogs", "navigation"),
        ("Hauptinhalt", "navigation"),
        ("Zum Inhalt springen", "navigation"),
        ("Aller au contenu principal", "navigation"),
        ("Seite drucken", "share"),
        ("Imprimir", "share"),
        ("Komentarze (12)", "comments"),
        ("Category: Local news", "boilerplate"),
        ("dpa-infocom, dpa:201119-99-401234/3", "credit"),
        ("প্রকাশ: ২৫ নভেম্বর ২০২৬, ০৯:০০", "boilerplate"),
        ("Опубликовано: 25 ноября 2026, 09:00", "boilerplate"),
        ("Yayınlanma: 25.11.2026 09:00", "boilerplate"),
        ("Yorumlar", "comments"),
        ("この記事をシェアする X Facebook LINE", "share"),
        ("分享到 微信 微博", "share"),
        ("Teilen: Facebook X E-Mail", "share"),
        ("Yorum yapabilmek için giriş yapmalısınız.", "comments"),
        ("Vous devez être connecté pour publier un commentaire.", "comments"),
    ],
)
def test_furniture_lines_in_the_languages_news_is_written_in(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Von Berlin nach Hamburg",
        "Von Berlin nach Hamburg | Abfahrt 14:32 Uhr",
        "Par ailleurs",
        "Di Maio ha detto",
        "Por favor",
        "Seite an Seite",
        "Back to the drawing board for the council",
        "Drucken lassen sich die Pläne erst im Mai.",
        "12.03.2020 | Der Rat hat am Dienstag beschlossen, die Schulen zu schließen.",
        "| 1/1/2013 | Launch |",  # a table's row
        "Posted to the council in March, the plan drew 120 comments from residents.",
    ],
)
def test_lines_that_only_start_like_a_byline_or_a_label_stay(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Dienstag, 19. November 2019", "metadata"),
        ("mardi 19 novembre 2019", "metadata"),
        ("20. März 2021 - 15:00 Uhr", "metadata"),
        ("31.10.2023, 19.18 Uhr", "metadata"),
        ("Tuesday 19 November 2019 14:05 GMT", "metadata"),
        ("vor 2 Stunden", "metadata"),
        ("hace 2 horas", "metadata"),
        ("2 hours ago", "metadata"),
        ("Home › News › Local", "navigation"),
        ("Startseite / Politik / Inland", "navigation"),
        ("Related", "navigation"),
        ("(AFP)", "credit"),
        ("Reuters", "credit"),
    ],
)
def test_dates_breadcrumbs_control_labels_and_agencies_alone_go(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    ["Start / Stop", "Home / Away", "May 2019 was the wettest month.", "The AP reported it."],
)
def test_lines_that_only_look_like_a_date_or_a_breadcrumb_stay(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_a_layout_tables_cell_of_prose_loses_its_row_marks() -> None:
    prose = "In December 2002, I tried to install some software on my computer, and it went badly."
    assert unboxed(f"| {prose} |") == prose
    assert unboxed(f"| | {prose} | |") == prose  # tables nested in tables
    assert unboxed(f"| {prose}") == prose  # the cell's first paragraph of several
    assert unboxed("| Battery life | 8 hours |") == "| Battery life | 8 hours |"
    assert unboxed(f"| {prose} | {prose} |") == f"| {prose} | {prose} |"  # a row of cells


def test_labels_laid_out_in_a_table_row_are_read_as_labels() -> None:
    story = "The council agreed the harbour plan on Tuesday after a long and heated debate."
    lines = [story, "| | Back to top |", "| Print |", "| Print this story | |"]
    body = filter_lines(lines, headlines=[], captions=[], related_titles=[])
    assert body.paragraphs == [story]
    # A row of two cells is a table's datum, whatever its words.
    assert sole_cell("| Print run | 2,000 copies |") == "| Print run | 2,000 copies |"
    assert sole_cell("| | Back to top |") == "Back to top"
    assert sole_cell("| Top stories | | |") == "Top stories"  # empty cells after it
    assert sole_cell("| Sport \\| Weather |") == "Sport \\| Weather"  # a bar in its text


def test_on_a_page_laid_out_in_tables_rows_of_one_short_cell_are_its_labels() -> None:
    # The story is a layout table's cells of prose; menus, section labels and headline
    # lists are rows of one short cell of the same tables.
    story = [
        "| Ottmar Hitzfeld has begun talks with the national federation about the coach's job. |",
        "| The Bayern boss, who will leave the club at the end of the season, tops the list. |",
    ]
    labels = ["| OTHER OVERSEAS NEWS |", "| | Latest Football Stories |", "| Top Scorers | | |"]
    data = "| England | 12 goals |"  # a row of two cells: a table's datum
    assert _body([*story, *labels, data]) == [*story, data]
    # A page laid out otherwise keeps a table of one column (a summary box, a title row).
    prose = [p.strip("| ") for p in story] + [LATER, STORY]
    assert _body([*prose, story[0], "| Rates in 2024 | | |", "| Rank | State |"]) == [
        *prose,
        story[0],
        "| Rates in 2024 | | |",
        "| Rank | State |",
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Local News | State News | National News | Obituaries | Archive", "navigation"),
        ("Local News \\| State News \\| National News \\| Obituaries", "navigation"),
        ("Home · Weather · News · Morning Show · Sports · Blogs", "navigation"),
        ("Home - Weather - News - Sports - Contests -", "navigation"),
        ("Startseite • Aktuelles • Termine • Kontakt", "navigation"),
        ("« A walk in the rain | Main | The bridge reopens »", "navigation"),
        ("You are here: Home > News > Business", "navigation"),
        ("| You are here: | Home > Money > Pensions |", "navigation"),
        ("| Hi 7°C Lo 2°C | You are here: Home > Sport | Today's date: Monday |", "navigation"),
        ("Sie sind hier: Startseite > Politik > Inland", "navigation"),
        ("E-mail article Print view Share: Digg Newsvine", "share"),
        ("Mail to a friend Print story Read later", "share"),
        ("| | Email this article | | Printer friendly format |", "share"),
        ("Printable version | Send it to a friend | Save story", "share"),
        ("| | del.icio.us | | Stumble It! | Blinklist |", "share"),
        ("Example Press - January 10, 2008 3:23 PM ET", "metadata"),
        ("Example Wire | Wed, Jan 16 2008, 07:40 GMT", "metadata"),
        ("You need the latest Flash player to view video content.", "boilerplate"),
        ("This player requires Flash player version 9 or greater.", "boilerplate"),
        ("Please enable JavaScript to view the comments.", "boilerplate"),
        ("Jane Roe | Tags: Budget, Council, Harbour", "metadata"),
        ("by Jane Roe , Filed under: Interviews, Harbour", "metadata"),
        (
            "Source: Example News Network Posted on: May 2, 2008 10:57 PST Filed under: Pop",
            "metadata",
        ),
        ("Leave a comment! | Published in Holidays", "metadata"),
        ("| POSTED ON November 7th, 2012 | 12 COMMENTS | + ADD YOUR COMMENT |", "metadata"),
        ("Posted on November 7, 2012 at 1:39 PM • 20 Comments", "metadata"),
        ("Posted at 8:41 PM | link | follow-ups | 5 comments", "metadata"),
        ("Abgelegt unter: Hafen, Stadtrat | Tags: Haushalt", "metadata"),
        ("Source: www.example.com", "credit"),
        ("Quelle: https://example.org/grafik", "credit"),
        ("The comments to this entry are closed.", "comments"),
        ("Twitter: @example", "share"),
        ("Facebook Fan Page: www.facebook.com/example", "share"),
        ("« A walk in the rain | Main", "navigation"),
        ("Main | The bridge reopens »", "navigation"),
        (
            "A version of this article appeared May 2, 2012, on page B3 in the U.S. edition "
            "of The Example Journal, with the headline: Bridge Reopens.",
            "boilerplate",
        ),
        ("Home | News | Multimedia Copyright © 2008 Morris Daily Herald", "boilerplate"),
        ("All content © Copyright 2000 - 2008 WorldNow. All Rights Reserved.", "boilerplate"),
        # A footer row: the site's links and its notice between bars.
        (
            "| | Copyright Example Ltd 2006. All rights reserved. | Home \\| Contact us \\| "
            "Jobs \\| Press information | |",
            "boilerplate",
        ),
        (
            "| | Copyright 2006 Example Mutual. All rights reserved. | privacy / legal notice |",
            "boilerplate",
        ),
        (
            "About Example.ie \\| Terms And Conditions \\| Privacy Policy © Copyright Example.ie",
            "boilerplate",
        ),
        # A table's row of a book's edition, or of a photo's agency, names no rights.
        ("| Slide Rule Handbook J. Doe US$59 | Copyright 1954, softbound manual |", None),
        ("| | Jane Doe © Example Images | Three players will leave the club in January |", None),
        (
            "Example Reprints: This copy is for your personal, non-commercial use only. "
            "To order copies for your colleagues, use the Order Reprints tool.",
            "boilerplate",
        ),
        (
            "Distributed by Example Broadcasting. This material may not be published, "
            "broadcast, rewritten or redistributed.",
            "boilerplate",
        ),
        ("The court said this material may not be published until the trial ends.", None),
        # A table's row, a list of names ending a sentence, a reprint note: content.
        ("| Name | Age | Team | Goals |", None),
        ("Apple | Google | Microsoft | Amazon: the four firms named in the suit", None),
        ("The above is an excerpt from a career guide by Tom Miller, Copyright 2013.", None),
        # A fact strip, a few places, a sentence between dashes: content.
        ("1-4 Players • Ages 14+ • 90-120 minutes • $45", None),
        ("Paris · London · Berlin", None),
        ("He came - he saw - he left - and won.", None),
        # Two of the tools named in a sentence; a year or a month alone after a dash; a
        # sentence after a place and a date.
        ("Facebook and Twitter", None),
        ("Released - 2008", None),
        ("Google will require every browser maker to ship the patch by May.", None),
        ("Download the free browser extension here.", None),
        ("Published in Nature, the study found that five comments were enough.", None),
        ("Sources: Reuters, Example Press", None),
        ("The complaint was filed under the new law in May.", None),
        ("The Facebook page: www.facebook.com/example was taken down on Monday", None),
        ("- Tips: you can apply the same tags, categories and keywords to each video.", None),
        ("Paris - March 3, 2008 was the day the river froze", None),
        ("You are here because the council asked you to come.", None),
        ("If you are in: a queue, wait for the next ferry.", None),
        # A quotation in guillemets, a note that the story was first published elsewhere.
        ("« Je ne fais pas que voter blanc, je le bois aussi »", None),
        ("A version of this article appeared in The Example Review.", None),
    ],
)
def test_menus_and_notices_run_into_one_line(line: str, reason: str | None) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # A blog's comment furniture with no thread to fill it.
        ("No comments yet.", "comments"),
        ("There are currently no comments for this entry.", "comments"),
        ("No comments have so far been submitted. Why not be the first?", "comments"),
        ("RSS feed for comments on this post. TrackBack URI", "comments"),
        ("Post Comments (Atom)", "comments"),
        ("Add comment", "comments"),
        ("Post your comment", "comments"),
        ("Report this comment", "comments"),
        ("- Login or register to post comments", "comments"),
        ("blog comments powered by", "comments"),
        ("Comments are now closed for this story", "comments"),
        ("Comments are moderated.", "comments"),
        # The comment form's call to log in, in other languages.
        ("Para comentar debes estar registrado.", "comments"),
        ("Lo siento, debes estar conectado para publicar un comentario.", "comments"),
        ("Vous devez être connecté pour publier un commentaire.", "comments"),
        ("Você precisa estar logado para comentar.", "comments"),
        ("Devi essere connesso per inviare un commento.", "comments"),
        ("Musisz się zalogować, aby dodać komentarz.", "comments"),
        ("Je moet ingelogd zijn om een reactie te plaatsen.", "comments"),
        (
            "Note: we are temporarily moderating all comments submitted to deal with spam.",
            "comments",
        ),
        ("All comments are moderated before they are published.", "comments"),
        ("3 comments posted — Post a new comment", "comments"),
        # The thread's house rules, in the site's voice.
        ("Comments are limited to 200 words or less.", "comments"),
        (
            "Comment posters are responsible for the opinions they express and the accuracy "
            "of the information they provide.",
            "comments",
        ),
        (
            "If you believe this comment is offensive or violates our Terms of Use, you can "
            "report it below.",
            "comments",
        ),
        (
            "We welcome your comments on this story. Comments may be edited for length.",
            "comments",
        ),
        ("Readers are responsible for their own safety at the quay, the council said.", None),
        ("If you believe this comment was unfair, the mayor said, tell us.", None),
        # The site's note on the pages it links to.
        ("The Gazette is not responsible for the content of external internet sites", "disclaimer"),
        (
            "(Note: The Network does not endorse and is not responsible for the content of "
            "external sites - links will open in new window)",
            "disclaimer",
        ),
        ("The firm said it is not responsible for the content of external sites.", None),
        ("Mail (will not be published) (required)", "comments"),
        # A magazine's note on the issue the story ran in, after an editor's label.
        (
            "Editor’s Note: This article also appeared in the May/June 2024 issue of "
            "The Example Monthly magazine.",
            "boilerplate",
        ),
        ("This article also appeared in the town's own survey, the mayor said.", None),
        ("The forum began moderating comments after the attack.", None),
        ("Moderate comments were made by the minister on Tuesday.", None),
        # An invitation to follow the site's account.
        ("Connect With Us on Twitter", "share"),
        ("Follow @exampledesk for international breaking news and headlines.", "share"),
        ("Join us on Saturday for the parade, the mayor said.", None),
        # A registration wall.
        ("To read this article in full you must be registered with the site.", "paywall"),
        ("To read the full story, subscribe to The Example Times.", "paywall"),
        # The terms of a thread, a contest's call to sign up, an old site's browser notes.
        ("Read our Comment Policy before posting.", "comments"),
        ("Thanks for reading. Read our commenting guidelines before you post.", "comments"),
        ("Comments are limited to 200 words or less.", "comments"),
        ("WIN a bicycle - just sign up now for our fantasy league.", "advertisement"),
        ("Don't miss out - sign up today.", "advertisement"),
        ("Site Requirements : Internet Explorer 6.0+, Flash Player 9.0.", "boilerplate"),
        ("This site is best viewed in 1024x768 resolution", "boilerplate"),
        # The days posted and updated in one strip; an archive's preview notice.
        ("Posted: 6:12 PM Dec 30, 2007 Last Updated: 6:10 PM Dec 31, 2007", "boilerplate"),
        ("Published Oct 10, 2023 - [Updated Dec 3, 2025]", "boilerplate"),
        ("| Published: May 07, 2002 | Updated: March 07, 2005 |", "boilerplate"),
        ("Posted by the council and updated by the mayor, the list grew.", None),
        ("Created: 12.04.2004 21:17 MSK (GMT +3), Updated: 16:32 MSK", None),
        ("The full article contains 283 words and appears in Example Gazette.", "paywall"),
        ("The full text is 2,000 words long, the editor said, and runs on Sunday.", None),
        # The author card's link to the writer's archive.
        ("View all posts by Jane Doe", "author_bio"),
        ("View all articles by Harbour Blood Services »", "author_bio"),
        ("Alle Beiträge von Erika Mustermann", "author_bio"),
        ("See all stories by the harbour master. He wrote them in 1990.", None),
        # A magazine's call to buy its print issue.
        (
            "Die aktuelle Ausgabe der Hafenzeitung jetzt an jedem Bahnhofskiosk und im Abo.",
            "advertisement",
        ),
        ("Jetzt am Kiosk oder in der App.", "advertisement"),
        ("The latest issue of Harbour Monthly is on newsstands now.", "advertisement"),
        ("Le nouveau numéro est actuellement en kiosque.", "advertisement"),
        # Sentences of a story that use the same words.
        ("Starting now, more than 500 ticket kiosks will open at the harbour.", None),
        ("Die Zeitung kostet jetzt am Kiosk einen Euro mehr, sagte der Verleger.", None),
        ("Candidates can register now to apply for the advertised posts.", None),
        ("Win a seat on the council, the mayor told residents, and sign up to the plan.", None),
        ("The requirements: a permit and two weeks' notice.", None),
        ("No comments yet from the mayor, who is on holiday until Monday.", None),
        ("Add comments to the form before Friday, the council said.", None),
        ("To read the report, residents must register at the town hall.", None),
        ("Report this comment to the police, the chief urged residents.", None),
    ],
)
def test_comment_furniture_print_notes_follow_prompts_and_walls(
    line: str, reason: str | None
) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Home | About Us | Site Map | harbournews.example | Contact Us",
        "| Home \\| About Us \\| Events \\| Site Map \\| Contact Us | | |",
        "[ Contact Us ][ Feedback ][ Privacy ][ Advertise ][ Add to Favorites ]",
        "Terms & Conditions - Privacy Policy - RSS",
        "Email the Editor / Sign Up - Advertise With Us - About/Contact Us",
        "The Valley Gazette: Home | About Us | Copyright | Contacts | Subscription",
        "| HOME | ARCHIVES | CAREERS | FORUMS | SEARCH | SITE MAP | ABOUT US |",
        "| home | \\| | about | \\| | careers | \\| | contact | \\| | site map | \\| |",
        # Five items or more after the home page, whatever they are named.
        "| Home | | News | | Weather | | Video | | Sports | | Programs | |",
        "[ Home ] [ Products ] [ Support ] [ Downloads ] [ Forum ]",
        # Seven sections or more, whatever they are named, in a paragraph or one cell.
        "ePaper | Front Page | National | Regional | World | Business | Sport | Sci. & Tech.",
        "| Classifieds - Your Photos - E-News - Schools - Obituaries - Money - Lottery - |",
        "Group Sites: The Gazette | Gazette Business | Weekend | Frontier | Images | Books | Home",
    ],
)
def test_a_sites_own_menu_run_into_one_line_leaves(line: str) -> None:
    out = filter_lines(
        ["The council voted on Tuesday to close the old bridge for repairs.", line],
        headlines=[],
        captions=[],
        related_titles=[],
    )
    assert out.paragraphs == ["The council voted on Tuesday to close the old bridge for repairs."]
    assert out.removed == {"navigation": 1}


@pytest.mark.parametrize(
    "line",
    [
        # One page name among sections; a sentence among the items; items of a sentence's
        # length; two items only.
        "Paris / London / About Us",
        "About us | Contact | We moved to a new office. Call us on Monday.",
        "Contact us about the new rules - Privacy campaigners said the plan was rushed",
        "About Us | Contact Us",
        "Ask us about privacy, terms and help with your site map.",
        # A table's header row opening with "Home".
        "| Home | Away | Score | Date |",
        # A data table's row of many short cells; a sentence broken by dashes.
        "| Pos | Player | Plays | Share | Tackles | Sacks | Passes | Points |",
        "He said - and she said - that it was - not - the - end - of it.",
    ],
)
def test_lines_that_only_look_like_a_site_menu_stay(line: str) -> None:
    out = filter_lines([line], headlines=[], captions=[], related_titles=[])
    assert out.paragraphs == [line]
