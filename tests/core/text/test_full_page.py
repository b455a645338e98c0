"""Full-page dumps: menus, teasers, comments around the article."""

from __future__ import annotations

import pytest

from consumer.core.text.captions import is_dated_caption
from consumer.core.text.header_lines import is_embed_signature

ARTICLE = [
    "The regional parliament voted on Thursday to close the last coal-fired power station in "
    "the valley by the end of next year, three years earlier than the operator had planned.",
    "Members of the ruling coalition said the decision would cut emissions sharply and that "
    "the workers at the plant would be offered jobs at the new wind farms along the coast.",
    "Opposition members argued that the region was not ready for the change and that prices "
    "for households could rise during the coming winters if the grid is not upgraded in time.",
    "The operator said in a statement that it would study the decision and consider its options.",
]
MENU = ["Home", "News", "Politics", "Business", "Sport", "Culture", "Weather", "Video"]
FOOTER = ["About us", "Contact", "Jobs", "Privacy policy", "Terms of use"]
TEASERS = [
    "Local team wins the cup after dramatic penalty shoot-out",
    "Five things to do in the city this weekend",
    "Why house prices are falling in the north",
]
COMMENTS = [
    "12 Comments",
    "Paul on March 3, 2024 at 5:01 pm said:",
    "I think this is a terrible decision and the politicians who voted for it will regret it "
    "when the lights go out in the middle of the coldest winter we have had in years.",
]


def _page(*blocks: list[str]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks)


def test_article_is_found_between_menus_and_footers(extract):
    text = _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        MENU,
        ["Parliament votes to close coal plant early"],
        ["By Sam Jones", "March 3, 2024"],
        *[[p] for p in ARTICLE],
        ["Share", "Tweet", "Email"],
        ["Most read", *TEASERS],
        COMMENTS[:1],
        *[[c] for c in COMMENTS[1:]],
        FOOTER,
        ["© 2024 Valley Herald Media Ltd. All rights reserved."],
    )
    ext = extract(text)
    assert ext.title == "Parliament votes to close coal plant early"
    assert ext.publisher == "Valley Herald"
    assert ext.paragraphs == ARTICLE
    assert ext.authors == ["Sam Jones"]
    assert ext.published_at == "2024-03-03"
    assert [r.title for r in ext.related] == TEASERS
    menu_like = ext.removed["boilerplate"] + ext.removed["navigation"] + ext.removed["copyright"]
    assert menu_like >= len(MENU) + len(FOOTER)
    assert ext.removed["boilerplate"] >= 1  # menu items no pattern knows go as boilerplate
    assert ext.removed["comments"] >= 1


def test_the_story_ends_at_a_link_back_to_the_list_of_stories(extract):
    # teasers with a sentence each under the link, and no "Most read" header over them
    teasers = [
        t + ", and what our readers told us about it after the last election." for t in TEASERS
    ]
    text = "\n".join(
        [
            *MENU,
            "Parliament votes to close coal plant early",
            "March 3, 2024",
            *ARTICLE,
            "Back to news",
            "Other stories",
            *teasers,
            "Join the club!",
        ]
    )
    ext = extract(text)
    assert ext.paragraphs == ARTICLE
    assert ext.removed["navigation"] >= 1


def test_a_commenters_name_and_date_right_under_the_story_are_not_its_byline(extract):
    text = _page(
        ["Parliament votes to close coal plant early"],
        ["Von Anna Berger · 28.11.2026, 07:45 Uhr"],
        *[[p] for p in ARTICLE],
        ["Kommentare (12)"],
        ["Klaus M. 29.11.2026"],
        [COMMENTS[2]],
    )
    ext = extract(text)
    assert ext.authors == ["Anna Berger"]
    assert ext.published_at == "2026-11-28"


def test_clean_copy_keeps_short_paragraphs(extract):
    paragraphs = [
        "The match ended in a draw after both teams scored in the final ten minutes of play.",
        "It was close.",
        "The coach said he was proud of his players and looked forward to the return leg.",
    ]
    ext = extract(_page(["Cup tie ends level"], *[[p] for p in paragraphs]))
    assert ext.paragraphs == paragraphs


def test_empty_and_blank_dumps(extract):
    for text in ("", "   \n\n \u200b \n"):
        ext = extract(text)
        assert ext.paragraphs == [] and ext.title is None
        assert "no_paragraphs" in ext.warnings


def test_captions_far_from_the_article_are_not_its_captions(extract):
    own = "The old power station (pictured) seen from the river in the winter of last year"
    other = "A singer (pictured) on stage at the summer festival in the park of the city"
    text = _page(
        ["Parliament votes to close coal plant early"],
        MENU,
        [ARTICLE[0]],
        [own],
        *[[p] for p in ARTICLE[1:]],
        FOOTER,
        MENU,
        FOOTER,
        [other],
        MENU,
    )
    ext = extract(text)
    assert ext.captions == [own]
    assert ext.paragraphs == ARTICLE


def test_japanese_page(extract):
    paragraphs = [
        "東京都は十日、区内に新しい図書館を開館したと発表した。館内には約二十万冊の本が並び、"
        "子ども向けの読書スペースも設けられている。",
        "開館初日には多くの家族連れが訪れ、館長は「地域の人々が集まる場所にしたい」と話した。",
        "図書館は年中無休で、夜九時まで利用できるという。",
    ]
    text = _page(
        ["東京で新しい図書館が開館 | ニュース"],
        ["ホーム", "政治", "経済", "スポーツ"],
        ["東京で新しい図書館が開館"],
        *[[p] for p in paragraphs],
        ["シェア", "ツイート"],
        ["利用規約", "プライバシー"],
    )
    ext = extract(text)
    assert ext.title == "東京で新しい図書館が開館"
    assert ext.paragraphs == paragraphs
    assert ext.removed["repeated_title"] == 1


