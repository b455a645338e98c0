"""Author names: split bylines, drop "By", roles, URLs and handles."""

from __future__ import annotations

import re
import unicodedata

from consumer.core.enrich.gazetteer import is_place
from consumer.core.html.titles import name_key
from consumer.core.html.tree import unescape_entities
from consumer.core.text.byline import (
    AFFILIATION,
    CASELESS_LETTERS,
    IDEOGRAPHIC_COMMA,
    LOWER_AND,
    OUTLET_PREPOSITIONS,
    is_role_credit,
    split_at_attached_and,
    without_agency_credits,
)
from consumer.core.text.timestamps import PUBLICATION_WORDS

# Labels a byline puts before the name with a colon ("Autor: Anna Kowalska", "作者：李明").
COLON_LABELS = (
    r"authors?|autor|autorka|autore|autora|autori|autorii|auteur|auteurs|yazan|yazar|muhabir|"
    r"text|texto|tekst|words|reporting|reporter|"
    r"szerző|szerzők|συντάκτης|συντάκτες|автор|авторка|tác giả|penulis|כתב|כתבה|כותב|"
    # Baltic, South Slavic, Belarusian, Icelandic, Azerbaijani, Uzbek, Georgian, Armenian;
    # Croatian "writes", Finnish "text", Mongolian "reporter"
    r"autorius|autoriai|autors|аутор|аўтар|avtor|avtorica|höfundur|müəllif|muallif|ავტორი|"
    r"հեղինակ|piše|teksti|сурвалжлагч|"
    r"كتب|كتبت|نویسنده|نویسندگان|लेखक|作者|记者|記者|"
    # Persian "reporter", Urdu "report" and "correspondent", Hindi and Nepali
    # "correspondent", Hindi "reporter", Tamil "reporter", Amharic "reporter"
    r"خبرنگار|رپورٹ|نامہ نگار|संवाददाता|रिपोर्टर|செய்தியாளர்|ዘጋቢ"
)
_BY = re.compile(
    r"^\s*(?:(?:written|posted|published|reported|words|text|story|analysis|opinion|"
    r"commentary|perspective|geschrieben|erstellt|verfasst|"
    r"veröffentlicht|publiziert|écrit|publié|escrito|publicado|scritto|pubblicato)\s+)?"
    r"(?:by|von|par|por|di|door|av|af|przez|oleh|του|της|מאת|द्वारा|โดย|بقلم|(?-i:de))(?:\s*:\s*|\s+)"
    # Swahili "Na Juma Hassan", Filipino "Ni Juan Dela Cruz" (the name fills the element)
    # ... Hausa "Daga Aminu Bello", Yoruba "Láti ọwọ́ Adéwálé Ògúnlànà"
    r"|^\s*(?-i:N[ai]|Daga|Láti ọwọ́)\s+(?=(?-i:[A-ZÀ-Þ])\S+(?:\s+(?-i:[A-ZÀ-Þ])\S+){1,2}\s*$)"
    rf"|^\s*(?:{COLON_LABELS})\s*[:：՝፡፦]\s*"
    r"|^\s*(?:本报|本報)?(?:记者|記者)\s+"  # "本报记者 李明": "our reporter" before the name
    r"|^\s*文\s*[/／｜|]\s*",  # "文/李明": "text by"
    re.I,
)
# A reporter's title after the name in Korean and Chinese bylines ("김민수 기자").
_TITLE_AFTER = re.compile(r"\s+(?:기자|특파원|记者|記者)$")
# Single-letter conjunctions ("y", "e") are left out: they are also initials. Many
# languages' "and" is lower-case only (``LOWER_AND``: "Dan", "Ja" and "I" start or are names).
_SPLIT = re.compile(
    rf"\s*(?:,|;|{IDEOGRAPHIC_COMMA}|\band\b|&|\bund\b|\bet\b|\||(?-i:(?<!\S)(?:{LOWER_AND})(?!\S)))\s*",
    re.I,
)
# The place a story was filed from before the writer, in a script without capitals: one
# word, a dash, the name of two words or more ("دبي - أحمد خالد").
_PLACE_BEFORE = re.compile(
    rf"[{CASELESS_LETTERS}]{{2,20}} [-–—] (?=[{CASELESS_LETTERS}]+ [{CASELESS_LETTERS}])"
)
# Credentials after a name: "Jane Doe, MD", "PhD", "RDN".
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,5}[®™]?|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|Dr\.?|MSc|BSc|MBA)$")
_ROLE = re.compile(
    r"\s*(?:[-–—|,]\s*)?\b(?:staff writer|senior (?:writer|reporter|correspondent)|"
    r"correspondent|reporter|editor|contributor|columnist|"
    r"(?:chief |senior |lead )?(?:meteorologist|forecaster)|for [A-Z][\w ]{1,40}|publiziert|"
    rf"{PUBLICATION_WORDS})\b.*$",
    re.I,
)
_NOT_A_NAME = re.compile(r"https?://|www\.|@|\d{3,}|^\W*$|^/")  # "/jane-doe": a profile path
# What a CMS writes when it has no author: placeholders, admin accounts, record ids.
_PLACEHOLDER = re.compile(
    r"undefined|null|none|n/?a|unknown|(?:\w+[ _])?admin(?:istrator)?|admin_\w+|"
    r"[0-9a-f]*\d[0-9a-f]*(?:-[0-9a-f]+)+",
    re.I,
)
# A label and a colon left before a name once the byline's own labels are gone: another
# role's ("Foto: John Roe", "design: Jane Doe"), or one a site chose ("Kolumne: X").
_OTHER_LABEL = re.compile(r"(?P<label>[^\W\d_]+)\s*[:：]\s*")
_OTHER_ROLE_LABEL = re.compile(
    r"photo(?:s|graphy)?|fotos?|fotó|zdjęcie|bild(?:er)?|images?|pictures?|illustrations?|"
    r"graphics?|grafik|video|camera|kamera|design|code|sources?|quelle|fuente|fonte|"
    r"credits?|edit(?:or|ed|ing)|produc(?:tion|er)|translat(?:ion|or)",
    re.I,
)
_SMALL_NUMBER = re.compile(r"\d{1,2}")
# Others a byline credits, not the story's authors ("edited by", "photos by", "reviewed
# by").
OTHER_ROLE = re.compile(
    r"^\W*(?:edited|photos?|photographs?|pictures?|illustrations?|illustrated|translated|"
    r"graphics?|video|(?:medically |clinically |expert(?:ly)? )?reviewed|fact[- ]checked)\s+by\b",
    re.I,
)
# The word that leads from the name to the date, and the date ("By Jane Doe on March 3",
# "Jörn Mecher am 5. Mai").
_DATE_LEAD = re.compile(r"\s+(?:on|at|am|le|el|il)(?:\s+.*\d.*)?$")
MAX_AUTHORS = 10
# The day a byline's relative time names, after the name ("Pieter de Vries Vandaag, 11:42").
_RELATIVE_DAY = re.compile(
    r"\s+(?:today|yesterday|heute|gestern|vandaag|gisteren|aujourd'hui|hoy|ayer|oggi|ieri|"
    r"hoje|ontem|dzisiaj|wczoraj|idag|igår|tänään|eilen|tegnap|сегодня|вчера|сьогодні|"
    r"вчора|σήμερα|χθες)$",
    re.I,
)
# A newsroom's place named after the writer: "ARD-Hauptstadtstudio", "WDR-Studio Brüssel".
_NEWSROOM_PLACE = re.compile(r"\w*(studio|redaktion|büro|newsroom)\b", re.I)


