"""Copies of kinds the benchmarks do not hold (made up for these tests): a newsletter a
reader forwarded (the mail client's marker and header fields over it), a PDF's paragraph
running over a page break, a broadcast transcript's rush notice, a text browser's list of
related headlines with its bullets."""

from __future__ import annotations

import pytest

from consumer.core.text.classify import boilerplate_reason

_HEADLINE = "Why the port strike matters for holiday shopping"
_STORY = [
    "Dockworkers at the three largest ports on the west coast walked off the job on "
    "Wednesday, and shippers say the timing could not be worse.",
    "About a third of the toys sold in December pass through those ports, according to a "
    "retail group, and most of it is already at sea.",
    "The union says it will not return until the ports agree to limits on automated "
    "cranes. Talks are set to resume on Friday.",
]
_NEWSLETTER = "\n\n".join(
    [
        "View in browser",
        "THE HARBOR LETTER",
        _HEADLINE,
        "By Carla Ruiz",
        *_STORY,
        "You are receiving this because you signed up for The Harbor Letter.",
        "Unsubscribe | Update your preferences",
    ]
)


@pytest.mark.parametrize(
    "header",
    [
        [
            "---------- Forwarded message ---------",
            "From: The Harbor Letter <news@harborletter.example>",
            "Date: Thu, Nov 26, 2026 at 6:02 AM",
            f"Subject: {_HEADLINE}",
            "To: <reader@example.com>",
        ],
        [
            "-----Original Message-----",
            "From: The Harbor Letter",
            "Sent: Thursday, November 26, 2026 6:02 AM",
            "To: Reader",
            f"Subject: FW: {_HEADLINE}",
        ],
        ["Begin forwarded message:", "", "From: The Harbor Letter", f"Subject: {_HEADLINE}"],
        [
            "---------- Weitergeleitete Nachricht ---------",
            "Von: The Harbor Letter <news@harborletter.example>",
            f"Betreff: {_HEADLINE}",
            "An: <reader@example.com>",
        ],
    ],
)
def test_a_forwarded_newsletters_mail_header_leaves(extract, header):
    note = "Thought you would want to see this.\n\n"
    ext = extract(note + "\n".join(header) + "\n\n" + _NEWSLETTER)
    assert ext.title == _HEADLINE
    assert ext.authors == ["Carla Ruiz"]
    assert ext.paragraphs[-len(_STORY) :] == _STORY
    assert not any("From:" in p or "Subject:" in p or "Forward" in p for p in ext.paragraphs)
    assert ext.removed["email_header"] >= 3


def test_a_forwarded_messages_date_dates_the_copy(extract):
    header = "---------- Forwarded message ---------\nFrom: The Harbor Letter\n"
    header += f"Date: Thu, Nov 26, 2026 at 6:02 AM\nSubject: {_HEADLINE}\n\n"
    assert (extract(header + _NEWSLETTER).published_at or "").startswith("2026-11-26")


def test_a_from_line_without_the_forwarded_marker_stays(extract):
    text = "\n\n".join([_HEADLINE, *_STORY, "From: the ports' side, a statement came late."])
    assert "From: the ports' side, a statement came late." in extract(text).paragraphs


def test_receiving_this_because_is_a_newsletters_footer():
    line = "You are receiving this because you signed up for The Harbor Letter."
    assert boilerplate_reason(line) == "newsletter"


_FIRST_HALF = (
    "Farmers in the lower valley have been asked to cut their use by a fifth, and the "
    "board is weighing a rule that would limit lawn watering to two days a"
)
_SECOND_HALF = "week from April through September, the board's chair said on Monday."


def _report(page_end: list[str]) -> str:
    return "\n".join(
        [
            "Valley Water Report",
            "Page 1 of 2",
            "",
            "The drought has left the region's three reservoirs at their lowest levels since "
            "records began, the water board said in its yearly report.",
            "",
            _FIRST_HALF,
            "",
            *page_end,
            "",
            _SECOND_HALF,
            "",
            "Residents can comment on the rule until January 15 at the board's office.",
            "",
            "Valley Water Report",
        ]
    )


def test_a_pdfs_paragraph_over_a_page_break_is_one_paragraph(extract):
    ext = extract(_report(["Valley Water Report", "Page 2 of 2"]))
    assert f"{_FIRST_HALF} {_SECOND_HALF}" in ext.paragraphs
    assert len(ext.paragraphs) == 3


def test_paragraphs_around_a_page_break_stay_apart_when_a_sentence_ends(extract):
    ended = "Farmers in the lower valley have been asked to cut their use by a fifth."
    text = _report(["Valley Water Report", "Page 2 of 2"]).replace(_FIRST_HALF, ended)
    ext = extract(text)
    assert ended in ext.paragraphs and _SECOND_HALF in ext.paragraphs


def test_a_broadcast_transcripts_rush_notice_leaves(extract):
    text = "\n\n".join(
        [
            "Storm cuts power to 200,000 homes on the coast",
            "Aired November 25, 2026 - 18:00 ET",
            "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE "
            "UPDATED.",
            "ANCHOR: Good evening. We begin tonight on the coast, where a storm has cut power "
            "to more than 200,000 homes.",
            "MIA TORRES, CORRESPONDENT: The wind here has been blowing at more than 60 miles "
            "an hour since noon, and crews say it could be days before power is back.",
        ]
    )
    ext = extract(text)
    assert ext.paragraphs[0].startswith("ANCHOR: Good evening.")
    assert len(ext.paragraphs) == 2


