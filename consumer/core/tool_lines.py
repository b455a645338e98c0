"""An article page's tool buttons as lines of their own, for both modes' line filters.

Beside the share buttons a story page offers to gift, save, resize, translate, summarise
or correct the story ("Gift this article", "Text size", "Report an error", "Read in
English"); a copy keeps each label as a line. Groups capture; no quantifier nests.
"""

from __future__ import annotations

ARTICLE_TOOLS = (
    r"((gift|give) (this|the) (article|story)( to a friend)?|"
    r"save( this)? (article|story)|save for later|"
    r"add to (your )?(saved (stories|articles)|reading list|bookmarks)|"
    r"(text|font) size|a a a|"
    r"(report|suggest|submit) (an? )?(error|correction|typo|mistake)|corrections? policy|"
    r"(read )?our (editorial (standards|guidelines|policy)|corrections policy)|"
    r"how we fact-check|summari[sz]e (this|the) (article|story)( with ai)?|"
    r"ai-generated summary|translate (this|the) (article|story|page)|"
    r"(read|leer|lire|lesen|leggi|ler) (in|en|auf) (english|español|français|deutsch|"
    r"italiano|português)|link copied!?)"
)
