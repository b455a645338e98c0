"""The lines that head an article in a dump: bylines, dates, reading times and the
names beside them. They leave the body; what they say is returned with their positions,
for the caller to keep those of the article (a full page has other stories' and
comments' bylines too).

Forms: "By X" and its kin (``byline.py``); a lone label and the names or date on the next
line ("Written by" / "Jane Doe", "Last updated on:" / "March 4, 2024"); lines of dates,
names and reading times (``meta_line.py``); a name alone beside a date, a reading time or
a lone date label, or two lines away across a role or a count; "Jane Doe, Senior Editor"
(counted only above the body: below, it attributes a quote).
"""

from __future__ import annotations

import re

from consumer.core.enrich.data.first_names import FIRST_NAMES
from consumer.core.enrich.gazetteer import is_place
from consumer.core.text.article_lines import CAPTION_ROLE, TITLE_ROLE, ArticleLines
from consumer.core.text.byline import (
    IDEOGRAPHIC_COMMA,
    agency_credit,
    byline_authors,
    cjk_reporter,
    is_byline_label,
    is_caseless_name,
    is_cjk_name,
    is_label_free,
    is_newsroom_role,
    listed_names,
    named_with_role,
    without_credentials,
)
from consumer.core.text.captions import has_caption_marker, is_dated_caption
from consumer.core.text.meta_line import MAX_CHARS as MAX_META_CHARS
from consumer.core.text.meta_line import is_reading_time, read_meta_line
from consumer.core.text.month_names import TEXT_MONTHS
from consumer.core.text.timestamps import (
    Timestamp,
    find_timestamp,
    is_date_label,
    is_relative_time_line,
)

_MAX_ROLE_WORDS = 6  # a line between a name and its date ("Senior Editor")
_MAX_COUNT_CHARS = 12  # a follower or view count between a name and its date
_ENDS_WITH_BY = re.compile(r"\b(by|von|par|por|door|di|da)\s?:?$", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]")
_LOWER_WORD = re.compile(r"[^\W\d_]{2,}")
_DIGIT = re.compile(r"\d")
# Every date form a timestamp reads has a four-digit year but "25.11.25" and a Thai short
# date ("25 พ.ย. 68"): a line without them has no date to read (most lines with a
# number: "12 Comments", "Page 2 of 10").
_FOUR_DIGITS = re.compile(r"\d{4}")
# A two-digit year is weak evidence: read only on a short line of its own (a label, the
# date, a clock time), not among a line's " | " items (a video's length, date, source).
_SHORT_YEAR_DATE = re.compile(r"\d\.\d{2}\.\d{2}|[\u0e01-\u0e4e]\. ?\d{2}")
_MAX_SHORT_DATE_LINE_CHARS = 40
_ITEM_SEPARATOR = re.compile(r"[|•·]")
_MAX_DATE_ITEMS = 2
# An embedded post's signature under its text: "— Jane Roe (@janeroe) November 6, 2012"
# (a tweet), "A post shared by Jane Roe (@janeroe) on Jun 16, 2019 at 7:30am PDT" (an
# Instagram post). It credits the quoted post, not the article: no byline, no date line.
_EMBED_SIGNATURE = re.compile(
    r"(?:[—–-] ?|A post shared by ).{1,80}\(@[\w.]{1,30}\)(?: (?P<date>.{1,50}))?", re.IGNORECASE
)


def is_embed_signature(text: str) -> bool:
    """An embedded post's signature: its writer's name and handle, then its date or none."""
    found = _EMBED_SIGNATURE.fullmatch(text)
    return found is not None and (
        found["date"] is None or find_timestamp(found["date"]) is not None
    )


