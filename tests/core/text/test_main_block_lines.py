"""Full-page dumps: which short lines stay in the article, and where the article stops."""

from __future__ import annotations

import pytest

from consumer.core.text.joined_copies import joined_copies
from consumer.core.text.mainblock import GOOD, SHORT, line_class, line_features, select_main_block
from consumer.core.text.timestamps import is_relative_time_line

INTRO = [
    "We tested the new trail watch for three weeks on mountain runs, long rides and a few "
    "slow walks with the dog, and we compared it with the two watches it replaces.",
    "The battery is the headline feature: it lasted almost twice as long as the old model "
    "with the satellite receiver on, and it charges fully in a little over an hour.",
]
OUTRO = [
    "The screen is bright enough to read in full sun, although the menus take a while to "
    "learn and some of the settings are buried three levels deep in the companion app.",
    "For most runners it is the best watch of the year, and the price has come down since "
    "the launch, which makes it easier to recommend than it was in the spring.",
]
MENU = ["Home", "Reviews", "Watches", "Phones", "Deals", "Newsletter", "About"]
FOOTER = ["About us", "Contact", "Jobs", "Privacy policy", "Terms of use"]
# A blog's short post (under 400 characters of prose) and its page's head.
OPEN_THREAD_POST = (
    "Another open thread for the morning practice. Keep it civil and have fun out there!"
)
OPEN_THREAD_HEAD = (
    ["Morning practice open thread | Fan Site"],
    MENU,
    ["Morning practice open thread"],
)
SIDEBAR = ["Deals of the week", "Gift guide", "Best phones", "Best laptops", "Podcasts", "Events"]


def _page(*blocks: list[str]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks)


def test_table_rows_and_subheadings_inside_the_article_stay(extract):
    specs = ["Specifications", "Weight: 52 g", "Battery: 38 h", "Screen 1.4 inch", "Price $449"]
    text = _page(["Trail watch review | Gear Lab"], MENU, INTRO, specs, OUTRO, FOOTER)
    ext = extract(text)
    assert ext.paragraphs == INTRO + specs + OUTRO
    assert ext.removed["boilerplate"] >= 5  # the menu and footer words no pattern knows


def test_a_label_ending_in_a_colon_keeps_its_list(extract):
    pros = ["Pros:", "Long battery", "Bright screen", "Light", "Cons:", "Slow menus", "Pricey"]
    text = _page(["Trail watch review | Gear Lab"], MENU, INTRO, pros, OUTRO, FOOTER)
    ext = extract(text)
    assert ext.paragraphs == INTRO + pros + OUTRO


def test_teasers_after_bylines_and_relative_times_are_not_the_article(extract):
    teasers = []
    for n, (headline, byline) in enumerate(
        [
            ("Council approves new cycle lanes on the ring road", "By Ann Lee"),
            ("Museum reopens after two years of repairs", "By Tom Park"),
            ("Storm warning issued for the coast tonight", "By Ann Lee"),
        ]
    ):
        teasers.append([headline, byline, f"{n + 2}H ago"])
        teasers.append(
            [
                "The plan was approved after a long debate in which residents of the "
                "neighbourhood spoke for and against the change for more than three hours."
            ]
        )
    text = _page(["Trail watch review | Gear Lab"], MENU, INTRO, OUTRO, *teasers, FOOTER)
    ext = extract(text)
    assert ext.paragraphs == INTRO + OUTRO
    assert ext.removed["timestamp"] == 3


def test_relative_times_are_told_from_sentences():
    assert is_relative_time_line("7H ago 08:51")
    assert is_relative_time_line("updated 16 minutes ago")
    assert is_relative_time_line("vor 3 Stunden")
    assert is_relative_time_line("il y a 5 min")
    assert is_relative_time_line("2d")  # a news app's card: its age alone ...
    assert is_relative_time_line("Springfield Ledger · 5h")  # ... or after its source
    assert is_relative_time_line("• 2h •")  # ... or between separators
    assert is_relative_time_line("• 3 Std. •")
    assert not is_relative_time_line("3 Std.")
    assert not is_relative_time_line("3M")
    assert not is_relative_time_line("I went there 3 hours ago")
    assert not is_relative_time_line("Today")


