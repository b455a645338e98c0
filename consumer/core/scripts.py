"""Scripts that write no spaces between words, for the rules that count words by spaces.

Chinese, Japanese and Korean (kana, CJK ideographs, Hangul syllables); Thai, Lao, Burmese
and Khmer. Both modes read them with these classes.
"""

from __future__ import annotations

import re

CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
UNSPACED_CHAR = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
