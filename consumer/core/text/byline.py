"""Byline lines ("By Jane Doe and John Smith, Reuters") and the author names in them."""

from __future__ import annotations

import re
import unicodedata

from consumer.core.enrich.data.first_names import FIRST_NAMES
from consumer.core.enrich.gazetteer import is_place
from consumer.core.text.timestamps import PUBLICATION_WORDS, date_span

# Capital letters of the Latin, Greek and Cyrillic scripts that start a name.
CAPITALS = (
    "A-ZÀ-ÖØ-Þ"
    "ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
    "ΆΈΉΊΌΎΏΑ-ΡΣ-Ϋ"
    "ЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏА-Я"
    # Azerbaijani's Ə, the Cyrillic letters of Kazakh and Mongolian, Armenian
    "ƏҒҚҢҮҰҺӘӨ"
    "Ա-Ֆ"
)
# Letters and vowel signs of scripts without capitals (Hebrew, Arabic with Persian and
# Urdu, the Indic scripts, Thai and Lao, Georgian, Ethiopic): a name in them cannot show a
# capital.
CASELESS_LETTERS = (
    "\u05d0-\u05ea\u05f0-\u05f2\u0591-\u05c7"
    "\u0620-\u064a\u064b-\u065f\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f"
    "\u0900-\u0963\u0966-\u0dff\u0e01-\u0e3a\u0e40-\u0e4e\u0e81-\u0ecd"
    "\u10d0-\u10fa\u1200-\u135a"
)
# The byline word, then the names up to a separator that starts something else.
_BYLINE_WORD = (
    r"((posted|written|words|story|reporting|article|text|published|report|interview|"
    r"interviewed) by|news provided by|geschichte von|by|av|(?-i:[Aa]f)|oleh|penulis|yazan|yazar|"
    r"propos recueillis par|"
    # a podcast's host, a line of names only: not "Hosted by Jane Doe, the show ..."
    r"hosted by(?=( [^\s,]+){1,6}$)|"
    r"(das )?(gespräch|interview) führten?|entrevista (realizada )?por|intervista (a cura )?di|"
    r"(geschrieben|eingestellt|gepostet|veröffentlicht|erstellt) von|von|"
    r"écrit par|par|escrito por|por|scritto da|di|door|"
    # Hebrew, Arabic, Persian, Urdu, Hindi and Thai ("מאת דנה לוי", "بقلم أحمد خالد")
    r"מאת|כתב(ה|ת)?(?=:)|بقلم|به قلم|كتب(ت)?(?=:)|إعداد|نویسندگان|نویسنده|خبرنگار(?=:)|تحریر|लेखक|"
    r"szerzők?(?=:)|συντάκτ(ης|ες)(?=:)|"
    # Lithuanian, Latvian, Serbian, Belarusian, Slovenian, Icelandic, Azerbaijani, Uzbek,
    # Georgian and Armenian for "author"; Croatian "writes", Finnish "text" and Mongolian
    # "reporter" with their colon only ("Piše: Ivana Horvat", "Teksti: Mikko Virtanen")
    r"autorius|autoriai|autors|аутор|аўтар|avtor(ica)?|höfundur|müəllif|muallif|"
    r"ავტორი|հեղինակ|(piše|teksti|сурвалжлагч)(?=:)|"
    r"रिपोर्ट(र)?(?=:)|โดย|ผู้เขียน|tác giả|"
    # Hindi "by", Hindi and Nepali "correspondent", Urdu "report", Tamil "reporter",
    # Amharic "reporter" with their colon (the Ethiopic one too)
    r"(द्वारा|संवाददाता|رپورٹ|نامہ نگار|செய்தியாளர்)(?=:)|ዘጋቢ(?=[:፡])|"
    # Hausa "Daga" ("from") and Yoruba "Láti ọwọ́" ("from the hand of") before a name
    # that fills the line
    rf"(?-i:(Daga|Láti ọwọ́)(?= [{CAPITALS}][\w'’.-]+( [{CAPITALS}][\w'’.-]+){{1,2}}$))|"
    r"authors?|autor(in|es)?|auteure?s?|autore|auteur\(e\)|redacción(?=:)|verfasst von|автор(ы)?|"
    # only with a colon: "Text: Jane Doe", not a "Text Link" button
    r"(de|texto|text|текст)(?=:)|de(?= notre )|"
    # "Reporter: Budi Santoso | Editor: Dewi Lestari" (Indonesian portals): the reporter
    r"reporter(?=:)|"
    # a portal's copy of another site's story: "Source: example.com | Kwame Mensah"
    r"source: ?[\w-]+(\.[\w-]+)+ ?[|•·](?= [^\W\d_])|"
    # Romanian "de Andrei Popescu": lower-case "de" before two capitalised words; Greek
    # "Του Γιώργου Παπαδόπουλου" ("by", the article of the name in the genitive)
    rf"(?-i:de(?= [{CAPITALS}][\w'’.-]+ [{CAPITALS}]))|"
    # MSN's "Story by" in French, Spanish, Italian and Portuguese ("Historia de Ana Gómez"):
    # only before a name that fills the line ("Historia de la ciudad" is a heading)
    rf"(?-i:(Histoire|Historia|Storia|História) d[ei](?= [{CAPITALS}][\w'’.-]+"
    rf"( [{CAPITALS}][\w'’.-]+){{1,2}}$))|"
    # Swahili "Na Juma Hassan", Filipino "Ni Juan Dela Cruz": the name fills the line
    # (the words are "and" and "of" too: "Na mvua ..." goes on in lower case)
    rf"(?-i:N[ai](?= [{CAPITALS}][\w'’.-]+( [{CAPITALS}][\w'’.-]+){{1,2}}$))|"
    # (and more names, each after its article: "Της X Y και του Z W")
    rf"(?-i:(Του|Της)(?= [{CAPITALS}][\w'’.-]+ [{CAPITALS}][\w'’.-]+"
    rf"((,| και) (του|της) [{CAPITALS}][\w'’.-]+ [{CAPITALS}][\w'’.-]+)*$)))"
)
# The Greek article of a later name in such a byline ("... και του Γιώργου Νικολάου").
_GREEK_ARTICLE = re.compile(rf"(?:του|της) (?=[{CAPITALS}])")
_BYLINE = re.compile(
    _BYLINE_WORD + r"( by)? ?[:՝፡፦]? (?P<names>[^|•·⋅\n]{2,120}?)"
    rf"(( ?(\||•|·|⋅|-|—|–|,|\.) ?| )(last updated|for|on|in|am|um|le|el|il|{PUBLICATION_WORDS}|"
    # (Blogger's post footer gives the time alone: "Posted by Jane Doe at 6:35 AM")
    # (an Amharic date puts "day" between the day and the year: "የካቲት 26 ቀን 2018")
    r"(at |@ ?)?\d{1,2}[:.]\d{2}([ap]m)?|\d{1,2} \w+ \d{4}|\w+ \d{1,2},? \d{4}|"
    r"\w+ \d{1,2} ቀን \d{4})\b.{0,120}|"
    r" ?[|•·⋅] .{0,150}|"
    # the place after a dash ("Por Mariana Costa — São Paulo", "By Jane Doe - London")
    r" [—–-] [^\W\d_][\w'’.-]*( [^\W\d_][\w'’.-]*){0,2})?",
    re.IGNORECASE,
)
# (Armenian writes the label's colon "՝": "Հեղինակ՝ Արամ Պետրոսյան")
_BYLINE_LABEL = re.compile(_BYLINE_WORD + r" ?[:՝፡፦]?", re.IGNORECASE)
# "and" between two names, lower-case only, for both modes' bylines: Nordic, Finnish,
# Turkish, Indonesian, Hungarian, Romanian, Russian, Polish, Catalan, Dutch, Czech and
# Slovak, Vietnamese, Greek, Hindi, Persian and Arabic ("Dan", "Ja", "I", "En" and "A"
# start or are names). The Czech "a" only before a capital: "il y a 3 heures" is French.
LOWER_AND = rf"og|och|ja|ve|dan|és|și|и|i|en|a(?=\s+[{CAPITALS}])|và|και|और|و"
# A list's comma in Chinese and Japanese bylines ("佐藤美咲、鈴木健太").
IDEOGRAPHIC_COMMA = "、"
_AND = (
    rf",|،|{IDEOGRAPHIC_COMMA}| and | & | und | et | y | e | และ |"
    rf"(?-i: (?:{LOWER_AND}) )"
)
_NAME_SPLIT = re.compile(_AND, re.IGNORECASE)
# After "By", "with" too: "Par Jean Dupont avec AFP", "Por Ana Souza con EFE" credit the
# agency (an outlet, dropped) or a second writer. (Not in a line of bare names: "Dinner
# with Friends".)
_NAME_SPLIT_KEEP = re.compile(f"({_AND}| with | avec | mit | con | com )", re.IGNORECASE)
# Degrees and post-nominals after a name ("MS", "RDN", "M.D.", "PhD").
_CREDENTIAL = re.compile(r"[A-Z]{2,5}|([A-Z][a-z]?\.){1,3}|Ph\.? ?D\.?|MBA|MSc|BSc")
# "of", "from" before the outlet after a name's comma ("Jane Doe, of The Times"); a
# surname's particle never opens a part of its own.
OUTLET_PREPOSITIONS = frozenset(
    {"of", "from", "da", "do", "de", "du", "des", "del", "della", "di", "dal", "von", "van"}
)
# Parts of a byline that are roles or outlets, not people.
_NOT_A_NAME = re.compile(
    r"\b(correspondent|reporter|editor|staff|writer|journalist|contributor|desk|team|"
    r"redaktion|rédaction|redacción|redazione|redação|redacao|redakcja|redaktionen|redaksi|"
    r"newsroom|agencies|agency|agentur|news|press|"
    r"associated|reuters|afp|dpa|ap|efe|ansa|bloomberg|for|in|with|updated|published)\b|"
    # national agencies, as their credits write them ("Petr Novák, ČTK"; "Pap" and "Ria"
    # are names too, so the capitals only)
    r"\b(?-i:ČTK|CTK|PAP|MTI|TASR|STA|HINA|NTB|TT|STT|BTA|ANP|APA|SDA|ATS|AGERPRES|LUSA|"
    r"Lusa|Ritzau|ANA-MPA|ΑΠΕ-ΜΠΕ|ТАСС|РИА|УНІАН|Укрінформ|Интерфакс|Інтерфакс)\b",
    re.IGNORECASE,
)
# Words of page furniture and section names that, capitalised in a menu, a button or a
# section label, look like a name.
_INTERFACE_WORDS = re.compile(
    r"\b(home|menu|contact|about|policy|privacy|terms|hours|now|today|return|returns|shop|"
    r"cart|account|search|subscribe|sign|log|login|more|read|view|all|see|blog|posts?|pages?|"
    r"help|support|free|get|started|learn|download|order|book|call|share|follow|next|"
    r"previous|back|top|new|latest|popular|related|category|categories|tags?|topics?|"
    r"written|by|posted|comments?|reply|quick|links?|guide|tips|online|store|services?|rate|"
    r"jobs|last|recent|show|hide|sidebar|toggle|close|open|skip|main|content|"
    r"advertiser|advertisement|advertising|disclosure|sponsored|affiliate|"
    # section names
    r"insights?|industry|business|health|technology|tech|politics|sports?|opinion|world|"
    r"science|travel|lifestyle|culture|markets?|finance|entertainment|education|reviews?|"
    r"analysis|features?|events?|resources|trends|updates|stories|local|national|"
    # the same in other languages (German nouns are capitalised: "Mehr Nachrichten")
    r"mehr|weitere|nachrichten|artikel|startseite|kontakt|impressum|datenschutz|suche|"
    r"themen|aktuell|meistgelesen|accueil|actualités|articles?|autres|notizie|altre|"
    r"nieuws|noticias|notícias|inicio|portada|más|mais)\b",
    re.IGNORECASE,
)
# A writer's institution after the name ("Ana Pereira, University of Lisbon"): an
# academic's byline, not a second author.
AFFILIATION = re.compile(
    r"\b(universit\w*|uniwersytet\w*|institut\w*|college|school|hospital|foundation|"
    r"centre|center|laborator\w*|academy|akademie|académie)\b",
    re.IGNORECASE,
)
# News agencies a name may be credited to ("Jane Doe | Reuters", "JANE DOE, AP").
_AGENCY = re.compile(
    r"(the )?(reuters|afp|ap|dpa|efe|ansa|apa|sda|anp|belga|kyodo|xinhua|yonhap|tass|"
    r"associated press|agence france-presse|pa media|press association|bloomberg|"
    r"europa press|agencia efe|kna|epd)( news)?",
    re.IGNORECASE,
)
# Newsroom roles in the byline words' languages, as stems, each with the endings of its
# whole words: a stem and any ending read a role line ("Korrespondent-en", "rédact-eur",
# "Dziennikarz Onetu"), the whole words a role after a name ("Jane Doe, Senior Editor").
_NEWSROOM_STEMS: tuple[tuple[str, str], ...] = (
    ("correspondent", "s?"),
    ("correspondant", "e?s?"),
    ("reporter", "s?|ka"),
    ("editor", "s?"),
    ("writer", "s?"),
    ("journalist", "s?|e"),
    ("columnist", "s?"),
    ("korrespondent", "(in)?"),
    ("redakteur", "(in)?"),
    ("redacteur", ""),
    ("verslaggever", ""),
    ("envoyée? spéciale?", ""),
    ("rédact", "eur|rice"),
    ("corresponsal", ""),
    ("redactor", "a?"),
    ("giornalista", ""),
    ("inviato", ""),
    ("redattore", ""),
    ("repórter", ""),
    ("jornalista", ""),
    ("jurnalis", ""),
    ("wartawan", ""),
    ("kontributor", ""),
    ("muhabir", ""),
    # Polish, Czech, Slovak, Hungarian, Romanian, Greek, Finnish, Russian and Ukrainian
    ("dziennikar", "z|ka"),
    ("redaktor", "(ka)?"),
    ("novinář", "(ka)?"),
    ("újságíró", ""),
    ("riporter", ""),
    ("szerkesztő", ""),
    ("ziarist", "ă?"),
    ("δημοσιογράφο", "ς"),
    ("συντάκτ", "ης"),
    ("toimittaja", ""),
    ("reportteri", ""),
    ("журналист", "(ка)?"),
    ("корреспондент", ""),
    ("журналіст", "(ка)?"),
    ("кореспондент", ""),
    ("기자", ""),
    ("특파원", ""),
)
_NEWSROOM = "|".join(stem for stem, _ in _NEWSROOM_STEMS)
# Roles read only after a name, never as a role line of their own: a photographer or an
# expert is no writer of the story, and the CJK words are read by the CJK bylines.
_ROLE_WORDS_AFTER_NAME = (
    r"contributors?|analysts?|expert|critic|producer|photographer|autor(in)?|periodista|"
    # a weather desk's ("Lisa Chen, Chief Meteorologist")
    r"meteorologists?|forecasters?|"
    r"記者|记者|特派員|特派员"
)
# A role after a name ("Jane Doe, Senior Editor"), in the languages of the byline words.
_ROLE_WORD = re.compile(
    r"\b("
    + "|".join(f"{stem}({endings})" for stem, endings in _NEWSROOM_STEMS)
    + "|"
    + _ROLE_WORDS_AFTER_NAME
    + r")\b",
    re.IGNORECASE,
)
# "our (own) correspondent" before the name in a byline ("Door onze redacteur X").
_OUR_ROLE = re.compile(
    r"(our|onze|unserem|unserer|unseres|notre|nuestro|nuestra|nostro|nostra|nosso|nossa)"
    r"( [\w-]+){0,2}? (own )?(" + _NEWSROOM + r")\w* (?=\S)",
    re.IGNORECASE,
)
# The words of a newsroom role that names nobody (English, Bengali, Hindi, Urdu).
ROLE_WORDS = frozenset(
    unicodedata.normalize("NFC", word)
    for word in [
        "staff",
        "special",
        "senior",
        "chief",
        "our",
        "own",
        "political",
        "foreign",
        "diplomatic",
        "city",
        "sports",
        "business",
        "legal",
        "investigative",
        "contributing",
        "associate",
        "deputy",
        "managing",
        "news",
        "guest",
        "freelance",
        "local",
        "regional",
        "bureau",
        "desk",
        "team",
        "web",
        "online",
        "digital",
        "correspondent",
        "correspondents",
        "reporter",
        "reporters",
        "writer",
        "writers",
        "editor",
        "editors",
        "journalist",
        "columnist",
        "contributor",
        # the newsroom itself ("Redacción", "Redaktion", "Tim Redaksi")
        "newsroom",
        "redaktion",
        "redaktionen",
        "rédaction",
        "redacción",
        "redaccion",
        "redazione",
        "redação",
        "redacao",
        "redakcja",
        "redactie",
        "redaksi",
        # Turkish "Haber Merkezi" (the news desk)
        "haber",
        "merkezi",
        "নিজস্ব",
        "প্রতিবেদক",
        "সংবাদদাতা",
        "স্টাফ",
        "রিপোর্টার",
        "বিশেষ",
        "প্রতিনিধি",
        "ডেস্ক",
        "অনলাইন",
        "संवाददाता",
        "ब्यूरो",
        "डेस्क",
        "विशेष",
        "نمائندہ",
        "خصوصی",
        # Urdu "ویب ڈیسک", "نیوز ڈیسک" (web desk, news desk), Hindi "वेब डेस्क"
        "ویب",
        "ڈیسک",
        "نیوز",
        "वेब",
        "न्यूज़",
        "न्यूज",
    ]
)

