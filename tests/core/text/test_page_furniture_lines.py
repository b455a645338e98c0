"""Footer and comment-form lines of many languages are named, and prose is not."""

import pytest

from consumer.core.text.classify import boilerplate_reason, is_related_header
from consumer.core.text.lines import segment_lines


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Alle Texte dieses Blogs stehen unter einer Creative Commons Namensnennung 4.0 Lizenz.",
            "copyright",
        ),
        (
            "Ce site est publié sous licence Creative Commons BY-SA, sauf mention contraire.",
            "copyright",
        ),
        (
            "All posts on this site are licensed under a Creative Commons Attribution 4.0 License.",
            "copyright",
        ),
        (
            "Contenido publicado bajo licencia Creative Commons, salvo indicación en contrario.",
            "copyright",
        ),
        (
            "Der Beitrag erscheint unter der Lizenz CC-BY-SA 4.0, die Bilder sind ausgenommen.",
            "copyright",
        ),
        (
            "Trotz sorgfältiger Prüfung übernehmen wir keine Haftung für die Inhalte externer "
            "Links. Für den Inhalt der verlinkten Seiten sind ausschließlich deren Betreiber "
            "verantwortlich.",
            "copyright",
        ),
        ("Du kommentierst mit Deinem Facebook-Konto. ( Abmelden / Ändern )", "comments"),
        ("You are commenting using your Twitter account. ( Log Out / Change )", "comments"),
        ("Benachrichtige mich über neue Beiträge via E-Mail.", "comments"),
        ("Notify me of follow-up comments by email.", "comments"),
        (
            "Save my name, email, and website in this browser for the next time I comment.",
            "comments",
        ),
        (
            "Enregistrer mon nom, mon e-mail et mon site dans ce navigateur pour la suite.",
            "comments",
        ),
        (
            "We welcome your comments on our stories. Please note that comments are moderated "
            "before they appear and that we cannot publish every one of them.",
            "comments",
        ),
        ("Los comentarios son moderados y pueden tardar en aparecer.", "comments"),
        (
            "Klicken Sie auf den Button, um den Inhalt von maps.example.org zu laden.",
            "advertisement",
        ),
        ("Click the button below to load the content from video.example.com.", "advertisement"),
        ("Jetzt 2 Ausgaben gratis testen!", "advertisement"),
        ("Abonniere unseren YouTube-Kanal für mehr Videos!", "advertisement"),
        (
            "This entry was posted on Friday, March 3rd, 2023 at 10:12 and is filed under Garden.",
            "byline",
        ),
        ("Geschrieben am 4. März 2023 von Jana und abgelegt unter Reisen, Wandern.", "byline"),
        ("Posted in: Allgemein, Technik", "byline"),
        ("This entry was written by jana, posted on 03/04/2023 at 10:12 am.", "byline"),
        (
            "This was written by J.R. Poe. Posted on Friday, March 3, 2023, at 1:23 pm. "
            "Filed under Gardening.",
            "byline",
        ),
        ("Bookmark to:", "share"),
        ("Themen: Landtag, Energiewende, Kohleausstieg", "navigation"),
        ("Mots-clés : Climat, Énergie", "navigation"),
        ("Kategorie: News", "navigation"),
        ("Categories: Travel, Ferries", "navigation"),
        ("Tags: trail running, watches", "navigation"),
        ("Tags:", "navigation"),  # the label alone over its tags, one a line
        ("Topics:", "navigation"),
        ("Topics: Ferries, Harbours", "navigation"),
        ("{ 12 comments… read them below or add one }", "comments"),
        ("Ein Gedanke zu „Die Nacht am See“", "comments"),
        ("Zwei Kommentare zu „Die Nacht am See“", "comments"),
        ("Schreibe einen Kommentar Antworten abbrechen", "comments"),
        ("Deine E-Mail-Adresse wird nicht veröffentlicht.", "comments"),
        ("Erforderliche Felder sind mit * markiert", "comments"),
        ("Notify me of followup comments via e-mail", "comments"),
        ("← Older Comments", "comments"),
        ("Ältere Kommentare", "comments"),
        ("7 commentaires – ajouter le vôtre", "comments"),
        ("Weekly tips for your garden. You can unsubscribe at any time.", "newsletter"),
        ("Sie können sich jederzeit wieder abmelden.", "newsletter"),
        (
            "En remplissant ce formulaire, vous serez inscrit à notre liste de diffusion.",
            "newsletter",
        ),
        ("Puedes darte de baja cuando quieras desde cualquier correo.", "newsletter"),
        ("Publié dans : Actualités", "byline"),
        ("Feedback", "share"),
        ("Fehler melden", "share"),
        ("Signaler une erreur", "share"),
        ("Story continues", "navigation"),
        ("Dodaj komentarz", "comments"),
        ("Deja un comentario", "comments"),
        ("Добавить комментарий", "comments"),
        ("Поделиться: ВКонтакте Telegram", "share"),
        ("Главная / Город", "navigation"),
        ("Etiketler: metro, İstanbul, ulaşım", "navigation"),
        ("Ana Sayfa Gündem Ekonomi Spor", "navigation"),
        ("Yorum yapabilmek için giriş yapmalısınız.", "comments"),
        ("Подписывайтесь на наш канал в Telegram", "share"),
        ("Back to Newsroom", "navigation"),
        ("Haberin Devamı", "advertisement"),  # "the story continues" under an ad slot
        ("Google News'te Haber Gündem'e abone olun", "share"),  # the verb last, in Turkish
        ("Lire plus tard", "share"),  # a "read later" button, no "read more" line
        ("Später lesen", "share"),
        ("Commenta", "comments"),  # the comment button alone, in the imperative
        ("Kommentieren", "comments"),
        ("Comentários (3)", "comments"),
        ("Retour aux actualités", "navigation"),
        ("Từ khóa: xe buýt điện, Hà Nội", "navigation"),
        ("Palavras-chave: eleições, Congresso", "navigation"),
        ("Theo dõi trên Google News", "share"),  # a follow button naming the feed alone
        ("Síguenos en Google News", "share"),
        ('<a href="https://band.example/album/x">Shipwreck by Jane Roe</a>', "navigation"),
        ("글자크기 설정", "share"),  # the font size tool
        ("Oceń jakość naszego artykułu", "comments"),  # a rating box and its note
        ("Twoja opinia pozwala nam tworzyć lepsze treści.", "comments"),
        ("Your feedback helps us improve our journalism.", "comments"),
        ("Cet article vous a été utile ? Oui Non", "comments"),
        ("Was this article helpful? Yes No", "comments"),
        ("¿Te ha resultado útil este artículo?", "comments"),
        ("Questo articolo ti è stato utile?", "comments"),
        ("Esta notícia foi útil? Sim Não", "comments"),
        ("Ogni mattina le notizie più importanti della tua città.", "newsletter"),
        (
            "Thanks for reading The Ink Well! Subscribe for free to receive new posts and "
            "support my work.",
            "newsletter",
        ),
        ("This post is public so feel free to share it.", "newsletter"),
        (
            "For the latest news, weather, sports, and streaming video, head to KXYZ.",
            "advertisement",
        ),
        ("For the latest news, weather and sports, head to KXYZ.com.", "advertisement"),
        # a comment form's fields with their notes, a thread's closed or empty notice, a
        # comment widget's credit, a form's consent and a comment policy
        ("Mail (will not be published) (required)", "comments"),
        ("E-mail (will not be published) (required)", "comments"),
        ("Website (optional)", "comments"),
        ("Email Address(required)", "comments"),
        ("Comments are closed for this post.", "comments"),
        (
            "Comments are closed for this post, but if you have spotted an error, feel free "
            "to contact us.",
            "comments",
        ),
        ("There are no comments. Be the first!", "comments"),
        ("Blog comments powered by Disqus.", "comments"),
        ("RSS feed for comments on this post. TrackBack URI", "comments"),
        (
            "By clicking and submitting a comment I acknowledge the Acme Privacy Policy and "
            "agree to its Terms of Use.",
            "comments",
        ),
        ("Note: we are temporarily moderating all comments to deal with spam.", "comments"),
        ("Debate is fine. Pretend that this comment form is a talk in my house.", "comments"),
        ("Tagged as: rovers, Mars, panorama", "navigation"),
        # a ban on reprints with no copyright sign, under a wire story or a site's pages
        (
            "This material may not be reproduced, redistributed, or manipulated in any form.",
            "copyright",
        ),
        (
            "Distributed by Example Broadcasting. This material may not be published, broadcast, "
            "rewritten or redistributed.",
            "copyright",
        ),
        (
            "Redistribution, republication, syndication or broadcast is expressly prohibited "
            "without the prior written consent of Example News.",
            "copyright",
        ),
        (
            "No part of this site may be reproduced in any form without our written permission.",
            "copyright",
        ),
        ("Read below or add a comment...", "comments"),
    ],
)
def test_footer_and_comment_form_lines(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Die Organisation Creative Commons stellte am Montag eine neue Fassung ihrer Lizenzen vor.",
        "The city council said the comments it received were overwhelmingly positive.",
        "Der Button oben rechts öffnet das Menü, sagte die Entwicklerin im Gespräch.",
        "Posted in Berlin for three years, she learned the language quickly.",
        "Viele Leserinnen kommentieren seit Jahren mit ihrem echten Namen.",
        "Members said they could not unsubscribe from the plan without paying a large fee.",
        "12 comments were received by the council before the vote in March.",
        "Next",
        "One tester said:",
        "Er sagt:",
        "Readers sent feedback about the story continues to pour in, the editor said.",
        "Antworten",
        "Themen wie Wohnen und Verkehr bestimmten den Wahlkampf in der Stadt.",
        "This was written by a reader who posted on our forum about the flood.",
        "This post was written by Jane Roe, a nurse at the city hospital.",
        "Back to school: what parents need to know this year",
        "Commenter la décision du juge est interdit.",
        "Bakan, Google News'in yeni özelliğini tanıttı ve kullanıcıların yorumlarını dinledi.",
        "Publishers who follow the rules still vanish from Google News, editors say.",
        "Every morning the news of the war reached the village by radio.",
        "No comments were made by the police after the arrest on Monday.",
        "Website",
        "The site is moderating comments more strictly since the election, its editor said.",
        "The judge ruled that the material may not be reproduced in the author's memoir.",
        "Reproduction of the painting is prohibited in the museum, a guard told visitors.",
        "Under the deal, this content may be republished by partners without a fee.",
    ],
)
def test_prose_about_the_same_things_is_kept(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_more_related_headers():
    assert is_related_header("Weitere Inhalte:")
    assert is_related_header("Weitere Nachrichten")
    assert not is_related_header("Weitere Inhalte folgen im Lauf des Tages.")
    assert is_related_header("Mehr aus Hamburg")
    assert is_related_header("More News From Acme Robotics")
    assert not is_related_header("Mehr aus Neugier als aus Not.")
    # a press-release wire's list of the same company's releases
    assert is_related_header("Also from this source")
    assert is_related_header("More news releases in similar topics")
    assert is_related_header("أخبار ذات صلة")  # Arabic "related news"
    assert is_related_header("الأكثر قراءة")  # "most read"
    # a symbol before the words, brackets around them
    assert is_related_header("【関連記事】")
    assert is_related_header("この記事の関連ニュース")
    assert is_related_header("▶ Most read")
    # "more news" in more languages
    for header in ("Mehr Nachrichten", "Další zprávy", "További hírek", "Mai multe știri"):
        assert is_related_header(header), header
    assert not is_related_header("Mehr Nachrichten gab es nicht.")


def test_related_headers_with_an_emoji_or_an_arrow_after_them():
    for header in ["Keep Reading 🚀", "Related Posts 👇", "Recent posts »", "More like this →"]:
        assert is_related_header(header), header
    assert is_related_header("Das könnte dich auch interessieren")
    assert not is_related_header("Keep reading to learn why 👇")


@pytest.mark.parametrize(
    "header",
    [
        "Related Posts",
        "Artigos relacionados",
        "Articles similaires",
        "Vous aimerez peut-être aussi",
        "Potrebbe interessarti anche",
        "Gerelateerde artikelen",
        "Podobne artykuły",
        "Entradas relacionadas",
        "Вам также может быть интересно",
        "Contenido relacionado",
        "Lee también",
        "Recomendamos para você",
        "Populäre Artikel",
        "À écouter aussi",
        "Más noticias",
        "Altre notizie",
        "Meer nieuws",
    ],
)
def test_related_headers_in_more_languages(header: str) -> None:
    assert is_related_header(header)


@pytest.mark.parametrize(
    "header",
    [
        "Verwandte Links",
        "VERWANDTE ARTIKEL",
        "Meist gelesene Artikel",
        "Am häufigsten gelesen",
        "Letzte Meldungen",
        "Ähnliche Nachrichten",
        "Top-Themen der Redaktion",
        "Videos zum Thema",
        "Zum Weiterlesen:",
        "Articles les plus lus",
        "Dans la même rubrique",
        "Popular videos",
        "Watch this next",
        "Mais populares",
        "Inne artykuły autora",
        # with what the list is about, or where it comes from
        "Weitere aktuelle Themen aus der Wirtschaft",
        "Weitere Inhalte zum Thema",
        "Artikel und Videos zum Thema",
        "Aktuelle Berichte aus dieser Kategorie:",
        "Lies auch",
    ],
)
def test_headers_naming_a_list_by_its_kind(header: str) -> None:
    # an adjective and what the list holds ("Verwandte Links"), as sidebars name them
    assert is_related_header(header)


@pytest.mark.parametrize(
    "line",
    [
        "Weitere Informationen",
        "Neue Regeln für Fähren",
        "Aktuelle Nachrichten zeigen, dass der Hafen wieder offen ist.",
        "Letzte Meldungen des Tages kamen aus Kiel.",
        "Weitere Themen aus der Sitzung wurden vertagt.",
    ],
)
def test_lines_that_only_start_like_a_list_header(line: str) -> None:
    assert not is_related_header(line)


def test_a_related_header_on_a_one_line_page_is_cut_out():
    sentence = "The first sailing leaves at six in the morning and the last one at ten at night. "
    teasers = "Tic, Tac, Toc: Um Desafio 6 Mitos sobre a Leitura"
    page = sentence * 12 + "Artigos relacionados " + teasers
    pieces = [line.text for line in segment_lines(page)]
    assert pieces[12:] == ["Artigos relacionados", teasers]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Notice: JavaScript is required for this content.", "advertisement"),
        ("Please enable JavaScript to view the comments.", "advertisement"),
        ("Bitte aktivieren Sie JavaScript, um das Video zu sehen.", "advertisement"),
        ("Veuillez activer JavaScript pour afficher ce contenu.", "advertisement"),
        ("Your comment is awaiting moderation.", "comments"),
        ("Ihr Kommentar wartet auf Freischaltung.", "comments"),
        ("Votre commentaire est en attente de modération.", "comments"),
        ("× Twój komentarz został przekazany do moderacji.", "comments"),
        ("Komentarze Liczba komentarzy: 12", "comments"),
        ("Anzahl der Kommentare: 3", "comments"),
        ("Cancel reply", "comments"),
        ("Hier klicken, um das Antworten abzubrechen.", "comments"),
        ("Cliquez ici pour annuler la réponse.", "comments"),
        ("Kommentar abschicken", "comments"),
        ("Submit Comment", "comments"),
        ("Name *", "comments"),
        ("E-Mail-Adresse *", "comments"),
    ],
)
def test_script_notices_and_comment_form_notes(line: str, reason: str) -> None:
    # what a page prints where a script's content would be (noscript), and the notes and
    # count of a comment thread in several languages
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "JavaScript is required by almost every modern web page, the survey found.",
        "The number of comments on the proposal rose to 4,000 within a week.",
        "Your comment about the budget was read out in the council meeting.",
        "Name",
        "Cancel",
        "The minister said she would cancel the reply to the committee's letter.",
    ],
)
def test_prose_about_scripts_and_comments_is_kept(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Photograph by Jane Doe",
        "Photo by Jane Doe and John Roe",
        "Photograph by Jane Doe, Flora Conservation Trust",
        "Fotos von Erika Mustermann",
        "Illustration by Ana Ruiz",
    ],
)
def test_a_photo_credited_by_name_is_an_image_credit(line: str) -> None:
    assert boilerplate_reason(line) == "image_credit"


