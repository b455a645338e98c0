"""A forwarded e-mail's header: a story or newsletter sent on by a reader opens with the
mail client's marker ("---------- Forwarded message ---------", "-----Original
Message-----", "Begin forwarded message:") over the message's fields ("From:", "Sent:",
"Subject:", "To:"), perhaps under the reader's own note ("Thought you would like this").
None of it is the story's; the marker or the note was read as the headline. The "Date:"
field stays for the date stage: it is when the forwarded message was sent, the
newsletter's issue date."""

from __future__ import annotations

import re

from consumer.core.text.article_lines import ArticleLines

_MARKER = re.compile(
    r"-{2,} ?(forwarded message|original message|weitergeleitete nachricht|"
    r"ursprüngliche nachricht|message transféré|message d'origine|mensaje reenviado|"
    r"mensaje original|messaggio inoltrato|messaggio originale) ?-*|"
    r"begin forwarded message:|anfang der weitergeleiteten nachricht:",
    re.IGNORECASE,
)
_FIELD = re.compile(
    r"(from|sent|subject|to|cc|bcc|reply-to|von|gesendet|an|betreff|de|envoyé|à|objet|"
    r"enviado|para|asunto|da|inviato|a|oggetto)\s?:\s.{0,300}",
    re.IGNORECASE,
)
_DATE_FIELD = re.compile(r"(date|datum|fecha|data)\s?:\s.{0,120}", re.IGNORECASE)
_MARKER_REACH = 12  # the marker sits at the top, perhaps under the sender's own note
_MAX_FIELDS = 10
_RAW_REACH = 40  # raw lines (blank ones too) searched for the marker


def with_header_fields_apart(text: str) -> str:
    """``text`` with a blank line after the forwarded marker and after each header field
    under it: one field a line, never a wrapped paragraph to join."""
    raw = text.split("\n", _RAW_REACH)
    head = raw[:_RAW_REACH]
    marker = next((i for i, line in enumerate(head) if _MARKER.fullmatch(line.strip())), None)
    if marker is None:
        return text
    end = marker + 1
    while end < len(head) and end - marker <= _MAX_FIELDS + 1:
        line = head[end].strip()
        if line and not (_FIELD.fullmatch(line) or _DATE_FIELD.fullmatch(line)):
            break
        end += 1
    parted = [line for line in head[marker:end] if line.strip()]
    return "\n".join([*raw[:marker], "\n\n".join(parted), *raw[end:]])


def remove_forwarded_header(doc: ArticleLines) -> None:
    """The marker, the reader's note above it and the header fields under it leave as
    ``email_header``; a date field stays in play."""
    marker = next(
        (
            i
            for i, line in enumerate(doc.lines[:_MARKER_REACH])
            if doc.status[i] is None and _MARKER.fullmatch(line.text)
        ),
        None,
    )
    if marker is None:
        return
    for i in range(marker + 1):
        if doc.status[i] is None:
            doc.remove(i, "email_header")
    for i in range(marker + 1, min(marker + 1 + _MAX_FIELDS, len(doc.lines))):
        text = doc.lines[i].text
        if _DATE_FIELD.fullmatch(text):
            continue
        if not _FIELD.fullmatch(text):
            break
        if doc.status[i] is None:
            doc.remove(i, "email_header")
