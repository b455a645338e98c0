"""Kinds of story the benchmarks hold few of, as plain-text dumps (made up for these tests):
a photo gallery, a video's page, a live blog, a press release, a fact check, a transcript,
a newsletter."""

from __future__ import annotations

from consumer.core.text.byline import without_companies
from consumer.core.text.captions import find_captions
from consumer.core.text.classify import boilerplate_reason


def test_a_gallery_headline_is_no_photo_credit():
    assert boilerplate_reason("Photos: Harvest festival fills the old market square") is None
    assert boilerplate_reason("In pictures: Ferry crews clear ice from the harbour") is None
    # a credit names people and agencies, linked by "and", "for", "via" ...
    assert boilerplate_reason("Photos: Jane Doe and John Roe for The Courier") == "image_credit"
    assert boilerplate_reason("Photo: Jane Doe/Reuters") == "image_credit"
    assert boilerplate_reason("Image: courtesy of the family") == "image_credit"


def test_a_gallery_page_keeps_its_headline(extract):
    text = "\n".join(
        [
            "Photos: Harvest festival fills the old market square - Town Crier",
            "Photos",
            "Photos: Harvest festival fills the old market square",
            "By Town Crier Staff",
            "Oct. 4, 2026",
            "1 / 3",
            "Farmers set out pumpkins and squash on long tables in front of the old town "
            "hall on Saturday morning. (Ann Lee / Town Crier)",
            "2 / 3",
            "A brass band from the high school plays for the crowd beside the fountain "
            "while families line up for cider. (Ann Lee / Town Crier)",
            "3 / 3",
            "Children ride a hay wagon pulled by two horses around the square as the sun "
            "sets behind the church. (Bo Park / Town Crier)",
        ]
    )
    ext = extract(text)
    assert ext.title == "Photos: Harvest festival fills the old market square"
    assert not any(c.endswith("/ 3") for c in ext.captions)  # the pager is no caption
    assert ext.removed["navigation"] >= 3


def test_a_video_page_keeps_its_labelled_headline_and_a_pointer_in_the_story_leaves(extract):
    lead = (
        "Volunteers filmed the old ferry as it was towed out of the harbour for the last time "
        "on Sunday morning, after forty years of service between the two islands."
    )
    closing = "The new ferry enters service next month, the operator said on Monday."
    pointer = "WATCH: Inside the new ferry's engine room"
    text = "\n".join(
        ["WATCH: The old ferry leaves the harbour for the last time", lead, pointer, closing]
    )
    ext = extract(text)
    assert ext.title == "WATCH: The old ferry leaves the harbour for the last time"
    assert ext.paragraphs == [lead, closing]


def test_a_gallery_counter_alone_is_its_pager():
    verdict = find_captions(
        ["1 / 2", "A crowd on the pier at dusk. (Jane Doe / Courier)", "2 / 2", "Boats."]
    )
    assert verdict.counters == {0, 2}
    assert 0 not in verdict.captions and 2 not in verdict.captions


def test_a_live_blog_entry_signed_by_its_writer_does_not_end_the_blog(extract):
    text = "\n".join(
        [
            "Flood watch: Live updates - River Gazette",
            "Flood watch: Live updates",
            "By Gazette Staff",
            "April 2, 2026",
            "The river is expected to crest tonight. Follow along for the latest from our "
            "reporters along the levee and in the shelters.",
            "9:40 p.m.",
            "Levee holds at Mill Street",
            "Crews stacked sandbags along Mill Street for most of the evening, and the "
            "city engineer said the levee was holding.",
            "— Dana Fox",
            "9:05 p.m.",
            "Shelter opens at the high school",
            "The Red Cross opened a shelter in the high school gym for families from the "
            "lower wards.",
            "— Omar Reyes",
            "8:30 p.m.",
            "Bridge closed",
            "The Second Street bridge is closed until further notice.",
            "Load more updates",
        ]
    )
    ext = extract(text)
    assert ext.paragraphs[-1] == "The Second Street bridge is closed until further notice."
    assert "— Omar Reyes" in ext.paragraphs


def test_a_press_release_issuer_is_no_author_and_its_source_line_no_headline(extract):
    text = "\n".join(
        [
            "Northwind Pumps Reports Record Quarter | Release Wire",
            "Northwind Pumps Reports Record Quarter",
            "News provided by",
            "Northwind Pumps, Inc.",
            "Mar 3, 2026, 08:00 ET",
            "DULUTH, Minn., March 3, 2026 /Release Wire/ -- Northwind Pumps, Inc. today "
            "reported record revenue of $41.0 million for its fourth quarter, up 18% from a "
            "year earlier.",
            '"Demand for our irrigation pumps kept growing all year," said chief executive '
            "Lena Park.",
            "The company expects revenue of $170 million to $180 million next year.",
            "SOURCE Northwind Pumps, Inc.",
        ]
    )
    ext = extract(text)
    assert ext.authors == []
    assert ext.related == []
    assert ext.publisher is not None and ext.publisher.startswith("Northwind Pumps")


def test_a_legal_form_split_from_its_company_takes_the_company_with_it():
    assert without_companies(["Northwind Pumps", "Inc."]) == []
    assert without_companies(["Jane Doe", "Acme", "LLC"]) == ["Jane Doe"]
    assert without_companies(["Jane Doe", "John Roe"]) == ["Jane Doe", "John Roe"]


