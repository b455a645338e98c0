"""Unicode clean-up shared by the extractors."""

from __future__ import annotations

from consumer.core.normalise import normalise_line, normalise_text, normalise_text_counting


def test_spaces_invisibles_controls_and_line_ends():
    raw = "Hello\u00a0world\u200b!  \r\nSecond\tline\u00ad here \u2060\x07\r\n\r\nThird   "
    assert normalise_text(raw) == "Hello world!\nSecond line here\n\nThird"


def test_mojibake_is_repaired_and_counted():
    text, repaired = normalise_text_counting("La crÃ\xadtica dijo â€œholaâ€\x9d\nclean line")
    assert text == "La crítica dijo “hola”\nclean line"
    assert repaired == 1


def test_a_closing_quote_whose_last_byte_was_lost_is_restored():
    # "”" is E2 80 9D; read as cp1252 with replacement, 0x9D became U+FFFD.
    assert normalise_line("â€œWe canâ€™t keep upâ€\ufffd") == "“We can’t keep up”"
    assert normalise_text("â€œholaâ€\ufffd dijo") == "“hola” dijo"


def test_a_feeds_character_references_are_read():
    raw = "The mayor&#8217;s plan &ldquo;works&rdquo; &mdash; $12&nbsp;million &#x2014; AT&T, R&D"
    assert normalise_text(raw) == "The mayor’s plan “works” — $12 million — AT&T, R&D"


def test_curly_quotes_are_kept():
    assert normalise_text("It’s “fine”") == "It’s “fine”"


def test_normalise_line_folds_whitespace():
    assert normalise_line("  a \u200b b\n c ") == "a b c"


def test_normalise_line_composes_accents_and_drops_soft_hyphens():
    assert normalise_line("gepru\u0308ft Baby\u00adschalen\u00a0und") == "geprüft Babyschalen und"


def test_normalise_line_repairs_a_double_encoded_page_line():
    assert (
        normalise_line("Carmel is among Israelâ€™s top tier") == "Carmel is among Israel’s top tier"
    )
    assert normalise_line("São Paulo, Zürich, “quoted”") == "São Paulo, Zürich, “quoted”"


def test_joiners_between_arabic_or_indic_letters_are_spelling():
    # Persian writes a non-joiner inside words ("پارک‌ها", parks); Devanagari a joiner
    assert normalise_line("پارک\u200cها را") == "پارک\u200cها را"
    assert normalise_text("می\u200cشود") == "می\u200cشود"
    assert normalise_line("क्\u200dष") == "क्\u200dष"
    # elsewhere they take no room and go
    assert normalise_line("hello\u200cworld \u200cپارک") == "helloworld پارک"
