"""Promotional lines between a story's paragraphs, for both modes' line filters.

An ad slot's "the story continues below" prompt ("Continua depois da publicidade", "Artikel
wird nach der Anzeige fortgesetzt") and a messaging channel's invitation ("Receba as
notícias no seu WhatsApp", "Join our Telegram channel"), and the header of an ad network's
list of paid links ("Sponsored Links"). Each is a whole line of its own.
Groups capture; no quantifier nests, so nothing backtracks.
"""

from __future__ import annotations

# An ad slot's label alone on a line, in the languages whose word English readers would
# not guess ("Annonse", "Reklam", "광고"); each mode's own list holds the common ones.
AD_LABELS = (
    r"(werbung|reklame|publicidade|publicitate|advertentie|reklama|annons|annonse|annonce|"
    r"hirdetés|skip ad|реклама|iklan|광고|広告|广告|廣告|quảng cáo|reklam|mainos|διαφήμιση|"
    r"פרסומת|إعلان|تبلیغات|विज्ञापन|বিজ্ঞাপন|โฆษณา|"
    # Latvian, Estonian, Serbian and Croatian, Icelandic, Lithuanian
    r"reklāma|reklaam|оглас|oglas|auglýsing|reklaminis turinys)"
)

AD_CONTINUES_PROMPTS = (
    r"((the )?(story|article) continues (below|after)( (this |the )?(advertisement|ad))?|"
    r"(weiterlesen|lesen sie) nach der (anzeige|werbung)( weiter)?|"
    r"(der )?artikel (wird )?(geht )?nach der (anzeige|werbung) (weiter|fortgesetzt)|"
    r"fortsetzung nach der (anzeige|werbung)|"
    r"(la suite|l'article continue) (après|sous) (cette|la) publicité|"
    r"(la noticia|el artículo|el texto|la nota) (continúa|sigue) (después de|tras|debajo de) "
    r"(la publicidad|el anuncio)|(continúa|sigue leyendo) (después de|tras) "
    r"(la publicidad|el anuncio)|"
    r"((a )?(matéria|notícia|reportagem) )?continua (depois|após|abaixo) d?(a|o) "
    r"(publicidade|anúncio)|"
    r"(l'articolo )?continua (dopo|sotto) la pubblicità|"
    r"(het )?(artikel|verhaal) gaat (verder )?(door |verder )?(onder|na) de advertentie|"
    r"lees verder (onder|na) de advertentie|"
    r"dalsza część (artykułu|tekstu) pod (reklamą|materiałem wideo)|"
    r"artikeln fortsätter (under|efter) annonsen|artiklen fortsætter (under|efter) annoncen|"
    r"saken fortsetter (under|etter) annonsen|"
    r"продолжение (статьи )?(ниже|после рекламы)|haberin devamı( reklamdan sonra)?)"
)

