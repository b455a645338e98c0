"""Boilerplate lines of text dumps, by removal reason: data only.

Each pattern matches a whole (stripped) line, case-insensitively, in English, German,
French, Spanish, Italian, Portuguese or Dutch (and, for share, comment and related lines,
Polish, Swedish, Turkish, Indonesian, Japanese and Chinese). Patterns avoid nested
quantifiers so that no input can make them backtrack for long. ``classify`` applies them.
"""

from __future__ import annotations

import re

from consumer.core.credit_lines import AGENCY_INPUTS_NOTE, WIRE_EDIT_NOTE
from consumer.core.embed_lines import EMBED_FURNITURE
from consumer.core.page_turns import PAGE_TURN, PAGER
from consumer.core.paywall import PAYWALL_NOTICES
from consumer.core.promo_lines import (
    AD_CONTINUES_PROMPTS,
    AD_LABELS,
    AD_WIDGET_HEADERS,
    CHANNEL_INVITATIONS,
    POST_SUBSCRIBE_PROMPTS,
    SELF_POINTERS,
)
from consumer.core.tool_lines import (
    ARTICLE_TOOLS,
    COMMENT_PROMPTS,
    HELPFULNESS_PROMPTS,
    TYPO_KEYS,
)

_I = re.IGNORECASE

# Lines longer than this are article text, whatever words they contain (cookie banners aside).
MAX_BOILERPLATE_CHARS = 160
MAX_COOKIE_CHARS = 700

# Sign-up verbs and newsletters' names in the languages whose words English readers would
# not guess, for a sign-up box's heading (the common ones are in the patterns below).
_SIGN_UP_VERBS = (
    r"schrijf je in|meld je aan|abonneer je|přihlaste se|odebírejte|iratkozzon fel|"
    r"iratkozz fel|abonează-te|abonați-vă|εγγραφείτε|הירשמו|הרשמו|عضو شوید|مشترک شوید|"
    r"सदस्यता लें|सब्सक्राइब करें|đăng ký|berlangganan|daftar|구독하세요|구독하기|購読する|"
    r"購読|登録する|登録|"
    # Nordic, Finnish, Russian, Ukrainian, Bulgarian, Croatian and Serbian, Baltic
    r"prenumerera på|meld deg på|tilmeld dig|tilaa|подпишитесь на|підпишіться на|"
    r"абонирайте се за|pretplatite se na|prijavite se na|užsiprenumeruokite|"
    r"pierakstieties|telli"
)
_NEWSLETTER_NAMES = (
    r"nieuwsbrief|newsletter\w*|hírlevel\w*|ניוזלטר|خبرنامه|न्यूज़लेटर|bản tin|뉴스레터|"
    r"ニュースレター|メルマガ|nyhetsbrev\w*|nyhedsbrev\w*|uutiskirje\w*|рассылк\w*|"
    r"розсилк\w*|бюлетин\w*|naujienlaiš\w*|jaunumiem|uudiskir\w*"
)
# One button of a page's share strip: a network or a tool, with the verb before it or not
# ("Compartir en Facebook", "Teilen auf X", "WhatsApp", "E-Mail", "Teilen: Facebook").
_SHARE_VERB = (
    r"(share( this (article|story))?|teilen|compartir|comparte|partager|condividi|delen|"
    r"partilhar|partilhe|compartilhar|compartilhe|udostępnij|dela|paylaş|send|envoyer|"
    r"enviar|inviare|sdílet|zdieľať|megosztás|podijeli|jaa|(artikel|beitrag) teilen|"
    r"distribuie|trimite|поделиться|поділитися|分享到?|シェア(する)?|공유(하기)?|del)"
    r"( (on|via|to|by|auf|per|bei|en|por|sur|par|"
    r"su|op|no|na|på|pe))?([:：] ?| )"
)
_COPY_LINK = (
    r"(copy link|link kopieren|copier le lien|kopioi linkki|kopier lenke|kopiera länk|"
    r"kopiér link|copiar (enlace|link)|link kopiëren|kopírovat odkaz|link másolása|"
    r"copiază linkul|αντιγραφή συνδέσμου|העתק(ת)? קישור|کپی لینک|लिंक कॉपी करें|"
    r"sao chép liên kết|salin tautan|링크 복사|リンクをコピー)"
)
_SHARE_TARGET = (
    r"(facebook|twitter|x|linkedin|whatsapp|e-?mail|mail|print|drucken|imprimer|imprimir|"
    r"stampa|reddit|pinterest|telegram|messenger|flipboard|threads|bluesky|mastodon|xing|"
    r"tumblr|sms|вконтакте|одноклассники|vk|微信|微博|qq空间|qq空間|qq|line|kakaotalk|"
    rf"{_COPY_LINK})"
    # Finnish and Hungarian put "on" in the network's case ending ("Jaa Facebookissa",
    # "Jaa X:ssä", "Megosztás Facebookon", "Megosztás X-en")
    r"(:?(iss|ss|s)[aä]|-?(on|en|ön))?"
)
_SHARE_BUTTON = rf"({_SHARE_VERB})?{_SHARE_TARGET}"
_STRIP_GAP = r"( ?[|•·/,] ?| )"
# The button of a text-to-speech player over the story, in the languages news is written in.
_LISTEN_BUTTON = (
    r"(listen to (this|the) (article|story|post)|listen now|(artikel|beitrag) (anhören|vorlesen)|"
    r"(diesen )?artikel vorlesen lassen|écouter (l'|cet )article|"
    r"escucha(r)? (la |esta )?(noticia|(el )?artículo)|ascolta (l'|questo )articolo|"
    r"ascolta la notizia|ouvir (a |esta )?(notícia|matéria)|ouça (a |esta )?(notícia|matéria)|"
    r"luister naar (dit|het) artikel|posłuchaj artykułu|lyssna på artikeln)"
)
_MENU_ITEM = r"[^\W\d_][\w'’&.-]+( [^\W\d_][\w'’&.-]*)?"  # a word of two letters or more
# Five or more sections of a word or two between bars, in any language: a menu when it
# opens the dump (a markdown table's row is shaped so too: "Camera | Sensor | Price").
BAR_MENU = re.compile(rf"{_MENU_ITEM}( ?[|•·] ?{_MENU_ITEM}){{4,14}}")
_RARE_HOME_LINK = (
    r"(domov|úvod|címlap|etusivu|forside|forsiden|αρχική|početna|naslovnica|acasă|главная|"
    r"головна|strona główna|startsida|kezdőlap|ana sayfa|প্রচ্ছদ|मुखपृष्ठ|होम)"
)
_HOME_LINK = r"(home|startseite|inicio|portada|accueil|início|anasayfa|beranda|trang chủ)"
# The sections of a site's menu, flattened onto one line by the dump ("Inicio Nacional
# Internacional Economía Deportes", "Home World Business Markets Tech Sport").
_MENU_SECTION = (
    r"(home|startseite|inicio|portada|accueil|início|news|world|uk|us|politics|business|"
    r"economy|markets|money|tech|technology|science|health|sports?|football|culture|arts|"
    r"entertainment|lifestyle|travel|opinion|weather|videos?|podcasts|local|national|"
    r"international|environment|education|food|style|books|music|film|movies|tv|crime|"
    r"climate|nachrichten|politik|wirtschaft|finanzen|kultur|wissen|panorama|gesundheit|"
    r"reise|digital|meinung|regional|lokales|ausland|inland|welt|feuilleton|karriere|"
    r"nacional|internacional|economía|deportes|cultura|opinión|política|sociedad|ciencia|"
    r"tecnología|salud|espectáculos|mundo|actualités|politique|économie|société|monde|"
    r"sciences|santé|vidéos|cronaca|politica|economia|esteri|spettacoli|tecnologia|salute|"
    r"esportes|desporto|opinião|saúde|nieuws|binnenland|buitenland|politiek|economie|"
    r"cultuur|france|europe|europa|afrique|africa|asia|asie|deutschland|españa|italia|brasil|"
    r"régions|regiones|regioni|"
    # Turkish, Indonesian, Vietnamese, Arabic, Persian, Urdu, Hebrew, Hindi, Thai, Korean
    r"anasayfa|gündem|ekonomi|spor|dünya|siyaset|yaşam|magazin|sağlık|teknoloji|kültür|"
    r"eğitim|beranda|berita|olahraga|hiburan|otomotif|gaya hidup|trang chủ|thời sự|"
    r"thế giới|kinh doanh|thể thao|giải trí|pháp luật|giáo dục|sức khỏe|đời sống|du lịch|"
    r"الرئيسية|أخبار|رياضة|اقتصاد|سياسة|ثقافة|فن|منوعات|صحة|تكنولوجيا|العالم|محليات|"
    r"رأي|فيديو|صفحه اصلی|اخبار|سیاسی|اقتصادی|ورزشی|فرهنگی|ہوم|کھیل|دنیا|کاروبار|تفریح|"
    r"پاکستان|صحت|تعلیم|"
    r"ראשי|חדשות|ספורט|כלכלה|תרבות|בריאות|טכנולוגיה|דעות|עולם|פוליטיקה|בידור|"
    r"होम|देश|विदेश|खेल|मनोरंजन|राजनीति|व्यापार|बिज़नेस|टेक|धर्म|राज्य|दुनिया|"
    r"หน้าแรก|ข่าว|กีฬา|บันเทิง|การเมือง|เศรษฐกิจ|ต่างประเทศ|ไลฟ์สไตล์|"
    r"홈|정치|경제|사회|국제|문화|스포츠|연예|오피니언)"
)