# A newsroom role: up to two words, then the role's word ("Transport correspondent").
_ROLE_PHRASE = r"(\w+ ){0,2}(" + _NEWSROOM + r")\w*"
# ... alone on a line ("Transport correspondent", "Staff Writer"), perhaps with the outlet
# after it in its case ("Dziennikarz Onetu", "Journalist NRK").
_NEWSROOM_ROLE_LINE = re.compile(_ROLE_PHRASE + r"( (?-i:[A-ZÀ-ŽА-ЯІЇЄ])[\w.]+)?", re.IGNORECASE)
_MAX_NEWSROOM_ROLE_CHARS = 40
# ... after a name ("Rina Kusuma, Jurnalis", "Jane Doe, Senior Reporter").
_TRAILING_ROLE = re.compile(r"(?P<name>.+?),\s*" + _ROLE_PHRASE, re.IGNORECASE)
_ROLE_SEPARATOR = re.compile(r", | ?[|•·⋅] | [-–—] ")
_MAX_ROLE_LINE_CHARS = 100
_CASELESS_WORD = re.compile(f"[{CASELESS_LETTERS}]+")
# A name in such a script shows no capital: given and family name at least, short words
# (a phrase of prose, spaced as Thai writes them, runs longer).
_CASELESS_NAME = re.compile(f"[{CASELESS_LETTERS}]{{1,20}}( [{CASELESS_LETTERS}]{{1,20}}){{1,3}}")
_NAME_WORD = re.compile(
    rf"[{CAPITALS}][\w'’.-]*|[{CASELESS_LETTERS}]+|(van|von|de|der|den|da|di|del|la|le|bin|al)\b"
)


