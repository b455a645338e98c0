"""The contact block of a press release ("Media contact:" over a name, an address and a
phone number), and lines that hold only an e-mail address or a phone number."""

from __future__ import annotations

import re

from consumer.core.text.article_lines import ArticleLines

_I = re.IGNORECASE
_LABEL = re.compile(
    r"(media|press|investor|news) (contacts?|inquiries|enquiries|relations)|"
    r"for (further|more) information,? (please )?contact|contacts?|"
    r"pressekontakt|kontakt( dla mediów| för media)?|contact presse|contacto( de prensa)?|"
    r"contatto stampa|contato( para imprensa)?|perskontakt|kontak media",
    _I,
)
_LABEL_LINE = re.compile(rf"({_LABEL.pattern})\s?[:：]?(\s?.{{0,80}})", _I)
_EMAIL = re.compile(r"(e-?mail:? ?)?[\w.+-]+@[\w-]+(\.[\w-]+)+", _I)
_PHONE = re.compile(r"((tel|phone|ph|t|m|mobile|fax)\.?:? ?)?\+?[\d()][\d ()./-]{6,20}\d", _I)
_MAX_PHONE_CHARS = 40
_MAX_DETAILS = 3  # name, title, company (an address or a phone line goes anyway)
_MIN_DIGITS = 9  # a phone number, not a year range or a date
_MAX_BLOCK_LINE_CHARS = 80  # a name, a title, an address; not a sentence of the release


def remove_contact_blocks(doc: ArticleLines) -> None:
    """Take out "Media contact:" and the few short lines right under it in its block, and
    any line that is only an e-mail address or a phone number (``contact``)."""
    label_block, details = -1, 0  # the last label's block, details taken under it
    for i, line in enumerate(doc.lines):
        if doc.status[i] is not None:
            continue
        text = line.text
        if (":" in text or "：" in text) and _LABEL_LINE.fullmatch(text):
            doc.remove(i, "contact")
            label_block, details = line.block, 0
        elif _is_address(text):
            doc.remove(i, "contact")
        elif line.block == label_block and details < _MAX_DETAILS and _is_contact_detail(text):
            doc.remove(i, "contact")
            details += 1
        else:
            label_block = -1  # the first line of something else ends the block


def _is_address(text: str) -> bool:
    if "@" in text:
        return _EMAIL.fullmatch(text) is not None
    return len(text) <= _MAX_PHONE_CHARS and _is_phone_number(text)


def _is_contact_detail(text: str) -> bool:
    """A name, a title or a street under a contact label: short, not a sentence."""
    return len(text) <= _MAX_BLOCK_LINE_CHARS and not _sentence(text)


def _is_phone_number(text: str) -> bool:
    return _PHONE.fullmatch(text) is not None and sum(c.isdigit() for c in text) >= _MIN_DIGITS


def _sentence(text: str) -> bool:
    return text.endswith(".") and len(text.split()) > 6
