"""Bylines, dates and headlines in scripts without capitals (Hebrew, Arabic, Persian,
Urdu, Hindi, Thai): made-up lines and dumps."""

from __future__ import annotations

import pytest

from consumer.core.enrich.language import detect_language
from consumer.core.text.byline import byline_authors
from consumer.core.text.related import is_headline, pointer_of
from consumer.core.text.sources import dateline_reporters
from consumer.core.text.timestamps import find_timestamp, is_timestamp_line
from consumer.core.text.title import clean_title, content_words


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("מאת דנה לוי", ["דנה לוי"]),
        ("כתבה: נועה כהן", ["נועה כהן"]),
        ("מאת דנה לוי ויוסי כהן", ["דנה לוי", "יוסי כהן"]),  # "and" as a prefix
        ("بقلم: أحمد خالد | 25 نوفمبر 2025", ["أحمد خالد"]),
        ("بقلم أحمد خالد وسارة محمود", ["أحمد خالد", "سارة محمود"]),
        ("كتب: محمد علي", ["محمد علي"]),
        ("نویسنده: علی رضایی", ["علی رضایی"]),
        ("تحریر: محمد علی", ["محمد علی"]),
        ("लेखक: राहुल शर्मा और अमित वर्मा", ["राहुल शर्मा", "अमित वर्मा"]),
        ("By राहुल शर्मा", ["राहुल शर्मा"]),
        ("โดย สมชาย ใจดี", ["สมชาย ใจดี"]),
        ("Tác giả: Nguyễn Văn An", ["Nguyễn Văn An"]),
        ("By JANE DOE", ["Jane Doe"]),
    ],
)
def test_bylines_in_scripts_without_capitals(line, authors):
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    "line",
    [
        "מאת כתבנו",  # "by our reporter": one word is a role, not a name
        "بقلم المحرر",
        # a Thai phrase after "โดย" (by means of) runs longer than a name's words
        "โดย ทางเทศบาลจะเริ่มงานในเดือนหน้าและใช้เวลาประมาณหนึ่งปี",
    ],
)
def test_caseless_phrases_after_a_byline_word_are_no_names(line):
    assert not byline_authors(line)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("25 พ.ย. 2568 10:15 น.", "2025-11-25"),  # Buddhist era: 2568 - 543
        ("วันอังคารที่ 25 พ.ย. 68", "2025-11-25"),  # two-digit Buddhist-era year
        ("25 พฤศจิกายน พ.ศ. 2568", "2025-11-25"),
        ("ข่าววันที่ 25/11/2568", "2025-11-25"),
        ("25 พ.ย. 2025", "2025-11-25"),  # a Gregorian year with a Thai month
        ("๒๕ พ.ย. ๒๕๖๘", "2025-11-25"),  # Thai digits
        ("25 พ.ย. 2568 17:05 (GMT+7)", "2025-11-25T17:05:00+07:00"),
        ("25.11.25 10:15", "2025-11-25"),  # a two-digit year, dotted: day first
        ("פורסם: 25.11.25", "2025-11-25"),
        ("२५ नवंबर २०२५", "2025-11-25"),  # Devanagari digits
        ("١٤ مارس ٢٠٢٦", "2026-03-14"),  # Arabic-Indic digits
        ("۶ آذر ۱۴۰۵ - ۱۰:۳۰", "2026-11-27"),  # Solar Hijri, Persian digits
        ("پنجشنبه ۶ آذر ماه ۱۴۰۵", "2026-11-27"),
        ("6 دی 1405", "2026-12-27"),
        ("تاریخ انتشار: ۱۴۰۵/۰۹/۰۶", "2026-11-27"),  # year first, on a Persian line
        ("۱۵ عقرب ۱۴۰۴", "2025-11-06"),  # Afghan month name
        ("الخميس 6 جمادى الآخرة 1448 هـ - 27 نوفمبر 2026", "2026-11-27"),  # lunar date beside
    ],
)
def test_dates_of_other_calendars_and_digits(line, value):
    stamp = find_timestamp(line)
    assert stamp is not None and stamp.value == value
    assert is_timestamp_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "version 1.2.25",
        "25/11/2568",
        "Build 12.34.56",
        "08.09.12 at 15:54",
        "Mike 07.16.12 at 22:07",
        "1405/09/06",  # no Persian on the line: no calendar is known
        "١٤٤٧/٠٥/٠٦ هـ",  # lunar Hijri: not converted
        "6 جمادى الآخرة 1448 هـ",
        "۳۰ اسفند ۱۴۰۴",  # 1404 is no leap year
    ],
)
def test_no_date_is_invented(line):
    # 2568 without Thai letters is no era's year; "08.09.12" and "07.16.12" may be month first
    assert find_timestamp(line) is None