# A Korean newsroom's desk ("경제부 기자": a reporter of the economy desk, no name).
_KOREAN_DESK = (
    r"(정치|경제|사회|국제|문화|산업|체육|스포츠|편집|사진|전국|금융|증권|과학|생활|연예|"
    r"뉴스|취재|보도|기획|지역|정책|외교|국방|온라인|디지털)(부|팀)"
)
# "김민수 기자", "(서울=연합뉴스) 김민수 기자 = ...": a Korean name before the word for
# reporter or correspondent, an e-mail address may follow.
_KOREAN_REPORTER = re.compile(
    # a label before it: "글 김민수 기자", "글·사진 김민수 기자", "기자명 김민수"
    r"(\([^)]{2,20}\) ?)?((글|글·사진|사진·글) ?[=:/]? ?)?"
    rf"(?P<name>(?!{_KOREAN_DESK} ?(기자|특파원))[가-힣]{{2,4}}) ?(기자|특파원|선임기자|객원기자)"
    r"( ?[\w.+-]+@[\w.-]+)?"
)
# Two to four reporters: each with the word ("김민지 기자, 이준호 기자") or the names
# joined by a middle dot before it ("김민지·이준호 기자").
_KOREAN_NAME_SPLIT = re.compile(r" ?(?:기자|특파원),? ?|·")
_KOREAN_REPORTERS = re.compile(
    r"(?P<names>[가-힣]{2,4} ?(기자|특파원)((, ?| )[가-힣]{2,4} ?(기자|특파원)){1,3}|"
    r"[가-힣]{2,4}(·[가-힣]{2,4}){1,3} ?(기자|특파원))"
)
# "기자명 김민수" (a Korean CMS's label: the reporter's name)
_KOREAN_NAME_LABEL = re.compile(r"기자명 ?[:：]? ?(?P<name>[가-힣]{2,4})")
_PHOTO_OR_AIDE = "图|圖|摄影|攝影|通讯员|通訊員"
# "记者 王明", "本报记者：王明", "記者 山田太郎", and the sign-off in brackets under the
# story ("（记者 王明 通讯员 李华）", "（記者 山田太郎）")
_CHINESE_REPORTER = re.compile(
    r"(?P<open>[（(【])?(本报|本台|新华社)?(记者|記者|文|编辑|作者)"
    r"(?(open)[:： /／｜|]?|[:： /／｜|]) ?(?P<name>[\u4e00-\u9fff]{2,4})"
    # more reporters in the brackets ("（记者 王明 李华）")
    rf"(?P<more>(?(open)([ 、](?!{_PHOTO_OR_AIDE})[\u4e00-\u9fff]{{2,4}}){{0,3}}|"
    # ... and after a colon without brackets ("记者：张伟 李娜"), not where the story was
    # filed ("记者 王明 北京报道")
    rf"([ 、](?!{_PHOTO_OR_AIDE})[\u4e00-\u9fff]{{2,3}}(?![\u4e00-\u9fff])){{0,3}}))"
    # and the photographer or correspondent after it: "文/王明 图/李华"
    rf"( ?({_PHOTO_OR_AIDE})[:： /／｜|] ?[\u4e00-\u9fff]{{2,4}})?"
    r"(?(open)[）)】])"
)
# A Taiwanese paper's byline: the reporters, a slash, where they filed from and "reported"
# ("記者陳志明／台北報導", "記者陳志明、林美華／綜合報導").
_TAIWANESE_REPORTER = re.compile(
    # (not "記者會", a press conference)
    r"[（(]?(记者|記者) ?(?P<name>(?![會会])[\u4e00-\u9fff]{2,4})"
    r"(?P<more>(、[\u4e00-\u9fff]{2,4}){0,3}) ?"
    r"[／/] ?[\u4e00-\u9fff]{0,8}(报导|報導|报道|報道)[）)]?"
)
# A Chinese portal's line over the story: date, time and source, then the byline.
_CHINESE_BYLINE_AFTER_SOURCE = re.compile(
    r"[\d\-/:年月日 ]*((来源|來源|稿源)[:：] ?\S{1,20} +)?"
    r"(?P<byline>(本报|本台|新华社)?(记者|記者)[:： ].{2,30})"
)
# "毎朝ニュース 政治部 山田太郎": a Japanese outlet, its desk, then the reporter's name.
_JAPANESE_DESK_REPORTER = re.compile(
    r"(\S{1,20} )?(政治部|経済部|社会部|国際部|科学部|運動部|文化部|生活部|報道部|編集部|"
    r"編集局|取材班|[\u4e00-\u9fff]{1,4}(支局|総局))[ 　]?"
    r"(?P<name>[\u4e00-\u9fff]{1,3}[ 　]?[\u4e00-\u9fff]{1,3})( ?(記者|特派員))?"
)
_MAX_CJK_BYLINE_CHARS = 60
# "Monday November 18, 2019 7:45 am PST by Joe Rossignol": a date line ending in a byline.
_TRAILING_BYLINE = re.compile(
    r".{6,80}\d[^|\d]{0,12} \W?(?P<by>by|von|par|por|di|door) (?P<rest>[^|\d]{3,60})", re.I
)


