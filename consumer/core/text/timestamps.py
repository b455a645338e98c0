"""Publication and update timestamps on their own lines ("Published: 10:32 GMT, 1 January 2023").

Only dates written in the dump are returned, as RFC 3339 (date-time when the time and
zone are given, else the full date); relative times ("3 hours ago") give nothing.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from consumer.core import bikram_sambat, ethiopian, solar_hijri
from consumer.core.text.month_names import TEXT_MONTHS, THAI_SHORT_MONTHS

ZONES: dict[str, str] = {
    "gmt": "+00:00", "utc": "+00:00", "z": "+00:00", "bst": "+01:00", "cet": "+01:00",
    "cest": "+02:00", "mez": "+01:00", "mesz": "+02:00", "eet": "+02:00", "eest": "+03:00",
    "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00",
    "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "ist": "+05:30", "jst": "+09:00",
    "aest": "+10:00", "aedt": "+11:00", "wib": "+07:00", "wita": "+08:00", "trt": "+03:00",
    "msk": "+03:00", "brt": "-03:00", "kst": "+09:00", "hkt": "+08:00", "sgt": "+08:00",
    "clt": "-04:00", "clst": "-03:00", "cot": "-05:00", "pet": "-05:00", "vet": "-04:00",
    "uyt": "-03:00",
}  # fmt: skip

# "Published", "Updated" in the languages news is written in: the word that ends a byline
# run into its date line ("Av Kari Nordmann Publisert 26.11.2026").
PUBLICATION_WORDS = (
    r"(published|posted|updated|"
    r"veröffentlicht|aktualisiert|publié|mis à jour|modifié|publicado|actualizado|modificado|"
    r"modificato|"
    r"pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|publicerad|uppdaterad|"
    r"opublikowano|aktualizacja|zaktualizowano|yayınlanma( tarihi)?|yayınlandı|güncelleme|"
    r"közzétéve|frissítve|actualizat|δημοσίευση|δημοσιεύθηκε|ενημέρωση|ενημερώθηκε|"
    r"cập nhật|تاریخ انتشار|به\u200c?روز ?رسانی|به\u200c?روز ?شده|"
    r"güncellendi|diterbitkan|dipublikasikan|diperbarui|입력|수정|최종 ?수정|発行|公開|配信|更新|"
    r"更新日|发布|发布时间|更新时间|publikováno|aktualizováno|offentliggjort|udgivet|"
    r"opdateret|publisert|oppdatert|julkaistu|päivitetty|publicat|actualitzat|"
    r"опубліковано|оновлено|опубликовано|обновлено|פורסם|עודכן|प्रकाशित|अपडेटेड|"
    # Tamil "published", "updated"; Bengali "published"; Urdu "published"; Thai
    # "published", "updated"; Swahili "published", "updated"
    r"வெளியிடப்பட்டது|புதுப்பிக்கப்பட்டது|প্রকাশিত|شائع|เผยแพร่|อัปเดต|imechapishwa|"
    r"imesasishwa)"
)
_LABEL = (
    rf"(last updated|modified|first published|date|stand|{PUBLICATION_WORDS})"
    r"( on| le| am| el| il| op| em| den)?"
)
_LABELLED = re.compile(_LABEL + r" ?:? ?", re.IGNORECASE)
# How a page words a notice of its date ("This article was last updated on 26 November
# 2026", "Dieser Artikel wurde zuletzt am 26.11.2026 aktualisiert"): a line that says only
# that is a date line (``meta_line`` checks the rest). (The HTML mode keeps such lines:
# WCXB's truth does.)
DATE_NOTICE = re.compile(
    r"^\W*((this|the) (article|story|page|post|piece) (was|has been)( last| first| originally)?|"
    r"(dieser|der) (artikel|beitrag|text) wurde( zuletzt| erstmals)?|"
    r"cet article a été|este (artículo|artigo) (fue|ha sido|foi)|"
    r"questo articolo è stato|dit artikel is( voor het laatst)?)",
    re.IGNORECASE,
)
_NOT_PUBLICATION_LABELS = frozenset({"date", "stand", "posted"})
_LABEL_ALONE = re.compile(r"(last |first )?" + _LABEL + r" ?:?", re.IGNORECASE)
# The words that say a date is an update, not the first publication.
UPDATE_WORDS = (
    r"updated|last updated|modified|aktualisiert|mis à jour|modifié|actualizado|modificado|"
    r"aggiornato|modificato|"
    r"atualizado|bijgewerkt|uppdaterad|aktualizacja|zaktualizowano|güncelleme|güncellendi|"
    r"diperbarui|수정|최종 ?수정|更新|aktualizováno|opdateret|oppdatert|päivitetty|"
    r"frissítve|actualizat|ενημέρωση|ενημερώθηκε|cập nhật|به\u200c?روز ?رسانی|به\u200c?روز ?شده|"
    r"actualitzat|оновлено|обновлено|עודכן|अपडेटेड|புதுப்பிக்கப்பட்டது|อัปเดต|imesasishwa|"
    r"mise à jour|aggiornamento|atualização|آخر تحديث|تم التحديث"
)
_UPDATE_LABEL = re.compile(f"({UPDATE_WORDS})", re.IGNORECASE)
_TIME = (
    r"(?P<h>\d{1,2})[:.h](?P<mi>\d{2})( ?(?P<ampm>[ap]\.?m\.?))?"
    r"( ?\(?(?P<tz>(gmt|utc|z|bst|cest|cet|mesz|mez|eest|eet|est|edt|cst|cdt|mst|mdt|pst|pdt|"
    r"ist|jst|aest|aedt|wib|wita|trt|msk|brt|kst|hkt|sgt|clst|clt|cot|pet|vet|uyt|et|pt|ct)"
    r"\b(?![+-]\d)|"
    r"(gmt|utc) ?[+-]\d{1,2}(:?\d{2})?|[+-]\d{2}:?\d{2}))?"
)
_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"
    r"([t ](?P<h>\d{2}):(?P<mi>\d{2})(:(?P<s>\d{2}))?(\.\d{1,6})?(?P<tz>z|[+-]\d{2}:?\d{2})?)?",
    re.IGNORECASE,
)
# A month's letters; the vowel signs of the Indic scripts (Devanagari to Sinhala) and of
# Thai are marks, not word characters ("नवंबर", "নভেম্বর", "மார்ச்", "พฤศจิกายน").
# (May is two characters in Hindi, Bengali and Tamil: "मई", "মে", "மே".)
_MONTH_LETTERS = r"([^\W\d_]|[\u0900-\u0dff\u0e31-\u0e4e]){3,12}|[\u0900-\u0dff]{2}"
# ("de": Spanish and Portuguese "5 de março de 2026"; "ga": Hausa "5 ga Maris, 2026")
_DAY_MONTH_YEAR = re.compile(
    r"(?P<d>\d{1,2})(st|nd|rd|th|er|\.)? (de |ga )?(?P<mon>" + _MONTH_LETTERS + r")\.?(,|,? )"
    r"(de |พ\.ศ\. ?)?(?P<y>\d{4})",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    r"(?P<mon>[a-z]{3,9})\.? (?P<d>\d{1,2})(st|nd|rd|th)?([,.]|[,.]? )(?P<y>\d{4})", re.IGNORECASE
)
# "19-Dec-2025", "19 Dec. 2025" is _DAY_MONTH_YEAR.
# ... and with dots, as Brazilian papers write it: "28.nov.2026 às 14h30".
_DAY_MON_YEAR_DASHED = re.compile(
    r"(?P<d>\d{1,2})([-.])(?P<mon>[a-zäéèûç]{3,10})\2(?P<y>\d{4})", re.I
)
# Hungarian, year first: "2025. november 25.", "2025. nov. 25."
_YEAR_MONTH_DAY = re.compile(
    r"(?<!\d)(?P<y>\d{4})\. (?P<mon>[^\W\d_]{3,12})\.? (?P<d>\d{1,2})\.?(?!\d)"
)
# Sinhala, year first without the dot: "2026 මාර්තු 05".
_SINHALA_DATE = re.compile(
    r"(?<!\d)(?P<y>\d{4}) (?P<mon>[\u0d80-\u0dff\u200d]{2,16}) (?P<d>\d{1,2})(?!\d)"
)
# Latvian "2026. gada 5. martā" (year, "of the year", day, month) and Lithuanian "2026 m.
# kovo 5 d." (year, "y.", month, day, "d.").
_LATVIAN_DATE = re.compile(
    r"(?<!\d)(?P<y>\d{4})\. gada (?P<d>\d{1,2})\. (?P<mon>[^\W\d_]{3,12})", re.I
)
_LITHUANIAN_DATE = re.compile(
    r"(?<!\d)(?P<y>\d{4}) m\. (?P<mon>[^\W\d_]{3,12}) (?P<d>\d{1,2}) d\.", re.I
)
# Mongolian numbers its months: "2026 оны 3 сарын 5", "2026 оны 3 дугаар сарын 5".
_MONGOLIAN_DATE = re.compile(
    r"(?<!\d)(?P<y>\d{4}) оны (?P<mo>\d{1,2})( дугаар| дүгээр)? сарын (?P<d>\d{1,2})(?!\d)",
    re.I,
)
# The dates that name their month, in the order they are tried.
_NAMED_MONTH_DATES = (
    _DAY_MONTH_YEAR,
    _MONTH_DAY_YEAR,
    _DAY_MON_YEAR_DASHED,
    _YEAR_MONTH_DAY,
    _LATVIAN_DATE,
    _LITHUANIAN_DATE,
    _SINHALA_DATE,
)
# Chinese, Japanese and Korean: "2025年11月25日", "2025년 11월 25일".
_CJK_DATE = re.compile(r"(?P<y>\d{4}) ?[年년] ?(?P<mo>\d{1,2}) ?[月월] ?(?P<d>\d{1,2}) ?[日일]")
# Thai: "25 พ.ย. 2568", "25 พฤศจิกายน พ.ศ. 2568", "25 พ.ย. 68": the year of the Buddhist
# era (543 years ahead), two-digit in short dates; "ค.ศ." marks a Gregorian year.
_THAI_DATE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2}) ?(?P<mon>[\u0e01-\u0e4e]{1,3}\.[\u0e01-\u0e4e]{1,2}\.)"
    r" ?(?P<era>(พ\.ศ\.|ค\.ศ\.) ?)?(?P<y>\d{4}|\d{2})(?!\d)"
)
_BUDDHIST_ERA_OFFSET = 543
# Vietnamese writes the month as a number after "tháng" (month): "25 tháng 11, 2025",
# "ngày 25 tháng 11 năm 2025".
_VIETNAMESE_DATE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2}) tháng (?P<mo>\d{1,2})(,| năm) ?(?P<y>\d{4})(?!\d)", re.IGNORECASE
)
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
# Persian and Afghan pages: "۶ آذر ۱۴۰۵", "۶ آذر ماه ۱۴۰۵", "۱۴۰۵/۰۹/۰۶" (Solar Hijri).
_SOLAR_HIJRI_DATE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2}) (?P<mon>" + "|".join(solar_hijri.MONTHS) + r")( ماه)?،? "
    r"(?P<y>\d{4})(?!\d)"
)
# What tells a year-first numeric date of 13xx or 14xx as Solar Hijri: Persian digits or
# letters Arabic lacks; the lunar Hijri year (1447 in 2025) is marked "هـ" or "ق".
_PERSIAN_MARK = re.compile(r"[\u06f0-\u06f9پچژگکی]")
_LUNAR_HIJRI_MARK = re.compile(r"هـ|ه‍?\.? ?ق|قمری")
# Arabic pages print the lunar Hijri date beside the Gregorian one ("الخميس 6 جمادى الآخرة
# 1448 هـ - 27 نوفمبر 2026"): never read (its day depends on the moon's sighting), it is
# left out of what the line says besides its date.
_LUNAR_HIJRI_DATE = re.compile(
    r"(?<!\d)\d{1,2} (محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|"
    r"جمادى الثانية|جمادى الأول|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة) \d{4}( ?هـ)?"
)
# Amharic pages: "የካቲት 26 ቀን 2018 ዓ.ም" ("day" after the number, "year of mercy" after the
# year), "የካቲት 26/2018" (the Ethiopian calendar).
_ETHIOPIAN_DATE = re.compile(
    r"(?P<mon>" + "|".join(sorted(ethiopian.MONTHS, key=len, reverse=True)) + r") "
    r"(?P<d>\d{1,2})( ቀን)?(, ?| |/)(?P<y>\d{4})(?!\d)( ?ዓ\.? ?ም\.?)?"
)
# Nepali pages (Bikram Sambat): "मंसिर ५, २०८२", "५ मंसिर २०८२", "२०८२ मंसिर ५ गते"
# ("गते": the day of a Nepali month).
_SAMBAT_MONTH = "(?P<mon>" + "|".join(sorted(bikram_sambat.MONTHS, key=len, reverse=True)) + ")"
_SAMBAT_DAY = r"(?P<d>\d{1,2})(?: गते)?"
_SAMBAT_DATES = (
    re.compile(rf"{_SAMBAT_MONTH} {_SAMBAT_DAY},? (?P<y>\d{{4}})(?!\d)"),
    re.compile(rf"(?<!\d){_SAMBAT_DAY} {_SAMBAT_MONTH},? (?P<y>\d{{4}})(?!\d)"),
    re.compile(rf"(?<!\d)(?P<y>\d{{4}}),? {_SAMBAT_MONTH},? {_SAMBAT_DAY}(?!\d)"),
)
# Devanagari, in which a numeric date of a Sambat year is the Nepali calendar's.
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_CJK_TIME = re.compile(r"(?P<h>\d{1,2}) ?[時时시] ?(?P<mi>\d{1,2}) ?[分분]")
# ... with a space after each dot too, as Czech, Slovak, Serbian, Croatian and Slovenian
# pages write it: "5. 3. 2026", "05. 03. 2026."
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<d>\d{1,2})([./-]|\. )(?P<mo>\d{1,2})\2(?P<y>\d{4})(?![\d/-]|\.\d)"
)
# Day and month in an order only the page's convention tells (not dots: European).
# A two-digit year, with dots only: "25.11.25" (Israel, Europe); read only when the first
# number can only be the day (blogs in the US write "07.16.12" month first, and date
# their comments so: a comment's date read as a date line broke the thread).
_NUMERIC_SHORT_YEAR = re.compile(
    r"(?<![\d/.-])(?P<d>\d{2})\.(?P<mo>\d{2})\.(?P<y>\d{2})(?![\d/-]|\.\d)"
)
_NUMERIC_SLASHED = re.compile(r"\d{1,2}([/-])\d{1,2}\1\d{4}")
# Year first: "2025/4/29", "2025.04.29" (ISO's dashes are _ISO).
_NUMERIC_YMD = re.compile(
    r"(?<![\d/.-])(?P<y>\d{4})([./])(?P<mo>\d{1,2})\2(?P<d>\d{1,2})(?![\d/]|\.\d)"
)
_TIME_ANYWHERE = re.compile(_TIME, re.IGNORECASE)
_GMT_OFFSET = re.compile(r"(gmt|utc) ?(?P<sign>[+-])(?P<h>\d{1,2})(:?(?P<mi>\d{2}))?", re.I)
# What a timestamp line may contain besides its date: labels, times, weekdays, separators.
_LEFTOVER_WORDS = re.compile(
    r"\b(at|on|um|à|às|a las|alle|om|le|el|am|de|del|the|uhr|h|hrs|et|pt|ct|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"kl|klo|saat|pukul|godz|wib|wita|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|"
    r"poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pazartesi|salı|çarşamba|"
    r"perşembe|cuma|cumartesi|pazar|senin|selasa|rabu|kamis|jumat|sabtu|minggu|"
    r"thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật|ngày|"
    # Arabic, Persian and Urdu weekdays; "ساعت" (o'clock)
    r"الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|"
    r"شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه|ساعت|"
    r"پیر|منگل|بدھ|جمعرات|جمعہ|ہفتہ|اتوار)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Timestamp:
    value: str  # RFC 3339
    is_update: bool
    # Written as "3/4/2025": read day first, but it may be month first (US usage).
    order_unsure: bool = False

    def month_first(self) -> Timestamp:
        """The same stamp read month first ("3/4/2025" as 4 March becomes 3 April)."""
        if not self.order_unsure:
            return self
        year, first, second = self.value[:4], self.value[5:7], self.value[8:10]
        return Timestamp(f"{year}-{second}-{first}{self.value[10:]}", self.is_update)


def opens_with_publication_label(text: str) -> bool:
    """Does ``text`` open with the label of a first publication ("First published:",
    "Publié le", "Veröffentlicht am"), not of an update, a post or a bare "Date:"?"""
    match = _LABELLED.match(text)
    if match is None or _UPDATE_LABEL.search(match.group(0)):
        return False
    return match.group(1).casefold() not in _NOT_PUBLICATION_LABELS


def find_timestamp(text: str) -> Timestamp | None:
    """The date written in ``text`` (a short line), RFC 3339, or None."""
    if len(text) > 200:
        return None
    date = _find_date(text)
    if date is None:
        return None
    year, month, day, date_span = date
    if not (1990 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    unsure = day <= 12 and day != month and _NUMERIC_SLASHED.fullmatch(text, *date_span) is not None
    iso = _ISO.match(text, date_span[0])
    if iso and iso.group("h") and iso.group("tz"):
        zone = _zone(iso.group("tz"))
        if zone:
            seconds = int(iso.group("s") or 0)
            value += f"T{int(iso.group('h')):02d}:{int(iso.group('mi')):02d}:{seconds:02d}{zone}"
        return Timestamp(value=value, is_update=_is_update(text, date_span))
    rest = text[: date_span[0]] + " " + text[date_span[1] :]
    clock = _TIME_ANYWHERE.search(rest)
    if clock:
        hour, minute = int(clock.group("h")), int(clock.group("mi"))
        ampm = (clock.group("ampm") or "").replace(".", "").lower()
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        zone = _zone(clock.group("tz")) or _us_zone(clock.group("tz"), year, month, day, hour)
        if zone and hour < 24 and minute < 60:
            value += f"T{hour:02d}:{minute:02d}:00{zone}"
    return Timestamp(value=value, is_update=_is_update(text, date_span), order_unsure=unsure)


def _is_update(text: str, date_span: tuple[int, int]) -> bool:
    """The label just before the date says "updated" (not "published"), or a notice's
    verb after it does ("Dieser Artikel wurde am 26.11.2026 aktualisiert")."""
    start, end = date_span
    if _UPDATE_LABEL.search(text[max(0, start - 40) : start]):
        return True
    return DATE_NOTICE.match(text) is not None and _UPDATE_LABEL.search(text, end) is not None


def is_timestamp_line(text: str) -> bool:
    """A line that holds a date and little else (so it can go from the body)."""
    if len(text) > 120 or find_timestamp(text) is None:
        return False
    return len(re.findall(r"[^\W\d_]{2,}", without_dates(text))) <= 2


def without_dates(text: str, mark: str = " ") -> str:
    """``text`` with its dates, clock times, date labels and weekdays each replaced by
    ``mark``: what a date line says besides its date (a name, a section, a reading time)."""
    for pattern in (
        _ISO,
        *_NAMED_MONTH_DATES,
        _MONGOLIAN_DATE,
        _NUMERIC,
        _NUMERIC_YMD,
        _CJK_DATE,
        _THAI_DATE,
        _VIETNAMESE_DATE,
        _SOLAR_HIJRI_DATE,
        _ETHIOPIAN_DATE,
        *_SAMBAT_DATES,
        _LUNAR_HIJRI_DATE,
        _NUMERIC_SHORT_YEAR,
        _CJK_TIME,
        _TIME_ANYWHERE,
        _LABELLED,
        _LEFTOVER_WORDS,
    ):
        text = pattern.sub(mark, text)
    return text


def is_date_label(text: str) -> bool:
    """A line that is only a date label ("Last updated on:", "Publié le"): the date
    follows on the next line."""
    return len(text) <= 40 and _LABEL_ALONE.fullmatch(text) is not None


def date_span(text: str) -> tuple[int, int] | None:
    """Where the first date written in ``text`` is (start, end), or None."""
    found = _find_date(text)
    return found[3] if found else None


def _find_date(text: str) -> tuple[int, int, int, tuple[int, int]] | None:
    if _TWO_DIGITS.search(text) is None:
        return None  # most lines: every form below needs two digits in a row (its year)
    ethiopian_date = _ethiopian_date(text)
    if ethiopian_date is not None:
        return ethiopian_date
    sambat = _bikram_sambat_match(text)
    if sambat is not None:  # (out of the table: no date, not another calendar's)
        return _from_bikram_sambat(sambat)
    found = _find_written_date(text)
    if found is not None and found[0] in bikram_sambat.SAMBAT_YEARS and _DEVANAGARI.search(text):
        return _as_bikram_sambat(found)  # "२०८२/०८/०५": Nepali, never a Gregorian 2082
    if found is None:
        return _solar_hijri_date(text)
    if solar_hijri.FIRST_YEAR <= found[0] <= solar_hijri.LAST_YEAR:
        return _as_solar_hijri(found, text)
    if found[0] <= _MAX_GREGORIAN_YEAR or not _THAI_LETTER.search(text):
        return found
    year, month, day, span = found  # "25/11/2568" on a Thai page: the Buddhist era
    return year - _BUDDHIST_ERA_OFFSET, month, day, span


_MAX_GREGORIAN_YEAR = 2100
# "listopad" is October in Croatian and November in Polish and Czech: Croatian writes the
# day's ordinal dot ("15. listopada 2026."), Polish does not ("15 listopada 2026") and
# Czech's November is "listopadu" after it.
_CROATIAN_OCTOBER = frozenset({"listopad", "listopada"})
# Every date ``_find_date`` reads has a year of two digits or more (\d{2} or \d{4}: the
# short years of _NUMERIC_SHORT_YEAR and _THAI_DATE, the others' four).
_TWO_DIGITS = re.compile(r"\d\d")


def _find_written_date(text: str) -> tuple[int, int, int, tuple[int, int]] | None:
    iso = _ISO.search(text)
    if iso:
        return int(iso.group("y")), int(iso.group("mo")), int(iso.group("d")), iso.span()
    for pattern in _NAMED_MONTH_DATES:
        for match in pattern.finditer(text):
            name = match.group("mon").lower()
            month = TEXT_MONTHS.get(name)
            if name in _CROATIAN_OCTOBER and text[match.end("d") : match.end("d") + 1] == ".":
                month = 10
            if month:
                return int(match.group("y")), month, int(match.group("d")), match.span()
    numeric = _NUMERIC.search(text)
    if numeric:
        first, second = int(numeric.group("d")), int(numeric.group("mo"))
        # Day first (European order) unless that cannot be: "11/20/2019" is US order.
        day, month = (second, first) if second > 12 >= first else (first, second)
        return int(numeric.group("y")), month, day, numeric.span()
    mongolian = _MONGOLIAN_DATE.search(text)
    if mongolian:
        day, month = int(mongolian.group("d")), int(mongolian.group("mo"))
        return int(mongolian.group("y")), month, day, mongolian.span()
    cjk = _CJK_DATE.search(text)
    if cjk:
        return int(cjk.group("y")), int(cjk.group("mo")), int(cjk.group("d")), cjk.span()
    ymd = _NUMERIC_YMD.search(text)
    if ymd:
        return int(ymd.group("y")), int(ymd.group("mo")), int(ymd.group("d")), ymd.span()
    thai = _thai_date(text)
    if thai:
        return thai
    vietnamese = _VIETNAMESE_DATE.search(text)
    if vietnamese:
        day, month = int(vietnamese.group("d")), int(vietnamese.group("mo"))
        return int(vietnamese.group("y")), month, day, vietnamese.span()
    short = _NUMERIC_SHORT_YEAR.search(text)
    if short:
        day, month = int(short.group("d")), int(short.group("mo"))
        if day <= 12 or month > 12:
            return None  # "08.09.12", "07.16.12": a US blog's month first, or either
        return 2000 + int(short.group("y")), month, day, short.span()
    return None


def _thai_date(text: str) -> tuple[int, int, int, tuple[int, int]] | None:
    """A date with a Thai month's abbreviation, its year in the Buddhist era unless marked
    Gregorian ("ค.ศ.") or below 2400 (a Gregorian year written with a Thai month)."""
    for match in _THAI_DATE.finditer(text):
        month = THAI_SHORT_MONTHS.get(match.group("mon"))
        if month is None:
            continue
        year = int(match.group("y"))
        if len(match.group("y")) == 2:
            year += 2500  # "68": 2568 of the Buddhist era
        if match.group("era") != "ค.ศ." and year >= 2400:
            year -= _BUDDHIST_ERA_OFFSET
        return year, month, int(match.group("d")), match.span()
    return None


def _solar_hijri_date(text: str) -> tuple[int, int, int, tuple[int, int]] | None:
    """A date with a Solar Hijri month's name ("۶ آذر ۱۴۰۵"), in Gregorian."""
    match = _SOLAR_HIJRI_DATE.search(text)
    if match is None:
        return None
    day, month = int(match.group("d")), solar_hijri.MONTHS[match.group("mon")]
    gregorian = solar_hijri.to_gregorian(int(match.group("y")), month, day)
    return (*gregorian, match.span()) if gregorian else None


