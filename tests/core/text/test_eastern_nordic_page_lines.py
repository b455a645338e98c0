"""Dates, bylines, wire datelines and page furniture of Central and Eastern European,
Baltic, Nordic, Caucasian, Central Asian and Mongolian news pages, on made-up lines and
copies."""

from __future__ import annotations

import pytest

from consumer.core.text.byline import byline_authors
from consumer.core.text.captions import is_caption_like
from consumer.core.text.classify import boilerplate_reason, is_related_header
from consumer.core.text.dateline import dateline_date
from consumer.core.text.related import pointer_of
from consumer.core.text.sources import wire_agency
from consumer.core.text.timestamps import find_timestamp

_BODY = (
    "Rada miasta przyjęła we wtorek budżet na przyszły rok po długiej debacie o kosztach "
    "budowy nowego mostu na rzece.",
    "Opozycja głosowała przeciw i zapowiedziała, że zaskarży uchwałę, bo jej zdaniem "
    "liczby w projekcie się nie zgadzają.",
    "Prace przy moście mają się rozpocząć wiosną i potrwać dwa lata, poinformował urząd "
    "miasta w komunikacie.",
)


def _copy(*header: str, tail: tuple[str, ...] = ()) -> str:
    """A made-up copy: headline, the given header lines, three paragraphs, the tail."""
    return "\n\n".join(["Rada miasta przyjęła budżet", "\n".join(header), *_BODY, *tail]) + "\n"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("5 март 2026, 15:20", "2026-03-05"),  # Bulgarian
        ("5. ožujka 2026. u 13:20", "2026-03-05"),  # Croatian
        ("5. marec 2026 ob 9:30", "2026-03-05"),  # Slovenian
        ("5. mart 2026. 10:45", "2026-03-05"),  # Serbian in Latin
        ("5 сакавіка 2026, 11:00", "2026-03-05"),  # Belarusian
        ("2026 m. kovo 5 d. 14:20", "2026-03-05"),  # Lithuanian
        ("2026. gada 5. martā 12:40", "2026-03-05"),  # Latvian
        ("5. märts 2026, 10:05", "2026-03-05"),  # Estonian
        ("5. marts 2026 kl. 12.45", "2026-03-05"),  # Danish
        ("do 5 mrt 2026 om 10:15", "2026-03-05"),  # Flemish
        ("5. mars 2026 kl. 14:30", "2026-03-05"),  # Icelandic
        ("5 მარტი 2026, 12:30", "2026-03-05"),  # Georgian
        ("5 մարտի 2026, 11:15", "2026-03-05"),  # Armenian
        ("5 наурыз 2026, 10:30", "2026-03-05"),  # Kazakh
        ("5 fevral 2026", "2026-02-05"),  # Azerbaijani and Uzbek
        ("2026 оны 3 сарын 5, 14:00", "2026-03-05"),  # Mongolian
        ("05. 03. 2026. 12:30", "2026-03-05"),  # a spaced numeric date
        ("5 ΜΑΡΤΙΟΥ 2026", "2026-03-05"),  # Greek in capitals, no accents
        ("2026. márc. 5.", "2026-03-05"),  # Hungarian abbreviation
        ("5 мар 2026", "2026-03-05"),  # Russian abbreviation
    ],
)
def test_dates_of_eastern_baltic_nordic_and_caucasian_pages(line: str, value: str) -> None:
    stamp = find_timestamp(line)
    assert stamp is not None and stamp.value == value