# A name in capitals, then its outlet in title case ("ROB SAMPLE Associated Press").
_CAPS_NAME_THEN_OUTLET = re.compile(
    r"(?P<name>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,3}) "
    r"[A-Z][a-z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}"
)
# A social-media handle after the writer's name.
_HANDLE = re.compile(r"(?<=[\w.]) @[A-Za-z0-9_]{2,30}\b")
# An Indonesian newsroom's team credit, no person: "Tim Redaksi", "Tim kumparan", "Tim
# Kompas.com - Nasional" (a brand in lower case or a domain: "Tim Cook" is a name).
_TEAM_CREDIT = re.compile(
    r"(?-i:Tim) (?:(?i:redaksi|liputan|penulis|editor)|[a-z]\w*|\w+\.(?:com|id|co\.id))"
    r"(?: [-–|] [\w.]+(?: [\w.]+)?)?"
)


_GLUED_BY = re.compile(r"By(?=[A-Z][a-z])")
# An AP byline's name in capitals, its role after it with no comma between (the page sets
# them in two elements): "By SAM PARK AP Sports Writer".
_WIRE_ROLE_UNPARTED = re.compile(
    r"(?<=[A-Z]{2}) (?=(?:AP|Associated Press)(?: [A-Z][a-z]+){0,2} "
    r"(?:Writer|Correspondent|Reporter)$)"
)
# ... a British paper's, all in capitals: "By JANE DOE POLITICAL EDITOR" (the name's two
# words, then up to three of the role's).
_CAPITAL_ROLE_UNPARTED = re.compile(
    r"(?P<name>(?i:by) (?!(?:THE|OUR|YOUR) )[A-Z'’-]{2,20} [A-Z'’-]{2,20}) "
    r"(?P<role>(?:[A-Z]{2,15} ){0,2}(?:EDITOR|CORRESPONDENT|REPORTER|WRITER|COLUMNIST|CRITIC))"
)


