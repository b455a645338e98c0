"""Kinds of plain-text copy scrapers and aggregators hand over that the benchmarks hold few
of (made up for these tests): an e-mail newsletter's text, a paywalled teaser, a press
release's legal notice, a copy with its readers' comments, a wire's promo of its topic hub,
a Japanese story's closing lines and a Chinese portal's date line."""

from __future__ import annotations

from consumer.core.text.classify import boilerplate_reason
from consumer.core.text.dateline import dateline_date


def test_an_email_header_and_footer_in_short_forms():
    assert boilerplate_reason("View in browser") == "newsletter"
    assert boilerplate_reason("Read online") == "newsletter"
    assert (
        boilerplate_reason("You received this email because you signed up to The Daily Dig.")
        == "newsletter"
    )
    assert boilerplate_reason("View online users") is None  # a forum's link, no e-mail's


def test_an_email_copy_opening_with_view_in_browser_keeps_its_story_headline(extract):
    text = "\n".join(
        [
            "View in browser",
            "The Harbor Digest",
            "Friday, May 8, 2026",
            "Good morning. Here is what happened overnight.",
            "Port commission approves new cruise terminal",
            "The port commission voted 4-1 on Thursday to build a second cruise terminal on "
            "the north pier, a project expected to cost $120 million.",
            "Supporters said the terminal would bring thousands of visitors a week to the "
            "waterfront during the summer season.",
            "Neighbors raised concerns about traffic and air quality at a hearing that lasted "
            "more than four hours.",
            "Forward this email to a friend",
            "You are receiving this email because you subscribed to The Harbor Digest.",
            "Unsubscribe | Update your preferences",
        ]
    )
    ext = extract(text)
    assert ext.title == "Port commission approves new cruise terminal"
    assert ext.paragraphs[0].startswith("The port commission voted")
    assert len(ext.paragraphs) == 3


def test_a_paywall_offer_of_unlimited_digital_access():
    assert boilerplate_reason("Get unlimited digital access for $1 a week. Cancel anytime.") == (
        "newsletter"
    )
    assert boilerplate_reason("Enjoy full online access to every story for 99 cents.") == (
        "newsletter"
    )


_RELEASE = [
    "Larkspur Foods Opens Bakery Plant in Iowa",
    "CEDAR RAPIDS, Iowa--(BUSINESS WIRE)--April 2, 2026--Larkspur Foods, Inc. (NYSE: LRKF) "
    "today announced the opening of a bakery plant in Cedar Rapids that will employ 180 people.",
    "The plant will make bread and rolls for grocery stores in six Midwestern states, the "
    "company said in a statement.",
    '"This plant brings us closer to our customers," said chief executive Ava Brandt.',
    "Forward-Looking Statements",
    "This press release contains forward-looking statements within the meaning of the "
    "Private Securities Litigation Reform Act of 1995, including statements about hiring "
    "plans. Actual results may differ materially.",
    "Larkspur Foods undertakes no obligation to update any forward-looking statement, except "
    "as required by law.",
    "SOURCE Larkspur Foods, Inc.",
]


def test_a_press_release_loses_its_safe_harbor_notice(extract):
    ext = extract("\n".join(_RELEASE))
    assert ext.paragraphs[-1].startswith('"This plant brings us closer')
    assert ext.removed["press_release"] == 3  # the notice's header and its two paragraphs
    assert ext.publisher == "Larkspur Foods"  # its legal form aside


def test_a_release_dated_in_business_wire_form(extract):
    stamp = dateline_date(_RELEASE[1])
    assert stamp is not None and stamp.value == "2026-04-02"
    assert extract("\n".join(_RELEASE)).published_at == "2026-04-02"
    # the news of a company's results is no safe-harbor notice
    assert boilerplate_reason("Larkspur Foods said its forward-looking statements hold.") is None


def test_a_copy_with_its_readers_comments_ends_at_the_thread(extract):
    text = "\n".join(
        [
            "Library to stay open on Sundays",
            "By Omar Haddad",
            "June 3, 2026",
            "The county library will open its main branch on Sundays starting in July, the "
            "library board decided on Tuesday.",
            "The change follows a survey in which two out of three patrons asked for weekend "
            "hours. The board will pay for the extra staff from a state grant.",
            '"People work during the week, and the library should be there for them," said '
            "board president Helen Ruiz.",
            "8 Comments",
            "Marta K.",
            "June 3, 2026 at 7:41 pm",
            "Finally! I have been waiting for this for years, thank you to the board.",
            "Reply",
            "Dan P.",
            "June 4, 2026 at 8:02 am",
            "Will the branch in the west end get Sunday hours too? It would help a lot.",
        ]
    )
    ext = extract(text)
    assert ext.authors == ["Omar Haddad"]
    assert ext.paragraphs[-1].startswith('"People work during the week')
    assert not any("Finally" in p or "west end" in p for p in ext.paragraphs)