def test_a_text_browsers_listed_headlines_lose_their_bullets(extract):
    text = "\n\n".join(
        [
            "Library wins state grant for new children's wing",
            "By Mark Delaney | November 24, 2026",
            "The Carver Public Library has won a $1.2 million state grant to build a "
            "children's wing, the library board said Monday.",
            "Construction should start in June and take about a year, said the library's "
            "director, who has asked for the wing since 2019.",
            "Related stories\n  • Grain elevator to close after 90 years\n"
            "  • School board approves new bus routes",
        ]
    )
    titles = [r.title for r in extract(text).related]
    assert titles == [
        "Grain elevator to close after 90 years",
        "School board approves new bus routes",
    ]


def test_a_public_radio_transcripts_notice_leaves():
    line = (
        "This transcript was created on a rush deadline. Accuracy and availability may vary. "
        "This text may not be in its final form and may be updated or revised in the future."
    )
    assert boilerplate_reason(line) is not None


_REVIEW = "\n".join(
    [
        "Gadget Hollow\nReviews\nPhones\nLaptops\nDeals\n",
        "Lumen X2 review: a bright screen in a plain body\n",
        "By Sam Keller\nNovember 20, 2026\n",
        "The Lumen X2 is the cheapest phone this year with a screen you can read in full sun, "
        "and for most people that will matter more than anything else about it.\n",
        "Its body is plain plastic and it feels light in the hand. The screen is sharp and "
        "reaches a peak brightness we have only seen on phones that cost twice as much.\n",
        "The camera is the weak spot. Photos in daylight are fine, but at night they turn "
        "muddy and the phone takes a long time to save each shot.\n",
        "{pros}\nVery bright screen\nLong battery life\nLow price",
        "{cons}\nWeak camera at night\nSlow charging\nPlastic body\n",
        "Verdict\n",
        "If you want a cheap phone with a screen you can read outdoors and a battery that "
        "lasts, the Lumen X2 is an easy pick, as long as you do not care much about night "
        "photos.\n",
        "Related reviews\nLumen X1 review: last year's budget king",
        "Orbit 5 review: the camera phone to beat\n",
        "© 2026 Gadget Hollow",
    ]
)


@pytest.mark.parametrize(
    ("pros", "cons"), [("Pros", "Cons"), ("The Good", "The Bad"), ("Vorteile", "Nachteile")]
)
def test_a_reviews_bare_pros_and_cons_labels_keep_the_verdict_under_them(extract, pros, cons):
    ext = extract(_REVIEW.format(pros=pros, cons=cons))
    assert ext.paragraphs[-1].startswith("If you want a cheap phone")
    assert "Long battery life" in ext.paragraphs and "Slow charging" in ext.paragraphs
    assert not any("Orbit 5" in p or "Gadget Hollow" in p for p in ext.paragraphs)


_ONE_LINE = (
    "Home News Sports Weather By Tom Reyes Nov. 24, 2026 The county fair board approved a "
    "new livestock barn on Monday, the first new building at the fairgrounds in two "
    "decades. The barn will hold up to 200 animals and should open before next summer's "
    "fair. Board chair Alice Monroe said the old barn had leaked for years. Share Facebook "
    "Twitter Email © 2026 Valley Ledger"
)


def test_a_short_page_flattened_onto_one_line_loses_its_furniture(extract):
    ext = extract(_ONE_LINE, url="https://www.valleyledger.example/news/fair-barn")
    assert ext.paragraphs[0].startswith("The county fair board approved")
    assert ext.paragraphs[-1] == "Board chair Alice Monroe said the old barn had leaked for years."
    assert ext.authors == ["Tom Reyes"]
    assert (ext.published_at or "").startswith("2026-11-24")


def test_a_news_brief_on_one_line_stays_whole(extract):
    brief = (
        "The county fair board approved a new livestock barn on Monday. The barn will hold up "
        "to 200 animals and should open before next summer's fair, the board said."
    )
    assert extract(brief).paragraphs == [brief]


def test_a_plain_copys_markdown_heading_marks_leave_the_title(extract):
    text = "\n\n".join(
        [
            "# Storm knocks out power across the county",
            "Posted on November 28, 2026 by Ana Lima",
            "A fast-moving storm knocked out power to about 18,000 homes across the county on "
            "Friday evening, the utility said.",
            "Two roads near the river were closed because of fallen trees.",
        ]
    )
    assert extract(text).title == "Storm knocks out power across the county"


def test_a_business_wire_dateline_of_a_city_alone_dates_the_release(extract):
    text = "\n\n".join(
        [
            "Lakeshore Bank Names New Chief Executive",
            "CHICAGO--(BUSINESS WIRE)--Nov. 23, 2026-- Lakeshore Bank said on Monday that its "
            "board had named Maria Okafor chief executive, effective January 1.",
            "Okafor, 52, has been the bank's chief operating officer since 2021.",
        ]
    )
    assert extract(text).published_at == "2026-11-23"
