"""Knowledge about news pages, kept apart from the code that applies it.

Class and id names pick out captions, related-article boxes and widgets in the tree; line
patterns recognise what general extractors leave in a body (read-more teasers,
newsletter and share prompts, advertisement labels, comment-section furniture).
Every line pattern is anchored at the start and only lines of at most
MAX_BOILERPLATE_CHARS are tested, so the work per line is bounded.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from consumer.core.credit_lines import (
    AGENCY_INPUTS_NOTE,
    FEED_FOOTER,
    FEED_FOOTER_KEYS,
    WIRE_EDIT_NOTE,
    WIRE_EDIT_VERBS,
)
from consumer.core.embed_lines import EMBED_FURNITURE, EMBED_FURNITURE_KEYS
from consumer.core.html.case_spelled import respelled_for_ascii
from consumer.core.html.caseless import ASCII, matches_alike_lowered
from consumer.core.html.first_char import named_alternation, split_by_first_char
from consumer.core.html.keyword_gates import keyword_gates
from consumer.core.page_turns import PAGE_TURN, PAGE_TURN_KEYS, PAGER
from consumer.core.paywall import PAYWALL_NOTICES
from consumer.core.promo_lines import (
    AD_CONTINUES_PROMPTS,
    AD_LABELS,
    AD_WIDGET_HEADERS,
    CHANNEL_INVITATIONS,
    POST_SUBSCRIBE_PROMPTS,
    SELF_POINTERS,
)
from consumer.core.scripts import CJK_CHAR, UNSPACED_CHAR
from consumer.core.tool_lines import (
    ARTICLE_TOOLS,
    COMMENT_PROMPTS,
    HELPFULNESS_PROMPTS,
    TYPO_KEYS,
)

# --- tree: elements without article text -----------------------------------------------

# Stripped before anything else (metadata is read first): trafilatura discards all of them.
INERT_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "applet",
    "canvas",
    "audio",
    "video",
    "source",
    "track",
    "picture",
    "map",
    "area",
    "button",
    "select",
    "option",
    "optgroup",
    "datalist",
    "input",
    "textarea",
    "output",
    "progress",
    "meta",
    "link",
    "param",
    "dialog",
    "menuitem",
)

# Controls that hold paragraphs or a large subtree: libxml2 (not an HTML5 parser) left an
# unclosed <button> or <label> open and nested the rest of the page inside it.
MISPARSED_WRAPPER_TAGS = ("button", "select", "label")
MISPARSED_MIN_ELEMENTS = 60  # a control holding more elements (or any <p>) is a wrapper
# The same for a <noscript> left open ("<noscript><div id=...></noscript>": libxml2 keeps
# the rest of the page inside it). Its own paragraphs ("Please enable JavaScript") are
# furniture, so only its size tells.
MISPARSED_NOSCRIPT_MIN_ELEMENTS = 200

# --- tree: the story's lead -------------------------------------------------------------
# A block named like the lead of a story, put beside the element holding the rest of it (see
# clean._adopt_lead). The hint is searched in all class names at once; the parts are then matched
# whole in the "-"/"_"/camelCase-separated names.
LEAD_HINT = re.compile("lead|lede|intro|teaser|abstract|chapo")  # in lower-cased names
LEAD_PARTS = frozenset(
    {
        "lead",
        "lede",
        "intro",
        "introduction",
        "teaser",
        "abstract",
        "chapo",
    }
)
# The same written as one word after the story's own name ("storyintro", "articlelead").
COMPOUND_LEAD_WORDS = ("intro", "lead", "lede")
LEAD_NAME_PREFIXES = frozenset({"story", "article", "news", "post", "entry"})
# ... unless the name also says it is something else: the lead's picture, a heading, a card.
NOT_LEAD_PARTS = frozenset(
    [
        "image",
        "img",
        "media",
        "photo",
        "video",
        "picture",
        "figure",
        "caption",
        "title",
        "headline",
        "heading",
        "meta",
        "author",
        "byline",
        "date",
        "link",
        "links",
        "list",
        "card",
        "item",
        "items",
        "button",
        "btn",
        "icon",
        "label",
        "more",
        "nav",
        "related",
        "slider",
        "slide",
        "grid",
        "small",
        "mini",
        "wrapper",
        "page",
        "site",
        "banner",
        "asset",
        "gist",
    ]
)
MIN_LEAD_CHARS = 40
MAX_LEAD_CHARS = 1500
MAX_LEAD_LINK_SHARE = 0.3
MIN_LEAD_BODY_PARAGRAPH_CHARS = 80
MAX_LEAD_CANDIDATES = 5  # named blocks tried, in page order
MAX_LEAD_LEVELS = 5  # the first paragraph is under one of the lead's nearest ancestors

# --- tree: classes and ids of elements to take out ----------------------------------------
# A class name, id or data-component matches when it is one of these names, or when one of
# its "-"/"_"-separated parts (or two parts in a row) is (case ignored).

# Photo captions and credits; their text goes to ``captions``, never the body.
CAPTION_NAMES = frozenset(
    {
        "wp-caption-text",
        "caption",
        "captions",
        "image-caption",
        "imagecaption",
        "img-caption",
        "photo-caption",
        "photocaption",
        "media-caption",
        "mediacaption",
        "caption-text",
        "figcaption",
        "credit",
        "credits",
        "image-credit",
        "photo-credit",
        "getty-credit",
        # ... named in the page's language, or as a photo's description
        "bildunterschrift",
        "bildtext",
        "billedtekst",
        "bildetekst",
        "kuvateksti",
        "didascalia",
        "legende",
        "légende",
        "legenda",
        "pie-de-foto",
        "piefoto",
        "pie-foto",
        "fotobijschrift",
        "bijschrift",
        "onderschrift",
        "popisek",
        "photo-desc",
        "photo-description",
        "image-description",
        "img-desc",
    }
)
CAPTION_TAGS = frozenset({"div", "p", "span", "small", "em", "cite", "figcaption"})
MAX_CAPTION_CHARS = 600  # a longer "caption" element is a layout container, not a caption
# Screen-reader labels some sites put in front of a caption ("Image caption", "Media caption").
CAPTION_LABEL = re.compile(
    r"^\s*(?:image|media|photo|video|picture)\s+caption\s*:?\s*"
    # A gallery slide's counter before its caption ("1 of 4 Traders set up ..."); not
    # before a lower-case word or a number ("1 of 4 suspects was ...").
    r"|^\s*\d{1,3}\s*(?:of|/|von|de|sur|di|z|из)\s*\d{1,3}\s+(?!(?-i:[a-zà-ÿ\d]))",
    re.I,
)

# Boxes of links to other articles; their headlines go to ``related``.
# A class naming the article's own text ("entry-content entry-content-read-more", the
# story with a "read more" toggle) is never a widget, whatever else its name says.
CONTENT_NAMES = frozenset(
    {
        "entry-content",
        "post-content",
        "article-content",
        "article-body",
        "story-body",
        "post-body",
        "entry-body",
        "articlebody",
    }
)
RELATED_NAMES = frozenset(
    {
        "related",
        "relatedlinks",
        "related-articles",
        "relatedarticles",
        "related-stories",
        "related-content",
        "relatedcontent",
        "relatedposts",  # Jetpack's "jp-relatedposts", YARPP's
        "relatedstories",
        "more-stories",
        "morestories",
        "more-from",
        "more-on",
        "readmore",
        "read-more",
        "read-next",
        "also-read",
        "see-also",
        "recommended",
        "recommendations",
        "you-may-like",
        "youmaylike",
        "dont-miss",
        "must-read",
        "further-reading",
        "outbrain",
        "taboola",
        "most-popular",
        "mostpopular",
        "most-read",
        "mostread",
        "trending",
        "next-article",
        "up-next",
        "teaser",
        "teasers",
        "post-teaser",
        "post-card",
        "post-list",
        "recent-posts",
        "latest-posts",
        "popular-posts",
        "more-articles",
        "also-like",
        # ... in the languages news is written in
        "relacionadas",
        "relacionados",
        "noticias-relacionadas",
        "te-puede-interesar",
        "lee-tambien",
        "leia-tambem",
        "veja-tambem",
        "correlati",
        "articoli-correlati",
        "leggi-anche",
        "lire-aussi",
        "a-lire-aussi",
        "voir-aussi",
        "verwandte-artikel",
        "lesen-sie-auch",
        "mehr-zum-thema",
        "lees-ook",
        "czytaj-takze",
        "relacionada",
        "noticia-relacionada",
        "mas-leidas",
        "mas-leido",
        "mais-lidas",
        "piu-letti",
        "meistgelesen",
        "les-plus-lus",
        "plus-lus",
    }
)
RELATED_TAGS = frozenset({"div", "section", "aside", "ul", "ol", "nav"})
MAX_RELATED_BOX_CHARS = 4000  # longer boxes hold the story itself (a mis-named wrapper)
# A "related" box with this much text, this share of it outside links, holds prose (the
# story's own section, an FAQ), not a list of links to other articles.
MIN_PROSE_CHARS = 300
MIN_PROSE_SHARE = 0.8
# A hover card holds this many links at least, and its text is links to this share.
MIN_HOVER_CARD_LINKS = 3
MIN_HOVER_CARD_LINK_SHARE = 0.9
# Widgets made of links or buttons (a table of contents, a menu, a share bar): one that
# holds prose is not one ("documentContent__sharingContainer" wrapping a short story).
LINK_LIST_WIDGETS = frozenset({"table_of_contents", "navigation", "share"})

# Widgets that never belong to an article body, by reason.
WIDGET_NAMES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "share": frozenset(
            {
                "share",
                "sharing",
                "share-bar",
                "sharebar",
                "social-share",
                "socialshare",
                "share-tools",
                "share-buttons",
                "social-links",
            }
        ),
        "newsletter": frozenset(
            {"newsletter", "newsletter-signup", "signup", "sign-up", "subscribe", "subscription"}
        ),
        "advertisement": frozenset(
            {
                "advert",
                "advertisement",
                "ad-slot",
                "adslot",
                "ad-container",
                "ad-wrapper",
                "dfp",
                "sponsored",
                "promo-box",
                "paywall",
            }
        ),
        # Calls to action: the site selling its own product in the middle of the story.
        "promotion": frozenset(
            {"cta", "call-to-action", "calltoaction", "cta-box", "cta-banner", "callout-box"}
        ),
        "author_bio": frozenset(
            {
                "author-bio",
                "authorbio",
                "author-box",
                "authorbox",
                "about-author",
                "about-the-author",
                "author-profile",
                "authorprofile",
                "author-card",
                "author-info",
                "author-description",
                "author-detail",
                "author-details",
                "author-about",
                "saboxplugin",
                "bio-box",
                # ... in the languages of the sites ("autor-bio", "autorenbox", "sobre-autor")
                "autor-bio",
                "autorbio",
                "autor-box",
                "autorbox",
                "autorenbox",
                "autoren-box",
                "sobre-autor",
                "sobre-el-autor",
                "sobre-o-autor",
                "auteur-bio",
                "bio-auteur",
                "autore-bio",
                "box-autore",
            }
        ),
        "table_of_contents": frozenset(
            {"toc", "table-of-contents", "tableofcontents", "table-of-content", "ez-toc"}
        ),
        "disclaimer": frozenset(
            {"disclaimer", "disclosure", "affiliate-disclosure", "affiliate-disclaimer"}
        ),
        # Site navigation inside the article column.
        "navigation": frozenset(
            {
                "breadcrumb",
                "breadcrumbs",
                "subnav",
                "sub-nav",
                "post-navigation",
                "nav-links",
                "pagination",
                "post-tags",
                "entry-tags",
                "tag-list",
                "taglist",
                "mega-menu",
                "megamenu",
            }
        ),
        # The search engines' own marker for what is not the page's content (Google Search
        # Appliance's class): promotions and sidebars in the article column, prose or not.
        "not_content": frozenset({"nocontent"}),
        # Windows over the page: pop-ups, modal dialogs, cookie and consent banners.
        "overlay": frozenset(
            {"popup", "pop-up", "modal", "cookie-banner", "cookie-notice", "cookie-consent"}
            # The placeholder a consent plug-in puts where an embedded post, video or map
            # would be until the reader agrees to load it ("Click to load the content
            # from ..."), with the post's first words as a preview.
            | {
                "content-blocker",
                "privacy-embed",
                "embed-privacy",
                "embed-placeholder",
                "embed-consent",
                "consent-placeholder",
            }
        ),
    }
)
WIDGET_TAGS = frozenset({"div", "section", "aside", "ul", "form", "p"})
MAX_WIDGET_CHARS = 1500  # a longer element is more than a widget: leave it to the extractor
# (characters, <p> elements) a widget may hold at most, by kind: legal disclaimers and
# author boxes run longer than a share bar, and are still not the story.
DEFAULT_WIDGET_LIMITS = (MAX_WIDGET_CHARS, 3)
WIDGET_LIMITS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {"disclaimer": (4000, 10), "author_bio": (3000, 6), "not_content": (6000, 20)}
)

# Kinds by name, most specific first where a name could mean two things.
KIND_BY_NAME: Mapping[str, str] = MappingProxyType(
    {
        **{name: kind for kind, names in WIDGET_NAMES.items() for name in names},
        **dict.fromkeys(RELATED_NAMES, "related"),
        **dict.fromkeys(CAPTION_NAMES, "caption"),
    }
)
# Every name above with its hyphens dropped contains one of these cores (the names no
# shorter name occurs in): a class value in which no core occurs (hyphens and underscores
# dropped, case ignored) cannot match, so most skip the lookup.
_SQUASHED_NAMES = frozenset(name.replace("-", "") for name in KIND_BY_NAME)

_Trie = dict[str, "_Trie"]  # a character -> the words that continue with it


def _trie_pattern(words: list[str]) -> str:
    """One regex for "any of ``words``", factored by common prefix: the same matches as
    ``"|".join(words)``, but the engine tests one branch per character, not one per word."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def factor(node: _Trie) -> str:
        branches = [re.escape(char) + factor(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return factor(trie)


KIND_NAME_HINT = re.compile(
    _trie_pattern(
        sorted(
            name
            for name in _SQUASHED_NAMES
            if not any(other != name and other in name for other in _SQUASHED_NAMES)
        )
    )
)
KIND_RANK: Mapping[str, int] = MappingProxyType(
    {
        "caption": 0,
        "related": 1,
        "share": 2,
        "newsletter": 3,
        "advertisement": 4,
        "promotion": 5,
        "author_bio": 6,
        "table_of_contents": 7,
        "disclaimer": 8,
        "navigation": 9,
        "not_content": 10,
        "overlay": 11,
    }
)

# Where a camelCase class name starts a new word ("relatedArticles", "AdvisorCTA").
CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")

MAX_STANDFIRST_CHARS = 400  # a longer heading in the article's header is not a standfirst
# A <header> with more text than this holds the article itself (a template's wrapper), and
# its sub-headings are the story's sections.
MAX_ARTICLE_HEADER_CHARS = 3000

# An aria-hidden element with more text than this is not a decoration (see clean.py).
MAX_DECORATION_CHARS = 200

# Paragraph-like elements that are entirely one link: teasers of other articles.
MIN_TEASER_WORDS = 4
MIN_HEADLINE_WORDS = 5  # a shorter link text is a menu entry more often than a headline
# Chinese, Japanese and Korean headlines write no spaces between words: count characters.
MIN_CJK_HEADLINE_CHARS = 8
# Thai, Lao, Khmer and Burmese write no spaces between words either; their words are
# longer in characters (and a vowel sign is a character of its own).
MIN_UNSPACED_HEADLINE_CHARS = 16


def _unspaced_headline_length(text: str) -> bool:
    if text.isascii():
        return False
    if len(CJK_CHAR.findall(text)) >= MIN_CJK_HEADLINE_CHARS:
        return True
    return len(UNSPACED_CHAR.findall(text)) >= MIN_UNSPACED_HEADLINE_CHARS


def is_headline_length(title: str) -> bool:
    """Long enough for another story's headline rather than a menu entry: five words, or
    eight CJK characters, or sixteen Thai (Lao, Khmer, Burmese) ones."""
    if len(title.split()) >= MIN_HEADLINE_WORDS:
        return True
    return _unspaced_headline_length(title)


def is_teaser_length(text: str) -> bool:
    """Long enough for a teaser of another story: four words, or eight CJK characters (a
    Chinese or Japanese headline is one "word" to ``split``)."""
    return len(text.split()) >= MIN_TEASER_WORDS or _unspaced_headline_length(text)


# Link texts that name site furniture, not another article.
NOT_A_HEADLINE = re.compile(
    r"\b(?:privacy|cookies?|terms (?:of|and)|contact us|about us|advertise|subscribe|"
    r"subscription|newsletters?|sign (?:in|up)|log ?in|register|submit (?:a|your)|careers|"
    r"site ?map|accessibility|all rights reserved|terms of (?:use|service))\b",
    re.I,
)

# Cards of other stories: a heading, a summary and a button link with one of these labels.
CARD_BUTTON = re.compile(
    r"(?:learn more|read more|read (?:the )?(?:full )?(?:article|story|post)|continue reading|"
    r"keep reading|read now|find out more|view article|see more|view more|full story|"
    # The same buttons in the other languages news is written in most.
    r"weiterlesen|mehr lesen|mehr erfahren|lire la suite|lire plus|en savoir plus|leer m[aá]s|"
    r"seguir leyendo|leggi (?:di pi[uù]|tutto)|continua a leggere|lees meer|verder lezen|"
    r"ler mais|leia mais|saiba mais|czytaj (?:więcej|dalej)|läs mer|les mer|læs mere|"
    r"lue lisää|читать далее|подробнее|devamını oku|baca selengkapnya)\W*",
    re.I,
)
MAX_CARD_BUTTON_CHARS = 30
# The same button on a line of its own under a teaser's summary, or closing the summary in
# brackets ("... [czytaj więcej]"): in a row of such teasers, each is another story's.
BUTTON_LINE = re.compile(rf"^\W*(?:{CARD_BUTTON.pattern})$", re.I)
BUTTON_SUFFIX = re.compile(
    rf"[\[(]\s*(?:{CARD_BUTTON.pattern}|więcej|mehr|more|plus|más|mais|meer)\s*[\])]\s*$", re.I
)
# ... or closing the summary's last sentence ("... a report says. Full Story").
TRAILING_CARD_BUTTON = re.compile(rf"(?<=[.!?\"”’'])\s+(?:{CARD_BUTTON.pattern})$", re.I)
MAX_TEASER_SUMMARY_CHARS = 600
MAX_CARD_BUTTON_RAW_CHARS = 200  # ... before its whitespace is collapsed
CARD_TAGS = frozenset({"li", "div", "article"})
MAX_CARD_DEPTH = 4  # the card is at most this many levels above its button
MAX_CARD_CHARS = 500  # a longer block is a section of the story with a link in it
MIN_TEASER_CARDS = 2  # cards come in rows; one block with a "Read more" may be the story's
MAX_SUMMARY_PARAGRAPHS = 1  # a card under a linked headline holds one summary at most
MAX_CARD_WRAPPERS = 2  # single-child wrappers (grid columns) climbed to find a card's row

# --- lines ----------------------------------------------------------------------------------

# The labels of a link to another article ("Read more", "Leggi anche").
READ_MORE_LABEL = (
    r"(?:read more|read also|read next|more reading|see more|see also|"
    r"related(?: article| story| content| coverage| reading)?s?|also read|also on [\w.]+|"
    r"also see|recommended(?: reading)?|must read|don'?t miss|more from [\w .]+|more on this|"
    r"explore further|watch|video|listen|leggi anche|lire aussi|à lire aussi|lesen sie auch|"
    r"mehr zum thema|lesen sie hier|auch interessant|mire|puedes ver|lee también|leia também|ler também|czytaj też|czytaj także|also|"
    # The same label in more of the languages news is written in.
    r"lees ook|zobacz (?:też|także)|leia mais|veja também|lea también|vea también|"
    # "Noticia relacionada: X", "Notícia relacionada: X", "Articolo correlato: X"
    r"(?:noticias?|notas?|artículos?|notícias?|matérias?|artigos?) relacionad[oa]s?|"
    r"(?:notizi[ae]|articol[oi]) correlat[oiae]|"
    r"ver también|vedi anche|lisez aussi|voir aussi|à voir aussi|siehe auch|lesen sie mehr|"
    r"lue myös|læs også|les også|läs också|citește și|přečtěte si také|čítajte aj|"
    r"читайте также|читайте також|читать также|devamını oku|ayrıca oku|baca juga|"
    r"baca selengkapnya|xem thêm|อ่านเพิ่มเติม|διαβάστε επίσης|קרא עוד|"
    r"ezt is ajánljuk|olvassa el ezt is|함께 읽으면 좋은 기사|あわせて読みたい|עוד באתר|"
    # Arabic "read also" with or without its vowel marks ("أيضاً", "أيضًا") and hamza.
    r"[اإ]قرأ(?:وا)?\s+أيض[ا\u064b]{1,2}|"
    r"przeczytaj (?:też|także|również)|zobacz również|ilgili haber(?:ler)?|"
    r"(?:bunlar da )?ilginizi çekebilir|"
    # ... in South Slavic and Bulgarian, Persian, Urdu, Hebrew, Thai, Argentine voseo,
    # Tamil, Filipino, Swahili, Hausa, Amharic, Nepali, Marathi, Gujarati, Punjabi, Telugu,
    # Kannada, Malayalam and Sinhala (as the text mode reads them)
    r"pročitajte (?:i|još)(?: ovo)?|прочитајте (?:и|још)(?: ово)?|preberite (?:tudi|še)|"
    r"прочетете (?:още|също)|بیشتر بخوانید|یہ بھی پڑھیں|مزید پڑھیں|קראו עוד|"
    r"อ่านข่าวที่เกี่ยวข้อง|อ่านต่อ|(?:mirá|leé) también|seguí leyendo|"
    r"இதையும் படிக்க(?:வும்)?|basahin(?: din| rin)?|soma (?:pia|zaidi)|"
    r"karanta (?:kuma|wannan)|ተጨማሪ ያንብቡ|यो पनि पढ्नुहोस्|यो पनि पढ्नुस्|हेही वाचा|"
    r"આ પણ વાંચો|ਇਹ ਵੀ ਪੜ੍ਹੋ|(?:ఇది|ఇవి) కూడా చదవండి|ಇದನ್ನೂ ಓದಿ|ഇതുകൂടി വായിക്കൂ|"
    r"ഇതും വായിക്കുക|(?:මේවාත්|මෙයත්) කියවන්න|"
    r"διαβάστε (?:ακόμα|ακόμη)|δείτε (?:επίσης|ακόμα)|קראו גם|קרא גם|ראו גם|"
    # Hindi "also read" (the nukta letter precomposed or not), Chinese, Japanese, Korean.
    r"(?:यह|ये) भी (?:पढ\u093c?|प\u095d)ें|और (?:पढ\u093c?|प\u095d)ें|"
    # Bengali "read more" (the same nukta letter: "ড়" or "ড" and the nukta)
    r"আরও প(?:\u09a1\u09bc|\u09dc)ুন|"
    r"相关阅读|延伸阅读|推荐阅读|相关新闻|相关报道|相關閱讀|延伸閱讀|推薦閱讀|相關新聞|相關報導|"
    r"関連記事|(?:あわせて|合わせて|併せて)読みたい|관련\s?기사|관련\s?뉴스|"
    # "You may also like: Headline"
    r"(?:también )?te (?:puede|podría) interesar|puede interesarte|te recomendamos|"
    r"(?:ti )?potrebbe (?:interessarti|interessare)(?: anche)?|"
    r"das könnte (?:sie|dich) (?:auch )?interessieren|vous aimerez (?:peut-être )?aussi|"
    r"à lire également|você (?:também )?pode gostar|pode (?:te )?interessar|"
    r"you (?:may|might) also like|"
    # Links to the next and previous story, and to what is read most, with the headline.
    r"(?:next|previous|prev)(?: article| story| post)?|trending(?: now)?|most read|"
    r"(?:vorheriger|nächster) artikel|article (?:précédent|suivant)|(?:artículo|noticia) (?:anterior|siguiente)|"
    r"(?:notícia|matéria|artigo) anterior|próxima (?:notícia|matéria)|próximo artigo)"
)

# A line that opens with one of these introduces a link to another article.
READ_MORE_PREFIX = re.compile(
    r"^\s*[\[(«‹【▶►]?\s*"
    + READ_MORE_LABEL
    + (
        # A dash only with a space after it: "Video-game sales rose" is a sentence.
        # (a full-width colon or a closing lenticular bracket in CJK: "相关阅读：", "【関連記事】")
        # (and the Ethiopic colons after an Amharic label: "ተጨማሪ ያንብቡ፡")
        r"(?:\s*[:|»>：】፡፦]|\s*[\-–—](?=\s))\s*"
        # "Leggi anche su: ...", "Read more on Example.com: ...": where the other story is.
        r"|^\s*[\[(]?\s*(?:read (?:more|also|next)|see also|leggi anche|lire aussi|à lire aussi|"
        r"lesen sie auch|lee también|leia também|ler também)\s+"
        r"(?:on|at|in|su|sur|auf|bei|en|em|na)(?:\s+[\w.'’-]+){0,2}?\s*[:|»>]\s*"
        r"|^\s*also on [\w-]+\.[a-z]{2,}\s+"  # "Also on example.com Headline"
        r"|^\s*more\s*:\s+"  # "MORE: Headline"
    ),
    re.I,
)

# The label in capitals, then the headline with no separator ("LEGGI ANCHE Headline": a
# bold label before a link) or a full stop ("LIRE AUSSI. Headline"); the capitals are
# checked by the caller.
# A read-more label alone on its line ("Read also:", "LEGGI ANCHE", "【関連記事】"): the
# other story's headline is the next line (a bold label and a link parted by a break).
READ_MORE_LABEL_ONLY = re.compile(r"^\W*(" + READ_MORE_LABEL + r")[\W_]*$", re.I)
READ_MORE_CAPS_LABEL = re.compile(r"\s*(" + READ_MORE_LABEL + r")\.?\s+(?=[^\W\d_])", re.I)
MIN_CAPS_LABEL_CHARS = 5  # "RELATED", "LEGGI ANCHE"; not "ALSO", "MORE" or "AP"
MEDIA_LABELS = frozenset(("watch", "listen", "video"))
MAX_CAPS_TEASER_WORDS = 30  # a headline, not a paragraph opened by a word in capitals

# "Headline of another story [VIDEO]" (or "[Video]"): teasers end with a bracketed label.
TEASER_LABEL = re.compile(
    r"\[(?:VIDEO|VIDEOS|PICS|PICTURES|PHOTOS|GALLERY|INSIGHT|REACTION|NEWS|REVEAL|ANALYSIS|"
    r"LATEST|POLL|LIVE|UPDATE|WATCH|EXPLAINED|MAP|CHART|QUIZ|COMMENT|WARNING)\]\W*$",
    re.I,
)

# A button glued to the end of a quotable sentence by "click to tweet" plug-ins
# ("... every day.Click To Tweet"): the sentence is the story's, the button is not.
TWEET_BUTTON = re.compile(r"(?<=[.!?\"”’')\]])\s*(?:click to tweet|tweet this)\W*$", re.I)

# Whole-line patterns by reason. Only lines up to MAX_BOILERPLATE_WORDS are tested.
BOILERPLATE_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "read_more",
        re.compile(
            r"^\s*(?:read more|read the full (?:story|article)|continue reading|see more|"
            r"more stories|related (?:articles|stories|content|coverage)|don'?t miss|"
            r"explore further|leggi anche|lire aussi|lesen sie auch)\W*$",
            re.I,
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"^\W*(?:get|start your day with|receive)\b.{0,120}\b(?:newsletter|delivered "
            r"(?:to|through) your (?:inbox|letterbox|door)|"
            # "Get daily news in your inbox and read it at your convenience."
            r"(?:news|stories|headlines|updates|alerts)\b.{0,20}\b(?:in|to) your inbox)",
            re.I,
        ),
    ),
    ("newsletter", re.compile(r"^\W*(?:click here to )?subscribe\b.{0,80}$", re.I)),
    ("newsletter", re.compile(rf"^\W*(?:{POST_SUBSCRIBE_PROMPTS})\W*$", re.I)),
    (
        "share",
        re.compile(
            r"^\W*(?:share(?: this)?(?: article| story| page| post)?(?: on| via| with)?|"
            r"like this (?:story|article)\?.{0,60}|tweet(?: this)?|email this|pin it|"
            r"follow (?:us|[\w.@ ]{1,40}) on (?:facebook|twitter|x|instagram|linkedin|youtube|"
            r"tiktok|threads|bluesky|google news)\b.{0,120}|"
            r"(?:facebook|twitter|whatsapp|linkedin|reddit|pinterest|e-?mail|print|copy link)"
            r"(?:\W+(?:facebook|twitter|whatsapp|linkedin|reddit|pinterest|e-?mail|print|copy link))*)"
            r"\W*$",
            re.I,
        ),
    ),
    (
        "share",
        re.compile(
            r"^\W*(?:subscribe to|follow) [\w .]{1,60} (?:on youtube|youtube channel)\b", re.I
        ),
    ),
    (
        "advertisement",
        re.compile(
            r"^\W*(?:advertisement|advertising|ad|sponsored(?: content)?|paid content|"
            r"continue reading (?:the main story|below)|scroll to continue(?: with content)?|"
            r"anzeige|publicité|publicidad|pubblicità|"
            # a sponsor's label whose logo was an image ("Sponsored by:", "Brought to you by"),
            # or with the sponsor's name of up to five capitalised words ("Presented by
            # Northwind Energy": a paid story's label; "powered by" + a name is a site's
            # software or shop, which a page's text may name)
            r"(?:sponsored by|brought to you by|presented by|paid for by|"
            r"in (?:partnership|collaboration|association) with)"
            r"(?::?\s+(?-i:[A-Z0-9])[\w&'’.-]*(?:\s+(?-i:[A-Z0-9&])[\w&'’.-]*){0,4})?|"
            r"powered by)\W*$",
            re.I,
        ),
    ),
    (
        "advertisement",
        re.compile(
            r"^\W*(?:if you (?:buy|purchase|click)|when you buy|we may (?:earn|receive)|"
            r"this (?:post|article|story) (?:may )?contains? affiliate)\b.{0,200}"
            r"\b(?:commission|share of the sale|affiliate|earn)",
            re.I,
        ),
    ),
    (
        "comments",
        re.compile(
            r"^\W*(?:\d+\s+)?(?:comments?|user comments|top rated comments|(?:show|hide) comments|"
            r"(?:view|read) (?:all )?(?:\d+ )?comments|loading comments\W*|"
            r"comments are closed|comments powered by disqus|join (?:the )?discussion|"
            r"be the first to comment|comment now|"
            r"leave a (?:reply|comment)|post a comment|add a comment|comment on this (?:story|article)|"
            r"want to join the discussion\?|feel free to contribute!?|tell us what you think\W*|"
            r"you must (?:be )?log(?:ged)? in to (?:post a )?comment|"
            r"\d+ thoughts? on .{1,200}|"
            r"(?:\d+ )?responses? to .{1,200})\W*$",
            re.I,
        ),
    ),
    (
        "boilerplate",
        re.compile(
            r"^\W*(?:click here|tap here|get the [\w ]{1,30} app|download (?:the|our) [\w ]{0,30}app)"
            r"\b.{0,100}$",
            re.I,
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"^\W*(?:wenn (?:dir|ihnen) (?:unser|dieser|der) (?:artikel|beitrag|text) gefallen hat|"
            r"gefällt (?:dir|ihnen) (?:unser|unsere|dieser|dieses) [\w-]+\?|"
            r"unterstütze (?:uns|[\w-]+ (?:bereits |schon )?mit)\b|"
            r"unterstützen sie (?:uns|unsere arbeit|diese form)\b|hazte (?:miembro|socio)\b|"
            r"do you want to be informed (?:of|about)\b|"
            r"if you (?:enjoyed|liked|value|appreciate[d]?) (?:reading )?(?:this|our) "
            r"(?:article|story|piece|post|journalism|reporting)|"
            r"(?:enjoyed|liked?) this (?:article|story|piece|post)\?)",
            re.I,
        ),
    ),
    (
        "read_more",
        re.compile(r"^\W*follow .{0,80}\b(?:full |latest )?coverage (?:of|at|on)\b.{0,200}$", re.I),
    ),
    (
        "boilerplate",
        re.compile(
            r"^\W*(?:updated|last updated|published|posted)(?: at| on)?\W{0,3}"
            r"[\w:,./ ]{0,40}$",
            re.I,
        ),
    ),
    (
        "boilerplate",
        re.compile(
            r"^\W*(?:reading time|lesezeit|tempo de leitura|temps de lecture)\s*:?.{0,30}$", re.I
        ),
    ),
    (
        "boilerplate",
        re.compile(
            r"^\W*(?:filed under|tags?|topics?|categories|related (?:topics|tags|roundups?)|"
            # ... in the languages news is written in ("Archivado en:", "Schlagwörter:")
            r"archivado en|arquivado em|classé dans|schlagw(?:ö|oe)rter|"
            r"schlagworte|stichw(?:ö|oe)rter|mots-clés|étiquettes|etiquetas|parole chiave|"
            r"trefwoorden|tagi|etykiety|kategorien?|catégories|categorías|rubriken|"
            r"témata|štítky|tagy|címkék|etichete|oznake|tunnisteet|emneord|etiketter|теги|"
            r"ετικέτες|từ khóa|từ khoá|kata kunci|palavras-chave|palabras clave)"
            r"\s*:.{0,300}$",
            re.I,
        ),
    ),
    (
        "table_of_contents",
        re.compile(
            r"^\W*(?:table of contents?|contents|in this (?:article|post|guide|story)|"
            r"on this page|jump to(?: section)?|skip to (?:main )?content)\W*$",
            re.I,
        ),
    ),
    (
        "author_bio",
        re.compile(r"^\W*(?:written by|more posts by|read more posts by)\W*$", re.I),
    ),
    (
        "advertisement",
        re.compile(
            r"^\W*(?:as an amazon associate\b|"
            r"(?:this|our) (?:post|article|page|content|site|website) (?:may )?contains? "
            r"(?:affiliate|sponsored)|some (?:of the )?links (?:in|on) this (?:post|article|page)\b.{0,60}"
            r"\baffiliate)",
            re.I,
        ),
    ),
    (
        "credit",
        re.compile(
            # "Photo: Jane Doe", "Featured image by Jane Doe/Site.", "Photo source: Jane Doe
            # from Pexels" (not "Featured image is of the harbour.").
            r"^\W*(?:(?:(?:featured?|header|hero|cover|lead|top|banner) )?"
            r"(?:photo|image|picture|illustration|graphic)s?(?: credits?| courtesy| sources?)?|"
            r"credits?)\s*(?::|by\s).{0,150}$",
            re.I,
        ),
    ),
    (
        "boilerplate",
        re.compile(
            r"^\W*(?:last )?(?:reviewed|fact[- ]checked|medically reviewed)(?: on| by)?\W{0,3}"
            r"[\w:,./ ]{0,40}$",
            re.I,
        ),
    ),
)
# A date, a reading time or a view count alone on a line: the article's metadata strip.
# An English month name or its abbreviation (lower case; the patterns using it ignore case).
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATELINE_ONLY = (
    "metadata",
    re.compile(
        rf"^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
        rf"(?:{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
        rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD},?\s+\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|"
        r"\d{1,3}\s*min(?:ute)?s?\.?(?:\s+(?:read(?:ing)?(?: time)?|listen|watch))?|min read|"
        # (and a profile card's count of followers: "214 Followers", "1.2K followers")
        r"[\d,.]+[km]?\s+(?:views?|followers))\W*$",
        re.I,
    ),
)
# Paywall prompts: the rest of the story is for subscribers.
PAYWALL = (
    "paywall",
    re.compile(
        r"^\W*(?:become a (?:paid )?(?:subscriber|member)\b|"
        r"subscribe (?:now )?to (?:continue reading|unlock|read the (?:full|rest))|"
        r"this (?:article|post|story|content) is (?:only )?(?:for|available to) (?:paid )?"
        r"(?:subscribers|members)|"
        # A registration wall: "To read this article in full you must be registered with
        # the site."
        r"to (?:read|continue reading|access) (?:this|the) (?:full )?(?:article|story)"
        r"(?: in full)?,? (?:you (?:must|need to|have to) )?(?:be registered|register|"
        r"log ?in|sign in|subscribe)\b)",
        re.I,
    ),
)
# The same furniture in the other languages news is written in most, and a few English
# forms the patterns above miss. Every one is a whole short line.
_NETWORKS = (
    r"(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|whatsapp|"
    r"telegram|pinterest|reddit|xing|flipboard|messenger|e-?mail|mail|sms|line|kakaotalk|"
    r"微信|微博|qq|вконтакте|vk|одноклассники)"
)
# Two line patterns that scan the whole line for a word ("komment", "youtube"): every
# branch of each needs it, so a line whose lower-cased text lacks the word cannot match
# them (a letter matched ignoring case lower-cases to the pattern's letter, the Kelvin
# sign to "k"; ``BOILERPLATE_SCANS``).
COMMENT_LOGIN_LINE = re.compile(
    r"^.{0,200}\bkomment\w*\b.{0,100}\b(?:eingeloggt|angemeldet)\b.{0,60}$|"
    r"^.{0,100}\b(?:eingeloggt|angemeldet) sein,? um\b.{0,30}\bkomment.{0,100}$|"
    r"^\W*(?:verraten|schreiben|sagen|erzählen) (?:sie|sie uns|uns|mir) (?:gerne |doch )?"
    r"in den kommentaren\b.{0,200}$",
    re.I,
)
YOUTUBE_CHANNEL_LINE = re.compile(
    r"^.{0,80}\b(?:nuestro canal de youtube|unseren youtube-kanal|our youtube channel)\b"
    r".{0,60}$",
    re.I,
)
OTHER_LANGUAGE_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "share",
        re.compile(
            r"^\W*(?:(?:click to )?share|teilen|partager|compartir|condividi|compartilh(?:e|ar)|"
            r"delen|dela|udostępnij|artikel teilen|beitrag teilen|paylaş|bagikan|chia sẻ|"
            r"megosztás|sdílet|κοινοποίηση|поделиться|поділитися|(?:この記事を)?シェア(?:する)?|"
            r"分享(?:到)?|공유(?:하기)?|dalintis|dalīties|jaga|deila|сподели|подели|падзяліцца|"
            r"μοιραστείτε|გაზიარება|կիսվել|бөлісу|ulashish|хуваалцах)[:：]?"
            r"(?:\s+(?:this|the|cet|cette|este|esta|questo|dieses|diesen|den|artikel|article|"
            r"articolo|art[ií]culo|artigo|story|post|page|on|via|sur|en|su|auf|no|na|op|per|"
            rf"with|{_NETWORKS}|\(opens in new window\))){{0,4}}\W*$",
            re.I,
        ),
    ),
    (
        "share",
        re.compile(
            r"^\W*(?:follow us|like us|folg(?:e|t|en sie) uns|suivez[- ]nous|s[ií]gue(?:nos)?|seguinos|"
            r"seguici|siga-nos|segue-nos|volg ons|obserwuj nas)\b"
            rf"(?:\s+(?:on|auf|sur|en|su|no|na|op|bei|in)?\s*{_NETWORKS}\b.{{0,60}})?\W*$",
            re.I,
        ),
    ),
    ("share", re.compile(r"^\W*click to tweet\W*$", re.I)),
    (
        "advertisement",
        re.compile(
            rf"^\W*(?:{AD_LABELS}|"
            r"advertisement\W+(?:continue|story continues) (?:reading )?below)\W*$",
            re.I,
        ),
    ),
    (
        "comments",
        re.compile(
            r"^\W*(?:\d+\s+)?(?:kommentare?|commentaires?|comentarios?|commenti|coment[aá]rios?|"
            r"reacties|komentarze?|yorumlar|комментарии|коментарі|σχόλια|hozzászólások|"
            r"komentáře|kommentarer|kommentit|comentarii|komentar|মন্তব্য|टिप्पणियां|تعليقات|"
            # ... Central and Eastern Europe, the Baltics, the Caucasus, Central Asia
            r"diskuse|diskusia|diskusija|komentari|komentarji|komentāri|komentarai|"
            r"kommentaarid|коментари|каментары|athugasemdir|კომენტარები|"
            r"մեկնաբանություններ|şərhlər|izohlar|пікірлер|сэтгэгдэл)(?:\s*\(\d+\))?\W*$|"
            r"^\W*keine kommentare\b.{0,100}$|"
            r"^\W*(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)"
            r"\s*\(\d+\)\W*$",
            re.I,
        ),
    ),
    (
        "boilerplate",
        re.compile(
            r"^\W*(?:schlagw[oö]rter|schlagworte|stichw[oö]rter|mots[- ]cl[ée]s|etiquetas|"
            r"argomenti|trefwoorden|tagi|kategorien?|rubriken?|categorías?|catégories?)\s*:.{0,300}$",
            re.I,
        ),
    ),
    (
        "boilerplate",
        re.compile(
            r"^\W*(?:aktualisiert|ver[öo]ffentlicht|mis à jour|publié|modifié|actualizado|"
            r"publicado|atualizado|aggiornato|pubblicato|bijgewerkt|gepubliceerd|"
            r"zaktualizowano|opublikowano|"
            # ... in more languages (a label and a colon before the date, as above)
            r"опубликовано|обновлено|опубліковано|оновлено|publikováno|aktualizováno|"
            r"publicat|actualizat|publicerad|uppdaterad|publiceret|opdateret|publisert|"
            r"oppdatert|julkaistu|päivitetty|yayınlanma|güncelleme|diterbitkan|diperbarui|"
            r"δημοσίευση|ενημέρωση|প্রকাশ(?:িত)?|আপডেট|प्रकाशित|अपडेट)"
            r"(?:\s+(?:am|le|el|em|il|op|à|on))?"
            # (the vowel signs of Indic scripts are marks, no word characters)
            r"[^\d\n]{0,12}\d[\w\u0900-\u0dff:,./ ]{0,40}$",
            re.I,
        ),
    ),
    (
        # The same timestamps in Korean, Japanese and Chinese: a label, then the date.
        "boilerplate",
        re.compile(
            r"^\W*(?:기사입력|입력|수정|등록|승인|최종수정|公開日|更新日|投稿日|掲載日|配信日|"
            r"发布时间|发布日期|更新时间|发表时间|發佈時間|發布時間|更新時間)\s*[:：]?\s*[\[(（]?\s*"
            # (the update after a bar: "입력 2026.11.27 09:30 | 수정 2026.11.27 11:05")
            r"\d{2,4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}[\w:.,/ 日\])）|·]{0,50}$|"
            # ... or the date alone, written with its characters ("2026年11月27日 10時30分")
            r"^\d{4}年\d{1,2}月\d{1,2}日\s*(?:[(（][月火水木金土日][)）])?\s*"
            r"(?:\d{1,2}[時:]\d{2}分?)?$",
            re.I,
        ),
    ),
    (
        # A comment form's field labels, and the note under them.
        "comments",
        re.compile(
            r"^\W*(?:your )?name\W+(?:your )?e-?mail(?: address)?\W+(?:(?:your )?website\W+)?"
            r"(?:your )?(?:comment|message)\b.{0,300}$",
            re.I,
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"^\W*(?:newsletter abonnieren|jetzt (?:den |unseren )?newsletter|"
            r"(?:jetzt )?(?:zum|für den) newsletter anmelden|abonnez[- ]vous|"
            r"inscrivez[- ]vous|suscr[ií]bete|iscriviti|inscreva[- ]se|assine (?:a|o|já)|"
            r"meld je aan|zapisz się)\b.{0,150}$",
            re.I,
        ),
    ),
    (
        # The same call in more languages, where the verb alone is too common a word: with
        # the newsletter named ("Assine nossa newsletter", "Schrijf je in voor onze
        # nieuwsbrief", "Prenumerera på vårt nyhetsbrev", "Подпишитесь на нашу рассылку",
        # "Bültenimize abone olun", "뉴스레터 구독하기").
        "newsletter",
        re.compile(
            r"^\W*(?:(?:assine|receba|ricevi|registrati|recibe|reciba|schrijf (?:je|u) in|"
            r"abonneer (?:je|u)|prenumerera|tilaa|подпишитесь|подписывайтесь)\b.{0,40}?"
            r"(?:newsletter|nieuwsbrief|nyhetsbrev|uutiskirje|рассылк|boletín|notiziario)|"
            r"(?:e-)?bülten\w* abone ol|(?:ニュースレター|メルマガ)(?:に|の)?(?:登録|購読)|"
            r"뉴스레터\s?(?:구독|신청))\w*\W{0,3}.{0,100}$",
            re.I,
        ),
    ),
    (
        "read_more",
        re.compile(
            r"^\W*(?:mehr zum thema(?: (?:auf|bei) [\w.-]{2,40})?|weitere artikel|"
            r"das könnte sie (?:auch )?interessieren|(?:zum )?weiterlesen|auch interessant|"
            r"lesen sie auch(?: (?:die )?folgenden? (?:beiträge|artikel))?|schon gelesen\?|"
            r"contenido relacionado|(?:notas|noticias|art[ií]culos) relacionad[oa]s|"
            r"vous aimerez aussi|à lire (?:aussi|également)|lire aussi|"
            r"(?:también )?te puede interesar|potrebbe interessarti(?: anche)?|"
            r"leia (?:mais|também)|veja também|lees ook|zobacz (?:też|także)|"
            r"recommended for you|you (?:may|might) also like)\W*$",
            re.I,
        ),
    ),
    (
        "credit",
        re.compile(
            r"^\W*(?:fotos?|bild(?:er)?|beitragsbild|titelbild|symbolbild|crédits? photo|"
            r"fotograf[ií]a|imagen|imagem|immagine|"
            r"zdjęcie|photograph)\s*:\s*.{1,100}$|"
            # ... in more languages, Korean and Japanese with "=" ("사진=연합뉴스"); not in
            # brackets, as Korean stories set it inline ("[사진=연합뉴스]")
            r"^(?:φωτογραφία|φωτογραφίες|φωτο|फोटो|फ़ोटो|तस्वीर|ảnh|fotó|사진|写真|фото|"
            r"fotoğraf|kuva|摄影|攝影|图片来源|圖片來源)\s*[:：=]\s*.{1,60}$|"
            # the Japanese photographer ("撮影・鈴木一郎", "（撮影・鈴木一郎）")
            r"^[（(]?撮影[・：:／/]\s*[^）)]{1,30}[）)]?$|"
            # the Polish abbreviation ("Fot. PAP/Jan Kowalski"), a name after it
            r"^fot\.\s*(?-i:[A-ZŁŚŻŹ])[^!?]{1,60}$",
            re.I,
        ),
    ),
    (
        "boilerplate",
        re.compile(
            r"^\W*(?:listen to (?:this|the) (?:article|story)|print this (?:page|article|story)|"
            # The text-to-speech player's button in more languages.
            r"écouter (?:l'|cet )article|escuchar? (?:la |esta )?(?:noticia|(?:el )?artículo)|"
            r"ascolta (?:l'|questo )articolo|ascolta la notizia|"
            r"(?:ouvir|ouça) (?:a |esta )?(?:notícia|matéria)|luister naar (?:dit|het) artikel|"
            r"loading(?:\.\.\.|…)?)\W*(?:\d{1,2}(?:[:.]\d{2})?(?:\s*min(?:utes)?)?)?\W*$",
            re.I,
        ),
    ),
    (
        # A sponsorship label over the story: "Anzeige, enthält Affiliate Links".
        "advertisement",
        re.compile(
            r"^\W*(?:anzeige|werbung)\W+(?:enthält|(?:dieser|der) (?:beitrag|artikel|post) "
            r"enthält)\b.{0,150}$",
            re.I,
        ),
    ),
    ("comments", COMMENT_LOGIN_LINE),
    ("comments", re.compile(rf"^\W*{COMMENT_PROMPTS}\W*$", re.I)),
    ("comments", re.compile(rf"^\W*{HELPFULNESS_PROMPTS}\W*$", re.I)),
    (
        # "log in to comment" in more languages
        "comments",
        re.compile(
            r"^\W*yorum yap(?:abil)?mek için (?:üye )?giriş yap\w*\W*$|"
            r"^\W*vous devez être (?:connecté|inscrit)e? pour (?:publier|poster|laisser|écrire) "
            r"un commentaire\W*$|"
            r"^\W*(?:debes|tienes que|es necesario) (?:estar registrado|iniciar sesión|registrarte) "
            r"para (?:publicar|dejar|escribir) (?:un )?comentarios?\W*$|"
            r"^\W*(?:чтобы (?:оставить|написать) комментарий,? (?:войдите|авторизуйтесь)|"
            r"(?:войдите|авторизуйтесь),? чтобы (?:оставить|написать) комментарий)\W*$",
            re.I,
        ),
    ),
    (
        "boilerplate",
        re.compile(
            r"^\W*(?:weitere (?:informationen|infos)(?: zu[mr]?(?: [\w-]{1,30}){1,6})?\s*:|"
            r"for the latest (?:news|stories|updates)\b.{0,150}\b(?:download|follow|subscribe)\b"
            r".{0,100}|"
            # A placeholder for an embed the reader has not consented to load.
            r"(?:klicken sie auf den (?:unteren |folgenden )?button|mit diesem button|"
            r"click (?:on )?the button below to load)\b.{0,250})\W*$",
            re.I,
        ),
    ),
    ("share", YOUTUBE_CHANNEL_LINE),
)
# Month and weekday names in the languages news is written in most (lower case; the
# patterns using them ignore case).
_MONTH = (
    r"(?:jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|"
    r"januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|"
    r"giugno|luglio|settembre|ottobre|dicembre|stycznia|lutego|marca|kwietnia|maja|czerwca|"
    r"lipca|sierpnia|września|października|listopada|grudnia|januari|februari|maart|mei|"
    r"augustus|"
    # Portuguese, Turkish, Indonesian and Malay, Swahili, Filipino
    r"fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|ocak|şubat|nisan|mayıs|"
    r"haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|agustus|oktober|desember|disember|"
    r"machi|aprili|julai|agosti|septemba|oktoba|desemba|pebrero|marso|hunyo|hulyo|"
    r"setyembre|oktubre|disyembre)"
)
# A day's date with its year: ISO, day and month name, month name and day, or in digits.
_DAY_DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.?\s+{_MONTH}\.?,?\s+\d{{4}}|"
    rf"{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}})"
)
_WEEKDAY = (
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|"
    r"miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|"
    r"sabato|domenica|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|maandag|"
    r"dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    # Portuguese, Turkish, Indonesian and Malay, Swahili, Vietnamese
    r"(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|pazartesi|salı|çarşamba|perşembe|"
    r"cuma|cumartesi|pazar|senin|selasa|rabu|kamis|jumat|sabtu|minggu|ahad|isnin|khamis|"
    r"jumaat|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|"
    r"thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)"
)
# A wire story's byline with the writer's role, as a news portal prints it over the
# story: "By JANE DOE, AP Business Writer", "By Jane Doe and John Roe, Associated Press
# Writer", "Jane Doe, Staff Writer"; the name and role may be printed twice, a second
# copy for small screens run into the first ("By Jane Doe, AP Writer Jane Doe, AP
# Writer"). Then how long ago the story was posted ("1 hour, 24 minutes ago", "2 hrs ago").
_BYLINE_NAME = r"(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3}"
_WIRE_ROLE = (
    r"(?:(?:the\s+)?(?:associated press|ap|reuters|afp|canadian press|bloomberg news)"
    r"(?:(?:\s+[a-z]+){0,2}\s+(?:writer|correspondent|reporter|editor)s?)?|"
    r"(?:[a-z]+\s+){0,2}(?:writer|correspondent|reporter|editor)s?)"
)
WIRE_BYLINE = (
    rf"(?:by:?\s+)?{_BYLINE_NAME}(?:\s+and\s+{_BYLINE_NAME})?,\s*{_WIRE_ROLE}"
    rf"(?:\s*{_BYLINE_NAME}(?:\s+and\s+{_BYLINE_NAME})?,\s*{_WIRE_ROLE})?"
)
POSTED_AGO = r"(?:\d{1,3} ?(?:hrs?|hours?|mins?|minutes?|days?),? ){1,2}ago"
# The date (and time) alone on a line, with the month's name or the weekday in one of
# those languages ("Dienstag, 19. November 2019", "20.04.2018 16:22", "31.10.2023,
# 19.18 Uhr"). Each of its forms holds two digits in a row (a year, or the minutes of
# the time first).
DAY_DATE_LINE = re.compile(
    rf"^\W*(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}\.?\s+(?:de\s+)?{_MONTH}\.?,?\s+(?:de\s+)?\d{{4}}|"
    rf"{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}})"
    # (the weekday after the date: "28 Kasım 2026 Cuma")
    rf"(?:,?\s+{_WEEKDAY})?"
    # ("Saturday, January 12, 2008 - Page updated at 12:00 AM")
    r"(?:,?\s*(?:um\s+|à\s+|at\s+|a las\s+|-\s*(?:page updated at\s+)?)?\d{1,2}[:.h]\d{2}"
    r"(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?(?:\s+(?-i:[A-Z]{2,5})|"
    r"\s*\(?gmt\s?[+-]\d{1,2}\)?)?)?\W*$|"
    # The time of day first: "2:15p.m. 28 December 2007", "04:52 PM PST on Friday,
    # January 18, 2008".
    r"^\W*\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)(?:\s+(?-i:[A-Z]{2,5}))?,?\s+(?:on\s+)?"
    rf"(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}\.?\s+{_MONTH}\.?,?\s+\d{{4}}|"
    rf"{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}})\W*$",
    re.I,
)

