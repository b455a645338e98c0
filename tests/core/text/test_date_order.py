"""Which way round an ambiguous numeric date is read (made-up copies)."""

from __future__ import annotations

from consumer.core.text.date_order import reads_month_first
from consumer.core.text.timestamps import find_timestamp

_ENGLISH = ["The council said on Monday that the new bridge would open to traffic in the spring."]
_GERMAN = ["Der Rat teilte am Montag mit, dass die neue Brücke im Frühjahr eröffnet werden soll."]


def test_english_prose_on_a_generic_domain_reads_month_first():
    assert reads_month_first(_ENGLISH, "https://example.com/news/bridge")
    assert reads_month_first(_ENGLISH, None)


def test_day_first_countries_and_other_languages_read_day_first():
    assert not reads_month_first(_ENGLISH, "https://example.co.uk/news/bridge")
    assert not reads_month_first(_GERMAN, "https://example.com/news/bruecke")
    assert not reads_month_first([], None)


def test_only_slashed_dates_that_could_go_either_way_are_unsure():
    stamp = find_timestamp("3/4/2025")
    assert stamp is not None and stamp.value == "2025-04-03" and stamp.order_unsure
    assert stamp.month_first().value == "2025-03-04"
    for text in ("20/11/2019", "11/20/2019", "03.04.2025", "4/4/2025"):
        found = find_timestamp(text)
        assert found is not None and not found.order_unsure


def test_the_copy_decides_the_order(extract):
    header = "Posted 3/4/2025"
    english = "\n\n".join(["A new bridge for the town", header, *_ENGLISH * 3])
    german = "\n\n".join(["Eine neue Brücke für die Stadt", header, *_GERMAN * 3])
    assert extract(english, url="https://example.com/a").published_at == "2025-03-04"
    assert extract(german, url="https://example.de/a").published_at == "2025-04-03"