def _may_hold_date(text: str) -> bool:
    """Can ``text`` hold a date a timestamp reads (the cheap test before the reader)?"""
    if _FOUR_DIGITS.search(text):
        return True
    # ... or each of its " | " items is such a date ("פורסם: 28.11.26, 10:42 | עודכן:
    # 28.11.26, 12:05": the first publication and the update, side by side)
    items = _ITEM_SEPARATOR.split(text)
    return len(items) <= _MAX_DATE_ITEMS and all(
        len(item) <= _MAX_SHORT_DATE_LINE_CHARS and _SHORT_YEAR_DATE.search(item) is not None
        for item in items
    )


# Cheap test before the relative-time parser: a number, or a word that may start one.
# The link to a writer's page under their name ("View Profile", "View Staff Page").
_PROFILE_LINK = re.compile(
    r"(view|see) (my |full |author'?s? )?(profile|staff page|bio)", re.IGNORECASE
)
_MAY_BE_RELATIVE = re.compile(r".{0,30}\d|(an? |just|vor|il|hace|há|ha)\b", re.IGNORECASE)
# Cheap test before the byline parser: a byline word somewhere in the line.
_MAY_BE_BYLINE = re.compile(
    r"\b(by|von|par|por|di|door|de|texto|text|authors?|autor|autore|auteure?|redacción|"
    r"av|(?-i:[Aa]f)|oleh|penulis|reporter|yazan|yazar|tác giả|führten?|автор|авторы|текст)\b|"
    r"^((?-i:Na|Ni) |מאת|כתב|بقلم|به قلم|كتب|إعداد|نویسنده|خبرنگار|تحریر|लेखक|रिपोर्ट|โดย|"
    r"ผู้เขียน|(?-i:Tim) )",
    re.IGNORECASE,
)


def find_bylines_and_dates(
    doc: ArticleLines,
) -> tuple[list[tuple[int, list[str]]], list[tuple[int, Timestamp]], frozenset[int]]:
    """Byline and timestamp lines leave the body; returns the names and dates with their
    positions (a full page has other stories' and comments' bylines too), and the
    positions of bylines that count only above the body ("Jane Doe, Editor")."""
    bylines: list[tuple[int, list[str]]] = []
    stamps: list[tuple[int, Timestamp]] = []
    lower_words = _LowerCaseWords(doc)
    header_only: set[int] = set()
    for i, line in enumerate(doc.lines):
        if doc.status[i] is not None or len(line.text) > 200:
            continue
        if is_embed_signature(line.text) or _under_embed_signature(doc, i):
            continue  # an embedded post's credit, or its date on a line of its own
        if is_reading_time(line.text):
            # "7 min read" sits in the article's header, often beside its author's name.
            doc.remove(i, "reading_time")
            beside = _bare_author_beside(doc, i, lower_words)
            bylines.extend([beside] if beside else [])
            continue
        if is_date_label(line.text) and not _next_holds_date(doc, i):
            # "Jane Doe" / "Last updated:" with the date lost: still the article's header.
            doc.remove(i, "timestamp")
            beside = _bare_author_beside(doc, i, lower_words)
            bylines.extend([beside] if beside else [])
            continue
        if _is_issue_date(line.text) and _beside_header_line(doc, i):
            doc.remove(i, "timestamp")  # "Words by X" / "November 2026": a magazine's issue
            continue
        if i and _PROFILE_LINK.fullmatch(line.text) and doc.status[i - 1] is None:
            # "Jane Doe" / "View Profile": the writer's name over the link to their page
            names = _bare_names(doc.lines[i - 1].text, lower_words)
            if names and not _names_headline(doc, i - 1):
                doc.remove(i - 1, "byline")
                bylines.append((i - 1, names))
            continue
        if is_byline_label(line.text):
            labelled = _names_after_label(doc, i)
            bylines.extend([labelled] if labelled else [])
            continue
        names = byline_authors(line.text) if _MAY_BE_BYLINE.search(line.text) else None
        if names is None and "•" in line.text:
            names = _aged_credit_names(line.text)
        if names is None and not line.text.isascii():
            names = cjk_reporter(line.text)
        if names is None:
            names = named_with_role(line.text) or agency_credit(line.text)
            below = i + 1 < len(doc.lines) and doc.status[i + 1] is None
            role = doc.lines[i + 1].text if below else ""
            if names is None and is_newsroom_role(role):
                # "Rebecca Lewis" / "Transport correspondent": the role on a line of its own
                names = named_with_role(f"{line.text}, {role}")
                if names:
                    doc.remove(i + 1, "byline")
            if names:
                header_only.add(i)  # counts only above the body (not a quote's)
        meta = None
        if (
            names is None
            and len(line.text) <= MAX_META_CHARS
            and _may_hold_date(line.text)
            and not has_caption_marker(line.text)  # a photo's caption dates the photo
        ):
            meta = read_meta_line(line.text)
        if meta is not None and is_dated_caption(line.text):
            # "Protesters gather outside the parliament in Berlin, March 3, 2024.": a
            # photo's caption, read in pieces as a date line. It leaves as a caption, not
            # as a date that parts the story around the photo like another story's.
            doc.remove(i, CAPTION_ROLE)
            continue
        if names is not None:
            bylines.append((i, names))
            doc.remove(i, "byline")
            # "By Jane Doe | Published: ... | Updated: ..." lines carry dates too.
            found = map(find_timestamp, line.text.split(" | "))
            stamps.extend((i, stamp) for stamp in found if stamp is not None)
        elif meta is not None:
            doc.remove(i, "timestamp")
            label = i - 1 if i and doc.status[i - 1] is None else None
            if label is not None and is_date_label(doc.lines[label].text):
                # "Last updated on:" / "March 4, 2024": the label says which date it is.
                doc.remove(label, "timestamp")
                stamp = find_timestamp(f"{doc.lines[label].text} {line.text}")
                stamps.extend([(i, stamp)] if stamp else [])
            else:
                stamps.extend((i, stamp) for stamp in meta.stamps)
            if meta.lone_name and _is_proper_name(meta.lone_name, lower_words):
                bare: tuple[int, list[str]] | None = (i, [meta.lone_name])
            elif meta.names:
                bare = (i, meta.names)
            else:
                bare = _bare_author_beside(doc, i, lower_words)
            if bare:
                bylines.append(bare)
        elif (
            len(line.text) <= 60
            and _MAY_BE_RELATIVE.match(line.text)
            and is_relative_time_line(line.text)
        ):
            doc.remove(i, "timestamp")  # dates a teaser or a comment, not the article
    return bylines, stamps, frozenset(header_only)