@pytest.mark.parametrize(
    "line",
    [
        "Crédits photos : Jeanne Roux",  # a space before the colon, as French sets it
        "Crédit photo : Agence Exemple",
        "Bildnachweis: Erika Mustermann",
        "Imagen: Ana Ruiz",
        "Créditos: Ana Ruiz",
        "Zdjęcie: Jan Kowalski",
        "Φωτογραφία: Eurokinissi",
        "फोटो: पीटीआई",
        "Ảnh: Lê Minh",
        "Ảnh minh họa: TTXVN",  # "illustration photo"
        "사진=한빛일보 DB",  # Korean and Japanese credit with "="
    ],
)
def test_photo_credit_labels_in_more_languages(line: str) -> None:
    assert boilerplate_reason(line) == "image_credit"


@pytest.mark.parametrize(
    "line",
    [
        # a credit run into the next heading (lower-case words after the names)
        "Image by Jane Doe via Wedding Days Your Checklist",
        "Photos by the team at the lake",
        "Photo by photo, the exhibition shows how the city changed.",
    ],
)
def test_lines_that_only_open_like_a_credit_by_name_are_not_credits(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Compartir en Facebook Compartir en Twitter", "share"),
        ("Teilen auf Facebook Teilen auf X", "share"),
        ("Partager sur Facebook | Partager sur LinkedIn", "share"),
        ("Partager sur X Envoyer par e-mail", "share"),
        ("Facebook Twitter WhatsApp E-mail", "share"),
        # one button, the verb in the imperative before the network
        ("Compartilhe no WhatsApp", "share"),
        ("Comparte en Facebook", "share"),
        ("Udostępnij na Facebooku", "share"),
        ("Bagikan ke WhatsApp", "share"),
        ("ツイート", "share"),
        ("はてなブックマーク", "share"),
        ("無断転載・複製を禁じます", "copyright"),
        ("未经授权不得转载", "copyright"),
        ("Inicio Nacional Internacional Economía Deportes", "navigation"),
        ("Accueil France Monde Économie", "navigation"),
        ("Open in app", "navigation"),
        ("Home World Business Markets Tech Sport", "navigation"),
        ("Startseite · Politik · Wirtschaft · Sport", "navigation"),
        ("Início Política", "navigation"),  # a home link and one section
        ("Home | Politics", "navigation"),
        ("Archivado en: Salario mínimo, Empleo", "navigation"),  # a story's tags
        ("Témata: doprava, dálnice, vláda", "navigation"),
        ("Sdílet na Facebooku", "share"),
        # a home link of a language the section lists lack, then capitalised sections
        ("Domov Slovensko Svet Ekonomika Šport", "navigation"),
        ("Αρχική Ελλάδα Κόσμος Οικονομία", "navigation"),
        ("Ετικέτες: ενέργεια, φωτοβολταϊκά", "navigation"),
        ("Zdieľať: Facebook X E-mail", "share"),  # the verb as a label over the buttons
        ("Teilen: Facebook X E-Mail", "share"),
        ("Artikel teilen: Facebook X E-Mail", "share"),
        ("Distribuie pe Facebook", "share"),
    ],
)
def test_strips_of_buttons_and_flattened_menus(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Home Office Announces New Visa Rules",
        "World Sport Business Leaders Meet in Davos",
        "Sport Politics",
        "X marks the spot",
        "Facebook and Twitter were both down for an hour on Monday.",
        # a headline with its section and site after bars, a byline strip
        "Storm closes the harbour for two days | Local | Harbour Gazette",
        "Jana Novotná | Praha | 26. listopadu 2026 | Doprava",
        # a table's rows (a bar-separated menu is told only where it opens the dump)
        "Team | P | W | D | L | Pts",
        "Camera | Sensor | Video | Price | Best For",
        "Domov dôchodcov zatvoria januári",  # "nursing home": a headline
        "Share: the story of my life",
    ],
)
def test_headlines_of_menu_and_network_words_are_kept(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "This post may contain affiliate links. Read our full disclosure.",
        "We earn a commission for products purchased through some links in this guide.",
        "If you buy through our links, I may earn a small commission at no cost to you.",
        "As an Amazon Associate, I earn from qualifying purchases.",
        "Example Kitchen is a participant in the Amazon Services LLC Associates Program.",
        "Some of the links in this article are affiliate ones.",
        "This site is supported, in part, by affiliate arrangements.",
        "We are a reader-supported website and test every product we recommend.",
    ],
)
def test_affiliate_disclosures_over_a_review_are_advertising(line: str) -> None:
    assert boilerplate_reason(line) == "advertisement"


