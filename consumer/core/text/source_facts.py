"""Site, publisher and republisher of a copy, from every clue it carries."""

from __future__ import annotations

import re

from consumer.contract import RawArticle
from consumer.core.publishers import PUBLISHERS
from consumer.core.text.sources import (
    compact_name,
    known_site,
    republisher_in_title,
    republisher_of,
    resolve_named_source,
    site_of_url,
)
from consumer.core.text.title import CleanTitle


def source_facts(
    raw: RawArticle,
    title: CleanTitle | None,
    named_sources: list[str],
    wire: str | None = None,
) -> tuple[str | None, str | None, str | None]:
    """(site, publisher, republisher).

    The original publisher comes first from a "read more from X" line, then from the
    title's site-name noise, then from the URL when it is not an aggregator's, then from
    the ``wire`` agency of the story's dateline ("(Reuters) -") when the copy came through
    an aggregator or has no site of its own. The republisher comes from title noise
    ("- Yahoo News") or an aggregator's URL.
    """
    site = publisher = named_republisher = None
    for name in named_sources:
        aggregator = _republisher_named(name)
        if aggregator:  # "continue reading on MSN" names where the copy was read
            named_republisher = named_republisher or aggregator
        elif not (site or publisher):  # the first that resolves (an aggregator's still counts)
            site, publisher = resolve_named_source(name)
    if title is not None and not (site or publisher):
        site, publisher = title.site, title.publisher
    elif (
        title is not None and title.publisher and not _same_source(title.publisher, site, publisher)
    ):
        # "Headline - Nachrichten heute" over "Mehr von tagesspiegel.de lesen": the title
        # names the copy's republisher, the line its publisher.
        named_republisher = named_republisher or title.publisher
    host = site_of_url(raw.url)
    republisher = (
        (title.republisher if title else None) or named_republisher or republisher_of(host)
    )
    if host and not republisher_of(host):
        hit = known_site(host, PUBLISHERS)
        if not site:
            site = hit[0] if hit else host
        if not publisher and hit and hit[0] == site:
            publisher = hit[1]
    if site and not publisher:
        hit = known_site(site, PUBLISHERS)
        publisher = hit[1] if hit else None
    if wire and not publisher and (republisher or not site):
        # A local paper's copy of an AP story stays the paper's; an aggregator's names
        # the agency.
        wire_site, publisher = resolve_named_source(wire)
        site = site or wire_site
    return site, publisher, republisher


# A Chinese portal's source field on its date or byline line ("2026-03-04 08:30 来源：江城晚报",
# "本文来源：江城晚报 作者：张丽"): the paper whose story the portal shows.
_CJK_SOURCE_FIELD = re.compile(r"(?:本文)?(?:来源|來源|稿源)[:：] ?(?P<name>[^\s|:：/]{2,20})")


def cjk_source_field(line: str) -> str | None:
    """The publisher a Chinese portal's source field names, else None."""
    match = _CJK_SOURCE_FIELD.search(line)
    return match.group("name") if match else None


_MAX_MASTHEAD_CHARS = 60
# The labels after a site's own name ("co.uk", "com.au"): the name is the label before them.
_SUFFIX_LABELS = frozenset({"com", "co", "org", "net", "gov", "edu", "ac", "or", "ne", "go"})


def masthead_name(lines: list[str], site: str) -> str | None:
    """The site's name in two words or more on a line of its own ("The Example Post" on
    example-post.com, "Springfield Ledger" on news.springfieldledger.co.uk): the page's
    masthead, which names the publisher (one word could be a menu's "News")."""
    labels = site.split(".")
    while len(labels) > 1 and (len(labels[-1]) <= 2 or labels[-1] in _SUFFIX_LABELS):
        labels.pop()
    key = compact_name(labels[-1])
    for line in lines:
        name = line.strip()
        if len(name) > _MAX_MASTHEAD_CHARS or not name[:1].isupper():
            continue
        words = name.removeprefix("The ")
        if " " in words and compact_name(words) == key:
            return name
    return None


