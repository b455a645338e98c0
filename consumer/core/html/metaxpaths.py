"""Where pages declare their metadata: meta tag names and JSON-LD types, most trusted first."""

from __future__ import annotations

# <meta property|name|itemprop=... content=...> keys, lower-cased.
TITLE_META = ("og:title", "twitter:title", "dc.title", "headline", "title", "sailthru.title")
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",  # (a variant of the Open Graph key that some CMSes write)
    "datepublished",
    "article.published",
    "published_time",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "sailthru.date",
    "parsely-pub-date",
    "date",
    "originalpublicationdate",
    "citation_date",
    "citation_publication_date",
    "article_date_original",
    "cxenseparse:recs:publishtime",
)
MODIFIED_META = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "datemodified",
    "article.updated",
    "modified_time",
    "last-modified",
    "lastmod",
    "dcterms.modified",
    "dc.date.modified",
    "cxenseparse:recs:updatetime",
)
AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "dc.creator",
    "dcterms.creator",
    "sailthru.author",
    "parsely-author",
    "byl",
    "twitter:creator",
    "citation_author",
)
PUBLISHER_META = (
    "og:site_name",
    "application-name",
    "publisher",
    "dc.publisher",
    "twitter:site",
    "cxenseparse:site",
)
LANGUAGE_META = ("og:locale", "content-language", "dc.language", "language", "inlanguage")
DESCRIPTION_META = ("og:description", "description", "twitter:description")
CANONICAL_META = ("og:url", "twitter:url")

# JSON-LD @type values that describe the article itself (first found wins).
ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenews",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "techarticle",
        "scholarlyarticle",
        "report",
        "webpage",
        "creativework",
        "videoobject",
        "medicalwebpage",
        "itempage",
    }
)
# Types that describe the page or a video on it: an article type beside them is the story.
PAGE_TYPES = frozenset({"webpage", "creativework", "itempage", "videoobject", "medicalwebpage"})
PUBLISHER_TYPES = frozenset({"organization", "newsmediaorganization", "corporation"})

MAX_TITLE_CHARS = 200
MIN_H1_TITLE_WORDS = 3  # shorter single <h1>s are mostly logos and section names
MAX_MASTHEAD_WORDS = 5  # a site's name in its masthead <h1> ("The White House Blog")
MAX_JSON_LD_CHARS = 300_000  # a larger script is not metadata worth parsing