def _ethiopian_date(text: str) -> tuple[int, int, int, tuple[int, int]] | None:
    """A date with an Ethiopian month's name ("የካቲት 26 ቀን 2018 ዓ.ም"), in Gregorian."""
    match = _ETHIOPIAN_DATE.search(text)
    if match is None:
        return None
    month = ethiopian.MONTHS[match.group("mon")]
    gregorian = ethiopian.to_gregorian(int(match.group("y")), month, int(match.group("d")))
    return (*gregorian, match.span()) if gregorian else None


def _bikram_sambat_match(text: str) -> re.Match[str] | None:
    """A date with a Nepali month's name ("मंसिर ५, २०८२") in ``text``."""
    if not _DEVANAGARI.search(text):
        return None
    return next((m for pattern in _SAMBAT_DATES if (m := pattern.search(text))), None)


def _from_bikram_sambat(match: re.Match[str]) -> tuple[int, int, int, tuple[int, int]] | None:
    """The Gregorian date of a Nepali month's date, None when the calendar's table does
    not hold it."""
    month = bikram_sambat.MONTHS[match.group("mon")]
    gregorian = bikram_sambat.to_gregorian(int(match.group("y")), month, int(match.group("d")))
    return (*gregorian, match.span()) if gregorian else None


def _as_bikram_sambat(
    found: tuple[int, int, int, tuple[int, int]],
) -> tuple[int, int, int, tuple[int, int]] | None:
    """A numeric date of a Sambat year on a Devanagari line, in Gregorian (or None)."""
    year, month, day, span = found
    gregorian = bikram_sambat.to_gregorian(year, month, day)
    return (*gregorian, span) if gregorian else None