# The date (and time) with one short label after a bar or a dot: the story's category or
# author in the strip above it ("2021-10-16 | Health", "24. März 2004, 19:49 | Jane",
# "Posted: 24 November 2026 | By Lee Chang"). Not a table's row, whose line starts with
# its bar. Each form of its date holds two digits in a row (the year).
LABELLED_DATE_LINE = re.compile(
    r"^(?!\|)\W*(?:(?:posted|published|updated|date)(?:\s+(?:on|at))?\s*:?\s+)?"
    rf"{_DAY_DATE}"
    r"(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?)?\s*[|•·]\s*"
    r"[^\W\d][\w.'’-]*(?:\s+[\w.'’-]+){0,2}\W*$",
    re.I,
)

# A cookie notice ("We use cookies to ...", in the languages news is written in most), a
# byline strip with the date or the reading time ("By Jane Doe | November 19, 2019 | 3 min
# read").
CONSENT_AND_STRIP_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # The English furniture lines above in the other languages news is written in most:
    # the reading time, a read-more button alone, share and comment actions, pagination,
    # comment counts, a way back to the home page, the category label, dpa's closing code.
    (
        "metadata",
        re.compile(
            r"^\W*(?:tiempo de lectura|tempo di lettura|tempo de leitura|czas czytania|leestijd|"
            r"lesezeit|lesedauer|temps de lecture|reading time|läsningstid|lukuaika|læsetid|"
            r"lesetid)\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*(?:min\w*|minut\w*)\.?\W*$",
            re.I,
        ),
    ),
    ("read_more", BUTTON_LINE),
    (
        "share",
        re.compile(
            r"^\W*(?:kommentar schreiben|jetzt kommentieren|(?:diesen )?artikel (?:teilen|"
            r"anhören|drucken|merken|versenden|verschenken)|deel dit artikel|"
            r"e-?mail this (?:story|article)|(?:print|share) this (?:story|article)|"
            r"compart(?:e|ir) (?:esta noticia|este artículo)|partagez cet article|"
            r"partager sur \w+|condividi (?:questo )?articolo|udostępnij (?:ten )?artykuł|"
            r"skomentuj|seite drucken|drucken|druckversion|imprimer (?:cette page|cet article)|"
            r"imprimir|print (?:this )?page)\W*$",
            re.I,
        ),
    ),
    (
        "navigation",
        re.compile(
            r"^\W*(?:(?:page|seite|página|pagina|strona)\s+\d{1,3}\s+(?:of|von|de|di|z|van)\s+"
            r"\d{1,3}|(?:weiter zu seite|next page|nächste seite|page suivante|"
            r"página siguiente|pagina successiva|następna strona)\b.{0,20}|zur startseite|"
            r"zum artikel|zurück zur übersicht|retour à l'accueil|volver a la portada|"
            r"torna alla home|powrót do strony głównej|back to (?:home|homepage|the article)|"
            # A listing's way back ("Back to Blogs") and skip links to the main content.
            r"back to (?:(?:all |the )?(?:blogs?|news|articles|posts|stories|overview))|"
            r"(?:zum )?hauptinhalt(?: springen)?|zum inhalt(?: springen)?|"
            r"aller au contenu(?: principal)?|ir al contenido(?: principal)?)\W*$",
            re.I,
        ),
    ),
    (
        "comments",
        re.compile(
            r"^\W*(?:\d+\s+)?(?:komentarze?|komentarzy|comentarios?|commenti|reacties|"
            r"kommentarer|kommentare)\s*(?:\(\d+\))?\W*$",
            re.I,
        ),
    ),
    (
        "boilerplate",
        re.compile(
            r"^\W*(?:categor(?:y|ies)|kategorien?|catégories?|categorías?|categori[ae]|"
            r"kategori[ae]|rubrik|ressort)\s*:\s*.{1,80}$",
            re.I,
        ),
    ),
    ("credit", re.compile(r"^\W*dpa-infocom\b.{0,60}$", re.I)),
    ("metadata", DAY_DATE_LINE),
    ("metadata", LABELLED_DATE_LINE),
    # How long ago it was ("vor 2 Stunden", "hace 2 horas").
    (
        "metadata",
        re.compile(
            r"^\W*(?:(?:published|updated|posted)\s+)?(?:\d{1,2}|an?|one)\s+"
            r"(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago\W*$|"
            r"^\W*vor\s+\d{1,2}\s+(?:minuten|stunden|tagen)\W*$|"
            r"^\W*il y a\s+\d{1,2}\s+(?:minutes?|heures?|jours?)\W*$|"
            r"^\W*hace\s+\d{1,2}\s+(?:minutos?|horas?|días?)\W*$|"
            r"^\W*\d{1,2}\s+(?:minut[ay]?|godzin[ay]?|dni)\s+temu\W*$",
            re.I,
        ),
    ),
    # A breadcrumb trail from the home page ("Home › News › Local", "Startseite / Politik"),
    # and the labels of the page's controls alone on a line ("Related", "Search", "Close").
    (
        "navigation",
        re.compile(
            r"^\W*(?:home|homepage|startseite|accueil|inicio|portada|strona główna)\s*"
            r"(?:(?:[›>»]\s*[^›>»/|]{1,30}){1,5}|(?:[/|]\s*[^›>»/|]{1,30}){2,5})$|"
            r"^\W*(?:related|tags|log ?in|sign in|sign up|menu|search|close|like this:?|"
            r"schließen|suche|fermer|rechercher|cerrar|buscar|chiudi|cerca|zamknij|szukaj)\W*$",
            re.I,
        ),
    ),
    # A news agency's name alone on a line: the story's credit.
    (
        "credit",
        re.compile(
            r"^\W*(?:AFP|AP|Reuters|dpa|PAP|EFE|ANSA|APA|KNA|epd|Xinhua|TASS|AAP|ANP|"
            r"Belga|SDA|Keystone-SDA|Europa Press)\W*$",
            re.I,
        ),
    ),
    (
        "boilerplate",
        re.compile(
            r"^\W*(?:we (?:use|are using) cookies|(?:this|our) (?:web ?site|site) "
            r"(?:uses|is using) cookies|wir (?:verwenden|nutzen) cookies|"
            r"diese (?:web)?(?:site|seite) (?:verwendet|nutzt) cookies|"
            r"nous utilisons des cookies|ce site utilise des cookies|(?:utilizamos|usamos) cookies|"
            r"este (?:sitio|portal)(?: web)? (?:utiliza|usa) cookies|"
            r"(?:usiamo|utilizziamo) (?:i )?cookie|questo sito (?:utilizza|usa) (?:i )?cookie|"
            r"używamy (?:plików )?cookie|(?:ta|nasza) strona (?:internetowa )?"
            r"(?:używa|wykorzystuje) (?:plików )?cookie|wij gebruiken cookies|"
            r"deze (?:web)?site gebruikt cookies)\b.{0,300}$",
            re.I,
        ),
    ),
    (
        # A press release's issuer over its text, as the release wires show it ("News
        # provided by Northwind Pumps, Inc."): who sent it, not the story.
        "byline",
        re.compile(r"^\W*news provided by\s+\S.{0,80}$", re.I),
    ),
    (
        # A byline alone on a line, in the languages news is written in most ("Von Georg
        # Kasch", "Par Jean Dupont", "Written by Jane Doe"): a label, then a name, or two
        # ("By JANE DOE AND JOHN ROE", "Von Jana Meier und Tom Berg").
        "byline",
        re.compile(
            r"^\W*(?:by|written by|words by|posted by|von|par|por|di|door|av|af)\s+"
            r"(?-i:[A-ZÀ-ÝŁŚŻŹĆ])[\w.'’-]+(?:\s+(?-i:[A-ZÀ-ÝŁŚŻŹĆ])[\w.'’-]+){1,3}"
            r"(?:\s+(?:and|und|et|y|e|en)\s+"
            r"(?-i:[A-ZÀ-ÝŁŚŻŹĆ])[\w.'’-]+(?:\s+(?-i:[A-ZÀ-ÝŁŚŻŹĆ])[\w.'’-]+){1,3})?\W*$",
            re.I,
        ),
    ),
    (
        # A wire story's credit on a line of its own: the agency after the writer's name,
        # or alone, or the paper's staff ("By: Jane Doe, THE CANADIAN PRESS", "By JANE DOE,
        # AP Business Writer", "THE ASSOCIATED PRESS", "By CP", "Harbour Times staff
        # reporter"); the name without "By" before a comma ("Jane Doe, THE ASSOCIATED
        # PRESS"), after the story's date and time ("1/10/2026, 6:07 a.m. EST By JANE DOE
        # The Associated Press"); a paper's news service ("Tribune News Service", "Harbour
        # Times news services", "Example.ca News Staff").
        "byline",
        re.compile(
            r"^\W*(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?"
            r"(?:\s+(?-i:[A-Z]{2,4}))?\s+)?"
            r"(?:by:?\s+(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3}(?:,|\s+[-–—])?\s*|"
            r"(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3},\s*|by\s+)?"
            r"(?:(?:the )?(?:associated press|canadian press|press association)|reuters|afp|ap|cp|"
            r"bloomberg news)(?:\s+(?:[a-z]+\s+)?(?:writer|correspondent|reporter))?\W*$|"
            r"^\W*(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}news (?:services?|staff)\W*$|"
            r"^\W*(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}staff\s+(?:reporter|writer)\W*$",
            re.I,
        ),
    ),
    (
        "byline",
        re.compile(
            # then a bar, a dot or a dash and the date, its time or the reading time after it
            r"^\W*(?:by|von|par|por|di|door|av|af)\s+(?-i:[A-ZÀ-ÝŁŚŻŹĆ])[\w.'’-]+"
            r"(?:\s+(?-i:[A-ZÀ-ÝŁŚŻŹĆ])[\w.'’-]+){0,3}\s*(?:[|•·]|\s[—–]\s)\s*"
            r".{0,80}(?:\d{4}|\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h))?|"
            r"min(?:ute)?s? read|ago)\W*$",
            re.I,
        ),
    ),
    (
        # ... or the word that says the date is the story's ("By Jane Doe Published 09
        # November 2024 17:39", "Von Jana Meier Aktualisiert am 3. März 2024"). Not a
        # table's row, whose line starts with its bar.
        "byline",
        re.compile(
            r"^(?!\W*\|)\W*(?:by|von|par|por|di|door|av|af)\s+(?-i:[A-ZÀ-ÝŁŚŻŹĆ])[\w.'’-]+"
            r"(?:\s+(?-i:[A-ZÀ-ÝŁŚŻŹĆ])[\w.'’-]+){0,3}\s+(?:published|updated|posted|"
            r"veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado)"
            rf"(?:\s+(?:on|am|le|el))?:?\s+(?:{_WEEKDAY},?\s+)?(?=\d|{_MONTH}\b)"
            r"[\w.,:/ -]{0,50}?(?:\d{4}|\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h))?|ago)"
            r"(?:\s+(?-i:[A-Z]{2,4}))?\W*$",
            re.I,
        ),
    ),
    (
        # ... or a wire story's byline with its role, then how long ago it was posted
        # ("By JANE DOE, AP Writer Jane Doe, AP Writer – 2 hrs ago").
        "byline",
        re.compile(rf"^\W*{WIRE_BYLINE}\s*(?:[-–—|•·]\s*)?{POSTED_AGO}\W*$", re.I),
    ),
    (
        "byline",
        re.compile(
            # ... or a comma and a date (and its time) alone: "Von Jan Müller, 26.11.2026"
            r"^\W*(?:by|von|par|por|di|door|av|af)\s+(?-i:[A-ZÀ-ÝŁŚŻŹĆ])[\w.'’-]+"
            r"(?:\s+(?-i:[A-ZÀ-ÝŁŚŻŹĆ])[\w.'’-]+){0,3},\s*"
            rf"{_DAY_DATE}"
            r"(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|[ap]\.?m\.?))?)?\W*$",
            re.I,
        ),
    ),
)
# Photo agencies as a credit names them after the photographer.
_PHOTO_AGENCY = (
    r"(?:getty ?images|reuters|afp|ap(?: photo)?|epa(?:-efe)?|bloomberg|shutterstock|alamy|"
    r"nurphoto|dpa|anadolu(?: agency)?|sipa(?: usa)?|zuma(?: press| wire)?|xinhua|"
    r"pa(?: images| wire)?|imago(?: images)?)"
)
# Furniture of news pages around and inside the story, whole short lines: photo credits
# and gallery counters, links to the next and previous story, paywall and log-in
# prompts, feedback links, legal links.
NEWS_FURNITURE_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "credit",
        re.compile(
            r"^\W*(?:(?:image|photo|picture) copyright\s.{1,100}|embed from getty images|"
            r"(?:getty images|shutterstock|istock(?:photo)?|alamy)(?:\s+(?:for|via)\s.{1,60})?|"
            r"(?:AP|AFP|EPA|PA|Reuters|Getty)(?: Images)?(?: Photo)?\s*/\s*.{1,80}|"
            # The photographer's name before the agency: "Jane Doe/Getty Images", "JANE
            # DOE/AFP/Getty Images", "J. Doe / Reuters" (names capitalised, two to four).
            rf"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){{1,3}}\s*/\s*{_PHOTO_AGENCY}"
            rf"(?:\s*/\s*{_PHOTO_AGENCY})*|"
            r"(?:(?:photo|image|slide|picture)\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3})\W*$",
            re.I,
        ),
    ),
    (
        "navigation",
        re.compile(
            r"^\W*(?:(?:next|previous|prev) (?:article|story|post)|back to the homepage|"
            # a blog's pager and its empty related box: "Older Post", "Newer Posts", "No
            # related posts."; "Return to top", "[return to index]", "[ Back To The Top ]",
            # "(Return to top of page)"
            r"(?:older|newer) (?:posts?|entries)|no related posts|return to index|"
            r"(?:back|return) to (?:the )?top(?: of (?:the |this )?page)?|"
            r"see all (?:stories|articles|news)|top stories|trending(?: now| stories)?|"
            r"most popular|related topics|sponsored stories|partner content|promoted|"
            r"recommended|featured|open in (?:the )?app|copied!?|bookmark|save for later)\W*$",
            re.I,
        ),
    ),
    (
        "paywall",
        re.compile(
            r"^\W*(?:already (?:a subscriber|have an account)\?.{0,30}|"
            r"(?:log|sign) in to (?:continue reading|read more|read the (?:full|rest)).{0,60}|"
            r"you have reached your (?:limit|maximum) of free articles.{0,100}|"
            r"to continue reading,? (?:please )?(?:subscribe|log in|sign in).{0,60}|"
            r"support (?:independent|our|quality) journalism.{0,60})$",
            re.I,
        ),
    ),
    ("paywall", re.compile(rf"^\W*(?:{PAYWALL_NOTICES})\W*$", re.I)),
    (
        "boilerplate",
        re.compile(
            r"^\W*(?:report (?:an error|a typo|a correction)|send us (?:a correction|your feedback)|"
            r"read our community guidelines|we want to hear from you|"
            r"(?:have|got) a (?:confidential )?(?:news )?tip\?.{0,120}|"
            r"privacy (?:policy|dashboard|settings|cent(?:er|re))|your privacy choices|"
            r"cookie policy|terms (?:of|and) (?:use|service|conditions|privacy(?: policy)?))\W*$",
            re.I,
        ),
    ),
)
# Furniture of blogs, review sites and newsletter archives, whole short lines: links to the
# site's review of each product in a round-up, "see also" list items, a newsletter's
# web-view line, audio players, review stamps, trial offers, unrendered template tags.
SITE_WIDGET_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "read_more",
        re.compile(
            # "Read our full Acme X2 review", "Read our in-depth Acme review."
            r"^\W*read (?:our|the|my) (?:full |complete |in-depth |detailed |hands-on )?"
            r"(?:[\w.&'’()+-]+ ){1,8}review\W*$|"
            # "- See also: Another headline" (the prefix alone is caught as a teaser).
            r"^\W*(?:see also|(?:can )?also read)\s*:\s*.{3,150}$",
            re.I,
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"^\W*(?:is this email not displaying correctly\?|"
            r"having trouble (?:viewing|reading) this email\?|"
            r"view (?:this email |this newsletter )?(?:in|on) (?:your|a) (?:web )?browser\b).{0,60}$",
            re.I,
        ),
    ),
    (
        "boilerplate",
        re.compile(
            r"^\W*(?:listen to (?:this|the) (?:article|story|post)(?: in [\w ]{1,30}| now| here)|"
            # "Date Last Reviewed:", "Page last updated" (a date, if any, follows on its own).
            r"(?:date |page )?last (?:reviewed|updated|modified)\s*:?|"
            r"(?:start (?:your |a )?|try (?:it )?)?free (?:\d+[- ]day )?trial\W+"
            r"no credit card (?:required|needed)|no credit card (?:required|needed)|"
            r"(?:send|share|email|forward) this (?:article|story|post|page) (?:to|with) "
            r"(?:someone|a friend|friends|your friends|others)\b.{0,40}|"
            # The site's archive offered under the story: "Search for more stories on this
            # topic on Newsbank, our news archive service. Click here".
            r"search (?:for )?more (?:stories|articles|news) (?:on|about) this (?:topic|subject)"
            r"\b.{0,100}|"
            # Placeholders a page builder left unrendered: "[CTA_MODULE]", "{{banner="/x"}}";
            # an e-mail address hidden by the CDN.
            r"\[[A-Z][A-Z0-9]*_[A-Z0-9_]+\]|\{\{[\w-]+=[^{}]{1,200}\}\}|\[email\s+protected\])\W*$",
            re.I,
        ),
    ),
    (
        # Labels of photo viewers and article tools ("toggle caption", "Image source, X",
        # "Open image in gallery", "Share full article", "Gift this article"), and what
        # is left of a social embed without its frame.
        "boilerplate",
        re.compile(
            r"^\W*(?:enlarge (?:this )?(?:image|photo)|(?:hide|toggle|show) caption|open image in gallery|"
            r"bild (?:anzeigen|vergrößern)|alle angaben ohne gewähr|"
            r"expand (?:this )?image|click (?:here )?to enlarge|view (?:full ?screen|gallery)|"
            r"image (?:source|caption),(?: .{1,80})?|"
            r"(?:share|save|gift|give) (?:this|full) article|"
            r"view this (?:post|video|photo) on (?:instagram|tiktok|facebook|x|twitter|youtube)|"
            r"a (?:post|video|photo) shared by [^()]{1,60}\(@[\w.]+\))\W*$",
            re.I,
        ),
    ),
    (
        # A widget's status message left in the page's text: a store or office finder
        # that found nothing ("Sorry, we couldn't find a match for this location."), a
        # blog box with no posts ("Sorry, no blogs are active for this topic."), a retired
        # section's notice, a log-in box's "Your account has been frozen." The reader is
        # told what the page failed to show; a story's "Sorry, ..." sentence says more.
        "boilerplate",
        re.compile(
            r"^\W*(?:(?:we(?:'|’)re |we are )?sorry\W+(?:"
            r"(?:we )?(?:could ?n[o'’]t|can ?n[o'’]t|were unable to|are unable to) find "
            r"(?:a |any )?(?:match|results?)\b|"
            r"(?:there (?:are|is) )?(?:currently )?no (?:\w+ ){1,2}(?:are |is )?(?:currently )?"
            r"(?:active|listed|available) (?:for|under|in) this (?:topic|section|category|page)\b|"
            r"it looks like this (?:option|feature|service) is (?:not|no longer) available\b)"
            r".{0,200}|"
            r"(?:this|the) (?:section|page) is no longer in use\b.{0,120}|"
            r"your account has been (?:frozen|suspended|locked)\b.{0,120})$",
            re.I,
        ),
    ),
    (
        # The reviewer's credit over a health or finance story: "Reviewed by Jane Roe, MD,
        # Editor in Chief, ...", "Medically reviewed by Jane Roe".
        "author_bio",
        re.compile(
            r"^\W*(?:medically |clinically |expert(?:ly)? |fact[- ]checked and )?reviewed by\s+"
            r"(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,3}(?:\s*[,;].{0,250})?\W*$",
            re.I,
        ),
    ),
)
BOILERPLATE_LINES = (
    *BOILERPLATE_LINES,
    DATELINE_ONLY,
    PAYWALL,
    *OTHER_LANGUAGE_LINES,
    *NEWS_FURNITURE_LINES,
    *CONSENT_AND_STRIP_LINES,
    *SITE_WIDGET_LINES,
)

