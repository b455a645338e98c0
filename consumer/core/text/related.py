"""Lines that point at other articles: prev/next headlines, "read more from X", related lists."""

from __future__ import annotations

import re
from dataclasses import dataclass

from consumer.core.credit_lines import FEED_FOOTER
from consumer.core.scripts import CJK_CHAR, UNSPACED_CHAR
from consumer.core.text.agencies import is_news_agency
from consumer.core.text.byline import CASELESS_LETTERS
from consumer.core.text.sources import publisher_by_name

_I = re.IGNORECASE
_SEP = r" ?[:|>»›\-–—]? ?"
_STRICT_SEP = r" ?[:|>»›\-–—] ?"
# Words that only mean "previous/next article" at the start of a line...
_PREV_WORDS = (
    r"previous (article|story|post|news)|older post|vorheriger (artikel|beitrag)|"
    r"article précédent|artículo anterior|noticia anterior|articolo precedente|vorig artikel|"
    r"notícia anterior|matéria anterior|artigo anterior|poprzedni artykuł|"
    r"previous|prev"
)
_NEXT_WORDS = (
    r"next (article|story|post|news)|up next|newer post|nächster (artikel|beitrag)|"
    r"article suivant|siguiente (artículo|noticia)|(artículo|noticia) siguiente|"
    r"articolo successivo|volgend artikel|"
    r"próxima (notícia|matéria)|próximo artigo|następny artykuł|next"
)
# ... and words that need a separator after them ("Weiter heißt es" is a sentence).
_PREV_WEAK = r"zurück|précédent|anterior|precedente|vorige"
_NEXT_WEAK = r"weiter|suivant|siguiente|successivo|volgende"
_PREV = re.compile(
    rf"([«‹<] ?({_PREV_WORDS})\b{_SEP}|({_PREV_WORDS})\b{_SEP}|({_PREV_WEAK}){_STRICT_SEP}|"
    # A bare "«" is an arrow only when no "»" closes it later: "« Nous partons », dit-il"
    # is a quotation, "<저작권자 © X 무단전재 금지>" a notice in brackets.
    rf"({_PREV_WEAK}) ?$|[«‹<] ?(?!.*[»›>]))"
    r"(?P<title>.*)",
    _I,
)
_NEXT = re.compile(
    rf"(({_NEXT_WORDS})\b{_SEP}|({_NEXT_WEAK}){_STRICT_SEP}|({_NEXT_WEAK}) ?$)(?P<title>.*)", _I
)
_NEXT_ARROW = re.compile(r"(?P<title>.{10,200}) ?(»|›|>)")
# A weak word glued to a headline cut short: "Anterior Sánchez anuncia una reforma ...".
# The "..." and the capital after the word make it a link, not a sentence.
_WEAK_BEFORE_CUT_HEADLINE = re.compile(
    rf"((?P<prev>{_PREV_WEAK})|(?P<next>{_NEXT_WEAK})) (?P<title>(?-i:[A-ZÀ-Þ]).*(\.\.\.|…))", _I
)
_READ_MORE = re.compile(
    # (not a photo's source: "Sursa foto: Inquam Photos / X", "Źródło zdjęcia: PAP")
    r"(?!(source|quelle|fuente|fonte|bron|źródło|zdroj|forrás|kilde|källa|lähde|kaynak|"
    r"sumber|источник|джерело|πηγή|sursa|izvor)( of the)?( de la| da| dell'| del)? ?"
    r"(foto|photo|image|imagine|imaginii|imagem|imagen|immagine|bild|zdjęcia|zdjęć|obrázku|"
    r"fotó|kép|kuva|фото|фотографии|φωτογραφίας?)\w*\b)"
    r"((click|tap) here to )?"
    r"(read (more( stories| articles| news)?|(the )?(full|whole|original) (story|article))|"
    r"view (the )?(original|full) (article|story|post)|continue reading|full (story|article)|"
    r"originally published|this (article|story) (was )?(originally )?(appeared|published)|"
    # (a bare "Source:" may name where a fact came from, "Source: Eurostat": see
    # _names_a_publication)
    r"(?P<bare>source|quelle|fuente|fonte|bron|źródło|zdroj|forrás|kilde|källa|lähde|kaynak|"
    r"sumber|источник|джерело|πηγή|sursa|izvor|来源|來源|出典|출처)|via|"
    r"mehr (dazu )?(bei|auf|unter)|weiterlesen|"
    r"lire la suite|leer más|sigue leyendo|leggi (di più|tutto|l'articolo( originale)?)|"
    r"lees meer|leia mais|"
    # a portal's link to the copy's source ("Lire l'article original sur Le Courrier")
    r"lire l'article original|leer el artículo original|le(ia|r) o artigo original|"
    r"(den )?originalartikel (lesen|anzeigen)|"
    r"continua a leggere|lees verder|continue a ler|continuar leyendo|"
    r"lire plus(?! tard)|en savoir plus|lee más|lesen sie mehr|czytaj (więcej|dalej)|läs mer|"
    r"devamını oku|baca (artikel |berita )?selengkapnya|читать (далее|полностью)|"
    r"(?P<credit>(© ?)?provided by)|"
    r"اقرأ المزيد|اقرأ القصة كاملة|(?P<bare_rtl>المصدر|منبع|מקור)(?= ?:))"
    r"( (?P<prep>from|at|on|in|here|bei|auf|sur|en|su|op|em|über|de|von|na|no|på|di|на|"
    r"من|على|في|عبر)\b)? ?"  # (a whole word: "SOURCE Northwind" is no "no" + "rthwind")
    r"[:：\-–—]? ?"
    r"(?P<target>.*)",
    _I,
)
# "Veja mais notícias da região no g1 Campinas", "Ver más noticias en MSN", "See more
# stories on MSN": a portal's closing line names the portal.
_SEE_MORE_ON = re.compile(
    r"(veja mais (notícias|vídeos)( d[ao] (região|estado|cidade))? (no|na|em)|"
    r"(ver|lee|leer) más (noticias|historias|vídeos) en|"
    r"(see|read|get|find) more (news|stories|videos) on) "
    r"(?P<target>[^\W\d_][\w'’&.-]*( [\w'’&.-]+){0,4}?)\.?",
    _I,
)
# ... with the verb after the source: "Mehr von tagesspiegel.de lesen", "Meer van NOS lezen".
_READ_MORE_VERB_LAST = re.compile(
    r"(mehr|weitere artikel|meer) (von|bei|auf|van|op) (?P<target>\S+( \S+){0,3}) "
    r"(lesen|weiterlesen|lezen)",
    _I,
)
# A republished story's note: "This article is republished from The Conversation under a
# Creative Commons license.", "Reprinted with permission from X".
# A Vietnamese aggregator's credit line: "Theo Báo Mẫu Online" ("according to"), the outlet's
# capitalised name alone after it (a sentence goes on in lower case: "Theo dự báo, ..."),
# a paper's word or a Vietnamese letter in it ("Theo Walcott" is a footballer).
_VIETNAMESE_CREDIT = re.compile(
    r"(?-i:Theo) (?P<target>(?=(Báo|Tạp chí|Đài|Cổng) |.*[ăâđêôơưạ-ỹĂÂĐÊÔƠƯẠ-Ỹ])"
    r"(?-i:[A-ZĐÀ-Ý])[\w'’&.-]*( (?-i:[A-ZĐÀ-Ý0-9])[\w'’&.-]*){0,5})",
    _I,
)
_REPUBLISHED_FROM = re.compile(
    r"(this (article|story|piece|post|report) (is|was|has been) )?"
    r"(republished|reprinted|reproduced)( here)?( with (the )?permission)? from "
    r"(?P<target>(the )?(?-i:[A-Z])[\w'’&.-]*( ((?-i:[A-Z])[\w'’&.-]*|of|and|&)){0,5})"
    r"([.,;:]? ((under|with|as|via|and|on) .*|read .*))?\W*",
    _I,
)
# Where a copy ran first, with or without its headline: "This article originally appeared
# on The Ledger: Council approves budget", "This story first appeared in The Post.", and
# the footer WordPress feeds add: "The post Council approves budget appeared first on X."
# (and its translations, ``FEED_FOOTER``)
_APPEARED_FIRST = re.compile(
    r"(this (article|story|piece|post|report|column) (was )?(originally|first) "
    rf"(appeared|published|ran) (on|in|at|by)|{FEED_FOOTER}) "
    r"(?P<target>(the )?(?-i:[A-Z0-9])[^:]{1,80}?)"
    # (and what the note goes on to say of the copy: "... by X and is republished with
    # permission.", "... by X, a nonprofit newsroom covering ...")
    r"(\.|: .*|,? and (is|was|has been) (republished|reprinted|reproduced|shared) .*|"
    r",? (under|with) (a |an |the )?(permission|creative commons|cc\b|licen[cs]e).*|"
    r", an? [a-z].*)?",
    _I,
)
# A partner newsroom's note under a story it made and the page republished: "This story was
# produced by Granite Health Reporting, a nonprofit newsroom ... Sign up for its newsletter."
# (Not "in partnership with X": the page's own house published it too.)
_PRODUCED_BY = re.compile(
    r"this (story|article|report|piece|investigation) (was|is) "
    r"(produced|reported and produced|published) by "
    r"(?P<target>(the )?(?-i:[A-Z])[\w'’&.-]*( ((?-i:[A-Z])[\w'’&.-]*|of|and|&|for)){0,6})"
    r"([,.;] .*|\.)?",
    _I,
)
# The labels of a related headline inside the story ("Lesen Sie auch", "Te puede interesar").
_INLINE_LABEL = (
    r"(related( video| videos| story| stories| article| articles| content| coverage| reading)?|"
    r"read more|read also|see also|also read|more|watch|listen|"
    r"lesen sie auch|auch interessant|mehr zum thema|à lire aussi|lire aussi|"
    r"le[ae] también|(también )?te (puede|podría) interesar|puede interesarte|vea también|"
    r"puedes ver|lesen sie hier|leggi anche|(ti )?potrebbe (interessarti|interessare)|"
    r"das könnte (sie|dich) (auch )?interessieren|vous aimerez (peut-être )?aussi|"
    r"à lire également|você (também )?pode gostar|you (may|might) also like|"
    r"leia também|lees ook|veja também|saiba mais|"
    # "Noticia relacionada: X", "Notícia relacionada: X", "Articolo correlato: X"
    r"(noticias?|notas?|artículos?|notícias?|matérias?|artigos?) relacionad[oa]s?|"
    r"(notizi[ae]|articol[oi]) correlat[oiae]|"
    r"(czytaj|zobacz) (też|także|również)|läs (också|även|mer)|baca juga|ayrıca (bakınız|oku)|"
    r"(bunlar da )?ilginizi çekebilir|"
    r"関連記事|相关阅读|citește și|διαβάστε (επίσης|ακόμη)|читайте так(же|ож)|lue myös|"
    r"læs (også|mere)|les (også|mer)|přečtěte si (také|též)|čtěte (také|též)|"
    r"prečítajte si (aj|tiež)|čítajte (aj|tiež)|olvasd el ezt is|pročitajte (i|još)|"
    r"llegeix (també|més)|קראו (עוד|גם)|קרא (עוד|גם)|(ये|यह) भी पढ़ें|আরও পড়ুন|"
    r"اقرأ (أيضا|أيضاً|المزيد)|بیشتر بخوانید|بخوانید|یہ بھی پڑھیں|مزید پڑھیں|"
    r"อ่านเพิ่มเติม|อ่านต่อ|xem thêm|đọc thêm|관련 ?기사|ilgili haber|"
    # Argentine voseo, Tamil, Filipino, Swahili ("Mirá también: X", "இதையும் படிக்க: X")
    r"seguí leyendo|(mirá|leé) también|இதையும் படிக்க(வும்)?|basahin (din|rin)|"
    r"soma (pia|zaidi)|"
    # Thai, Filipino, Hausa, Amharic; Nepali, Marathi, Gujarati, Punjabi, Telugu, Kannada,
    # Malayalam and Sinhala ("यो पनि पढ्नुहोस्: X", "ಇದನ್ನೂ ಓದಿ: X", "ተጨማሪ ያንብቡ፡ X")
    r"อ่านข่าวที่เกี่ยวข้อง|basahin|karanta (kuma|wannan)|ተጨማሪ ያንብቡ|"
    r"यो पनि पढ्नुहोस्|यो पनि पढ्नुस्|हेही वाचा|આ પણ વાંચો|ਇਹ ਵੀ ਪੜ੍ਹੋ|"
    r"(ఇది|ఇవి) కూడా చదవండి|ಇದನ್ನೂ ಓದಿ|ഇതുകൂടി വായിക്കൂ|ഇതും വായിക്കുക|"
    r"(මේවාත්|මෙයත්) කියවන්න|"
    # Central and Eastern Europe, the Baltics, Iceland, the Caucasus, Central Asia
    r"още по темата|прочетете (още|също)|прочитајте (и|још)( ово)?|pročitajte (i|još) ovo|"
    r"preberite (tudi|še)|читайте (ще|ещё|еще)|чытайце (таксама|яшчэ)|"
    r"taip pat skaitykite|lasiet (arī|vēl)|lasi arī|loe (ka|veel)|lestu (einnig|líka)|"
    r"ასევე წაიკითხეთ|կարդացեք նաև|тағы оқыңыз|shuningdek,? o['ʻ‘’]qing)"
)
# "Label: Headline", "Lire aussi | Headline", or the label in lenticular brackets
# ("【関連記事】Headline")
_INLINE_RELATED = re.compile(
    r"(" + _INLINE_LABEL + r" ?[:：|՝፡፦]|【" + _INLINE_LABEL + r"】) ?(?P<title>.+)", _I
)
# The label in capitals and the headline with no separator ("LEGGI ANCHE Headline"), or
# a full stop after the capitals ("LIRE AUSSI. Headline", a French paper's style).
_CAPS_INLINE_RELATED = re.compile(
    r"(?P<label>" + _INLINE_LABEL + r")(?P<stop>\.)? (?P<title>.+)", _I
)
_MIN_CAPS_LABEL_CHARS = 5  # "RELATED"; not "MORE THAN 200 ..."
_MIN_GLUED_LABEL_CHARS = 7  # "Related", "Read also"; not "More Americans ..."
# "LISTEN “Hard Times” by X", "WATCH The trailer": the label of the story's own media.
_MEDIA_LABELS = frozenset(("watch", "listen", "video"))
_MIN_CJK_HEADLINE, _MAX_CJK_HEADLINE = 6, 80  # characters
# Thai, Lao, Burmese and Khmer space phrases, not words: a headline is counted in letters.
_MIN_UNSPACED_HEADLINE, _MAX_UNSPACED_HEADLINE = 16, 200
_CASELESS_LETTER = re.compile(f"[{CASELESS_LETTERS}]")
# Sentence ends of the scripts without capitals: the danda, the Arabic and Urdu full stop,
# the Ethiopic full stop.
_CASELESS_STOPS = ("।", "۔", "؟", "።")
# What "continue reading" may point at that is no source and no headline.
_NO_TARGET = re.compile(
    r"(the )?(main |full |rest of the |whole )?(story|article|post)( below)?|below|here|"
    r"this (story|article|post)|(stories |articles |posts )?(like this|(on|about) this( topic)?)|"
    # the paper's own e-paper or app ("Continue reading the story on the X e-paper")
    r"(the )?(full |rest of the |whole )?(story|article) (on|in) (the |our )?"
    r"[^.!?]{1,40}\b(e-?paper|app|digital edition|print edition)",
    _I,
)
_FROM = frozenset({"from", "von", "van", "من"})
# "Lire la suite sur X", "Leer más en X", "Weiterlesen auf X": the site the story goes on
# at. (Not English "on": "Read more on Climate Policy" names a topic as often.)
_ON_SITE = frozenset(
    {"sur", "en", "su", "op", "em", "auf", "bei", "på", "na", "no", "di", "على", "عبر"}
)
# A publisher's name of up to six words: "The Wall Street Journal", "Daily Mail and
# General Trust", "Frankfurter Allgemeine Zeitung", "Le Courrier du Sud".
_PROPER_NAME = re.compile(
    r"(the |die |der |le |la |el |il )?[A-Z][\w'’&.-]*"
    r"( ([A-Z][\w'’&.-]*|of|and|&|für|de|del|di|du|des|da|do|dos|van|von|der|den)){0,5}"
)
# "Source: example.com | Kwame Mensah": the site a portal copied the story from, then its
# writer.
_SITE_THEN_WRITER = re.compile(r"[\w-]+(\.[\w-]+)+ ?[|•·] ?[^\W\d_].{1,60}")
# A press release's closing "SOURCE Harbor Lane Robotics, Inc.": the issuer, no headline.
_PRESS_RELEASE_SOURCE = re.compile(r"SOURCE ")
_ISSUER = re.compile(
    _PROPER_NAME.pattern + r"(,? (Inc|LLC|Ltd|Limited|Corp|Corporation|Co|plc|PLC|AG|GmbH|"
    r"SE|S\.A|N\.V|L\.P|LLP)\.?)?"
)
_DOMAIN = re.compile(r"[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/\S*)?\.*", _I)