# reason -> patterns, tried in this order; the first reason that matches wins.
# A link back to the site's list of stories under a story ("Back to Newsroom", "Retour aux
# actualités"): navigation, and the page's story ends above it.
BACK_TO_LIST = re.compile(
    r"(back to|return to|retour (à la|à l'|au|aux)|volver a(l| la| las| los)?|"
    r"voltar para( a| o| as| os)?|torna a(lla|gli|i|l)?) (the |all )?"
    r"(newsroom|news|home( ?page)?|articles|stories|posts|blog|overview|index|list|"
    r"search results|press( room| releases)?|actualités|accueil|noticias|inicio|"
    r"notícias|início|notizie|elenco)",
    _I,
)
LINE_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "share": (
        re.compile(
            r"(share|share( or comment on)? this( article| story| page| post)?|"
            r"share (on|via|to) \w+( \w+)?|share (what you think|your thoughts)|"
            r"tweet|email|e-mail|print|pin it|copy link|link copied|whatsapp|facebook|twitter|x|"
            r"linkedin|reddit|pinterest|flipboard|telegram|messenger|instagram|youtube|tiktok|"
            r"threads|bluesky|mastodon|snapchat|copy link url copied|copy url|"
            r"print (this )?(article|story|page)|artikel (drucken|versenden)|"
            r"save|save (article|story|for later)|bookmark( (to|this|it))?|merken|"
            # "read later" buttons
            r"read later|lire plus tard|später lesen|leer (más )?tarde|leggi (più )?tardi|"
            r"ler (mais )?tarde|later lezen|"
            r"sauvegarder|guardar|salva|"
            r"imprimer (l'article|cet article)|imprimir (el )?(artículo|noticia)|"
            r"stampa (l'articolo|articolo)|"
            r"teilen|artikel teilen|teilen (auf|per|via|bei) \w+|drucken|partager|"
            r"partager (sur|par) \w+|imprimer|(compartir|comparte)( (en|por) \w+)?|imprimir|"
            r"condividi|condividi (su|via) \w+|stampa|delen|delen (op|via) \w+|"
            r"deel (dit|dit artikel|dit bericht|via \w+)|"
            r"(partilhe|partilhar|compartilhe|compartilhar)( (no|na|por|pelo|pela|via) \w+)?|"
            r"republish this (article|story)|udostępnij( (na|przez) \w+)?|"
            r"dela|dela (artikeln|på \w+|via \w+)|"
            r"paylaş|bagikan( artikel ini| (ke|di|via) \w+)?|"
            r"(この記事を)?シェア(する)?|ツイート|(はてな)?ブックマーク|lineで送る|"
            r"分享(到|这篇文章|此文)?|收藏|打印|微信|微博|(이 )?(기사 )?공유(하기)?|스크랩|인쇄|"
            r"megosztás|κοινοποίηση|distribuie( pe \w+)?|jaa|поделиться|chia sẻ|"
            # the Nordic "share" with what it shares ("Del artikkelen", "Jaa artikkeli")
            r"del|del (artikkelen|artiklen|artikel|saken)|jaa (artikkeli|juttu)|"
            r"dela (artikel|nyheten)|"
            r"(sdílet|sdílejte|zdieľať|podijeli|podeli)( (na|přes|cez) \w+)?|"
            # the Baltic, Slovene, Bulgarian, Serbian, Belarusian, Greek, Georgian, Armenian,
            # Kazakh, Uzbek and Mongolian "share" (Estonian "Jaga", Icelandic "Deila")
            r"(dalintis|dalīties|jaga|deila|deli|сподели|подели|падзяліцца|μοιραστείτε|"
            r"გაზიარება|կիսվել|бөлісу|ulashish|хуваалцах)( (на|във|у|в|na|v) \w+)?|"
            # Arabic, Persian, Urdu, Hebrew, Hindi and Thai, the network after or before
            r"(شارك|مشاركة)( (الخبر|المقال|الموضوع|هذا الخبر))?( (على|عبر) \S+)?|"
            r"اشتراک‌? ?گذاری|(\S+( \S+)? پر )?شیئر کریں|"
            r"(שתפו|שתף|שיתוף)( ב\S+)?|(\S+( \S+)? पर )?शेयर( करें)?|แชร์( \S+)?|"
            r"print recipe|pin (this )?recipe|save (this )?recipe|"
            r"rezept drucken( bei pinterest (speichern|merken))?|"
            r"(dieses?|diesen|den|das) [\w-]{1,30} als pdf (herunterladen|downloaden|drucken)|"
            r"(möchten sie )?(den|diesen) (artikel|beitrag) teilen\?|"
            r"teilen sie (dies|das|diesen (artikel|beitrag)) mit|"
            # the button with what it shares ("Partager cet article :", "Compartilhe esta
            # notícia", "Shiriki habari hii")
            r"partager (cet article|l'article|cette (page|actualité))|"
            r"compartir (esta noticia|este artículo|la noticia|el artículo)|"
            r"(compartilhe|compartilhar|partilhe) (esta|essa) (notícia|matéria|reportagem)|"
            r"shiriki( habari hii| makala hii)?|i-share( (sa|ito) \w+)?)"
            r"( this)? ?[:!：]?( \d+)?",
            _I,
        ),
        re.compile(
            r"(follow|like) (us|\w+( \w+)?) on \w+.{0,60}|"
            # (Argentine and Uruguayan voseo: "Seguinos en Instagram")
            r"(folgen sie uns|folge uns|suivez-nous|síguenos|seguinos|seguici|siga-nos|volg ons)"
            r"\b.{0,60}",
            _I,
        ),
        re.compile(r"(share|click) (this|to share).{0,60}|opens in (a )?new (window|tab)", _I),
        # the audio player's button, perhaps with the recording's length ("Listen to this
        # article 4 min", "Artikel anhören", "Ascolta l'articolo 03:12")
        re.compile(
            rf"{_LISTEN_BUTTON}( ?[•·|:-]? ?(\d{{1,2}}[:.]\d{{2}}|\d{{1,2}} ?min(utes|uten|\.)?))?",
            _I,
        ),
        # a strip of two or more buttons (each button's words differ from the gap's: linear)
        re.compile(rf"{_SHARE_BUTTON}({_STRIP_GAP}{_SHARE_BUTTON})++", _I),
        # one button with its verb ("Del på Facebook"), or the link's copy button
        re.compile(rf"{_SHARE_VERB}{_SHARE_TARGET}|{_COPY_LINK}", _I),
        re.compile(
            r"follow us|folgen sie uns|suivez-nous|síguenos|seguici|"
            r"(like|enjoy|enjoyed|liked) this (article|story|post)\?.{0,60}|"
            r"want more (stories|articles|news) like this\?|"
            r"(dir hat (der|dieser) |hat ihnen (der|dieser) )?(artikel|beitrag) gefallen\?.{0,60}",
            _I,
        ),
        re.compile(CHANNEL_INVITATIONS, _I),
        re.compile(ARTICLE_TOOLS, _I),
        # "Follow us on X" in Turkish, Arabic, Persian, Hebrew, Hindi, Bengali and Thai
        # ("Instagram'da takip edin", "تابعونا على فيسبوك", "ما را در اینستاگرام دنبال کنید"),
        # and the sharing and page tools of Japanese, Chinese and Korean pages
        re.compile(
            r"([\w'’. -]{1,30}'?(da|de|ta|te|dan|den) )?takip (edin|et)\W{0,3}|"
            r"تابعونا (على|عبر|في) .{1,40}|(ما را )?(در|در شبکه‌های اجتماعی) .{1,30} دنبال کنید|"
            r"עקבו אחרינו( ב\S+){0,2}|(हमें )?(\S+( \S+)? पर )?फॉलो करें|"
            r"(\S+( \S+)? ?-?এ )?ফলো করুন|(আমাদের )?ফেসবুক পেজে লাইক দিন|"
            r"ติดตาม(เรา)?(ได้)?(ที่|ทาง)? ?(facebook|line|x|twitter|youtube|tiktok|instagram)\S{0,10}|"
            r"(x|twitter|facebook|line)で(シェア|ポスト|送る)|はてなブックマークに追加|"
            r"扫码关注.{0,20}|关注我们|打开app(阅读全文|查看)?|打印本页|举报|"
            r"(페이스북|트위터|카카오톡|카카오스토리)(으로|로)? 공유(하기)?|기사 스크랩|인쇄하기",
            _I,
        ),
    ),
    # (before "cookie": a consent box in an embed's place names cookies too)
    "embed": (re.compile(EMBED_FURNITURE, _I),),  # "View this post on Instagram"
    "cookie": (
        re.compile(
            r".{0,400}\b(cookies?|gdpr)\b.{0,400}\b(use|uses|using|accept|consent|policy|"
            r"preferences|settings|website|browser|experience|privacy|verwenden|nutzen|"
            r"utilisons|utilise|utilizamos|utilizza|gebruikt)\b.{0,400}",
            _I,
        ),
        re.compile(
            r".{0,400}\b(we|this (site|website)|wir|nous|utilizamos)\b.{0,200}\bcookies?\b.{0,400}",
            _I,
        ),
        re.compile(
            r"(accept|reject|allow|decline) (all|cookies|selection)?|"
            r"(manage|cookie|privacy) (preferences|settings|options|choices)|"
            r"alle akzeptieren|tout accepter|aceptar todo|accetta tutti|we value your privacy",
            _I,
        ),
    ),
    "newsletter": (
        re.compile(POST_SUBSCRIBE_PROMPTS, _I),  # "Subscribe for free to receive new posts"
        re.compile(
            r"(get|sign up|subscribe|register|join|receive|enter|delivered|abonnieren|"
            r"inscrivez|suscríbete|iscriviti|assine|inscreva-se|cadastre-se)"
            r".{0,80}\b(newsletters?|inbox|boletín|"
            r"infolettre|nieuwsbrief)\b.{0,120}",
            _I,
        ),
        re.compile(r"(our |the |daily |weekly |free )?newsletters?\W{0,3}", _I),
        # ... with a name or a topic after it ("Newsletter info", "Newsletter Politik")
        re.compile(
            r"newsletters? ((?-i:[A-ZÀ-Þ])[\w'-]+|info|infos|actu|du (matin|soir|jour))\W{0,3}", _I
        ),
        # a sign-up box's heading in more languages, the verb before the newsletter's name
        # or after it ("Schrijf je in voor onze nieuwsbrief", "뉴스레터를 구독하세요")
        re.compile(
            rf"({_SIGN_UP_VERBS}).{{0,60}}({_NEWSLETTER_NAMES}).{{0,40}}|"
            rf"({_NEWSLETTER_NAMES}).{{0,40}}({_SIGN_UP_VERBS}).{{0,20}}",
            _I,
        ),
        # a newsletter box's heading that names it ("Get the Morning Briefing")
        re.compile(
            r"(get|receive|sign up for|subscribe to) (the|our) ([\w'’-]+ ){0,3}"
            r"(briefing|digest|bulletin)\W{0,3}",
            _I,
        ),
        # a newsletter's box named after the site ("Cicero Newsletter", "PC Gamer Newsletter")
        re.compile(r"[A-Z][\w.&-]*( [A-Z][\w.&-]*){0,2} (?i:newsletter)\W{0,3}"),
        re.compile(
            r"(sign up|subscribe|register|log ?in|sign in|abonnieren|jetzt abonnieren|"
            r"s'abonner|abonnez-vous|suscríbete|suscribirse|iscriviti|abbonati|"
            # a sign-up box's button in more languages
            r"aanmelden|inschrijven|odebírat|feliratkozom|feliratkozás|mă abonez|"
            r"abonează-te|εγγραφή|הרשמה|عضویت|सब्सक्राइब करें|berlangganan|구독하기|登録する|"
            r"enter your e-?mail( address)?|your e-?mail( address)?|e-?mail address)"
            r"( (now|here|today|for free|free))?[.!:]?",
            _I,
        ),
        re.compile(
            r"(subscribe|sign up|register) (to|for|now|today) .{0,100}|"
            r"(already|not) a (subscriber|member)\b.{0,80}|"
            r"this (article|content) is (only )?(available|reserved) (to|for) .{0,80}",
            _I,
        ),
        # An e-mail newsletter's header and footer.
        re.compile(
            r"(view|read|open) (this|the|it|this (e-?mail|newsletter)) (e-?mail |newsletter )?"
            r"(online|in (a|your) (web )?browser)\W{0,3}.{0,40}|"
            r"(view|read|open) (online|in ((a|your) )?(web )?browser)\W{0,3}|"  # "View in browser"
            r"(having trouble|problems?|can't see|cannot see) (viewing|reading|seeing)"
            r" this( e-?mail| newsletter| message)?\?.{0,80}|"
            r"forward (this|it)( e-?mail| newsletter)? to a (friend|colleague)\W{0,3}.{0,40}|"
            r"((you are|you're|you were) receiving|you (have )?received|you('re| are) getting)"
            r" this (e-?mail|newsletter|message|because)\b.{0,160}|"
            r"(unsubscribe|manage (your )?(subscription|preferences)|update (your )?preferences)"
            r"( ?[|•·] ?[\w ,'&-]{1,40}){0,6}\W{0,3}|"
            r"(was this|this) (e-?mail|newsletter) forwarded to you\?.{0,80}",
            _I,
        ),
        # A call for readers' tips under the story ("Have a news tip? Email us at ...").
        re.compile(
            r"(have|got) (a|any) (news |story )?tips?\?.{0,120}|"
            r"(send|share) us (a|your) (news |story )?tips?\b.{0,100}",
            _I,
        ),
        # A company blog's calls to action under the story, lines of their own ("Book a
        # demo", "Never miss another article", "Get the latest insights", "Enjoyed this
        # piece? ...", "Sign up below for a demo.", a rating widget's question).
        re.compile(
            r"never miss (another|an?|our|the) ([\w-]+ ){0,2}(article|post|story|update|episode"
            r"|issue)s?\W{0,3}|"
            r"(book|schedule|request|get) (a|an|your) ([\w-]+ ){0,3}(demo|consultation|call)"
            r"( today| now| here)?\W{0,3}|"
            r"(jetzt )?(kostenlose |unverbindliche )?(demo|beratung|beratungstermin|erstgespräch)"
            r" (buchen|anfragen|vereinbaren)\W{0,3}|(réserve[rz]|demande[rz]) une démo\W{0,3}|"
            r"(solicita|reserva|pide) (una|tu) demo\W{0,3}|"
            r".{0,40}\bby entering your e-?mail( address)?,? you (agree|consent|acknowledge)"
            r"\b.{0,200}|"
            r"(get|access) the latest ([\w,&-]+ ){0,5}(insights|updates|trends|tips)\b.{0,80}|"
            r"stay (up to date|updated|in the loop|informed) with [\w .&'-]{1,40}\W{0,3}|"
            r"(sign up|subscribe) (below|and) .{0,100}|"
            r"(enjoyed|liked?|loved?) (this|the|what you) (piece|article|post|story|read|see)\? "
            r".{0,100}|"
            r"how (useful|helpful) was this (post|article|page|guide)\?\W{0,3}",
            _I,
        ),
        # A paywall's offer under a teaser ("Get unlimited access for £1 a week").
        re.compile(
            r"(get|unlock|enjoy|gain) (unlimited|full|complete|digital|instant)"
            r"( digital| online| web)? access\b.{0,100}|"
            r"cancel (at )?any ?time\W{0,3}|"
            r"(immediate|instant) (online )?access to (all|the full|every)\b.{0,80}|"
            r"(ausgabe|heft|e-paper) (kaufen|bestellen)\W{0,3}|"
            r"(subscribers?|members?)[ -]only( (article|content))?\W{0,3}|"
            r"(to )?(continue|keep) reading,? (subscribe|sign in|log in|register)\b.{0,80}|"
            r"(subscribe|sign in|log in|register) to (continue|keep|read|unlock)\b.{0,80}|"
            r"this (article|story|content) is (for|only for|exclusive(ly)? (to|for)) "
            r"(subscribers|members)\b.{0,40}|" + PAYWALL_NOTICES,
            _I,
        ),
    ),
    "advertisement": (
        re.compile(SELF_POINTERS, _I),  # "For the latest news ..., head to KXYZ."
        re.compile(
            r"\W?(advertisement|advertising|advertisment|ad|ads|sponsored( content)?|"
            r"paid (content|post|partner)|promoted( content)?|anzeige|werbung|publicité|"
            r"publicidad|pubblicità|externer inhalt|" + AD_LABELS + r")\W?",
            _I,
        ),
        re.compile(
            # the label and the prompt on one line ("Advertisement · Scroll to continue")
            r"((advertisement|ad|anzeige|werbung|publicité|publicidad|pubblicità|publicidade)"
            r" ?[·•|–—-] ?)?(((story|article) continues (below|after).{0,40}|"
            r"(scroll|continue) (down )?to continue( reading)?.{0,40}|"
            r"continue (reading|story) below\W{0,3})|"
            r"(skip|close) (ad|advertisement)|ad feedback|report (this )?ad|"
            r"(click here to )?(get|download) (the|our) [\w ]{1,30} app\W{0,3}|"
            r"(la suite|l'article continue) (après|sous) (cette|la) publicité.{0,20}|"
            + AD_CONTINUES_PROMPTS
            + "|"
            + AD_WIDGET_HEADERS
            + ")",
            _I,
        ),
        # what a page shows in place of a script's content ("<noscript>")
        re.compile(
            r"(notice: )?(please )?(enable|turn on|activate) javascript\b[^.!?]{0,80}[.!]?|"
            r"(notice: )?javascript (is )?(required|disabled|must be enabled)"
            r"( (to|for) [^.!?]{1,60})?[.!]?|"
            r"(bitte )?(aktivieren sie|aktiviere) (bitte )?javascript\b[^.!?]{0,80}[.!]?|"
            r"javascript (ist )?(deaktiviert|erforderlich)( [^.!?]{1,60})?[.!]?|"
            r"(veuillez )?activer (le )?javascript\b[^.!?]{0,80}[.!]?|"
            r"(por favor,? )?(habilita|activa) (el )?javascript\b[^.!?]{0,80}[.!]?",
            _I,
        ),
    ),
    "navigation": (
        # a paged story's pointer to its next page ("Continue to page 2: ...", "Suite page 4")
        re.compile(rf"\W{{0,3}}{PAGE_TURN}\W{{0,3}}", _I),
        re.compile(PAGER, _I),
        # an obituary's buttons under it ("Sign the Guest Book", "View & Sign Guest Book",
        # "Send Flowers", "Share a memory"; not a site's own "Sign our guest book")
        re.compile(
            r"((view|read) ?(and|&|/) ?)?sign (the )?guest ?book|send flowers|share a memory",
            _I,
        ),
        # a link or player printed as its HTML (an embed's fallback in <noscript>)
        re.compile(r"<(a|iframe|img|embed|object|video|audio)\b[^>]{0,300}>.{0,300}", _I),
        re.compile(
            r"(skip to (main )?(content|navigation|search)|back to top|go to top|top of page|"
            r"menu|main menu|close menu|open menu|toggle navigation|navigation|search|"
            r"home|homepage|sections|more|show more|load more|view all|see all|see more|"
            # a picture's or a box's toggle
            r"(click|tap) to (expand|enlarge|zoom|collapse)|expand|collapse|"
            r"zum inhalt springen|nach oben|startseite|accueil|retour en haut|"
            r"inicio|volver arriba|portada|torna su|"
            # "skip to content", "home", "search", "back to top" in more languages
            r"(direkt )?zum inhalt|aller au contenu|(saltar|ir) al contenido|"
            r"(vai|salta) al contenuto|(pular|ir) para o conteúdo|(ga )?naar (de )?inhoud|"
            r"przejdź do (treści|zawartości)|hoppa till (huvud)?innehåll(et)?|içeriğe (geç|atla)|"
            r"(langsung|lewati) ke (konten|isi)|strona główna|startsida|ana ?sayfa|beranda|"
            r"página inicial|início|szukaj|sök|ara|cari|buscar|pesquisar|rechercher|suche|"
            r"zoeken|cerca|wróć na górę|till toppen|başa dön|kembali ke atas|voltar ao topo|"
            r"haut de page|メニュー|検索|トップへ戻る|首页|搜索|返回顶部)[.:]?",
            _I,
        ),
        re.compile(r"see more (on|about):? [\w ,.'’&-]{1,60}", _I),
        # a mobile site's banner to its app ("Open in app", as the HTML mode reads it)
        re.compile(r"(open|read|continue|view) (this )?in (the )?app|get the app", _I),
        # a news app's link out of its copy and its curation line ("Read on Apple News",
        # "Open in Google News", Flipboard's "Flipped into Local News by Sam Ortiz")
        re.compile(
            r"(open|read|view|continue reading|read (this|the full) story) (it )?(in|on) "
            r"(apple news|google news|flipboard|msn|smartnews|newsbreak|yahoo news)\+?",
            _I,
        ),
        # a gallery's buttons ("Next image", "Previous photo", "Next slide")
        re.compile(r"(next|previous|prev) (image|photo|picture|slide)", _I),
        re.compile(r"flipped (into|in) [\w '’&.:-]{1,60} by [\w '’&.@-]{1,40}", _I),
        re.compile(rf"{_MENU_SECTION}({_STRIP_GAP}{_MENU_SECTION}){{2,14}}+", _I),
        # ... or a home link and one section ("Início Política", "Home Politics")
        re.compile(rf"{_HOME_LINK}({_STRIP_GAP}{_MENU_SECTION}){{1,14}}+", _I),
        # ... or a home link no headline opens with, then two sections or more of any
        # words, each capitalised (a letter no lower-case range holds)
        re.compile(
            rf"(?i:{_RARE_HOME_LINK})( ?[|•·]? ?[^\W\d_a-zß-öø-ÿα-ωа-яё][\w'’&.-]+){{2,14}}"
        ),
        re.compile(r"zurück (zum|zur|zu) [\w .-]{1,30}", _I),
        BACK_TO_LIST,
        # a story's tags ("Themen: Formel 1, Pierre Gasly", "Mots-clés : Climat"), or the
        # label alone over them, one a line ("Topics:", "Tags:", "Temas")
        re.compile(
            r"(tags|tagged( as| with)?|topics|themen|schlagwörter|schlagworte|stichwörter|"
            r"mots-clés|étiquettes|"
            r"archivado en|arquivado em|abgelegt unter|classé dans|"
            r"etiquetas|temas|tag|parole chiave|trefwoorden|tagi|etykiety|"
            r"témata|štítky|tagy|címkék|etichete|oznake|tunnisteet|emneord|etiketter|теги|"
            r"ετικέτες|etiketler|anahtar kelimeler|метки|ключевые слова|"
            r"темы|теми|žymės|tēmas|märksõnad|aiheet|emner|ämnen|ключови думи|"
            r"từ khóa|từ khoá|kata kunci|palavras-chave|palabras clave|"
            r"categor(y|ies)|kategorien?|catégories?|categorías?|categori[ae]|rubriken?)"
            r"(\s?:( .{1,150})?)?",
            _I,
        ),
        re.compile(r"(jump|skip) to (the )?(recipe|video|comments|reviews)\W{0,3}", _I),
        # the button that unfolds the rest of a story ("Story continues")
        re.compile(r"(story|article) continues\W{0,3}", _I),
        re.compile(
            r"(home|startseite|accueil|inicio|portada|trang chủ|strona główna|startsida|"
            r"ana ?sayfa|beranda|"
            rf"página inicial|início|首页|ホーム|{_RARE_HOME_LINK})"
            # (the last crumb may be the page's own headline, of any length)
            r"( ?[>/»›|] ?[\w ,'&-]{1,40}){0,5}( ?[>/»›|] ?[^>/»›|]{1,150})",
            _I,
        ),
    ),
    "comments": (
        re.compile(
            r"\W{0,3}(\d+ |top( rated)? |reader'?s? |user |latest |all |show |view |load |hide |"
            r"see |read )?(comments?|replies|reactions|kommentare?|commentaires?|comentarios?|"
            r"commenti|reacties|komentarze?|kommentarer|yorumlar|komentar|comentários|"
            r"комментари[ий]|коментарі|コメント|评论|"
            # ... in the scripts of Asia and the Middle East (Korean, traditional Chinese,
            # Vietnamese, Thai, Arabic, Persian, Hebrew, Hindi, Bengali, Malay)
            r"댓글|評論|留言|bình luận|ความคิดเห็น|التعليقات|تعليقات|نظرات|תגובות|"
            r"टिप्पणियाँ|टिप्पणियां|মন্তব্য|komen|"
            # ... and in Central and Eastern Europe, the Baltics, the Nordics, the Caucasus,
            # Central Asia and Mongolia ("Diskuse (23)", "Hozzászólások (8)")
            r"diskuse|diskusia|diskusija|hozzászólások|σχόλια|komentáře|kommentit|"
            r"comentarii|komentari|komentarji|komentāri|komentarai|kommentaarid|"
            r"коментари|каментары|athugasemdir|კომენტარები|մեկնաբանություններ|şərhlər|"
            r"izohlar|пікірлер|сэтгэгдэл)"
            r"( \(\d+\)| \d+)?\W{0,3}|"
            # a thread's sign-in prompt ("로그인 후 댓글을 작성할 수 있습니다",
            # "登录后发表评论")
            r"로그인 ?(후|하시면|하셔야) .{0,20}댓글.{0,20}|"
            r"登(录|入)后.{0,6}(评论|評論|留言).{0,10}|"
            r"(发表|發表|我要|网友|網友)(评论|評論)\W{0,3}|コメントを(書く|する|投稿する?)\W{0,3}|"
            # the button alone, in the imperative ("Commenta", "Kommentieren")
            r"(skomentuj|kommentera|yorum yap|commenta|kommentieren|commenter|comentar|comente|"
            r"reageer|комментировать)\W{0,3}|"
            r"(leave|post|add|write|view|show|see|read) (a |the |all |your )?(\d+ )?"
            r"(comments?|reply|replies)\b.{0,40}|"
            r"(join|start) the (conversation|discussion|debate).{0,40}|"
            # "add a comment" in more languages
            r"(dodaj|napisz) komentarz|ajouter un commentaire|(deja|añade|escribe) un comentario|"
            r"yorum yap(abil)?mek için (üye )?giriş yap\w*\W{0,3}|"
            r"(aggiungi|lascia|scrivi) un commento|plaats een reactie|laisser un commentaire|"
            r"(escreva|deixe) (um|seu) comentário|yorum (ekle|yaz)|přidat komentář|"
            r"(добавить|написать|оставить) комментарий|додати коментар|"
            # a thread's count and pager ("{ 38 comments… read them below or add one }",
            # "← Previous Comments", "Ältere Kommentare")
            r"\W{0,3}\d+ (comments?|replies|responses|kommentare|commentaires|comentarios|"
            r"commenti|reacties|komentarzy?)\W{1,3}(read|add|leave|lesen|schreiben|lire|"
            r"ajouter|leer|añadir)\b.{0,40}|read below or add a comment\W{0,5}|"
            r"\W{0,3}(previous|older|newer|next|ältere|neuere|vorherige|nächste|"
            r"commentaires (précédents|plus anciens)|comentarios (anteriores|más antiguos)) "
            r"(comments|kommentare)?\W{0,3}|"
            # a blog's comment thread: "12 Replies to “Title”", "3 thoughts on “Title”", "8
            # appreciated comments on “Title”", "14 comments to Title" (not a sentence: "12
            # responses to the survey came in."), "Comments on this story"
            r"(\d+|one|two|three) ([^\W\d_]+ )?(replies|responses|comments|thoughts) (to|on) "
            r"[“\"'‘«].{1,140}|\d+ (replies|responses|comments) to .{1,140}[^.]|"
            r"comments on this (story|article|post|entry)\W{0,3}|"
            # a thread of one: "One Comment", "One Response to Title" (not a sentence)
            r"one (comment|response|reply|thought)(\W{0,3}| (to|on) .{1,140}[^.])|"
            # the link to the comment form ("Comment on this article", "Reageer op dit artikel")
            r"(comment on|reageer op|réagir à|commenta|comente|comentar|kommentieren sie) "
            r"(this|dit|cet|l'|questo|esta|este|diesen) ?(article|story|post|artikel|bericht|"
            r"articolo|notícia|noticia|artigo|artículo|beitrag)\W{0,3}|"
            r"(comments|commenting|discussion) (are|is) (now )?(closed|disabled|off)\W{0,3}|"
            r"(there are )?no comments( yet)?(\W{0,3}|\. [^.]{1,40})|"
            r"be the first to comment.{0,40}|"
            r"(keine kommentare\.? )?kommentare (sind )?geschlossen\W{0,3}|keine kommentare\W{0,3}|"
            r"(\d+|ein|eine|zwei|drei) (antworten|antwort|kommentare|kommentar|gedanken|"
            r"gedanke) (zu|auf) .{1,140}|"
            # a comment form
            r"(schreibe|schreib|hinterlasse|verfasse) einen (neuen )?kommentar.{0,40}|"
            r"(deine|ihre) e-?mail-?adresse wird nicht veröffentlicht.{0,100}|"
            r"erforderliche felder sind (mit \* )?markiert.{0,20}|"
            r"les commentaires sont fermés\W{0,3}|"
            r"(los )?comentarios (están )?cerrados\W{0,3}|commenti chiusi\W{0,3}|"
            r"(kommentar|commentaire|comentario) (schreiben|verfassen|ajouter|añadir).{0,20}|"
            # a blog's comment form and a recipe's rating box
            r"your email address will not be published\b.{0,80}|required fields are marked.{0,10}|"
            # ... as WordPress translates them ("Votre adresse e-mail ne sera pas publiée.",
            # "O seu endereço de email não será publicado.")
            r"votre adresse (e-?mail|de messagerie|courriel) ne sera pas publiée\b.{0,100}|"
            r"tu (dirección de )?correo( electrónico)? no (será|se) publica(da|rá)\b.{0,100}|"
            r"o seu (endereço de )?e-?mail não será publicado\b.{0,100}|"
            r"il tuo indirizzo e-?mail non (sarà|verrà) pubblicato\b.{0,100}|"
            r"alamat email anda tidak akan (dipublikasikan|diterbitkan)\b.{0,100}|"
            r"e-posta (adresiniz|hesabınız) yayımlanmayacak\b.{0,100}|"
            r"je e-?mailadres wordt niet gepubliceerd\b.{0,100}|"
            r"(les )?champs obligatoires sont indiqués avec.{0,10}|"
            r"(los )?campos obligatorios están marcados con.{0,10}|"
            r"(os )?campos obrigatórios são marcados com.{0,10}|"
            r"i campi obbligatori sono contrassegnati.{0,10}|"
            # a thread's prompt and its policy ("Would you like to comment on this
            # article?", "Please read our Comment Policy before commenting.", "Comments
            # are the opinions of our readers ...", "Os comentários não representam a
            # opinião do jornal")
            r"would you like to comment on this (article|story)\?|"
            r"(please )?read our comment(ing)? (policy|guidelines) before commenting\W{0,3}|"
            r"(conversations|comments) (are|represent) (the )?opinions of (our |the )?readers\b"
            r".{0,100}|(os )?comentários não representam a opinião\b.{0,120}|"
            r"(los )?comentarios (publicados )?no representan (la opinión|el punto)\b.{0,120}|"
            # ... in Urdu, Hindi and Arabic ("اس خبر پر اپنی رائے کا اظہار کریں")
            r"((اس )?(خبر|تحریر) پر )?اپنی رائے کا اظہار کریں\W{0,3}|"
            r"(इस खबर पर )?अपनी राय (दें|लिखें|दीजिए)\W{0,3}|أضف تعليق(ك|ا)?\W{0,3}|"
            r"rate this (recipe|article|post)\W{0,3}|"
            # ... an article's rating box in more languages, and its note
            r"oceń (jakość )?(naszego |tego )?artykuł[u]?\W{0,3}|"
            r"(évaluez|notez) (cet|l') article\W{0,3}|valora (este|el) artículo\W{0,3}|"
            r"bewerten sie (diesen|den) (artikel|beitrag)\W{0,3}|"
            r"(your|twoja) (feedback|opinion|opinia) (helps|allows|pozwala) (us|nam) (to )?"
            r"(improve|create|make|tworzyć|ulepszać) .{0,80}|"
            r"(your )?(name|e-?mail|mail|website)( address)?\*? ?(\((required|optional|"
            r"(will )?not be published|erforderlich|wird (benötigt|nicht veröffentlicht))"
            r"[^)]{0,40}\) ?){1,2}\*?|there (are|is) \d+ comments?\b.{0,40}|"
            rf"{HELPFULNESS_PROMPTS}|"
            r"wie gefällt (ihnen|dir) (unsere?|diese?r?|das) [\w.-]{1,40}( [\w.-]{1,40})?\?"
            r".{0,60}|bitte teilen sie uns (ihre|eure) (meinung|erfahrungen?)\b.{0,100}|"
            r"(war|ist) (der|dieser) (artikel|beitrag|text) (nützlich|hilfreich)\?|"
            r"verraten sie (uns )?(gerne )?in den kommentaren\b.{0,100}|"
            r"para comentar (debes|tienes que|es necesario)\b.{0,80}|"
            r"did you (make|try) this (recipe|dish)\?.{0,80}|"
            # a comment form's notes and a thread's count ("Liczba komentarzy: 6")
            r"(your|dein|ihr) (comment|kommentar) (is awaiting|wartet auf) "
            r"(moderation|freischaltung|freigabe)\b.{0,40}|"
            r"votre commentaire est en attente de modération\b.{0,40}|"
            r"tu comentario está (pendiente|esperando)( de)? moderación\b.{0,40}|"
            r"\W{0,3}twój komentarz (został przekazany do|oczekuje na) moderacj\w\W{0,3}|"
            r"((comments|kommentare|komentarze|commentaires|comentarios) )?"
            r"(number of comments|anzahl der kommentare|liczba komentarzy|"
            r"nombre de commentaires|número de comentarios):? \d+|"
            # a prompt to sign in before commenting ("Log in to comment", "Jetzt anmelden
            # und mitdiskutieren")
            r"you must be (logged|signed) in to ((post|leave|add|write) a )?comment\b.{0,40}|"
            r"all comments are public\W{0,3}|"
            rf"{COMMENT_PROMPTS}\W{{0,3}}|"
            # a comment form's buttons and fields ("Cancel reply", "Name *")
            r"(leave a reply )?(cancel reply|antworten abbrechen|annuler la réponse|"
            r"cancelar (la )?respuesta|annulla (la )?risposta|anuluj (pisanie )?odpowiedź)|"
            r"(click here to cancel( the)? reply|hier klicken, um (das antworten|die antwort) "
            r"abzubrechen|cliquez ici pour annuler (la|votre) réponse|"
            r"haz clic aquí para cancelar la respuesta)\W{0,3}|"
            r"(submit|send|publish) (a |your )?comment|kommentar (abschicken|absenden)|"
            r"(publier|envoyer) (le |un |mon )?commentaire|(publicar|enviar) comentario|"
            r"invia (il )?commento|opublikuj komentarz|"
            r"(name|e-?mail|e-?mail-?adresse|website|webseite|nom|nombre|nome|imię|"
            r"comment|kommentar|commentaire|comentario) ?\*|"
            r".{2,40} (on|am|le|el) .{6,30} (said|says|wrote|schrieb|a écrit|dijo):",
            _I,
        ),
    ),
    "copyright": (
        re.compile(
            # not a photo caption that ends with its credit ("A train in Berlin. © dpa/Jane Roe",
            # "Students march in Paris. (Illustration) © Jean Martin / AFP")
            r"(?![^©ⓒ]{20,80}[.!?)] [©ⓒ] ?[^\W\d_][^©ⓒ.!?]{1,60}$)"
            r".{0,80}(©|\(c\) ?\d{4}|copyright\b|all rights reserved|alle rechte vorbehalten|"
            r"tous droits réservés|todos los derechos reservados|tutti i diritti riservati|"
            # Arabic, Hebrew, Hindi, Thai, Persian, Urdu, Turkish, Indonesian, Vietnamese
            r"جميع الحقوق محفوظة|כל הזכויות שמורות|सर्वाधिकार सुरक्षित|สงวนลิขสิทธิ์|"
            r"حقوق [^.]{0,40}محفوظ|tüm hakları saklıdır|hak cipta dilindungi|"
            r"bảo lưu mọi quyền|"
            # Korean, Chinese and Japanese: "no reproduction without permission" (in Korean,
            # "무단 전재-재배포, AI 학습 및 활용 금지" puts more between it and "forbidden")
            r"무단 ?전재 ?(및|[-·,]|) ?재배포|版权所有|版權所有|"
            r"無断(転載|複製)(・(転載|複製))?を?禁|"
            r"未经(授权|许可)?(不得|禁止)转载|"
            # ... in traditional characters too ("非經授權，不得轉載")
            r"(未經|非經|非经)(授權|許可|授权|许可)[，,、 ]?(不得|禁止)(轉載|转载)|"
            # the circled c of Korean papers ("ⓒ 예시일보")
            r"ⓒ)"
            r".{0,160}",
            _I,
        ),
        re.compile(r"our (standards|editorial (standards|guidelines|policy)):? .{0,80}", _I),
        # "(c) Agencia EFE": a wire's credit without its year (a list's "(c) the third
        # option" is lower case)
        re.compile(r"\(c\) ?[A-Z][\w.&-]*( [\w.&-]+){0,4}\.?"),
        re.compile(
            r"\(?alle angaben ohne gewähr\)?\.?|"
            r"materiał chroniony prawem autorskim\b.{0,100}",
            _I,
        ),
        re.compile(
            r"(privacy (policy|notice|dashboard|settings|cent(er|re))|your privacy choices|"
            r"terms (of (use|service)|and conditions|and privacy( policy)?)|"
            r"contact us|about us|impressum|datenschutz|mentions légales|aviso legal|"
            r"accessibility|sitemap|careers|advertise( with us)?)"
            r"( ?[|•·/] ?[\w ,'&-]{1,40}){0,12}",
            _I,
        ),
    ),
    # The markers that open and close a press release ("FOR IMMEDIATE RELEASE", "###").
    "press_release": (
        re.compile(
            r"(for immediate release|for release|embargoed until\b.{0,60}|###|# # #|-30-|"
            r"[（(]完[）)]|"  # a Chinese wire's end mark
            r"- ?ends ?-|ends|press release|news release|pressemitteilung|"
            r"communiqué de presse|nota de prensa|comunicado de prensa|comunicato stampa|"
            r"persbericht)\W{0,3}",
            _I,
        ),
        # the wire's link to the release with its pictures ("View original content to
        # download multimedia: https://...")
        re.compile(r"view original content( to download multimedia)?:? ?(https?://\S+)?", _I),
        # the header of a release's legal notice ("Forward-Looking Statements", "Cautionary
        # Note Regarding Forward-Looking Statements", "Safe Harbor Statement")
        re.compile(
            r"((cautionary|special) (note|statement|language)s? (regarding|concerning|about|"
            r"on) )?forward-looking (statements?|information)( disclaimer)?\W{0,3}|"
            r"safe harbou?r( statement| notice)?\W{0,3}",
            _I,
        ),
    ),
    "byline": (
        # A credit line at the foot of a story ("Jane Doe contributed reporting from Paris.").
        re.compile(
            r"[\w.’'\- ,]{3,80} contributed (reporting|to this (report|story|article))"
            r"( from [\w .,’'-]{1,60})?\.?",
            _I,
        ),
        # Credits for help under the story, naming no writer: "(Additional reporting by
        # Jane Doe; Editing by Sam Poe)", "—With assistance from John Roe."
        re.compile(
            r"\(?((additional|further|extra) reporting|[—–-]* ?with (the )?assistance) "
            r"(by|from) [A-ZÀ-Þ][^()]{1,200}\)?\.?",
            _I,
        ),
        re.compile(AGENCY_INPUTS_NOTE, _I),  # "(With inputs from PTI)"
        # A wire desk's note of what a new version changed, alone in brackets above or under
        # the story: "(Adds details, quotes)", "(Updates prices in second paragraph.)"
        re.compile(WIRE_EDIT_NOTE, _I),
        # Canada's Local Journalism Initiative under a story, or as the writer's role ("This
        # story was produced with the financial assistance of the Local Journalism
        # Initiative", "Ce reportage bénéficie du soutien de l'Initiative de journalisme local")
        re.compile(
            r"[^.]{0,120}\b(local journalism initiative|initiative de journalisme local)\b"
            r"[^.]{0,120}\.?",
            _I,
        ),
        # The editor's credit beside the byline ("Editor: Jane Doe", "Editing by John Roe").
        re.compile(
            r"((?i:editors?|penyunting|redaktör|redaktor|redaksi|editör|editado por)\s?:|"
            r"(?i:(edited|editing) by|editado por)):?\s?[A-ZÀ-Þ][\w.'’ ,;&-]{1,80}"
        ),
        # The editor's credit on a Chinese or Japanese page ("责任编辑：王明"), in traditional
        # characters too, with a wire's date code after it ("（編輯：林美華）1151128": the year
        # of the Minguo calendar, the month and the day).
        re.compile(
            r"[（(【\[]?(责任编辑|責任編輯|編集|编辑|編輯) ?[:：] ?\S{1,20}?[）)】\]]?(\d{7})?"
        ),
        # A wire desk's initials under the copy ("dp/jm/bc", "(rrd/rir)"), lower case only,
        # perhaps after the agency's name ("EFE ab/jm", the two lines joined), or each
        # closed by its slash as PAP writes them ("jk/ mok/").
        re.compile(
            r"((EFE|AFP|ANSA|APA|dpa|DPA|Lusa|LUSA|AP|Reuters|PAP|ČTK|MTI|ANP|Belga) )?"
            r"([a-z]{2,4}(/ ?[a-z]{2,4}){1,6}/?|\([a-z]{2,4}(/[a-z]{2,4}){1,6}\))"
        ),
        # The header of the author's bio under the story ("About Jane Doe", "Über den Autor").
        re.compile(
            r"(?i:about|über|à propos de|acerca de|sobre|informazioni su|over) "
            r"((?i:the (author|writer|reporter)s?|den autor|die autorin|l'auteur|el autor|"
            r"o autor|a autora|la autora|l'autore|l'autrice|de auteur|de schrijver)|"
            r"[A-ZÄÖÜÉ][\w.'’-]{1,20}( [A-ZÄÖÜÉ][\w.'’-]{1,20}){1,3})"
        ),
        # ... in Japanese: "この記事を書いた人" (who wrote this article), "筆者プロフィール"
        re.compile(r"この記事を書いた人|この記事の(筆者|著者)|(筆者|著者)プロフィール"),
    ),
    "image_credit": (
        re.compile(
            # (not a portal's byline: "Source: example.com | Kwame Mensah")
            r"(?!source ?: ?[\w-]+(\.[\w-]+)+ ?[|•·] ?[^\W\d_])"
            r"(image|photo|picture|foto|bild|imagen|zdjęcie|bildnachweis|crédits? photos?|"
            r"credit|credits|créditos?|photograph|source|quelle|fuente|fonte)s?( credit)? ?: ?"
            r".{1,80}",
            _I,
        ),
        # ... in more languages, the Korean and Japanese with "=" ("사진=연합뉴스")
        re.compile(
            r"(φωτογραφία|φωτογραφίες|φωτο|फोटो|फ़ोटो|तस्वीर|ảnh( minh họa| minh hoạ)?|fotó|"
            r"사진|写真|фото|fotoğraf|kuva|摄影|攝影|图片来源|圖片來源|图片|圖片|"
            # Bengali, Tamil, Urdu, Swahili, Filipino
            r"ছবি|படம்|تصویر|picha|larawan|"
            # Bulgarian, Icelandic, Lithuanian, Georgian, Armenian, Mongolian
            r"снимка|mynd|nuotrauka|ფოტო|լուսանկարը|гэрэл зураг) ?[:：=՝] ?.{1,60}",
            _I,
        ),
        # an illustration or archive photo's credit ("Photo d'illustration © BELGA")
        re.compile(
            r"(photo|image|foto|imagen|immagine|bild|imagem) (d'illustration|d'archives?|"
            r"de archivo|d'archivio|de arquivo|ilustrativa|illustrativa|d'archive)"
            r"( ?[©:/|–-] ?[^.!?]{1,60})?",
            _I,
        ),
        # a photo's source or the opening picture, in more languages ("Sursa foto: X",
        # "Źródło zdjęcia: X", "Nyitókép: MTI/X", "Fonte da imagem: X")
        re.compile(
            r"((source|quelle|fuente|fonte|bron|źródło|zdroj|forrás|kilde|källa|lähde|sursa|"
            r"izvor|источник|джерело|πηγή)( of the| de la| da| dell'| del)? ?(foto|photo|image|"
            r"imagine|imaginii|imagem|imagen|immagine|bild|zdjęcia|zdjęć|obrázku|fotó|kép|kuva|"
            r"фото|фотографии|φωτογραφίας?)\w*|nyitókép|borítókép|címlapkép|fotografie|"
            r"fotky?|snímek|billede|bilde|kuvat?|zdjęcia?|kép|imagine|fotografii) ?[:：] ?.{1,80}",
            _I,
        ),
        # the Polish abbreviation ("Fot. PAP/Jan Kowalski"), the Japanese photographer
        # ("撮影・鈴木一郎", "（撮影・鈴木一郎）")
        re.compile(r"(?i:fot)\. ?[A-ZŁŚŻŹ].{1,60}|[（(]?撮影[・：:/／] ?.{1,30}?[）)]?"),
        # the Filipino "photo by" ("Kuha ni Pedro Santos"), a French Canadian paper's credit
        # in capitals ("PHOTO JACQUES ROY, LA PRESSE CANADIENNE", "PHOTO ARCHIVES LA PRESSE")
        re.compile(
            r"(?i:kuha|larawan) ni [A-ZÀ-Þ][\w.'’-]*( [A-ZÀ-Þ][\w.'’-]*){0,4}|"
            r"PHOTOS? [A-ZÀ-Þ][A-ZÀ-Þ'’.-]*( [A-ZÀ-Þ][A-ZÀ-Þ'’.-]*){0,4}"
            r"(, [A-ZÀ-Þ][A-ZÀ-Þ'’.-]*( [A-ZÀ-Þ][A-ZÀ-Þ'’.-]*){0,4})?"
        ),
        # a screen reader's label before the credit ("Image source, Getty Images")
        re.compile(r"(image|photo|video|media) (source|credit) ?, ?.{1,80}", _I),
        # ... in the languages of the world services that print it so ("منبع تصویر، X",
        # "مصدر الصورة، X", "Crédito, X", "Fuente de la imagen, X", "Chanzo cha picha, X")
        re.compile(
            r"(منبع تصویر|مصدر الصورة|تصویر کا ذریعہ|इमेज स्रोत|ছবির উৎস|fuente de la imagen|"
            r"crédito|fonte da imagem|fotoğraf kaynağı|sumber gambar|chanzo cha picha|"
            r"nguồn hình ảnh|автор фото|джерело фото|பட மூலாதாரம்) ?[,،] ?.{1,80}",
            _I,
        ),
        # "Photograph by Jane Doe, Flora International", "Fotos von Jane Doe": capitalised
        # names only (a credit run into the next heading reads on in lower case)
        re.compile(
            r"(?i:photo|photograph|photography|picture|image|illustration|foto|fotografie|"
            r"bild|fotografía|fotografia)(?i:s)? (?i:by|von|de|di|par|door) "
            r"[A-ZÀ-Þ][\w.'’-]*(?:(?: and| und| et| y| &|,)? [A-ZÀ-Þ][\w.'’-]*){0,5}"
            # where it came from ("... on Unsplash", "... for The Daily Courier")
            r"(?: (?i:on|via|from|for) [A-ZÀ-Þ][\w.'’-]*(?: [A-ZÀ-Þ][\w.'’-]*){0,2})?"
            r"(?:, [^.!?]{2,40})?"
        ),
        re.compile(
            r"[\w ,./|&()-]{0,30}\b(getty images|shutterstock|afp via getty|"
            r"reuters/[\w .]{1,40}|ap photo[\w ./]{0,40}|picture alliance|dpa|epa-efe|imago)"
            r"\W{0,3}",
            _I,
        ),
    ),
}