def with_role_parted(text: str) -> str:
    """A byline whose role follows the name with no comma, the comma put in ("By SAM PARK
    AP Sports Writer", "By JANE DOE POLITICAL EDITOR": the page set them apart)."""
    parted = _CAPITAL_ROLE_UNPARTED.fullmatch(text)
    if parted:
        return f"{parted['name']}, {parted['role']}"
    return _WIRE_ROLE_UNPARTED.sub(", ", text)


def byline_authors(text: str, *, dated: bool = False) -> list[str] | None:
    """The authors named by a byline line, or None when ``text`` is not a byline.

    A byline that names only an outlet or a role ("By Staff Reporter") gives ``[]``;
    ``dated``: the line's date was cut off before ``text``.
    """
    if len(text) <= 60 and _TEAM_CREDIT.fullmatch(text):
        return []
    if len(text) > 200:
        return None
    text = _HANDLE.sub("", text)  # "By Jane Doe @janedoe Nov 18, 2019"
    text = _GLUED_BY.sub("By ", text)  # "ByJane Doe": the label's element had no space
    text = with_role_parted(text)  # "By SAM PARK AP Sports Writer"
    if _WIRE_CREDIT_LABEL.match(text) and (reporters := wire_credit_reporters(text)):
        return reporters  # (where each filed from follows each name, not only the last)
    match = _BYLINE.fullmatch(text)
    if not match and _OTHERS_CREDIT.match(text):
        # "Medically reviewed by X — Written by Y — Updated on ...": the writer's part
        later = _CREDIT_SEPARATOR.split(text)[1:]
        return next((found for part in later if (found := byline_authors(part))), None)
    if not match:
        trailing = _TRAILING_BYLINE.fullmatch(text)
        if trailing is None or date_span(text[: trailing.start("by")]) is None:
            return None  # "Parse, Don't Validate (2019) by Jane Doe" lists works
        return byline_authors("By " + trailing.group("rest"), dated=True)
    account = _account_name(match.group("names"))
    if account and (dated or date_span(text) is not None):
        return [account]  # "By janedoe March 7, 2024", "Posted on March 7, 2024 by janedoe"
    names: list[str] = []
    roles = 0
    # "By our correspondent Jane Doe", "Door onze redacteur Pieter de Vries"
    staff = _OUR_ROLE.match(match.group("names"))
    listed = match.group("names")[staff.end() :] if staff else match.group("names")
    pieces = _NAME_SPLIT_KEEP.split(listed)
    for k in range(0, len(pieces), 2):
        name = pieces[k].strip(" .:;")
        if k:
            name = _GREEK_ARTICLE.sub("", name, count=1)
        words = name.split()
        if not name and k + 1 < len(pieces):
            continue  # ", and": the "and" decides
        if roles and k and pieces[k - 1] == ",":
            break  # "Jane Doe, Editor, Health Watch": after the role comes the outlet
        if k and pieces[k - 1] == "," and words and words[0] in OUTLET_PREPOSITIONS:
            break  # "Por Ana Souza, da Folha de S.Paulo": the outlet she writes for
        if names and pieces[k - 1] == "," and is_place(name):
            break  # "By Mark Chen, Washington": the place the story was filed from
        if _CREDENTIAL.fullmatch(name):
            continue  # "Jane Doe, MS, RDN"
        outlet_after = _CAPS_NAME_THEN_OUTLET.fullmatch(name)
        if outlet_after:
            name, words = outlet_after["name"], outlet_after["name"].split()
        if not name or not all(_NAME_WORD.fullmatch(w) for w in words[:1]):
            return names or None
        if _NOT_A_NAME.search(name) or _ROLE_WORD.search(name) or _is_facet(words):
            roles += 1
            continue
        if not 1 <= len(words) <= 5 or not all(_NAME_WORD.fullmatch(w) for w in words):
            return names or None
        if _CASELESS_WORD.match(name) and not _CASELESS_NAME.fullmatch(name):
            return names or None  # "מאת כתבנו" (our reporter): one word is a role
        if _names_outlet(name):
            roles += 1
            continue
        names.extend(split_at_attached_and(name))
        if outlet_after:
            break
    return names if names or roles else None


