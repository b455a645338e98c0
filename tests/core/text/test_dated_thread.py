"""Threads of readers' comments whose entries open with a name and a date."""

from __future__ import annotations

from consumer.core.text.dated_thread import dated_thread_entries

STORY = (
    "The town council voted on Tuesday to close the old bridge to cars for two years while "
    "it is rebuilt, and the bus lines that cross it will take the ring road instead.",
    "The work starts in the spring; the council says the new bridge will carry a cycle "
    "lane on each side and a wider path for walkers than the old one ever had.",
    "Shops on both banks had asked for the work to wait until after the summer season, "
    "but the engineers said the piers could not last another winter.",
)
COMMENT = (
    "About time too, the old bridge has been shaking under every lorry for years now and "
    "nobody wanted to be on it when it finally gave way."
)


def _entries(heads: list[str], story: tuple[str, ...] = STORY) -> frozenset[int]:
    lines = ["Bridge to close for two years", "by Ann Lee on March 3, 2024", *story]
    for head in heads:
        lines += [head, COMMENT, "Reply"]
    return dated_thread_entries(lines)


def test_entries_headed_by_a_name_and_a_date_are_a_thread():
    heads = [
        "Tom Berg 03.03.24 at 9:14 am",
        "kaylee 03.03.24 at 10:02 am",
        "Marc Roux 03.04.24 at 7:45 pm",
    ]
    assert _entries(heads) == {5, 8, 11}  # the byline above the story is no entry
    german = ["1 Jana Voss 4. März 2024 um 10:15", "2 Uwe 4. März 2024 um 11:40"]
    assert _entries([*german, "3 Ole 5. März 2024 um 08:05"]) == {5, 8, 11}
    assert _entries(["Posted by: Kim | 07 Mar 24", "Posted by: Lou | 08 Mar 24"] * 2)


def test_two_entries_or_entries_under_no_text_are_no_thread():
    heads = ["Tom Berg 03.03.24 at 9:14 am", "kaylee 03.03.24 at 10:02 am"]
    assert _entries(heads) == frozenset()
    # A forum's thread: its first entry heads the opening post, under the board's menus.
    assert _entries([*heads, "Marc Roux 03.04.24 at 7:45 pm"], story=()) == frozenset()


def test_dated_lines_that_head_no_reader_are_no_entries():
    heads = [
        "Council meeting moved to Thursday March 7, 2024",  # a teaser's headline
        "— City News (@citynews) March 3, 2024",  # a quoted post's signature
        "updated 9:14 AM, Sun March 3, 2024",
    ]
    assert _entries(heads * 2) == frozenset()
    mixed = ["Tom Berg 03.03.24 at 9:14 am", "Ida March 3, 2024", "Li 03.03.24 at 9:50 am"]
    assert _entries(mixed) == frozenset()  # one thread writes its dates one way
    # One label over each photo's caption: a gallery, not readers.
    gallery = [f"Town in pictures {day} March 2024" for day in (3, 4, 5, 6)]
    assert _entries(gallery) == frozenset()


def test_entries_that_say_posted_are_named_on_the_line_above():
    heads = ["Posted March 3, 2024 at 9:14 am | Permalink"] * 3
    lines = ["Bridge to close", "by Ann Lee", STORY[0]]  # a short post: under 400 characters
    for name, head in zip(["Tom Berg", "kaylee", "Marc Roux"], heads, strict=True):
        lines += [name, head, COMMENT, "Reply"]
    assert dated_thread_entries(lines) == frozenset()  # a forum's posts, for all it shows
    # Right under a comments header: a short post's thread.
    lines.insert(3, "3 Comments")
    assert dated_thread_entries(lines, frozenset({3})) == {5, 9, 13}
    # No names above them: one writer, "Posted", heads them all.
    unnamed = [line for line in lines if line not in ("Tom Berg", "kaylee", "Marc Roux")]
    assert dated_thread_entries(unnamed, frozenset({3})) == frozenset()


def test_entries_with_a_date_and_a_permalink_are_named_on_the_line_above():
    lines = ["Bridge to close", STORY[0], "3 Comments"]  # a short post's thread
    for name in ("Tom Berg", "kaylee", "Marc Roux"):
        lines += [name, "March 3, 2024, | Permalink", COMMENT]
    assert dated_thread_entries(lines, frozenset({2})) == {4, 7, 10}
    # A date alone over each piece heads no reader: a list of dated teasers.
    teasers = [line.replace(", | Permalink", "") for line in lines]
    assert dated_thread_entries(teasers, frozenset({2})) == frozenset()
    # Nobody named above them: one writer, nobody, heads them all.
    unnamed = [line for line in lines if line not in ("Tom Berg", "kaylee", "Marc Roux")]
    assert dated_thread_entries(unnamed, frozenset({2})) == frozenset()


def test_entries_with_a_date_and_time_alone_are_named_on_the_line_above():
    # A blog theme's thread: the writer's name, then the date and time on a line of their
    # own, then the comment.
    lines = ["Bridge to close", "by Ann Lee", *STORY]
    for name, stamp in [("Tom Berg", "8. April 2024 @ 11:38"), ("kaylee", "8. April 2024 @ 12:02")]:
        lines += ["Reply", name, stamp, COMMENT]
    lines += ["Reply", "Marc Roux", "9. April 2024 @ 07:45", COMMENT]
    assert dated_thread_entries(lines) == {7, 11, 15}
    # A date with no time of day under each name: a list of dated pieces, not a thread.
    undated = [line.split(" @ ")[0] for line in lines]
    assert dated_thread_entries(undated) == frozenset()
    # Nobody named above the times: a live blog's entries, one stamp after another prose.
    unnamed = [line for line in lines if line not in ("Tom Berg", "kaylee", "Marc Roux")]
    assert dated_thread_entries(unnamed) == frozenset()