# The rights notice of a site's footer set in a row of its links, between bars (2+).
NOTICE_IN_FOOTER_ROW = (
    r"^(?=(?:[^|]*\|){2}).{0,300}?(?:\ball rights reserved\b|[©ⓒ]\s*copyright\b|"
    r"\bcopyright\s*[©ⓒ])"
)
# A site's rights notice closing the page, with its terms of reuse after it (as long as it
# likes): the notice opens it ("©Copyright 2006 X. All Rights Reserved. This content may
# be copied ...", "All content is Copyright © 2008 X. All rights reserved. Any other
# reproduction ...", "All material in this site is ©2006 by X. No part of it may be used
# without ..."), or it is the footer row above. A story's sentence does not open so.
RIGHTS_NOTICE = re.compile(
    r"^\W*(?:all (?:site |of (?:the|our) )?(?:content|material|articles?|text)s?\b[^.!?]{0,40}?"
    r"\b(?:is|are)\s+)?(?:[©ⓒ]|\(c\)\s|copyright\s*(?:[©ⓒ]|\(c\)|(?:19|20)\d\d\b))"
    r".{0,200}?(?:\ball rights reserved\b|\b(?:no part|reproduction|redistribution|"
    r"republication)\b.{0,120}?\b(?:without|prohibited|forbidden)\b)|"
    rf"{NOTICE_IN_FOOTER_ROW}",
    re.I,
)

