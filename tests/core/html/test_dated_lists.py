"""Dated lists of other stories (headlines with their dates, newest first) leave the body;
a story's own timeline (oldest first, or sentences) stays."""

from __future__ import annotations

import pytest

from consumer.core.html.dated_lists import (
    dated_headline_rows,
    datelined_teaser_rows,
    forum_post_rows,
    sectioned_dated_rows,
    stamped_teaser_rows,
)
from consumer.core.html.lines import filter_lines

STORY = [
    "The town council voted on Tuesday to rebuild the old bridge over the river.",
    "Work is due to start in the spring and last two years, the mayor said.",
]


def _body(lines: list[str]) -> list[str]:
    return filter_lines(lines, headlines=[], captions=[], related_titles=[]).paragraphs


@pytest.mark.parametrize(
    "archive",
    [
        [
            "March 21, 2024 - At the cinema this week",
            "March 14, 2024 - Review: a quiet film about a loud family",
            "February 2, 2024 - Festival opens its doors",
        ],
        [
            "15 hrs ago - Eastside girls beat Northside",
            "3 days ago - Valley wins its opener",
            "3 days ago - Distance no object for the champions",
        ],
        [
            "| 2 hours ago | | » Harbour plan wins approval « |",
            "| 1 day ago | | Ferry fares to rise in May |",
            "| 4 days ago | | New lighthouse keeper named |",
        ],
        [
            "08.01.2024: Portrait of the artist as a young drummer",
            "08.01.2024: A new record label for old friends",
            "07.01.2024: Concert tickets resold at ten times the price",
        ],
        [
            "Column: The quiet season (October 24, 2023)",
            "Column: Letters I never sent (October 18, 2023)",
            "Column: Before the phones (September 3, 2023)",
        ],
        [
            "Software maker reports higher quarterly sales 2024-01-16 12:47",
            "Survey finds wireless fears unfounded 2024-01-16 10:37",
            "University opens a new laboratory 2024-01-15 16:35",
        ],
        # List items that give the time of day or an age: a feed's, not a press review.
        [
            "- Software maker reports higher quarterly sales 2024-01-16 12:47:46+11",
            "- Survey finds wireless fears unfounded 2024-01-16 10:37:17+11",
            "- University opens a new laboratory 2024-01-15 16:35:07+11",
        ],
        [
            "- 2 hours ago: Harbour plan wins approval",
            "- 1 day ago: Ferry fares to rise in May",
            "- 4 days ago: New lighthouse keeper named",
        ],
        [
            "Mardi 12 mars 2024 : Le port prépare la saison",
            "Lundi 11 mars 2024 : Nouvelle ligne de bus vers la gare",
            "8 mars 2024 : Le marché couvert rouvre ses portes",
        ],
    ],
)
def test_a_dated_list_of_other_stories_leaves_the_body(archive: list[str]) -> None:
    assert _body([*STORY, *archive]) == STORY
    assert dated_headline_rows([*STORY, *archive]) == {2, 3, 4}


