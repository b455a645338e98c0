"""Photo captions: told apart from body paragraphs, their duplicate copies found.

Aggregators print each caption twice (under the photo and in the gallery), exactly or as
a truncated prefix. The copy kept is the one that stands next to a paragraph (a
subheading inside the text, not its entry in a table of contents above), else the first.
A group of copies becomes one caption (its longest text) when it reads like a caption:
no final sentence punctuation, or a caption marker such as "(pictured)". A copied line
that ends like a sentence is a duplicated paragraph. A single line is a caption only
when it carries a marker and no final full stop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from consumer.core.scripts import word_count
from consumer.core.text.timestamps import DATE_NOTICE, PUBLICATION_WORDS
from consumer.core.text.title import title_key

_MARKER = re.compile(
    r"\((pictured|pictured (left|right|above|below|centre|center)|left|right|above|below|"
    r"centre|center|file photo|file|im bild|links|rechts|à gauche|à droite|en la imagen|"
    r"izquierda|derecha|nella foto|in foto|na foto|"
    # who stands where: "Jane Roe (l.) and Sam Poe", "(v. l.)", "(from left)"
    r"l\.|r\.|li\.|re\.|v\. ?l\.|von links|from left)\)|"
    # an archive or stock photo, said in brackets at the end ("(Archivbild)", "(photo
    # d'archives)", "(foto de archivo)", "(archieffoto)", "(архивное фото)")
    r"\((archivbild|archivfoto|symbolbild|symbolfoto|archive photo|stock photo|"
    r"photo d'archives?|image d'archives?|archives|illustration|foto de archivo|"
    r"imagen de archivo|foto d'archivio|immagine d'archivio|foto de arquivo|"
    r"imagem de arquivo|archieffoto|archiefbeeld|arkivbild|arkivfoto|zdjęcie archiwalne|"
    r"archivní (foto|snímek)|архивное фото|фото из архива|архівне фото|φωτογραφία αρχείου|"
    r"fotografie de arhivă|archív fotó)\)$|"
    r"^(above|below|pictured|top|bottom|left|right|main picture|main image|inset|"
    r"im bild|auf dem bild|ci-dessus|en la imagen|en la foto|nella foto|na foto|"
    r"photo|foto|image|bild)\s?:|"
    r"\((photo|foto|image|picture|bild|credit|crédit|source|quelle|fuente)s? ?:[^)]{1,80}\)$|"
    # Chinese: "图为招聘会现场。新华社记者 王强 摄" (the photo shows ..., taken by X)
    r"^(图为|圖為|图片为|圖片為)|"
    r"(记者|記者|通讯员|通訊員) ?[^\s。，]{1,12}( [^\s。，]{1,4})? ?(摄|攝)[)）]?$|"
    # ... or with no colon after a photo word: "(foto Ansa)", "(Photo by Jane Roe)"; not
    # "(PHOTOS)", which tags a related headline.
    r"\((photo|foto|bild|imagen|immagine)s? [^)]{1,60}\)$|"
    r"^(media|image|video|photo) caption\b|"
    r"\b(ap photo|reuters|afp|getty images|epa|dpa|picture alliance|efe|ansa|anp|belga|"
    r"xinhua|aap|kyodo|yonhap|pa|antara( foto)?|pap|lusa|tass|anadolu|ctk|mti|ntb|zuma|"
    r"nurphoto|abaca|bloomberg|imago|the canadian press|la presse canadienne) ?/ ?[^/]{1,60}\)?$|"
    # a photographer credited by the abbreviation for photo ("... w Warszawie. Fot. PAP/X")
    r"\b(fot|zdj|fotó)\. ?(?-i:[A-Z])[^.!?]{0,60}$|"
    r"\((afp|ap|reuters|getty( images)?|epa|dpa|efe|ansa|anp|belga|sipa|maxppp|keystone|"
    r"pa( wire)?|ap photo|رويترز|أ ?ف ?ب|أ\.ف\.ب|الفرنسية|الأناضول|غيتي|أسوشيتد برس)\)$|"
    # A credit at the end of the line: "... the landing site. Credit: ESA",
    # "(Image credit: NASA)", "... La Paz. © Reuters / Jane Doe", "... in 1995.
    # Credit...Jane Doe/The Times" (an ellipsis where the page had the credit's own line).
    # (the Finnish, Icelandic, Nordic and Bulgarian words too: "... Helsingissä. Kuva: X")
    r"((photograph|photo|image|picture|foto|bild|kuva|mynd|bilde|billede|снимка) ?|"
    r"\b(?-i:Credit|CREDIT))(credit|crédit)?s?"
    r"( ?: ?|\.\.\.|…)"
    r"(?-i:[A-Z©])[^.:;!?]{0,60}$|"
    # ... in scripts without capitals ("... בירושלים. צילום: יונתן כהן/פלאש 90")
    r"(צילום|تصوير|عکس|تصویر|фото|φωτογραφία|사진|写真|摄影|攝影|图片|圖片|ছবি|படம்|फोटो|"
    r"ფოტო|լուսանկարը|гэрэл зураг) ?[:：՝] ?"
    r"[^.:;!?]{1,60}$|"
    # the Lithuanian credit, the source before "photo" ("... posėdis. ELTA nuotr.")
    r"\. [^.!?]{2,40} nuotr\.$|"
    # ... the Japanese caption's date, place and photographer after "＝": "記者会見する経済
    # 産業相＝28日午後、東京・霞が関、田中一郎撮影"
    r"＝[^＝]{1,80}撮影$|"
    # ... the Korean credit in brackets at the end: "... 태우고 있다. [사진=서울시 제공]"
    r"[\[(](사진|자료|그래픽) ?= ?[^\])]{1,40}[\])]$|"
    r"© ?[^\W\d_][^©.!?]{1,60}$|\(c\) ?[^\W\d_][^©.!?]{1,60}$|"
    # A photo agency after the photographer ("Jane Roe/Shutterstock.com", "X/Reuters files"),
    # or a figure's label ("Abbildung 4: ...").
    r"/(shutterstock|getty images|istock|imago|reuters|afp|dpa|folhapress|agência brasil)"
    r"(\.com)?( files?)?$|"
    r"^(abbildung|abb\.|beitragsbild|titelbild|aufmacherbild)( \d{1,2})?: ?|"
    # a credit in square brackets at the end ("... a past press briefing. [File, Standard]",
    # "[Courtesy]", "[Photo: X]")
    r"\[(file|courtesy|photo|picture|image)\b[^\]]{0,40}\]$",
    re.IGNORECASE,
)
# A note alone in brackets with no label in it: a wire's sign-off ("(أ ف ب)", "(AFP)"),
# not a credit ("(Credit: X)", a caption by itself).
_SIGN_OFF = re.compile(r"\([^():：]{1,40}\)")
# "Image 1 of 3: ..." / "Photo 2/5 - ...": a gallery's numbering before its caption.
GALLERY_PREFIX = re.compile(
    r"(image|photo|picture|foto|bild|slide|imagen|immagine)s? \d{1,3} ?(of|/|von|de|di|sur) ?"
    r"\d{1,3} ?[:.\-–]? ?",
    re.IGNORECASE,
)
# A screen reader's label before a caption ("Image caption, Thick curtains ..."): the
# caption without it.
_CAPTION_LABEL = re.compile(r"(image|media|photo|video|picture) caption ?[,:] ?", re.IGNORECASE)
# "2 of 4 A shopper looks at...": a gallery's numbering with no word before it; taken as
# one only when several lines count up to the same total.
_BARE_GALLERY_PREFIX = re.compile(r"(\d{1,3}) ?(of|/|von|de|di|sur) ?(\d{1,3}) ?[:.\-–]? ?")
# A caption of news photos ends with the day it was taken: "... on Sunday, Nov. 23, 2025."
_DATED_CAPTION_END = re.compile(
    r"\b(on )?((mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
    r"((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|"
    r"\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})\.$",
    re.IGNORECASE,
)
_MIN_CAPTION_SENTENCE_WORDS = 4  # "Garr Reynolds on stage at TEDxKyoto," before the date
_MIN_CAPTION_LOWER_WORDS = 2  # a sentence's verbs and prepositions, not a name and a role
_PUBLICATION = re.compile(rf"\b{PUBLICATION_WORDS}\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[a-z]{3}[.!?] [A-Z]")  # not "Nov. 23" nor "Colo., on"
_SENTENCE_END = re.compile(r"([.!?。！？۔։]|[.!?。！？]['\"’”»)」』])$")
_MIN_PREFIX_CHARS = 25
_MAX_CAPTION_CHARS = 600
_WINDOW = 6  # truncated copies sit near their full version
_PROSE_CHARS = 120  # a neighbour this long is a paragraph
_MIN_CONTENTS_LINES = 3  # a table of contents lists at least this many sub-headings
_MAX_CONTENTS_ENTRY_CHARS = 100


@dataclass(slots=True)
class CaptionVerdict:
    """What the caption stage decided for the lines it was given (by their position)."""

    captions: dict[int, str]  # position of the first copy -> the caption's full text
    duplicates: dict[int, str]  # position -> reason ("duplicate_caption", "duplicate_paragraph")
    merged: dict[int, str]  # position of a kept paragraph -> its longest copy's text
    contents: set[int] = field(default_factory=set)  # entries of a table of contents
    counters: set[int] = field(default_factory=set)  # a gallery's numbering alone ("2 / 4")


def find_captions(texts: list[str]) -> CaptionVerdict:
    """Group copies among ``texts`` (in order) and name captions and duplicates."""
    # (A gallery's numbering or a screen reader's label: either marks a caption.)
    gallery = [GALLERY_PREFIX.match(text) or _CAPTION_LABEL.match(text) for text in texts]
    _number_bare_galleries(texts, gallery)
    # A gallery's numbering alone on its line ("1 / 4" over each photo's caption) is its
    # pager, no caption: the caption is the line beside it.
    counters = {i for i, m in enumerate(gallery) if m and m.end() == len(texts[i])}
    for i in counters:
        gallery[i] = None
    texts = [
        text[m.end() :] if m and m.end() < len(text) else text
        for text, m in zip(texts, gallery, strict=True)
    ]
    keys = [_copy_key(text) for text in texts]
    group_of = list(range(len(texts)))  # union-find parent by position

    def root(i: int) -> int:
        while group_of[i] != i:
            group_of[i] = group_of[group_of[i]]
            i = group_of[i]
        return i

    first_by_key: dict[str, int] = {}
    for i, key in enumerate(keys):
        if not key or i in counters:
            continue
        if key in first_by_key:
            group_of[root(i)] = root(first_by_key[key])
        else:
            first_by_key[key] = i
    for i, key in enumerate(keys):
        if len(key) < _MIN_PREFIX_CHARS:
            continue
        for j in range(max(0, i - _WINDOW), min(len(texts), i + _WINDOW + 1)):
            if j != i and len(keys[j]) > len(key) and keys[j].startswith(key + " "):
                group_of[root(i)] = root(j)
                break
    groups: dict[int, list[int]] = {}
    for i in range(len(texts)):
        if keys[i] and i not in counters:
            groups.setdefault(root(i), []).append(i)

    copied_group = [
        root(i) if len(groups.get(root(i), ())) > 1 else None for i in range(len(texts))
    ]
    in_contents = _contents_entries(texts, copied_group)
    verdict = CaptionVerdict(
        {}, {}, {}, {i for i, entry in enumerate(in_contents) if entry}, counters
    )
    for members in groups.values():
        longest = max(members, key=lambda m: (len(keys[m]), -m))
        full_text = texts[longest]
        first = _among_prose(members, texts) if len(members) > 1 else members[0]
        if len(members) > 1:
            numbered = any(gallery[m] for m in members)
            # A line listed in a table of contents and again between paragraphs is a
            # sub-heading, not a caption printed twice.
            heading = (
                not numbered
                and _prose_beside(first, texts) > 0
                and any(in_contents[m] for m in members if m != first)
            )
            caption = not heading and (numbered or is_caption_like(full_text, copied=True))
            if not caption and _is_fragment_of(texts[first], texts[longest]):
                # A paragraph and a short copy of its opening (a pull quote, a live blog's
                # heading quoting it): the paragraph stays where it stands.
                first = longest
            reason = "duplicate_caption" if caption else "duplicate_paragraph"
            for m in members:
                if m != first:
                    verdict.duplicates[m] = reason
            if caption:
                verdict.captions[first] = full_text
            elif longest != first:
                verdict.merged[first] = full_text
        elif gallery[first] or is_caption_like(full_text, copied=False):
            verdict.captions[first] = full_text
    return verdict


def _is_fragment_of(short: str, full: str) -> bool:
    """Is ``short`` a heading-like excerpt of ``full`` (no sentence end, under half its
    length), not a sentence a teaser list repeats with more after it?"""
    return (
        len(short) < _PROSE_CHARS
        and 2 * len(short) <= len(full)
        and not _SENTENCE_END.search(short)
    )


def _contents_entries(texts: list[str], copied_group: list[int | None]) -> list[bool]:
    """Lines in a run of short copied lines of at least ``_MIN_CONTENTS_LINES`` different
    groups: a table of contents (its entries come again as sub-headings further down). A
    caption printed twice in a row is one group, not a list."""
    entries = [False] * len(texts)
    start = 0
    for i in range(len(texts) + 1):
        if (
            i < len(texts)
            and copied_group[i] is not None
            and len(texts[i]) <= _MAX_CONTENTS_ENTRY_CHARS
        ):
            continue
        if len(set(copied_group[start:i])) >= _MIN_CONTENTS_LINES:
            entries[start:i] = [True] * (i - start)
        start = i + 1
    return entries


def _among_prose(members: list[int], texts: list[str]) -> int:
    """The copy that stands between paragraphs (a subheading in the text, not its entry in a
    table of contents or a menu above it); the first copy when none does."""

    best = max(members, key=lambda m: (_prose_beside(m, texts), -m))
    return best if _prose_beside(best, texts) else min(members)


def _prose_beside(m: int, texts: list[str]) -> int:
    """How many of the lines right before and after ``m`` are paragraphs (0 to 2)."""
    return sum(1 for j in (m - 1, m + 1) if 0 <= j < len(texts) and len(texts[j]) >= _PROSE_CHARS)


def _number_bare_galleries(texts: list[str], gallery: list[re.Match[str] | None]) -> None:
    """Fill ``gallery`` for lines numbered "k of n" with no word before, when two or more
    lines number different items out of the same n (a lone "1 of 4 people..." is prose)."""
    bare = [
        _BARE_GALLERY_PREFIX.match(text) if not g else None
        for text, g in zip(texts, gallery, strict=True)
    ]
    items_of: dict[str, set[str]] = {}
    for m in bare:
        if m:
            items_of.setdefault(m.group(3), set()).add(m.group(1))
    for i, m in enumerate(bare):
        if m and len(items_of[m.group(3)]) >= 2 and int(m.group(1)) <= int(m.group(3)):
            gallery[i] = m


def is_caption_like(text: str, *, copied: bool) -> bool:
    """Does ``text`` read like a photo caption? A copied line needs less evidence."""
    if len(text) > _MAX_CAPTION_CHARS:
        return False
    if word_count(text) < 3:
        return False
    if not copied and _SIGN_OFF.fullmatch(text):
        return False  # a wire's sign-off alone in brackets ("(أ ف ب)"), no caption
    # (the Lithuanian credit's abbreviation is no sentence's stop: "... ELTA nuotr.")
    ends_sentence = _SENTENCE_END.search(text) is not None and not text.endswith(" nuotr.")
    if copied:
        if text.endswith(":") and _MARKER.search(text) is None:
            return False  # a paragraph that opens a list or a quote, printed twice
        # Copies of a dated one-sentence line are a photo's caption printed twice.
        dated = _DATED_CAPTION_END.search(text) is not None and not _SENTENCE_BREAK.search(text)
        return not ends_sentence or dated or _MARKER.search(text) is not None
    return _MARKER.search(text) is not None and not ends_sentence


def is_dated_caption(text: str) -> bool:
    """A photo's caption that ends with the day the photo was taken, a sentence about
    what it shows before the date ("Protesters gather outside the parliament in Berlin,
    March 3, 2024."): four words or more, two of them lower-case, none a publication
    word. Not a date line: "Jane Roe, Staff Writer, March 3, 2024." names and labels,
    "Last updated on Monday, March 3, 2024." says which date it is."""
    end = _DATED_CAPTION_END.search(text)
    if end is None or DATE_NOTICE.match(text):
        return False
    words = text[: end.start()].split()
    lower = [w for w in words if w[:1].islower()]
    return (
        len(words) >= _MIN_CAPTION_SENTENCE_WORDS
        and len(lower) >= _MIN_CAPTION_LOWER_WORDS
        and _PUBLICATION.search(text) is None
    )


def has_caption_marker(text: str) -> bool:
    """Does ``text`` carry a caption's marker ("(pictured)", "Photo: X" at its end, a
    Japanese caption's "＝<date>、<place>、<name>撮影")?"""
    return _MARKER.search(text) is not None


def _copy_key(text: str) -> str:
    """Comparison form: words only, case-folded, a trailing ellipsis dropped."""
    return title_key(text.rstrip(" .…"))