# An affiliate disclosure: the site earns from the links in the story (also looked for in
# the closing lines of any length, see lines.tail_reason).
AFFILIATE_DISCLOSURE = re.compile(
    r"^(?!- )\W*(?:\w+\W+){0,30}?affiliate (?:links?|marketer|partners?(?:hips?)?|"
    r"programs?|relationships?|commissions?)\b.{0,300}\b(?:commissions?|earn|kick ?back|"
    r"compensat\w+|at no (?:additional|extra) cost)\b",
    re.I,
)

# Page tools as one line writes them: sharing, bookmarking services, print and e-mail.
_TOOL = (
    r"(?:share(?: this(?: article| story)?)?|submit to|e-?mail(?: this)?(?: article| story| page)?|"
    r"(?:e-?)?mail (?:this )?to a friend|e-?mail[- ]a[- ]friend|"
    r"print(?: this)?(?: article| story| view| version| page)?|"
    r"read later|save for later|digg(?: it| this)?|newsvine|del\.icio\.us|delicious|reddit|"
    # "Share/save this article:", "Post to del.icio.us"
    r"share/save(?: this(?: article| story| page)?)?|post to|"
    r"stumble ?it!?|stumbleupon|blinklist|technorati|furl|facebook|twitter|tweet(?: it)?|"
    r"like it|add to my news|leave a comment|related articles|"
    # "Printer-friendly version Email-a-friend Respond", "Article E-Mail :: Comment ::
    # Syndication", "| Talk Back | Printer Friendly | eMail Article |"
    r"respond|comment|talk ?back|syndication|article e-?mail|get this via e-?mail|"
    # "Printer friendly format", "Printable version | Send it to a friend | Save story"
    r"print(?:er)?[- ]friendly(?: format| version| page)?|printable (?:version|format|page)|"
    r"send (?:it|this(?: article| story| page)?) to a friend|save (?:this )?(?:story|article)|"
    # "Send this article | Print this article", "Increase font size", "View author's page"
    r"send this (?:article|story|page)|(?:increase|decrease|enlarge|reduce|reset) "
    r"(?:the )?(?:font|text)(?: size)?|view (?:the )?author'?s (?:page|profile))"
)
# A day of a month ahead (with the month's name or in figures), not a month or a year alone.
_DATED = (
    rf"(?=.*(?:\b{_MONTH}\.?,?\s+\d{{1,2}}\b|\b\d{{1,2}}\.?\s+{_MONTH}\b|"
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b))"
)
# The words of a date and its time, and what joins them ("Page updated at", "on").
# Possessive: a word two alternatives read ("ON", "MAY") would otherwise double the ways
# to try on each repeat, 2^n on a line that does not end as a date.
_DATE_TIME_WORDS = (
    rf"(?:(?:{_WEEKDAY}|{_MONTH})\b\.?|\d{{1,4}}(?:st|nd|rd|th)?\b|[ap]\.?m\b\.?|"
    r"(?-i:[A-Z]{2,4})\b|(?:on|at|um|uhr|page|last|updated|published|posted)\b|[-:;,./|\s])++"
)