def test_polish_listopad_is_november() -> None:
    # "listopad" is November in Polish and Czech and October in Croatian: written without
    # the day's dot (Polish), it is November (Croatian "15. listopada": test_world_page_lines)
    stamp = find_timestamp("5 listopada 2026")
    assert stamp is not None and stamp.value == "2026-11-05"


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Аутор: Марко Јовановић", "Марко Јовановић"),
        ("Piše: Ivana Horvat", "Ivana Horvat"),
        ("Avtor: Tina Novak", "Tina Novak"),
        ("Аўтар: Алесь Касцюк", "Алесь Касцюк"),
        ("Autorius: Tomas Kazlauskas", "Tomas Kazlauskas"),
        ("Autors: Jānis Bērziņš", "Jānis Bērziņš"),
        ("Teksti: Mikko Virtanen", "Mikko Virtanen"),
        ("Höfundur: Jón Jónsson", "Jón Jónsson"),
        ("ავტორი: გიორგი ბერიძე", "გიორგი ბერიძე"),
        ("Հեղինակ՝ Արամ Պետրոսյան", "Արամ Պետրոսյան"),
        ("Müəllif: Elvin Məmmədov", "Elvin Məmmədov"),
        ("Muallif: Aziz Karimov", "Aziz Karimov"),
        ("Сурвалжлагч: Бат-Эрдэнэ Дорж", "Бат-Эрдэнэ Дорж"),
    ],
)
def test_labelled_bylines_of_more_languages(byline: str, name: str) -> None:
    assert byline_authors(byline) == [name]


def test_a_labelled_byline_names_the_author_of_a_copy(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract(_copy("Piše: Ivana Horvat", "5. ožujka 2026. u 13:20"))
    assert result.authors == ["Ivana Horvat"]
    assert result.published_at == "2026-03-05"


def test_croatian_writes_is_a_label_only_with_its_colon() -> None:
    assert byline_authors("Piše Ivana Horvat o gradu") is None


@pytest.mark.parametrize(
    "header",
    [
        "Още по темата:",
        "Прочитајте још:",
        "Pročitajte i ovo:",
        "Preberite tudi:",
        "Чытайце таксама:",
        "Taip pat skaitykite:",
        "Lasiet arī:",
        "Loe ka:",
        "Lestu einnig:",
        "ასევე წაიკითხეთ:",
        "Կարդացեք նաև՝",
        "Oxşar xəbərlər:",
        "Тағы оқыңыз:",
        "Shuningdek o'qing:",
        "Холбоотой мэдээ:",
    ],
)
def test_related_headers_of_eastern_baltic_and_caucasian_pages(header: str) -> None:
    assert is_related_header(header)


def test_an_inline_related_label_in_serbian() -> None:
    pointer = pointer_of("Прочитајте још: Цене струје неће расти до краја године")
    assert pointer is not None and pointer.title == "Цене струје неће расти до краја године"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Diskuse (23)", "comments"),
        ("Hozzászólások (8)", "comments"),
        ("Komentāri (12)", "comments"),
        ("Kommentaarid (9)", "comments"),
        ("Dalintis", "share"),
        ("Jaga", "share"),
        ("Сподели", "share"),
        ("ფოტო: ახალი ამბები", "image_credit"),
        ("Гэрэл зураг: МОНЦАМЭ", "image_credit"),
        ("jk/ mok/", "byline"),
        ("Aiheet: Politiikka, Talous", "navigation"),
        ("Темы:", "navigation"),
        ("Oglas", "advertisement"),
        ("Reklāma", "advertisement"),
        ("Prenumerera på vårt nyhetsbrev", "newsletter"),
        ("Tilaa uutiskirje", "newsletter"),
        ("Подпишитесь на нашу рассылку", "newsletter"),
    ],
)
def test_page_furniture_of_eastern_baltic_and_caucasian_pages(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Oglas za posao u gradu je objavljen u petak.",
        "Tilaa lehti nyt ja saat kuukauden ilmaiseksi, kertoi yhtiö.",
        "Temat dnia",
    ],
)
def test_sentences_with_the_same_words_stay(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Valtiovarainministeri Helsingissä. Kuva: Liisa Korhonen / STT",
        "Fjármálaráðherra á Alþingi. Mynd: Guðrún Sig",
        "Seimo posėdis. ELTA nuotr.",
    ],
)
def test_captions_with_finnish_icelandic_and_lithuanian_credits(line: str) -> None:
    assert is_caption_like(line, copied=False)


