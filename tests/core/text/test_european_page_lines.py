"""Page furniture, credits and bylines of European news pages, on made-up lines and copies."""

from __future__ import annotations

import pytest

from consumer.core.text.byline import (
    byline_authors,
    is_newsroom_role,
    named_with_role,
    without_agency_credits,
)
from consumer.core.text.captions import has_caption_marker
from consumer.core.text.classify import boilerplate_reason, is_related_header
from consumer.core.text.meta_line import read_meta_line
from consumer.core.text.related import pointer_of

_BODY = (
    "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nach einer "
    "langen Debatte über die Kosten der neuen Brücke.",
    "Die Opposition stimmte dagegen und kündigte an, den Beschluss prüfen zu lassen, weil "
    "die Zahlen aus ihrer Sicht nicht stimmen.",
    "Die Bauarbeiten an der Brücke sollen im Frühjahr beginnen und zwei Jahre dauern, teilte "
    "die Stadtverwaltung mit.",
)


def _copy(*header: str, tail: tuple[str, ...] = ()) -> str:
    """A made-up copy: headline, the given header lines, three paragraphs, the tail."""
    return "\n\n".join(["Stadtrat beschließt Haushalt", "\n".join(header), *_BODY, *tail]) + "\n"


@pytest.mark.parametrize(
    "line",
    [
        "Ein Zug steht im Hauptbahnhof (Archivbild)",
        "Le maire lors du conseil municipal (photo d'archives)",
        "El alcalde durante el pleno (foto de archivo)",
        "De burgemeester tijdens de raadsvergadering (archieffoto)",
        "Мэр на заседании городского совета (архивное фото)",
    ],
)
def test_an_archive_photo_s_note_marks_a_caption(line: str) -> None:
    assert has_caption_marker(line)


def test_a_sentence_naming_archives_is_no_caption() -> None:
    assert not has_caption_marker("Die Akten liegen in den Archiven der Stadt.")


@pytest.mark.parametrize(
    "line",
    [
        "28.11.2026, 14.32 Uhr • aus DER STADTBOTE 49/2026",
        "4. März 2024 • aus DIE WOCHE Nr. 10/2024",
        "March 4, 2024 | from the 3/2024 issue",
    ],
)
def test_the_print_issue_beside_the_date_is_no_text(line: str) -> None:
    meta = read_meta_line(line)
    assert meta is not None and meta.stamps


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Autor: Petr Novák, ČTK", ["Petr Novák"]),
        ("Autor: Jan Nowak, PAP", ["Jan Nowak"]),
        ("By Ria Hartley", ["Ria Hartley"]),  # a given name, not the Russian agency
    ],
)
def test_a_national_agency_after_the_writer_is_no_author(line: str, names: list[str]) -> None:
    assert byline_authors(line) == names


def test_an_agency_s_credit_gives_way_to_a_named_writer() -> None:
    assert without_agency_credits(["Reuters", "Howard Lane"]) == ["Howard Lane"]
    assert without_agency_credits(["Reuters"]) == ["Reuters"]


def test_an_agency_credit_over_a_byline_is_no_author(extract) -> None:  # type: ignore[no-untyped-def]
    updated = "Updated Sat, November 28, 2026 at 3:12 PM UTC"
    result = extract(_copy("Reuters", updated, "By Lena Vogt"))
    assert result.authors == ["Lena Vogt"]


@pytest.mark.parametrize(
    "line",
    ["Dziennikarz Onetu", "Journalist", "Redaktor", "Кореспондент", "Újságíró"],
)
def test_newsroom_roles_in_more_languages(line: str) -> None:
    assert is_newsroom_role(line)