# Patterns that look inside the line, tried only when the lower-cased line contains one
# of their keywords (scanning every line with them would cost more than the rest).
GATED_BOILERPLATE_LINES: tuple[tuple[tuple[str, ...], str, re.Pattern[str]], ...] = (
    (
        # A menu flattened onto one line, four or more short items between bars ("Local
        # News | State News | Obituaries | Archive"; "\\|" where a table cell held it). Not
        # a table row ("| a | b |"), and no item ends a sentence.
        ("|",),
        "navigation",
        re.compile(r"^(?!\|)(?:[^|.!?:]{1,30}?\s\\?\|\s+){3,}[^|.!?:]{1,30}$"),
    ),
    (
        # A strip of page tools, nothing else ("E-mail article Print view Share: Digg
        # Newsvine", "Mail to a friend Print story Read later", "Submit to: Digg Reddit").
        (
            "print",
            "mail",
            "digg",
            "del.icio",
            "stumble",
            "newsvine",
            "blinklist",
            "reddit",
            "share/",
        ),
        "share",
        re.compile(rf"^\W*{_TOOL}(?:[\W_]+{_TOOL})+[\W_]*$", re.I),
    ),
    (
        # One page tool alone on its line, as a list item or a button ("- Increase font
        # size", "Send this article:", "Email this Page", "Recommend this article...");
        # "Increase the font size in your browser's settings." is a sentence and stays.
        ("font", "text size", "send this", "mail this", "friendly", "recommend this"),
        "share",
        re.compile(
            # ("Printer friendly", "Printer-friendly page")
            r"^\W*(?:print(?:er)?[- ]friendly(?: format| version| page)?|"
            r"(?:increase|decrease|enlarge|reduce|reset|larger|smaller|bigger) "
            r"(?:the )?(?:font|text)(?: size)?|(?:font|text) size\W*(?:larger|smaller|bigger)?|"
            r"(?:send|e-?mail) this (?:article|story|page)(?: to a friend)?|"
            r"recommend this (?:article|story|page))\W*$",
            re.I,
        ),
    ),
    (
        # The strip of the day the story was posted and the day it was updated, nothing
        # else ("Posted: 6:12 PM Dec 30, 2007 Last Updated: 6:10 PM Dec 31, 2007",
        # "Published Oct 10, 2023 - [Updated Dec 3, 2025]"); each alone is a line pattern.
        ("updated", "modified"),
        "boilerplate",
        re.compile(
            r"^\W*(?:published|posted|created|first published)(?=\D*\d)"
            rf"(?:{_DATE_TIME_WORDS}|modified\b|created\b|[\[\]])++$",
            re.I,
        ),
    ),
    (
        # Where the story came from and when, alone on a line ("Associated Press - January
        # 10, 2008 3:23 PM ET", "Dow Jones | Wed, Jan 16 2008, 07:40 GMT"): a source of a
        # few words, a bar or a dash, and a date with its time.
        ("19", "20"),
        "metadata",
        re.compile(
            r"^(?![|-] )\W*[^\W\d][\w.&'’]*(?:\s+[\w.&'’]+){0,3}\s+[-|–—]\s+"
            rf"(?=[^|]*\b(?:19|20)\d\d\b){_DATED}{_DATE_TIME_WORDS}$",
            re.I,
        ),
    ),
    (
        # What a player or a widget needs to show ("You need the latest Flash player to
        # view video content", "Please enable JavaScript to view the comments", "requires
        # Flash player version 6 or greater"): the element it stood for is not in the text.
        ("flash", "javascript", "browser"),
        "boilerplate",
        re.compile(
            r"^\W*(?:this (?:media |video |audio )?(?:player|content|video|page|site) )?"
            r"(?:you (?:need|must have|will need)|get|install|download|upgrade|requires?|"
            r"please (?:enable|install|upgrade|update))\b.{0,60}?"
            r"\b(?:flash(?: player)?|javascript|browser)\b"
            r"(?=.*\b(?:to (?:view|see|watch|play|hear|listen to|use|read|display|access)|"
            r"version|or (?:greater|higher|later|newer))\b).{0,120}$",
            re.I,
        ),
    ),
    (
        # A post's meta strip, its parts between bars: the tags or categories after the
        # byline or date ("Jane Doe | Tags: Budget, Council", "Posted on: May 2, 2008 Filed
        # under: Pop"), where it was filed ("| Published in Holidays") and its comments
        # ("1 Comment » |", "Leave a comment! |", "| 8 COMMENTS | + ADD YOUR COMMENT").
        ("tags", "filed under", "categor", "abgelegt", "published", "posted", "comment"),
        "metadata",
        re.compile(
            r"^.{0,120}?(?:(?:[|,]\s*(?:tags|categories|kategorien?)|\b(?:filed|abgelegt) "
            r"(?:under|unter))\s*:|"
            r"\|\s*(?:published|posted) (?:in|on)\b|\b\d+ comments?\s*[»|]|"
            r"leave a comment!?\s*\||\|\s*\+?\s*add your comment).{0,300}$",
            re.I,
        ),
    ),
    (
        # A post's footer: when it was posted and how many comments it drew ("Posted on
        # November 7, 2012 at 1:39 PM • 20 Comments", "Posted at 8:41 PM | link | 5 comments").
        ("posted", "published"),
        "metadata",
        # (The count after a separator: "Published last week, the report drew 120
        # comments." is a sentence.)
        re.compile(r"^\W*(?:posted|published)\b.{0,120}?[•|·]\s*\d+ comments?[\s»]*$", re.I),
    ),
    (
        # A source given as an address alone ("Source: www.example.com", "Quelle:
        # https://..."): the credit of a chart or a picture, not a sentence of the story.
        ("source", "via", "quelle", "fuente", "fonte", "źródło", "bron"),
        "credit",
        re.compile(
            r"^\W*(?:(?:image |photo |picture )?sources?|via|quelle|fuente|fonte|źródło|bron)"
            r"\s*:\s*(?:https?://|www\.)\S+\W*$",
            re.I,
        ),
    ),
    (
        # A social profile given as an address alone ("Twitter: @example", "Facebook Fan
        # Page: www.facebook.com/example", "Youtube: youtube.com/user/example").
        ("facebook", "twitter", "instagram", "youtube", "linkedin", "pinterest", "tiktok"),
        "share",
        re.compile(
            r"^\W*[\w ]{0,20}\b(?:facebook|twitter|instagram|youtube|linkedin|pinterest|tiktok)"
            r"\b[\w ]{0,20}:\s*(?:https?://|www\.|@|[\w-]+\.com/)\S+\W*$",
            re.I,
        ),
    ),
    (
        # An invitation to follow the site's account ("Connect With Us on Twitter", "Follow
        # @exampledesk for breaking news and headlines.").
        ("follow @", "with us on", "join us on", "follow us on"),
        "share",
        re.compile(
            r"^\W*(?:follow @\w+ (?:for|on)\b.{0,100}|(?:connect|join|follow) (?:with )?us on "
            r"(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky)\b.{0,60})$",
            re.I,
        ),
    ),
    (
        # A closed thread's notice ("The comments to this entry are closed.").
        ("closed", "geschlossen"),
        "comments",
        re.compile(
            r"^\W*(?:(?:the )?comments (?:to|on|for) this (?:entry|post|article|story) are "
            r"(?:now )?closed|comments are (?:now )?closed|kommentare (?:sind )?geschlossen)\W*$",
            re.I,
        ),
    ),
    (
        # The comment form's call to log in, in the languages news is written in most (the
        # English and German ones are ungated patterns): "Para comentar debes estar
        # registrado.", "Vous devez être connecté pour publier un commentaire.", "Você
        # precisa estar logado para comentar.", "Devi essere connesso per inviare un
        # commento.", "Musisz się zalogować, aby dodać komentarz.", "Je moet ingelogd zijn
        # om een reactie te plaatsen." (Not "Para comentar el caso, el ministro ...".)
        (
            "comentar",
            "comentario",
            "comentário",
            "commentaire",
            "commenter",
            "commento",
            "commentare",
            "komentarz",
            "reactie",
            "reageren",
        ),
        "comments",
        re.compile(
            r"^\W*(?:(?:lo sentimos|lo siento|désolé|desculpe|spiacente),?\s+)?(?:"
            r"(?:para (?:poder )?comentar,?\s+)?(?:debes|deberás|tienes que|necesitas|"
            r"es necesario|hay que) (?:estar (?:registrad|conectad|identificad|logead|logued)[oa]|"
            r"registrarte|iniciar sesión|identificarte|acceder)(?: para (?:poder )?(?:comentar|"
            r"(?:publicar|dejar|escribir|enviar) (?:un|tu) comentario))?|"
            r"(?:pour (?:pouvoir )?commenter,?\s+)?vous devez (?:être (?:connecté|inscrit|"
            r"identifié)e?|vous (?:connecter|identifier|inscrire))(?: pour (?:pouvoir )?"
            r"(?:commenter|(?:publier|poster|laisser|rédiger|écrire) un commentaire))?|"
            r"(?:para (?:poder )?comentar,?\s+)?(?:você )?(?:precisa|deve|tem que|"
            r"é (?:necessário|preciso)) (?:estar (?:logad|conectad|registrad|cadastrad)[oa]|"
            r"fazer (?:o )?login|entrar|se (?:registrar|cadastrar))(?: para (?:poder )?"
            r"(?:comentar|(?:publicar|deixar|enviar) (?:um|seu) comentário))?|"
            r"(?:per (?:poter )?commentare,?\s+)?(?:devi|è necessario|occorre|bisogna) "
            r"(?:essere (?:connesso|registrato|loggato)|effettuare il login|accedere|registrarti)"
            r"(?: per (?:poter )?(?:commentare|(?:inviare|pubblicare|lasciare|scrivere) un "
            r"commento))?|"
            r"musisz (?:się zalogować|być zalogowan[ya]),? (?:aby|żeby) (?:móc )?(?:dodać|"
            r"napisać|skomentować|komentować)\b[^.!?]{0,30}|"
            r"(?:je|u) moet (?:ingelogd|aangemeld) zijn (?:op \S+ )?om (?:een reactie te "
            r"(?:plaatsen|geven)|te reageren))"
            r"(?:[.!]\s+[^.!?]{0,60})?\W*$",
            re.I,
        ),
    ),
    (
        # The site's notice that it moderates the thread, in its own voice ("Comments are
        # moderated.", "Note: we are temporarily moderating all comments submitted to deal
        # with a surge in spam."); not a report that someone moderates comments.
        ("moderat",),
        "comments",
        re.compile(
            r"^\W*(?:note:\s*)?(?:(?:all )?comments (?:on this (?:article|story|post) )?"
            r"(?:are|will be|may be) (?:pre-?)?moderated|"
            r"(?:we are|we're|we) (?:temporarily |currently )?(?:pre-?)?moderat(?:e|ing) "
            r"(?:all )?comments)\b.{0,120}$",
            re.I,
        ),
    ),
    (
        # The thread's house rules in the site's own voice, over the comments or the form
        # ("Comments are limited to 200 words or less.", "Comment posters are responsible
        # for the opinions they express ...", "If you believe this comment is offensive
        # ..., you can report it below", "We welcome your comments on this story. ...",
        # "Read our Comment Policy before posting."); not a report that commenters were
        # held responsible. (A thread's rules under their heading go with the heading: see
        # TAIL_SECTION_HEADING.)
        (
            "limited to",
            "restricted to",
            "responsible for",
            "if you believe",
            "welcome your comments",
            "read our",
        ),
        "comments",
        re.compile(
            r"^\W*(?:(?:comments (?:are|must be|will be) (?:limited|restricted) to \d+ "
            r"(?:words|characters)|"
            r"(?:comment posters|commenters) are (?:solely )?responsible for (?:the|their)\b|"
            r"if you believe (?:that )?(?:this comment (?:is|violates)|a commenter (?:has|is))\b|"
            r"we welcome your comments(?: on this (?:story|article|post))?\b).{0,400}|"
            r"(?:[^.!?]{0,60}[.!]\s+)?(?:please )?read our (?:comment(?:ing)?|community) "
            r"(?:policy|guidelines|rules)\b.{0,60})$",
            re.I,
        ),
    ),
    (
        # The site's note that it answers not for the pages it links to ("The BBC is not
        # responsible for the content of external internet sites", "(Note: The Network
        # does not endorse and is not responsible for the content of external sites)").
        ("external",),
        "disclaimer",
        re.compile(
            r"^\W*(?:note:\s*)?(?:(?!(?:said|says|that)\b)[\w.'’&!-]+ ){1,4}"
            r"(?:does not endorse and )?(?:is|are) not "
            r"responsible for the content of external (?:internet |web )?(?:sites|websites|links)"
            r"\b.{0,120}$",
            re.I,
        ),
    ),
    (
        # A blog's comment furniture that no thread fills: the empty thread's notice ("No
        # comments yet.", "There are currently no comments for this entry."), the feeds
        # under the post (WordPress's "RSS feed for comments on this post. TrackBack URI",
        # Blogger's "Post Comments (Atom)"), the form's buttons and its e-mail field ("Add
        # comment", "Post your comment", "Mail (will not be published) (required)") and a
        # thread's per-comment tool ("Report this comment").
        ("comment", "trackback", "published"),
        "comments",
        re.compile(
            r"^\W*(?:no comments yet|there are (?:currently )?no comments(?: yet)?"
            r"(?: for this (?:entry|post|story|article))?|"
            r"no comments have (?:so far |yet )?been (?:submitted|posted|made)\b.{0,80}|"
            r"rss feed for comments on this (?:post|entry)\W*(?:trackback ur[il])?|"
            r"(?:subscribe to\W+)?post comments \(atom\)|"
            r"add comment|make a comment|post your comment|post a new comment|"
            r"report this comment|log ?in or register to post comments|"
            r"blog comments powered by(?: disqus)?|"
            r"comments are (?:now )?closed for this (?:story|article|post|entry)|"
            r"\d+ comments posted\W+post a new comment|"
            r"mail \(will not be published\)(?: \(required\))?)\W*$",
            re.I,
        ),
    ),
    (
        # The site's own contest or offer, a call to sign up: "WIN a fantastic plasma TV -
        # just sign up now for our fantasy cricket game ...", "Don't miss out - sign up
        # today.", "Sign up today for a free trial". (Not "Candidates can register now ...":
        # the call opens the line; a prize is offered with a dash or "now" before the call.)
        ("sign up", "register now", "join now", "join today"),
        "advertisement",
        re.compile(
            r"^\W*(?:win (?:a|an|one of)\b.{0,150}?(?:[-–—!:]\s*(?:just |simply )?"
            r"(?:sign up|register|enter)\b|\b(?:sign up|register|enter) (?:now|today)\b).{0,200}|"
            r"(?:don'?t miss out\W+)?(?:sign up|register|join) (?:now|today)\b.{0,80})$",
            re.I,
        ),
    ),
    (
        # What an old site asks of the reader's browser: "Site Requirements : Internet
        # Explorer 6.0+ or Netscape 5.0+, Flash Player 9.0 ...", "This site is best viewed in
        # 1024x768 resolution", "Best viewed with Firefox".
        ("best viewed", "requirements"),
        "boilerplate",
        re.compile(
            r"^\W*(?:(?:this )?(?:site|page|website) (?:is )?best viewed (?:in|with|at|using|on)\b|"
            r"best viewed (?:in|with|at|using|on)\b|"
            r"(?:minimum )?(?:site|system|browser|technical) requirements\s*:).{0,300}$",
            re.I,
        ),
    ),
    (
        # A blog's links to the posts before and after this one, around the way to its
        # front page (Movable Type and TypePad: "« Older post | Main | Newer post »").
        ("main",),
        "navigation",
        re.compile(
            r"^\W*(?:«[^»]{1,200}\|\s*main\s*(?:\|[^«]{1,200}»)?|main\s*\|[^«]{1,200}»)\W*$",
            re.I,
        ),
    ),
    (
        # The same menu between dots or dashes ("Home · Weather · News · Sports"). Items
        # with figures are a fact strip ("1-4 Players • Ages 14+ • 60 minutes").
        (" · ", " • ", " - "),
        "navigation",
        re.compile(r"^(?:[^\d·•.!?:|-]{1,30}?\s[·•-]\s+){3,}[^\d·•.!?:|-]{1,30}?(?:\s[·•-])?$"),
    ),
    (
        # The paper's subscription offered at a discount, the call closing the line:
        # "Subscribe to The Daily X and save over 70%*", "New year - subscribe now to save
        # 32%" (not "Readers who subscribe save 20% on fees, the company said.").
        ("subscribe",),
        "newsletter",
        re.compile(
            r"^\W*(?:[^.!?]{0,60}[.!?:–—-]+\s*)?subscribe\b[^.!?]{0,60}\bsave "
            r"(?:up to |over |more than )?\d{1,2}(?:\.\d)?\s?%\W{0,3}$",
            re.I,
        ),
    ),
    (
        # The site's app offered ("Want more? Download our free app for iPhone ...").
        ("download our",),
        "promotion",
        re.compile(
            r"^(?!- )\W*(?:[^.?!]{0,60}[.?!]\s+)?download our (?:free )?(?:\w+ )?app\b.{0,120}$",
            re.I,
        ),
    ),
    (
        ("sign up", "signup", "subscribe", "register", "join"),
        "newsletter",
        re.compile(
            # (Not a list item: a step of a how-to, "- Sign up for the bundle with your email".)
            r"^(?!- )\W*(?:\w+\W+){0,12}?(?:sign up|signup|subscribe|register|join)\b.{0,160}"
            r"\b(?:newsletters?|inbox|e-?mails?|updates|briefing|digest)\b",
            re.I,
        ),
    ),
    (
        (
            "copyright",
            "©",
            "ⓒ",
            "(c)",
            "rights reserved",
            "무단전재",
            "vorbehalten",
            "réservés",
            "reservados",
            "riservati",
            "voorbehouden",
            "zastrzeżone",
            "chroniony prawem",
        ),
        "boilerplate",
        re.compile(
            # "Copyright" must be followed by a mark, a year or a colon: "Copyright holders
            # sued ..." and a heading "Copyright law" are the story's.
            r"^\W*(?:copyright\s*(?:[©ⓒ:]|\(c\)|\d{4}\b)|[©ⓒ]|\(c\)\s).{0,300}$|"
            r"^.{0,200}\ball rights reserved\W*$|"
            r"^.{0,200}\b(?:alle rechte vorbehalten|tous droits réservés|"
            r"todos (?:los|os) (?:derechos|direitos) reservados|tutti i diritti riservati|"
            r"alle rechten voorbehouden|wszelkie prawa zastrzeżone)\W*$|"
            r"^\W*materiał chroniony prawem autorskim\b.{0,200}$|"
            r"^.{0,120}무단전재.{0,40}$|"
            # A notice run into a footer line ("Home | News Copyright © 2008 Herald",
            # "All content © Copyright 2000 - 2008 WorldNow"): the mark and a year anywhere
            # (the word alone may be a sentence's: "by Tom Miller, Copyright 2013").
            r"^.{0,300}[©ⓒ]\s*(?:copyright\s*)?(?:19|20)\d\d\b|"
            # A site's footer row, its links and the notice between bars ("| Copyright X
            # 2006. All rights reserved. | Home | Contact us |"): a table of books' "Copyright
            # 1962" editions or a photo's "© Agency" names no rights.
            rf"{NOTICE_IN_FOOTER_ROW}",
            re.I,
        ),
    ),
    (
        # A rights notice without the mark: "This copy is for your personal, non-commercial
        # use only", "This material may not be published, broadcast, rewritten or
        # redistributed" (news agencies and their reprint desks, on the story's page). It
        # opens a sentence: "The court said this material may not be published" is news.
        ("commercial use", "may not be"),
        "boilerplate",
        re.compile(
            r"^(?:.{0,200}[.:!]\s+)?\W*this (?:copy|material|article|content|story)\s+"
            r"(?:is for (?:your )?personal,? non-?commercial use|may not be (?:published|"
            r"reproduced|republished|redistributed|rewritten|broadcast|copied))\b.{0,400}$",
            re.I,
        ),
    ),
    (
        # Where the story ran in the paper ("A version of this article appeared October 29,
        # 2012, on page A1 in the U.S. edition of ..., with the headline: ..."; "... appears
        # in print on ..."). A note that it was first published elsewhere stays.
        ("version of this",),
        "boilerplate",
        re.compile(
            r"^\W*a version of this \w+(?: \w+)? (?:appeared|appears)\b.{0,120}"
            r"\b(?:in print|on page|print edition|edition of)\b.{0,300}$",
            re.I,
        ),
    ),
    (
        # An embed's furniture: "View this post on Instagram", "♬ original sound - X"
        EMBED_FURNITURE_KEYS,
        "embed",
        re.compile(rf"^\W*{EMBED_FURNITURE}\W*$", re.I),
    ),
    (
        # A paged story's pointer to its next page ("Continue to page 2: ...", "Suite page 4")
        PAGE_TURN_KEYS,
        "navigation",
        re.compile(rf"^\W*{PAGE_TURN}\W*$", re.I),
    ),
    (
        # (not a table's row, "| 1 | 2 | 3 |": a calendar's week)
        ("1",),
        "navigation",
        re.compile(rf"^[^\w|]*{PAGER}[^\w|]*$", re.I),
    ),
    (
        # The footer a blog's feed adds under each post: "The post X appeared first on Y."
        FEED_FOOTER_KEYS,
        "read_more",
        re.compile(rf"^\W*{FEED_FOOTER} (?:the )?(?-i:[A-Z0-9]).{{0,120}}$", re.I),
    ),
    (
        # A magazine's ("This story appears in the December issue of the magazine",
        # "Editor's Note: This article also appeared in the May/June 2024 issue of ...").
        ("appears in the", "appeared in the", "ran in the"),
        "boilerplate",
        re.compile(
            r"^\W*(?:editor[’']s note\W+)?this (?:article|story|piece) (?:also )?"
            r"(?:appears|appeared|ran) in the [\w ,/'’-]{1,40} (?:issue|edition)\b.{0,120}$",
            re.I,
        ),
    ),
    (
        # An invitation to write to the editors, under opinion pieces.
        ("letter", "hear from you", "hear what you think"),
        "boilerplate",
        re.compile(
            r"^.{0,300}(?:\bwe(?:[’']d| would) (?:like|love) to hear (?:what you think|from you)|"
            r"\b(?:send|write|submit|email)(?: us)?(?: an?| your)? letters?(?: of [\w ]{1,20})?"
            r"(?: to the editor)?(?: to us)?\b.{0,100}(?:@|\bto be considered\b|\bpublication\b)|"
            r"\bletters@)",
            re.I,
        ),
    ),
    (
        # A photo caption that ends with its credit in brackets: "... (credit: NASA/J. Doe)",
        # "... (AP Photo/Jane Doe)".
        ("credit", "photo", "image", "picture", "foto", "bild"),
        "caption",
        re.compile(
            r"^.{0,300}[(\[]\s*(?:(?:photo|image|picture|foto|bild)s?(?: credits?)?|credits?)"
            r"\s*[:/][^()\[\]]{2,80}[)\]]\W*$|"
            r"^.{0,300}\((?:AP|AFP|Reuters|Getty|EPA|PA)\b[^()]{0,20}\b(?:Photo|Images)\b"
            r"[^()]{0,60}\)\W*$|"
            # "... over the bay. Photo: Jane Doe", "... camera. Photo by: 'Jane Doe'."
            r"^.{0,300}[.!?][\"”’')]?\s+(?:photo|image|picture|photograph)s?"
            r"(?:(?:\s+(?:by|credits?|courtesy(?: of)?))?\s*:|\s+by)\s+[^.:]{2,60}\.?\W*$",
            re.I,
        ),
    ),
    (
        # A Chinese photo caption in a paragraph of its own: "图为招聘会现场。新华社记者 王强 摄"
        # (the photo shows ..., taken by X).
        ("图为", "圖為", "图片为", "圖片為", "摄", "攝"),
        "caption",
        re.compile(
            r"^\W?(?:图为|圖為|图片为|圖片為).{1,200}$|"
            r"^.{0,200}(?:记者|記者|通讯员|通訊員) ?[^\s。，]{1,12}(?: [^\s。，]{1,4})? ?[摄攝][)）]?$"
        ),
    ),
    (
        # A short promotion whose last sentence asks for a newsletter sign-up.
        ("sign up", "subscribe"),
        "newsletter",
        re.compile(
            r"^.{0,300}[.!?]\s+(?:\w+\W+){0,3}(?:sign up|subscribe)\b[^.!?]{0,60}"
            r"\bnewsletters?\b[^.!?]{0,60}[.!]?\W*$",
            re.I,
        ),
    ),
    (
        ("newsletter",),
        "newsletter",
        re.compile(
            r"^.{0,300}\b(?:melde dich|melden sie sich|abonniere|abonnieren sie|trag dich|"
            r"tragen sie sich)\b.{0,100}\bnewsletter",
            re.I,
        ),
    ),
    (("affiliate",), "advertisement", AFFILIATE_DISCLOSURE),
    (
        # The author card's link to the writer's archive ("View all posts by Jane Doe",
        # WordPress's own string; "View all articles by ...", "Alle Beiträge von ...").
        (
            "all articles",
            "all posts",
            "all stories",
            "all entries",
            "all columns",
            "alle artikel",
            "alle beiträge",
            "tous les articles",
            "todos los artículos",
            "tutti gli articoli",
        ),
        "author_bio",
        re.compile(
            r"^\W*(?:(?:view|see|read|browse) all (?:articles|posts|stories|entries|columns)"
            r"(?: written)? by|alle (?:artikel|beiträge) (?:von|vom)|"
            r"(?:voir )?tous les articles (?:de|par)|(?:ver )?todos los artículos de|"
            r"(?:vedi )?tutti gli articoli di)\s+[^.!?]{2,60}?\W*$",
            re.I,
        ),
    ),
    (
        # An archive's preview of a story it sells: "The full article contains 283 words
        # and appears in Example Gazette newspaper."
        ("full article", "full story", "full text"),
        "paywall",
        re.compile(
            r"^\W*(?:the )?full (?:article|story|text)(?: of this (?:article|story))? "
            r"(?:contains|is|has|runs to) [\d,.]+ words(?: long)?"
            r"(?: and (?:appears|appeared|is available|was published) in\b.{1,100}|\W{0,3})$",
            re.I,
        ),
    ),
    (
        # A subscription offer: "... Subscription will auto renew annually.", "... Cancel
        # anytime."
        ("renew", "cancel", "kündbar", "résiliable"),
        "paywall",
        re.compile(
            r"^.{0,160}\b(?:subscriptions? (?:will )?auto(?:matically)?[- ]?renews?\b.{0,60}|"
            r"(?:cancel (?:at )?any ?time|cancela cuando quieras|jederzeit kündbar|"
            r"résiliable à tout moment)\W{0,3})$",
            re.I,
        ),
    ),
    (
        (
            "reporting by",
            "assistance",
            "contributed",
            "editing by",
            "edited by",
            "writing by",
            "compiled by",
            "inputs from",
            "इनपुट",
            "编辑",
            "編輯",
            "完",
        ),
        "credit",
        re.compile(
            r"^\W*(?:\(?(?:(?:additional|further|extra) )?reporting by\b.{0,300}|"
            r"with (?:the )?assistance (?:from|by) (?-i:[A-ZÀ-Þ]).{0,200}|"
            rf"{AGENCY_INPUTS_NOTE}|"  # "(With inputs from PTI)"
            r".{0,300}\bcontributed (?:to )?(?:this |the )?report(?:ing)?\b.{0,100}|"
            r"(?:editing|edited|writing|compiled) by\b.{0,200}|"
            # the editor's credit under a Chinese story ("责任编辑：李华", "（编辑：李华）")
            # and a Chinese wire's end mark ("(完)")
            r"(?:责任|責任)?(?:编辑|編輯)\s?[:：]\s?\S{1,20}?[)）]?|完[)）])$",
            re.I,
        ),
    ),
    (
        # A wire desk's note of what a new version changed, alone in brackets: "(Adds
        # details, quotes)", "(Updates prices in second paragraph.)"
        tuple(f"({verb.split()[0]}" for verb in WIRE_EDIT_VERBS),
        "credit",
        re.compile(rf"^{WIRE_EDIT_NOTE}$", re.I),
    ),
)
# Lines both modes remove (``consumer.core.promo_lines``, ``consumer.core.tool_lines``),
# each behind the words it cannot do without: tried after every other pattern, so that an
# older pattern's reason stands where both match.
BREADCRUMB_LABELS = (
    "you are here",
    "you are in",
    "sie sind hier",
    "vous êtes ici",
    "usted está aquí",
    "estás aquí",
    "sei qui",
    "u bent hier",
    "jesteś tutaj",
)
GATED_BOILERPLATE_LINES = (
    *GATED_BOILERPLATE_LINES,
    (
        (
            "continu",
            "weiter",
            "fortgesetzt",
            "fortsetzung",
            "suite",
            "sigue",
            "dalsza",
            "fortsätter",
            "fortsætter",
            "fortsetter",
            "verder",
            "продолжение",
            "devamı",
        ),
        "advertisement",
        re.compile(
            r"^\W*(?:(?:advertisement|anzeige|werbung|publicité|publicidad|pubblicità|publicidade)"
            rf"\W+)?{AD_CONTINUES_PROMPTS}\W*$",
            re.I,
        ),
    ),
    (
        (
            "sponsored",
            "promoted",
            "around the web",
            "partners",
            "from the web",
            "recommended by",
            "ads by",
        ),
        "advertisement",
        re.compile(rf"^\W*{AD_WIDGET_HEADERS}\W*$", re.I),
    ),
    (
        ("head to", "go to", "head over to"),
        "advertisement",
        re.compile(rf"^\W*{SELF_POINTERS}\W*$", re.I),
    ),
    (
        ("whatsapp", "telegram", "google news", "viber", "preferred source", "trusted source"),
        "share",
        re.compile(rf"^\W*{CHANNEL_INVITATIONS}\W*$", re.I),
    ),
    (
        (
            "gift",
            "give",
            "save",
            "bookmarks",
            "reading list",
            "size",
            "a a a",
            "error",
            "correction",
            "typo",
            "mistake",
            "editorial",
            "fact-check",
            "summar",
            "translate",
            "full article",
            "full story",
            "audio",
            "voiced",
            "narrated",
            "read by",
            "english",
            "español",
            "français",
            "deutsch",
            "italiano",
            "português",
            "link copied",
        ),
        "share",
        re.compile(rf"^\W*{ARTICLE_TOOLS}\W*$", re.I),
    ),
    # A prompt to report a typo by its keys, in any language ("Ошибка в тексте? Выделите
    # её и нажмите «Ctrl + Enter»").
    (("ctrl", "strg"), "share", re.compile(rf"^.{{0,120}}{TYPO_KEYS}.{{0,60}}$", re.I)),
    (
        # A breadcrumb trail under its label ("You are here: Home > News > Business"), the
        # row's first cell or after one short cell (the weather, the date).
        BREADCRUMB_LABELS,
        "navigation",
        re.compile(
            rf"^[\W_]*(?:[^|]{{0,40}}\|\s*)?(?:{'|'.join(BREADCRUMB_LABELS)})\s*:.{{0,300}}$",
            re.I,
        ),
    ),
    (
        # A magazine's call to buy its print issue ("Die aktuelle Ausgabe der X jetzt an
        # jedem Bahnhofskiosk, im Abo ...", "Jetzt am Kiosk oder in der App.", "The new issue
        # is on newsstands now"): the issue named before the kiosk, or the call opening the
        # line. "Starting now, 5,000 kiosks will roll out ..." stays.
        ("kiosk", "newsstand", "kiosque", "quiosco", "edicola"),
        "advertisement",
        re.compile(
            r"^\W*(?:(?:(?:(?:die|das|der) )?(?:aktuelle|neue|jüngste) (?:ausgabe|heft|nummer)|"
            r"(?:the )?(?:latest|new|current) (?:issue|edition)|(?:le )?(?:dernier|nouveau) numéro|"
            r"(?:el )?(?:último|nuevo) número|(?:il )?nuovo numero)\b[^.!?]{0,60}?\s)?"
            r"(?:(?:(?:ist|is|est|está) )?(?:jetzt|ab sofort|now|on sale now|available now|"
            r"maintenant|actuellement|ya|ora)\s+(?:(?:auch |überall )?"
            r"(?:am|im|an (?:jedem|allen)|at|on|in|en|dans les) (?:\w+ )?"
            r"(?:\w*kiosk\w*|newsstands?|kiosques?|quioscos?|edicola))|"
            r"(?:(?:is|est|está) )?(?:on newsstands|en kiosque|en quioscos|in edicola)"
            r"(?: now| maintenant| ya)?)\b.{0,150}$",
            re.I,
        ),
    ),
)