@dataclass(frozen=True, slots=True)
class Pointer:
    """What a line that points elsewhere says: a related headline, a source, or nothing."""

    rel: str  # prev, next, related, read_more
    title: str | None  # the other article's headline
    source: str | None  # the publisher or site a "read more from X" line names


def pointer_of(text: str) -> Pointer | None:
    """Parse a prev/next, "read more" or "Related: headline" line; None for anything else."""
    if len(text) > 300:
        return None
    for rel, pattern in (("prev", _PREV), ("next", _NEXT)):
        match = pattern.fullmatch(text)
        if match:
            title = match.group("title").strip()
            if not title or (_headline_like(title) and not _ends_sentence(title)):
                return Pointer(rel, title or None, None)
    weak = _WEAK_BEFORE_CUT_HEADLINE.fullmatch(text)
    if weak and _headline_like(weak.group("title")):
        return Pointer("prev" if weak.group("prev") else "next", weak.group("title"), None)
    republished = (
        _REPUBLISHED_FROM.fullmatch(text)
        or _APPEARED_FIRST.fullmatch(text)
        or _VIETNAMESE_CREDIT.fullmatch(text)
        or _PRODUCED_BY.fullmatch(text)
    )
    if republished:
        return Pointer("read_more", None, republished.group("target").rstrip("."))
    see_more = _SEE_MORE_ON.fullmatch(text)
    if see_more:
        return Pointer("read_more", None, see_more.group("target").rstrip("."))
    read_more = _READ_MORE.fullmatch(text) or _READ_MORE_VERB_LAST.fullmatch(text)
    if read_more:
        target = read_more.group("target").strip()
        if not target or _NO_TARGET.fullmatch(target):  # "Continue reading the main story"
            return Pointer("read_more", None, None)
        if _is_bare_source(read_more) and _SITE_THEN_WRITER.fullmatch(target):
            return None  # a portal's copy of a site's story, and its writer: a byline
        issuer = _PRESS_RELEASE_SOURCE.match(text) and _ISSUER.fullmatch(target)
        if (
            _DOMAIN.fullmatch(target)
            or len(target.split()) <= 3
            or (_names_a_source(read_more) and _PROPER_NAME.fullmatch(target))
            or issuer
        ):
            # (a release's issuer publishes it, whatever its name)
            if not issuer and _is_bare_source(read_more) and not _names_a_publication(target):
                return Pointer("read_more", None, None)  # "Source: Eurostat" under a chart
            if issuer and (name := _PROPER_NAME.match(target)):
                return Pointer("read_more", None, name.group())  # its legal form aside
            return Pointer("read_more", None, target.rstrip("."))
        if _headline_like(target):
            return Pointer("read_more", target, None)
    inline = _INLINE_RELATED.fullmatch(text)
    if inline and _headline_like(inline.group("title")):
        return Pointer("related", inline.group("title").strip(), None)
    return _caps_labelled(text)


