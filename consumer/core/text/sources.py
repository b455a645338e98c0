"""Who published the article: sites and names from "read more from X" lines, URLs and titles."""

from __future__ import annotations

import re
from types import MappingProxyType
from urllib.parse import urlsplit

from consumer.core.publishers import PUBLISHERS, REPUBLISHER_TITLE_NOISE, REPUBLISHERS
from consumer.core.text.cjk_credits import cna_dateline, opens_with_cna_dateline


def _name_index() -> MappingProxyType[str, tuple[str, str]]:
    """Compact lower-case keys (domain label, name without spaces) -> (domain, name)."""
    index: dict[str, tuple[str, str]] = {}
    for domain, name in PUBLISHERS.items():
        for key in (
            compact_name(name),
            compact_name(name.removeprefix("The ")),
            domain.split(".")[0],
        ):
            index.setdefault(key, (domain, name))
        index.setdefault(compact_name(domain), (domain, name))
    return MappingProxyType(index)


def compact_name(text: str) -> str:
    """A site's or publisher's name for comparison: lower case, letters and digits only."""
    return re.sub(r"[^\w]", "", text.casefold().removeprefix("www."))


_BY_NAME = _name_index()  # built once from constant data, never changed


def publisher_by_name(text: str) -> tuple[str, str] | None:
    """(domain, name) of a well-known publisher named by ``text`` ("dailymail", "BBC")."""
    key = compact_name(text.strip(" .…"))
    return _BY_NAME.get(key) if key else None


def site_of_url(url: str | None) -> str | None:
    """The host of ``url`` without "www." / "m." / "amp.", or None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    for prefix in ("www.", "m.", "amp.", "mobile."):
        host = host.removeprefix(prefix)
    return host


def known_site(host: str, table: dict[str, str]) -> tuple[str, str] | None:
    """(domain, name) when ``host`` or one of its parent domains is in ``table``."""
    labels = host.split(".")
    for i in range(len(labels) - 1):
        domain = ".".join(labels[i:])
        if domain in table:
            return domain, table[domain]
    return None


def resolve_named_source(text: str) -> tuple[str | None, str | None]:
    """(site, publisher) for a source named in a "read more from X" line.

    A known publisher gives its domain and name; an unknown domain gives itself and no
    name; an unknown bare name is kept as the publisher's name.
    """
    name = text.strip(" .…:-–—>»")
    if not name:
        return None, None
    known = publisher_by_name(name)
    host = site_of_url(name) if re.fullmatch(r"[\w.-]+\.[a-z]{2,}(/\S*)?", name, re.I) else None
    if host:
        table_hit = known_site(host, PUBLISHERS)
        if table_hit:
            return table_hit
        return host, None
    if known:
        return known
    return None, name


# A wire story's dateline tag ("WASHINGTON (AP) —", "(Reuters) -", "BERLIN (dpa) -"),
# with the names the tags stand for.
_WIRE_TAG = re.compile(
    r"(?:[^\W\d_][\w .,'’/-]{0,60} )?\((?P<tag>reuters|ap|afp|dpa|efe|ansa|anp|belga|apa|kyodo|"
    r"xinhua|yonhap|upi|pa|cp|aap|bloomberg|"
    # the national agencies of Central and Eastern Europe, the Baltics and the Nordics
    # ("Warszawa, 5 marca 2026 (PAP) -", "Praha 5. března (ČTK) -", "ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) —")
    r"pap|čtk|mti|tasr|bta|tanjug|hina|sta|agerpres|ukrinform|укрінформ|ntb|tt|stt|ritzau|"
    r"elta|leta|bns|απε-μπε|amna|ana-mpa)\) ?(--|[-—–])",
    re.IGNORECASE,
)
# ... the Russian and Ukrainian agencies' form, the agency after the dash or between
# slashes: "МОСКВА, 5 мар — РИА Новости.", "Київ, 5 березня 2026 — Укрінформ.",
# "МОСКВА, 5 марта. /ТАСС/."
_CYRILLIC_WIRE_TAG = re.compile(
    r"[^\W\d_][\w .,'’-]{0,60}?(?: [-—–] |\. /)(?P<tag>РИА Новости|ТАСС|Интерфакс|"
    r"Укрінформ|УНІАН|Інтерфакс-Україна|БелТА|Казинформ|Kazinform)(?:/\.?|\.)(?= )"
)
# ... a Chinese agency's dateline: "新华社北京11月29日电（记者张伟）", "中新网上海11月29日电"
_CJK_WIRE_TAG = re.compile(
    r"(?P<tag>新华社|新華社|中新社|中新网|中國新聞社|中国新闻社)[\u4e00-\u9fff]{1,8}"
    r"\d{1,2}月\d{1,2}日(电|電)"
)
# ... and the reporters it names: "（记者张伟、李明）"
_CJK_WIRE_REPORTERS = re.compile(
    r"[（(](?:记者|記者) ?(?P<names>[\u4e00-\u9fff]{2,4}(?:[、 ][\u4e00-\u9fff]{2,4}){0,3})[）)]"
)
_WIRE_NAMES = MappingProxyType(
    {
        "ap": "Associated Press",
        "pa": "PA Media",
        "cp": "The Canadian Press",
        "aap": "Australian Associated Press",
        "upi": "United Press International",
    }
)


def wire_agency(paragraph: str) -> str | None:
    """The news agency a wire story's dateline names ("(Reuters) - ..." -> "Reuters")."""
    tag = (
        _WIRE_TAG.match(paragraph)
        or _CYRILLIC_WIRE_TAG.match(paragraph)
        or _CJK_WIRE_TAG.match(paragraph)
    )
    if tag is None:
        return "中央社" if opens_with_cna_dateline(paragraph) else None
    name = tag.group("tag")
    return agency_by_abbreviation(name) or name