def test_the_paragraph_under_a_finnish_caption_stays(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract(
        _copy(
            "Teksti: Mikko Virtanen",
            tail=(
                "Kaupunginjohtaja Helsingissä. Kuva: Liisa Korhonen / STT",
                "Asia ratkeaa maaliskuussa.",
            ),
        )
    )
    assert result.paragraphs[-1] == "Asia ratkeaa maaliskuussa."


def test_an_armenian_story_keeps_its_body(extract) -> None:  # type: ignore[no-untyped-def]
    # "։" is the Armenian full stop
    story = (
        "Ազգային ժողովը ընդունեց բյուջեն\n\n"
        "Ազգային ժողովը հինգշաբթի ընդունեց 2027 թվականի պետական բյուջեն, հայտնում է "
        "գործակալությունը։\n\n"
        "Ֆինանսների նախարարի խոսքով՝ տնտեսական աճը կկազմի 5,5 տոկոս։\n"
    )
    assert len(extract(story).paragraphs) == 2


@pytest.mark.parametrize(
    ("paragraph", "agency"),
    [
        ("МОСКВА, 5 мар — РИА Новости. Президент провел переговоры.", "РИА Новости"),
        ("МОСКВА, 5 марта. /ТАСС/. Банк России сохранил ставку.", "ТАСС"),
        ("Київ, 5 березня 2026 — Укрінформ. Президент провів зустріч.", "Укрінформ"),
        ("Warszawa, 5 marca 2026 (PAP) - Sejm przyjął ustawę.", "PAP"),
        ("Praha 5. března (ČTK) - Prezident jmenoval ministra.", "ČTK"),
        ("ΑΘΗΝΑ, 5 Μαρτίου (ΑΠΕ-ΜΠΕ) — Οι εξαγωγές αυξήθηκαν.", "ΑΠΕ-ΜΠΕ"),
        ("BEOGRAD, 5. marta (Tanjug) - Predsednik je razgovarao.", "Tanjug"),
    ],
)
def test_a_national_agency_s_dateline_names_the_agency(paragraph: str, agency: str) -> None:
    assert wire_agency(paragraph) == agency


@pytest.mark.parametrize(
    ("paragraph", "url", "value"),
    [
        (
            "МОСКВА, 5 мар — РИА Новости. Президент провел переговоры.",
            "https://x.ru/20260305/a.html",
            "2026-03-05",
        ),
        (
            "МОСКВА, 5 марта. /ТАСС/. Банк России сохранил ставку.",
            "https://x.ru/2026/03/05/a",
            "2026-03-05",
        ),
        (
            "ΑΘΗΝΑ, 5 Μαρτίου (ΑΠΕ-ΜΠΕ) — Οι εξαγωγές αυξήθηκαν.",
            "https://x.gr/2026/03/a",
            "2026-03-05",
        ),
        ("Warszawa, 5 marca 2026 (PAP) - Sejm przyjął ustawę.", None, "2026-03-05"),
        ("Budapest, 2026. március 5., csütörtök (MTI) - A kormány döntött.", None, "2026-03-05"),
        (
            "Praha 5. března (ČTK) - Prezident jmenoval ministra.",
            "https://x.cz/2026/03/a",
            "2026-03-05",
        ),
    ],
)
def test_cyrillic_greek_and_title_case_datelines(
    paragraph: str, url: str | None, value: str
) -> None:
    stamp = dateline_date(paragraph, url)
    assert stamp is not None and stamp.value == value


@pytest.mark.parametrize(
    ("paragraph", "url"),
    [
        # a yearless dateline whose month the URL does not file it under
        ("МОСКВА, 5 марта. /ТАСС/. Банк России сохранил ставку.", "https://x.ru/2026/04/05/a"),
        # no year, no URL: never a guessed year
        ("ΑΘΗΝΑ, 5 Μαρτίου (ΑΠΕ-ΜΠΕ) — Οι εξαγωγές αυξήθηκαν.", None),
        # a sentence in title case with a date further on is no dateline
        ("Warszawa, miasto, które 5 marca 2026 - świętowało.", None),
    ],
)
def test_no_dateline_date_without_a_sure_year_or_place(paragraph: str, url: str | None) -> None:
    assert dateline_date(paragraph, url) is None
