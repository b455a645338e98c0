"""A sentence crediting the post's writer at the top or the foot of its text (made-up
copies): "This post was written by Jane Doe, Head of Marketing." names the author; the
sentence stays in the body, as the page shows it."""

from __future__ import annotations

import pytest

from consumer.core.text.credit_sentence import credited_names, credited_writers

_BODY = [
    "Harbour Lane Dental - Blog",
    "Home",
    "Blog",
    "How often should children see a dentist?",
    "Parents often ask when a child's first visit should be and how often to come back "
    "after that, and the answer depends on the child's age and teeth.",
    "Most children should have their first check-up by their first birthday, then come "
    "back every six months so small problems can be found early.",
    "Children who have had cavities before may need to come more often, and the dentist "
    "will say how often at each visit.",
]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("This post was written by Mara Quill, Head of Patient Care at Harbour Lane.",
         ["Mara Quill"]),
        ("This article was written by Mara Quill.", ["Mara Quill"]),
        ("This blog post was authored by Mara Quill, MD, pediatric dentist.", ["Mara Quill"]),
        ("This article is written by Mara Quill who likes hiking and old maps.",
         ["Mara Quill"]),
        ("This post was written by Mara Quill and Tobin Vale.", ["Mara Quill", "Tobin Vale"]),
        ("This post was written by Mara J. Quill. She lives in Dunmore.", ["Mara J. Quill"]),
        ("This post was written by", []),  # the label: the names are on the next line
    ],
)  # fmt: skip
def test_a_credit_sentence_names_the_writer(line: str, names: list[str]) -> None:
    assert credited_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "This article was written by a guest contributor. Share your thoughts below.",
        "Disclosure: This article was written by a human, me, with a light edit.",
        "This post was written by Mara",  # one word: a first name or a team's
        "All of our content is written by humans, not robots.",
        "The post was written by hand on a train.",
    ],
)
def test_other_sentences_name_no_writer(line: str) -> None:
    assert not credited_names(line)


def test_the_label_takes_the_name_on_the_next_line() -> None:
    lines = ["Tags: teeth, children", "This post was written by", "Tobin Vale", "Share"]
    assert credited_writers(lines) == ["Tobin Vale"]
    assert credited_writers(["This post was written by", "Subscribe to our feed"]) == []


@pytest.mark.parametrize("at_top", [True, False])
def test_an_unsigned_post_takes_its_author_from_the_sentence(extract, at_top: bool) -> None:
    credit = "This post was written by Mara Quill, Head of Patient Care at Harbour Lane."
    lines = [*_BODY[:4], credit, *_BODY[4:]] if at_top else [*_BODY, credit]
    result = extract("\n".join([*lines, "Contact us", "Privacy Policy"]))
    assert result.authors == ["Mara Quill"]
    assert credit in result.paragraphs  # the page shows it: it stays


def test_a_byline_goes_before_the_sentence(extract) -> None:
    credit = "This post was written by Mara Quill, a guest writer."
    lines = [*_BODY[:4], "By Tobin Vale", *_BODY[4:], credit, "Contact us"]
    assert extract("\n".join(lines)).authors == ["Tobin Vale"]


def test_a_date_under_the_body_later_than_the_headers_update_is_another_items(extract) -> None:
    # The header gives only the update; a related story's date stands under the text.
    lines = [*_BODY[:4], "Last modified: August 8, 2023", *_BODY[4:]]
    lines += ["Related Blog Posts", "View all posts", "March 5, 2026", "Which snacks help teeth"]
    lines += ["Kids & Family", "March 4, 2026", "Braces at any age", "Contact us"]
    result = extract("\n".join(lines))
    assert result.modified_at == "2023-08-08"
    assert result.published_at is None
    # (a header's date with a later "Last updated" under the body is read as it is)
    lines = [*_BODY[:4], "March 5, 2021", *_BODY[4:], "Last updated: August 8, 2023"]
    assert extract("\n".join(lines)).published_at == "2021-03-05"


@pytest.mark.parametrize(
    ("footer", "date"),
    [
        ("This entry was posted on Monday, November 5th, 2012 at 11:18 am and is filed under "
         "News. You can follow any responses to this entry through the RSS 2.0 feed.",
         "2012-11-05"),
        ("This entry was posted on 23 October 2012 at 8:14 pm and is filed under Polls.",
         "2012-10-23"),
        ("This entry was posted on March 3, 2008.", "2008-03-03"),
    ],
)  # fmt: skip
def test_a_blog_themes_post_footer_dates_the_post(extract, footer: str, date: str) -> None:
    lines = [*_BODY, footer, "3 Responses to this post", "Contact us"]
    assert extract("\n".join(lines)).published_at == date