# A publication's word in its name ("Daily News", "Le Courrier", "人民网", "서울일보").
_OUTLET_WORD = re.compile(
    r"\b(news|times|post|daily|herald|tribune|gazette|journal|press|chronicle|courier|"
    r"observer|telegraph|express|mirror|standard|magazine|radio|tv|channel|agency|"
    r"zeitung|nachrichten|tagblatt|anzeiger|rundschau|courrier|dépêche|diario|"
    r"diário|jornal|noticias|notícias|giornale|corriere|gazzetta|gazeta|dziennik|nieuws|"
    r"krant|dagblad|avis|tidning|tidningen|uutiset|lehti|haber|berita|tribun|газета|"
    r"новости|вести|известия|правда|новини|ειδήσεις|agence|agencia|agência|agenzia)\b|"
    r"(网|網|报|報|新闻|新聞|电视台|電視台|通信|新聞社|日報|신문|일보|뉴스|방송)$",
    _I,
)


_LOWER_CASE_BRAND = re.compile(r"[a-z][\w-]{1,30}")


def _is_bare_source(read_more: re.Match[str]) -> bool:
    groups = read_more.groupdict()
    return bool(groups.get("bare") or groups.get("bare_rtl")) and not groups.get("prep")


def _names_a_publication(target: str) -> bool:
    """Does a "Source:" line's name name a publication (an agency, a known publisher, a
    site, a name with a paper's word), not the office or the study a fact came from?"""
    name = target.strip(" .")
    return (
        # (a script without capitals cannot show a name's kind: "المصدر: الجزيرة" stays a
        # publisher; so does a brand in lower case, "מקור: ynet")
        _CASELESS_LETTER.match(name) is not None
        or _LOWER_CASE_BRAND.fullmatch(name) is not None
        or is_news_agency(name)
        or publisher_by_name(name) is not None
        or _DOMAIN.fullmatch(name) is not None
        or _OUTLET_WORD.search(name) is not None
    )