@pytest.mark.parametrize(
    "line",
    [
        "Streamers earn a commission when viewers buy games through their links.",
        "The agent will receive a commission of 3 percent on each sale, the court heard.",
        "Affiliate programs let bloggers earn money from the products they review.",
        "The commission said it would publish its report on the harbour in March.",
    ],
)
def test_prose_about_commissions_and_affiliates_is_kept(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_a_dated_header_strip_ending_in_a_disclosure_is_left_to_the_date_reader() -> None:
    strip = "Published: Mar 8, 2024 · by Jane Roe · This post may contain affiliate links"
    assert boilerplate_reason(strip) is None


@pytest.mark.parametrize(
    "line",
    [
        "Oops! Something went wrong while submitting the form.",
        "There was an issue with the form. Please try again.",
        "Thank you! Please check your inbox now for your welcome email.",
        "100% free. No spam.",
        "No credit card required.",
    ],
)
def test_a_sign_up_forms_messages_are_newsletter_lines(line: str) -> None:
    assert boilerplate_reason(line) == "newsletter"


@pytest.mark.parametrize(
    "line",
    [
        "Something went wrong at the plant on Monday night, the operator said.",
        "There was an issue with the ballots in three districts, officials said.",
        "The trial is free and no credit card is required, the company said.",
    ],
)
def test_prose_about_forms_and_errors_is_kept(line: str) -> None:
    assert boilerplate_reason(line) is None
