"""The enriched record the core assembles (the fields not tested with their extractors)."""

from __future__ import annotations

from consumer.contract import RawArticle
from consumer.core.pipeline import enrich_article

_ENGLISH_COPY = "Bank holds rates\n\nThe central bank kept its rate unchanged on Friday.\n"
_JAPANESE_COPY = (
    "日銀、政策金利を据え置き\n\n"
    "日本銀行は二十九日の金融政策決定会合で、政策金利を据え置くことを決めた。\n"
)


def test_word_count_counts_words_where_a_script_has_no_spaces():
    english = enrich_article(RawArticle(content=_ENGLISH_COPY, mode="text"))
    assert english["word_count"] == 9
    japanese = enrich_article(RawArticle(content=_JAPANESE_COPY, mode="text"))
    # two characters of Chinese or Japanese script count as one word, not the whole line
    assert japanese["paragraphs"] and japanese["word_count"] == 17