def _as_solar_hijri(
    found: tuple[int, int, int, tuple[int, int]], text: str
) -> tuple[int, int, int, tuple[int, int]] | None:
    """A numeric date of year 13xx or 14xx on a Persian line, in Gregorian; None when the
    line's calendar is not known to be the solar one."""
    if not _PERSIAN_MARK.search(text) or _LUNAR_HIJRI_MARK.search(text):
        return None
    year, month, day, span = found
    gregorian = solar_hijri.to_gregorian(year, month, day)
    return (*gregorian, span) if gregorian else None


def _zone(name: str | None) -> str | None:
    if not name:
        return None
    offset = _GMT_OFFSET.fullmatch(name)
    if offset:  # "GMT+7", "UTC-05:30"
        hours, minutes = offset.group("h"), offset.group("mi") or "00"
        return f"{offset.group('sign')}{int(hours):02d}:{minutes}" if int(hours) <= 14 else None
    if name[0] in "+-":
        digits = name[1:].replace(":", "")
        return f"{name[0]}{digits[:2]}:{digits[2:]}" if len(digits) == 4 else None
    return ZONES.get(name.lower())


# The US zones written without their season ("1:32 p.m. ET"): standard time's offsets.
_US_STANDARD_OFFSETS = {"et": -5, "ct": -6, "pt": -8}


