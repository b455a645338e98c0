"""The headline: republisher noise stripped ("... trends now", "... - Yahoo News"), copies found."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from consumer.core.publishers import BARE_TITLE_NOISE, SITE_NAME_WORDS
from consumer.core.scripts import word_count as script_word_count
from consumer.core.text.sources import (
    agency_by_abbreviation,
    publisher_by_name,
    republisher_in_title,
)
from consumer.core.text.stopwords import STOPWORDS
from consumer.core.text.timestamps import date_span

# A site name after (or before) a separator: " | MSN", " - Yahoo News", " / Boing Boing";
# Chinese portals join the parts with underscores and no spaces ("标题_新闻中心_示例网").
_SEPARATOR = re.compile(
    r"(?: (?=[^_])|(?<=[\u4e00-\u9fff])(?=_))"
    r"(\||-|–|—|::|·|•|»|«|›|‹|_|/)"
    r"(?: |(?<=_)(?=[\u4e00-\u9fff]))"
)
# A Japanese or Chinese title's site name after a full-width bar ("見出し｜NHK") or colon
# ("見出し：朝陽新聞デジタル"); after the colon only a news outlet's name (a colon also
# parts a headline: "外交部：中方坚决反对").
_CJK_SITE_SEPARATOR = re.compile(
    r"｜|：(?=[^：｜]{1,20}(?:新聞|新闻|デジタル|ニュース|新聞網|新闻网|オンライン|NEWS|News|"
    r"日報|日报|新報|通信|タイムズ|電子版)$)"
)
# Words, with the vowel signs and other marks of Indic and Thai scripts inside them ("\w"
# stops at them: "समाचार" fell apart into "सम", "च", "र"); the dandas are no part of one.
_WORDS = re.compile(r"[\w\u0300-\u036f\u0900-\u0963\u0966-\u0dff\u0e00-\u0e7f]+")
_MAX_NOISE_WORDS = 5
_INWARD = frozenset("»›")  # "Site » Section » Page": the parts after it are the page's
# A paged story's part in its <title> ("Headline | Page 2", "Schlagzeile - Seite 3").
_PAGE_NUMBER = re.compile(
    r"(page|seite|página|pagina|pagine|part|teil|parte|partie|strona|sida|sivu|side) \d+", re.I
)
# Words of a site's section names, in the languages of the dumps ("Ekonomi Haberleri").
_SECTION_WORD_LIST = (
    "news latest world local national international business economy economics politics "
    "sport sports tech technology science health entertainment culture lifestyle travel "
    "opinion finance markets weather and & breaking top headlines stories updates today "
    "nachrichten aktuell wirtschaft politik kultur "
    "panorama ratgeber welt lokales actualités actualite actualité économie politique monde "
    "noticias economía política deportes mundo notizie economia politica esteri cronaca "
    "nieuws economie binnenland buitenland wiadomości gospodarka polityka świat haberleri "
    "haberler haber ekonomi gündem spor dünya siyaset magazin teknoloji sağlık berita "
    "bisnis olahraga nyheter notícias nyheder uutiset zprávy správy hírek știri vijesti "
    "новости новини ειδήσεις أخبار"
)
_SECTION_WORDS = frozenset(_SECTION_WORD_LIST.split())
_MAX_NOISE_CHARS = 40
# Lower-case words inside a publication's name.
_NAME_PARTICLE_LIST = (
    "of the and for on do da dos das de del della di du des la le el van der den von y e het "
    "am im zum zur"
)
_NAME_PARTICLES = frozenset(_NAME_PARTICLE_LIST.split())
# A capitalised word behind an elided article ("l'Ouest", "dell'Umbria", "d'Azur").
_ELIDED_NAME = re.compile(r"(?:l|d|dell|nell|all|sull)['’][A-ZÀ-ÖØ-Þ]\w*")
MAX_HEADLINE_WORDS = 30
_MAX_HEADLINE_CHARS = 250
_MIN_TRIMMED_WORDS = 3  # what is left of a headline once a date is cut off
_MAY_START_WITH_DATE = re.compile(r"\d|[^\W\d_]{3,9}\.? \d")
# A source's name in brackets after the headline: "Headline (Reuters)", "Titel (dpa)".
_BRACKETED_CREDIT = re.compile(r"(?P<head>.+?) [(\[](?P<name>[^()\[\]]{2,40})[)\]]")
# A source's name in brackets before the headline: "[Yahoo News] Headline".
_BRACKETED_LEAD = re.compile(r"[\[(](?P<name>[^()\[\]]{2,40})[)\]] (?P<head>.+)")
# The kind of media a headline links to, in brackets at either end: "Headline [Video]".
_MEDIA_TAG = r"(?P<tag>[\[(](?:video|videos|photos?|gallery|watch|live|audio|podcast|listen)[)\]])"
_MEDIA_TAG_BEFORE = re.compile(_MEDIA_TAG + r" (?P<head>.+)", re.IGNORECASE)
_MEDIA_TAG_AFTER = re.compile(r"(?P<head>.+) " + _MEDIA_TAG, re.IGNORECASE)
# A date after the site's name in a <title>: "X — РИА Новости, 29.11.2026".
# A wire desk's version slug glued to the headline, in capitals: "UPDATE 2-", "REFILE-",
# "CORRECTED-UPDATE 1-", "RPT-", "WRAPUP 3-" (a copy of the wire's feed keeps it).
_WIRE_VERSION = re.compile(
    r"^(?:(?:REFILE|CORRECTED|RPT|UPDATE \d{1,2}|WRAPUP \d{1,2})-)+(?=[A-Z0-9\"'‘“])"
)
_DATE_AFTER_NAME = re.compile(r"[,;]? \d{1,4}[./-]\d{1,2}[./-]\d{1,4}( \d{1,2}:\d{2})?$")
# "Bloomberg via Yahoo Finance": the publisher, then the aggregator that shows its story.
_VIA = re.compile(r"(?P<publisher>.+?) via (?P<republisher>.+)", re.IGNORECASE)
_ORNAMENT = re.compile(r"\s+[⋆★☆•|*~»]+$")
_EMPHASIS = re.compile(r"(?<!\w)[*_]{1,2}([^*_]+)[*_]{1,2}(?!\w)")
_STEM_CHARS = 5
# Chinese characters and Japanese kana, written with no spaces between words.
_HAN_OR_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_HAN_OR_KANA_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]+")
_KANA_ONLY = re.compile(r"[\u3040-\u309f]+")  # hiragana: particles and endings
_FIRST_PICTOGRAPH = 0x2190  # the arrows block: symbols and emoji from here on
_PICTOGRAPH_JOINERS = frozenset("\ufe0f\ufe0e\u200d ")


@dataclass(frozen=True, slots=True)
class CleanTitle:
    text: str
    noise: list[str]  # what was stripped, outermost last
    republisher: str | None = None
    publisher: str | None = None  # a known publisher named in the stripped noise
    site: str | None = None

    @property
    def noise_words(self) -> tuple[str, ...]:
        """The stripped noise, lower-case, to strip from other headlines of the same copy."""
        return tuple(n.casefold() for n in self.noise if n)


def clean_title(title: str, extra_noise: tuple[str, ...] = ()) -> CleanTitle:
    """Strip republisher and site-name noise from both ends of ``title``."""
    text = title.strip()
    noise: list[str] = []
    republisher = publisher = site = None
    for _ in range(3):
        stripped = _strip_bare_suffix(text, BARE_TITLE_NOISE + extra_noise)
        if stripped is not None:
            noise.append(text[len(stripped) :].strip())
            text = stripped
            continue
        tag = _MEDIA_TAG_BEFORE.fullmatch(text) or _MEDIA_TAG_AFTER.fullmatch(text)
        if tag and word_count(tag["head"]) >= 3:  # "Headline [Video]", "(PHOTOS) Headline"
            noise.append(tag["tag"])
            text = tag["head"]
            continue
        bracketed = _bracketed_source(text)
        if bracketed is not None:  # "[Yahoo News] Headline", "Headline (AP)"
            shown, name, text = bracketed
            republisher, publisher, site = _with_named(
                _name_noise(name), republisher, publisher, site
            )
            noise.append(shown)
            continue
        parts = _SEPARATOR.split(_CJK_SITE_SEPARATOR.sub(" | ", text))
        if len(parts) < 3:
            break
        head, tail = " ".join(parts[:-2]).strip(), parts[-1].strip()
        first, rest = parts[0].strip(), " ".join(parts[2:]).strip()
        if _is_site_name(tail, head):
            republisher, publisher, site = _with_named(
                _tail_name(tail), republisher, publisher, site
            )
            noise.append(tail)
            text = _rejoin(parts[:-2])
        elif _is_known_name(first) and len(rest.split()) >= 3:
            republisher, publisher, site = _with_named(
                _name_noise(first), republisher, publisher, site
            )
            noise.append(first)
            text = _rejoin(parts[2:])
        else:
            break
    return CleanTitle(text or title.strip(), noise, republisher, publisher, site)


_Named = tuple[str | None, str | None, str | None]  # (republisher, publisher, site)


def _with_named(
    named: _Named, republisher: str | None, publisher: str | None, site: str | None
) -> _Named:
    """What the title already named, else what ``named`` adds (the outermost noise first)."""
    return republisher or named[0], publisher or named[1], site or named[2]


def _bracketed_source(text: str) -> tuple[str, str, str] | None:
    """(the noise as shown, the source's name, the headline) of "[Yahoo News] Headline" or
    "Headline (Reuters)", "Headline (AP)": a known source or agency in brackets."""
    for pattern in (_BRACKETED_LEAD, _BRACKETED_CREDIT):
        match = pattern.fullmatch(text)
        if match is None or word_count(match["head"]) < 3:
            continue
        shown = match["name"]
        name = agency_by_abbreviation(shown) or (shown if _is_known_name(shown) else None)
        if name:
            return shown, name, match["head"]
    return None


# A markdown heading's marks left on a copy too plain to be read as markdown ("# Storm
# knocks out power"; not "#1 in sales": the marks stand apart).
_HEADING_MARKS = re.compile(r"^#{1,6} +(?=\S)")


def trim_headline(text: str) -> str:
    """``text`` without what a list or a template wraps a headline in: a date before it
    ("Dec 18 2025 Preparing a release"; one after it is often the title's own, as in
    "Weekly report 12/19/2025"), emphasis marks ("*Title*"), a markdown heading's marks
    ("# Title"), a trailing ornament, a wire desk's version slug ("UPDATE 2-Grain prices
    jump", "REFILE-")."""
    text = _without_leading_pictographs(text.strip())
    text = _WIRE_VERSION.sub("", text, count=1)
    text = _HEADING_MARKS.sub("", text, count=1)
    span = date_span(text) if _MAY_START_WITH_DATE.match(text) else None
    if span and span[0] == 0 and word_count(text[span[1] :]) >= _MIN_TRIMMED_WORDS:
        text = text[span[1] :].lstrip(" -–—|:·•,")
    text = _ORNAMENT.sub("", text)
    if len(text) > 2 and text[0] == text[-1] and text[0] in "*_":
        text = text[1:-1].strip()
    return _EMPHASIS.sub(r"\1", text)


def _without_leading_pictographs(text: str) -> str:
    """``text`` without the emoji and symbols a channel's post opens with ("⚡️ Port
    workers vote to strike", "🔴 LIVE: ..."): symbols from the arrows block on, with
    their variation selectors and joiners (not "©" or "№", nor a letter of any script)."""
    start = 0
    while start < len(text) and (
        text[start] in _PICTOGRAPH_JOINERS
        or (ord(text[start]) >= _FIRST_PICTOGRAPH and unicodedata.category(text[start]) == "So")
    ):
        start += 1
    return text[start:].lstrip() if start and text[start:].strip() else text


def repeated_form(
    title: CleanTitle, line_keys: set[str], top_keys: frozenset[str] = frozenset()
) -> CleanTitle:
    """The part of a separated title that the text repeats as a line of its own.

    A page's <title> ("Headline | Section | Site") and its visible headline ("Headline")
    both reach a dump: the bare line shows where the headline ends, whatever the suffix
    or prefix says, so the rest is noise even when it names no known site.
    ``top_keys`` are the keys of the page's first lines (its header).
    """
    # "Blog Name: Post title" (Blogger's <title>) above the post's own title line. A label
    # shown as a line of its own elsewhere is a topic ("Impeachment hearings: Key moments
    # ...", its tag line); shown at the top of the page, it is the blog's name over its
    # header.
    label, colon, rest = title.text.partition(": ")
    shown = colon and word_count(rest) >= 2 and title_key(rest) in line_keys
    if shown and (title_key(label) not in line_keys or title_key(label) in top_keys):
        named = _name_noise(label) if _is_known_name(label) else (None, None, None)
        republisher, publisher, site = _with_named(
            named, title.republisher, title.publisher, title.site
        )
        return CleanTitle(rest, [*title.noise, label], republisher, publisher, site)
    parts = _SEPARATOR.split(title.text)
    if len(parts) < 3:
        return title
    for cut in range(len(parts) - 2, 0, -2):  # the longest head first, then tails
        head, tail = _rejoin(parts[:cut]), _rejoin(parts[cut + 1 :])
        # A tail is the headline only when longer than what it drops ("Site | Headline"):
        # a short tail that the page also shows is its name ("Headline | Powered by X").
        # It comes first when the head is shown at the top of the page and the tail is
        # not: the head is then the blog's name over its header ("Blog Name - Post title");
        # and after an arrow that points inward ("Blog Name » Post title"): the page's
        # own part is the last (unless the page's header shows it: the site's name).
        pairs = [(head, tail)]
        if word_count(tail) > word_count(head):
            if title_key(tail) not in top_keys and (
                title_key(head) in top_keys or parts[cut] in _INWARD
            ):
                pairs.insert(0, (tail, head))
            else:
                pairs.append((tail, head))
        for kept, dropped in pairs:
            if word_count(kept) >= 2 and title_key(kept) in line_keys:
                republisher, publisher, site = title.republisher, title.publisher, title.site
                if kept is head and not (republisher or publisher):
                    # "Headline | Section | Site": the last part names the page's site
                    named = _tail_name(parts[-1].strip())
                    republisher, publisher, site = named[0], named[1], site or named[2]
                return CleanTitle(kept, [*title.noise, dropped], republisher, publisher, site)
    return title


def _tail_name(tail: str) -> tuple[str | None, str | None, str | None]:
    """(republisher, publisher, site) that the last part of a page's <title> names, when
    it reads as a name: a few words, not only section words, no page number ("Page 2")."""
    if (
        word_count(tail) > _MAX_NOISE_WORDS
        or _is_section_name(tail)
        or _PAGE_NUMBER.fullmatch(tail)
    ):
        return None, None, None
    return _name_noise(_DATE_AFTER_NAME.sub("", tail) or tail)


def is_headline_shaped(line: str) -> bool:
    """A line of headline length that is not a sentence (a description ends with a full
    stop after a dozen words). Chinese and Japanese headlines are counted in characters
    (``word_count``): they put no spaces between words."""
    words = word_count(line)
    if not 2 <= words <= MAX_HEADLINE_WORDS or len(line) > _MAX_HEADLINE_CHARS:
        return False
    return not (line.endswith(".") and not line.endswith("...") and words > 12)


def headline_likeness(title: str, line: str) -> float:
    """How much ``line`` reads as another wording of the headline ``title``: the Dice
    overlap of their content words (0 to 1), 0 when ``line`` is not shaped like a
    headline."""
    if not is_headline_shaped(line):
        return 0.0
    wanted, found = content_words(title), content_words(line)
    if not wanted or not found:
        return 0.0
    return 2 * len(wanted & found) / (len(wanted) + len(found))


def content_words(text: str) -> set[str]:
    """The words of ``text`` but function words ("the", "of", "für"), cut to their first
    five letters so that a word's forms match ("strategy", "strategies"). Chinese and
    Japanese write no spaces: a run of their characters gives its pairs of characters
    ("高校授業料" -> "高校", "校授", "授業", "業料"), not those of kana alone (particles,
    "から")."""
    words = set()
    for word in title_key(text).split():
        if word in STOPWORDS:
            continue
        if _HAN_OR_KANA.search(word) is None:
            words.add(word[:_STEM_CHARS])
            continue
        for run in _HAN_OR_KANA_RUN.split(word):
            if run and _HAN_OR_KANA.search(run) is None:
                words.add(run[:_STEM_CHARS])  # "2030年" -> "2030", "年"
        for run in _HAN_OR_KANA_RUN.findall(word):
            pairs = {run[k : k + 2] for k in range(max(1, len(run) - 1))}
            words.update(pair for pair in pairs if not _KANA_ONLY.fullmatch(pair))
    return words


def title_key(text: str) -> str:
    """Comparison form of a headline: case-folded words only (of its first 4,000 chars)."""
    return " ".join(_WORDS.findall(text[:4_000].casefold()))


def shared_noise_suffix(title: str, headlines: list[str]) -> str | None:
    """Trailing words (2-4) that the title and every other headline share: aggregator noise."""
    if not headlines:
        return None
    title_words = title.split()
    for size in (4, 3, 2):
        if len(title_words) <= size + 2:
            continue
        suffix = " ".join(title_words[-size:]).casefold()
        if all(h.casefold().endswith(" " + suffix) for h in headlines):
            return suffix
    return None


def _rejoin(parts: list[str]) -> str:
    # parts alternate text / separator (the split pattern has one group).
    return "".join(
        part if i % 2 == 0 or part == "_" else f" {part} " for i, part in enumerate(parts)
    ).strip()


def _strip_bare_suffix(text: str, noises: tuple[str, ...]) -> str | None:
    lowered = text.casefold()
    for noise in noises:
        if lowered.endswith(" " + noise) and len(text) > len(noise) + 10:
            return text[: -len(noise)].rstrip(" -|:")
    return None


def _is_known_name(text: str) -> bool:
    return republisher_in_title(text) is not None or publisher_by_name(text) is not None


def _is_site_name(tail: str, head: str) -> bool:
    """Is ``tail`` (after the last separator) a site name rather than part of the headline?"""
    if not tail or len(tail) > _MAX_NOISE_CHARS or word_count(tail) > _MAX_NOISE_WORDS:
        return False
    if word_count(head) < 3:
        return False
    if _is_known_name(tail) or re.fullmatch(r"[\w-]+(\.[\w-]+)+", tail):
        return True
    via = _VIA.fullmatch(tail)
    if via:
        return _is_site_name(via["publisher"], head) and _is_site_name(via["republisher"], head)
    words = tail.split()
    if any(word.casefold() in SITE_NAME_WORDS for word in words):
        return True
    # An unknown name: capitalised words, no sentence punctuation, shorter than the headline.
    # Scripts without case (CJK) count as capitalised, and so do the particles inside a
    # name ("Jornal do Vale", "Corriere della Sera", "The Times of India").
    capitalised = sum(
        1
        for i, w in enumerate(words)
        if not w[:1].islower()
        or (0 < i < len(words) - 1 and w in _NAME_PARTICLES)
        or _ELIDED_NAME.fullmatch(w) is not None
    )
    return (
        capitalised == len(words) and not tail.endswith((".", "?", "!")) and len(tail) < len(head)
    )


def _is_section_name(tail: str) -> bool:
    """A tail made only of section words ("Ekonomi Haberleri", "Sport", "World News")
    names the page's section, not its publisher."""
    words = [word.strip(",.:;&") for word in tail.casefold().split()]
    return bool(words) and all(word in _SECTION_WORDS for word in words if word)


def word_count(text: str) -> int:
    """Words, counting two CJK characters as one word and four Thai, Lao, Burmese or
    Khmer letters and signs as one (those scripts put no spaces between words)."""
    return script_word_count(text)


def _name_noise(name: str) -> tuple[str | None, str | None, str | None]:
    """(republisher, publisher, site) that a title's noise names."""
    via = _VIA.fullmatch(name)
    if via:
        _, publisher, site = _name_noise(via["publisher"])
        aggregator = via["republisher"]
        return republisher_in_title(aggregator) or aggregator, publisher, site
    republisher = republisher_in_title(name)
    if republisher:
        return republisher, None, None
    known = publisher_by_name(name)
    if known:
        return None, known[1], known[0]
    return None, name, None
