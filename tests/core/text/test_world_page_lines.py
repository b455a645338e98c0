"""Page furniture, credits, bylines and dates of Latin American, African, Canadian and
South Asian news pages, on made-up lines and copies."""

from __future__ import annotations

import pytest

from consumer.core.text.byline import is_role_credit
from consumer.core.text.captions import has_caption_marker, is_caption_like
from consumer.core.text.classify import boilerplate_reason, is_related_header
from consumer.core.text.related import pointer_of
from consumer.core.text.timestamps import find_timestamp

_BODY = (
    "O governo estadual anunciou nesta sexta-feira um novo programa de obras para a região "
    "metropolitana, com investimento previsto de R$ 2 bilhões.",
    "Segundo o secretário de Infraestrutura, as obras devem começar em março e gerar cerca "
    "de 5 mil empregos diretos nos próximos dois anos.",
    "A oposição criticou o prazo e pediu mais transparência na escolha das empresas que vão "
    "executar os projetos.",
)


def _copy(*header: str, tail: tuple[str, ...] = ()) -> str:
    """A made-up copy: headline, the given header lines, three paragraphs, the tail."""
    return "\n\n".join(["Governo lança programa de obras", "\n".join(header), *_BODY, *tail]) + "\n"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("28.nov.2026 às 14h30", "2026-11-28"),
        ("Ijumaa, Novemba 28, 2026", "2026-11-28"),
        ("Nobyembre 28, 2026", "2026-11-28"),
        ("Jumamosi, 3 Machi 2027", "2027-03-03"),
    ],
)
def test_dates_of_brazilian_swahili_and_filipino_pages(line: str, value: str) -> None:
    stamp = find_timestamp(line)
    assert stamp is not None and stamp.value == value


def test_a_brazilian_header_with_the_place_between_name_and_date(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract(_copy("Ana Lima", "Brasília", "28.nov.2026 às 14h30"))
    assert result.authors == ["Ana Lima"]
    assert result.published_at == "2026-11-28"
    assert "Brasília" not in result.paragraphs


@pytest.mark.parametrize("byline", ["Na Juma Hassan", "Ni Juan Dela Cruz"])
def test_swahili_and_filipino_bylines(extract, byline: str) -> None:  # type: ignore[no-untyped-def]
    result = extract(_copy(byline, "Novemba 28, 2026"))
    assert result.authors == [byline[3:]]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Votre adresse e-mail ne sera pas publiée.", "comments"),
        ("Tu dirección de correo electrónico no será publicada.", "comments"),
        ("O seu endereço de email não será publicado.", "comments"),
        ("Alamat email Anda tidak akan dipublikasikan.", "comments"),
        ("Would you like to comment on this article?", "comments"),
        ("Please read our Comment Policy before commenting.", "comments"),
        ("Conversations are opinions of our readers and are subject to our rules.", "comments"),
        ("Os comentários não representam a opinião do jornal.", "comments"),
        ("اس خبر پر اپنی رائے کا اظہار کریں", "comments"),
        ("Partager cet article :", "share"),
        ("Compartilhe esta notícia", "share"),
        ("Receba no seu email as principais notícias do dia", "newsletter"),
        ("ছবি: সংগৃহীত", "image_credit"),
        ("படம்: எக்ஸ்பிரஸ்", "image_credit"),
        ("Picha: Maktaba", "image_credit"),
        ("Kuha ni Pedro Santos", "image_credit"),
        ("PHOTO JEAN ROY, LA PRESSE CANADIENNE", "image_credit"),
    ],
)
def test_page_furniture_of_pages_around_the_world(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Photo by the river, the town's oldest bridge",
        "Partager est le mot d'ordre du quartier cette année.",
        "Na mvua kubwa ikanyesha usiku kucha.",
    ],
)
def test_sentences_with_the_same_words_stay(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    "header", ["Seguí leyendo:", "Mirá también", "Habari Zinazohusiana", "Basahin din"]
)
def test_related_headers_of_more_regions(header: str) -> None:
    assert is_related_header(header)


def test_continue_reading_alone_is_no_related_header() -> None:
    # the button that opens the rest of a story, with no colon over a list
    assert not is_related_header("Seguir leyendo")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Mirá también: Los intendentes reclaman más fondos",
            "Los intendentes reclaman más fondos",
        ),
        ("இதையும் படிக்க: சென்னையில் போக்குவரத்து மாற்றம்", "சென்னையில் போக்குவரத்து மாற்றம்"),
        ("Basahin din: Presyo ng gulay, tumaas", "Presyo ng gulay, tumaas"),
    ],
)
def test_inline_related_labels_of_more_regions(line: str, title: str) -> None:
    pointer = pointer_of(line)
    assert pointer is not None and pointer.title == title


@pytest.mark.parametrize(
    "line",
    [
        "The minister speaks in Ottawa on Friday. THE CANADIAN PRESS/Jane Roe",
        "O ministro durante entrevista em Brasília - João Lima - 27.nov.2026/Folhapress",
        "মেট্রোরেলের নতুন রুটের উদ্বোধন। ছবি: সংগৃহীত",
    ],
)
def test_photo_credits_of_more_agencies_mark_a_caption(line: str) -> None:
    assert has_caption_marker(line)


def test_a_wire_s_sign_off_in_brackets_is_no_caption() -> None:
    assert not is_caption_like("(أ ف ب)", copied=False)
    assert is_caption_like("وزير التجارة خلال المؤتمر (أ ف ب)", copied=False)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("منبع تصویر، Getty Images", "image_credit"),
        ("Chanzo cha picha, Getty Images", "image_credit"),
        ("Fuente de la imagen, Archivo", "image_credit"),
        (
            "Ce reportage bénéficie du soutien de l'Initiative de journalisme local, financée "
            "par le gouvernement du Canada.",
            "byline",
        ),
        (
            "This story was produced with the financial assistance of the Local Journalism "
            "Initiative.",
            "byline",
        ),
        ("Published in The Example Dawn, November 29th, 2026", "print_edition"),
    ],
)
def test_credits_and_notes_of_world_services_and_papers(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


def test_continue_reading_on_the_paper_s_e_paper_names_no_headline() -> None:
    pointer = pointer_of("Continue reading the story on the Example Standard e-paper")
    assert pointer is not None and pointer.title is None and pointer.source is None


def test_a_credit_in_square_brackets_marks_a_caption() -> None:
    assert has_caption_marker("The commissioner during a past press briefing. [File, Standard]")
    assert not has_caption_marker("The council met on Monday [see the minutes].")


def test_a_first_publication_and_its_update_with_two_digit_years(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract(_copy("פורסם: 28.11.26, 10:42 | עודכן: 28.11.26, 12:05"))
    assert result.published_at == "2026-11-28"


def test_a_date_line_with_how_long_ago_it_was_updated(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract(
        _copy("Published November 28, 2026 Updated about 2 hours ago"),
        url="https://www.example.com/news/1",
    )
    assert result.published_at == "2026-11-28"


def test_a_named_site_s_whatsapp_channel_promo_is_furniture() -> None:
    promo = (
        "Stay informed! Follow The Example Times on WhatsApp for real-time updates, breaking "
        "news, and exclusive content. Join now!"
    )
    assert boilerplate_reason(promo) == "share"
    story = "Users can follow channels on WhatsApp for updates since the feature came out."
    assert boilerplate_reason(story) is None


@pytest.mark.parametrize("desk", ["ویب ڈیسک", "نیوز ڈیسک", "वेब डेस्क"])
def test_a_web_desk_in_urdu_and_hindi_is_no_author(desk: str) -> None:
    assert is_role_credit(desk)