def _names_a_source(read_more: re.Match[str]) -> bool:
    """ "Read more from X", "© Provided by X", "Lire la suite sur X": what follows is a
    publisher, never a headline ("Read more: X" may be either)."""
    groups = read_more.groupdict()
    prep = (groups.get("prep") or "").casefold()
    return bool(groups.get("credit")) or prep in _FROM or prep in _ON_SITE


def _caps_labelled(text: str) -> Pointer | None:
    """ "LEGGI ANCHE Headline": a label in capitals (bold on the page) and a headline in
    sentence case with no separator between them; an all-capitals line is a shout. So is
    "Related Bus fares to stay frozen": a card's label of seven letters or more ("Related",
    "Read also", not "More" nor "Watch": "More Americans are ..." is a sentence) glued to
    a capitalised headline. A full stop may follow a label in capitals only ("LIRE AUSSI.
    Headline"; "See also. The" is a sentence's end)."""
    caps = _CAPS_INLINE_RELATED.fullmatch(text)
    if caps is None:
        return None
    title = caps.group("title").strip()
    raw_label = caps.group("label")
    label = raw_label.lower()
    if raw_label.isupper():
        short = len(label) < _MIN_CAPS_LABEL_CHARS
    elif caps.group("stop"):
        return None
    elif raw_label[:1].isupper() and title[:1].isupper():
        short = len(label) < _MIN_GLUED_LABEL_CHARS
    else:
        return None
    if short or label in _MEDIA_LABELS or title.isupper():
        return None
    if _headline_like(title) and not _ends_sentence(title):
        return Pointer("related", title, None)
    return None