# Page furniture that a byline's element or a CMS's author field holds in place of a
# name: a button ("Tweet", "Permalink", "Copier"), a link ("Contact the author", "Become
# an Author", "Authors List", "Archives", "From The Forum"), a greeting ("Hi"), an empty
# field's text ("No Author").
_FURNITURE_WORDS = frozenset(
    """
    a an the us our from no of to
    author authors list archive archives contact become tweet permalink website copier
    hi hello forum mehr user users administrative rss feed login logout log sign in register
    subscribe place ad ads advertise filed under category categories my account
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_WORD = re.compile(r"\w+")
# A feed's link after the name ("Jane Doe RSS feed").
_FEED_AFTER = re.compile(r"\s+RSS(?:\s+feed)?$", re.I)
# A piece of a bio's sentence split at its commas ("..., a community for freelancers").
_PROSE_START = re.compile(r"(?-i:a|an|the) ")
# A picture's credit in the author's place ("Фото из Инстаграма X", "Photo courtesy of X").
_PICTURE_CREDIT = re.compile(r"(?:photos?|fotos?|фото|zdjęci[ea])\b", re.I)


def is_furniture(name: str) -> bool:
    """Is ``name`` made only of page furniture's words ("Contact the author", "Tweet")?"""
    words = _WORD.findall(name.lower())
    return bool(words) and all(word in _FURNITURE_WORDS for word in words)


def clean_authors(raw_names: list[str]) -> list[str]:
    """Individual author names in order, without duplicates or byline furniture."""
    names: list[str] = []
    for raw in raw_names:
        parts = _SPLIT.split(_BY.sub("", unescape_entities(raw[:300])))
        for k, part in enumerate(parts):
            if is_role_credit(part):
                # A house credit stands for the newsroom, whole ("Staff Reporter, Dhaka":
                # not "Staff" and the place); after a name it is that writer's role.
                credit = " ".join(part.split()).strip(" .,:;|-–—")
                if k == 0 and not names and credit:
                    names.append(credit)
                break
            if OTHER_ROLE.match(part) or (k and part.split(" ", 1)[0] in OUTLET_PREPOSITIONS):
                continue  # (", da Folha de S.Paulo": the outlet the writer works for)
            if names and AFFILIATION.search(part):
                continue
            name = _ROLE.sub("", _BY.sub("", _PLACE_BEFORE.sub("", part, count=1)))
            name = name.strip(" .,:;|-–—")
            name = _TITLE_AFTER.sub("", name)
            name = _DATE_LEAD.sub("", " ".join(_before_time(name.split())))
            name = _FEED_AFTER.sub("", _RELATIVE_DAY.sub("", name))
            if is_furniture(name) or _PICTURE_CREDIT.match(name) or _PROSE_START.match(name):
                continue
            if not name or _NOT_A_NAME.search(name) or len(name) > 60 or _CREDENTIAL.match(name):
                continue
            if names and is_place(name):
                continue  # "Von Jana Meier, Berlin": the place the story was filed from
            if any(map(str.isdigit, name.split()[-1])):
                continue  # a date's day ("mayo 11"), not a name's last word
            if _PLACEHOLDER.fullmatch(name):
                continue
            label = _OTHER_LABEL.match(name)
            if label and sum(1 for p in parts if _OTHER_LABEL.match(p.strip())) > 1:
                break  # a list of credits by role ("content: X, design: Y, code: Z")
            if label and _OTHER_ROLE_LABEL.fullmatch(label["label"]):
                continue  # another role's credit after the writer: "Foto: John Roe"
            name = name[label.end() :] if label else name
            if len(name.split()) > 5:
                continue
            # Hebrew and Arabic attach "and" to the second name ("דנה כהן ויוסי לוי").
            pair = split_at_attached_and(name)
            for one in pair if len(pair) == 2 else [name]:
                if one.lower() not in (n.lower() for n in names):
                    names.append(one)
    if len(names) > 1:
        # "Jane Doe, John Roe | The Daily Example": beside people, "The ..." is the outlet.
        names = [name for name in names if not name.startswith("The ")] or names
        # ... and so is a news agency or a broadcaster's studio ("Jane Doe, Reuters", "Von
        # Jonas Berger, ARD-Hauptstadtstudio")
        names = without_agency_credits([n for n in names if not _NEWSROOM_PLACE.search(n)] or names)
        names = [name for name in names if not _part_of_another(name, names)]
    return names[:MAX_AUTHORS]


def _before_time(words: list[str]) -> list[str]:
    """The words of a name before how long ago a byline says it was posted: a small
    number, one or two words of time, and the lower-case words before the number ("Jane
    Doe 2 hours ago", "Aleš Vávra před 2 hodinami", "Anne Roux il y a 3 heures")."""
    end = next((i for i, word in enumerate(words) if _SMALL_NUMBER.fullmatch(word)), len(words))
    after = words[end + 1 :]
    if not 1 <= len(after) <= 2 or not all(map(str.isalpha, after)):
        return words
    while end > 0 and words[end - 1].islower():
        end -= 1
    return words[:end] or words


def _part_of_another(name: str, names: list[str]) -> bool:
    """A one-word name that is part of another name listed: the account name the page
    also gives ("devindra" beside "Devindra Hardawar")."""
    if " " in name:
        return False
    key = name_key(name)
    return any(other != name and key in name_key(other) for other in names)


def without_marks(text: str) -> str:
    """``text`` without its combining marks: the vowel signs of Devanagari, Thai or
    Bengali are marks, not word characters, and would break a name in two for ``\\w``."""
    return "".join(char for char in text if unicodedata.category(char)[0] != "M")