@pytest.mark.parametrize(
    "lines",
    [
        # A timeline told in the order things happened.
        [
            "Jan 20, 2020 - First case confirmed in the state",
            "Jan 30, 2020 - Health agency declares an emergency",
            "March 11, 2020 - Pandemic declared",
        ],
        # Newest first, but sentences: the story's own account.
        [
            "March 11, 2020 - The agency declared a pandemic.",
            "Jan 30, 2020 - The agency declared an emergency.",
            "Jan 20, 2020 - The first case was confirmed.",
        ],
        # A story's own timeline, newest first, under a line that introduces it.
        [
            "Here is how the closure unfolded:",
            "November 27, 2026 - Engineers find cracks in two more cables",
            "November 20, 2026 - City extends the closure by two weeks",
            "November 12, 2026 - Bridge closed after an inspection finds corrosion",
        ],
        [
            "Timeline",
            "November 27, 2026 - Engineers find cracks in two more cables",
            "November 20, 2026 - City extends the closure by two weeks",
            "November 12, 2026 - Bridge closed after an inspection finds corrosion",
        ],
        # Two dated lines are not a list.
        [
            "March 21, 2024 - At the cinema this week",
            "March 14, 2024 - Review: a quiet film about a loud family",
        ],
        # Dates without headlines.
        ["12 March 2024", "11 March 2024", "10 March 2024"],
        # A list the page marks up as one, days only: a press review the story gives.
        [
            "- 11 March 2024: Daily Paper - How the fund pays the strikers",
            "- 10 March 2024: Evening news report on the fund",
            "- 2 March 2024: Radio interview with the organisers",
        ],
        # Addresses and versions are no dates.
        [
            "private-address: 192.168.0.0/16",
            "private-address: 169.254.0.0/16",
            "private-address: 172.16.0.0/12",
        ],
        [
            "Release 2.10.2024 of the tools",
            "Release 2.10.2023 of the tools",
            "Release 2.10.2022 of the tools",
        ],
    ],
)
def test_a_timeline_and_lone_dates_are_no_dated_list(lines: list[str]) -> None:
    assert dated_headline_rows(lines) == set()


def test_a_list_of_ages_and_a_list_of_days_are_judged_apart() -> None:
    lines = [
        "2 hours ago - Harbour plan wins approval",
        "1 day ago - Ferry fares to rise",
        "March 21, 2024 - At the cinema this week",
        "March 14, 2024 - Review: a quiet film",
        "April 2, 2024 - Festival opens its doors",
    ]
    # (two ages: too few; the days go forward at the end: a timeline's order)
    assert dated_headline_rows(lines) == set()


def test_dates_in_digits_are_read_day_first_or_month_first() -> None:
    day_first = ["13.02.2024: Harbour plan approved", "12.02.2024: Ferry fares rise",
                 "01.02.2024: New keeper named"]  # fmt: skip
    month_first = ["02/13/2024 - Harbour plan approved", "02/12/2024 - Ferry fares rise",
                   "02/01/2024 - New keeper named"]  # fmt: skip
    assert dated_headline_rows(day_first) == {0, 1, 2}
    assert dated_headline_rows(month_first) == {0, 1, 2}


WIRE_TEASERS = [
    "Harbour board names new chief Porthaven, Mar 4 (HNS): The harbour board on Monday named "
    "its new chief executive after a search of six months.",
    "Ferry fares to rise in May Porthaven, Mar 4 (HNS): Ferry fares will rise by a tenth in May, "
    "the operator said.",
    "Lighthouse keeper retires after forty years Eastport, Mar 3 (HNS): The last keeper of the "
    "north light retired on Sunday.",
]


def test_a_wire_feeds_headlines_run_into_their_datelines_leave_the_body() -> None:
    assert _body([*STORY, *WIRE_TEASERS]) == STORY
    assert datelined_teaser_rows([*STORY, *WIRE_TEASERS]) == {2, 3, 4}


def test_a_story_opened_by_its_dateline_or_a_byline_and_two_teasers_stay() -> None:
    lead = "Porthaven, Mar 4 (HNS): The town council voted on Tuesday to rebuild the bridge."
    byline = "By Jane Doe Porthaven, Mar 4 (HNS): The town council voted on Tuesday to rebuild."
    assert datelined_teaser_rows([lead, *STORY]) == set()
    assert datelined_teaser_rows([byline, byline, byline]) == set()
    assert datelined_teaser_rows([*STORY, *WIRE_TEASERS[:2]]) == set()


STAMPED_TEASERS = [
    "Harbour podcast: the new pier, part 3 21/12/2007 11:55:31 In the last part of our podcast "
    "the engineers walk the new pier.",
    "Harbour podcast: the new pier, part 2 20/12/2007 11:52:11 In the second part the council "
    "explains the cost of the work.",
    "Harbour podcast: the new pier, part 1 19/12/2007 11:46:51 In the first part we hear how "
    "the storm broke the old one.",
]