def _under_embed_signature(doc: ArticleLines, i: int) -> bool:
    """A date alone right under an embedded post's signature ("— Jane Roe (@janeroe)" /
    "November 6, 2012": a dump that puts each text node on its own line)."""
    return (
        i > 0
        and doc.status[i - 1] is None
        and is_embed_signature(doc.lines[i - 1].text)
        and find_timestamp(doc.lines[i].text) is not None
        and len(doc.lines[i].text) <= _MAX_SHORT_DATE_LINE_CHARS
    )


_ISSUE_DATE = re.compile(r"(?P<month>[^\W\d_]{3,10})\.? (19|20)\d\d")
_HEADER_REASONS = frozenset({"byline", "image_credit", "timestamp", "reading_time"})


def _is_issue_date(text: str) -> bool:
    """A month and a year alone ("November 2026"): the issue a story ran in."""
    match = _ISSUE_DATE.fullmatch(text) if len(text) <= 16 else None
    return match is not None and match["month"].casefold() in TEXT_MONTHS


def _beside_header_line(doc: ArticleLines, i: int) -> bool:
    """Is a line next to ``i`` a byline, a credit or a date the header lines removed?"""
    return any(0 <= j < len(doc.lines) and doc.status[j] in _HEADER_REASONS for j in (i - 1, i + 1))