# An imperative to join, follow or subscribe, a word for "us", "our" or "channel", and a
# messaging app or news feed, all in a short line (or the button that asks to prefer the
# site in Google's results): a story or a headline about WhatsApp
# ("Get ready: WhatsApp will stop working on old phones") names no channel of the site's.
CHANNEL_INVITATIONS = (
    # Google's "preferred sources" button: "Add The Gazette as a preferred source on Google"
    r"(?:(add|make|set) [^.!?]{1,60} (as )?(a |your )?(preferred|trusted) source"
    r"( on google( news| search)?)?[.!]?|"
    r"(join|follow|subscribe to|get|receive|sign up for|receba|siga|entre no|participe|"
    r"inscreva-se|acompanhe|únete|unete|síguenos|sigue|recibe|suscríbete|rejoignez|suivez|"
    r"abonnez-vous|recevez|retrouvez|segui|seguici|unisciti|iscriviti|ricevi|folgen sie|"
    r"folge|abonnieren sie|abonniere|tritt|treten sie|volg|word lid|abonneer|gabung|ikuti|"
    r"dapatkan|подписывайтесь|подпишитесь|присоединяйтесь|читайте|следите|підписуйтесь|"
    r"підпишіться|приєднуйтесь)"
    r"(?=[^.!?]{0,140}\b(us|our|uns|unser\w*|nous|notre|nos|nuestr[oa]s?|noss[oa]s?|"
    r"nostr[oa]|ci|ons|onze|kami|channel|canal|chaîne|canale|kanal\w*|kanaal|seu|sua|tu|"
    r"your|você|нас|наш\w*|канал\w*)\b)"
    r" [^.!?]{0,80}\b(whatsapp|telegram|google news|viber|дзен\w*|вконтакте)\b[^.!?]{0,50}[.!]?|"
    # ... or with the verb last, in Turkish: "Google News'te X'e abone olun"
    r"[^.!?]{0,40}\b(whatsapp|telegram|google news)\W?(te|ta|de|da)?\b[^.!?]{0,60} "
    r"(abone olun|takip edin|katılın)[.!]?|"
    # ... or naming the site, in Russian and Ukrainian: "Читать РИА Новости в Telegram",
    # "Подписывайтесь на X в Дзен"
    r"(читать|читайте|подписывайтесь на|подпишитесь на|следите за|читати|"
    r"підписуйтесь на|підпишіться на|стежте за)( [^.!?]{1,60})? (в|во|у|на) "
    r"(telegram|телеграм\w*|дзен\w*|max|vk|вконтакте|viber|whatsapp|youtube)[.!]?|"
    # ... or the site's news on a network, in languages whose verb English readers would
    # not guess: "Kövesse az Indexet Facebookon is!", "Urmărește știrile X.ro și pe Google
    # News", "Ακολουθήστε την X στο Google News", "Följ oss på Instagram"
    r"(kövesse|kövessen|kövess|urmărește|urmăriți|ακολουθήστε|obserwuj|sledujte|sleduj|"
    r"följ|følg|seuraa|volg)\b(?:[^.!?]|\.(?=\w)){0,60}\b(facebook|instagram|twitter|"
    r"tiktok|youtube|google news|telegram|whatsapp|threads|linkedin)\w*( is| și| also)?[.!]?|"
    # ... or a follow button naming Google's news feed alone: "Theo dõi trên Google News"
    r"(follow|theo dõi|ikuti|siga|sigue|suivre|segui|folgen|volg)( \w+)? "
    r"(on|trên|di|en|sur|auf|no|su|op) google (news|actualités|noticias|notícias)[.!]?)"
)

# The header of an ad network's list of paid links under a story ("Sponsored Links",
# "Around the web", "Recommended by").
AD_WIDGET_HEADERS = (
    r"(sponsored (links|stories|content|headlines)|promoted (stories|links|content)|"
    r"around the web|from (our|the) (partners|web)|recommended by|ads by [\w.]{2,20}|"
    # ... in more languages ("Contenido patrocinado", "Contenu sponsorisé")
    r"contenidos? patrocinados?|conteúdos? patrocinados?|contenus? sponsorisés?|"
    r"contenuti? sponsorizzat[io]|gesponserte (inhalte|links|artikel)|gesponsorde inhoud|"
    r"treści sponsorowane|спонсорский контент)"
)

# A station's or a paper's pointer to itself under the story: "For the latest news,
# weather, sports, and streaming video, head to KXYZ."
SELF_POINTERS = (
    r"(for (the )?(latest|more) (news|updates|local news|breaking news)\b[^.!?]{0,80},? "
    r"(head|go) (over )?to ([^.!?]|\.(?=\w)){1,60}[.!]?|"  # (a dot inside "WDTN.com")
    # ... or to its streaming channel: "Watch 5 On Your Side for free on Roku, Fire TV and
    # more.", "Stream KXYZ News 24/7 on your smart TV"
    r"(watch|stream) [^.!?]{1,60} (for free |free |live |24/7 )?(on|with) (roku|fire ?tv|"
    r"apple tv|android tv|google tv|samsung tv plus|your (smart )?tv|your streaming device)"
    r"\b[^.!?]{0,40}[.!]?)"
)

# A newsletter platform's subscribe prompt inside a post (Substack's): "Thanks for reading
# The Ink Well! Subscribe for free to receive new posts and support my work."
POST_SUBSCRIBE_PROMPTS = (
    r"(thanks for reading [^.!?]{1,60}[.!] )?subscribe for free to receive new posts\b"
    r"[^.!?]{0,80}[.!]?|thanks for reading [^.!?]{1,60}[.!] subscribe\b[^.!?]{0,100}[.!]?|"
    r"this post is public so feel free to share it\W{0,3}"
)
