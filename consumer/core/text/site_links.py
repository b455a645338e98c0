"""A line that is only a label and web addresses of the site's own pages: a promo of its
topic hub ("AP NBA: https://apnews.com/hub/nba", "More AP sports: https://apnews.com/sports
and https://twitter.com/..." is not: one address elsewhere makes it a list of links), a
print footer's "Dieser Artikel wurde ausgedruckt unter der Adresse: www.example.de/...",
a "Permalink: https://...". An agency's hub counts as the page's own on any site: local
papers print the wire's promo under its story. A label and a link elsewhere ("Website:
https://www.nintendo.com/", "Registration: https://...") is the story's own list and stays.
"""

from __future__ import annotations

import re

from consumer.core.publishers import PUBLISHERS
from consumer.core.text.agencies import is_news_agency
from consumer.core.text.article_lines import ArticleLines
from consumer.core.text.sources import known_site, site_of_url

_ADDRESS = r"(?:https?://|www\.)[^\s,;]+"
_LABELLED_LINKS = re.compile(
    rf"(?P<label>[^:/]{{2,60}}): ?(?P<links>{_ADDRESS}(?: and {_ADDRESS}){{0,3}})\.?"
)
_ADDRESSES = re.compile(_ADDRESS)


def remove_own_site_links(doc: ArticleLines, url: str | None) -> None:
    """Take out (as `navigation`) each line still in play that labels links to the page's
    own site or to a news agency's."""
    own = site_of_url(url)
    for i, line in enumerate(doc.lines):
        if doc.status[i] is not None or ("://" not in line.text and "www." not in line.text):
            continue
        match = _LABELLED_LINKS.fullmatch(line.text)
        if match and all(
            _is_own(site_of_url(link.rstrip(".")), own)
            for link in _ADDRESSES.findall(match.group("links"))
        ):
            doc.remove(i, "navigation")


def _is_own(site: str | None, own: str | None) -> bool:
    """Is ``site`` the page's own (itself or a subdomain, either way) or an agency's?"""
    if not site:
        return False
    if own and (site == own or site.endswith("." + own) or own.endswith("." + site)):
        return True
    hit = known_site(site, PUBLISHERS)
    return hit is not None and is_news_agency(hit[1])