def test_hebrew_portal_byline_and_short_date(extract, dump):
    ext = extract(dump("hebrew_portal"))
    assert ext.title == "הרשות המקומית תשקיע מיליונים בשיפוץ הטיילת"
    assert ext.authors == ["דנה לוי"]
    assert ext.published_at == "2025-11-25"
    assert len(ext.paragraphs) == 3


def test_hindi_portal_labelled_byline(extract, dump):
    ext = extract(dump("hindi_portal"))
    assert ext.title == "नगर निगम ने शहर में नए पार्क बनाने की योजना को मंजूरी दी"
    assert ext.authors == ["राहुल शर्मा"]
    assert ext.published_at is None and ext.modified_at == "2025-11-25T10:15:00+05:30"
    assert len(ext.paragraphs) == 3


def test_related_headlines_without_capitals_are_read(extract, dump):
    hebrew = extract(dump("hebrew_portal"))
    assert [r.title for r in hebrew.related] == [
        "בית הספר החדש בשכונה ייפתח בספטמבר",
        "מחאת התושבים נגד הכביש המתוכנן נמשכת",
    ]
    assert hebrew.removed["share"] == 2 and hebrew.removed["navigation"] == 1  # the menu
    hindi = extract(dump("hindi_portal"))
    assert [r.title for r in hindi.related] == [
        "शहर में बारिश से कई सड़कों पर जलभराव",
        "स्कूलों में नई समय सारिणी लागू",
    ]
    assert hindi.removed["share"] == 2  # "फेसबुक पर शेयर करें" is no headline


def test_arabic_portal_labelled_byline_and_furniture(extract, dump):
    ext = extract(dump("arabic_portal_labelled"))
    assert ext.title == "البلدية تطلق مشروعا لتطوير الحدائق العامة في المدينة"  # not the menu
    assert ext.authors == ["أحمد خالد"]
    assert ext.published_at == "2025-11-25"  # Arabic-Indic digits
    assert [r.title for r in ext.related] == ["افتتاح مكتبة عامة جديدة في وسط المدينة"]
    assert ext.removed["copyright"] == 1 and ext.removed["share"] == 1
    assert len(ext.paragraphs) == 3


def test_thai_portal_headline_byline_and_buddhist_era_date(extract, dump):
    ext = extract(dump("thai_portal_menu"))
    assert ext.title == "เทศบาลเตรียมปรับปรุงสวนสาธารณะกลางเมืองครั้งใหญ่"  # one "word"
    assert ext.authors == ["สมชาย ใจดี"]
    assert ext.published_at == "2025-11-25"  # 25 พ.ย. 2568
    assert len(ext.paragraphs) == 3  # "อ่านเพิ่มเติม" (read more) and "แชร์ Facebook" left


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("קראו גם: בית הספר החדש ייפתח בספטמבר", "בית הספר החדש ייפתח בספטמבר"),
        ("بیشتر بخوانید: افتتاح کتابخانه جدید در مرکز شهر", "افتتاح کتابخانه جدید در مرکز شهر"),
        ("อ่านเพิ่มเติม: ราคาน้ำมันปรับลดลงอีกครั้งในสัปดาห์นี้", "ราคาน้ำมันปรับลดลงอีกครั้งในสัปดาห์นี้"),
        (
            "Xem thêm: Giá vé tàu điện sẽ giảm vào cuối tuần",
            "Giá vé tàu điện sẽ giảm vào cuối tuần",
        ),
        (
            "Prečítajte si aj: Cestujúci sa sťažujú na meškania autobusov",
            "Cestujúci sa sťažujú na meškania autobusov",
        ),
    ],
)
def test_inline_related_labels(line, headline):
    pointer = pointer_of(line)
    assert pointer is not None and (pointer.rel, pointer.title) == ("related", headline)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("اقرأ المزيد من الشرق الأوسط", "الشرق الأوسط"),  # read more from X
        ("المصدر: الجزيرة", "الجزيرة"),  # source: X
        ("מקור: ynet", "ynet"),
    ],
)
def test_read_more_and_source_lines_in_caseless_scripts(line, source):
    pointer = pointer_of(line)
    assert pointer is not None and (pointer.rel, pointer.source) == ("read_more", source)