# A breadcrumb without the home link: two to six short crumbs parted by a spaced chevron
# ("Podcasts › The Week in Money", "World » More"; not French quotes, « »). The dump's
# first line is the page's <title>, which blogs part so ("Blog Name » Post Title").
BREADCRUMB = re.compile(r"[^\W\d_][^›»«\[\]]{0,39}( [›»] [^›»«\[\]]{1,40}){1,5}")

# Lines that open a list of other articles' headlines ("Most read", "Related").
RELATED_HEADERS = re.compile(
    r"(related( articles?| stor(y|ies)| news| content| coverage| topics| posts?| reads)?|"
    r"read (more|next|also)|keep reading|more like this|"
    r"(more|other) (posts|stories|articles) like this|"
    r"(recent|latest|other) (posts|articles|stories)|"
    r"see also|more( news| stories| articles| posts)? (from|on|in|about) [\w .'-]{1,40}|"
    r"more (stories|news|articles)|"
    r"most (read|popular|viewed|shared|watched|commented)( [\w ]{1,30})?|"
    # the most watched videos ("VÍDEOS: mais assistidos do g1 SP nos últimos 7 dias")
    r"((vídeos|videos|vidéos|video) ?:? )?(mais (assistidos|vistos)|más vistos|"
    r"les plus (vus|regardés)|meistgesehen\w*|i più visti|meest bekeken|"
    r"najczęściej oglądane)( [\w ]{1,40})?|"
    r"trending( now| stories)?|top stories|more for you|up next|"
    # an aggregator's "More for you" in more languages
    r"mehr für sie|plus pour vous|más para ti|mais para você|altro per te|meer voor jou|"
    r"(you|we think you) (may|might) (also )?(like|enjoy|be interested in)|"
    r"recommended( for you| stories| reading)?|editor'?s picks|popular( now)?|latest( news)?|"
    r"what to read next|further reading|in other news|"
    r"lesen sie auch( die folgenden (beiträge|artikel))?|auch interessant|"
    r"mehr zum thema( auf [\w.-]{1,40})?|ähnliche (beiträge|artikel)|"
    r"mehr (aus|von) (dem |der )?[\w'-]+( [\w'-]+)?|"
    r"neueste (artikel|beiträge)|weitere (aktuelle )?(themen|beiträge|artikel|inhalte|"
    r"nachrichten|meldungen|news)|"
    r"weitere beiträge (aus|zu|zum|zur|von|in) [\w .-]{1,40}|"
    r"weitere (aktuelle )?(themen|artikel|inhalte) (aus|zu|zum|zur|von|in) [\w-]+( [\w-]+){0,2}|"
    r"(artikel|beiträge|inhalte)( und videos)? zum thema|lies auch|"
    r"beliebte (beiträge|artikel)( zum thema)?|mehr lesen( über| zu| zum thema)?|"
    r"otras noticias|artículos relacionados( [\w ]{1,30})?|las más vistas|lo más visto|"
    # "More news" in more languages ("Más noticias", "Mais notícias", "Altre notizie")
    r"más noticias( de [\w ]{1,30})?|mais notícias( de [\w ]{1,30})?|altre notizie|"
    r"meer nieuws|plus d'actualités|autres actualités|więcej wiadomości|"
    r"infórmate más|informate más|das könnte sie (auch )?interessieren|"
    r"meistgelesen|à lire aussi|lire aussi|sur le même sujet|les plus lus|"
    r"te puede interesar|noticias? relacionadas?|lo más leído|leggi anche|"
    r"articoli correlati|notizie correlate|notizia correlata|articolo correlato|"
    r"i più letti|leia também|lees ook|meest gelezen|veja também|"
    r"saiba mais|(czytaj|zobacz) (też|także|również)|polecamy|najczęściej czytane|"
    r"läs (också|även|mer)|mest lästa|ilgili haberler|benzer haberler|çok okunanlar|"
    r"baca juga|berita terkait|terpopuler|(この記事の)?関連(記事|ニュース)|"
    r"相关(新闻|阅读|文章|报道)|"
    # ... and in traditional characters (Taiwan, Hong Kong: "延伸閱讀", "相關新聞")
    r"相關(新聞|閱讀|文章|報導)|延伸(阅读|閱讀)|推薦閱讀|熱門新聞|"
    r"推荐阅读|热门新闻|相关推荐|热门推荐|猜你喜欢|熱門文章|"
    # ... and in Japanese, Korean, Thai, Vietnamese, Indonesian, Malay, Turkish, Arabic,
    # Persian, Hebrew, Hindi and Bengali ("この記事を読んだ人におすすめ", "많이 본 기사")
    r"(この記事を読んだ人に|こちらも)?おすすめ(記事|ニュース)?|人気記事|こちらの記事もおすすめ|"
    r"인기 ?기사|추천 ?기사|많이 본 기사|최신 ?기사|ข่าวแนะนำ|ข่าวยอดนิยม|"
    r"tin (khác|mới nhất|nổi bật)|đọc nhiều nhất|(berita|artikel) lainnya|artikel terkait|"
    r"pilihan redaksi|berita berkaitan|artikel berkaitan|diğer haberler|"
    r"en (çok|popüler) okunan(lar)?|قد يهمك|المزيد من الأخبار|پربازدیدترین(‌?ها)?|"
    r"خبرهای مرتبط|עוד בנושא|הכי נקרא(ות|ים)|सबसे ज्यादा पढ़ी गई|আরও খবর|"
    r"এই বিভাগের আরো খবর|kapcsolódó (cikkek|hírek)|olvasd el ezt is|διαβάστε (επίσης|ακόμη)|"
    r"σχετικά άρθρα|citește și|citeste si|articole similare|související články|"
    r"přečtěte si (také|též)|lue myös|читайте так(же|ож)|по темі|по теме|"
    r"самое (читаемое|популярное|интересное)|другие новости|новости по теме|"
    r"найпопулярніше|інші новини|관련 ?기사|많이 본 뉴스|"
    r"læs (også|mere)|les (også|mer)|čtěte (také|též)|llegeix (també|més)|"
    r"prečítajte si (aj|tiež)|čítajte (aj|tiež)|pročitajte (i|još)|najčítanejšie|"
    r"קראו (עוד|גם)|(ये|यह) भी पढ़ें|আরও পড়ুন|সর্বাধিক পঠিত|সম্পর্কিত খবর|"
    r"यो पनि पढ्नुहोस्|हेही वाचा|ಇದನ್ನೂ ಓದಿ|(ఇది|ఇవి) కూడా చదవండి|ተጨማሪ ያንብቡ|"
    r"اقرأ أيضا|اقرأ أيضاً|"
    r"(أخبار|مقالات|مواضيع|موضوعات) ذات صلة|الأكثر (قراءة|مشاهدة)|"
    r"tin liên quan|xem thêm|đọc thêm|"
    r"اقرأ المزيد|بیشتر بخوانید|مطالب مرتبط|اخبار مرتبط|یہ بھی پڑھیں|مزید پڑھیں|"
    r"متعلقہ خبریں|संबंधित (खबरें|ख़बरें)|और पढ़ें|כתבות נוספות|אולי יעניין אותך|"
    r"อ่านเพิ่มเติม|อ่านต่อ|ข่าวที่เกี่ยวข้อง|ข่าวล่าสุด|devamını oku|"
    r"bunlar da ilginizi çekebilir|bài liên quan|tin cùng chuyên mục|함께 볼만한 뉴스|"
    r"ezt is ajánljuk|olvassa el ezt is|함께 읽으면 좋은 기사|あわせて読みたい|עוד באתר|"
    r"(artigos?|posts?|matérias?|notícias?) relacionad[oa]s?|mais lidas|"
    r"articles (similaires|liés)|vous aimerez (peut-être )?aussi|à lire également|"
    r"articoli simili|(ti )?potrebbe (interessarti|interessare)( anche)?|"
    r"gerelateerde (artikelen|berichten)|(podobne|powiązane) artykuły|"
    r"(entradas|publicaciones|contenidos?|notas|temas) relacionad[oa]s?|"
    r"(lee|lea) también|(también )?te (puede|podría) interesar|te recomendamos|"
    r"recomendamos para (você|ti)|populäre (artikel|beiträge)|"
    r"weitere interessante (themen|artikel|beiträge)|à (écouter|voir) aussi|"
    r"das könnte dich (auch )?interessieren|auch lesenswert|"
    r"diese (artikel|themen|beiträge) (könnten|dürften) (sie|dich) (auch )?interessieren|"
    r"sur le même thème|похожие (статьи|новости)|"
    r"вам (также|тоже) может быть интересно|"
    # German lists named by an adjective and what they hold ("Verwandte Links", "Meist
    # gelesene Artikel", "Letzte Meldungen", "Top-Themen der Redaktion")
    r"(verwandte|passende|interessante|beliebteste|meist ?gelesene|meistkommentierte|"
    r"aktuelle|aktuellste|letzte|neue|empfohlene) (artikel|beiträge|themen|themenbereiche|"
    r"links|nachrichten|meldungen|news|videos|berichte)( aus dieser (kategorie|rubrik))?|"
    r"ähnliche (nachrichten|themen|news|videos|artikel lesen)|"
    r"(meist|am meisten|am häufigsten) gelesen|meistkommentiert|"
    r"top[- ]themen( der redaktion)?|(mehr|weitere) videos|videos zum thema|"
    r"zum weiterlesen|weiterführende links|empfehlungen (aus )?der redaktion|"
    r"(articles|sujets) les plus (lus|populaires)|plus de sujets|dans la même rubrique|"
    r"related (tutorials|videos|guides)|popular (videos|posts|articles|stories)|"
    r"watch (this )?next|explore more|also from this (source|author|site)|"
    r"more (news|press) releases( [\w ]{1,30})?|mais (populares?|lidos)|"
    r"inne artykuły( autora)?|"
    # "more news" in more languages ("Mehr Nachrichten", "További hírek", "Další zprávy")
    r"mehr (nachrichten|meldungen|news)|další (zprávy|články)|mohlo by vás (také )?zajímat|"
    # Argentine voseo ("Seguí leyendo:", "Mirá también"; "Seguir leyendo" alone is the
    # button that opens the rest of a story), Tamil, Swahili and Filipino
    r"(seguí|seguir) leyendo(?=:)|(mirá|leé) también|இதையும் படிக்க(வும்)?|"
    r"தொடர்புடைய செய்திகள்|habari (zinazohusiana|nyingine|zaidi)|basahin (din|rin)|"
    r"iba pang balita|"
    r"további (hírek|cikkek)|mai multe (știri|articole)|περισσότερα (νέα|άρθρα)|עוד כתבות|"
    # Central and Eastern Europe, the Baltics, Iceland, the Caucasus, Central Asia and
    # Mongolia ("Още по темата", "Pročitajte i ovo", "Taip pat skaitykite", "Loe ka")
    r"още по темата|прочетете (още|също)|свързани (новини|статии)|най-четени|"
    r"прочитајте (и|још)( ово)?|повезане вести|најчитаније|"
    r"pročitajte (i|još) ovo|povezane (vijesti|vesti)|najčitanije|"
    r"preberite (tudi|še)|povezane novice|najbolj brano|"
    r"читайте (ще|ещё|еще)|чытайце (таксама|яшчэ)|"
    r"taip pat skaitykite|susiję straipsniai|skaitomiausi|"
    r"lasiet (arī|vēl)|lasi arī|saistītie raksti|lasītākie|"
    r"loe (ka|veel)|seotud (artiklid|uudised)|loetuimad|"
    r"lestu (einnig|líka)|tengdar fréttir|mest lesið|luetuimmat|mest (læste|lest)|"
    r"ასევე წაიკითხეთ|მსგავსი სიახლეები|կարդացեք (նաև|նույն թեմայով)|"
    r"oxşar xəbərlər|digər xəbərlər|ən çox oxunanlar|тағы оқыңыз|ұқсас жаңалықтар|"
    r"shuningdek,? o['ʻ‘’]qing|o['ʻ‘’]xshash yangiliklar|холбоотой мэдээ)[.:՝]?",
    _I,
)