# What a shop's or an archive's menu lists by ("By Category", "By Wine Region", "By
# Company Size"): no person.
_FACET_WORDS = frozenset(
    " ".join(
        (
            "category categories type topic topics subject section year month date industry role",
            "brand country region state city location occasion size company specialty",
            "manufacturer grape wine price color colour style product season collection format",
            "genre platform department author theme level email popularity rating relevance tag",
            "tags make model solution solutions technology",
        )
    ).split()
)


def _is_facet(words: list[str]) -> bool:
    return len(words) <= 2 and all(word.casefold() in _FACET_WORDS for word in words)


# A credit to a reviewer or a fact-checker that heads a line of credits.
_OTHERS_CREDIT = re.compile(
    r"([\w-]+ ){0,2}(reviewed|checked|fact-checked|verified|edited) by\b", re.IGNORECASE
)
_CREDIT_SEPARATOR = re.compile(r" [—–|·•] ")
# A blog's account name in lower case ("janedoe", "j.doe"), as a dated byline gives it.
_ACCOUNT = re.compile(r"[a-z][a-z0-9._-]{2,29}")
# Accounts a CMS writes when nobody signed the post.
_NO_ONE = frozenset({"admin", "administrator", "user", "guest", "editor", "staff", "team"})


# Hebrew and Arabic write "and" as a prefix of the next word ("דנה לוי ויוסי כהן").
_ATTACHED_AND = re.compile(r"(?P<first>\S+ \S+) [וو](?P<second>\S+ \S+)")


def split_at_attached_and(name: str) -> list[str]:
    """Two names of two words joined by an attached "and", else the name (in title case
    when written in capitals)."""
    joined = _ATTACHED_AND.fullmatch(name) if name.count(" ") == 3 else None
    if joined is None or not _CASELESS_WORD.match(name):
        return [_titlecase(name) if name.isupper() else name]
    return [joined["first"], joined["second"]]


def _account_name(names: str) -> str | None:
    name = names.strip(" .:;")
    return name if _ACCOUNT.fullmatch(name) and name not in _NO_ONE else None