def test_a_sentence_opening_with_the_word_source_is_no_source_line():
    assert pointer_of("المصدر الرئيسي للدخل هو النفط في البلاد") is None


def test_a_caseless_sentence_is_no_headline():
    assert not is_headline("यह एक वाक्य है जो पूर्ण विराम पर समाप्त होता है।")  # the danda
    assert is_headline("शहर में बारिश से कई सड़कों पर जलभराव")


def test_a_thai_body_gets_its_language():
    # a dozen words but two spaces: words are counted by letters
    assert detect_language("เทศบาลนครประกาศเมื่อวันจันทร์ว่าจะใช้งบประมาณกว่ายี่สิบล้านบาท", None)[0] == "th"


def test_urdu_portal_menu_byline_month_and_share_line(extract, dump):
    ext = extract(dump("urdu_portal"))
    assert ext.title == "شہر میں نئے پارکوں کے منصوبے کی منظوری دے دی گئی"  # not the menu
    assert ext.authors == ["محمد علی"]  # "تحریر: محمد علی"
    assert ext.published_at == "2025-11-25"  # "25 نومبر 2025"
    assert [r.title for r in ext.related] == ["شہر میں بارش سے کئی سڑکیں زیر آب آ گئیں"]
    assert ext.removed["share"] == 1  # "فیس بک پر شیئر کریں": a button, no headline


def test_indonesian_reporter_label_names_the_author_not_the_editor(extract, dump):
    ext = extract(dump("indonesian_reporter_editor"))
    assert ext.authors == ["Budi Santoso"]  # "Reporter: Budi Santoso | Editor: Dewi Lestari"
    assert len(ext.paragraphs) == 3
    assert byline_authors("REPORTER: What did you see there?") is None  # a transcript's turn


def test_korean_reproduction_notice_is_no_related_headline(extract, dump):
    ext = extract(dump("korean_portal_notice"))
    assert [r.title for r in ext.related] == ["도심 폭우로 도로 곳곳 침수"]
    assert ext.removed["copyright"] == 1  # "무단 전재 및 재배포 금지"


def test_a_two_digit_year_counts_only_on_a_date_line_of_its_own(extract):
    body = (
        "Die Stadt baut fünf neue Parks in den Vierteln am Fluss, teilte der Rat am Dienstag "
        "mit. Die Arbeiten beginnen im kommenden Monat und dauern etwa ein Jahr."
    )
    alone = extract(f"Neue Parks für die Stadt\n\nStand: 19.10.25 10:15\n\n{body}")
    assert alone.published_at == "2025-10-19"
    # among a video's items the short date is weak evidence: not read
    items = extract(
        f"Neue Parks für die Stadt\n\nVideo 01:30 Min. | 19.10.25 | example.org\n\n{body}"
    )
    assert items.published_at is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("25 בנובמבר 2025", "2025-11-25"),  # Hebrew, "in November"
        ("פורסם: 25 נובמבר 2025, 10:15", "2025-11-25"),
        ("25 Tháng 11, 2025", "2025-11-25"),  # Vietnamese: the month as a number
        ("Thứ Ba, ngày 25 tháng 11 năm 2025 10:15 (GMT+7)", "2025-11-25T10:15:00+07:00"),
        ("25 نومبر 2025", "2025-11-25"),  # Urdu
        ("۲۵ نوامبر ۲۰۲۵", "2025-11-25"),  # Persian, Gregorian month
    ],
)
def test_month_names_of_more_languages(line, value):
    stamp = find_timestamp(line)
    assert stamp is not None and stamp.value == value
    assert is_timestamp_line(line)