# Phrases that mark a short line (up to MAX_PHRASE_LINE_CHARS) as boilerplate wherever
# they appear in it ("Stay up to date. Subscribe to our newsletter.").
MAX_PHRASE_LINE_CHARS = 300
PHRASE_PATTERNS: dict[str, re.Pattern[str]] = {
    "newsletter": re.compile(
        r"\b((subscribe|sign up|register) (to|for) (our|the|my) ([\w-]+ ){0,3}"
        r"(newsletters?|mailing list|emails?)|delivered (straight |directly )?to your inbox|"
        r"newsletter abonnieren|(inscrivez-vous|abonnez-vous) à (notre|la) (newsletter|lettre)|"
        r"suscríbete a (nuestro|nuestra|la) (boletín|newsletter)|iscriviti alla newsletter|"
        # ... in languages whose verb English readers would not guess: "Dacă vrei să fii la
        # curent ..., abonează-te la newsletterul X", "Zapisz się do naszego newslettera"
        r"(abonează-te|abonați-vă|iratkozzon fel|iratkozz fel|přihlaste se|odebírejte|"
        r"schrijf je in|meld je aan|abonneer je|zapisz się|zapisz sie|εγγραφείτε) "
        r"([\w-]+ ){0,3}(newsletter\w*|nieuwsbrief|hírlevel\w*)|"
        # the fine print under a sign-up form
        r"newsletters? may contain|by (signing up|subscribing|registering|clicking)[^.]{0,60}"
        r"\byou (agree|acknowledge|consent)|protected by recaptcha|"
        # a sign-up box's promise, in the imperative: "Recevez chaque matin l'essentiel"
        r"^(receive|recevez|erhalten sie|recibe|ricevi|receba)\b.{1,60}\b"
        r"(every (morning|day|week)|chaque (matin|jour|semaine)|jeden (morgen|tag)|jede woche|"
        r"cada (mañana|día|semana)|ogni (mattina|giorno|settimana)|toda (manhã|semana)|"
        r"todos os dias|"
        # ... or where it lands: "Receba no seu email as principais notícias do dia"
        r"(no seu|na sua|en tu|dans votre|in your|nel tuo|nella tua) (e-?mail|inbox|correo|"
        r"caixa( de entrada)?|boîte|casella))|"
        # ... or as a plain promise to the reader: "Ogni mattina le notizie più importanti
        # della tua città", "Every morning the stories your town talks about"
        r"^(every|each|ogni|chaque|jeden|jede|cada|toda) (morning|day|week|mattina|giorno|"
        r"settimana|matin|jour|semaine|morgen|tag|woche|mañana|día|semana|manhã)\b[^.!?]{0,80}"
        r"\b(your|tua|tuo|votre|vos|deine?|ihre?|tu|tus|sua|seu)\b[^.!?]{0,40}\w(?=[.!]?$)|"
        r"you('ve| have) (successfully|succesfully) (subscribed|signed up)|"
        # a sign-up form's messages and fine print, printed with the form
        r"^(oops!?|sorry,?) something went wrong\b|\bwhile submitting the form\b|"
        r"^there was (an issue|a problem|an error) with (the|your) (form|submission)\b|"
        r"^(thank you!?|thanks!?),? please check your (inbox|email)\b|"
        r"^(100% free\.? )?no spam(?=[.!]?$)|^no credit card required(?=[.!]?$)|"
        r"(right|direct|directly|straight) (in)?to your inbox|"
        r"delivered to (your|their) inbox(es)?|"
        r"(direkt )?in (dein|ihr|deinen|ihren) (postfach|posteingang)|"
        # a sign-up box's promise that ends "in your inbox", in more languages
        r"(in je mailbox|in uw mailbox|do (vaší|tvé) schránky|a postafiókjában|"
        r"în căsuța ta de e-?mail|στο (email|e-mail|inbox) σας|ישירות (למייל|לתיבת הדואר)|"
        r"در ایمیل شما|आपके (ईमेल|इनबॉक्स) में|vào hộp thư của bạn|di kotak masuk anda|"
        r"메일로 받아보세요|メールでお届けします)(?=\W{0,3}$)|"
        r"newsletter (hier |jetzt )?abonnieren|"
        r"^missing out on the latest\b|never miss (our|a|the) (top |latest )?(stories|story|"
        r"update|news)\b|subscription will auto(matically)?[- ]renew|"
        r"\b(cancela cuando quieras|jederzeit kündbar)\b|"
        r"^(du willst|willst du|sie wollen|wollen sie) (nichts|keine [\w-]+) mehr verpassen|"
        r"^lust auf mehr\? |"
        # a newsletter's own notice, republished with it as an article ("You're reading the
        # Morning Brief newsletter. Sign up here to get it in your inbox.")
        r"^(you're|you are) reading (the |a )?([\w'’&-]+ ){0,4}newsletter\b|"
        r"\bsign up here to (get|receive) (it|this|them)\b|"
        # an appeal for support under the story
        r"^if you (enjoyed|liked|like|enjoy) (reading )?this (post|article|story)\b.{0,60}"
        r"\b(support|donate|consider)|^thank you for your support\b|"
        r"^(our|independent|quality|local) journalism (needs|depends on|relies on) your "
        r"support(?=\W{0,3}$)|^support (independent|our|quality|local) journalism(?=\W{0,3}$)|"
        r"unterstützen sie (diese form des journalismus|unsere arbeit)|"
        r"^gefällt (dir|ihnen) unser [\w-]{1,40}\?|"
        r"thanks? (you )?for (subscribing|signing up)|"
        # a sign-up form's fine print ("You can unsubscribe at any time")
        r"(you can|you may|to) unsubscribe (at any time|anytime)|"
        r"(sie können|du kannst) (sich|dich) jederzeit (wieder )?(abmelden|austragen)|"
        r"abmeldung ist jederzeit möglich|"
        r"en remplissant ce formulaire|(inscrite?s?|abonnée?s?) à notre liste de diffusion|"
        r"vous (pouvez|pourrez) (vous désabonner|vous désinscrire)|"
        r"(puedes|puede) darte de baja|darse de baja en cualquier momento|"
        r"puoi (annullare l'iscrizione|disiscriverti)|"
        r"(je kunt|u kunt) (je|zich) (op elk moment |altijd )?afmelden|"
        r"możesz (w każdej chwili )?(zrezygnować z subskrypcji|wypisać się))\b",
        _I,
    ),
    # A licence or liability notice in a page's footer ("Texte auf dieser Webseite stehen
    # unter einer Creative Commons ... Lizenz", "Trotz sorgfältiger inhaltlicher Kontrolle
    # übernehmen wir keine Haftung für die Inhalte externer Links").
    "copyright": re.compile(
        r"\b(this copy is for your personal,? non-?commercial use only|"
        r"(licensed|available|published|released|is|are) under (a|the|an) "
        r"(creative commons|cc[- ]by)|"
        r"(unter|sous|bajo|sotto|onder) (einer |der |une |la |una |een |de )?"
        r"(lizenz |licence |licencia |licenza |licentie )?(creative[- ]commons|cc[- ]by)|"
        r"na licencji (creative commons|cc[- ]by)|"
        r"keine haftung für (die )?inhalte (externer|fremder|verlinkter)|"
        r"für den inhalt der verlinkten seiten sind ausschließlich|"
        r"(no|not) (responsibility|liability|responsible|liable) for the (content|contents) of "
        r"(external|linked|third[- ]party) (links|sites|websites|pages)|"
        # a wire's or a site's ban on reprints without a copyright sign ("This material may
        # not be reproduced, redistributed, or manipulated in any form.", "Redistribution,
        # republication ... is expressly prohibited without the prior written consent of X")
        r"(this (material|content|article|story|report)|the (material|content) on this "
        r"(site|website)) (may|must|shall) not be (reproduced|redistributed|republished|"
        r"rewritten|copied|published, broadcast)|"
        r"no part of this (site|website|publication|page|article) may be reproduced|"
        # a broadcast transcript's notice ("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE
        # IN ITS FINAL FORM AND MAY BE UPDATED.", "This transcript was created on a rush
        # deadline.")
        r"this is a rush transcript|this transcript was (created|produced|prepared) on a "
        r"rush deadline|this (copy|text|transcript) may not be in its final form|"
        r"(republication|redistribution|reproduction|redissemination|retransmission)"
        r"[^!?]{0,120}? (is|are) (expressly |strictly )?prohibited without)\b",
        _I,
    ),
    # A comment form's notes and a comment policy ("Du kommentierst mit Deinem
    # WordPress.com-Konto", "Notify me of new posts by email", "Comments are moderated").
    "comments": re.compile(
        r"\b(you are commenting using your|du kommentierst mit deinem|sie kommentieren mit "
        r"ihrem|vous commentez à l'aide de votre|estás comentando usando tu|"
        r"fill in your details below or click an icon|"
        r"trage deine daten unten ein oder klicke ein icon|"
        r"notify me of (new|follow-?up) (comments|posts)|"
        r"benachrichtig(e mich|ung) (bei|über) (weitere[n]? |neue[n]? )?(kommentaren?|beiträgen?)|"
        r"informiere mich über (neue|weitere) (beiträge|kommentare)|"
        r"prévenez-moi de (tous les nouveaux|la publication de)|"
        r"recibir (un correo electrónico con los siguientes comentarios|"
        r"un email con (los )?(siguientes comentarios|nuevas entradas))|"
        r"save my name, e-?mail,? and website in this browser|"
        r"(meinen|mein) namen?, (meine )?e-mail(-adresse)?,? und (meine )?website in diesem "
        r"browser|"
        r"enregistrer mon nom, mon (e-mail|courriel) et mon site|"
        r"guardar mi nombre, correo electrónico y web|"
        r"comments are (moderated|reviewed|checked)|we welcome (reader |your )?comments|"
        # a thread's closed notice, a comment widget's credit, a comment policy and a
        # comment form's consent ("Comments are closed for this post, but ...", "Blog
        # comments powered by Disqus", "By clicking and submitting a comment I acknowledge")
        r"comments (are|is) (now )?closed (for|on) this (post|article|entry|story|page)|"
        r"rss feed for comments on this (post|entry)|comments powered by disqus|"
        r"by (clicking and )?submitting (a|your|this) comment|"
        r"respectful of other commenters|(we are|we're) (temporarily )?moderating (all )?comments|"
        r"this comment form is|"
        r"your (reply|comment) has been (submitted|received|posted)|"
        r"kommentare werden (moderiert|vor der veröffentlichung|redaktionell)|"
        r"les commentaires sont modérés|los comentarios (son|están|serán) moderados|"
        r"przed dodaniem komentarza)\b",
        _I,
    ),
    # A blog post's filing line ("This entry was posted on ... and is filed under ...",
    # "This entry was written by X, posted on ...", "This was written by X. Posted on ...",
    # "Erstellt am ... und abgelegt unter ...", "Posted in: News, Linux").
    "byline": re.compile(
        r"^(this (entry|post) was posted (on|in|by)\b|"
        r"this ((entry|post) )?was written by .{1,60}?([.,]| and) posted (on|in)\b|"
        r"(erstellt|veröffentlicht|geschrieben) am .{5,60} (und|in|unter) (abgelegt|"
        r"veröffentlicht|kategorie)|you can follow any responses to this entry|"
        r"(posted|filed|published|veröffentlicht|abgelegt|publié|publicado|pubblicato) "
        r"(in|under|unter|dans|en)\s?: .{1,80}$)",
        _I,
    ),
    "share": re.compile(
        r"\b(share (this|on|via) ([\w-]+ )?(facebook|twitter|linkedin|whatsapp|email)|"
        r"click to (share|email|print)|opens in (a )?new (window|tab)|"
        # the site's channel, named, with what it brings ("Follow The Daily X on WhatsApp
        # for real-time updates, breaking news, and exclusive content.")
        r"(?-i:Follow) (?-i:[A-Z])[^.!?]{1,50} on (whatsapp|telegram)( channel)? for "
        r"[^.!?]{0,40}\b(updates|news|stories|headlines))\b|"
        + TYPO_KEYS,  # "Found a typo? Select it and press Ctrl+Enter"
        _I,
    ),
    # A newspaper's note that the story also ran in print.
    "print_edition": re.compile(
        r"^an? (version|earlier version) of this (article|story) (appears|appeared|ran) in print\b|"
        # the page it ran on ("A version of this article appeared October 29, 2012, on page B3")
        r"^an? version of this (article|story) (appears|appeared|ran) .{0,40}\bon page "
        r"[a-z]?\d{1,3}\b|"
        # a magazine's: "This story appears in the December issue of the magazine."
        r"^this (article|story|piece) (appears|appeared|ran) in the [\w ,'’-]{1,40} "
        r"(issue|edition)\b|"
        # a paper's note of the print day under the story ("Published in The Example
        # Dawn, November 29th, 2026"; "Publicado en la edición impresa")
        r"^published in (the )?[\w .'’&-]{2,40}, [^.]{3,30}\d{4}\.?$|"
        r"^(publicado|publicada) en (la )?edición impresa\b",
        _I,
    ),
    "advertisement": re.compile(
        r"\b(story continues below (this )?advertisement|advertisement - scroll to continue|"
        r"skip advert(isement)?|"
        # an app promo ("Download our app", "Simak breaking news ... di ponselmu")
        r"download (the|our) ([\w.-]+ ){0,3}apps?|straight to your (phone|device)|"
        r"^simak (breaking news|berita)\b.{0,200}\b(ponsel\w*|whatsapp|aplikasi)|"
        # an affiliate or advertising notice
        r"(dieser|this) (beitrag|post|artikel|article) (enthält|contains) (werbung|"
        r"affiliate[- ]links?|references to products)|"
        r"erhält [\w .-]{1,30} (ggf\. |gegebenenfalls )?eine provision|"
        r"we may (receive|earn) (a )?(compensation|commission)|"
        # the disclosure over a review or a recipe: the writer's commission, the post's
        # affiliate links, Amazon's associates programme
        r"\b(we|i)( may| might| can| could| will)? (earn|receive|get|make)( us| me)? (an? )?"
        r"((small|little|tiny) )?(affiliate )?commissions?\b|"
        r"\bmay earn (us|me) (an? )?(small )?commissions?\b|"
        r"\b(may )?(contains?|uses?|includes?) affiliate links?\b|"
        r"\bamazon (services llc )?associates? program|\bearn from qualifying purchases|"
        r"\blinks (in|on) (this|the|our) (article|post|page|site|website) are affiliate\b|"
        r"\bsupported,? in part,? by affiliate\b|\breader-supported (website|site|publication)\b|"
        # an embed's consent placeholder ("Klicken Sie auf den Button, um den Inhalt von X
        # zu laden") and a shop's or channel's promo
        r"(klicken sie|klicke) auf den ([\w-]+ )?button,? um (den|die) (inhalte?|videos?) "
        r"(von|zu)\b|click (on )?the button( below)? to load (the )?content|"
        r"mit dem laden des (inhalts|videos|beitrags) akzeptieren sie|"
        r"by loading the (content|video),? you (accept|agree)|"
        r"^(jetzt )?\d+ (ausgaben|hefte) (gratis|kostenlos|testen)|"
        r"(besuchen sie|besuche) unseren ([\w-]+-)?shop|als abo oder einzelheft|"
        r"(nuestro|unser(en)?|our) (canal de youtube|youtube[- ]kanal|youtube channel))\b",
        _I,
    ),
}