def _republisher_named(name: str) -> str | None:
    cleaned = name.strip(" .…:-–—>»")
    return republisher_in_title(cleaned) or republisher_of(site_of_url(cleaned))


def _same_source(name: str, site: str | None, publisher: str | None) -> bool:
    """Does ``name`` (a title's site-name noise) name this site or publisher? ("BBC News"
    names bbc.co.uk and the BBC, "Daily Mail" dailymail.co.uk.)"""
    key = compact_name(name)
    site_name = compact_name(site.removeprefix("www.").split(".")[0]) if site else ""
    known = [k for k in (site_name, compact_name(publisher or "")) if len(k) >= 3]
    return any(k in key or key in k for k in known)


# The holder a footer's copyright line names: "© 2026 Gazette Media GmbH", "Copyright ©
# 한빛일보. 무단전재 ...", "جميع الحقوق محفوظة © 2026 صحيفة ...". The name ends at a full stop,
# a bar, a comma, a dash, the year after it ("© Le Courrier de l'Ouest 2026") or the
# rights notice; "© Copyright Name" names it after the word.
_HOLDER = re.compile(
    # ("Copyright 2026 X." without the sign: only with the year, "Copyright Policy" is a link)
    # ("저작권자(c) 연합뉴스": the sign spelt "(c)")
    r"(?:(?:©|\(c\))\s*(?:copyright\s+)?|\bcopyright\s+(?=(?:19|20)\d\d))"
    r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?"
    r"(?P<name>[^\W\d_][^|©,\n]{1,60}?)\s*"
    r"(?:\.(?:\s|$)|[|,]|\s[-–—]\s|(?:19|20)\d\d\b|all rights reserved|alle rechte|"
    r"tous droits|todos los derechos|tutti i diritti|무단|$)",
    re.IGNORECASE,
)
# A company's legal form after its name, not part of the publication's name.
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:gmbh|ag|ltd\.?|limited|inc\.?|llc|plc|kft\.?|zrt\.?|a\.\s?s\.?|s\.r\.o\.?|"
    r"s\.a\.?|s\.l\.?|srl|b\.v\.?|co\.?|corp\.?|sas|sarl|spa|s\.p\.a\.?|oy|ab|as|pty|"
    r"l\.p\.?|llp))+$",
    re.IGNORECASE,
)
_MAX_HOLDER_WORDS = 6
_NOT_A_HOLDER = re.compile(
    r"copyright|rights|reserved|https?:|www\.|[@/]|\d|הזכויות|الحقوق|सर्वाधिकार", re.IGNORECASE
)


# A photo's credit before the sign ("Photo d'illustration © BELGA", "Foto: © dpa",
# "Bild © X", "写真：© 共同"): the sign credits the picture's agency, not the page's holder.
_PHOTO_CREDIT = re.compile(
    r"\b(photos?|photographs?|pictures?|pics?|images?|illustrations?|credits?|fotos?|"
    r"fotograf\w*|bild(er)?|titelbild|beitragsbild|symbolbild|imagen|imagem|immagine|"
    r"zdjęcie|fot|kép|fotó|kuva|bilde|φωτο\w*|фото\w*|video|vidéo)\b|"
    r"(写真|図|画像|图片|圖片|사진|영상|提供)",
    re.IGNORECASE,
)
_PHOTO_CREDIT_REACH = 25  # characters before the sign: the credit's own words, not a footer's


def copyright_holder(text: str) -> str | None:
    """The publisher a copyright line names ("© 2026 Napi Hírek Kft." -> "Napi Hírek"),
    else None (a photo's credit names the picture's agency)."""
    match = _HOLDER.search(text)
    if match is None or _PHOTO_CREDIT.search(
        text, max(0, match.start() - _PHOTO_CREDIT_REACH), match.start()
    ):
        return None
    name = _LEGAL_FORM.sub("", match.group("name").strip(" .:-–"))
    if not name or len(name.split()) > _MAX_HOLDER_WORDS or _NOT_A_HOLDER.search(name):
        return None
    return name
