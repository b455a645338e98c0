"""Dates, bylines and read-more lines of South Asian, Southeast Asian, African and Latin
American news pages, on made-up lines and copies."""

from __future__ import annotations

import pytest

from consumer.core.text.byline import byline_authors
from consumer.core.text.classify import boilerplate_reason, is_related_header
from consumer.core.text.related import pointer_of
from consumer.core.text.timestamps import find_timestamp, is_timestamp_line


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("15. listopada 2026. u 14:20", "2026-10-15"),  # Croatian: October
        ("15 listopada 2026, 14:20", "2026-11-15"),  # Polish: November
        ("15. listopadu 2026", "2026-11-15"),  # Czech: November
        ("5. lipnja 2026.", "2026-06-05"),  # Croatian June
        ("5. srpnja 2026.", "2026-07-05"),  # Croatian July
        ("5 lipca 2026", "2026-07-05"),  # Polish July
        ("5 липня 2026", "2026-07-05"),  # Ukrainian July
        ("5 ліпеня 2026", "2026-07-05"),  # Belarusian July
        ("வெளியிடப்பட்டது: 05 மார்ச் 2026, 02:30 PM", "2026-03-05"),  # Tamil
        ("5 மே 2026", "2026-05-05"),  # Tamil May: two characters
        ("5 मई 2026", "2026-05-05"),  # Hindi May
        ("প্রকাশ: ০৫ মে ২০২৬, ১৪:৩০", "2026-05-05"),  # Bengali May, Bengali digits
        ("2026 මාර්තු 05", "2026-03-05"),  # Sinhala, year first
        ("5 ga Maris, 2026", "2026-03-05"),  # Hausa
        ("የካቲት 26 ቀን 2018 ዓ.ም", "2026-03-05"),  # Amharic, Ethiopian calendar
        ("የካቲት 26/2018", "2026-03-05"),
        ("ጥቅምት 12 ቀን 2019 ዓ.ም", "2026-10-22"),
        ("ጳጉሜን 6 ቀን 2015 ዓ.ም", "2023-09-11"),  # the leap day of 2015
        ("መስከረም 1 ቀን 2016 ዓ.ም", "2023-09-12"),  # New Year after it
    ],
)
def test_dates_of_more_pages(line: str, value: str) -> None:
    stamp = find_timestamp(line)
    assert stamp is not None and stamp.value == value
    assert is_timestamp_line(line)


def test_no_sixth_pagume_outside_a_leap_year() -> None:
    assert find_timestamp("ጳጉሜን 6 ቀን 2016 ዓ.ም") is None


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("द्वारा: राहुल शर्मा", "राहुल शर्मा"),
        ("संवाददाता: सीता श्रेष्ठ", "सीता श्रेष्ठ"),
        ("رپورٹ: احمد علی", "احمد علی"),
        ("செய்தியாளர்: முருகன் செல்வம்", "முருகன் செல்வம்"),
        ("ዘጋቢ፡ ሰላማዊት ተስፋዬ", "ሰላማዊት ተስፋዬ"),
        ("Daga Aminu Bello", "Aminu Bello"),
        ("Láti ọwọ́ Adéwálé Ògúnlànà", "Adéwálé Ògúnlànà"),
    ],
)
def test_bylines_of_more_languages(byline: str, name: str) -> None:
    assert byline_authors(byline) == [name]


def test_hausa_from_is_a_byline_only_before_a_name_alone() -> None:
    assert byline_authors("Daga Abuja zuwa Kano akwai tafiya mai nisa") is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("यो पनि पढ्नुहोस्: पेट्रोलको मूल्य फेरि बढ्यो", "पेट्रोलको मूल्य फेरि बढ्यो"),
        ("ಇದನ್ನೂ ಓದಿ: ಪೆಟ್ರೋಲ್ ಬೆಲೆ ಮತ್ತೆ ಏರಿಕೆ", "ಪೆಟ್ರೋಲ್ ಬೆಲೆ ಮತ್ತೆ ಏರಿಕೆ"),
        ("อ่านข่าวที่เกี่ยวข้อง: ราคาน้ำมันปรับขึ้นอีกครั้ง", "ราคาน้ำมันปรับขึ้นอีกครั้ง"),
        ("BASAHIN: Presyo ng bigas, tumaas muli", "Presyo ng bigas, tumaas muli"),
        ("Karanta kuma: Farashin man fetur ya sake tashi", "Farashin man fetur ya sake tashi"),
        ("ተጨማሪ ያንብቡ፡ የነዳጅ ዋጋ በድጋሚ ጨመረ", "የነዳጅ ዋጋ በድጋሚ ጨመረ"),
    ],
)
def test_inline_related_labels_of_more_languages(line: str, title: str) -> None:
    pointer = pointer_of(line)
    assert pointer is not None and pointer.title == title


@pytest.mark.parametrize("header", ["यो पनि पढ्नुहोस्", "हेही वाचा", "ተጨማሪ ያንብቡ"])
def test_related_headers_of_more_languages(header: str) -> None:
    assert is_related_header(header)


def test_the_voseo_follow_line_is_furniture() -> None:
    assert boilerplate_reason("Seguinos en Instagram") is not None


def test_an_amharic_copy_has_its_body_and_date(extract) -> None:  # type: ignore[no-untyped-def]
    body = (
        "የከተማው ምክር ቤት ዛሬ ባካሄደው ስብሰባ የአዲሱን ዓመት በጀት አጽድቋል። በጀቱ ለመንገድና ለውሃ "
        "ግንባታ ቅድሚያ ይሰጣል ተብሏል።\n\n"
        "የምክር ቤቱ አባላት በበጀቱ ላይ ረጅም ውይይት አድርገዋል። አንዳንድ አባላት ለትምህርት "
        "የተመደበው ገንዘብ አነስተኛ ነው ብለዋል።\n"
    )
    result = extract(f"የከተማው ምክር ቤት በጀት አጸደቀ\n\nዘጋቢ፡ ሰላማዊት ተስፋዬ\n\nየካቲት 26 ቀን 2018 ዓ.ም\n\n{body}")
    assert len(result.paragraphs) == 2
    assert result.published_at == "2026-03-05"
    assert result.authors == ["ሰላማዊት ተስፋዬ"]