def dateline_reporters(paragraph: str) -> list[str]:
    """The reporters a Chinese agency's dateline names ("新华社北京11月29日电（记者张伟、
    李明）" -> ["张伟", "李明"], "（中央社記者王小明台北25日電）" -> ["王小明"]); none for
    any other opening."""
    tag = _CJK_WIRE_TAG.match(paragraph)
    if tag is None:
        # "（中央社記者王小明台北25日電）": the reporter, then where they filed from
        cna = cna_dateline(paragraph)
        return cna.reporters if cna else []
    credit = _CJK_WIRE_REPORTERS.match(paragraph, tag.end())
    return re.split(r"[、 ]", credit["names"]) if credit else []


def agency_by_abbreviation(abbreviation: str) -> str | None:
    """A news agency's full name from its short form ("AP" -> "Associated Press")."""
    return _WIRE_NAMES.get(abbreviation.casefold())


def republisher_of(host: str | None) -> str | None:
    """The aggregator's name when ``host`` is a known republisher."""
    if not host:
        return None
    hit = known_site(host, REPUBLISHERS)
    return hit[1] if hit else None


# A country edition after an aggregator's name: "Yahoo News UK", "MSN Canada".
_EDITION = re.compile(
    r"(?P<name>.+?) (uk|us|usa|canada|australia|nz|new zealand|india|singapore|ireland|"
    r"south africa|philippines|malaysia|españa|méxico|deutschland|österreich|schweiz|"
    r"france|italia|brasil)",
    re.IGNORECASE,
)


def republisher_in_title(name: str) -> str | None:
    """The aggregator a title's noise names ("Yahoo News", "MSN", "Yahoo News UK"), else
    None."""
    known = REPUBLISHER_TITLE_NOISE.get(name.casefold())
    if known:
        return known
    edition = _EDITION.fullmatch(name)
    if edition and edition["name"].casefold() in REPUBLISHER_TITLE_NOISE:
        return name  # the edition's own name, as the title shows it
    return None