def test_an_urdu_copy_keeps_sentences_ending_in_the_urdu_full_stop(extract):
    # "۔" ends an Urdu sentence; with no stop word of its language counted, such a copy
    # had no line of prose and gave no body.
    text = (
        "نمونہ نیوز\n"
        "لاہور میں فضائی آلودگی کے باعث اسکول بند\n"
        "27 نومبر 2026\n"
        "لاہور میں فضائی آلودگی کی خطرناک سطح کے باعث حکومت نے تمام اسکول ایک ہفتے کے لیے"
        " بند کرنے کا اعلان کیا ہے۔\n"
        "محکمہ ماحولیات کے مطابق شہر کا ایئر کوالٹی انڈیکس چار سو سے تجاوز کر گیا ہے۔"
    )
    ext = extract(text)
    assert ext.title == "لاہور میں فضائی آلودگی کے باعث اسکول بند"
    assert len(ext.paragraphs) == 2
    assert ext.published_at == "2026-11-27"


def test_a_hindi_byline_names_the_writer_then_the_city_filed_from(extract):
    text = (
        "उदाहरण समाचार\n"
        "दिल्ली में वायु प्रदूषण के कारण स्कूल एक सप्ताह के लिए बंद\n"
        "राहुल शर्मा, नई दिल्ली\n"
        "अपडेटेड: 27 नवंबर 2026, 10:30 AM IST\n"
        "दिल्ली सरकार ने वायु प्रदूषण के खतरनाक स्तर को देखते हुए सभी प्राथमिक स्कूलों को एक"
        " सप्ताह के लिए बंद करने का आदेश दिया है।\n"
        "पर्यावरण मंत्री ने कहा कि हवा की गुणवत्ता में सुधार होने तक निर्माण कार्यों पर भी रोक"
        " रहेगी।\n"
    )
    ext = extract(text)
    assert ext.authors == ["राहुल शर्मा"]
    assert ext.title == "दिल्ली में वायु प्रदूषण के कारण स्कूल एक सप्ताह के लिए बंद"
    assert ext.modified_at == "2026-11-27T10:30:00+05:30"


def test_an_arabic_byline_names_the_city_filed_from_then_the_writer(extract):
    text = (
        "افتتاح أكبر محطة للطاقة الشمسية في المنطقة\n"
        "دبي - أحمد خالد\n"
        "نشر في: 27 نوفمبر 2026 - 10:15\n"
        "افتتحت السلطات اليوم محطة الطاقة الشمسية الجديدة في الصحراء جنوب المدينة، بعد ثلاث"
        " سنوات من أعمال البناء.\n"
        "وقال مدير المشروع إن المحطة ستنتج ما يكفي من الكهرباء لتغطية احتياجات مئة ألف منزل.\n"
    )
    ext = extract(text)
    assert ext.authors == ["أحمد خالد"]
    assert ext.title == "افتتاح أكبر محطة للطاقة الشمسية في المنطقة"
    assert len(ext.paragraphs) == 2


def test_the_site_name_a_copyright_line_repeats_is_no_headline(extract):
    # The site's name opens the dump (no <title> line) and shares "اليوم" (today) with
    # the lead; the footer's copyright line names it.
    text = (
        "صحيفة الخليج اليوم\n"
        "الرئيسية\n"
        "أخبار\n"
        "اقتصاد\n"
        "افتتاح أكبر محطة للطاقة الشمسية في المنطقة\n"
        "تستعد الإمارة لتشغيل محطة جديدة تغطي احتياجات مئة ألف منزل من الكهرباء النظيفة.\n"
        "دبي - أحمد خالد\n"
        "نشر في: 27 نوفمبر 2026 - 10:15\n"
        "افتتحت السلطات اليوم محطة الطاقة الشمسية الجديدة في الصحراء جنوب المدينة، بعد ثلاث"
        " سنوات من أعمال البناء التي شارك فيها آلاف العمال والمهندسين.\n"
        "وقال مدير المشروع إن المحطة ستنتج ما يكفي من الكهرباء لتغطية احتياجات أكثر من مئة ألف"
        " منزل، مضيفا أن المرحلة الثانية ستبدأ العام المقبل.\n"
        "جميع الحقوق محفوظة © 2026 صحيفة الخليج اليوم\n"
    )
    ext = extract(text)
    assert ext.title == "افتتاح أكبر محطة للطاقة الشمسية في المنطقة"
    assert ext.authors == ["أحمد خالد"]


