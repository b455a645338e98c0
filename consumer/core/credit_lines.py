"""Credit lines under a story that name no writer, for both modes' line filters: a wire
desk's note of what a new version of the story changed ("(Adds details, quotes)",
"(Updates prices in second paragraph.)"), and an Indian paper's note that an agency's copy
went in ("(With inputs from PTI)", "(इनपुट: भाषा)"). Alone on their line; groups capture,
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