def test_a_wire_promo_of_its_topic_hub_leaves_the_text(extract):
    text = "\n".join(
        [
            "Owls rally past Foxes in overtime",
            "By LINA MORA AP Sports Writer",
            "DENVER (AP) — Sam Cole scored 30 points and the Owls beat the Foxes 118-112 in "
            "overtime on Friday night.",
            "Cole hit a 3-pointer with four seconds left in regulation to force the extra "
            "period, and the Owls scored the first seven points of overtime.",
            "AP NBA: https://apnews.com/hub/nba",
        ]
    )
    ext = extract(text, url="https://www.valleyherald.example/sports/owls-foxes")
    assert ext.paragraphs[-1].startswith("Cole hit a 3-pointer")
    # a label and a link elsewhere is the story's own list
    listed = extract(
        "\n".join([*text.splitlines()[:-1], "Tickets: https://www.owlsbasketball.example/"]),
        url="https://www.valleyherald.example/sports/owls-foxes",
    )
    assert listed.paragraphs[-1] == "Tickets: https://www.owlsbasketball.example/"


def test_a_page_link_to_itself_leaves_the_text(extract):
    text = "\n".join(
        [
            "Neuer Radweg am Fluss eröffnet",
            "Der neue Radweg entlang des Flusses ist am Samstag eröffnet worden. Er verbindet "
            "die Altstadt mit dem Hafen und ist vier Kilometer lang.",
            "Die Stadt hat für den Bau rund zwei Millionen Euro ausgegeben, die Hälfte davon "
            "kam vom Land.",
            "Permalink: https://www.stadtbote.example/lokal/radweg-100.html",
        ]
    )
    ext = extract(text, url="https://www.stadtbote.example/lokal/radweg-100.html")
    assert ext.paragraphs[-1].startswith("Die Stadt hat")
    assert ext.removed["navigation"] == 1


def test_a_japanese_sign_off_over_the_papers_name(extract):
    text = "\n".join(
        [
            "港の花火大会、3年ぶりに開催へ",
            "2026年7月2日 9時15分",
            "市観光協会は1日、港の花火大会を8月に3年ぶりに開催すると発表した。",
            "約1万発を打ち上げる予定で、協会は10万人の来場を見込んでいる。",
            "会場周辺では当日、交通規制が行われる。",
            "（佐藤花子）",
            "東浜新聞社",
        ]
    )
    ext = extract(text)
    assert ext.authors == ["佐藤花子"]
    assert ext.publisher == "東浜新聞社"
    assert ext.paragraphs[-1] == "会場周辺では当日、交通規制が行われる。"


def test_a_chinese_portal_date_line_naming_the_paper(extract):
    text = "\n".join(
        [
            "城南公园改造完成 下月起免费开放",
            "2026年05月06日 08:40 南湖晚报",
            "记者从市园林局获悉，城南公园改造工程已全部完成，将于下月起免费向市民开放。",
            "改造后的公园新增步道3公里，并建成一座儿童游乐场和两处公共卫生间。",
            "园林局表示，公园开放时间为每天早6时至晚10时。",
        ]
    )
    ext = extract(text)
    assert ext.publisher == "南湖晚报"
    assert ext.published_at is not None and ext.published_at.startswith("2026-05-06")
    # an agency named so stays the wire rule's (not the paper's)
    wire = extract(text.replace("南湖晚报", "新华社"))
    assert wire.publisher != "新华社"


def test_a_partner_newsrooms_note_names_the_publisher(extract):
    text = "\n".join(
        [
            "Rural clinics cut hours as doctors retire",
            "By Theo Marsh, Prairie Health Desk",
            "September 9, 2026",
            "Four rural clinics in the county have cut their hours this year because they "
            "cannot replace doctors who retired, according to the county health office.",
            "Patients now drive up to an hour for routine visits, said nurse Ada Quinn, who "
            "has worked at the Millbrook clinic for 20 years.",
            "This story was produced by Prairie Health Desk, a nonprofit newsroom covering "
            "rural health. Sign up for its newsletter here.",
        ]
    )
    ext = extract(text, url="https://www.millbrookcourier.example/news/clinics")
    assert ext.publisher == "Prairie Health Desk"
    assert ext.authors == ["Theo Marsh"]  # the house that made it is no co-writer
    assert ext.paragraphs[-1].startswith("Patients now drive")
    # a study's publisher inside the story is none
    assert ext.removed["read_more"] == 1
    kept = extract(
        text.replace(
            text.splitlines()[-1],
            "This report was published by the state health office, which counted clinics.",
        )
    )
    assert kept.paragraphs[-1].startswith("This report was published")