def test_teasers_stamped_with_their_day_and_time_leave_the_body() -> None:
    assert _body([*STORY, *STAMPED_TEASERS]) == STORY
    assert stamped_teaser_rows([*STORY, *STAMPED_TEASERS]) == {2, 3, 4}
    buttoned = [STAMPED_TEASERS[0], "- +", STAMPED_TEASERS[1], "- +", STAMPED_TEASERS[2]]
    assert stamped_teaser_rows(buttoned) == {0, 2, 4}


def test_sentences_with_a_time_two_stamped_teasers_or_a_schedule_stay() -> None:
    sentences = [
        "Repairs began on 21/12/2007 08:00 With two crews working on the damaged section.",
        "The storm hit the harbour wall 20/12/2007 09:10 and the pier was closed for a week.",
        "The ferry left the harbour on 19/12/2007 11:46 and reached the island an hour later.",
    ]
    assert stamped_teaser_rows([*STORY, *sentences]) == set()
    assert stamped_teaser_rows([*STORY, *STAMPED_TEASERS[:2]]) == set()
    assert stamped_teaser_rows(STAMPED_TEASERS[::-1]) == set()  # oldest first: a programme


def _rows_reading_every_date(lines: list[str]) -> set[int]:
    """``dated_headline_rows`` as it was, reading the date of every line that may hold one."""
    from consumer.core.html import dated_lists as dl

    rows: set[int] = set()
    run: list[tuple[int, list[tuple[int, ...]]]] = []
    for at, line in enumerate([*lines, ""]):
        keys = dl._date_keys(line) if dl._may_be_dated(line) else None
        if keys is not None and (not run or run[-1][1][0][0] == keys[0][0]):
            run.append((at, keys))
            continue
        if (
            len(run) >= dl.MIN_DATED_HEADLINES
            and not dl._introduced(lines, run[0][0])
            and dl._newest_first([keys for _, keys in run])
        ):
            rows.update(at for at, _ in run)
        run = [] if keys is None else [(at, keys)]
    return rows


def test_dates_are_read_only_in_stretches_long_enough_and_the_rows_are_the_same() -> None:
    import random

    chooser = random.Random(7)
    pieces = [
        "December 21, 2007 - At the movies",
        "December 20, 2007 - Council meets again",
        "15 hrs ago - Park realizes win at Oracle",
        "3 hrs ago - Rain expected tonight",
        "| 08.01.2008: | New doc tackles hip-hop misogyny |",
        "| 09.01.2008: | Bridge works begin |",
        "- Wireless security concerns unfounded 2008-01-16 10:37",
        "Here is how it unfolded:",
        "Timeline",
        "In 2007 the council met. It voted.",
        *STORY,
    ]
    for _ in range(500):
        lines = chooser.choices(pieces, k=chooser.randint(0, 12))
        assert dated_headline_rows(lines) == _rows_reading_every_date(lines)


FORUM_BOX = (
    "- • Ferry timetable? by harbourfan 01/20/2008 6:32 p.m. CT • Best chips on the quay "
    "by gull_watcher 01/20/2008 6:31 p.m. CT • More"
)


def test_a_forum_boxs_latest_posts_run_into_one_line_leave_the_body() -> None:
    assert forum_post_rows([*STORY, FORUM_BOX]) == {2}
    assert _body([STORY[0], FORUM_BOX, STORY[1]]) == STORY
    bars = (
        "| Pier repairs by quaykeeper 2008-01-16 10:37 | Storm photos by tidewatch "
        "2008-01-16 09:12 |"
    )
    assert forum_post_rows([bars]) == {0}