@pytest.mark.parametrize(
    ("headline", "standfirst", "body"),
    [
        (
            "Vláda schválila rozpočet na příští rok se schodkem 230 miliard",
            "Ministr financí hájil rozpočet jako odpovědný, opozice kritizuje výdaje.",
            "Vláda ve středu schválila návrh státního rozpočtu na příští rok, který počítá se"
            " schodkem 230 miliard korun. Návrh nyní míří do Poslanecké sněmovny.",
        ),
        (
            "दिल्ली में प्रदूषण का स्तर फिर बढ़ा, स्कूलों में छुट्टी की घोषणा",
            "राजधानी में वायु गुणवत्ता सूचकांक 400 के पार पहुंच गया है।",
            "दिल्ली में बुधवार को वायु प्रदूषण का स्तर एक बार फिर गंभीर श्रेणी में पहुंच गया। कई"
            " इलाकों में सूचकांक 450 से ऊपर दर्ज किया गया।",
        ),
    ],
)
def test_a_standfirst_as_long_as_its_headline_is_not_the_title(extract, headline, standfirst, body):
    # No title line: the headline is over the byline, its standfirst between them (it
    # ends a sentence; the headline does not).
    text = f"Menu\nDomů\nSport\n{headline}\n{standfirst}\nJana Nováková\n26.11.2026 10:15\n{body}\n"
    assert extract(text).title == headline


def _budget_story_with(line: str) -> str:
    """A made-up story of two paragraphs with ``line`` between them."""
    return (
        "Headline of a made-up story about the city budget\n"
        "The city council approved its budget for next year on Tuesday after a long debate"
        " about the cost of public transport.\n"
        f"{line}\n"
        "The mayor said the plan would keep fares unchanged while adding new bus lines in"
        " the northern districts of the city.\n"
    )


@pytest.mark.parametrize(
    "credit",
    ["Fotó: MTI/Kovács Attila", "Ảnh: Ngọc Thành", "फोटो: पीटीआई", "사진=연합뉴스", "写真：共同"],
)
def test_photo_credits_in_more_languages_leave_the_body(extract, credit):
    ext = extract(_budget_story_with(credit))
    assert all(credit not in p for p in ext.paragraphs)


def test_a_greek_byline_of_two_names_each_after_its_article(extract):
    assert byline_authors("Της Ελένης Σταύρου και του Νίκου Αλεξίου") == [
        "Ελένης Σταύρου",
        "Νίκου Αλεξίου",
    ]
    text = (
        "Ειδήσεις\n"
        "Πολιτική\n"
        "Νέο πρόγραμμα επιδότησης για ηλιακούς θερμοσίφωνες\n"
        "Της Ελένης Σταύρου και του Νίκου Αλεξίου\n"
        "26.11.2026 | 10:15\n"
        "Νέο πρόγραμμα επιδότησης για την αντικατάσταση παλιών θερμοσιφώνων ανακοίνωσε την"
        " Τετάρτη το υπουργείο Περιβάλλοντος.\n"
        "Το πρόγραμμα θα καλύπτει έως και το 60% του κόστους και οι αιτήσεις θα ξεκινήσουν τον"
        " Ιανουάριο.\n"
    )
    ext = extract(text)
    assert ext.authors == ["Ελένης Σταύρου", "Νίκου Αλεξίου"]
    assert ext.title == "Νέο πρόγραμμα επιδότησης για ηλιακούς θερμοσίφωνες"


def test_an_indonesian_team_credit_is_a_byline_without_a_person(extract):
    assert byline_authors("Tim Redaksi") == []
    assert byline_authors("Tim kabarkota - Nasional") == []
    assert byline_authors("Tim Cook") is None  # a name
    text = (
        "kabarkota\n"
        "Berita\n"
        "Nasional\n"
        "Banjir Rendam Ratusan Rumah di Pinggiran Kota, Warga Mengungsi\n"
        "Tim kabarkota - Nasional\n"
        "Rabu, 26 Nov 2026 10:15 WIB\n"
        "Banjir merendam ratusan rumah di pinggiran kota setelah hujan deras mengguyur wilayah"
        " itu sejak Selasa malam.\n"
        "Ketinggian air mencapai satu meter di beberapa titik, sehingga warga terpaksa mengungsi"
        " ke masjid dan balai warga terdekat.\n"
    )
    ext = extract(text)
    assert ext.title == "Banjir Rendam Ratusan Rumah di Pinggiran Kota, Warga Mengungsi"
    assert ext.authors == []


