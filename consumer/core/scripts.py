"""Scripts that write no spaces between words, for the rules that count words by spaces.

Chinese, Japanese and Korean (kana, CJK ideographs, Hangul syllables); Thai, Lao, Burmese
and Khmer. Both modes read them with these classes.
"""

from __future__ import annotations

import re

CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
UNSPACED_CHAR = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
# Thai, Lao, Burmese or Khmer letters and signs to a word (a Thai word is about four).
_UNSPACED_CHARS_PER_WORD = 4


def word_count(text: str) -> int:
    """Words, counting two CJK characters as one word and four Thai, Lao, Burmese or
    Khmer letters and signs as one (those scripts put no spaces between words)."""
    spaced = len(text.split())
    if text.isascii():
        return spaced
    cjk, unspaced = len(CJK_CHAR.findall(text)), len(UNSPACED_CHAR.findall(text))
    return max(spaced, cjk // 2, unspaced // _UNSPACED_CHARS_PER_WORD)
