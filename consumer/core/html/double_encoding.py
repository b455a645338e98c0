"""Pages encoded twice: UTF-8 text read as Latin-1 or cp1252 and saved as UTF-8 again
("1.Â\xa0Myth", "desks â\x80\x94 and", "cafÃ©"). The repair is made on the page before
parsing: the extractor turns the no-break space of "Â\xa0" into a plain space and drops
the C1 controls of "â\x80\x94", after which no line can be repaired."""

from __future__ import annotations

import re

# cp1252's characters for the bytes 0x80-0x9f (Latin-1 reads them as C1 controls).
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_CONTINUATION = f"[\u0080-\u00bf{_CP1252_HIGH}]"
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
    """Whether a sequence may be there, by substring scans (memchr-fast, where the pattern
    reads every character in Python's regex engine: 8 ms on 260 KB). "â" alone is a letter
    of Portuguese and French, so its sequences count by their second character, "€" (from
    cp1252) or the C1 control "\x80" (from Latin-1), which prose does not hold; a price's
    "€" counts only after an "â". (A two-character search is a slow scan on a page with
    characters beyond Latin-1; the "€" are few and found one by one.)"""
    if "Ã" in content or "Â" in content or "\x80" in content:
        return True
    at = content.find("€", 1)
    while at != -1:
        if content[at - 1] == "â":
            return True
        at = content.find("€", at + 1)
    return False


def _decoded(match: re.Match[str]) -> str:
    sequence = match.group()
    data = bytes(ord(char) if ord(char) < 256 else char.encode("cp1252")[0] for char in sequence)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return sequence