# Every gate's keywords in one search, each matched from its rarest character (see
# ``keyword_gates``): a line with none of them skips the gated patterns.
GATE_SEARCH = keyword_gates([keywords for keywords, _, _ in GATED_BOILERPLATE_LINES])


# The ungated patterns in one: one match per line; the group name gives the reason.
_BOILERPLATE_ALTERNATIVES = [
    (f"{reason}_{i}", rx.pattern) for i, (reason, rx) in enumerate(BOILERPLATE_LINES)
]
BOILERPLATE_ANY = re.compile(named_alternation(_BOILERPLATE_ALTERNATIVES), re.I)
# Two alternatives scan the whole line for a word (``BOILERPLATE_SCANS``: the word, the
# alternative's group name, its pattern); a line whose lower-cased text lacks the word
# cannot match them, and trying them was a third of the alternation's time.
_SCANNED_WORDS = {COMMENT_LOGIN_LINE.pattern: "komment", YOUTUBE_CHANNEL_LINE.pattern: "youtube"}
BOILERPLATE_SCANS = tuple(
    (_SCANNED_WORDS[pattern], name, re.compile(pattern, re.I))
    for name, pattern in _BOILERPLATE_ALTERNATIVES
    if pattern in _SCANNED_WORDS
)
# Each alternative's place in ``BOILERPLATE_ANY``: the first to match gives the reason.
BOILERPLATE_ORDER = {name: i for i, (name, _) in enumerate(_BOILERPLATE_ALTERNATIVES)}
# The two date lines went deepest of all before failing (some ninety weekday and a
# hundred month names, in many languages, tried on most lines; their Turkish months'
# dotless "ı" keeps them from the caseless table below); every form of them holds two
# digits in a row, so they are tried only on a line that holds them, in their order.
TWO_DIGITS = re.compile(r"\d\d")
_TWO_DIGIT_PATTERNS = {DAY_DATE_LINE.pattern, LABELLED_DATE_LINE.pattern}
BOILERPLATE_TWO_DIGIT_LINES = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in _BOILERPLATE_ALTERNATIVES
    if pattern in _TWO_DIGIT_PATTERNS
)
_TABLED = [
    (name, pattern)
    for name, pattern in _BOILERPLATE_ALTERNATIVES
    if pattern not in _SCANNED_WORDS and pattern not in _TWO_DIGIT_PATTERNS
]
# The characters of a "plain" line: ASCII, the typographic punctuation of news text (curly
# quotes, dashes, the ellipsis, the no-break space, which made a fifth of the lines
# non-ASCII) and German's letters, each of which lower-cases to one of them as ASCII does.
PLAIN_CHARS = (
    ASCII + "\xa0\xa9\xab\xae\xb0\xb7\xbb" + "\u2011\u2013\u2014\u2018\u2019\u201c\u201d\u201e"
)
PLAIN_CHARS += "\u2022\u2026\u2032\u2033\u2122" + "\xc4\xd6\xdc\xdf\xe4\xf6\xfc"
# (a line holding any other character is matched with the tables' IGNORECASE forms)
NOT_PLAIN = re.compile("[^" + re.escape(PLAIN_CHARS) + "]")
# The other alternatives cut down, for each ASCII first word character of a line, to the
# patterns that can match such a line (a third of them on average), in their order and
# with their group names, in two tables: those whose case does not matter on a plain line
# (most), which a plain line's lower-cased text is matched with, without IGNORECASE
# (``caseless``: four times faster), and the rest (names in capitals, agencies' acronyms),
# matched with it. The first alternative to match in either gives the reason;
# ``lines.boilerplate_reason`` adds the scans a line's words allow and the date line.
_CASE_FREE = {
    name for name, pattern in _TABLED if matches_alike_lowered(pattern, re.I, PLAIN_CHARS)
}
_CASELESS = [(name, pattern) for name, pattern in _TABLED if name in _CASE_FREE]
_CASED = [(name, pattern) for name, pattern in _TABLED if name not in _CASE_FREE]
CASELESS_BY_FIRST_CHAR = split_by_first_char(_CASELESS, re.I)
CASELESS_ANY = re.compile(named_alternation(_CASELESS), re.I)
# (the same, compiled without IGNORECASE: for a plain line lower-cased)
LOWERED_BY_FIRST_CHAR = MappingProxyType(
    {char: re.compile(table.pattern) for char, table in CASELESS_BY_FIRST_CHAR.items()}
)
LOWERED_ANY = re.compile(CASELESS_ANY.pattern)
CASED_BY_FIRST_CHAR = split_by_first_char(_CASED, re.I)
CASED_ANY = re.compile(named_alternation(_CASED), re.I)
# (the same, and the date lines, respelled without IGNORECASE for a plain line: each
# literal and class as the plain characters it matches, ``case_spelled``; a quarter
# faster, the literals' branches skipped at once. One that cannot be respelled stays.)
_RESPELLED: dict[str, re.Pattern[str]] = {}