def test_title_ends_where_the_page_repeats_the_bare_headline(extract):
    text = _page(
        ["Parliament votes to close coal plant early | Energy news and analysis of the valley"],
        MENU,
        ["Parliament votes to close coal plant early"],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    ext = extract(text)
    assert ext.title == "Parliament votes to close coal plant early"
    assert ext.paragraphs == ARTICLE


def test_bylines_and_dates_of_other_stories_are_not_the_articles(extract):
    text = _page(
        ["Parliament votes to close coal plant early"],
        MENU,
        *[[p] for p in ARTICLE],
        ["Share", "Tweet", "Email"],
        ["Why the valley needs a new plan", "By Lena Fischer", "June 9, 2021"],
        ["Opinion", "Local team wins the cup", "By Tom Berg", "May 2, 2021"],
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs == ARTICLE
    assert ext.authors == []
    assert ext.published_at is None


@pytest.mark.parametrize(
    ("beside", "authors"),
    [
        ("Maria Lopez", ["Maria Lopez"]),
        # a name may be followed by its outlet, or joined by a second writer's
        ("Maria Lopez, CNN", ["Maria Lopez"]),
        ("Rina Wulandari - detikFinance", ["Rina Wulandari"]),
        ("Maria Lopez / AFP", ["Maria Lopez"]),
        ("Maria Lopez for The Valley Herald", ["Maria Lopez"]),
        ("Maria Lopez and Tom Berg", ["Maria Lopez", "Tom Berg"]),
        # it must look like a person's: a section, a section and its desk are none
        ("Industry Insights", []),
        ("Industry Insights - Tech", []),
        ("Climate Desk, Valley Herald", []),
    ],
)
def test_a_bare_name_beside_the_date_must_look_like_a_person(extract, beside, authors):
    text = _page(
        ["Parliament votes to close coal plant early"],
        MENU,
        [beside, "March 3, 2024"],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    assert extract(text).authors == authors


@pytest.mark.parametrize(
    ("over_link", "authors"),
    [("Maria Lopez", ["Maria Lopez"]), ("Industry Insights", [])],
)
def test_a_name_over_the_link_to_its_profile_is_the_writer(extract, over_link, authors):
    text = _page(
        ["Parliament votes to close coal plant early"],
        MENU,
        [over_link, "View Profile"],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    assert extract(text).authors == authors


def test_the_visible_headline_beats_the_pages_seo_title(extract):
    text = _page(
        ["Parliament Votes to Close Coal Plant Early | Valley Herald"],
        MENU,
        ["Parliament votes to close the coal plant in the valley three years early"],
        ["By Sam Jones", "March 3, 2024"],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    ext = extract(text)
    assert ext.title == "Parliament votes to close the coal plant in the valley three years early"
    assert ext.authors == ["Sam Jones"]
    assert ext.published_at == "2024-03-03"


@pytest.mark.parametrize("label", ["Key points:", "In brief", "Das Wichtigste in Kürze"])
def test_a_summary_boxs_point_that_rewords_the_title_is_not_the_headline(extract, label):
    headline = "Parliament votes to close the coal plant in the valley three years early"
    points = ["Parliament votes to close the coal plant early", "Plant workers offered jobs"]
    text = _page(
        [headline, "By Sam Jones", "March 3, 2024"], [label, *points], *[[p] for p in ARTICLE]
    )
    assert extract(text).title == headline


def test_a_masthead_date_above_the_visible_headline_is_not_the_articles(extract):
    text = _page(
        ["Parliament Votes to Close Coal Plant Early | Valley Herald"],
        ["Saturday, March 9, 2024"],
        MENU,
        ["Parliament votes to close the coal plant in the valley three years early"],
        ["By Sam Jones", "March 3, 2024"],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    assert extract(text).published_at == "2024-03-03"


def test_a_table_of_contents_is_not_the_headline(extract):
    contents = ["Why the coal plant closes", "What the vote means for workers", "Prices"]
    text = _page(
        ["Why the coal plant closes early"],
        MENU,
        contents,
        *[[p] for p in ARTICLE[:2]],
        contents,
        *[[p] for p in ARTICLE[2:]],
        FOOTER,
    )
    assert extract(text).title == "Why the coal plant closes early"


def test_a_page_that_shows_its_title_keeps_it(extract):
    text = _page(
        ["Parliament votes to close coal plant early"],
        MENU,
        ["Parliament votes to close coal plant early"],
        ["Parliament votes: coal plant to close early, workers to move to wind farms"],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    assert extract(text).title == "Parliament votes to close coal plant early"


def test_without_a_title_line_the_headline_above_the_date_is_taken(extract):
    text = _page(
        ["Home", "News", "Politics", "Business", "Sport"],
        ["Parliament votes to close coal plant early", "Posted on March 3, 2024"],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    ext = extract(text)
    assert ext.title == "Parliament votes to close coal plant early"
    assert ext.published_at == "2024-03-03"


def test_a_headline_taken_for_a_caption_can_still_be_the_headline(extract):
    text = _page(
        ["Valley Herald: Parliament votes to close coal plant early"],
        MENU,
        ["Valley Herald"],
        ["March 3, 2024"],
        ["Parliament votes to close coal plant early"],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    ext = extract(text)
    assert ext.title == "Parliament votes to close coal plant early"
    assert ext.title not in ext.captions


def test_sub_headings_listed_in_a_table_of_contents_stay_in_the_body(extract):
    headings = ["Why the plant closes", "What it means for workers", "What comes next"]
    text = _page(
        ["Parliament votes to close coal plant early"],
        MENU,
        ["Parliament votes to close coal plant early"],
        ["Contents", *headings],
        *[[heading, paragraph] for heading, paragraph in zip(headings, ARTICLE, strict=False)],
        [ARTICLE[3]],
        FOOTER,
    )
    result = extract(text)
    assert result.captions == []  # a copied heading is not a caption printed twice
    # The sub-headings between paragraphs stay, once each (the contents entries left).
    assert [p for p in result.paragraphs if p in headings] == headings[1:]


RECIPE_INTRO = [
    "These little oat biscuits were my grandmother's answer to every rainy afternoon, and "
    "the tin on her kitchen shelf was never empty for long when the grandchildren visited.",
    "They keep well for a week in a closed jar, and the dough can be frozen in a roll.",
]
INGREDIENTS = [
    "250 g rolled oats",
    "120 g soft butter",
    "2 tbsp golden syrup",
    "1 egg",
    "½ tsp baking soda",
    "1 pinch of salt",
]
STEPS = [
    "Heat the oven to 180 degrees and line two baking trays with paper before you start.",
    "Melt the butter with the syrup in a small pan, then stir it into the oats with the egg.",
    "Roll the dough into small balls, press them flat and bake them for twelve minutes.",
]


def test_ingredient_list_above_the_method_stays(extract):
    text = _page(
        ["Grandmother's oat biscuits | Rainy Day Kitchen"],
        MENU,
        ["Grandmother's oat biscuits"],
        ["Ingredients"],
        INGREDIENTS,
        STEPS,
        *[[p] for p in RECIPE_INTRO],
        ["Share", "Pin it", "Email"],
        FOOTER,
    )
    ext = extract(text)
    body = "\n".join(ext.paragraphs)
    for line in RECIPE_INTRO + INGREDIENTS + STEPS:
        assert line in body
    for line in MENU + FOOTER:
        assert line not in ext.paragraphs


def test_counted_headlines_are_no_ingredient_list(extract):
    """Lines that open with a number but name no unit (a list of teasers) stay out."""
    teasers = [
        "5 reasons to visit the coast this autumn",
        "10 films to watch before the winter",
        "3 new cafes open in the old town",
    ]
    text = _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        MENU,
        ["Parliament votes to close coal plant early"],
        *[[p] for p in ARTICLE],
        teasers,
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs == ARTICLE


GERMAN_POST = [
    "Am Samstag haben wir mit der ganzen Familie den neuen Wanderweg am Stausee ausprobiert, "
    "und ich muss sagen, dass er für Kinder wirklich gut geeignet ist.",
    "Die Strecke ist knapp acht Kilometer lang und führt zum größten Teil durch den Wald, so "
    "dass man auch an heißen Tagen nicht zu sehr ins Schwitzen kommt.",
    "Am Ende wartet ein kleiner Kiosk, an dem es Eis und kalte Getränke gibt, was bei den "
    "Kindern natürlich am besten ankam.",
]
GERMAN_FURNITURE = [
    "War der Artikel nützlich?",
    "Möchten Sie den Artikel teilen?",
    "Du willst nichts mehr verpassen? Dann abonniere unseren Newsletter.",
    "Alle Angaben ohne Gewähr",
    "Zurück zum Wanderlexikon",
    "Externer Inhalt",
    "Download our app for the latest stories from the region.",
    "Simak breaking news dan berita pilihan kami langsung di ponselmu lewat WhatsApp.",
]


def test_blog_furniture_under_the_post_goes(extract):
    text = _page(
        ["Neuer Wanderweg am Stausee | Familie unterwegs"],
        ["Startseite", "Wandern", "Radfahren", "Über uns"],
        ["Neuer Wanderweg am Stausee"],
        *[[p] for p in GERMAN_POST],
        *[[line] for line in GERMAN_FURNITURE],
        ["Ähnliche Beiträge", "Radtour um den Stausee", "Die schönsten Spielplätze im Kreis"],
        ["Teilen Sie dies mit:", "Facebook", "WhatsApp"],
        ["Kommentare sind geschlossen."],
    )
    ext = extract(text)
    assert ext.paragraphs == GERMAN_POST
    assert [r.title for r in ext.related] == [
        "Radtour um den Stausee",
        "Die schönsten Spielplätze im Kreis",
    ]
    for reason in ("share", "comments", "newsletter", "copyright", "navigation"):
        assert ext.removed[reason] >= 1, reason
    assert ext.removed["advertisement"] >= 3


def test_captions_that_end_with_their_credit_leave_the_body(extract):
    captions = [
        "Ein Kran am Ufer des Stausees. Bild: Max Muster/Shutterstock.com",
        "Abbildung 2: Der Wasserstand im Vergleich der letzten zehn Jahre",
        "Aufmacherbild: Die Staumauer im Morgennebel",
        "Workers leave the plant after the vote. Sam Jones/Reuters files",
        "The control room of the plant / (C) Jane Roe",
        "Il cornicione crollato in via Nazionale (foto Ansa)",
    ]
    # A single caption (no copy under it) credited by "Fot." or by an agency and its
    # photographer in brackets.
    captions += [
        "Premier na konferencji prasowej w Warszawie. Fot. PAP/Radek Nowak",
        "Pedagang beras di pasar induk Jakarta, Jumat. (ANTARA/Aditya Pratama)",
    ]
    text = _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        MENU,
        ["Parliament votes to close coal plant early"],
        [ARTICLE[0]],
        [captions[0]],
        [ARTICLE[1]],
        [captions[1]],
        [captions[2]],
        [ARTICLE[2]],
        [captions[3]],
        [ARTICLE[3]],
        [captions[4]],
        [captions[5]],
        [captions[6]],
        [captions[7]],
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs == ARTICLE
    assert ext.captions == captions


def test_a_screen_readers_caption_label_is_no_part_of_the_caption(extract):
    text = _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        MENU,
        ["Parliament votes to close coal plant early"],
        ARTICLE[:2],
        ["Image source, Jane Roe", "Image caption, The plant's cooling towers at dusk"],
        ARTICLE[2:],
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs == ARTICLE
    assert ext.captions == ["The plant's cooling towers at dusk"]


def test_a_most_read_lists_ranks_and_the_next_header_are_no_headlines(extract):
    text = _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        MENU,
        ["Parliament votes to close coal plant early"],
        ARTICLE,
        ["Most read"],
        [f"{rank}. {teaser}" for rank, teaser in enumerate(TEASERS[:3], start=1)]
        # the next list's header under it, its list not in the dump: no headline
        + ["More on this story"],
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs == ARTICLE
    assert [r.title for r in ext.related] == TEASERS[:3]


def test_shop_and_survey_boxes_around_the_article_go(extract):
    boxes = [
        "Valley Herald Newsletter",
        "Wie gefällt Ihnen unsere Website? Teilen Sie es uns mit!",
        "Diesen Artikel als PDF herunterladen",
        "Ausgabe kaufen",
        "Instant access to the full archive from 1998.",
        "Get our Daily Edition by email and never miss our top stories",
        "Apoya el periodismo local. Cancela cuando quieras.",
    ]
    text = _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        MENU,
        ["Parliament votes to close coal plant early"],
        [ARTICLE[0]],
        [ARTICLE[1]],
        *[[box] for box in boxes[:4]],
        [ARTICLE[2]],
        *[[box] for box in boxes[4:]],
        [ARTICLE[3]],
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs == ARTICLE
    assert ext.removed["newsletter"] >= 4


TRANSCRIPT = [
    "MARY LOCKE, HOST:",
    "Across the country, small towns are finding new ways to keep their public libraries "
    "open as budgets shrink, and some of them are asking their residents for help.",
    "TOM REED, BYLINE: That's right, Mary. In one village in the hills, volunteers now run "
    "the library three days a week and lend out everything from books to garden tools.",
    "MARY LOCKE: And how do the residents feel about it, Tom?",
    "TOM REED: Most of them told me they are glad the doors are still open, even if the "
    "hours are shorter than before and the coffee machine is gone.",
]


def test_transcript_keeps_its_first_speaker_line(extract):
    text = _page(
        ["How small towns keep their libraries open | Valley Radio"],
        MENU,
        ["How small towns keep their libraries open"],
        ["March 3, 2025", "Heard on Morning Show"],
        *[[line] for line in TRANSCRIPT],
        ["Copyright © 2025 Valley Radio. All rights reserved."],
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs == TRANSCRIPT


def test_title_tail_naming_a_section_is_no_publisher(extract):
    text = (
        "Merkez Bankası faizi yüzde 40'ta sabit tuttu - Ekonomi Haberleri\n\n"
        "Merkez Bankası faizi yüzde 40'ta sabit tuttu\n\n"
        "Merkez Bankası Para Politikası Kurulu, politika faizini beklentilere paralel olarak "
        "yüzde 40 seviyesinde sabit bıraktı ve enflasyondaki düşüşün süreceğini belirtti.\n\n"
        "Kurul, sıkı para politikası duruşunun enflasyon hedefine ulaşılana kadar "
        "korunacağını vurguladı.\n"
    )
    ext = extract(text, url="https://www.ornekhaber.com.tr/ekonomi/merkez-bankasi-1234")
    assert ext.title == "Merkez Bankası faizi yüzde 40'ta sabit tuttu"
    assert ext.publisher != "Ekonomi Haberleri"
    assert ext.site == "ornekhaber.com.tr"
    named = extract(text.replace("Ekonomi Haberleri", "Ornek Haber Ajansı"))
    assert named.publisher == "Ornek Haber Ajansı"  # an unknown name still is the publisher


def test_german_comment_thread_headers_go(extract):
    text = _page(
        ["Neuer Wanderweg am Stausee | Familie unterwegs"],
        ["Startseite", "Wandern", "Radfahren", "Über uns"],
        ["Neuer Wanderweg am Stausee"],
        *[[p] for p in GERMAN_POST],
        ["12 Antworten zu Neuer Wanderweg am Stausee"],
        ["Keine Kommentare Kommentare sind geschlossen."],
    )
    ext = extract(text)
    assert ext.paragraphs == GERMAN_POST
    assert ext.removed["comments"] == 2


def test_the_headline_repeated_in_a_slider_after_the_article_is_no_anchor(extract):
    article = [
        "Der Batteriehersteller will sein Werk am Stadtrand um eine dritte Halle erweitern und "
        "dafür in den kommenden zwei Jahren rund 300 Millionen Euro ausgeben, wie er mitteilte.",
        "Die Anlage soll vor allem Zellen für die Autos eines großen Herstellers liefern, der "
        "nur wenige Kilometer entfernt ein Montagewerk betreibt und dort neue Modelle plant.",
        "Nach dem Ausbau rechnet das Unternehmen mit einer Jahresleistung, die für mehr als "
        "eine Million Fahrzeuge reichen würde, und mit gut tausend neuen Arbeitsplätzen.",
    ]
    slider = [
        "Akkuwerk am Stadtrand wird größer",
        "https://example.org/uploads/2022/12/werk.jpg 1707 2560 Redaktion",
        "Batterieproduktion",
        "Recycling: Neue Anlage im Norden eröffnet",
        "https://example.org/uploads/2022/12/anlage.jpg 1707 2560 Redaktion",
        "Batterierecycling",
        "Rohstoffe: Raffinerie in Finnland im Bau",
        "https://example.org/uploads/2022/11/raffinerie.jpg 1440 2560 Redaktion",
        "Batteriekomponenten",
        "Speicher: Start-up sammelt sechs Millionen ein",
        "https://example.org/uploads/2022/11/speicher.jpg 1440 2560 Redaktion",
        "Energiespeicher",
    ]
    settings = [
        "Wenn Sie nicht möchten, dass wir Ihren Besuch verfolgen, können Sie das hier in "
        "Ihrem Browser abschalten, und wir werden Ihre Wahl bei jedem Besuch beachten.",
        "Hier klicken, um die Karten zu aktivieren oder zu deaktivieren.",
    ]
    text = _page(
        ["Akkuwerk am Stadtrand wird größer - Akku-Nachrichten"],
        ["Start", "Nachrichten", "Stellen", "Partner", "Kontakt"],
        ["Akkuwerk am Stadtrand wird größer als geplant"],
        ["Autor: Die Redaktion", "Veröffentlicht am 06.12.2022"],
        *[[p] for p in article],
        ["Artikel teilen", "Teilen auf Twitter"],
        *[[line] for line in slider],
        settings,
    )
    ext = extract(text)
    assert ext.paragraphs == article


def test_a_title_the_page_shows_inside_the_article_stays_the_title(extract):
    text = _page(
        ["Best Travel Insurance for Seniors in 2025 | Trip Guide"],
        MENU,
        ["How We Researched the Best Travel Insurance for Seniors"],
        [ARTICLE[0]],
        ["Best Travel Insurance for Seniors in 2025"],
        *[[p] for p in ARTICLE[1:]],
        FOOTER,
    )
    ext = extract(text)
    assert ext.title == "Best Travel Insurance for Seniors in 2025"


def test_a_dump_without_the_pages_title_takes_the_headline_the_lead_repeats(extract):
    # inscriptis and html2text leave the <title> out: the dump opens with the menu.
    text = _page(
        ["Skip to content"],
        MENU,
        ["Valley Herald"],
        ["Regional parliament votes to close the valley's coal plant early"],
        ["By Sam Jones", "March 3, 2024"],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    ext = extract(text)
    assert ext.title == "Regional parliament votes to close the valley's coal plant early"
    assert ext.paragraphs == ARTICLE


def test_a_sites_tagline_under_the_skip_link_gives_way_to_the_headline_over_the_byline(extract):
    # The tagline reads as a <title> and shares a word with the lead ("power"), but the
    # dump opens with a menu's line, and the headline over the byline shares more.
    headline = "Regional parliament votes to close the valley's coal plant early"
    text = _page(
        ["Skip to content"],
        ["Independent reporting on power, politics and the people of the valley"],
        MENU,
        [headline],
        ["By Sam Jones", "March 3, 2024"],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    ext = extract(text)
    assert ext.title == headline
    assert ext.paragraphs == ARTICLE
    assert ext.authors == ["Sam Jones"]


def test_a_byline_above_the_heading_taken_for_the_headline_names_the_author(extract):
    # The page's own headline words the <title> less closely than a heading further down
    # (under the share bar and a key-points box), which is taken: the byline under the
    # page's headline stands just above it.
    text = _page(
        ["Best Coal Plant Closures of 2024 | Valley Herald"],
        MENU,
        ["Closing the valley's power stations"],
        ["By Sam Jones – Updated March 3, 2024 | Fact-checked by Ana Roe"],
        ["Share", "Tweet", "Email"],
        ["Key points", "Two plants close in 2024", "Prices may rise"],
        ["Coal plant closures for 2024"],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    ext = extract(text)
    assert ext.title == "Coal plant closures for 2024"
    assert ext.authors == ["Sam Jones"]


def test_a_menu_item_opening_the_dump_is_no_title(extract):
    # inscriptis marks list items "* ", "+ ", "o " by level: its dump opens with the menu.
    text = _page(
        ["* Home", "* News", "+ Local", "+ World", "o Europe", "* Sport"],
        ["Share", "Tweet", "Email"],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    ext = extract(text)
    assert ext.title is None  # no headline on the page: none rather than "* Home"
    assert ext.paragraphs == ARTICLE


def test_a_headline_the_page_shows_twice_is_taken_by_the_lead(extract):
    headline = "Regional parliament votes to close the valley's coal plant early"
    text = _page(
        [f"* {item}" for item in MENU],
        [headline],  # and again inside the article, as its photo's caption
        ["Share", "Tweet", "Email"],
        *[[p] for p in ARTICLE[:2]],
        ["Photo: Sam Jones/Valley Herald", headline],
        *[[p] for p in ARTICLE[2:]],
        FOOTER,
    )
    ext = extract(text)
    assert ext.title == headline
    assert ext.paragraphs == ARTICLE


def test_a_page_without_a_headline_line_finds_its_byline_above_the_share_bar(extract):
    text = _page(
        [f"* {item}" for item in MENU],
        ["By Sam Jones", "March 3, 2024"],
        ["Share", "Tweet", "Email", "Print", "Save"],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    ext = extract(text)
    assert ext.title is None
    assert ext.authors == ["Sam Jones"]
    assert ext.published_at == "2024-03-03"


def test_a_markdown_copy_without_the_pages_title_takes_its_heading(extract):
    menu = "\n".join(f"  * [{item}](/{item.lower()}/)" for item in MENU)
    text = "\n\n".join(
        [
            "[![Valley Herald](/logo.png)](/)",
            menu,
            "# Weather warning for the coast tonight",  # a teaser box's heading
            "# Coal plant to shut three years early",
            "By Sam Jones | March 3, 2024",
            *ARTICLE,
            "\n".join(f"  * [{teaser}](/news/{n}/)" for n, teaser in enumerate(TEASERS)),
        ]
    )
    ext = extract(text)
    assert ext.title == "Coal plant to shut three years early"
    assert ext.paragraphs == ARTICLE


def test_the_headline_in_a_list_of_other_posts_after_the_article_is_no_anchor(extract):
    # The post's headline shows again among the blog's recent posts, below the article
    # and above its comments: the article before it is still the text, not the longest
    # comment.
    recent = [
        "Parliament votes to close coal plant early",
        "Why our town needs a second bridge",
        "Ten years of the harbour festival",
        "What the new bus timetable means for commuters",
    ]
    comment = [
        "I have lived in the valley for forty years and I can tell you that the people who "
        "work at that plant have been worried about this for a very long time already.",
        *ARTICLE[:3],
    ]
    text = _page(
        ["Parliament votes to close coal plant early | Valley Blog"],
        MENU,
        ["Parliament votes to close coal plant early 2 Comments"],
        *[[p] for p in ARTICLE],
        ["Share", "Tweet", "Email"],
        recent,
        ["2 Comments"],
        ["Paul on March 3, 2024 at 5:01 pm said:"],
        *[[p.replace("the", "that")] for p in comment],
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs == ARTICLE


def test_two_paragraphs_that_trail_off_open_the_article(extract):
    # A writer who ends paragraphs with "…": two in a row, each a block of its own, are
    # no list of teasers cut short.
    article = [
        "I love what the readers of this blog keep building on top of the tools we share "
        "here every month, and the latest project is a good example of why that matters…",
        "Look at how one reader took the scripts from last spring and turned them into a "
        "small dashboard that shows the whole street's power use at a glance…",
        *ARTICLE,
    ]
    text = _page(
        ["Readers build a street power dashboard | Valley Blog"],
        MENU,
        ["Readers build a street power dashboard"],
        ["March 3, 2024"],
        *[[p] for p in article],
        ["Share", "Tweet", "Email"],
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs == article


def test_a_scripts_source_in_the_dump_is_no_text(extract):
    # A page whose script the dumper let through as text: one long line of code that
    # reads, by its length and its "if"s and "for"s, like prose.
    script = " ".join(
        f"var tip{n} = document.all ? document.all['tip{n}'] : null; "
        f"if (tip{n} && ok) {{ tip{n}.style.width = w + 'px'; }} // show it if the mouse is on it"
        for n in range(12)
    )
    text = _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        [script],
        MENU,
        *[[p] for p in ARTICLE[:2]],
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs == ARTICLE[:2]


def test_the_headline_under_its_sections_name_still_anchors_the_text(extract):
    # The section's name sits right above the headline's repeat, in its block: a few
    # words, no headline of another story; prose above it is the page's, not the text.
    promo = [
        "Our newsroom has covered the valley for more than a hundred years, and we are "
        "proud of the reporters who keep asking the questions that matter to all of you.",
        "Become a member today and support independent local journalism in the region, "
        "with full access to our archive and a weekly letter from the editor to your inbox.",
    ] * 3
    text = _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        MENU,
        *[[p] for p in promo],
        ["Energy & Climate", "Parliament votes to close coal plant early"],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs == ARTICLE


_MORE = " We have waited for this vote for a long time; I hope the jobs on the coast come soon."
HEADERLESS_THREAD = [
    ["http://example.org/ quietreader"],
    ["I know exactly how you feel about this, and I wish the council had listened sooner." + _MORE],
    ["Alayna F"],
    ["Don't worry, everyone in the valley will get used to it after a winter or two." + _MORE],
    ["Mike Merrill"],
    ["Thanks for the honest report, it is the first one I have read that explains it." + _MORE],
    ["hicham"],
    ["Could not agree more with the writer, it is about time the region moved on." + _MORE],
]


def test_a_thread_of_names_over_comments_ends_the_article(extract):
    # No "Comments" header: each reader's name alone on its line, then the comment.
    text = _page(MENU, ["Parliament votes to close coal plant early"], *[[p] for p in ARTICLE])
    text = _page([text], *HEADERLESS_THREAD, FOOTER)
    assert extract(text).paragraphs == ARTICLE


def test_subheadings_whose_sections_take_up_their_words_stay(extract):
    # A guide's sections under short headings read like names over comments, but each
    # section's prose takes up its heading's words.
    tail = " It is one of the easiest things to start with when you have never grown food."
    sections = [
        ("Herbs", "Even a small kitchen has room for a pot of herbs on a window sill." + tail),
        ("Tomatoes", "Small tomatoes such as cherry varieties do well in pots." + tail),
        ("Radishes", "Radishes need very little care and are ready to eat within a month." + tail),
        ("Green beans", "Dwarf beans need a lot of light but crop well in a deep pot." + tail),
        ("Lettuce", "Loose-leaf lettuce grows back after cutting, so one pot lasts weeks." + tail),
    ]
    article = list(ARTICLE)
    for heading, prose in sections:
        article += [heading, prose]
    text = _page(MENU, ["Five vegetables to grow indoors"], *[[p] for p in article], FOOTER)
    assert extract(text).paragraphs == article


def test_a_share_toolbar_under_a_short_story_ends_it(extract):
    # A short story under its headline closed by its share buttons, then a sidebar of
    # other stories' headlines and teasers that scores nearly as much as the story.
    story = ARTICLE[:2]
    sidebar = [
        "Harbour ferry returns after winter break",
        "The ferry across the harbour is running again after its winter break, and the "
        "operator says the boats will run every twenty minutes until the end of October.",
        "Library opens a new reading room",
        "The town library has opened a new reading room for children on its ground floor, "
        "with two thousand new books bought with money raised by a local charity.",
    ]
    text = _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        MENU,
        ["Parliament votes to close coal plant early"],
        *[[p] for p in story],
        ["Share this article", "Digg", "Newsvine", "More Local News"],
        *[[line] for line in sidebar],
        FOOTER,
    )
    assert extract(text).paragraphs == story


def test_an_email_label_over_an_address_is_no_share_toolbar(extract):
    # A listing's contact fields: "Email:" over an address does not end the text.
    first = ARTICLE[0] + " " + ARTICLE[1]
    second = ARTICLE[2] + " " + ARTICLE[3]
    text = _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        MENU,
        ["Parliament votes to close coal plant early"],
        [first],
        ["Valley Energy Office", "Main Street 12", "Telephone: (555) 846-4222"],
        ["Email:", "office@example.org", "Opening hours", "Monday to Friday"],
        [second],
        FOOTER,
    )
    paragraphs = extract(text).paragraphs
    assert paragraphs[0] == first
    assert paragraphs[-1] == second


def test_a_quoted_heading_leaves_its_paragraph_in_place(extract):
    quote = (
        '"The water came in so fast, we only had time to get the kids upstairs," said a resident.'
    )
    text = _page(
        ["Storm live: flood warnings across the valley | Valley Herald"],
        MENU,
        ["Storm live: flood warnings across the valley"],
        ["11:42"],
        ["Rail services suspended"],
        [ARTICLE[0]],
        ["11:20 GMT"],
        ["'The water came in so fast'"],
        [ARTICLE[1]],
        [quote],
        ["10:58"],
        [ARTICLE[2]],
        FOOTER,
    )
    ext = extract(text)
    # The live blog's heading quotes the paragraph below: the copy goes, not the order.
    assert "'The water came in so fast'" not in ext.paragraphs
    assert ext.paragraphs.index(quote) == ext.paragraphs.index(ARTICLE[1]) + 1


def test_a_paragraph_under_a_related_box_inside_the_text_closes_it(extract):
    # A "Related stories" box between the story's paragraphs, then its last paragraph,
    # then the page's share links and footer.
    closing = (
        "The vote comes at a time when several regions are weighing similar plans, as the "
        "price of coal has risen for a third year in a row."
    )
    text = _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        MENU,
        ["Parliament votes to close coal plant early"],
        ["By Sam Jones", "March 3, 2024"],
        *[[p] for p in ARTICLE],
        ["Related Stories", *TEASERS],
        [closing],
        ["Twitter", "Facebook", "LinkedIn"],
        FOOTER,
    )
    assert extract(text).paragraphs == [*ARTICLE, closing]


def test_a_box_of_one_related_story_inside_a_dump_without_blank_lines(extract):
    # A scraper that writes one line per element and no blank lines: menus, the headline, a
    # standfirst without a full stop (it reads like another headline beside the repeat),
    # the story, a box of one "Related story" and the closing paragraph, the story's tags
    # under a label without a colon, the comments link, the footer.
    closing = (
        "The vote comes at a time when several regions are weighing similar plans, as the "
        "price of coal has risen for a third year in a row."
    )
    text = "\n".join(
        [
            "Home » Politics",
            *MENU,
            "Parliament votes to close coal plant early",
            "Parliament votes to close coal plant early",
            "The decision brings the closure forward by three years, to the end of next year",
            "March 3, 2024",
            *ARTICLE,
            "Related story",
            TEASERS[0],
            closing,
            "Topics",
            "Energy",
            "Coal",
            "Comments",
            *FOOTER,
        ]
    )
    ext = extract(text)
    assert ext.paragraphs[-2:] == [ARTICLE[-1], closing]
    assert [link.title for link in ext.related] == [TEASERS[0]]


def test_a_short_post_of_one_line_over_its_comments_header(extract):
    # A blog post of one line that ends no sentence, under its headline and its category
    # line and over an empty comments section; then a sidebar with a bio that reads as
    # prose and an archive.
    post = "Drawn by a student from Leeds! Via someblog More robot drawings here"
    sidebar = [
        "Hello there, welcome to my little corner of the web",
        "you can also follow me on my other pages here or there, and the blog has its own "
        "video channel that you can subscribe to as well if you like what you see here",
        "About me",
        "Write for us",
    ]
    text = _page(
        ["The Odd Notebook » Robots drawn as garden tools"],
        ["Robots drawn as garden tools"],
        ["drawings, odd things — notebookwriter @ 15:34"],
        [post],
        ["Comments (0)"],
        ["No comments yet."],
        ["Leave a comment"],
        *[[line] for line in sidebar],
        ["November 2012", "October 2012", "September 2012", "August 2012"],
        FOOTER,
    )
    assert extract(text).paragraphs == [post]


def test_a_short_post_needs_a_line_of_some_words(extract):
    # A line of a few words under the headline is a caption or a credit, no post: the
    # short-post rule leaves it.
    from consumer.core.text.mainblock import short_post_lines

    texts = ["Robots drawn as garden tools", "Drawn by a student from Leeds", "Comments (0)"]
    assert short_post_lines(texts, 0, frozenset({2})) == []
    texts[1] = "Drawn by a student from Leeds! Via someblog More robot drawings here"
    assert short_post_lines(texts, 0, frozenset({2})) == [1]
    # The comments header too far under the headline, or prose between: not this rule.
    assert short_post_lines([*texts[:2], "x", "y", "z", "w", "Comments"], 0, frozenset({6})) == []
    prose = "The student drew them over the summer. She says she will draw more of them soon."
    assert short_post_lines([texts[0], prose, texts[2]], 0, frozenset({2})) == []


BOX_BIO = (
    "Dana Whitfield covers energy and the environment for the Valley Herald and has reported "
    "on the region's power stations for ten years."
)


def _page_with_box(*box: str) -> str:
    return _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        MENU,
        ["Parliament votes to close coal plant early"],
        ARTICLE,
        list(box),
        FOOTER,
    )


def test_an_author_box_under_an_unsigned_story_names_its_writer(extract):
    result = extract(_page_with_box("Dana Whitfield", BOX_BIO))
    assert result.authors == ["Dana Whitfield"]
    result = extract(_page_with_box("About Dana Whitfield", "Dana " + BOX_BIO.split(" ", 2)[2]))
    assert result.authors == ["Dana Whitfield"]


def test_no_author_from_a_box_of_a_person_the_story_names(extract):
    quoted = [*ARTICLE[:-1], ARTICLE[-1] + " Dana Whitfield, an analyst, welcomed the vote."]
    text = _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        MENU,
        ["Parliament votes to close coal plant early"],
        quoted,
        ["Dana Whitfield", BOX_BIO],
        FOOTER,
    )
    assert extract(text).authors == []


def test_no_author_from_two_boxes(extract):
    other = "Omar Lindqvist is a reporter for the Valley Herald and has written about farming."
    result = extract(_page_with_box("Dana Whitfield", BOX_BIO, "Omar Lindqvist", other))
    assert result.authors == []


SEO_TITLE = ["Coal Plant Shutdown Explained: Dates, Jobs and Prices | Valley Herald"]
HEADLINE = "Parliament ends coal power in the valley three years early"
CONTENTS = ["In this article", "What was decided", "What it means for workers", "Prices"]


def test_the_headline_over_its_byline_beats_a_title_worded_otherwise(extract):
    text = _page(
        SEO_TITLE,
        MENU,
        [HEADLINE, "By Sam Jones", "March 3, 2024"],
        CONTENTS,
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    ext = extract(text)
    assert ext.title == HEADLINE
    assert ext.paragraphs == ARTICLE
    assert ext.authors == ["Sam Jones"]


def test_the_headline_over_its_standfirst_and_byline_is_taken(extract):
    standfirst = "Workers at the plant will be offered jobs at the new wind farms on the coast."
    text = _page(
        SEO_TITLE,
        MENU,
        [HEADLINE, standfirst, "By Sam Jones", "March 3, 2024"],
        CONTENTS,
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    assert extract(text).title == HEADLINE


def test_the_headline_between_a_date_and_the_text_is_taken(extract):
    text = _page(SEO_TITLE, MENU, ["March 3, 2024", HEADLINE], *[[p] for p in ARTICLE], FOOTER)
    assert extract(text).title == HEADLINE


def test_teasers_over_their_dates_are_no_headline(extract):
    teasers = [
        "Coal miners protest outside parliament over closure plans",
        "March 1, 2024",
        "Energy",
        "Wind farm on the coast gets approval after long wait",
        "February 28, 2024",
    ]
    text = _page(SEO_TITLE, MENU, ["Most popular", *teasers], *[[p] for p in ARTICLE], FOOTER)
    assert extract(text).title == "Coal Plant Shutdown Explained: Dates, Jobs and Prices"


def test_a_writers_role_under_the_byline_is_no_headline(extract):
    text = _page(
        SEO_TITLE,
        MENU,
        ["By Sam Jones", "Senior Valley Coal Industry Reporter", "March 3, 2024"],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    assert extract(text).title == "Coal Plant Shutdown Explained: Dates, Jobs and Prices"


def test_a_sites_tagline_under_its_name_is_no_headline(extract):
    text = _page(
        ["Coal Plant Shutdown Explained: Dates, Jobs and Prices « Valley Herald"],
        ["Valley Herald", "Independent news about coal, jobs and prices in the valley"],
        ["By Sam Jones"],
        MENU,
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    assert "Independent" not in (extract(text).title or "")


def test_of_two_rewordings_of_the_title_the_one_over_the_byline_is_taken(extract):
    headline = "Coal Plant Shutdown: Dates and Jobs"
    text = _page(
        SEO_TITLE,
        MENU,
        [headline, "By Sam Jones", "March 3, 2024"],
        ["Contents", "Coal Plant Shutdown Explained: Jobs and Prices"],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    assert extract(text).title == headline


def test_the_line_that_ends_the_breadcrumb_above_it_is_the_headline(extract):
    text = _page(
        SEO_TITLE,
        MENU,
        [f"Home » News » Politics » {HEADLINE}", HEADLINE],
        *[[p] for p in ARTICLE],
        FOOTER,
    )
    ext = extract(text)
    assert ext.title == HEADLINE
    assert ext.paragraphs[-len(ARTICLE) :] == ARTICLE


def test_the_headline_with_a_piece_the_title_cut_off_anchors_the_text(extract):
    # The title's cleaning takes "Valley" for noise; the page's headline still says it.
    # Above it a long promo outscores the short story, which the anchor keeps.
    promo = [
        "Our newsroom has covered the valley for more than a hundred years, and we are "
        "proud of the reporters who keep asking the questions that matter to all of you."
    ] * 3
    story = [ARTICLE[0]]
    text = _page(
        ["Coal plant to close early – Valley – Valley Herald"],
        MENU,
        *[[p] for p in promo],
        ["Coal plant to close early – Valley"],
        story,
        COMMENTS,
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs == story


def test_an_embedded_posts_signature_does_not_part_the_text(extract):
    # A tweet quoted between two paragraphs ends with its writer's handle and date: the
    # quoted post's credit, not another story's byline and date that would part the text.
    tweet = "The vote is in: the plant closes next year. A good day for the valley! #energy"
    signature = "— Anna (@annaberg) March 3, 2024"
    text = _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        MENU,
        ["Parliament votes to close coal plant early"],
        ["By Sam Jones", "March 3, 2024"],
        *[[p] for p in ARTICLE[:3]],
        [tweet],
        [signature],
        ARTICLE[3:],
        ["Share", "Tweet", "Email"],
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs[:3] == ARTICLE[:3]
    assert ext.paragraphs[-1] == ARTICLE[3]
    assert ext.authors == ["Sam Jones"]


@pytest.mark.parametrize(
    "line",
    [
        "— Jane Roe (@janeroe) November 6, 2012",
        "— Jane Roe (@janeroe)",
        "— RobBubble (@RobBubble) 14. Juni 2018",
        "A post shared by Jane Roe (@jane.roe) on Jun 16, 2019 at 7:30am PDT",
    ],
)
def test_embedded_post_signatures(line):
    assert is_embed_signature(line)


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe (@janeroe)",
        "- Jane Roe (@janeroe) said the council was wrong to close the plant",
        "Jane Roe (@janeroe) November 6, 2012",
    ],
)
def test_no_embedded_post_signatures(line):
    assert not is_embed_signature(line)


SECTION_BOX = [
    "About Voices",
    "Along with the posts of our own writers, this section of the site carries essays and "
    "columns from guest writers across the industry, chosen by our editors each week for "
    "their insight into how technology and media are changing the way we live and work.",
    "We also accept unsolicited submissions from readers and answer each one within a week.",
    "Voices is edited by Dana Miller.",
]


def test_a_box_under_its_about_header_is_not_the_story_it_outscores(extract):
    story = ARTICLE[:2]
    text = _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        MENU,
        ["Parliament votes to close coal plant early"],
        ["March 3, 2024"],
        *[[p] for p in story],
        ["Read the rest of this post on the original site »"],
        ["Must-Reads from other sites", TEASERS[0], "By Jo Baker, Staff Writer"],
        [TEASERS[1], "By Lee Chan, Columnist"],
        SECTION_BOX,
        ["Featured Posts", "Featured Reviews"],
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs == story
    assert ext.removed["author_bio"] == len(SECTION_BOX)


@pytest.mark.parametrize("header", ["About Paris:", "About the city", "Over Amsterdam"])
def test_a_subheading_about_a_thing_heads_the_storys_own_paragraph(extract, header):
    text = _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        MENU,
        ["Parliament votes to close coal plant early"],
        ["March 3, 2024"],
        *[[p] for p in ARTICLE[:2]],
        [header, ARTICLE[2]],
        [ARTICLE[3]],
        FOOTER,
    )
    ext = extract(text)
    assert ARTICLE[2] in ext.paragraphs
    assert "author_bio" not in ext.removed


PROFILE = [
    "Born in a small town on the coast, Maria Lopez first drew notice for her short films "
    "at the national film school, where she made three documentaries about fishing families.",
    "Her first feature, a drama about a harbour strike, won the critics' prize at the festival "
    "and opened the way to the studio contracts that followed over the next twenty years.",
]


def test_a_box_about_the_person_the_headline_names_is_the_storys_own(extract):
    text = _page(
        ["Film Institute Award: Maria Lopez | Film Institute"],
        MENU,
        ["Maria Lopez"],
        [ARTICLE[0].replace("regional parliament", "film institute")],
        ["About the award", ARTICLE[1], ARTICLE[2]],
        ["About Maria Lopez", *PROFILE],
        FOOTER,
    )
    ext = extract(text)
    assert PROFILE[0] in ext.paragraphs
    assert "author_bio" not in ext.removed


def test_a_box_about_the_writer_the_headline_also_names_goes(extract):
    # the site is the writer's: her name in the title, and her byline over the story
    text = _page(
        ["Parliament votes to close coal plant early - Maria Lopez"],
        MENU,
        ["Parliament votes to close coal plant early"],
        ["March 3, 2024 By Maria Lopez"],
        *[[p] for p in ARTICLE],
        ["About Maria Lopez", PROFILE[1]],
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs == ARTICLE


DIRECTORY = [
    "Archives - Records | Library - Maps | Museum - Photographs | University - Letters",
    "City Council - Minutes | County - Deeds | State - Census Returns | Parish - Registers",
]
SITE_ABOUT = [
    "About HistoryLinks.org",
    "HistoryLinks.org is a library of links to local history records that are free to read "
    "online, chosen by volunteers who check each site at least once a year for new records.",
]


def test_a_sites_box_on_a_page_with_no_story_of_its_own_stays(extract):
    # a directory of links: no headline under the title, no byline; the site's text is its prose
    text = _page(
        ["Local history records | HistoryLinks.org"],
        MENU,
        ["Records"],
        DIRECTORY,
        ["Maps"],
        DIRECTORY,
        ["Newsletter"],
        SITE_ABOUT,
        FOOTER,
    )
    ext = extract(text)
    assert SITE_ABOUT[1] in ext.paragraphs


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Protesters gather outside the parliament in Berlin, March 3, 2024.", "Photo: Jane Roe"),
        ("Jane Roe on stage at the climate forum, Sept 16, 2023.", None),
    ],
)
def test_a_dated_caption_is_no_date_line_that_cuts_the_story(extract, caption, credit):
    # read in pieces ("Protesters gather outside" / "parliament in Berlin" / the date), the
    # caption was a date line, parting the first paragraph from the rest like a teaser's
    photo = [caption, credit] if credit else [caption]
    text = _page(
        ["Parliament votes to close coal plant early | Valley Herald"],
        MENU,
        ["Parliament votes to close coal plant early"],
        ["By Jane Roe", "March 3, 2024"],
        [ARTICLE[0]],
        photo,
        *[[p] for p in ARTICLE[1:]],
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs == ARTICLE
    assert ext.removed["caption"] == 1
    assert ext.published_at == "2024-03-03"


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe, Staff Writer, March 3, 2024.",
        "Last updated on Monday, March 3, 2024.",
        "This page was originally published on Wednesday, March 2, 2022.",
        "Schiff replied on May 27, 2005.",
    ],
)
def test_date_lines_and_short_sentences_are_no_dated_captions(line):
    assert not is_dated_caption(line)


_HEAD = [*MENU, "Parliament votes to close coal plant early", "March 3, 2024"]
_WIRE_TAIL = [
    "This story comes straight from an overseas news agency as an extra service to our "
    "readers, and its spelling follows the agency's own usage throughout the report.",
    "Get the morning paper delivered to your door and save over half of the newsstand price "
    "when you subscribe for a whole year before the end of this month.",
]


@pytest.mark.parametrize(
    "notice", ["© 2008 Valley Wire", "Copyright 2008 by The Valley Press", "(c) 2008 Valley Wire"]
)
def test_a_dated_notice_under_the_story_ends_it(extract, notice):
    # the wire's notice right under its story, then the site's own boxes in prose
    text = "\n".join([*_HEAD, *ARTICLE, notice, *_WIRE_TAIL, *FOOTER])
    ext = extract(text)
    assert ext.paragraphs == ARTICLE


@pytest.mark.parametrize(
    "notice", ["Illustration © 2008 Jane Roe", "The coast at dawn | © 2008 Jane Roe"]
)
def test_a_photos_dated_credit_inside_the_story_does_not_end_it(extract, notice):
    text = "\n".join([*_HEAD, *ARTICLE[:3], notice, *ARTICLE[3:], *FOOTER])
    ext = extract(text)
    assert ext.paragraphs == ARTICLE


def test_a_dated_notice_over_most_of_the_text_does_not_end_it(extract):
    text = "\n".join([*_HEAD, ARTICLE[0], "© 2008 Valley Wire", *ARTICLE[1:], *FOOTER])
    ext = extract(text)
    assert ext.paragraphs == ARTICLE
