"""Credit lines under a story that name no writer, for both modes' line filters: a wire
desk's note of what a new version of the story changed ("(Adds details, quotes)",
"(Updates prices in second paragraph.)"), and an Indian paper's note that an agency's copy
went in ("(With inputs from PTI)", "(इनपुट: भाषा)"), and the footer a blog's feed adds
under each post ("The post X appeared first on Y."). Alone on their line; groups capture,
no quantifier nests.
"""

from __future__ import annotations

WIRE_EDIT_VERBS = (
    "updates", "adds", "recasts", "rewrites", "corrects", "refiles", "changes", "removes",
    "inserts", "fixes", "clarifies", "deletes", "edits", "writes through", "moves",
)  # fmt: skip
WIRE_EDIT_NOTE = rf"\(({'|'.join(WIRE_EDIT_VERBS)})\b[^()]{{0,160}}\)\.?"

# The agency or agencies, capitalised ("With inputs from friends, the mayor ..." is prose).
_AGENCY_NAMES = r"(?-i:[A-Z])[\w.&'’-]*(,? (and |& )?(?-i:[A-Z])[\w.&'’-]*){0,5}"
AGENCY_INPUTS_NOTE = (
    rf"\(?with (\w+ )?inputs? from {_AGENCY_NAMES}\)?\.?|\(?इनपुट ?[:-] ?[^()]{{1,40}}\)"
)

# WordPress's feed footer (Yoast's default) in the languages it is shipped in: "The post X
# appeared first on Y.", "Der Beitrag X erschien zuerst auf Y.", "L'articolo X sembra essere
# il primo su Y."; the site's name follows.
FEED_FOOTER_KEYS = (
    "appeared first on", "apparu en premier sur", "erschien zuerst auf", "publicó primero en",
    "sembra essere il primo su", "apareceu primeiro em", "verscheen eerst op",
)  # fmt: skip
FEED_FOOTER = (
    r"(the post|l['’]article|le message|der beitrag|la entrada|l['’]articolo|o post|"
    rf"het bericht) .{{5,250}} ({'|'.join(FEED_FOOTER_KEYS)})"
)
