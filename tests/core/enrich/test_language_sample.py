"""Language of long bodies: a bounded sample spread over the body, a larger one when unsure."""

from __future__ import annotations

from consumer.core.enrich.language import (
    SAMPLE_CHARS,
    detect_body_language,
    detect_language,
    language_sample,
)

_ENGLISH = (
    "The council said on Monday that the bridge over the river would be repaired next "
    "year, after engineers found cracks in two of its supports during a routine check."
)
_GERMAN = (
    "Der Bürgermeister sagte am Montag, die Stadt werde die Brücke im nächsten Jahr "
    "sanieren lassen, nachdem Ingenieure bei einer Routineprüfung Risse in zwei Pfeilern "
    "gefunden hatten. Die Arbeiten sollen im Frühjahr beginnen und etwa sechs Monate dauern."
)


def test_short_body_is_read_whole() -> None:
    paragraphs = [_ENGLISH, _ENGLISH.upper()]
    assert language_sample(paragraphs) == "\n\n".join(paragraphs)


def test_long_body_sample_is_bounded_and_reaches_the_end() -> None:
    paragraphs = [f"Paragraph {n}: {_ENGLISH}" for n in range(60)]
    sample = language_sample(paragraphs)
    assert len(sample) <= SAMPLE_CHARS + 2 * len(paragraphs)
    late = [n for n in range(30, 60) if f"Paragraph {n}:" in sample]
    assert late, "the sample is spread over the body, not its lead only"


def test_long_body_language_and_hint_warning() -> None:
    paragraphs = [f"{_GERMAN} ({n})" for n in range(80)]
    assert detect_body_language(paragraphs, "en") == (
        "de",
        ["language hint 'en' overridden by detected 'de'"],
    )
    assert detect_body_language([_ENGLISH] * 80, None) == ("en", [])


def test_unsure_sample_falls_back_to_a_larger_one() -> None:
    # A long table first: the small sample reads only its numbers, the larger one the prose.
    table = [f"| {n} | {n * 7 % 100} | {n * 13 % 100} |" for n in range(200)]
    paragraphs = [*table, _GERMAN, _GERMAN, _GERMAN]
    assert detect_language(language_sample(paragraphs), None) == (None, [])
    assert detect_body_language(paragraphs, None) == ("de", [])


def test_a_short_chinese_body_is_chinese_when_its_script_says_so() -> None:
    # The detector gives zh only 0.72 on these two sentences (Japanese shares the
    # characters); with no kana among them, the script settles it.
    body = [
        "上海地铁十九号线将于下月底正式开通运营，全长约四十五公里，共设二十八座车站。",
        "市交通委表示，新线路将缓解浦东地区的交通压力，预计日均客流量超过五十万人次。",
    ]
    assert detect_body_language(body, None) == ("zh", [])


def test_a_short_arabic_body_is_arabic_when_its_letters_say_so() -> None:
    # Arabic shares its script with Persian and Urdu: the detector gives ar only 0.83 here.
    sentence = "التقى وزير الخارجية السعودي نظيره المصري في الرياض يوم الأربعاء وبحث الجانبان"
    body = [sentence + " سبل تعزيز التعاون"]
    assert detect_body_language(body, None) == ("ar", [])
    # A Persian letter (گ) among them: the letters no longer say Arabic alone.
    assert detect_body_language([body[0] + " گفت"], None) == (None, [])


def test_a_short_russian_body_is_russian_when_its_letters_say_so() -> None:
    sentence = "Акции Газпрома и Сбербанка выросли на торгах Мосбиржи во вторник на фоне"
    assert detect_body_language([sentence + " новостей о дивидендах."], None) == ("ru", [])
    # Ukrainian letters (і): not Russian by its letters.
    assert detect_body_language([sentence + " новостей о дивідендах і."], None) == (None, [])


def test_indonesian_is_read_when_malay_takes_a_share_of_the_confidence() -> None:
    # Made-up Indonesian: the detector gives "id" under 0.9, the rest to Malay.
    body = [
        "Presiden meresmikan ruas jalan tol baru yang menghubungkan dua provinsi di Sumatera"
        " pada Jumat pagi. Menurut Kementerian Pekerjaan Umum, pembangunan jalan tol tersebut"
        " menelan biaya sekitar Rp 15 triliun."
    ]
    assert detect_body_language(body, None) == ("id", [])