def _names_outlet(name: str) -> bool:
    """ "The Daily Example", or a broadcaster's or an agency's acronym of three to five
    capitals in a name of mixed case ("BBC Wales", "NBC Chicago"; initials, "JR Smith",
    have fewer letters; "JANE DOE" is a person's name in capitals)."""
    return name.startswith("The ") or (not name.isupper() and _ACRONYM.search(name) is not None)


_ACRONYM = re.compile(r"\b[A-Z]{3,5}\b")
# A wire story's closing credits: "(Reporting by Jane Doe in Geneva and John Roe; Editing by
# Sam Poe)". The reporters are its writers; editors and "additional reporting" are not.
_WIRE_CREDIT = re.compile(
    r"\(?\s*reporting by (?P<names>[^;()]{3,200}?)\s*(?:;[^()]{0,200})?\)?\.?", re.IGNORECASE
)
# (Credits in brackets close the story and leave it as `credit`: see body_tail.)
_WIRE_CREDIT_LABEL = re.compile(r"reporting by\b", re.IGNORECASE)
# "Jane Doe in Geneva": where a reporter filed from.
_FILED_FROM = re.compile(
    r"\s+(?:in|from)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*(?=\s*(?:,|\band\b|$))"
)


def wire_credit_reporters(text: str) -> list[str] | None:
    """The reporters a wire story's closing credits line names ("(Reporting by Jane Doe;
    Editing by Sam Poe)" -> ["Jane Doe"]), or None when ``text`` is no such line."""
    match = _WIRE_CREDIT.fullmatch(text.strip()) if len(text) <= 400 else None
    if match is None:
        return None
    return byline_authors("By " + _FILED_FROM.sub("", match.group("names"))) or None


def cjk_reporter(text: str) -> list[str] | None:
    """The reporter a Korean, Chinese or Japanese byline names ("김민수 기자",
    "本报记者 王明", "毎朝ニュース 政治部 山田太郎"), else None."""
    if len(text) > _MAX_CJK_BYLINE_CHARS:
        return None
    reporters = _KOREAN_REPORTERS.fullmatch(text)
    if reporters:  # "김민지 기자, 이준호 기자", "김민지·이준호 기자"
        return [name for name in _KOREAN_NAME_SPLIT.split(reporters.group("names")) if name]
    tail = _CHINESE_BYLINE_AFTER_SOURCE.fullmatch(text)
    if tail:  # "2025-03-12 09:30 来源：新华社 记者：张伟 李娜": the date and source first
        text = tail.group("byline")
    match = (
        _KOREAN_REPORTER.fullmatch(text)
        or _KOREAN_NAME_LABEL.fullmatch(text)
        or _CHINESE_REPORTER.fullmatch(text)
        or _JAPANESE_DESK_REPORTER.fullmatch(text)
        or _TAIWANESE_REPORTER.fullmatch(text)
    )
    if match is None:
        return None
    more = match.groupdict().get("more") or ""  # "（记者 王明 李华）": two reporters
    return [match.group("name"), *more.replace("、", " ").split()]


def named_with_role(text: str) -> list[str] | None:
    """The names of a line that gives people and their role or institution without a "By"
    ("Jane Doe, Senior Editor", "Jane Doe and John Roe | Guest Columnists", "Ana Pereira,
    University of Lisbon"), else None."""
    if len(text) > _MAX_ROLE_LINE_CHARS:
        return None
    parts = _ROLE_SEPARATOR.split(text, maxsplit=1)
    if len(parts) != 2 or len(parts[1].split()) > 6:
        return None
    role = parts[1]
    if not (_ROLE_WORD.search(role) or AFFILIATION.search(role) or _AGENCY.fullmatch(role.strip())):
        return None
    names = [name.strip() for name in _NAME_SPLIT.split(parts[0])]
    names = [_titlecase(name) if name.isupper() else name for name in names]
    if not names or not all(is_name(name) or is_cjk_name(name) for name in names):
        return None
    return names


def agency_credit(text: str) -> list[str] | None:
    """A news agency's name alone on a line ("Associated Press", "Reuters"): the wire
    story's credit under its headline, as the byline."""
    name = text.strip(" .")
    return [name] if _AGENCY.fullmatch(name) else None


def without_agency_credits(authors: list[str]) -> list[str]:
    """``authors`` without a news agency's credit ("Reuters" over "By Howard Schneider"),
    when a person is named too: the agency is the story's source, not a writer."""
    people = [name for name in authors if not _AGENCY.fullmatch(name)]
    return people or authors


# A company's legal form, split from its name at the comma ("Harbor Lane Robotics, Inc.").
_LEGAL_FORM_PIECE = re.compile(r"(?i:inc|llc|ltd|plc|corp|co|gmbh|ag|l\.?p|llp|s\.?a)\.?")


def without_companies(authors: list[str]) -> list[str]:
    """``authors`` without a company split at its legal form's comma (a press release's
    "News provided by" / "Harbor Lane Robotics, Inc."): the issuer, not a writer."""
    drop: set[int] = set()
    for i, name in enumerate(authors):
        if _LEGAL_FORM_PIECE.fullmatch(name.strip()):
            drop.update({i, i - 1} if i else {i})
    return [name for i, name in enumerate(authors) if i not in drop]


def listed_names(text: str) -> list[str] | None:
    """The names of a line that lists only names ("Jane Doe", "Jane Doe and John Roe"),
    else None."""
    names = [name.strip(" .:;") for name in _NAME_SPLIT.split(text)]
    return names if all(is_name(name) for name in names) else None