def is_media_headline(text: str) -> bool:
    """ "WATCH: Headline", "VIDEO | Headline": a video's or a podcast's own headline on its
    page, or a pointer to one inside another story (which of the two, only the line's
    place tells)."""
    label, separator, title = text.partition(":") if ":" in text else text.partition("|")
    return bool(separator) and label.strip().lower() in _MEDIA_LABELS and bool(title.strip())


def is_headline(text: str) -> bool:
    """A line that reads like another article's headline (in a "Most read" list); a
    headline cut short with "..." is still one."""
    return _headline_like(text) and (is_truncated(text) or not text.endswith((".", ":", ";", ",")))


def is_truncated(title: str) -> bool:
    return title.endswith(("...", "…"))


def _ends_sentence(text: str) -> bool:
    return text.endswith((".", "!", "?", ".'", '."', ".”")) and not is_truncated(text)


def _headline_like(text: str) -> bool:
    cjk = len(CJK_CHAR.findall(text))
    if cjk * 2 > len(text):  # no spaces, no capitals: a short line with no full stop
        return _MIN_CJK_HEADLINE <= len(text) <= _MAX_CJK_HEADLINE and text[-1:] not in "。．"
    if len(UNSPACED_CHAR.findall(text)) * 2 > len(text):
        return (
            _MIN_UNSPACED_HEADLINE <= len(text) <= _MAX_UNSPACED_HEADLINE
            and len(text.split()) <= 4  # more spaces: phrases of a paragraph
            and not text.endswith(_CASELESS_STOPS)
        )
    words = text.split()
    if not (3 <= len(words) <= 30 and len(text) <= 250):
        return False
    if any(w[:1].isupper() for w in words):
        return True
    # Hebrew, Arabic, Hindi ... show no capital: a short line of their letters
    return len(_CASELESS_LETTER.findall(text)) * 2 > len(text) and not text.endswith(
        _CASELESS_STOPS
    )
