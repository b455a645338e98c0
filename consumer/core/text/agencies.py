"""News agencies by the names their credits give them ("Quelle: dpa", "Źródło: PAP",
"来源：新华社", "(共同)"): a story credited to one is the agency's copy. An office or a
statistics bureau named the same way ("Source: Eurostat") only gave a fact."""

from __future__ import annotations

import re

# Written in any case ("dpa", "DPA", "Reuters").
_ANY_CASE = (
    r"reuters|afp|ap|dpa|efe|ansa|apa|sda|anp|belga|kyodo|xinhua|yonhap|tass|upi|aap|"
    r"associated press|agence france-presse|agence france presse|pa media|press association|"
    r"bloomberg|europa press|agencia efe|kna|epd|ips|ians|pti|ani|antara|bernama|"
    r"anadolu( agency| ajansı)?|canadian press|the canadian press|lusa|agerpres|ritzau|"
    r"notimex|telam|télam|ap news|agencia brasil|agência brasil|dire|adnkronos|askanews"
)
# Capitals only: "PAP", "MTI" (as a word in a sentence "Pap" and "Ria" are names).
_CAPITALS = (
    r"ČTK|CTK|PAP|MTI|TASR|STA|HINA|NTB|TT|STT|BTA|ANP|APA|SDA|ATS|ANA-MPA|ΑΠΕ-ΜΠΕ|AA|DHA|"
    r"ТАСС|РИА Новости|РИА|Интерфакс|Інтерфакс(-Україна)?|УНІАН|Укрінформ|БелТА|"
    r"新华社|新華社|中新社|中新网|中國新聞社|中国新闻社|中央社|共同|共同通信|時事|時事通信|"
    r"연합뉴스|뉴시스|뉴스1"
)
_AGENCY = re.compile(rf"(?i:(the )?({_ANY_CASE})( news)?)|{_CAPITALS}")
# Several agencies credited together: "dpa/AFP", "AFP, Reuters", "dpa und AFP".
_JOINED = re.compile(r"\s*(?:/|,|&|\||\band\b|\bund\b|\bet\b|\by\b|\bi\b|\be\b)\s*")


def is_news_agency(name: str) -> bool:
    """Does ``name`` (brackets and a closing stop aside) name news agencies only?"""
    parts = _JOINED.split(name.strip(" .()（）"))
    return bool(parts) and all(_AGENCY.fullmatch(part) for part in parts if part) and any(parts)
