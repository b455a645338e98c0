"""Unicode clean-up shared by the text and HTML extractors.

Scraped text carries no-break spaces, zero-width characters, soft hyphens, control
characters, Windows line ends, trailing spaces and mojibake (UTF-8 read as cp1252,
"cafÃ©", "â€œ"). ``normalise_text`` repairs all of these and keeps line structure;
``normalise_line`` also folds every run of whitespace into one space.
"""

from __future__ import annotations

import html
import re
import unicodedata

import ftfy

# Characters that take no room: zero-width space/joiners, word joiner, BOM, soft hyphen.
# Between two letters of the Arabic or an Indic script the joiners are spelling (Persian
# "می‌شود", "پارک‌ها" with a non-joiner; Hindi and Malayalam conjuncts): they stay there.
_JOINING_LETTER = "[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc\u0900-\u0dff]"
STRAY_JOINER = f"(?<!{_JOINING_LETTER})[\u200c\u200d]|[\u200c\u200d](?!{_JOINING_LETTER})"
_INVISIBLE = re.compile(f"[\u200b\u2060\ufeff\u00ad\u180e]|{STRAY_JOINER}")
# Spaces other than the plain one (no-break, thin, ideographic...), tabs included.
_ODD_SPACE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# C0/C1 control characters except newline; DEL too.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_TRAILING_SPACE = re.compile(" +$", re.MULTILINE)
_LEADING_SPACE = re.compile("^ +", re.MULTILINE)
_SPACE_RUN = re.compile(" {2,}")
# Two characters that UTF-8 text decoded as cp1252/latin-1 typically shows.
_MOJIBAKE_HINT = re.compile(
    "[ÃÂâÅÐÑ][\u0080-\u00bf\u2018-\u203a\u20ac\u0152\u0153\u0160\u0161\u017d\u017e\u0178]"
)
# ftfy is slow on huge inputs: only lines that look broken are repaired, up to this budget.
_MOJIBAKE_BUDGET_CHARS = 100_000
_MOJIBAKE_BUDGET_LINES = 2_000
# A character reference a feed or a CMS left in its text ("mayor&#8217;s", "&nbsp;",
# "&ldquo;"): with its semicolon only ("AT&T", "R&D" stay).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_LINE_SPLIT = re.compile(r"\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")


def fix_mojibake(text: str) -> tuple[str, int]:
    """Repair mojibake line by line; returns the text and how many lines changed."""
    if not _MOJIBAKE_HINT.search(text):
        return text, 0
    lines = text.split("\n")
    budget = _MOJIBAKE_BUDGET_CHARS
    lines_left = _MOJIBAKE_BUDGET_LINES
    changed = 0
    for i, line in enumerate(lines):
        if budget <= 0 or lines_left <= 0:
            break
        if _MOJIBAKE_HINT.search(line):
            budget -= len(line)
            lines_left -= 1
            fixed = _fixed_line(line)
            if fixed != line:
                lines[i] = fixed
                changed += 1
    return "\n".join(lines), changed


def normalise_text(text: str) -> str:
    """Clean ``text`` but keep its lines: one ``\\n`` per line end, no trailing spaces.

    Character references are read ("&#8217;" -> "’"), zero-width characters and soft
    hyphens go, odd spaces become plain spaces, control characters go, mojibake is
    repaired, runs of spaces become one space, NFC form.
    """
    return normalise_text_counting(text)[0]


def normalise_text_counting(text: str) -> tuple[str, int]:
    """``normalise_text``, plus how many lines had their mojibake repaired."""
    text = _LINE_SPLIT.sub("\n", text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    # Mojibake first: its broken sequences contain U+00A0, U+00AD and C1 controls.
    text, repaired = fix_mojibake(text)
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACE.sub(" ", text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACE_RUN.sub(" ", text)
    text = _TRAILING_SPACE.sub("", text)
    return _LEADING_SPACE.sub("", text), repaired


def normalise_line(text: str) -> str:
    """One line of clean text: mojibake repaired (a page's text can be double-encoded
    as well as a dump's), invisible characters dropped, all whitespace runs -> one
    space, NFC form ("u" + combining diaeresis -> "ü")."""
    if text.isascii():
        return " ".join(text.split())
    if _MOJIBAKE_HINT.search(text):
        text = _fixed_line(text)
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", " ".join(text.split()))


# A closing quote's mojibake whose last byte (0x9D, undefined in cp1252) was read as the
# replacement character: "upâ€�" was "up”" (E2 80 9D); ftfy cannot tell it alone.
_LOST_CLOSING_QUOTE = "â€\ufffd"


def _fixed_line(line: str) -> str:
    return ftfy.fix_text(
        line.replace(_LOST_CLOSING_QUOTE, "â€\x9d"),
        uncurl_quotes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        normalization="NFC",
    )