def _respelled(table: re.Pattern[str]) -> re.Pattern[str]:
    if table.pattern not in _RESPELLED:  # (many characters share a table)
        respelled = respelled_for_ascii(table.pattern, table.flags, PLAIN_CHARS)
        _RESPELLED[table.pattern] = respelled or table
    return _RESPELLED[table.pattern]


SPELLED_BY_FIRST_CHAR = MappingProxyType(
    {char: _respelled(table) for char, table in CASED_BY_FIRST_CHAR.items()}
)
SPELLED_ANY = _respelled(CASED_ANY)
SPELLED_TWO_DIGIT_LINES = tuple((name, _respelled(rx)) for name, rx in BOILERPLATE_TWO_DIGIT_LINES)
MAX_BOILERPLATE_WORDS = 45
MAX_BOILERPLATE_CHARS = 400  # also bounds the work of every pattern above

# What may stand before a byline's name on a line of its own (``line_key`` form).
BYLINE_LABEL = re.compile(r"^(?:by|written by|words by|author|posted by) ")

# A line with no letter or digit ("___", "* * *") is a separator, not content.
SEPARATOR_ONLY = re.compile(r"^[\W_]*$", re.UNICODE)

# The site's own menu run into one line ("Home | About Us | Site Map | Contact Us", "[ Contact
# Us ][ Feedback ][ Privacy ]", "Terms & Conditions - Privacy Policy - RSS"): items parted by
# bars, brackets, dots, dashes or slashes, each a few words and no sentence, two or more of
# them the names of a site's own pages. (The bar menu pattern above wants four items of
# no dot: a domain name among the items, "brampton.com", or a table row kept them.) A line
# holding none of the rarer names is not tried. A menu that opens with the home page and
# five items or more ("| Home | | News | | Weather | | Video | | Sports |") is one whatever
# its other items are named.
SITE_MENU_KEYWORDS = (
    "home",
    "front page",
    "about",
    "contact",
    "privacy",
    "site map",
    "sitemap",
    "advertis",
    "faq",
    "terms",
    "disclaimer",
)
# What each separator below holds (a line without any is no menu; lines are normalised,
# their spaces single).
SITE_MENU_SEPARATORS = ("|", "[", "]", "/", " - ", " · ", " • ", " – ")
SITE_MENU_SEPARATOR = re.compile(r"\\?\||\]\s*\[|[\[\]]|\s[-·•–]\s|/")
SITE_MENU_ITEM = re.compile(
    r"(?:home(?: ?page)?|about(?: us)?|contact(?:s| us)?|site ?map|"
    r"privacy(?: policy| statement)?|advertise(?: with us)?|advertising(?: info)?|"
    r"subscribe|subscriptions?|faqs?|help|careers|jobs|"
    r"terms(?: (?:&|and) conditions| of (?:use|service))?|feedback|rss(?: feeds?)?|"
    r"archives?|search|log ?in|sign (?:in|up)|register|disclaimer|copyright|newsletters?)",
    re.I,
)
SITE_MENU_ITEM_STRIP = " \t|·•–-"
MIN_SITE_MENU_ITEMS = 3
MIN_SITE_MENU_NAMES = 2
SITE_MENU_HOME = re.compile(r"home(?: ?page)?|front page", re.I)
MIN_HOME_MENU_ITEMS = 5  # (a table's header row "Home | Away | Score | Date" has fewer)
MAX_SITE_MENU_ITEM_WORDS = 4
MAX_SITE_MENU_CHARS = 400
# A menu of the site's sections whatever their names ("ePaper | Front Page | National |
# ..."): this many items parted by one of these separators (no sentence runs on so long in
# items of four words or fewer; a headline or a score line has two or three).
MIN_LONG_MENU_ITEMS = 7
LONG_MENU_SEPARATORS = ("|", " - ", " · ", " • ")
MIN_LONG_MENU_NAME_SHARE = 0.75
SENTENCE_BREAK = re.compile(r"[.!?]\s")

