"""Month names that text mode reads beyond the core's shared table: data only.

Swedish, Danish and Norwegian, Polish, Turkish, Indonesian, Romanian, Hungarian, Czech,
Slovak, Finnish, Greek, Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Croatian,
Slovenian, the Baltic languages, Icelandic, Georgian, Armenian, Azerbaijani, Uzbek,
Kazakh, Hindi, Bengali, Tamil, Sinhala, Arabic, Hebrew, Urdu, Persian, Swahili, Hausa,
Filipino and Thai;
``consumer.core.months`` holds the seven languages every date reader of the core shares.
"""

from __future__ import annotations

import unicodedata

from consumer.core.months import MONTHS

_MORE_MONTHS: dict[str, int] = {
    # Swedish, Danish, Norwegian (the forms English, German or Dutch lack)
    "augusti": 8, "okt": 10, "maj": 5, "desember": 12, "januar": 1, "februar": 2,
    # Polish
    "styczeń": 1, "stycznia": 1, "luty": 2, "lutego": 2, "marzec": 3, "marca": 3,
    "kwiecień": 4, "kwietnia": 4, "maja": 5, "czerwiec": 6, "czerwca": 6,
    "lipiec": 7, "lipca": 7, "sierpień": 8, "sierpnia": 8, "wrzesień": 9, "września": 9,
    "październik": 10, "października": 10, "listopad": 11, "listopada": 11,
    "grudzień": 12, "grudnia": 12,
    # Turkish
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    # Indonesian and Malay
    "maret": 3, "agustus": 8, "agu": 8, "ogos": 8,
    "disember": 12,
    # Romanian
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
    "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    # Hungarian
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
    "július": 7, "augusztus": 8, "október": 10,
    # Czech and Slovak (genitive)
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
    "července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    "januára": 1, "februára": 2, "apríla": 4, "júna": 6, "júla": 7,
    "augusta": 8, "septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12,
    # Finnish
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
    "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
    "marraskuuta": 11, "joulukuuta": 12,
    # Greek (genitive)
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5,
    "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10,
    "νοεμβρίου": 11, "δεκεμβρίου": 12,
    # Russian (genitive)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # Ukrainian (genitive)
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
    "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    # Hindi
    "जनवरी": 1, "फरवरी": 2, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6,
    "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "नवंबर": 11,
    "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
    # Arabic
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
    # Hebrew, also with the prefix "in" ("25 בנובמבר 2025")
    "ינואר": 1, "פברואר": 2, "מרץ": 3, "מרס": 3, "אפריל": 4, "מאי": 5, "יוני": 6,
    "יולי": 7, "אוגוסט": 8, "ספטמבר": 9, "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12,
    "בינואר": 1, "בפברואר": 2, "במרץ": 3, "במרס": 3, "באפריל": 4, "במאי": 5, "ביוני": 6,
    "ביולי": 7, "באוגוסט": 8, "בספטמבר": 9, "באוקטובר": 10, "בנובמבר": 11, "בדצמבר": 12,
    # Urdu and Persian (the Gregorian months)
    "جنوری": 1, "فروری": 2, "مارچ": 3, "اپریل": 4, "مئی": 5, "جون": 6, "جولائی": 7,
    "اگست": 8, "ستمبر": 9, "اکتوبر": 10, "نومبر": 11, "دسمبر": 12,
    "ژانویه": 1, "فوریه": 2, "آوریل": 4, "ژوئن": 6, "ژوئیه": 7, "اوت": 8,
    "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    # Swahili and Filipino ("Ijumaa, Novemba 28, 2026", "Nobyembre 28, 2026")
    # (the names the core's table shares with Dutch and Spanish are there: "januari", "mayo")
    "machi": 3, "aprili": 4, "julai": 7, "agosti": 8, "septemba": 9, "oktoba": 10,
    "novemba": 11, "desemba": 12,
    "pebrero": 2, "marso": 3, "hunyo": 6, "hulyo": 7, "setyembre": 9, "oktubre": 10,
    "nobyembre": 11, "disyembre": 12,
    # Russian (nominative, and the short forms of a wire's dateline: "5 мар 2026")
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
    "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
    # Ukrainian (nominative)
    "січень": 1, "лютий": 2, "березень": 3, "квітень": 4, "травень": 5, "червень": 6,
    "липень": 7, "серпень": 8, "вересень": 9, "жовтень": 10, "листопад": 11, "грудень": 12,
    # Belarusian (genitive)
    "студзеня": 1, "лютага": 2, "сакавіка": 3, "красавіка": 4, "чэрвеня": 6,
    "ліпеня": 7, "жніўня": 8, "верасня": 9, "кастрычніка": 10, "лістапада": 11,
    "снежня": 12,
    # Bulgarian
    "януари": 1, "февруари": 2, "април": 4, "юни": 6, "юли": 7, "септември": 9,
    "октомври": 10, "ноември": 11, "декември": 12,
    # Serbian in Cyrillic (and Macedonian's shared forms), nominative and genitive
    "јануар": 1, "фебруар": 2, "мај": 5, "јун": 6, "јул": 7, "септембар": 9,
    "октобар": 10, "новембар": 11, "децембар": 12, "јануара": 1, "фебруара": 2,
    "априла": 4, "маја": 5, "јуна": 6, "јула": 7, "септембра": 9, "октобра": 10,
    "новембра": 11, "децембра": 12,
    # Serbian, Bosnian and Slovenian in Latin ("5. mart 2026", "5. marca 2026")
    "avgust": 8, "septembar": 9, "oktobar": 10, "novembar": 11, "decembar": 12,
    "januara": 1, "februara": 2, "marta": 3, "aprila": 4, "juna": 6, "jula": 7,
    "avgusta": 8, "oktobra": 10,
    "marec": 3, "junij": 6, "julij": 7, "januarja": 1, "februarja": 2, "junija": 6,
    "julija": 7,
    # Croatian ("listopad" is November above: ``timestamps`` reads it as October after a
    # day written with its dot, as Croatian writes it and Polish does not)
    "siječanj": 1, "siječnja": 1, "veljača": 2, "veljače": 2, "ožujak": 3, "ožujka": 3,
    "travanj": 4, "travnja": 4, "svibanj": 5, "svibnja": 5, "lipanj": 6, "lipnja": 6,
    "srpanj": 7, "srpnja": 7, "kolovoz": 8, "kolovoza": 8, "rujan": 9, "rujna": 9,
    "studeni": 11, "studenog": 11, "studenoga": 11, "prosinac": 12, "prosinca": 12,
    # Lithuanian (genitive: "2026 m. kovo 5 d.")
    "sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "gegužės": 5, "birželio": 6,
    "liepos": 7, "rugpjūčio": 8, "rugsėjo": 9, "spalio": 10, "lapkričio": 11,
    "gruodžio": 12,
    # Latvian (nominative and locative: "2026. gada 5. martā"; "marts" is Danish too)
    "janvāris": 1, "februāris": 2, "marts": 3, "aprīlis": 4, "maijs": 5, "jūnijs": 6,
    "jūlijs": 7, "augusts": 8, "septembris": 9, "oktobris": 10, "novembris": 11,
    "decembris": 12, "janvārī": 1, "februārī": 2, "martā": 3, "aprīlī": 4, "maijā": 5,
    "jūnijā": 6, "jūlijā": 7, "augustā": 8, "septembrī": 9, "oktobrī": 10,
    "novembrī": 11, "decembrī": 12,
    # Estonian
    "jaanuar": 1, "veebruar": 2, "märts": 3, "aprill": 4, "juuni": 6, "juuli": 7,
    "oktoober": 10, "detsember": 12,
    # Dutch and Flemish "mrt" ("do 5 mrt 2026")
    "mrt": 3,
    # Icelandic
    "janúar": 1, "febrúar": 2, "apríl": 4, "maí": 5, "júní": 6, "júlí": 7, "ágúst": 8,
    "nóvember": 11,
    # Hungarian abbreviations ("2026. márc. 5.")
    "febr": 2, "márc": 3, "ápr": 4, "máj": 5, "jún": 6, "júl": 7, "szept": 9,
    # Greek: nominative, and the genitive in capitals (lower-cased without its accents)
    "ιανουάριος": 1, "φεβρουάριος": 2, "μάρτιος": 3, "απρίλιος": 4, "μάιος": 5,
    "ιούνιος": 6, "ιούλιος": 7, "αύγουστος": 8, "σεπτέμβριος": 9, "οκτώβριος": 10,
    "νοέμβριος": 11, "δεκέμβριος": 12,
    "ιανουαριου": 1, "φεβρουαριου": 2, "μαρτιου": 3, "απριλιου": 4, "μαιου": 5, "μαϊου": 5,
    "ιουνιου": 6, "ιουλιου": 7, "αυγουστου": 8, "σεπτεμβριου": 9, "οκτωβριου": 10,
    "νοεμβριου": 11, "δεκεμβριου": 12,
    # Georgian
    "იანვარი": 1, "თებერვალი": 2, "მარტი": 3, "აპრილი": 4, "მაისი": 5, "ივნისი": 6,
    "ივლისი": 7, "აგვისტო": 8, "სექტემბერი": 9, "ოქტომბერი": 10, "ნოემბერი": 11,
    "დეკემბერი": 12,
    # Armenian (genitive, as dates write it, and nominative)
    "հունվարի": 1, "փետրվարի": 2, "մարտի": 3, "ապրիլի": 4, "մայիսի": 5, "հունիսի": 6,
    "հուլիսի": 7, "օգոստոսի": 8, "սեպտեմբերի": 9, "հոկտեմբերի": 10, "նոյեմբերի": 11,
    "դեկտեմբերի": 12,
    "հունվար": 1, "փետրվար": 2, "մարտ": 3, "ապրիլ": 4, "մայիս": 5, "հունիս": 6,
    "հուլիս": 7, "օգոստոս": 8, "սեպտեմբեր": 9, "հոկտեմբեր": 10, "նոյեմբեր": 11,
    "դեկտեմբեր": 12,
    # Azerbaijani and Uzbek in Latin ("mart", "may" are shared)
    "yanvar": 1, "fevral": 2, "aprel": 4, "iyun": 6, "iyul": 7, "avqust": 8,
    "sentyabr": 9, "sentabr": 9, "oktyabr": 10, "oktabr": 10, "noyabr": 11, "dekabr": 12,
    # Kazakh
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
    "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
    # Hausa ("5 ga Maris, 2026"; "oktoba" is Swahili's above)
    "janairu": 1, "fabrairu": 2, "maris": 3, "afrilu": 4, "mayu": 5, "yuni": 6,
    "yuli": 7, "agusta": 8, "satumba": 9, "nuwamba": 11, "disamba": 12,
    # Tamil and Sinhala (the Gregorian months)
    "ஜனவரி": 1, "பிப்ரவரி": 2, "மார்ச்": 3, "ஏப்ரல்": 4, "மே": 5, "ஜூன்": 6,
    "ஜூலை": 7, "ஆகஸ்ட்": 8, "செப்டம்பர்": 9, "அக்டோபர்": 10, "நவம்பர்": 11,
    "டிசம்பர்": 12,
    "ජනවාරි": 1, "පෙබරවාරි": 2, "මාර්තු": 3, "අප්‍රේල්": 4, "අප්රේල්": 4, "මැයි": 5,
    "ජූනි": 6, "ජූලි": 7, "අගෝස්තු": 8, "සැප්තැම්බර්": 9, "ඔක්තෝබර්": 10,
    "නොවැම්බර්": 11, "දෙසැම්බර්": 12,
    # Thai (full names; the dotted abbreviations are THAI_SHORT_MONTHS)
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
}  # fmt: skip
# Thai month abbreviations, written with their dots ("25 พ.ย. 2568").
THAI_SHORT_MONTHS: dict[str, int] = {
    "ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6, "ก.ค.": 7,
    "ส.ค.": 8, "ก.ย.": 9, "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12,
}  # fmt: skip

_BENGALI_MONTHS = {
    unicodedata.normalize("NFC", name): month
    for month, name in enumerate(
        [
            "জানুয়ারি",
            "ফেব্রুয়ারি",
            "মার্চ",
            "এপ্রিল",
            "মে",
            "জুন",
            "জুলাই",
            "আগস্ট",
            "সেপ্টেম্বর",
            "অক্টোবর",
            "নভেম্বর",
            "ডিসেম্বর",
        ],
        start=1,
    )
}

TEXT_MONTHS: dict[str, int] = {**MONTHS, **_MORE_MONTHS, **_BENGALI_MONTHS}