def test_the_publisher_after_the_writer_is_no_author(extract):
    text = "\n".join(
        [
            "Fact check: No, the city did not ban leaf blowers | ClaimCheck",
            "Fact check: No, the city did not ban leaf blowers",
            "By Lena Ortiz, ClaimCheck",
            "Published Nov. 26, 2026",
            "A post shared widely on social media claims that the city council has banned "
            "leaf blowers in every neighbourhood starting next month.",
            "The ordinance passed in June applies only to city crews working in parks, "
            "according to the text of the ordinance and the parks department.",
            "We rate this claim false.",
        ]
    )
    ext = extract(text)
    assert ext.authors == ["Lena Ortiz"]


def test_a_breadcrumb_without_home_is_navigation(extract):
    text = "\n".join(
        [
            "Transcript: Money Talk, Episode 14 | City Radio",
            "Podcasts › Money Talk",
            "Transcript: Money Talk, Episode 14",
            "May 5, 2026",
            "This is a transcript of an episode of Money Talk. It has been lightly edited "
            "for clarity and length by our producers.",
            "ANN BELL, HOST: Welcome back. Rents rose again this spring, and our housing "
            "reporter is here to tell us why that keeps happening in this city.",
            "BELL: Thanks for listening, and see you next week on the show.",
        ]
    )
    ext = extract(text)
    assert "Podcasts › Money Talk" not in ext.paragraphs
    # the page's <title> line of a blog ("Blog Name » Post Title") is not one
    titled = extract("The Odd Notebook » Robots as garden tools\n\n" + "\n".join(ext.paragraphs))
    assert titled.title is not None


def test_a_newsletters_own_notice_is_furniture():
    notice = (
        "You're reading the Morning Brief newsletter. Sign up here to get it in your "
        "inbox every weekday."
    )
    assert boilerplate_reason(notice) == "newsletter"
    assert boilerplate_reason("Sign up here to receive it every Friday.") == "newsletter"
    assert boilerplate_reason("You're reading a story about newsletters and inboxes.") is None


def test_a_portals_source_line_is_a_byline(extract):
    text = "\n".join(
        [
            "Traders protest market tolls - Example Today",
            "Traders protest market tolls",
            "Source: exampletoday.example | Kwame Mensah",
            "30 November 2026",
            "Traders at the old market closed their shops for three hours on Monday to "
            "protest new daily tolls introduced by the city assembly.",
            "The traders' union said the tolls had doubled in a year while the roads around "
            "the market had not been repaired.",
        ]
    )
    ext = extract(text)
    assert ext.authors == ["Kwame Mensah"]
    assert not ext.related
    assert not any(p.startswith("Source:") for p in ext.paragraphs)
    # a fact's source stays what it was
    assert boilerplate_reason("Source: Eurostat") == "image_credit"


def test_a_meteorologist_is_a_role(extract):
    text = "\n".join(
        [
            "Winter storm to bring heavy snow - Metro Weather",
            "Winter storm to bring heavy snow",
            "By Lisa Chen, Meteorologist",
            "December 1, 2026",
            "A winter storm will bring up to a foot of snow to parts of the region from "
            "Tuesday night into Wednesday, forecasters said.",
            "Travel will be difficult during the Wednesday morning commute, and officials "
            "urged drivers to stay home if they can.",
        ]
    )
    assert extract(text).authors == ["Lisa Chen"]


def test_an_obituarys_name_under_its_title_is_no_byline(extract):
    text = "\n".join(
        [
            "Margaret Ellen Hollis, 1938-2026 | Obituaries | Valley Herald",
            "Home Obituaries",
            "Margaret Ellen Hollis",
            "March 2, 1938 - November 24, 2026",
            "Margaret Ellen Hollis, 88, of Cedar Falls, died peacefully at home on Monday, "
            "November 24, 2026, surrounded by her family.",
            "She taught third grade at Lincoln Elementary for 31 years and never missed a "
            "school play.",
        ]
    )
    assert extract(text).authors == []


def test_an_ap_byline_with_its_role_unparted():
    from consumer.core.text.byline import byline_authors

    assert byline_authors("By SAM PARK AP Sports Writer") == ["Sam Park"]
    assert byline_authors("By JANE DOE, AP Business Writer") == ["Jane Doe"]
    # ... and a British paper's, all in capitals
    assert byline_authors("By JANE DOE POLITICAL EDITOR") == ["Jane Doe"]
    assert byline_authors("By JANE DOE CHIEF SCIENCE CORRESPONDENT") == ["Jane Doe"]
    assert byline_authors("By THE FOOD EDITOR") == []


def test_an_obituarys_buttons_are_no_story():
    assert boilerplate_reason("Sign the Guest Book") == "navigation"
    assert boilerplate_reason("View & Sign Guest Book") == "navigation"
    assert boilerplate_reason("Send Flowers") == "navigation"
    assert boilerplate_reason("Sign our guest book") is None  # a site's own guest book


def test_an_obituarys_life_dates_are_not_the_pages_date(extract):
    from consumer.core.text.meta_line import read_meta_line

    assert read_meta_line("March 2, 1938 - November 24, 2026") is None
    assert read_meta_line("Jan. 5, 1941 – Nov. 20, 2026") is None
    # two dates of this century joined by a dash are still read
    assert read_meta_line("March 2, 2026 - March 5, 2026") is not None
    text = "\n".join(
        [
            "Margaret Ellen Hollis, 1938-2026 | Obituaries | Valley Herald",
            "Margaret Ellen Hollis",
            "March 2, 1938 - November 24, 2026",
            "Margaret Ellen Hollis, 88, of Cedar Falls, died peacefully at home on Monday, "
            "November 24, 2026, surrounded by her family.",
            "She taught third grade at Lincoln Elementary for 31 years and never missed a "
            "school play.",
            "Published in Valley Herald on Nov. 27, 2026.",
        ]
    )
    assert extract(text).published_at != "2026-11-24"