def is_newsroom_role(text: str) -> bool:
    """A line that is only a newsroom role ("Transport correspondent", "Staff Writer"): the
    line above it names its holder."""
    return len(text) <= _MAX_NEWSROOM_ROLE_CHARS and _NEWSROOM_ROLE_LINE.fullmatch(text) is not None


# "Text" alone over the writer's name, as magazines credit text and photos on lines of
# their own ("Texto" / "Rita Carvalho" / "Fotografia" / "Lusa").
_LONE_TEXT_LABEL = re.compile(r"(?-i:Texto|Text|Texte|Tekst|Teksti|Testo|TEXTO|TEXT|TEKST)")


def is_byline_label(text: str) -> bool:
    """A line that is only a byline's label ("By", "Written by", "Author:", "Von"): the
    names follow on the next line."""
    return len(text) <= 25 and (
        _BYLINE_LABEL.fullmatch(text) is not None
        or _LONE_TEXT_LABEL.fullmatch(text) is not None
        or _CJK_BYLINE_LABEL.fullmatch(text) is not None
    )


# A Chinese, Japanese or Korean byline's label alone ("作者：", "執筆者：", "기자명").
_CJK_BYLINE_LABEL = re.compile(r"(作者|撰文|记者|記者|執筆者?|筆者|文|기자명|글)\s?[:：]|기자명")
# A Chinese, Japanese or Korean name where a label or a role says one stands: two to four
# Han characters, family and given name spaced ("山田 太郎"), or two to four Hangul
# syllables ("김민수").
_CJK_PERSON = re.compile(
    r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,3}[ \u3000][\u4e00-\u9fff]{1,3}|[가-힣]{2,4}"
)


def is_cjk_name(text: str) -> bool:
    """Is ``text`` a Chinese, Japanese or Korean name alone ("李明", "山田 太郎", "김민수"),
    shaped so? Only where a label or a role says a name stands: a section's or a place's
    name looks the same."""
    return _CJK_PERSON.fullmatch(text) is not None


def is_label_free(text: str) -> bool:
    """No word of page furniture or a role in ``text`` (as "Recent Posts", "Last updated")."""
    return not (_NOT_A_NAME.search(text) or _INTERFACE_WORDS.search(text))


def is_name(text: str) -> bool:
    """Is ``text`` shaped like a person's name alone ("Jane Doe", "Jean-Luc de la Cruz",
    "Priya N. Raman"): two to four capitalised words, no role or outlet word?"""
    words = text.split()
    if not 2 <= len(words) <= 4 or len(text) > 50:
        return False
    if _NOT_A_NAME.search(text) or _INTERFACE_WORDS.search(text):
        return False
    capitalised = [w for w in words if _NAME_WORD.fullmatch(w) and w[:1].isupper()]
    return (
        all(_NAME_WORD.fullmatch(w) for w in words)
        and words[0] in capitalised
        and words[-1] in capitalised
        and not text.isupper()
    )


def is_caseless_name(text: str) -> bool:
    """Is ``text`` shaped as a name in a script without capitals: two to four short words
    of its letters ("أحمد علي", "דנה לוי", "राहुल शर्मा")?"""
    return len(text) <= 50 and _CASELESS_NAME.fullmatch(text) is not None


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def recased_name(name: str) -> str:
    """A person's name a byline set in capitals, in title case ("SAM PARK" -> "Sam
    Park"): two words or more, the first a known given name (an agency's "AFP" or a
    house's "CITY DESK" stays as written)."""
    words = name.split()
    if len(words) < 2 or not name.isupper() or words[0].casefold() not in FIRST_NAMES:
        return name
    return _titlecase(name)


def _titlecase(name: str) -> str:
    """ "JEAN-PIERRE O'NEIL" -> "Jean-Pierre O'Neil": each run of letters capitalised."""
    return _LETTER_RUN.sub(lambda run: run.group().capitalize(), " ".join(name.split()))


def is_role_credit(part: str) -> bool:
    """A newsroom role with no name ("Staff Reporter", "Special Correspondent", "Web Desk",
    "নিজস্ব প্রতিবেদক"): a house credit."""
    words = part.casefold().strip(" .,:;|-–—").split()
    return bool(words) and all(word in ROLE_WORDS for word in words)


def without_credentials(text: str) -> str:
    """``text`` without the degrees and post-nominals after its name ("Jane Doe, MS, RDN",
    "John Roe, M.D. FACLM" -> the name)."""
    parts = text.split(", ")
    while len(parts) > 1 and all(_CREDENTIAL.fullmatch(word) for word in parts[-1].split()):
        parts.pop()
    return ", ".join(parts)


def without_role(part: str) -> str:
    """``part`` without a newsroom role after the name ("Rina Kusuma, Jurnalis")."""
    role = _TRAILING_ROLE.fullmatch(part)
    return role.group("name") if role else part


# A portal's copy of another site's story, over its text: "Source: example.com | Jane Doe".
_PORTAL_SOURCE = re.compile(r"source ?: ?[\w-]+(?:\.[\w-]+)+ ?[|•·] ?(?P<name>[^|•·]{3,50})", re.I)


def portal_source_writer(text: str) -> list[str] | None:
    """The writer a portal's "Source: site | Name" line names, None for any other line."""
    found = _PORTAL_SOURCE.fullmatch(text.strip())
    if found is None:
        return None
    name = found.group("name").strip()
    return [name] if is_name(name) or is_caseless_name(name) else None