def test_a_sentence_with_a_name_after_by_and_one_post_stay() -> None:
    lines = [
        "The ferry was late • The song was written by Smith 01/16/2008 5:41 pm and sold well.",
        "- • Ferry timetable? by harbourfan 01/20/2008 6:32 p.m. CT • More",
        "Pier repairs by quaykeeper 2008-01-16 10:37 • The council met on Tuesday night.",
    ]
    assert forum_post_rows(lines) == set()


SECTIONED_BOX = [
    "Harbour crisis: special report",
    "Exclusive: the pier deal",
    "02.03.2003: Revealed: the secret pier contract",
    "02.03.2003: Read the council memo",
    "Talk: who pays for the pier?",
    "On the quay",
    "23.02.2003: Fishermen fear the new berths",
    "02.03.2003: Ferry firm walks out of talks",
    "The vote",
    "09.02.2003: Leader: Why the pier must wait",
    "16.02.2003: Mayor: The price of my promise",
    "09.02.2003: Letters: What you say about the pier",
    "16.02.2003: Harbour master: The tide turns",
]


def test_a_box_of_dated_links_broken_by_section_headings_leaves_the_body() -> None:
    assert sectioned_dated_rows([*STORY, *SECTIONED_BOX]) == set(range(2, 2 + len(SECTIONED_BOX)))
    assert _body([*STORY, *SECTIONED_BOX]) == STORY


def test_a_programme_a_short_dated_list_or_dated_sentences_stay() -> None:
    programme = [f"{day:02d}.11.2022 - Harbour Band - Quay Hall" for day in range(1, 11)]
    assert sectioned_dated_rows(["Concerts", *programme]) == set()  # oldest first
    assert sectioned_dated_rows(SECTIONED_BOX[:7]) == set()  # three dated lines
    sentences = [
        f"{day:02d}.02.2003: The council met again, and the pier was not discussed."
        for day in (9, 2, 16, 9, 23, 2, 16, 9, 2)
    ]
    assert sectioned_dated_rows(sentences) == set()


def test_the_finders_reading_the_lines_once_give_the_rows_each_gives_alone() -> None:
    import random
    import re

    from consumer.core.html import dated_lists as dl

    # The date hint as it was written, with IGNORECASE: the same lines hold it.
    old_hint = re.compile(r"\d{4}|\d[./-]\d{1,2}[./-]\d\d|\bago\b", re.I)
    chooser = random.Random(11)
    pieces = [
        *WIRE_TEASERS,
        *STAMPED_TEASERS,
        *SECTIONED_BOX,
        *STORY,
        "December 21, 2007 - At the movies",
        "15 HRS AGO - Park realizes win at Oracle",
        "3 hrs Ago - Rain expected tonight",
        "- Wireless security concerns unfounded 2008-01-16 10:37",
        "- Press review: the harbour in 2007",
        "| 08.01.2008: | New doc tackles hip-hop misogyny |",
        "A long line " + "that goes on " * 20 + "and ends 2 days ago",
        FORUM_BOX,
        "Timeline",
        "Saga",
        "",
    ]
    for _ in range(400):
        lines = chooser.choices(pieces, k=chooser.randint(0, 16))
        alone = (
            dl.dated_headline_rows(lines)
            | dl.datelined_teaser_rows(lines)
            | dl.stamped_teaser_rows(lines)
            | dl.forum_post_rows(lines)
            | dl.sectioned_dated_rows(lines)
        )
        assert dl.dated_list_rows(lines) == alone
        for line in lines:
            for start in (0, 5, 30):
                assert (dl._DATE_HINT.search(line, start, start + 48) is None) == (
                    old_hint.search(line, start, start + 48) is None
                )
    # (no character but A and a matches "a" under IGNORECASE, nor others "g" and "o")
    for letter in "ago":
        caseless = re.compile(letter, re.I)
        assert [c for c in range(0x110000) if caseless.fullmatch(chr(c))] == [
            ord(letter.upper()),
            ord(letter),
        ]