def test_a_name_over_its_role_line_is_the_author(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract(_copy("Jan Nowak", "Dziennikarz Portalu", "28 listopada 2026, 14:20"))
    assert result.authors == ["Jan Nowak"]
    assert named_with_role("Jan Nowak, dziennikarz") == ["Jan Nowak"]


def test_the_role_line_under_a_bare_byline_goes_with_it(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract(_copy("Publisert 28. nov. 2026 kl. 10:15", "", "Kari Lund", "Journalist"))
    assert result.authors == ["Kari Lund"]
    assert "Journalist" not in result.paragraphs


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Читать РИА Городские вести в Telegram", "share"),
        ("Подписывайтесь на Городские вести в Дзен", "share"),
        ("Kövesse a Városi Hírlapot Facebookon is!", "share"),
        ("Urmărește știrile Orasul.ro și pe Google News", "share"),
        ("Ακολουθήστε την Πόλη στο Google News", "share"),
        ("Del", "share"),
        ("Jaa artikkeli", "share"),
        ("Watch News 5 Now for free on Roku, Fire TV and more.", "advertisement"),
        (
            "Dacă vrei să fii la curent cu cele mai importante știri ale zilei, abonează-te la "
            "newsletterul Orașul.",
            "newsletter",
        ),
        ("Sursa foto: Foto Agentia / Ion Pop", "image_credit"),
        ("Nyitókép: Városi Fotó/Kiss Anna", "image_credit"),
        ("Źródło zdjęcia: Archiwum", "image_credit"),
        ("Photo d'illustration : Agence Nord", "image_credit"),
        ("Foto de archivo / Agencia Sur", "image_credit"),
        ("Newsletter info", "newsletter"),
        ("Newsletter Politik", "newsletter"),
        # a prompt to report a typo by its keys, and to sign in before commenting
        ("Ошибка в тексте? Выделите её и нажмите «Ctrl + Enter»", "share"),
        ("Fehler gefunden? Markieren und Strg+Enter drücken", "share"),
        ("Sie müssen angemeldet sein, um kommentieren zu können.", "comments"),
        ("Assine a nossa newsletter", "newsletter"),
        # a breadcrumb from the Spanish front page; a tags label alone, without its colon
        ("Portada » Nacional", "navigation"),
        ("Temas", "navigation"),
        ("Topics", "navigation"),
    ],
)
def test_page_furniture_of_european_sites(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Telegram ограничил доступ к каналам в Москве",
        "A Facebook bejelentette, hogy új szabályokat vezet be.",
        "Watch the council meeting on our website tonight.",
        "Del av kommunen står utan ström efter stormen i natt.",
        "Like!",  # a blogger's exclamation between paragraphs
        "Newsletters are back",
    ],
)
def test_news_about_the_same_networks_is_kept(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_a_photo_s_source_names_no_publisher() -> None:
    assert pointer_of("Sursa foto: Foto Agentia / Ion Pop") is None
    pointer = pointer_of("Sursa: Agerpres")
    assert pointer is not None and pointer.source == "Agerpres"


@pytest.mark.parametrize(
    "header",
    ["VÍDEOS: mais assistidos do portal nos últimos 7 dias", "Les plus vus", "Meistgesehen"],
)
def test_most_watched_headers(header: str) -> None:
    assert is_related_header(header)


@pytest.mark.parametrize(
    "header",
    [
        "Related story",
        "Related article",
        "Noticia relacionada",
        "Notícia relacionada",
        "Notizie correlate",
    ],
)
def test_a_box_of_one_related_story_has_a_header(header: str) -> None:
    assert is_related_header(header)


def test_an_aggregator_s_age_and_reading_time_leave_the_copy(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract(_copy("Story by Lena Vogt", " • 2h • 3 min read"))
    assert result.paragraphs[0] == _BODY[0]
    assert result.authors == ["Lena Vogt"]


def test_an_agency_s_name_before_the_desk_initials_is_a_byline() -> None:
    assert boilerplate_reason("EFE ab/jm") == "byline"
    assert boilerplate_reason("ANSA gb/rc") == "byline"


def test_a_lone_text_label_names_the_writer_on_the_next_line(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract(_copy("Texto", "Rita Lobo", "Fotografia", "Agência", "28 nov. 2026, 13:40"))
    assert result.authors == ["Rita Lobo"]


def test_an_aggregator_s_copy_names_the_publisher_its_notice_names(extract) -> None:  # type: ignore[no-untyped-def]
    notice = "Copyright 2026 Nordwind Media L.P. All rights reserved."
    result = extract(
        _copy("By Lena Vogt", tail=(notice,)), url="https://news.google.com/articles/x"
    )
    assert (result.publisher, result.republisher) == ("Nordwind Media", "Google News")
    own = "© 2026 Yahoo. All rights reserved."
    result = extract(_copy("By Lena Vogt", tail=(own,)), url="https://news.yahoo.com/x.html")
    assert result.publisher is None  # the aggregator's own notice


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Lire l'article original sur Le Courrier du Sud", "Le Courrier du Sud"),
        ("Leer el artículo original en Diario del Valle", "Diario del Valle"),
        ("Leia o artigo original em Jornal da Serra", "Jornal da Serra"),
        ("Den Originalartikel lesen auf rheinpost.de", "rheinpost.de"),
    ],
)
def test_a_portals_link_to_the_original_names_its_publisher(line: str, source: str) -> None:
    pointer = pointer_of(line)
    assert pointer is not None and pointer.source == source


def test_a_german_related_header_naming_its_articles() -> None:
    assert is_related_header("Diese Artikel könnten Sie auch interessieren")