def test_comments_closed_line_ends_the_article(extract):
    text = _page(
        ["Trail watch review | Gear Lab"],
        MENU,
        INTRO,
        OUTRO,
        ["Comments are closed."],
        [
            "Our newsletter brings the week's reviews, the best deals and a few stories "
            "from the workshop to your inbox every Friday, and you can leave at any time."
        ],
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs == INTRO + OUTRO
    assert ext.removed["comments"] == 1


def test_a_long_line_without_commas_or_stops_is_a_list_not_prose():
    tags = " ".join(f"Tag{n} watch running gear" for n in range(12))
    assert line_class(line_features(tags)) == SHORT
    # The same number of words in a language without a stop-word list, with punctuation.
    prose = ", ".join(["Kolarz przejechał trasę szybko"] * 11) + "."
    assert line_class(line_features(prose)) != SHORT


def test_a_dated_link_to_the_article_in_a_list_does_not_anchor_it(extract):
    archive = [
        "Trail watch review - 3 October 2024",
        "Best running shoes of the year - 1 October 2024",
        "How we test watches - 28 September 2024",
    ]
    later = [
        "Our archive holds every review we have published since the magazine started, "
        "sorted by the month in which the review first appeared on the site.",
    ]
    text = _page(["Trail watch review"], MENU, INTRO, OUTRO, ["Archive"], archive, later, FOOTER)
    ext = extract(text)
    assert ext.paragraphs == INTRO + OUTRO


def test_a_summary_joining_the_first_paragraphs_goes_as_a_copy(extract):
    summary = " ".join(INTRO)
    text = _page(["Trail watch review | Gear Lab"], MENU, INTRO, OUTRO, FOOTER, SIDEBAR, [summary])
    ext = extract(text)
    assert ext.paragraphs == INTRO + OUTRO
    assert ext.removed["duplicate_paragraph"] == 1


def test_joined_copies_need_two_sources():
    one = "The first sentence of the text is here. The second sentence follows it closely."
    two = "A different line that stands on its own and says something else entirely."
    assert joined_copies([one, two, one + " " + two]) == [2]
    # A plain repeat of one line is the caption stage's business, not a joined copy.
    assert joined_copies([one, one]) == []


def test_a_most_read_header_separates_the_article_from_teasers(extract):
    teaser = (
        "Council approves new cycle lanes on the ring road after a long debate in which "
        "residents spoke for and against the change for more than three hours."
    )
    text = _page(["Trail watch review | Gear Lab"], MENU, INTRO, OUTRO, ["Most read"], [teaser])
    ext = extract(text)
    assert ext.paragraphs == INTRO + OUTRO


def test_short_lines_inside_the_chosen_run_stay():
    prose = INTRO[0]
    texts: list[str | None] = [prose, "Quick look", None, prose, "Home", "News", "Sport"]
    assert select_main_block(texts) == {0, 1, 3}


def test_a_comments_link_above_the_text_does_not_end_it(extract):
    standfirst = (
        "The new trail watch lasts twice as long as the old one, and it is lighter, "
        "brighter and cheaper than the model it replaces in the shops this autumn."
    )
    text = _page(
        ["Trail watch review | Gear Lab"], MENU, [standfirst], ["Comments"], INTRO, OUTRO, FOOTER
    )
    ext = extract(text)
    assert ext.paragraphs[-4:] == INTRO + OUTRO
    assert ext.removed["comments"] == 1


def _paragraph(n: int) -> str:
    return (
        f"In the {n}th stage of the test the watch was worn on a long run through the hills, "
        f"and the track it recorded was compared with a map of the route that we drew by "
        f"hand before the start, so that every error of the receiver could be counted {n} "
        f"times over and written into the table that we kept for each of the watches."
    )


def test_a_long_article_cut_by_a_long_list_keeps_both_parts_and_the_list(extract):
    first = [_paragraph(n) for n in range(1, 10)]
    second = [_paragraph(n) for n in range(20, 24)]
    features = [f"Sensor {chr(65 + n)}" for n in range(24)]  # costs more than `second` earns
    text = _page(["Trail watch review | Gear Lab"], MENU, first, features, second, FOOTER)
    ext = extract(text)
    assert ext.paragraphs == first + features + second


def test_a_box_past_a_wall_of_archive_links_under_the_text_is_not_the_article():
    # A blog post, then its sidebar: categories and an archive's months (short lines that
    # cost far more than the closing box earns, no sentence among them), then a box
    # about the site whose one paragraph scores enough to join as a further run.
    story: list[str | None] = list(INTRO)
    categories = ["Ambient", "Images", "Packaging", "Quotes", "Sounds", "Trends", "Videos"]
    months = [f"{month} {year}" for year in (2011, 2012) for month in ("March", "June", "May")]
    archive = [*categories, "Archive", *months, *SIDEBAR]
    box = (
        "If you found anything interesting on this site and decide to share it with your "
        "friends, please link back to the page where you found it, and tell us what you "
        "thought of it in a line or two, because that is how the site keeps going."
    )
    texts = [*story, *archive, box]
    assert select_main_block(texts) == set(range(len(story)))
    # The same page with the text under its headline's repeat: the box stays out.
    assert select_main_block([None, *texts], anchor=0) == set(range(1, len(story) + 1))
    # A best run above the headline's repeat is a sidebar's box over the story, which may
    # lie past such a wall: the run under it joins as before.
    assert len(texts) - 1 in select_main_block(texts, anchor=len(texts) - 2)


def test_a_story_cut_by_subheadings_and_short_sentences_keeps_its_last_part():
    # Between the runs: subheadings and short lines, but a fifth of them sentences (a
    # how-to's steps): no wall of page furniture, the stretch and the part under it stay.
    topics = ["The music", "The room", "The food", "The flowers", "The cake", "The rings"]
    topics += ["The cars", "The dress"]
    steps: list[str | None] = []
    for topic in topics:
        steps += [topic, "Book it early", "Call them a year ahead."]
    texts: list[str | None] = [*INTRO, *OUTRO, *steps, *OUTRO]
    assert select_main_block(texts) == set(range(len(texts)))
    # The same lines with no sentence among them are a wall: the part under it goes.
    menu = [line.rstrip(".") if line else line for line in steps]
    texts = [*INTRO, *OUTRO, *menu, *OUTRO]
    assert select_main_block(texts) == set(range(len(INTRO) + len(OUTRO)))
    # Sentences without spaces count too: a CJK line's words come from its characters.
    steps = []
    for topic in ["音乐", "房间", "食物", "鲜花", "蛋糕", "戒指", "汽车", "礼服"]:
        steps += [topic, "尽早预订", "最好提前一年打电话给他们。"]
    texts = [*INTRO, *OUTRO, *steps, *OUTRO]
    assert select_main_block(texts) == set(range(len(texts)))
    # Under a label ending in a colon they are the story's own table, one cell a line
    # (past a removed line, its cells cost as short lines do).
    label = OUTRO[-1][:-1] + " in these places:"
    texts = [*INTRO, *OUTRO[:-1], label, *menu[:3], None, *menu[3:], *OUTRO]
    assert select_main_block(texts) == set(range(len(texts))) - {len(INTRO) + len(OUTRO) + 3}


def test_a_separator_keeps_the_stretch_between_two_runs_out():
    prose = _paragraph(1)
    menu: list[str | None] = [f"Item {chr(65 + n)}" for n in range(10)]
    texts = [prose] * 8 + menu[:5] + [None] + menu[5:] + [prose] * 4
    both_runs = set(range(8)) | set(range(19, 23))
    # Without a separator the stretch between the two runs taken joins the text...
    assert select_main_block(texts) == both_runs | (set(range(8, 19)) - {13})
    # ...with one there (a byline or a date, already removed) it does not.
    assert select_main_block(texts, separators=frozenset({13})) == both_runs


def test_a_run_under_a_byline_below_the_text_needs_a_share_of_it_not_a_fixed_amount():
    story = [_paragraph(n) for n in range(1, 21)]  # scores about 6,200
    teaser = [_paragraph(n) for n in range(30, 35)]  # about 1,550: more than 1,000
    menu: list[str | None] = [f"Item {chr(65 + n)}" for n in range(14)]
    gap = [*menu[:7], None, *menu[7:]]
    byline = len(story) + 7
    texts = story + gap + teaser
    story_lines = set(range(len(story)))
    # Under a byline or a date the run is another story's (or a comment): out...
    assert select_main_block(texts, separators=frozenset({byline})) == story_lines
    # ...with no separator it is the text's second part, cut by a list or a table...
    assert select_main_block(texts) == set(range(len(texts))) - {byline}
    # ...and above the text, parted by the byline that heads the text, it stays.
    texts = teaser + gap + story
    above = frozenset({len(teaser) + 7})
    assert select_main_block(texts, separators=above) == set(range(len(texts))) - set(
        range(len(teaser), len(teaser) + len(gap))
    )


def test_a_short_text_under_the_headline_stays_beside_a_longer_block():
    # The headline's repeat (removed), one paragraph under it, a related list (removed: its
    # header is a separator), and a sign-up form whose lines outscore the short text.
    form = [INTRO[1], OUTRO[0], OUTRO[1], INTRO[0]]
    texts: list[str | None] = [*MENU, None, INTRO[0], *[None] * 24, *form, *FOOTER]
    headline, related = len(MENU), len(MENU) + 2
    kept = select_main_block(texts, anchor=headline, separators=frozenset({related}))
    assert headline + 1 in kept
    # Not a photo's caption under the headline (its credit beside it).
    kept = select_main_block(
        texts,
        anchor=headline,
        separators=frozenset({related}),
        captions=frozenset({headline + 2}),
    )
    assert headline + 1 not in kept


def test_a_sidebar_box_above_a_short_post_under_its_headline_goes():
    # A blog's "About me" paragraph above the post's date and headline (prose there counts
    # a tenth) and a short post under them, a list of items: the box outscored the post.
    about = " ".join([INTRO[0], OUTRO[0], OUTRO[1], INTRO[1], INTRO[0], OUTRO[0]])
    items = [
        "- Eighteen prank signs on the underground.",
        "- Thirteen science museum billboards.",
        "- A rejection letter from a very strange club.",
        "- A singer who sings to his cat (adorable).",
    ]
    box = [about, "View my complete profile"]
    texts: list[str | None] = [*MENU, *box, None, None, *items, *FOOTER]
    date, headline = len(MENU) + 2, len(MENU) + 3
    kept = select_main_block(texts, anchor=headline, separators=frozenset({date}))
    assert headline + 1 in kept
    assert len(MENU) not in kept
    # Many paragraphs above the repeat are the text: the repeat is a link to it lower down.
    article = [*INTRO, *OUTRO, INTRO[0]]
    texts = [*MENU, *article, *SIDEBAR, None, *items, *FOOTER]
    headline = len(MENU) + len(article) + len(SIDEBAR)
    kept = select_main_block(texts, anchor=headline)
    assert len(MENU) in kept


def test_a_long_copyright_notice_goes_as_copyright(extract):
    notice = (
        "© 2024 Gear Lab Media, LLC. All rights reserved. Gear Lab is the owner of the Gear Lab "
        "trademarks, and the other names and logos on this site belong to their owners."
    )
    assert len(notice) > 160  # longer than the whole-line boilerplate patterns look at
    text = _page(["Trail watch review | Gear Lab"], MENU, INTRO, OUTRO, [notice], FOOTER)
    ext = extract(text)
    assert ext.paragraphs == INTRO + OUTRO
    assert ext.removed["copyright"] >= 1
    assert ext.removed_chars["copyright"] >= len(notice)


def test_subheadings_listed_in_a_table_of_contents_stay_in_the_text(extract):
    headings = ["Battery and charging", "Screen and menus", "Verdict"]
    toc = ["Table of Contents", *headings]
    body = [
        INTRO[0],
        headings[0],
        INTRO[1],
        headings[1],
        OUTRO[0],
        headings[2],
        OUTRO[1],
    ]
    text = _page(["Trail watch review | Gear Lab"], MENU, toc, body, FOOTER)
    ext = extract(text)
    # The intro is not cut off by the contents list: the copies there are the ones removed.
    assert [p for p in ext.paragraphs if p not in headings] == INTRO + OUTRO
    assert ext.removed["duplicate_caption"] + ext.removed["duplicate_paragraph"] == 3
    # Each heading survives once (a copied short line may read as a caption).
    assert all((ext.paragraphs + ext.captions).count(h) == 1 for h in headings)


def test_follow_and_app_promotion_lines_are_boilerplate():
    from consumer.core.text.classify import boilerplate_reason

    assert boilerplate_reason("Follow Us") == "share"
    assert boilerplate_reason("Instagram") == "share"
    assert boilerplate_reason("Like this story? Share it with a friend!") == "share"
    assert boilerplate_reason("Want more stories like this?") == "share"
    assert boilerplate_reason("CLICK HERE TO GET THE FOX NEWS APP") == "advertisement"
    assert boilerplate_reason("We follow us all the way home.") is None


def test_a_contributed_reporting_line_goes_as_byline(extract):
    credit = "Jane Doe contributed reporting from Geneva."
    text = _page(["Trail watch review | Gear Lab"], MENU, INTRO, OUTRO, [credit], FOOTER)
    ext = extract(text)
    assert ext.paragraphs == INTRO + OUTRO
    assert ext.removed["byline"] == 1


@pytest.mark.parametrize(
    "credit",
    [
        "(Additional reporting by Jane Doe; Editing by Sam Poe)",
        "Additional reporting by Jane Doe in Geneva.",
        "—With assistance from John Roe.",
        "(Updates prices in second paragraph.)",  # a wire desk's note of a new version
        "(With inputs from PTI and Reuters)",  # an Indian paper's agency copy
        "(इनपुट: भाषा)",
        "Edited By: Rahul Verma",
    ],
)
def test_a_credit_for_help_goes_as_byline_and_names_no_author(extract, credit):
    text = _page(["Trail watch review | Gear Lab"], MENU, INTRO, OUTRO, [credit], FOOTER)
    ext = extract(text)
    assert ext.paragraphs == INTRO + OUTRO
    assert ext.removed["byline"] == 1
    assert ext.authors == []


def test_a_media_caption_line_is_a_caption(extract):
    caption = "Media caption The new watch on a mountain trail near the lake"
    text = _page(["Trail watch review | Gear Lab"], MENU, INTRO[:1], [caption], INTRO[1:], OUTRO)
    ext = extract(text)
    assert ext.paragraphs == INTRO + OUTRO
    assert ext.captions == [caption]


def test_numbered_gallery_captions_leave_the_text(extract):
    gallery = [
        "1 of 3 A runner checks the watch at the top of the pass",
        "2 of 3 The watch face in bright sun on the ridge",
        "3 of 3 Charging the watch after a long day on the trail",
    ]
    lone = "1 of 4 runners in the test preferred the older watch, which surprised us all."
    text = _page(["Trail watch review | Gear Lab"], MENU, INTRO, gallery, OUTRO, [lone], FOOTER)
    ext = extract(text)
    assert ext.paragraphs == INTRO + OUTRO + [lone]
    assert ext.captions == [line.split(" ", 3)[3] for line in gallery]


AUTHOR_BIO = (
    "Jane Doe is a senior editor at Gear Lab, where she has tested running watches, "
    "bike computers and other trail gear for the last ten years."
)


def test_an_author_bio_under_the_story_is_not_the_article(extract):
    closing = ["About Jane Doe", AUTHOR_BIO]
    text = _page(["Trail watch review | Gear Lab"], MENU, INTRO, OUTRO, closing)
    ext = extract(text)
    assert ext.paragraphs == INTRO + OUTRO
    assert ext.removed["byline"] == 1


def test_a_bio_under_a_removed_about_header_is_not_the_article(extract):
    # "About the author" leaves as a byline; the bio under it names nobody the page names:
    # with only removed lines between them, the bio is the writer's box, not the text.
    bio = (
        "I started this site because nobody else was testing running watches on real "
        "mountain trails, and I still wear every one of them for a month before I write."
    )
    header = ["About the author", "Mara"]
    ext = extract(_page(["Trail watch review | Gear Lab"], MENU, INTRO, header, [bio], FOOTER))
    assert ext.paragraphs == INTRO
    assert ext.removed["author_bio"] == 1
    # An institution's paragraph under its name (a press release's closing) stays.
    release = ["About Northfield Labs"]
    about = bio.replace("I started this site", "Northfield Labs opened")
    ext = extract(_page(["Trail watch review | Gear Lab"], MENU, INTRO, release, [about], FOOTER))
    assert ext.paragraphs[-1] == about and ext.removed["author_bio"] == 0


def test_an_author_box_under_the_story_is_not_the_article(extract):
    # The writer's name alone on a line, then a bio opening with that name: an author box.
    text = _page(["Trail watch review | Gear Lab"], MENU, INTRO, OUTRO, ["Jane Doe", AUTHOR_BIO])
    ext = extract(text)
    assert ext.paragraphs == INTRO + OUTRO
    assert ext.removed["author_bio"] == 2
    # A closing paragraph that names someone else than the line above it stays.
    other = AUTHOR_BIO.replace("Jane Doe is", "John Roe is")
    ext = extract(_page(["Trail watch review | Gear Lab"], MENU, INTRO, OUTRO, ["Jane Doe", other]))
    assert ext.removed["author_bio"] == 0


def test_an_author_box_with_a_role_and_more_under_it_is_not_the_article(extract):
    # A name line, a role line, a bio opening with the first name, then the site's box:
    # everything from the name line on leaves as the writer's box.
    box = [
        "Mara Quist",
        "Senior Editor, Outdoor",
        "Mara has tested running watches and trail shoes for twelve years and lives in the "
        "hills above a lake with two dogs that run further than she does.",
        "Gear Lab is an independent site that buys every product it tests and takes no "
        "money from the brands it reviews.",
    ]
    ext = extract(_page(["Trail watch review | Gear Lab"], MENU, INTRO, OUTRO, box))
    assert ext.paragraphs == INTRO + OUTRO
    assert ext.removed["author_bio"] == 4
    # A bio in the first person under the name line: the writer introducing themselves.
    mine = ["Mara Quist", "Hi, I'm a trail runner and gear tester, and I write every review here."]
    ext = extract(_page(["Trail watch review | Gear Lab"], MENU, INTRO, OUTRO, mine))
    assert ext.paragraphs == INTRO + OUTRO
    # A section about a person the article names above (a profile's subheading) stays.
    named = [INTRO[0] + " Quist, our tester, wore it every day.", INTRO[1]]
    ext = extract(_page(["Trail watch review | Gear Lab"], MENU, named, OUTRO, box))
    assert ext.paragraphs == named + OUTRO + box
    # A list of people, each under their name, is the article itself.
    other = ["Tom Berle", "Tom Berle " + box[2].removeprefix("Mara ")]
    ext = extract(_page(["Trail watch review | Gear Lab"], MENU, INTRO, other, OUTRO, box))
    assert ext.paragraphs == INTRO + other + OUTRO + box


def test_a_box_about_the_writer_or_the_site_under_the_story_is_not_the_article(extract):
    # "About X" over one closing paragraph that need not name X: the writer's or the
    # site's box under the text.
    box = (
        "Hallo, ich bin Foodbloggerin, Backbuchautorin und seit meiner Kindheit eine "
        "leidenschaftliche Bäckerin, und hier teile ich meine liebsten Rezepte mit euch: "
        "Kuchen, Torten und Brot, alles so erklärt, dass es auch beim ersten Mal gelingt."
    )
    for header in ["Über Kathrin", "About Jane"]:
        ext = extract(_page(["Trail watch review | Gear Lab"], MENU, INTRO, OUTRO, [header], [box]))
        assert ext.paragraphs == INTRO + OUTRO
        assert ext.removed["author_bio"] == 2
    # A subheading that only starts so ("About time, too"), over the last paragraph, stays.
    ext = extract(_page(["Trail watch review | Gear Lab"], MENU, INTRO, ["About time, too"], OUTRO))
    assert ext.paragraphs == [*INTRO, "About time, too", *OUTRO]


def test_a_ranking_numbered_one_after_another_stays_with_its_text(extract):
    names = ["Ana Ruiz", "Ben Okafor", "Chen Wei", "Dora Lind", "Emil Sauer", "Fatou Diop"]
    ranking = [f"{n:02d}. {name}" for n, name in enumerate(names, start=1)]
    comments = [
        "3 comments",
        "The list misses half of the good ones, and the order makes no sense at all to me.",
    ]
    head = ["Die besten Stimmen des Jahres | Musikblog"]
    ext = extract(_page(head, MENU, INTRO + OUTRO, ranking, comments, FOOTER))
    assert ext.paragraphs == INTRO + OUTRO + ranking
    # Numbers out of order count nothing: a numbered menu is no ranking.
    shuffled = [f"{n}. {name}" for n, name in zip([1, 3, 2, 5, 4, 6], names, strict=True)]
    ext = extract(_page(head, MENU, INTRO + OUTRO, shuffled, comments, FOOTER))
    assert ext.paragraphs == INTRO + OUTRO


def test_a_sentence_with_a_short_note_after_its_stop_ends_like_a_sentence():
    for line in [
        "正是有了每一位普通人的坚持，这座城市才挺了过来！（评论员 李明 王芳）",
        "Die Gemeinde will das Freibad im nächsten Sommer wieder öffnen. (dpa)",
        "The company said it would cut 300 jobs by the end of the year. (Reuters)",
    ]:
        assert line_features(line).ends_sentence, line
    # A photo credit in brackets is no note of the text's.
    credit = "Der Fuchs ist im Winter gut getarnt. (jroe / Stockfotos.com)"
    assert not line_features(credit).ends_sentence


def test_a_label_ending_in_a_colon_above_the_text_introduces_it():
    texts = [*MENU, "Die Leitsätze des Gerichts:", *INTRO, *OUTRO, *FOOTER]
    label = len(MENU)
    assert label in select_main_block(texts)
    # On a page flattened onto one line a piece ending in a colon is no line of the page.
    assert label not in select_main_block(texts, flattened=True)


def test_dated_teasers_under_the_article_go_but_a_dateline_opens_it(extract):
    teasers = [
        "02.03.2024 - Laufen: Die neue Uhr im Dauertest Wir haben die Uhr drei Monate lang "
        "getragen und sind mit ihr bei jedem Wetter durch den Wald gelaufen.",
        "28.02.2024 - Radfahren: Akku im Winter Warum der Akku im Winter schneller leer ist, "
        "als viele denken, und was man dagegen tun kann, wenn es draußen friert.",
        "21.02.2024 - Wandern: Die besten Routen Die schönsten Wege im Mittelgebirge für "
        "Einsteiger und Familien, mit allen Karten und Tipps für die Anreise.",
    ]
    head = ["Trail watch review | Gear Lab"]
    ext = extract(_page(head, MENU, INTRO + OUTRO, teasers, FOOTER))
    assert ext.paragraphs == INTRO + OUTRO
    dateline = "04.03.2024 - " + INTRO[0]
    ext = extract(_page(head, MENU, [dateline, INTRO[1], *OUTRO], FOOTER))
    assert ext.paragraphs == [dateline, INTRO[1], *OUTRO]


def test_teasers_cut_short_go_but_a_trailing_thought_stays(extract):
    teasers = [
        "Marsala, Terrakotta und Curry sind die Farben dieses Herbstes, und zwar am besten "
        "alle zusammen in einem Raum! Die neuen…",
        "Lila wird geliebt, Lila wird gehasst und Lila wird verspottet, doch in diesem Jahr "
        "kommt niemand an der Farbe vorbei. Der einen…",
        "Warum wir im Winter mehr Kerzen anzünden und was das mit unserer Stimmung zu tun "
        "hat, erklärt eine Psychologin im Gespräch über...",
        "Action : gouache sur la façade et banderole géante sur le siège de la banque, "
        "retour en images sur la journée (...)",
    ]
    thought = (
        "Ob die Uhr auch den nächsten Winter übersteht, werden wir sehen, aber bis jetzt "
        "sieht es gut aus und wir sind gespannt…"
    )
    head = ["Trail watch review | Gear Lab"]
    furniture = ["Teilen", "Drucken", "Mehr Wohnideen"]
    ext = extract(_page(head, MENU, [*INTRO, *OUTRO, thought], furniture, teasers))
    assert ext.paragraphs == [*INTRO, *OUTRO, thought]


def test_a_writer_who_trails_off_around_a_whole_paragraph_keeps_all_three():
    # Two cut lines three lines apart, but a paragraph ending in a full stop between them:
    # a writer's trailing thoughts around the text, no list of teasers.
    opening = "Der Nebel lag schwer über dem Hafen und schwieg…"
    closing = (
        "Wenn der Nebel eine Stunde früher gekommen wäre, hätte ich die Fähre gar nicht mehr "
        "gesehen, und das Foto wäre noch besser geworden…"
    )
    label = "Angefangen hatte es mit einem Spaziergang:"
    middle = (
        "Für ein Foto aus der freien Hand sieht das ganz ordentlich aus, auch wenn die Lichter "
        "am Ufer etwas unscharf sind und der Himmel rauscht."
    )
    texts = [*MENU, "Hafen im Nebel", opening, label, middle, closing, *FOOTER]
    kept = select_main_block(texts, anchor=len(MENU))
    assert {texts[i] for i in kept} >= {opening, middle, closing}
    # Teasers with a headline between them (a question, no full stop) stay a list.
    teasers = [
        "Marsala, Terrakotta und Curry sind die Farben dieses Herbstes, und zwar am besten "
        "alle zusammen in einem Raum! Die neuen…",
        "Welche Farben tragen wir im Winter, und warum passen sie zu dunklen Möbeln im Raum?",
        "Lila wird geliebt, Lila wird gehasst und Lila wird verspottet, doch in diesem Jahr "
        "kommt niemand an der Farbe vorbei. Der einen…",
    ]
    texts = [*MENU, *INTRO, *OUTRO, *FOOTER[:2], *teasers, *FOOTER[2:]]
    kept = select_main_block(texts)
    assert {texts[i] for i in kept} == set(INTRO + OUTRO)


def test_a_flattened_pages_teaser_list_goes_with_the_sentences_before_each_cut():
    # On a page flattened onto one line each teaser (headline, then its summary cut
    # short) is cut at its sentence ends: only its last piece ends "...".
    teasers = [
        "Harbour ferry returns on Friday after the pontoon repairs PORT ELLIS: The ferry "
        "between Port Ellis and Bayside runs again from Friday, the harbour authority said.",
        "The first boat leaves at six in the morning and the crossing takes about...",
        "Council approves the new cycle lanes on the coast road BAYSIDE: The council voted "
        "on Tuesday to build two new cycle lanes along the whole of the coast road.",
        "Work starts in the spring and should be done by...",
        "School reopens after the storm damage is repaired BAYSIDE: The primary school on "
        "Hill Street opens again on Monday after three weeks of building work inside.",
        "Parents were told in a letter that...",
    ]
    texts = [*MENU[:2], *INTRO, *OUTRO, *teasers, *teasers, *FOOTER]
    kept = select_main_block(texts, flattened=True)
    assert sorted(texts[i] for i in kept) == sorted(INTRO + OUTRO)
    # Two cuts four pieces apart are a writer's trailing thoughts: all of it stays.
    thoughts = [INTRO[0][:-1] + "...", INTRO[1], *OUTRO, OUTRO[0][:-1] + "..."]
    kept = select_main_block([*MENU[:2], *thoughts, *FOOTER], flattened=True)
    assert kept == {2, 3, 4, 5, 6}


def test_a_flattened_pages_piece_of_capitalised_words_only_is_no_sentence():
    # Menu items run together up to a stop ("William A."): no lower-case word, no prose.
    menu = "Companies Opinion Columnists Sadanand Dhume James Freeman William A."
    question = "What Is The Best Trail Watch Of The Year?"  # the text's subheading
    names = "Port Ellis, Bayside, Hill Town, Coast Road And North Bay."  # listed in it
    texts = [menu, *INTRO, question, names, *OUTRO, *FOOTER]
    assert select_main_block(texts, flattened=True) == set(range(1, 7))
    assert 0 in select_main_block(texts)  # on a page of lines it ends a sentence


def test_the_text_opens_under_its_headline_and_date_before_a_costly_stretch(extract):
    # A blog post's first paragraph, then a quoted verse (short lines that cost more than
    # the paragraph scores), then the rest: the opening paragraph is the article's.
    opening = "Die Antwort kam schnell, und sie fiel deutlicher aus, als viele erwartet hatten."
    verse = ["Zwischen den Zeilen", "„Der Wind dreht sich", "Und keiner hört zu", "Nicht mehr"]
    verse += ["Nicht heute, nicht morgen“", "Die Reaktion"]
    head = ["Die Antwort auf den Seitenhieb | Rapblog", *MENU]
    header = ["Die Antwort auf den Seitenhieb", "6. November 2023"]
    ext = extract(_page(head, header, [opening], verse, INTRO + OUTRO, FOOTER))
    assert ext.paragraphs[0] == opening
    assert ext.paragraphs[-4:] == INTRO + OUTRO
    # With page furniture between (a share bar), the prose above it is no part of the text.
    share = ["Teilen auf Facebook"]
    ext = extract(_page(head, header, [opening], share, verse, INTRO + OUTRO, FOOTER))
    assert opening not in ext.paragraphs


def test_a_sentence_closed_by_a_german_or_french_quotation_mark_ends():
    # German quotes close with the mark English opens with („...“), German chevrons the
    # other way round (»...«); the sentence's stop stands inside them.
    for line in [
        "„Ich weiß, ich bin müde und sollte das vielleicht nicht mehr sagen.“",
        "»Wir fangen morgen früh mit dem neuen Plan an und bleiben dabei.«",
        "Sie sagte nur: ‚Das machen wir bald wieder, ganz bestimmt.‘",
    ]:
        features = line_features(line)
        assert features.ends_sentence and features.ends_full_stop, line
        assert line_class(features) != SHORT, line


def test_a_danda_ends_a_sentence():
    # Hindi, Bengali, Marathi and Nepali end their sentences with "।"; with no stop-word
    # list for them, a long line reads as prose by its ending.
    hindi = (
        "नगर परिषद ने सोमवार को बंदरगाह की नई योजना पर चर्चा की और कहा कि नौका सेवा शुक्रवार से "
        "फिर से शुरू होगी, क्योंकि इंजीनियरों ने दो पुराने पोंटून बदल दिए हैं और रैंप को नया बनाया है।"
    )
    features = line_features(hindi)
    assert features.ends_sentence and features.ends_full_stop
    assert line_class(features) != SHORT


def test_the_text_opens_under_a_date_line_where_no_headline_is_repeated(extract):
    # The page shows no copy of its title above the text: the date line heads it.
    opening = "Die Antwort kam schnell, und sie fiel deutlicher aus, als viele erwartet hatten."
    verse = ["Zwischen den Zeilen", "„Der Wind dreht sich", "Und keiner hört zu", "Nicht mehr"]
    verse += ["Nicht heute, nicht morgen“", "Die Reaktion"]
    archive = [f"Archiv {month} 2023" for month in ("Januar", "Februar", "März", "April")]
    head = ["Rapblog – Neues aus der Szene", *MENU, *SIDEBAR, *FOOTER, *archive]
    ext = extract(_page(head, ["6. November 2023"], [opening], verse, INTRO + OUTRO, FOOTER))
    assert ext.paragraphs[0] == opening
    assert ext.paragraphs[-4:] == INTRO + OUTRO


def test_a_formula_or_a_sentence_with_an_equals_sign_is_still_text():
    # Code scores nothing (a script's source); a formula's source and prose that uses "="
    # or a web address's "//" do not read as code.
    formula = (
        "The similarity of x i {\\displaystyle x_{i}} to x j {\\displaystyle x_{j}} is the "
        "conditional probability p j | i {\\displaystyle p_{j|i}} that one picks the other."
    )
    prose = (
        "The rule of thumb is simple: speed = distance / time, and the calculator at "
        "https://example.org/speed does the rest for anyone who is in a hurry on race day."
    )
    code = (
        "var tip = document.all ? document.all['tip'] : null; if (tip && ok) { tip.style.width "
        "= w + 'px'; return false; } // show it if the mouse is on it"
    )
    kept = select_main_block([formula, prose, code])
    assert kept == {0, 1}


def _thread_start(lines: list[str]) -> int | None:
    from consumer.core.text.mainblock import _signed_thread_start

    classes: list[str | None] = [line_class(line_features(line)) for line in lines]
    return _signed_thread_start(list(lines), classes)


def test_names_over_comments_open_a_thread_but_labelled_or_split_lines_do_not():
    comment = "I read this twice and I still think the council made the right call on this one."
    names = ["Dana McMahan", "leighshulman", "Karen Reyburn", "Robert C"]
    assert _thread_start(["Intro paragraph."] + [x for n in names for x in (n, comment)]) == 1
    # Fields of a reference list under its entries' names ("Sulfur" / "Deficiency: ...").
    labelled = "Deficiency: the young leaves turn yellow first and the whole plant stays small."
    assert _thread_start([x for n in names for x in (n, labelled)]) is None
    # A sentence split at its quoted words, as a dump of one text node per line writes it.
    split = "» in the social sciences, and the Americans seem to go on with it to this day."
    assert _thread_start([x for n in names for x in (n, split)]) is None


def test_two_names_after_their_writers_web_addresses_open_a_thread():
    # A comment widget links each name to its writer's site: "http://x.com Dana", two such
    # entries suffice; a site's words taken up in the comment do not make it a subheading.
    comment = "I read this twice and I still think the council made the right call on this one."
    # A smiley after the comment's first words is no label of a reference list's field.
    answer = "Good question:-) The council's conversation with the shops went on for weeks."
    lines = ["Intro paragraph.", "http://danaswebsite.com/ danamc", comment]
    lines += ["http://www.conversations.com Karen Reyburn", answer]
    assert _thread_start(lines) == 1
    # Names alone need four entries, one of them a handle.
    named = ["Intro paragraph.", "Dana McMahan", comment, "Karen Reyburn", answer]
    assert _thread_start(named) is None


def test_a_thread_whose_authors_name_lines_went_as_duplicates_still_opens():
    # The post's author answers under one name each time: those name lines were removed
    # (None), and a reply that greets the reader by name is no part of the comment above.
    def thread_start(lines: list[str | None]) -> int | None:
        from consumer.core.text.mainblock import _signed_thread_start

        classes = [None if x is None else line_class(line_features(x)) for x in lines]
        return _signed_thread_start(lines, classes)

    comment = "I read this twice and I still think the council made the right call on this one."
    lines: list[str | None] = ["Intro paragraph."]
    for name in ("Dana McMahan", "leighshulman", "Karen Reyburn", "Robert C"):
        first = name.split()[0]
        lines += [name, comment, None, f"Thanks {first}, I hope the council reads this too."]
    assert thread_start(lines) == 1


def test_a_comments_header_after_a_short_text_under_its_headline_ends_it(extract):
    # A post of one short paragraph (under 400 characters of prose), then the thread's header
    # and its display options standing apart from the rest.
    post = OPEN_THREAD_POST
    comment = (
        "I was there this morning and the new receivers looked sharp in the drills, although "
        "the second team struggled a bit with the heat and the pace of the practice today."
    )
    text = _page(
        *OPEN_THREAD_HEAD,
        ["by Jane Roe on Aug 9, 2012"],
        [post],
        ["Comments", "Display: Expanded Collapsed"],
        [comment],
        [comment.replace("second", "third")],
        FOOTER,
    )
    assert extract(text).paragraphs == [post]


def test_a_dated_thread_under_its_count_ends_a_short_text(extract):
    # The count header sits under the post's prev/next links (removed lines), and each entry
    # names its writer on the line above "Posted <date> | Permalink".
    post = OPEN_THREAD_POST
    comments = [
        "I was there this morning and the new receivers looked sharp in the drills, although "
        "the second team struggled a bit with the heat and the pace of the practice today.",
        "The kicker looked good from forty yards out, but he missed two of his three tries "
        "from fifty, and the wind was not that strong this morning, so that is a worry.",
        "Great to see the rookies get so many snaps with the first team in the red zone, "
        "the coaches clearly want to find out what they have before the first game.",
    ]
    thread = [["3 Comments"]]
    for k, (name, comment) in enumerate(zip(["Tom", "kaylee", "Marc Roux"], comments, strict=True)):
        thread += [[name, f"Posted August 9, 2012 at {k + 9}:14 am | Permalink"], [comment]]
    text = _page(
        *OPEN_THREAD_HEAD,
        ["by Jane Roe | Published: August 9, 2012"],
        [post],
        ["« Older post", "Newer post »"],
        *thread,
        FOOTER,
    )
    assert extract(text).paragraphs == [post]


def test_a_comment_form_after_a_short_text_under_its_headline_ends_it(extract):
    # The form's header among its other lines ("Cancel reply", "Name *"): those are no
    # page furniture that would make the header a share bar's count link.
    post = OPEN_THREAD_POST
    about = (
        "Fan Site is written by Jane Roe, who has followed the team for twenty years and "
        "reported on every training camp since the old stadium was torn down in the spring."
    )
    text = _page(
        *OPEN_THREAD_HEAD,
        ["by Jane Roe on Aug 9, 2012"],
        [post],
        ["Cancel reply"],
        ["Leave a Comment"],
        ["Name *"],
        ["Website"],
        [about],
        [about.replace("twenty", "thirty")],
        FOOTER,
    )
    assert extract(text).paragraphs == [post]


def test_a_comments_link_beside_the_byline_does_not_end_a_short_text(extract):
    post = OPEN_THREAD_POST
    text = _page(
        *OPEN_THREAD_HEAD,
        ["by Jane Roe on Aug 9, 2012", "Comments"],
        [post],
        INTRO,
        FOOTER,
    )
    assert extract(text).paragraphs == [post, *INTRO]


def test_a_comments_link_between_a_standfirst_and_the_text_does_not_end_it(extract):
    standfirst = "We ran it for three weeks on trails, roads and a few slow walks with the dog."
    text = _page(
        ["Trail watch review | Gear Lab"],
        MENU,
        ["Trail watch review"],
        ["By Sam Poe", "March 4, 2024"],
        [standfirst],
        ["Comments"],
        INTRO,
        OUTRO,
        FOOTER,
    )
    assert extract(text).paragraphs[-4:] == INTRO + OUTRO


def test_comments_headed_by_their_writers_lines_end_the_article(extract):
    # A thread whose entries open with "Name says:" or "by name (id) writes:" and no header
    # above it: the first such line ends the text.
    comment = (
        "I read this twice and I still think they made the right call on the battery, even if "
        "the menus are a pain; my old watch lasted half as long on the same runs in the hills."
    )
    text = _page(
        ["Trail watch review | Gear Lab"],
        MENU,
        ["Trail watch review"],
        INTRO + OUTRO,
        ["Dana McMahan says:", comment],
        ["by quietreader (12345) writes: on Tuesday July 24, @09:07AM", comment + " Really."],
        ["Robert C says:", comment + " Yes."],
        FOOTER,
    )
    assert extract(text).paragraphs[-4:] == INTRO + OUTRO


def test_a_single_quote_opened_by_a_says_line_stays():
    from consumer.core.text.mainblock import _said_thread_start

    assert _said_thread_start(["The minister says:", "It will be done by May.", "More."]) is None
    assert _said_thread_start(["JC Says:", "One.", "Ann wrote:", "Two."]) == 0
    # Blogger's "Name said..." over each comment; a quote's "He said..." names nobody.
    assert _said_thread_start(["Intro.", "Jennifer said...", "One.", "Matt said…", "Two."]) == 1
    assert _said_thread_start(["He said...", "One.", "They said...", "Two."]) is None
    # A product test's quotes, each opened by a line of its own on a page cut at sentences.
    assert _said_thread_start(["One tester said:", "Great.", "One tester said:", "Fine."]) is None


def test_a_story_packed_with_its_header_lines_wins_over_the_comments_under_it():
    # The story shares its block with its headline and byline; the thread under it has
    # many comments, each a block of its own (its writer's line over it): the page is not
    # judged airy by its comments.
    story = (
        "Score another point for sensible judges: the judge wants to know why this dispute "
        "over wireless patents has not gone to mediation first, and she has said so in court."
    )
    comment = (
        "I read this twice and I still think the judge made the right call on the mediation, "
        "even if the lawyers will hate it; nobody wins a patent war that runs for ten years."
    )
    texts: list[str | None] = [
        "Judge calls patent battles ridiculous",
        "Posted by editor on Tuesday",
        story,
        story.replace("judges", "courts"),
        story.replace("judges", "judgments"),
    ]
    blocks = [0, 0, 0, 0, 0]
    for k in range(12):
        entry = [comment.replace("ten", f"{k + n} and {n}") for n in (2, 3, 4)]
        texts += [f"by reader{k} ({1000 + k}) writes:", *entry]
        blocks += [len(blocks) + n for n in range(4)]
    kept = select_main_block(texts, blocks=blocks)
    assert kept == {2, 3, 4}


def test_a_long_comment_under_a_dated_thread_does_not_come_back(extract):
    # Comments headed by a name and a date: the thread ends the text, and a long comment
    # (a tenth of its weight under the thread's start) does not join it as a further run.
    comment = (
        "I read this twice and I still think they made the right call on the battery, even if "
        "the menus are a pain; my old watch lasted half as long on the same runs in the hills."
    )
    long_comment = [comment.replace("twice", f"{n} times") for n in range(3, 30)]
    text = _page(
        ["Trail watch review | Gear Lab"],
        MENU,
        ["Trail watch review"],
        INTRO + OUTRO,
        ["Dana Hill 03.04.24 at 9:14 am", comment],
        ["quietreader 03.04.24 at 10:02 am", comment + " Really."],
        ["Robert C 03.05.24 at 7:45 pm", *long_comment],
        FOOTER,
    )
    assert extract(text).paragraphs == INTRO + OUTRO


def test_a_front_page_keeps_its_posts_under_their_comments_links():
    # Posts each closed by a comments link, no thread of entries under it: a long post
    # under the first link still joins as a further run; under an entry's heading line
    # the same lines are a comment and leave.
    long_post = (INTRO + OUTRO) * 5
    texts: list[str | None] = [*INTRO, *OUTRO, None, *MENU[:2], *long_post, None]
    second = set(range(7, 7 + len(long_post)))
    assert second <= select_main_block(texts, barriers=frozenset({4, 27}))
    kept = select_main_block(texts, barriers=frozenset({4, 27}), entries=frozenset({6}))
    assert kept == {0, 1, 2, 3}


def test_share_buttons_under_the_story_end_it():
    prose = _paragraph(1)
    menu: list[str | None] = [f"Item {chr(65 + n)}" for n in range(20)]
    # The headline's repeat (removed), the story, menus, the story's share buttons
    # (removed), menus, then a sidebar's prose: a further run of its own.
    texts = [None] + [prose] * 8 + menu[:10] + [None] + menu[10:] + [prose] * 4
    story, buttons, sidebar = set(range(1, 9)), 19, set(range(30, 34))
    assert sidebar <= select_main_block(texts, anchor=0)
    kept = select_main_block(texts, anchor=0, toolbars=frozenset({buttons}))
    assert kept == story
    # A date between the story and the buttons: they belong to the next story.
    texts[11] = None
    kept = select_main_block(texts, anchor=0, toolbars=frozenset({buttons}), heads=frozenset({11}))
    assert sidebar <= kept
    # No headline's repeat: the best run may be a teaser above the story and its buttons.
    assert sidebar <= select_main_block(texts, toolbars=frozenset({buttons}))


LONG_COMMENT = [
    "I was at the morning practice too and the new receivers looked sharp in the drills, "
    "although the second team struggled with the heat and the pace of the sessions today.",
    "What worries me more is the line: two starters sat out again, the backups were pushed "
    "around all morning, and nobody on the staff would say when the starters are coming back.",
    "If that is still the case in two weeks, the opener will be a long afternoon for everyone "
    "who bought a ticket, and I say that as someone who has had a season ticket for years.",
]


def test_a_long_comment_under_a_short_post_does_not_come_back(extract):
    # A post of one short paragraph, the thread's count link standing apart, then two
    # entries (a name and a date over each comment): the second, long comment had come
    # back as a further run.
    post = OPEN_THREAD_POST
    text = _page(
        *OPEN_THREAD_HEAD,
        ["by Jane Roe on Aug 9, 2012"],
        [post],
        ["{ 1 trackback }"],
        ["Camp opens on Friday | Other Fan Blog", "08.09.12 at 15:54"],
        ["{ 2 comments… read them below or add one }"],
        ["1"],
        ["Nathan 08.09.12 at 21:35"],
        ["Nice, thanks for the thread. The heat will be a problem all week long, I think."],
        ["2"],
        ["Mike 08.09.12 at 22:07"],
        LONG_COMMENT,
        ["Leave a Comment"],
        FOOTER,
    )
    assert extract(text).paragraphs == [post]


def test_a_comments_link_among_the_story_tools_keeps_the_story_under_it(extract):
    post = OPEN_THREAD_POST
    text = _page(
        *OPEN_THREAD_HEAD,
        ["by Jane Roe on Aug 9, 2012"],
        [post],
        ["Loading..."],
        ["Comments"],
        ["Weigh In", "Corrections?"],
        ["Personal Post"],
        INTRO,
        OUTRO,
        ["Comments"],
        ["Add your comment"],
        FOOTER,
    )
    assert extract(text).paragraphs[-4:] == INTRO + OUTRO


def test_a_box_under_the_copyright_notice_is_not_the_text(extract):
    # The site's "About" box under the footer's notice: a run of prose of its own, far
    # from the story (a menu between), scoring more than half of the story's.
    about = (
        "Gear Lab looks at the fast-changing world of sports watches, with a focus on the "
        "runners, riders and walkers who use them, and on how the watches are made and sold."
    )
    text = _page(
        ["Trail watch review | Gear Lab"],
        MENU,
        ["Trail watch review"],
        ["By Sam Poe", "March 4, 2024"],
        INTRO,
        SIDEBAR,
        FOOTER,
        ["© 2024 Gear Lab. All rights reserved."],
        [about],
    )
    assert extract(text).paragraphs == INTRO


def test_share_buttons_inside_the_best_run_close_the_story(extract):
    # A box under the story's buttons (its product's description), with only a few
    # short lines between: one run with the story, cut at the buttons.
    description = (
        "The trail watch is the maker's new flagship for runners and riders, with a satellite "
        "receiver, a heart rate sensor, maps of every country and a battery that lasts for weeks. "
        "It comes in two sizes and three colours, and the maker sells straps, chargers and a "
        "bike mount for it in its own shops and online."
    )
    text = _page(
        ["Trail watch review | Gear Lab"],
        MENU,
        ["Trail watch review"],
        ["by Sam Poe on Mar 4th 2024 8:00PM"],
        INTRO + OUTRO,
        ["Source: Gear Lab"],
        ["Share"],
        ["Trail watch info"],
        ["Description"],
        [description],
        FOOTER,
    )
    assert extract(text).paragraphs == INTRO + OUTRO


def test_share_buttons_under_a_standfirst_do_not_cut_the_story_under_them(extract):
    standfirst = "We ran it for three weeks on trails, roads and a few slow walks with the dog."
    text = _page(
        ["Trail watch review | Gear Lab"],
        MENU,
        ["Trail watch review"],
        [standfirst],
        ["Share", "Tweet this", "Email"],
        INTRO + OUTRO,
        FOOTER,
    )
    assert extract(text).paragraphs[-4:] == INTRO + OUTRO


def test_short_bulleted_items_between_prose_stay_in_the_text():
    story = [_paragraph(n) for n in range(1, 7)]
    items: list[str | None] = [
        "- Build trust",
        "- Find a voice",
        "Kinds of writing",
        "- Guest posts",
        "- Case studies",
        "- Web copy",
        "- Product names",
    ]
    closing = (
        "That is only a glimpse of the work, but it shows what a few well chosen words do "
        "for a small firm that has to win the trust of its readers before it sells them anything."
    )
    menu: list[str | None] = ["- Home", "- News", "- Blogs", "- About us", "- Contact us"]
    texts = story + items + [closing] + menu
    # The list framed by the text's prose costs nothing: the closing paragraph joins.
    assert select_main_block(texts) == set(range(len(story) + len(items) + 1))
    # Bulleted menu entries with no prose under them stay out.
    assert select_main_block(story + menu) == set(range(len(story)))
    # Under a removed header (a share bar's) the items are its buttons, not the text's.
    shared = [*story, None, *items, closing, *menu]
    assert select_main_block(shared) == set(range(len(story)))


def test_a_tags_line_under_the_story_ends_it(extract):
    # The story's tags line, then the sidebar: headlines of other stories and two promos
    # long enough to carry the run across the headlines. The tags close the story as its
    # share buttons would.
    promos = [
        "Sign up for our weekly letter and get the best of the week's reviews, the deals we "
        "found and the gear our testers could not stop using, every Friday morning.",
        "Our buying guides are written by testers who use every product for at least a month "
        "on real trails, in real weather, before they say a word about it to anyone.",
    ]
    headlines = [
        "Ten running shoes we tested on trails",
        "The best rain jackets for the hills",
        "How we test bike computers on the road",
        "Five watches with the longest battery life",
    ]
    # The label may stand alone over its tags, one a line ("Topics:", "Tags:").
    for tags in [
        ["Tags: Watches, Trail running, Reviews"],
        ["Filed under: Watches"],
        ["Topics:", "Watches,", "Trail running", "Tags:", "GPS watches,", "Battery life"],
    ]:
        text = _page(
            ["Trail watch review | Gear Lab"],
            MENU,
            ["Trail watch review"],
            INTRO + OUTRO,
            tags,
            headlines,
            promos,
            FOOTER,
        )
        assert extract(text).paragraphs == INTRO + OUTRO


def test_lines_of_scripts_without_word_spaces():
    # Thai writes no space between words: a sentence is one long run of letters.
    sentence = "กรมอุตุนิยมวิทยาเตือนว่าฝนจะยังตกหนักต่อเนื่องจนถึงสุดสัปดาห์นี้"
    phrases = "นายกรัฐมนตรีกล่าวว่า รัฐบาลจะเร่งจ่ายเงินช่วยเหลือให้ถึงมือประชาชน"
    assert line_class(line_features(sentence)) != SHORT
    assert line_class(line_features(phrases)) != SHORT
    assert line_class(line_features("หน้าแรก")) == SHORT  # a menu item


def test_an_intro_above_a_table_of_contents_opens_the_text(extract):
    # A tutorial's intro under its headline, a line announcing the contents, the contents
    # (copies of the subheadings below: removed), a short lead-in and the first section.
    headings = [
        "Sample data for the examples",
        "Example 1: Resize every label at once",
        "Example 2: Resize only the axis labels",
        "Example 3: Resize only the legend",
    ]
    intro = "In this tutorial, I will show how to make the labels of a chart larger or smaller."
    sections = [
        "We will use a small chart of three groups as the basis of every example below, and "
        "we first build the table that holds its values and the names of its groups.",
        "In the first example all labels grow at once: one setting of the chart's theme "
        "changes every text element, from the title down to the numbers on the axes.",
        "The second example changes the axis labels alone and leaves the title and the "
        "legend as they were, which is what most people want for a printed report.",
        "The last example makes the legend smaller, which helps when the chart is narrow "
        "and the names of the groups would otherwise take up half of its width.",
    ]
    body = [x for pair in zip(headings, sections, strict=True) for x in pair]
    text = _page(
        ["Chart label sizes | Stats Help"],
        MENU,
        ["Chart label sizes"],
        [intro],
        ["The tutorial has these parts:"],
        headings,
        ["Let's start:"],
        body,
        FOOTER,
    )
    ext = extract(text)
    assert ext.paragraphs[0] == intro
    assert sections[-1] in ext.paragraphs


def test_prose_under_a_table_of_contents_keeps_the_paragraph_above_it_out():
    # A writer's bio, a table of contents (removed copies), then an ad's prose before the
    # text: the bio is no intro of the text.
    bio = "Jane Roe is a developer and writer who likes open source and long walks in the hills."
    ad = "Our monitoring service watches every session and shows you what your users struggle with."
    texts: list[str | None] = [
        *MENU,
        None,
        bio,
        "Table of contents",
        None,
        None,
        None,
        ad,
        "Learn more",
        *INTRO,
        *OUTRO,
        *FOOTER,
    ]
    headline = len(MENU)
    contents = frozenset({headline + 3, headline + 4, headline + 5})
    kept = select_main_block(texts, anchor=headline, heads=frozenset({headline}), contents=contents)
    assert headline + 1 not in kept
    assert texts.index(INTRO[0]) in kept


def test_long_headlines_in_title_case_are_no_prose():
    # A list of other stories under the article: each headline long enough to read as a
    # sentence, but written in title case with no full stop.
    headlines = [
        "Witness One Woman's Slow Descent Into Madness as Her Coworkers Keep Stealing Her Lunch",
        "You Might Hear That the Mayor Is Retiring, But Never That He Has Already Left Town",
        "Which Towns Are Getting the Worst of the Storm This Weekend? An Analysis of the Maps",
        "Woman Who Found a Lost Dog in the Snow Is Now Looking for Its Owners Across the State",
    ]
    texts: list[str | None] = [*MENU, None, *INTRO, *OUTRO, *headlines, *FOOTER]
    kept = select_main_block(texts, anchor=len(MENU))
    assert texts.index(OUTRO[1]) in kept
    assert not any(texts.index(h) in kept for h in headlines)
    # A sentence about a person with a lower-case verb is prose, and so is German, which
    # capitalises its nouns only.
    bio = "Jane Roe is Archive Manager at the Institute of Chartered Accountants in Wales"
    german = "Wolfgang Weber, Vorsitzender der Geschäftsführung, zum Entwurf des neuen Gesetzes:"
    from consumer.core.text.mainblock import _title_cased

    assert _title_cased(headlines[0])
    assert not _title_cased(bio)
    assert not _title_cased(german)
    # A subheading that asks, or adds an aside, stays a line of the text.
    assert not _title_cased("What Are Electric Cars? (And What They Are Not)")


def test_a_sentence_signed_with_a_handle_or_hashtags_ends_before_them():
    # A short post's one line, closed by the writer's handle or tags after its stop.
    signed = line_features("This little gadget plays with your mind in a big way. @JaneRoeMakes")
    assert signed.ends_sentence and signed.ends_full_stop
    assert line_class(signed) != SHORT
    assert line_features("Never again, we said that night! #privacy #rights").ends_sentence
    # Words after the tags, or tags with no stop before them, end no sentence.
    assert not line_features("Follow @JaneRoeMakes for more gadgets").ends_sentence
    assert not line_features("Gadgets and more #gadgets #tools").ends_sentence


def test_hindi_words_keep_their_vowel_signs_and_prose_reads_as_prose():
    # "\w" stops at a vowel sign: "प्रदूषण" fell apart and a line counted twice its words.
    sentence = "पर्यावरण मंत्री ने कहा कि हवा की गुणवत्ता में सुधार होने तक निर्माण पर भी रोक रहेगी।"
    features = line_features(sentence)
    assert features.words == 17
    assert line_class(features) == GOOD  # its stop words ("ने", "कि", "की", "में") count
    assert line_class(line_features("होम | देश | विदेश | खेल")) == SHORT


_BOX_CLOSING = (
    "The watch goes on sale next month in two sizes, and the maker says a cheaper model "
    "without the satellite receiver will follow before the end of the year."
)


def _boxed_page(box: list[str | None], under: list[str | None]) -> tuple[list[str | None], int]:
    """A headed review, a list's header right under its text, the box's lines, then what
    stands under the box. Returns the texts and the header's position."""
    texts: list[str | None] = [*MENU, None, *INTRO, *OUTRO]
    header = len(texts)
    return [*texts, None, *box, *under, *MENU], header


def test_the_closing_paragraph_under_a_removed_related_box_stays():
    texts, header = _boxed_page([None, None, None], [_BOX_CLOSING])
    kept = select_main_block(
        texts, anchor=len(MENU), separators=frozenset({header}), list_headers=frozenset({header})
    )
    assert texts.index(_BOX_CLOSING) in kept


def test_prose_under_a_related_box_that_is_no_closing_paragraph_stays_out():
    anchor = len(MENU)
    cases = [
        # a second teaser's paragraph under it: the box's teasers
        ([None, None], [_BOX_CLOSING, None, "The ferry runs again after its winter break."], True),
        ([None, None], [_BOX_CLOSING.rstrip(".")], True),  # no full stop: a teaser
        ([], [_BOX_CLOSING], True),  # the header's list is not removed: no box
        ([None, None], [_BOX_CLOSING], False),  # a separator that heads no list: a byline
    ]
    for box, under, is_list in cases:
        texts, header = _boxed_page(box, under)
        kept = select_main_block(
            texts,
            anchor=anchor,
            separators=frozenset({header}),
            list_headers=frozenset({header}) if is_list else frozenset(),
        )
        assert len(texts) - len(MENU) - len(under) not in kept, (box, under, is_list)


def test_a_list_introduced_under_the_last_paragraph_closes_the_story(extract):
    # The story ends with a list its last line introduces (tour dates, places), then its
    # tags line: the list stays. With no buttons or tags right under it, the list may be
    # a sidebar's and goes with the menus.
    dates = [
        "Upcoming screenings:",
        "March 9th & 10th",
        "Springfield – The Grand Cinema (Tickets)",
        "Riverton – Old Mill Theatre (Friday Tickets)",
        "March 16th",
        "Lakeside – The Harbour Hall (Info)",
    ]
    text = _page(
        ["Trail watch review | Gear Lab"],
        MENU,
        ["Trail watch review"],
        INTRO + OUTRO,
        dates,
        ["Tags: Watches, Trail running, Reviews"],
        FOOTER,
    )
    assert extract(text).paragraphs == INTRO + OUTRO + dates


def test_a_closing_list_needs_the_story_buttons_under_it():
    story = [*INTRO, *OUTRO]
    items = ["Upcoming screenings:", "March 9th", "Springfield – The Grand Cinema"]
    texts: list[str | None] = [*story, *items, None, *FOOTER]
    buttons = len(story) + len(items)
    kept = select_main_block(texts, toolbars=frozenset({buttons}))
    assert kept == set(range(buttons))
    # the intro as the story's own last line
    texts = [*story[:-1], "These are the cinemas showing it:", *items[1:], None, *FOOTER]
    assert select_main_block(texts, toolbars=frozenset({buttons - 1})) == set(range(buttons - 1))
    assert select_main_block(texts) == set(range(len(story)))


def test_a_list_of_other_posts_under_the_story_is_no_closing_list():
    story = [*INTRO, *OUTRO]
    for header in ["Similar posts:", "See other posts tagged:", "This might interest you:"]:
        items = [header, "Ten running shoes we tested", "The best rain jackets"]
        texts: list[str | None] = [*story, *items, None, *FOOTER]
        buttons = len(story) + len(items)
        assert select_main_block(texts, toolbars=frozenset({buttons})) == set(range(len(story)))


def test_a_closing_list_of_single_words_is_no_list_of_the_story():
    story = [*INTRO, *OUTRO]
    items = ["Average:", "5", "Votes: 3"]  # a rating widget under the story
    texts: list[str | None] = [*story, *items, None, *FOOTER]
    buttons = len(story) + len(items)
    assert select_main_block(texts, toolbars=frozenset({buttons})) == set(range(len(story)))


def _blocked(*groups: list[str | None]) -> tuple[list[str | None], list[int]]:
    texts: list[str | None] = []
    blocks: list[int] = []
    for number, group in enumerate(groups):
        texts += group
        blocks += [number] * len(group)
    return texts, blocks


# A list's items, one a line in one block: some read as prose, most end with no stop.
_ITEMS = [
    "How to get noticed by the large websites that your readers already visit every day",
    "The few steps that you can use to bring the first visitors to a new website",
    "Ways to write better posts",
    "How to lay out your site and which of its pages most readers will never open at all",
    "Plus a handful of tips on headlines",
]
_STORY = INTRO + OUTRO + INTRO + OUTRO  # each paragraph a block of its own


def test_a_block_of_items_a_colon_introduces_stays_whole():
    # Each paragraph a block of its own, the items packed into one: prose packed into a
    # shared block would count a tenth (a teaser list), and the short items cost, so the
    # text stopped at the colon.
    story = [[line] for line in _STORY]
    texts, blocks = _blocked(*story, ["Here is what the interview covers:"], _ITEMS, FOOTER)
    end = len(_STORY) + 1 + len(_ITEMS)
    assert select_main_block(texts, blocks=blocks) == set(range(end))


def test_a_colon_over_other_posts_opens_no_list_block():
    story = [[line] for line in _STORY]
    # a header of other posts over their teasers: a box under the story
    texts, blocks = _blocked(*story, ["More from our blog:"], _ITEMS, FOOTER)
    assert select_main_block(texts, blocks=blocks) == set(range(len(_STORY)))


def test_the_text_runs_on_to_the_last_item_of_a_list_a_colon_introduces():
    # Ingredients: those with an amount score (half weight), the last ones hold none and
    # cost nothing; the text went up to the last that scores.
    ingredients = [
        "Ingredients for 4 portions:",
        "2 tsp vegetable oil",
        "1 large onion",
        "4 cloves garlic",
        "1 tbsp chili powder",
        "1/2 tsp dried oregano",
        "2 cans (15 oz) white beans",
        "3 cups chicken stock, divided",
        "salt and pepper to taste",
        "sour cream to garnish",
    ]
    texts, blocks = _blocked(*[[line] for line in _STORY], ingredients, ["Posted by Jo"], FOOTER)
    assert select_main_block(texts, blocks=blocks) == set(range(len(_STORY) + len(ingredients)))


# A guide whose sections each hold one short paragraph under a subheading.
_SECTIONS = [
    "Garden planning",
    "Plan the beds in winter so that the seeds are ready when the soil warms up.",
    "Watering rhythm",
    "Water early in the morning, when less of it is lost to the sun and the wind.",
    "Pest control",
    "Check the leaves for pests every week and pick them off by hand where you can.",
]


def test_a_subheading_between_paragraphs_keeps_the_text_going():
    # Each subheading cost as much as a menu item, more than the short paragraph under
    # it earns: the text stopped at the first one.
    texts = MENU + INTRO + _SECTIONS + FOOTER
    start = len(MENU)
    assert select_main_block(texts) == set(range(start, start + len(INTRO) + len(_SECTIONS)))


@pytest.mark.parametrize(
    "below",
    [
        # commenters' names (a handle, a full name) over their comments
        [
            "jdoe_77",
            "I tried this last spring and the results were much better than I expected.",
            "Mary Sullivan",
            "Thanks for sharing, we will try the morning watering in our garden this year.",
        ],
        # teasers' headlines in title case over their summaries
        [
            "New Trail Shoes Tested on the Mountain Paths",
            "We ran in five pairs of new shoes to find the best one.",
            "Best Budget Phones for Runners This Spring",
            "Cheap phones are now good enough to carry on a run.",
        ],
    ],
)
def test_a_short_line_between_paragraphs_below_the_text_is_no_subheading(below):
    texts = MENU + INTRO + OUTRO + below + FOOTER
    start = len(MENU)
    assert select_main_block(texts) == set(range(start, start + len(INTRO) + len(OUTRO)))


def test_a_post_late_in_a_page_whose_sidebar_comes_first_is_the_article(extract):
    # A blog's page with its sidebar first in the source: the writer's one-line bio, a
    # tag cloud and the archive's months, then the post under its headline's repeat (past
    # seven tenths of the lines), then its comments link. The bio is no text of its own
    # (under 400 characters of prose above the repeat): the repeat heads the post.
    bio = (
        "I write about gardens and the people who keep them, and here I share what I "
        "learn along the way."
    )
    tags = [f"{tag} ({n})" for n, tag in enumerate(["roses", "soil", "tools", "bees"], 3)]
    months = [f"{month} {year}" for year in (2011, 2012) for month in ("March", "June", "May")]
    post = (
        "The old pear tree by the wall gave more fruit this year than in the ten years "
        "before, and nobody can say why."
    )
    text = _page(
        ["The pear tree's good year - Garden Notes"],
        MENU,
        [bio],
        ["Tags", *tags, "Archive", *months, *SIDEBAR],
        ["The pear tree's good year"],
        [post],
        ["0 comments", "Like"],
    )
    assert extract(text).paragraphs == [post]
    # The same lines with a story of its own above them (several paragraphs): a late
    # repeat is a link to it in a list under it, and the story stays the article.
    text = _page(
        ["The pear tree's good year - Garden Notes"],
        MENU,
        INTRO + OUTRO,
        ["Tags", *tags, "Archive", *months, *SIDEBAR],
        ["The pear tree's good year"],
        [post],
        ["0 comments", "Like"],
    )
    assert extract(text).paragraphs == INTRO + OUTRO


def test_a_post_closing_note_of_its_source_stays_with_the_story():
    # "Via X", "[Via X ]", "H/T X", "Cross-posted from X": the post's own last line, short
    # as it is; a news story's "Source: X" and a long line opening with "Via" do not join.
    story = [*INTRO, *OUTRO]
    for note in [
        "Via Example Rumors",
        "[Via Sample Weekly, images from Twitter ]",
        "H/T Jane Roe",
        "(Cross-posted on the Example Company blog)",
    ]:
        texts: list[str | None] = [*story, note, *MENU]
        assert select_main_block(texts) == set(range(len(story) + 1)), note
    for line in [
        "Source: Example Wire",
        "Via Example Rumors and Sample Weekly and a dozen other blogs we read",
    ]:
        texts = [*story, line, *MENU]
        assert select_main_block(texts) == set(range(len(story))), line
    # the note must sit right under the text: a removed line between ends it
    texts = [*story, None, "Via Example Rumors", *MENU]
    assert select_main_block(texts) == set(range(len(story)))