def _us_zone(name: str | None, year: int, month: int, day: int, hour: int) -> str | None:
    """The offset of "ET", "CT" or "PT" on that day: daylight time from 2 a.m. on the
    second Sunday of March to 2 a.m. on the first Sunday of November (the rule since 2007)."""
    standard = _US_STANDARD_OFFSETS.get((name or "").lower())
    if standard is None or year < 2007:
        return None
    starts = (3, _nth_sunday(year, 3, 2), 2)
    ends = (11, _nth_sunday(year, 11, 1), 2)
    summer = starts <= (month, day, hour) < ends
    return f"-{-(standard + summer):02d}:00"


def _nth_sunday(year: int, month: int, nth: int) -> int:
    """The day of the month of its ``nth`` Sunday."""
    first_weekday = datetime.date(year, month, 1).weekday()  # Monday is 0
    return 1 + (6 - first_weekday) % 7 + 7 * (nth - 1)


# "3 hours ago", "updated 16M ago", "vor 2 Stunden", "il y a 5 min", "hace 3 días"; a
# clock time or a video length may follow ("7H ago 08:51").
AGO_UNITS = (
    r"(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wk|weeks?|"
    r"mo|months?|y|yr|years?|minuten?|stunden?|std|tagen?|wochen?|monaten?|jahren?|"
    r"heures?|jours?|semaines?|mois|ans?|minutos?|horas?|días?|dias?|semanas?|meses|"
    r"años?|minuti|ore|giorni|settimane|mesi|anni|uur|dagen|weken|maanden|jaar)"
)
_RELATIVE_TIME = re.compile(
    r"(" + _LABEL + r" ?:? ?)?"
    # a news app's card names its source before the age ("Springfield Ledger · 2d",
    # "Springfield Ledger - 2h")
    r"([^\W\d_][^·•|]{0,40} [·•–—-] )?"
    # a short date and time may lead ("25/11/25 10:15 ‧ há 2 horas"): too short to read
    r"(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}( \d{1,2}[:h]\d{2})? ?[|•·‧,-]? ?)?"
    r"((\d{1,3} ?" + AGO_UNITS + r"\.? (ago|geleden|fa|atrás))|"
    r"((vor|il y a|hace|há|ha) \d{1,3} ?" + AGO_UNITS + r"\.?)|"
    r"(an? (minute|hour|day|week|month|year) ago)|just now|"
    # the app's compact age, in lower case ("2d", "5h", "30m"): "3M" is a name
    r"(?-i:\d{1,3}(s|m|h|d|w|mo|y)))"
    r"( ?[|•·‧,-]? ?\d{1,2}:\d{2}(:\d{2})?)?",
    re.IGNORECASE,
)


_SEPARATORS = " •·|‧"
_BARE_AGE = re.compile(r"\d{1,3} ?" + AGO_UNITS + r"\.?", re.IGNORECASE)


def is_relative_time_line(text: str) -> bool:
    """A line that holds only a relative time ("2H ago", "vor 3 Stunden"): it dates a
    teaser or a comment, and gives no date of its own."""
    if len(text) > 60:
        return False
    # a news app sets the age between separators ("Story by X • 2h •", "• 3 Std. •")
    bare = text.strip(_SEPARATORS)
    return _RELATIVE_TIME.fullmatch(bare) is not None or (
        bare != text and _BARE_AGE.fullmatch(bare) is not None
    )
