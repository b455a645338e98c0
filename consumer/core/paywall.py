"""A paywall's notice under a story's teaser, for both modes' line filters.

The notices in the languages news is written in ("Il vous reste 80% de cet article à
lire", "Bereits Abonnent? Anmelden", "この記事は有料記事です。残り1200文字"); a line
may hold up to four of them. Groups capture; no quantifier nests, so nothing backtracks.
"""

from __future__ import annotations

_NOTICE = (
    r"(il vous reste \d{1,2} ?% (de (cet |l')article )?à (lire|découvrir)|"
    r"article réservé aux abonnés|"
    # "subscribe to read on", in the languages news is written in
    r"abonnez-vous pour (lire|continuer|accéder à) (la suite|cet article|l'article)|"
    r"suscríbete para (seguir leyendo|leer (el artículo|la noticia) completo)|"
    r"assine para (continuar lendo|ler a matéria completa)|"
    r"abbonati per (continuare a leggere|leggere l'articolo)|"
    r"jetzt abonnieren und weiterlesen|"
    r"subscribe (now )?to (continue reading|read the full (story|article))|"
    r"(la suite|cet article|ce contenu) est réservée? (à nos|aux) abonnés|"
    r"(déjà|vous êtes déjà) abonnée?s? ?\?( ?(se|me|vous) connecter)?|"
    r"(dieser|der) (artikel|beitrag|inhalt) ist (nur )?(für|exklusiv für) "
    r"(abonnenten|abonnentinnen|abonnierende)|(bereits|schon) (abonnent(in)?|abonniert)\?"
    r"( ?(anmelden|einloggen))?|sie haben bereits ein abo\?( ?(anmelden|einloggen))?|"
    r"(este )?contenido (es )?exclusivo para suscriptores|¿?ya eres suscriptor\??"
    r"( ?inicia sesión)?|(questo )?articolo (è )?riservato agli abbonati|sei già abbonato\?"
    r"( ?accedi)?|conteúdo exclusivo para assinantes|já é assinante\??( ?entre| ?faça login)?|"
    r"you have \d{1,2} free (articles?|stories) (left|remaining)( this (month|week))?|"
    # a metered wall's count: "You have read 2 of 5 free articles this month"
    r"you('ve| have) read \d{1,2} (of|out of) (your )?\d{1,2} (free )?(articles?|stories)"
    r"( this (month|week))?|vous avez lu \d{1,2} articles? (sur|gratuits? sur) \d{1,2}"
    r"( (ce mois-ci|cette semaine))?|sie haben \d{1,2} von \d{1,2} (kostenlosen )?"
    r"(artikeln|beiträgen) (gelesen|genutzt)|has leído \d{1,2} de \d{1,2} "
    r"(artículos|noticias)( (gratuit[oa]s|gratis))?( este mes)?|"
    r"already a subscriber\?( ?(log|sign) in)?|"
    r"この記事は(有料|会員限定)(記事)?です|残り\d{1,5}文字|"
    r"(有料)?会員になると続きをお読みいただけます|続きを読むには(会員登録|ログイン)が必要です)"
)
# A line of one to four notices: "La suite est réservée aux abonnés. Déjà abonné ?"
PAYWALL_NOTICES = rf"{_NOTICE}( ?[.!?。]? ?{_NOTICE}){{0,3}}[.!?。]?"
