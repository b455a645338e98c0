"""A wire desk's note of what a new version of the story changed, for both modes' line
filters: "(Adds details, quotes)", "(Updates prices in second paragraph.)", alone on its
line in brackets above or under the story. Groups capture; no quantifier nests.
"""

from __future__ import annotations

WIRE_EDIT_VERBS = (
    "updates", "adds", "recasts", "rewrites", "corrects", "refiles", "changes", "removes",
    "inserts", "fixes", "clarifies", "deletes", "edits", "writes through", "moves",
)  # fmt: skip
WIRE_EDIT_NOTE = rf"\(({'|'.join(WIRE_EDIT_VERBS)})\b[^()]{{0,160}}\)\.?"