# A release's legal notice under its text: the company's forward-looking statements and
# the law that shelters them, or its refusal to update them.
_SAFE_HARBOR_NOTICE = re.compile(
    r"\bprivate securities litigation reform act\b|"
    r"^(this|the) (press |news )?release (contains|includes|may (contain|include)) "
    r"(certain )?forward-looking statements|"
    r"\bundertakes? no (obligation|duty) to (publicly )?(update|revise)\b",
    _I,
)
PHRASE_PATTERNS["press_release"] = _SAFE_HARBOR_NOTICE

# Phrases tried only on lines too long for the whole-line patterns above (which already
# catch a short copyright line): a long line that carries a copyright notice.
LONG_LINE_PHRASES: dict[str, re.Pattern[str]] = {
    "copyright": re.compile(
        r"(©|\(c\)) ?([\w.]+ ){0,3}\d{4}|\b(all rights reserved|alle rechte vorbehalten|"
        r"tous droits réservés|todos los derechos reservados|tutti i diritti riservati|"
        r"alle rechten voorbehouden|may not be (re)?published|"
        r"prohibida la (reproducción|redistribución)|reproduction interdite|"
        r"vietata la riproduzione)\b",
        _I,
    ),
    "press_release": _SAFE_HARBOR_NOTICE,
}


def whole_words(text: str) -> re.Pattern[str]:
    """A pattern of ``text`` standing as whole words (not inside a longer word)."""
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