def test_the_writers_name_under_the_body_over_a_related_header_is_the_author(extract):
    text = (
        "Thời sự\n"
        "Kinh tế\n"
        "Đà Nẵng mở thêm ba tuyến xe buýt điện từ tháng sau\n"
        "Thành phố sẽ đưa vào khai thác ba tuyến xe buýt điện nối trung tâm với các khu ven biển.\n"
        "26/11/2026 15:00\n"
        "UBND TP Đà Nẵng vừa phê duyệt đề án mở thêm ba tuyến xe buýt điện, dự kiến hoạt động"
        " từ đầu tháng tới với tần suất 15 phút một chuyến.\n"
        "Theo đề án, giá vé mỗi lượt là 8.000 đồng, học sinh và người cao tuổi được miễn phí.\n"
        "Lê Thu Hà\n"
        "Tin liên quan\n"
    )
    assert extract(text).authors == ["Lê Thu Hà"]


def test_a_japanese_name_alone_over_the_date_is_the_author_not_the_headline(extract):
    text = (
        "ニュース\n"
        "国内\n"
        "経済\n"
        "大阪市、来春から市バスの運賃を値下げへ\n"
        "市は高齢者の外出を支えるため、運賃を一律で引き下げる方針を固めた。\n"
        "佐藤花子\n"
        "2026年11月26日 10時15分\n"
        "大阪市は26日、来年4月から市バスの運賃を一律で引き下げる方針を明らかにした。"
        "利用者の負担を減らし、高齢者の外出を支える狙いがある。\n"
        "市の試算では、年間の減収は約20億円になる見通しで、一般会計から補填するという。\n"
    )
    ext = extract(text)
    assert ext.authors == ["佐藤花子"]
    assert ext.title == "大阪市、来春から市バスの運賃を値下げへ"


def test_a_cjk_name_the_dump_repeats_is_no_bare_byline(extract):
    # A section's name beside the date comes again in the menu: no author.
    text = (
        "国内政治\n"
        "経済\n"
        "大阪市、来春から市バスの運賃を値下げへ\n"
        "国内政治\n"
        "2026年11月26日 10時15分\n"
        "大阪市は26日、来年4月から市バスの運賃を一律で引き下げる方針を明らかにした。"
        "利用者の負担を減らし、高齢者の外出を支える狙いがある。\n"
        "市の試算では、年間の減収は約20億円になる見通しで、一般会計から補填するという。\n"
    )
    assert extract(text).authors == []


def test_cjk_headlines_share_pairs_of_characters_with_the_lead():
    # No spaces between words: a run of Chinese characters or kana gives its pairs of
    # characters (kana alone, a particle, none).
    words = content_words("東京都、来年度から高校授業料を完全無償化へ")
    assert {"東京", "高校", "授業", "無償"} <= words
    assert "から" not in words
    assert content_words("北京将新增十条地铁线路 2030年前全部建成") >= {"北京", "地铁", "2030"}
    assert content_words("The strategy of it") == {"strat"}


@pytest.mark.parametrize(
    ("headline", "standfirst", "byline", "date", "body", "credit"),
    [
        (
            "東京都、来年度から高校授業料を完全無償化へ",
            "所得制限を撤廃し、私立高校も対象とする方針。",
            "山田太郎",
            "2026年11月27日 10時15分",
            [
                "東京都は27日、来年度から都内の高校授業料を所得制限なしで完全に無償化する方針を"
                "明らかにした。私立高校に通う生徒も対象となる。",
                "都の試算では、必要な予算は年間約600億円になる見通しだ。",
                "保護者からは歓迎の声が上がる一方、財源の確保を疑問視する意見も出ている。",
            ],
            "撮影・鈴木一郎",
        ),
        (
            "北京将新增十条地铁线路 2030年前全部建成",
            "新线路将覆盖北京东部和南部的多个新区。",
            "记者 王小明",
            "2026年11月27日 10:15",
            [
                "北京市交通委员会27日宣布，到2030年前将新建十条地铁线路，总长度超过300公里。",
                "新线路建成后，北京地铁总里程将超过1300公里，居全国首位。",
                "专家表示，新线路将有效缓解城市东部地区的交通压力。",
            ],
            "图片来源：视觉中国",
        ),
    ],
)
def test_a_cjk_headline_under_the_sites_name_with_its_standfirst(
    extract, headline, standfirst, byline, date, body, credit
):
    # The first line is the site's name (the footer's copyright names it); the headline
    # is over the standfirst, which ends with an ideographic full stop; the photographer's
    # credit leaves the body and the paragraph under it stays.
    text = "\n".join(
        [
            "毎朝新報",
            "ニュース",
            "国内",
            headline,
            standfirst,
            date,
            byline,
            body[0],
            body[1],
            credit,
            body[2],
            "Copyright © 2026 毎朝新報 All rights reserved.",
        ]
    )
    ext = extract(text)
    assert ext.title == headline
    assert ext.paragraphs == body