# --- titles ---------------------------------------------------------------------------------

# Separators between an article title and the site name appended to it.
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " // ", " · ", " • ", " « ", " » ")
MAX_SITE_SUFFIX_WORDS = 5

# --- the end of the body ----------------------------------------------------------------------
# What follows the last paragraph of a story on many pages: the author's bio, a disclaimer,
# a list of sources, bare links, a heading whose section was taken out. Each pattern is
# tried only on the trailing lines of a body (see lines.trim_tail), where such text sits;
# in the middle of a story the same words may be part of it.

# A line that is only a link, an e-mail address or a handle ("twitter.com/someone").
LINK_ONLY = re.compile(
    r"^\W*(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|"
    r"(?:twitter|x|facebook|instagram|linkedin)\.com/\S+)\W*$",
    re.I,
)
# A source in a reference list: a link and "Accessed"/"Retrieved" (or a numbered note).
CITATION = re.compile(
    r"^\W*(?:\[?\d{1,3}[\].)]\s.{0,300}https?://|.{0,300}https?://\S+.{0,40}"
    r"\b(?:accessed|retrieved)\b)",
    re.I,
)
# "Jane Doe is a senior reporter at ...", "John Smith has been covering ...": a name (not
# "The Times", "Our team") and what the person is.
_CAPITALISED = r"[A-Z][\w.'’-]+"
_NAME = (
    r"(?!(?:The|This|That|These|Our|Your|Its|Their|We|It)\b)"
    rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{1,3}},?"
)
AUTHOR_BIO = re.compile(
    rf"^{_NAME}\s+(?:(?:is|was) (?:a|an|the|currently a|currently the|also a)|"
    r"has been|serves as|joined|writes|covers)\s|"
    r"^\W*(?i:about the (?:author|writer))\s*[:\-–—]|"
    r"^\W*(?i:written|reviewed|edited|fact[- ]checked) by\s+"
    rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}\W*$"
)
MAX_BIO_HEADING_LINES = 2  # short lines above a bio (the name, the role) go with it
# Disclaimers and consent notices.
DISCLAIMER = re.compile(
    r"\b(?:for (?:general )?(?:educational|information(?:al)?)"
    r"(?: and (?:educational|information(?:al)?))? purposes only|"
    r"(?:does|do|shall) not constitute (?:legal|financial|tax|medical|investment|professional)|"
    r"not (?:intended|meant) (?:to be|as|to constitute|to serve as|to replace) (?:a substitute|"
    r"legal|financial|tax|medical|investment|professional)|you are consenting|"
    r"you (?:agree|consent) to (?:receive|our|the terms)|"
    r"(?:and|you) agree to (?:our|the) (?:terms|privacy)|reply stop\b|"
    r"(?:is|are) (?:a )?registered trademarks? (?:of|owned by))",
    re.I,
)
# "- Headline of another post - December 9, 2019": a recent-posts list (headline, then the
# date it was posted) left below the story.
DATED_TEASER = re.compile(
    rf"^- .{{5,200}}\s[-–—|]\s(?:{MONTH_WORD}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_WORD},?\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})$",
    re.I,
)
# The story's source on a line of its own, not a sentence ("Quelle: dpa", "Source: CDC,
# Chicago Department of Public Health", "Fuente: EFE"), or a wire service's sign-off after
# the editor's initials ("aja/PAP", "kes/dpa", "(rrd/rir)"). Under a table, a list or a chart's heading
# the same line is the data's source, and stays (see lines.drop_source_credits).
SOURCE_CREDIT = re.compile(
    r"^\W*(?:(?:sources?|quellen?|fuentes?|fontes?|źródło|źródła|bron(?:nen)?|källa|kilde)"
    r"\s*:\s*[^.!?:]{1,80}?[)\]]?|"  # (a full stop ends a sentence: "Source: he said ...")
    r"[a-ząćęłńóśźżäöü]{2,4}(?:/[a-ząćęłńóśźżäöü]{2,4})*/"
    r"(?:pap|dpa|afp|apa|kna|epd|ap|reuters|sda|ansa|efe|ctk|čtk|tasr|mti|iar)\W*|"
    # the desk's initials alone in brackets ("(rrd/rir)")
    r"\((?-i:[a-z]{2,4}(?:/[a-z]{2,4}){1,6})\))\s*$",
    re.I,
)
MAX_TAIL_LINES = 12  # at most this many lines are trimmed from the end of a body
MAX_TAIL_SHARE = 0.4  # ... and never more than this share of its lines
MAX_ORPHAN_HEADING_WORDS = 8  # a trailing line this short without a full stop heads nothing
SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]。！？]\s*$")
# Attributions of embedded posts ("— Name (@handle) date"), scripts written without
# spaces between words (where a short line is a whole sentence), and commands or code
# ("set level=normal") are not headings.
NOT_A_HEADING = re.compile(r"^\W*[—–]|^- |\(@\w+\)|[\u2e80-\u9fff\uac00-\ud7af]|\w=\w")
# A heading that opens a section of page furniture after the story: it and every line
# after it go when it is among the last MAX_TAIL_SECTION_LINES lines of the body. ("About
# <company>" and "References" are not here: the story's own boilerplate and sources are
# kept as often as not.)
TAIL_SECTION_HEADING = re.compile(
    r"^\W*(?:(?P<author_bio>about the (?:author|reviewer|writer|editor|expert|contributor)s?|"
    # (The same heading in the other languages news is written in most.)
    r"über (?:den|die) autor(?:in)?|zum autor|zur autorin|(?:der|die) autor(?:in)?|autor(?:in)?|"
    r"à propos de l'auteur|l'auteur|sobre (?:el|la|o|a) autora?|informazioni sull'autore|"
    r"l'autore|o autorze|over de auteur|om forfatteren|om skribenten)|"
    r"(?P<related>related(?: posts?| articles?| stories| reading| content| topics| reads?|"
    r" guides?| resources| links| news| videos?)?|more like this|"
    r"(?:you (?:may|might) )?also (?:like|enjoy|read)|what to read next|up next|"
    r"more (?:from|stories|articles|posts|guides|resources)(?: [\w.&'’-]+){0,3}|"
    # A news site's box of its other stories named by their section or source ("More world
    # stories from NBC News:", "More money and business news:", "Don't miss these Health
    # stories"); "More useful posts about Japan" (a blog's own closing list) is not one.
    r"more (?:[\w'’-]+ ){0,3}(?:stories|news|content|coverage|headlines) from [\w.&'’ -]{1,30}|"
    r"more (?:[\w'’-]+ ){1,3}(?:stories|news|headlines)(?=\s*:)|"
    r"don'?t miss (?:these|our)(?: [\w'’-]+){0,3} (?:stories|articles|news)|"
    r"recommended (?:for you|reading|articles|posts|stories|reads?)|"
    r"you (?:may|might) also be interested in|explore more(?: related content)?|keep exploring|"
    r"trending (?:now|articles|stories)|"
    r"(?:people|readers|users|visitors) who (?:read|viewed|liked) this(?: story| article)? also "
    r"(?:read|viewed|liked)|related content on the web|elsewhere on the web|"
    r"(?:more )?from (?:around )?the web|"
    r"read next|keep reading|popular (?:posts|articles|stories)|latest (?:posts|articles|news)|"
    # A box of the site's newest or most read stories, by time or by section ("Recently
    # Cataloged", "Recent Blogs", "Latest in Tech", "Most read in Sport", "Top headlines").
    # ("More in ..." is not one: "More in store" may head the story's last section.)
    r"recent(?:ly)? (?:blogs?|blog posts|posts|stories|articles|cataloged|added|published)|"
    r"(?:latest|recent|top|popular|trending) (?:blogs?|blog posts|stories|headlines|videos)|"
    r"(?:latest|popular|most read|most popular) in [\w&'’ .-]{1,30}|"
    # (A box of the site's forum threads, of its latest news: "Beiträge aus dem Forum",
    # "Latest from the forums", "Neue Nachrichten".)
    r"(?:(?:latest|recent|new) )?(?:posts )?from (?:the|our) forums?|"
    r"(?:latest|recent) forum (?:posts|topics|threads)|"
    r"(?:neue |neueste |aktuelle )?beiträge aus (?:dem|unserem) forum|"
    r"neue nachrichten|neueste (?:nachrichten|artikel|beiträge)|"
    r"dernières (?:actualités|nouvelles|infos)|(?:las )?últimas noticias|ultime notizie|"
    r"últimas notícias|laatste nieuws|najnowsze (?:wiadomości|artykuły)|senaste nytt|"
    r"ähnliche (?:artikel|beiträge)|verwandte (?:artikel|themen)|weitere (?:artikel|beiträge)|"
    r"articles (?:similaires|liés|connexes)|sur le même sujet|art[ií]culos relacionados|"
    r"noticias relacionadas|articoli correlati|podobne artykuły|powiązane artykuły|"
    r"gerelateerde artikelen|artigos relacionados|relaterade artiklar|relaterte artikler)|"
    r"(?P<comments>(?:\d+ )?comments?|leave a (?:reply|comment)|"
    # (The thread's house rules and its report form, a box of the latest comments,
    # readers' views: "Comment rules", "Reader views (5)".)
    r"comment(?:ing|er)? (?:rules|guidelines|policy)|(?:discussion|community) guidelines|"
    r"report (?:offensive|abusive|inappropriate) (?:content|comments?)|"
    r"(?:(?:most )?(?:recent|latest) )?readers?(?:'|'s|s')? comments|"
    r"(?:most )?(?:recent|latest) comments|reader(?:s'?|'s)? views(?: \(\d+\))?|"
    r"join the (?:discussion|conversation)|schreibe(?:n sie)? einen kommentar|"
    r"kommentar (?:schreiben|verfassen|hinterlassen)|laisse[rz] un commentaire|"
    r"deja (?:un|tu) comentario|lascia un commento|dodaj komentarz|"
    r"deixe (?:um|seu) comentário|laat een reactie achter)|"
    # A press release's contacts: names, phone numbers and addresses, not the story.
    r"(?P<contact>(?:presse)?kontakt(?: für (?:rückfragen|die presse))?|"
    r"ansprechpartner(?:in|\*in|innen)?(?: zum thema| für die presse)?|"
    r"press contacts?|media contacts?|contacto de prensa|"
    # (a wire's release closes with a "Contacts" heading over its press and investor
    # contacts; "Contact" alone may head a page's own address, which stays)
    r"contacts|(?:media|press|investor) (?:inquiries|enquiries)|investor contacts?)"
    r")\W*$",
    re.I,
)
MAX_TAIL_SECTION_LINES = 15
MAX_TAIL_HEADING_CHARS = 80
MAX_DISCLAIMER_CHARS = 2000  # a disclaimer is looked for in this much of a line
# The site's notice over or under readers' comments, closing the body whatever its length
# ("We welcome your comments on this story. Comments are submitted for possible
# publication on the condition that they may be edited. Please provide ...").
COMMENT_NOTICE = re.compile(
    r"\W*(?:we welcome your comments\b(?: on this (?:story|article|post))?\W+"
    r"comments (?:are|will be|may be) (?:submitted|published|moderated|reviewed|edited)|"
    r"comments are submitted for (?:possible )?publication)\b",
    re.I,
)
# A comment form's field labels at the start of a closing line, whatever its length.
COMMENT_FORM = re.compile(
    r"\W*(?:your )?name\W+(?:your )?e-?mail(?: address)?\W+(?:(?:your )?website\W+)?"
    r"(?:your )?(?:comment|message)\b",
    re.I,
)