def _bare_author_beside(
    doc: ArticleLines, i: int, lower_words: _LowerCaseWords
) -> tuple[int, list[str]] | None:
    """A name alone on the line next to a timestamp ("Jane Doe" / "Sat, March 2, 2024").

    Without a "By", only a line that starts with a known given name, or whose words the
    dump never writes in lower case, counts: pages put section names and buttons
    ("Industry Insights", "Get Started") beside dates too.
    """
    for j in (i - 1, i + 1, i - 2, i + 2):
        if 0 <= j < len(doc.lines) and doc.status[j] is None:
            # Two lines away, across a role or a dot ("Jane Doe" / "Senior Editor" / date).
            between = doc.lines[(i + j) // 2].text
            if abs(j - i) == 2 and not _may_sit_between(between):
                continue
            text = doc.lines[j].text
            # "राहुल शर्मा, नई दिल्ली": a name, then the place the story was filed from; or
            # the place first, "دبي - أحمد خالد" (a one-word place is no name)
            filed = _NAME_THEN_PLACE.fullmatch(text)
            name = filed["name"] if filed else text
            if filed and " " not in name and is_caseless_name(filed["place"]):
                name = filed["place"]
            # A labelled byline beside the date is read as one ("Par Claire Martin"; "โดย
            # สมชาย ใจดี" is no three-word name but a label and two words).
            labelled = byline_authors(text)
            if labelled:
                doc.remove(j, "byline")
                _remove_place_between(doc, i, j)
                return j, labelled
            if abs(j - i) == 1 and is_caseless_name(name) and _said_once(doc, j, name):
                names = byline_authors("By " + name)
                if names:
                    doc.remove(j, "byline")
                    return j, names
            if abs(j - i) == 1 and _CJK_NAMES.fullmatch(text) and _said_once(doc, j, text):
                doc.remove(j, "byline")  # "山田太郎、佐藤花子": names in a list, no label
                return j, text.split(IDEOGRAPHIC_COMMA)
            if abs(j - i) == 1 and _CJK_NAME.fullmatch(text):
                name = text.replace("\u3000", " ")  # "山田　太郎": family and given name
                if not doc.shown_elsewhere(name, j):
                    doc.remove(j, "byline")  # "山田太郎" alone, shown nowhere else
                    return j, _chinese_names(doc, name)
            names = _bare_names(text, lower_words) if not _names_headline(doc, j) else None
            if names:
                doc.remove(j, "byline")
                _remove_role_under(doc, j)
                _remove_place_between(doc, i, j)
                return j, names
    return None


_HEADLINE_NAME_END = re.compile(r"[,:|(–—-]")


def _names_headline(doc: ArticleLines, j: int) -> bool:
    """Is line ``j`` the person the page's title opens with ("Margaret Hollis" under
    "Margaret Hollis, 1938-2026 | Obituaries"): an obituary's or a profile's headline, not
    its writer?"""
    name = doc.lines[j].text
    for k in range(j):
        title = doc.lines[k].text
        if (k == 0 or doc.status[k] == TITLE_ROLE) and title.startswith(name):
            rest = title[len(name) :].lstrip()
            if rest and _HEADLINE_NAME_END.match(rest):
                return True
    return False


def _remove_place_between(doc: ArticleLines, i: int, j: int) -> None:
    """The place the story was filed from, alone between the name and the date ("Ana
    Souza" / "Brasília" / "28.nov.2026 às 14h30"), goes with the byline."""
    between = (i + j) // 2
    if abs(j - i) == 2 and doc.status[between] is None and is_place(doc.lines[between].text):
        doc.remove(between, "byline")


def _remove_role_under(doc: ArticleLines, j: int) -> None:
    """The role line under a bare byline ("Kari Nordmann" / "Journalist") goes with it."""
    below = j + 1
    free = below < len(doc.lines) and doc.status[below] is None
    if free and is_newsroom_role(doc.lines[below].text):
        doc.remove(below, "byline")


# A bare byline's names, then its outlet: "Jane Doe, CNN", "Jane Doe - Example Daily",
# "Jane Doe / AFP", "Jane Doe for The Guardian".
_NAMES_THEN_OUTLET = re.compile(
    r"(?P<names>[^,|/•·]{5,60}?)(?:, | ?[|/•·] | [-–—] | for )(?P<outlet>[^,|/•·]{2,40})"
)
_OUTLET_LINKS = frozenset({"of", "de", "del", "der", "di", "the", "and", "&"})
# An aggregator's credit line: the outlet, the writer, the story's age in its short form
# ("The Riverside Herald - Maria Lopez • 2d", "Maria Lopez • 5h").
_SHORT_AGE = re.compile(r"\d{1,2}[smhdw]")
_OUTLET_DASH = re.compile(" [-–—] ")


def _aged_credit_names(text: str) -> list[str] | None:
    """The writers an aggregator's credit line names, else None."""
    credit, bullet, age = text.rpartition(" • ")
    if not bullet or "•" in credit or not _SHORT_AGE.fullmatch(age):
        return None
    return listed_names(_OUTLET_DASH.split(credit)[-1])


# Two to four names of Chinese characters in a list ("山田太郎、佐藤花子"); one alone may be
# a source or a place ("人民日报", "北海道").
_CJK_NAMES = re.compile(r"[\u4e00-\u9fff]{2,5}(、[\u4e00-\u9fff]{2,5}){1,3}")
# One such name alone: three to five Han characters ("山田太郎"), or family and given name
# spaced ("山田 太郎"); a Korean one of three Hangul syllables ("김민지"). Two characters
# are more often a section's name ("経済") than a person's; a source or a place alone
# ("人民日报", "北海道") comes again in the menu or the text, a writer's name not.
_CJK_NAME = re.compile(
    r"[\u4e00-\u9fff]{3,5}|[\u4e00-\u9fff]{1,3}[ \u3000][\u4e00-\u9fff]{1,3}|[가-힣]{3}"
)
# Two Chinese names of two or three characters, spaced ("李明 王芳").
_TWO_CHINESE_NAMES = re.compile(r"[\u4e00-\u9fff]{2,3} [\u4e00-\u9fff]{2,3}")
_KANA = re.compile(r"[\u3040-\u30ff]")


def _chinese_names(doc: ArticleLines, name: str) -> list[str]:
    """A spaced name: in Japanese family and given name ("山田 太郎"), in a Chinese dump
    (no kana anywhere in it) two writers ("李明 王芳")."""
    if _TWO_CHINESE_NAMES.fullmatch(name) and not any(
        _KANA.search(line.text) for line in doc.lines
    ):
        return name.split()
    return [name]


_NAME_THEN_PLACE = re.compile(
    r"(?P<name>[^,،|/•·]{3,50}?)(?:[,،] | ?[|/•·] | [-–—] )(?P<place>[^,،|/•·]{2,30})"
)


def _bare_names(text: str, lower_words: _LowerCaseWords) -> list[str] | None:
    """The names a line without a "By" gives, when they are only names ("Jane Doe", "Jane
    Doe and John Roe"), perhaps followed by their degrees ("Jane Doe, MS, RDN") or their
    outlet ("Jane Doe, CNN"). Not a line in capitals: a transcript's speaker ("MARY LOCKE,
    HOST:")."""
    if _in_capitals(text):
        return _names_in_capitals(text)
    text = without_credentials(text)
    names = _names_only(text, lower_words)
    match = _NAMES_THEN_OUTLET.fullmatch(text) if names is None else None
    if match and _is_outlet(match["outlet"]):
        names = _names_only(match["names"], lower_words)
    return names


def _in_capitals(text: str) -> bool:
    """Every word in capitals but the lower-case "and" between names."""
    words = [word for word in text.split() if any(c.isalpha() for c in word)]
    return any(word.isupper() for word in words) and all(
        word.isupper() or word == "and" for word in words
    )


def _names_in_capitals(text: str) -> list[str] | None:
    """A wire's writers in capitals ("JOHN DOE and MARY ROE"), when each name opens with a
    known given name; a transcript's speaker ("MARY LOCKE, HOST:") is none."""
    if ":" in text:
        return None
    names = byline_authors("By " + text)
    if names and all(name.split()[0].casefold() in FIRST_NAMES for name in names):
        return names
    return None


def _names_only(text: str, lower_words: _LowerCaseWords) -> list[str] | None:
    names = listed_names(text)
    if not names or not all(
        name.split()[0].casefold() in FIRST_NAMES or _is_proper_name(name, lower_words)
        for name in names
    ):
        return None
    return names


def _is_outlet(text: str) -> bool:
    """A newsroom's name: up to four words, each capitalised, an acronym, a camel-cased
    brand ("detikFinance") or a domain ("Kompas.com"), or a linking word ("of", "the")."""
    words = text.split()
    return 1 <= len(words) <= 4 and all(
        word in _OUTLET_LINKS or word != word.lower() or "." in word.strip(".") for word in words
    )


def _said_once(doc: ArticleLines, j: int, name: str) -> bool:
    """No word of ``name`` (on line ``j``) comes anywhere else in the dump: a name in a
    script without capitals ("أحمد علي") is told from a section's name ("أخبار محلية")
    so, as a name in Latin script is by the words the dump never writes in lower case."""
    words = set(name.split())
    return not any(words & set(line.text.split()) for k, line in enumerate(doc.lines) if k != j)


def _next_holds_date(doc: ArticleLines, i: int) -> bool:
    return i + 1 < len(doc.lines) and find_timestamp(doc.lines[i + 1].text) is not None


def _may_sit_between(text: str) -> bool:
    """Can ``text`` sit between an author's name and the date: a role ("Senior Editor"),
    a dot, a count ("1,024")? Not a sentence, a date, nor an "Edited by" label."""
    if not _LETTERS.search(text):
        return len(text) <= _MAX_COUNT_CHARS
    return (
        len(text.split()) <= _MAX_ROLE_WORDS
        and not _DIGIT.search(text)
        and not _ENDS_WITH_BY.search(text)  # "Edited by" / "Jane Doe": not the author
    )


def _names_after_label(doc: ArticleLines, i: int) -> tuple[int, list[str]] | None:
    """The names on the line after a lone byline label ("Written by" / "Jane Doe")."""
    j = i + 1
    if j >= len(doc.lines) or doc.status[j] is not None or len(doc.lines[j].text) > 80:
        return None
    text = doc.lines[j].text
    if len(text) <= 3 and text.isupper():
        return None  # the initials of an avatar ("JD"): the name comes later
    names = byline_authors("By " + text)
    names = [name for name in names or () if is_label_free(name)]
    if not names and is_cjk_name(text.replace("\u3000", " ")):
        names = [text.replace("\u3000", " ")]  # "作者：" / "李明"
    if not names:
        return None
    doc.remove(i, "byline")
    doc.remove(j, "byline")
    return j, names


class _LowerCaseWords:
    """Words the dump writes in lower case (common words, not names), read from the
    dump the first time a name needs checking (most dumps never ask)."""

    def __init__(self, doc: ArticleLines) -> None:
        self._doc = doc
        self._words: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            text = "\n".join(line.text for line in self._doc.lines)
            self._words = frozenset(w for w in _LOWER_WORD.findall(text) if w.islower())
        return word in self._words


def reads_as_persons_name(doc: ArticleLines, text: str) -> bool:
    """A name-shaped ``text`` that starts with a known given name, or none of whose words
    the dump writes in lower case ("New York" is not one where "new" is a word)."""
    if text.split()[0].casefold() in FIRST_NAMES:
        return True
    return _is_proper_name(text, _LowerCaseWords(doc))


def _is_proper_name(text: str, lower_words: _LowerCaseWords) -> bool:
    """No word of ``text`` is written in lower case anywhere in the dump ("Market Watch"
    is, as "the market"; "Jane Doe" is not)."""
    return not any(word.casefold() in lower_words for word in _LOWER_WORD.findall(text))
