"""Pages encoded twice: UTF-8 text read as Latin-1 or cp1252 and saved as UTF-8 again
("1.Â\xa0Myth", "desks â\x80\x94 and", "cafÃ©"). The repair is made on the page before
parsing: the extractor turns the no-break space of "Â\xa0" into a plain space and drops
the C1 controls of "â\x80\x94", after which no line can be repaired."""

from __future__ import annotations

import re
from collections.abc import Iterator

# cp1252's characters for the bytes 0x80-0x9f (Latin-1 reads them as C1 controls).
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_CONTINUATION = f"[\u0080-\u00bf{_CP1252_HIGH}]"
_CONTINUATIONS = frozenset(map(chr, range(0x80, 0xC0))) | frozenset(_CP1252_HIGH)
# The UTF-8 sequences of U+0080-U+00FF (lead bytes C2, C3: "Â", "Ã") and of U+2000-U+2FFF
# (lead byte E2: "â"), which hold the no-break space, the accented letters, quotes, dashes
# and the ellipsis. Other lead bytes ("É", "ß", "à") are letters a page may well follow
# with a no-break space or a quote.
_TWICE_ENCODED = re.compile(f"[ÂÃ]{_CONTINUATION}|â{_CONTINUATION}{{2}}")

# A long story encoded twice holds a few thousand sequences (one per accent, quote, dash).
MAX_REPAIRS = 50_000


def repaired_double_encoding(content: str) -> str:
    """``content`` with each twice-encoded sequence of ``_TWICE_ENCODED`` decoded back to
    its character (a sequence that is no valid UTF-8 stays as it is)."""
    if not _may_hold_sequences(content):
        return content  # most pages: a few scans in C
    # (Each sequence is decoded by a Python call: a page of nothing but sequences, not
    # written by anyone, is left as it is rather than taking seconds.)
    found = len(_TWICE_ENCODED.findall(content))
    if not found or found > MAX_REPAIRS:
        return content
    return _TWICE_ENCODED.sub(_decoded, content)


def _may_hold_sequences(content: str) -> bool:
    """Whether a sequence may be there, by substring searches (memchr-fast, where the
    pattern reads every character in Python's regex engine: 8 ms on 260 KB). "Ã" and "Â"
    count before a continuation character only ("SÃO PAULO" is Portuguese), and "â" (a
    letter of Portuguese and French) by its sequences' second character: the C1 control
    "\x80" (read as Latin-1), which prose does not hold, or a "€" (read as cp1252) right
    after it. The marks are few on a page and visited one by one (a two-character search
    is a slow scan on a page with characters beyond Latin-1)."""
    if "\x80" in content:
        return True
    return any(
        content[at + 1 : at + 2] in _CONTINUATIONS
        for lead in ("Ã", "Â")
        for at in _positions(content, lead)
    ) or any(content[at - 1 : at] == "â" for at in _positions(content, "€"))


def _positions(content: str, char: str) -> Iterator[int]:
    at = content.find(char)
    while at != -1:
        yield at
        at = content.find(char, at + 1)


def _decoded(match: re.Match[str]) -> str:
    sequence = match.group()
    data = bytes(ord(char) if ord(char) < 256 else char.encode("cp1252")[0] for char in sequence)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return sequence