@pytest.mark.parametrize(
    "credit",
    ["Fotoğraf: AA", "Fot. PAP/Leszek Szymański", "Фото: Пётр Ковалёв/ТАСС", "（撮影・鈴木一郎）"],
)
def test_photo_credits_alone_on_a_line_are_no_captions(extract, credit):
    ext = extract(_budget_story_with(credit))
    assert ext.removed.get("image_credit") == 1
    assert all(credit not in p for p in [*ext.paragraphs, *ext.captions])


def test_arabic_copy_with_a_share_the_news_button(extract, dump):
    ext = extract(dump("arabic_share_the_news"))
    assert ext.title == "الحكومة تعلن خطة جديدة لدعم الشباب"
    assert ext.authors == ["أحمد خالد"]
    assert ext.captions == ["جانب من المؤتمر الصحفي للوزير (أرشيفية)"]
    assert len(ext.paragraphs) == 3  # "شارك الخبر" (share the news) is a button
    assert ext.removed["share"] == 1


def test_korean_copy_bracketed_notice_font_tool_and_photo_credit(extract, dump):
    ext = extract(dump("korean_copy_bracketed_notice"))
    # "<저작권자 © X 무단전재 및 재배포 금지>": a notice in brackets, no "previous" arrow
    assert [r.title for r in ext.related] == [
        "서울 지하철 2호선 막차 연장 운행 검토",
        "자율주행 택시 시범 운행 지역 확대",
    ]
    assert ext.removed["copyright"] == 1
    assert "글자크기 설정" not in ext.paragraphs  # the font size tool
    assert len(ext.captions) == 1 and ext.captions[0].endswith("[사진=서울시 제공]")
    assert len(ext.paragraphs) == 4


def test_japanese_page_site_after_colon_caption_and_writer_box(extract, dump):
    ext = extract(dump("japanese_page_colon_site_caption"))
    assert ext.title == "政府、電気料金の補助を来年3月まで延長へ"
    assert ext.publisher == "朝陽新聞デジタル"  # "：朝陽新聞デジタル" after the headline
    # "X＝<date>、<place>、<name>撮影": a photo's caption, not the story's date line
    assert ext.captions == [
        "記者会見する経済産業相＝2026年11月28日午後、東京・霞が関、田中一郎撮影",
    ]
    assert ext.published_at == "2026-11-29"
    # "この記事を書いた人" (who wrote this article) heads the writer's box, no headline
    assert [r.title for r in ext.related] == [
        "ガソリン補助、年明けに縮小へ",
        "円相場、一時1ドル＝150円台に",
    ]
    assert len(ext.paragraphs) == 3


@pytest.mark.parametrize(
    ("title", "headline", "publisher"),
    [
        ("台風10号が九州に接近｜NHK", "台風10号が九州に接近", "NHK"),
        # a colon parts a headline unless a news outlet's name follows it
        ("専門家に聞く：電気料金はなぜ上がるのか", "専門家に聞く：電気料金はなぜ上がるのか", None),
        ("专访李明：人工智能将改变教育", "专访李明：人工智能将改变教育", None),
    ],
)
def test_cjk_title_separators(title, headline, publisher):
    cleaned = clean_title(title)
    assert (cleaned.text, cleaned.publisher) == (headline, publisher)


def test_chinese_agency_dateline_names_its_reporter(extract, dump):
    ext = extract(dump("chinese_portal_agency_dateline"))
    assert ext.authors == ["张伟"]  # "新华社北京11月29日电（记者张伟）"
    assert ext.title == "多地出台新政支持新能源汽车下乡"
    assert len(ext.paragraphs) == 3  # no "原标题", "点击进入专题", "责任编辑", "举报"
    assert dateline_reporters("新华社上海11月2日电（记者王强、李丽）上海市...") == ["王强", "李丽"]
    assert dateline_reporters("记者张伟表示，今年以来...") == []
