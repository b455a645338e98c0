"""What an embedded post or video leaves in a page's text around it, for both modes' line
filters.

A story quotes posts and videos by embedding them. The post's own words and its signature
stay with the story (see ``text.header_lines.is_embed_signature``); the player's and the
platform's furniture does not: Instagram's "View this post on Instagram", YouTube's "Watch
on YouTube", TikTok's sound line ("♬ original sound - Jane Roe"), and the consent box a
page shows in the embed's place until the reader allows it ("This content is provided by
X. To view it, you need to accept cookies.", "Empfohlener externer Inhalt"). Each is a
whole line; groups capture, no quantifier nests.
"""

from __future__ import annotations

_PLATFORMS = r"(instagram|tiktok|facebook|x|twitter|youtube|threads|bluesky|vimeo)"
_EMBEDS = r"(content|post|video|tweet|embed|media)"
EMBED_FURNITURE = (
    rf"(view (this|the full) (post|profile|video|reel) on {_PLATFORMS}|"
    r"watch (on|this video on) youtube|watch later|"
    r"♬ [^\n]{1,100}|"
    # the consent box in the embed's place
    rf"(this|the following) {_EMBEDS} (is|was) (provided|hosted|served) by [^.]{{1,40}}\."
    r"[^\n]{0,200}\b(cookies|consent|accept|allow)\b[^\n]{0,100}|"
    rf"(to (view|see|display|load|watch) (this|the) {_EMBEDS}|"
    rf"this {_EMBEDS} (cannot|can't|could not) be (shown|displayed|loaded))"
    r"[^\n]{0,120}\b(cookies|consent|accept|allow|enable)\b[^\n]{0,120}|"
    r"empfohlener (externer|redaktioneller) inhalt( von [^\n]{1,40})?|"
    r"an dieser stelle finden sie (einen|einen passenden|ergänzende[n]?) (externen inhalt|"
    r"inhalte?) von [^\n]{1,200}|"
    r"ich bin damit einverstanden, dass mir externe inhalte angezeigt werden[^\n]{0,300}|"
    r"externe[n]? inhalte? (anzeigen|laden|zulassen|erlauben|aktivieren)|"
    r"(contenu|contenido|conteúdo|contenuto) (externe|externo|esterno)( de [^\n]{1,40})?)"
)
EMBED_FURNITURE_KEYS = (
    "view ", "watch ", "♬", "provided by", "hosted by", "served by", "to view", "to see",
    "to display", "to load", "to watch", "be shown", "be displayed", "be loaded", "inhalt",
    "contenu", "contenido", "conteúdo", "contenuto",
)  # fmt: skip
