"""What follows the story's last paragraph, and the metadata strip, stay out of the body."""

from __future__ import annotations

import pytest

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.lines import boilerplate_reason, filter_lines, tail_reason
from consumer.core.options import CoreOptions

STORY = [
    f"Paragraph {i} of a story about the harbour repairs, long enough to count as body "
    "text for any extractor that reads it."
    for i in range(6)
]


def _filtered(tail: list[str]) -> tuple[list[str], dict[str, int]]:
    body = filter_lines(STORY + tail, headlines=[], captions=[], related_titles=[])
    return body.paragraphs, dict(body.removed)


def test_bio_disclaimer_sources_and_links_after_the_story_go() -> None:
    paragraphs, removed = _filtered(
        [
            "Jane Doe is a senior reporter at the Gazette who covers the waterfront.",
            "The information on this page is for informational purposes only and is not "
            "legal advice.",
            "[1] Harbour Board (2024). Annual report. https://example.org/report.pdf",
            "jane.doe@example.org",
        ]
    )
    assert paragraphs == STORY
    assert removed == {"author_bio": 1, "disclaimer": 1, "sources": 2}


def test_a_recent_posts_list_and_a_consent_notice_after_the_story_go() -> None:
    paragraphs, removed = _filtered(
        [
            "- How the old ferry pier was rebuilt - March 3, 2024",
            "- Ten walks along the estuary - 12 February 2024",
            "By entering your email, you agree to receive our weekly letter,",
            "and agree to our Terms and Privacy Policy.",
        ]
    )
    assert paragraphs == STORY
    assert removed == {"related": 2, "disclaimer": 2}


def test_a_closing_list_of_dated_events_in_sentences_stays() -> None:
    closing = ["- The pier reopens to walkers on March 3, 2024."]
    paragraphs, _ = _filtered(closing)
    assert paragraphs == STORY + closing


def test_the_same_sentences_inside_the_story_stay() -> None:
    middle = [
        "Jane Doe is a senior engineer at the harbour board, and she led the survey.",
        "https://example.org/harbour",
    ]
    lines = STORY[:3] + middle + STORY[3:]
    body = filter_lines(lines, headlines=[], captions=[], related_titles=[])
    assert body.paragraphs == lines
    assert not body.removed


def test_a_heading_left_without_its_section_goes_but_a_closing_list_stays() -> None:
    paragraphs, removed = _filtered(["Conclusion"])
    assert paragraphs == STORY and removed == {"orphan_heading": 1}
    facts = ["Tickets", "Adults: 12 pounds", "Children: 6 pounds"]
    paragraphs, removed = _filtered(facts)
    assert paragraphs == STORY + facts and not removed
    items = ["- Check the tide tables", "- Bring a torch"]
    assert _filtered(items)[0] == STORY + items


def test_an_about_the_author_section_in_the_last_lines_goes_whole() -> None:
    paragraphs, removed = _filtered(
        ["About the Author", "Jane Doe", "Jane has written about harbours since 2009."]
    )
    assert paragraphs == STORY
    assert removed == {"author_bio": 3}


@pytest.mark.parametrize(
    "heading", ["AUTOR", "Über den Autor", "À propos de l'auteur", "O autorze"]
)
def test_an_about_the_author_section_in_other_languages_goes_whole(heading: str) -> None:
    bio = "Dr. Jane Doe ist Partnerin der Kanzlei Doe und Partner in Berlin."
    paragraphs, removed = _filtered([heading, "Dr. Jane Doe", bio])
    assert paragraphs == STORY
    assert removed == {"author_bio": 3}


@pytest.mark.parametrize(
    ("heading", "reason"),
    [
        ("Schreibe einen Kommentar", "comments"),
        ("Laisser un commentaire", "comments"),
        ("Ähnliche Artikel", "related"),
        ("Podobne artykuły", "related"),
    ],
)
def test_closing_comment_and_related_headings_in_other_languages(heading: str, reason: str) -> None:
    section = [heading, "Name", "Website"]
    paragraphs, removed = _filtered(section)
    assert paragraphs == STORY
    assert removed == {reason: 3}


@pytest.mark.parametrize(
    "heading",
    [
        "COMMENT RULES",
        "Commenting guidelines",
        "Report offensive content:",
        "Most Recent Reader Comments:",
        "Reader views (5)",
    ],
)
def test_a_comment_threads_house_rules_or_latest_comments_in_the_last_lines_go_whole(
    heading: str,
) -> None:
    section = [
        heading,
        "Be civil and stay on the topic of the story.",
        "- No personal attacks.",
        "The Harbour Gazette, 1 Quay Street, Porthaven",
    ]
    paragraphs, removed = _filtered(section)
    assert paragraphs == STORY
    assert removed == {"comments": 4}


def test_a_run_of_headings_left_at_the_end_goes_but_a_list_of_facts_stays() -> None:
    paragraphs, removed = _filtered(["Topics", "Most read today", "Latest stories"])
    # ("Latest stories" heads a box of other stories: it goes with what it heads.)
    assert paragraphs == STORY and removed == {"orphan_heading": 2, "related": 1}
    facts = ["Opening hours", "Monday to Friday: 9 to 5", "Saturday: 10 to 2"]
    paragraphs, _ = _filtered(facts)
    assert paragraphs == STORY + facts


def test_trimming_never_takes_most_of_a_short_body() -> None:
    lines = ["One sentence of a story that is short.", "https://example.org/a", "x@example.org"]
    body = filter_lines(lines, headlines=[], captions=[], related_titles=[])
    assert body.paragraphs[0] == lines[0] and len(body.paragraphs) >= 2


@pytest.mark.parametrize(
    ("line", "before", "reason"),
    [
        ("Written by Jane Doe", "A sentence.", "author_bio"),
        ("The Times is a newspaper published in London.", "A sentence.", None),
        ("— Jane Doe (@janedoe) May 1, 2024", "A sentence.", None),
        ("Final thoughts", "A sentence.", "orphan_heading"),
        ("Final thoughts", "Another heading", None),
        ("netsh int tcp set global autotuninglevel=normal", "Type this command:", None),
        ("Harbour Watch is a registered trademark of Example Ltd.", None, "disclaimer"),
        (
            "Disclaimer: this article is for educational and informational purposes only.",
            "A sentence.",
            "disclaimer",
        ),
        # A site's rights notice with its terms of reuse, however long.
        (
            "All content is Copyright © 2009 Harbour Sport and Example Wire. All rights "
            "reserved. This material is for personal use only. Any other reproduction, "
            "publication or redistribution of it without the written agreement of the "
            "copyright owner is strictly forbidden and any breach will be pursued. 2009",
            "A sentence.",
            "boilerplate",
        ),
        (
            "©Copyright 2007 Dr. Jane Roe. All Rights Reserved. This content may be copied "
            "in full, with its notice and contact details intact, without permission, when "
            "used only in a not-for-profit format. For any other use, permission in writing "
            "from Dr. Roe is required.",
            "A sentence.",
            "boilerplate",
        ),
        (
            "All material on this site is ©2003-2007 by Example Crafts. No part of it may be "
            "used without my written permission. For questions about this site, write to "
            "Example Crafts, 12 Mill Lane, Springfield, or by e-mail.",
            "A sentence.",
            "boilerplate",
        ),
        # The footer row: its links, the notice, the address, over 45 words.
        (
            "Privacy Policy \\| Advertise \\| Contact Us \\| Archives \\| Classifieds \\| "
            "Subscribe \\| Site Map \\| RSS Feeds Visit our other sites. All contents © "
            "Copyright 2009 example.com Example Daily - 40 Main Street - Springfield 80443 "
            "P.O. Box 329 · Springfield 80443-0329 E-mail: news@example.com Phone 555 0100",
            "A sentence.",
            "boilerplate",
        ),
        # The story's own words on rights, and a notice inside a sentence, stay.
        (
            "Copyright holders say no part of the archive was used without permission.",
            "A sentence.",
            None,
        ),
        (
            "Note: for reference only. All photographs are Copyright © Example Bikes 2012. "
            "All rights reserved. See the site's info page for product specifications.",
            "A sentence.",
            None,
        ),
    ],
)
def test_tail_reason(line: str, before: str | None, reason: str | None) -> None:
    assert tail_reason(line, before) == reason


@pytest.mark.parametrize(
    "line", ["Jan 13, 2025", "Monday, 3 March 2025", "11.24.2025", "6 min read", "1,693 views"]
)
def test_metadata_alone_on_a_line_is_not_body(line: str) -> None:
    assert boilerplate_reason(line) == "metadata"


def test_a_date_inside_a_sentence_is_body() -> None:
    assert boilerplate_reason("On Jan 13, 2025 the harbour reopened.") is None


def _page(extra: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>Harbour repairs begin</title></head><body>"
        f"<article><h1>Harbour repairs begin</h1>{paragraphs}{extra}</article>"
        "</body></html>"
    )


def test_a_long_legal_disclaimer_box_leaves_the_body() -> None:
    legal = "".join(
        f"<p>Clause {i}: the publisher accepts no liability for decisions made on the basis "
        "of this article, which does not constitute financial advice of any kind.</p>"
        for i in range(6)
    )
    page = _page(f'<section class="site-disclaimer">{legal}</section>')
    result = extract_html(RawArticle(content=page, mode="html"), CoreOptions())
    assert result.paragraphs == STORY
    assert result.removed["disclaimer"] >= 1


def test_a_teaser_card_list_leaves_the_body() -> None:
    cards = "".join(
        f'<div class="post-card"><a href="/story-{i}">Another story number {i} about the '
        f"coast</a><p>A short summary of another story number {i} for readers.</p></div>"
        for i in range(3)
    )
    page = _page(f'<div class="post-list">{cards}</div>')
    result = extract_html(RawArticle(content=page, mode="html"), CoreOptions())
    assert result.paragraphs == STORY
    assert result.removed["related"] >= 1


def test_an_article_after_a_premature_end_of_document_is_extracted() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    page = (
        "<html><head><title>Harbour repairs begin</title></head><body>"
        '<nav><a href="/">Home</a></nav></body></html>'
        f'<div class="story"><h1>Harbour repairs begin</h1>{paragraphs}</div>'
    )
    result = extract_html(RawArticle(content=page, mode="html"), CoreOptions())
    assert result.paragraphs == STORY


def test_when_both_passes_take_a_short_block_the_densest_block_wins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from consumer.core.html import body as body_module
    from consumer.core.html.parse import parse_page

    promotion = "Plans from four pounds a month, cancel any time you like."
    # The general extractor picks the promotion's box, in both of its passes.
    found = body_module.TrafilaturaPass([promotion], wild_text=False)
    monkeypatch.setattr(body_module, "_trafilatura_lines", lambda *a, **k: found)
    story = "".join(f"<p>{p}</p>" for p in STORY)
    comments = "".join(f"<p>Reader comment {i}. {'Long words here. ' * 30}</p>" for i in range(3))
    page = (
        f'<html><body><div class="content"><p>{promotion}</p></div>'
        f'<div class="column"><h2>The repairs</h2>{story}<ul><li>Phase one</li></ul></div>'
        f'<div class="comment-list">{comments}</div></body></html>'
    )
    warnings: list[str] = []
    tree = parse_page(page, CoreOptions(), warnings)
    lines = body_module.extract_body_lines(tree, None, CoreOptions(), warnings)
    assert lines == ["The repairs", *STORY, "- Phase one"]
    assert any("most paragraph text" in w for w in warnings)


def test_readers_comments_never_replace_a_short_story(monkeypatch: pytest.MonkeyPatch) -> None:
    from consumer.core.html import body as body_module
    from consumer.core.html.parse import parse_page

    short = "A short note of a story, two sentences. It ends here."
    found = body_module.TrafilaturaPass([short], wild_text=False)
    monkeypatch.setattr(body_module, "_trafilatura_lines", lambda *a, **k: found)
    comments = "".join(f"<p>Reader comment {i}. {'Long words here. ' * 30}</p>" for i in range(5))
    page = f'<html><body><p>{short}</p><div id="comments">{comments}</div></body></html>'
    warnings: list[str] = []
    tree = parse_page(page, CoreOptions(), warnings)
    assert body_module.extract_body_lines(tree, None, CoreOptions(), warnings) == [short]


def _filtered_by(tail: list[str], authors: list[str]) -> tuple[list[str], dict[str, int]]:
    body = filter_lines(STORY + tail, headlines=[], captions=[], related_titles=[], authors=authors)
    return body.paragraphs, dict(body.removed)


def test_a_closing_bio_of_the_byline_author_goes_with_its_name_and_role_lines() -> None:
    bio = [
        "Ludo Fourrage",
        "Founder and editor",
        "Ludovic (Ludo) Fourrage has written about ports and shipping for twenty years, "
        "first for a trade weekly and then as the founder of this site.",
    ]
    paragraphs, removed = _filtered_by(bio, ["Ludo Fourrage"])
    assert paragraphs == STORY
    # (The name alone on its line goes as a byline first; the role, then a heading over
    # nothing, goes before the bio.)
    assert removed == {"byline": 1, "orphan_heading": 1, "author_bio": 1}
    facts = ["Tickets", "Adults: 12 pounds", bio[2]]
    paragraphs, removed = _filtered_by(facts, ["Ludo Fourrage"])
    assert paragraphs == STORY + facts[:2]  # short lines without the name are not the bio's
    first_person = ["Hi, I’m Ashley Biancuzzo, and I oversee our coverage of the coast."]
    assert _filtered_by(first_person, ["Ashley Biancuzzo"])[0] == STORY


def test_a_bio_under_the_byline_name_alone_goes_in_any_language() -> None:
    # an author card: the name on a line of its own, then a bio that does not repeat it
    card = [
        "Lucía Fernández",
        "Redactora de Economía. Antes trabajó en la agencia EFE y en un diario económico.",
    ]
    paragraphs, removed = _filtered_by(card, ["Lucía Fernández"])
    assert paragraphs == STORY
    assert removed == {"byline": 1, "author_bio": 1}
    # a heading and a paragraph under the name (a slideshow's next slide) stay
    slide = ["Lucía Fernández", "Cheaper than the rest", STORY[0].replace("0", "7")]
    assert _filtered_by(slide, ["Lucía Fernández"])[0] == STORY + slide[1:]


def test_a_closing_paragraph_about_someone_else_or_without_a_byline_stays() -> None:
    closing = [
        "A New York transplant, Emmet White has a passion for boats and the harbour's history."
    ]
    assert _filtered_by(closing, ["Jane Doe"])[0] == STORY + closing
    assert _filtered_by(closing, [])[0] == STORY + closing
    quoted = ["Jane Doe, the harbour master, said the work would finish in May."]
    assert _filtered_by(quoted, ["Jane Doe"])[0] == STORY + quoted


@pytest.mark.parametrize(
    "heading",
    [
        "Related reads:",
        "More Resources...",
        "Explore more related content",
        "People who read this also read:",
        "Elsewhere on the Web",
        # A box of the site's forum threads or latest news.
        "Beiträge aus dem Forum",
        "Latest from the forums",
        "Neue Nachrichten",
        "Últimas noticias",
        "Dernières actualités",
        # A news site's box of its other stories, named by section or source.
        "More world stories from The Harbour Gazette:",
        "More content from harbourgazette.example:",
        "More money and business news:",
        "Don't miss these Health stories",
        # A box of the site's newest or most read stories, by time or by section.
        "Recently Cataloged",
        "Recent Blogs",
        "Latest in Harbour Life:",
        "Popular in Travel",
        "MOST READ IN SPORT",
        "Top headlines",
    ],
)
def test_a_related_section_in_the_last_lines_goes_whole(heading: str) -> None:
    section = [heading, "What a harbour master does all day", "The tides of the north coast"]
    paragraphs, removed = _filtered(section)
    assert paragraphs == STORY
    assert removed == {"related": 3}


@pytest.mark.parametrize(
    "heading",
    [
        "More useful tips about sailing",  # a blog's own closing list: no section, no source
        "More people are choosing the ferry over the bridge",
        "More coverage of the harbour",
        "More in store",  # the story's last section ("More in ..." names no box)
        "Top in its class",
    ],
)
def test_a_closing_more_line_without_a_section_or_source_stays(heading: str) -> None:
    section = [heading, "What a harbour master does all day", "The tides of the north coast"]
    paragraphs, removed = _filtered(section)
    assert "related" not in removed
    assert heading in paragraphs


def test_a_box_of_headlines_inside_the_story_goes_but_the_story_after_it_stays() -> None:
    box = ["Latest news", "- Council votes on the budget", "- New library opens downtown"]
    rest = [
        "The harbour master said the repairs to the wall would be finished before the storms.",
        "Fishing boats will use the northern quay until then, the council said on Tuesday night.",
    ]
    paragraphs, removed = _filtered(box + rest)
    assert paragraphs == STORY + rest
    assert removed == {"related": 3}


@pytest.mark.parametrize("heading", ["More from Jane Doe", "More from The Harbour Gazette"])
def test_a_more_from_heading_right_above_more_of_the_story_goes_alone(heading: str) -> None:
    rest = [
        "The harbour master said the repairs to the wall would be finished before the storms.",
        "Fishing boats will use the northern quay until then, the council said on Tuesday night.",
        "Work on the southern pier starts next spring once the money for it has been approved.",
    ]
    paragraphs, removed = _filtered([heading, *rest])
    assert paragraphs == STORY + rest
    assert removed == {"related": 1}


def test_extract_html_keeps_the_story_under_a_more_from_line_inside_it() -> None:
    rest = [f"Later paragraph {i} of the story, {STORY[0][12:]}" for i in range(3)]
    page = _page("<p>More from Jane Doe</p>" + "".join(f"<p>{p}</p>" for p in rest))
    paragraphs = extract_html(RawArticle(content=page, mode="html"), CoreOptions()).paragraphs
    assert paragraphs == STORY + rest


def test_a_chinese_story_resumes_after_a_box_of_headlines_inside_it() -> None:
    # Chinese sentences end with a full-width stop, and a short line of them says a lot.
    paragraph = (
        "港口的修复工程将在风暴季节到来之前完成，市议会周二晚上表示，渔船将暂时使用北码头停靠，"
        "工程费用由市政府和港务局共同承担，预计总额超过两千万元。"
    )
    story = [f"第{i}段：{paragraph}" for i in range(6)]
    box = ["Latest news", "- 市议会就预算进行投票", "- 新图书馆在市中心开放"]
    rest = [f"南码头：{paragraph}", f"灯塔：{paragraph}"]
    body = filter_lines(story + box + rest, headlines=[], captions=[], related_titles=[])
    assert body.paragraphs == story + rest
    assert dict(body.removed) == {"related": 3}


def test_extract_html_keeps_the_story_after_a_box_of_latest_headlines_inside_it() -> None:
    box = (
        '<div class="box"><h3>Latest news</h3><ul>'
        + "".join(
            f'<li><a href="/n{i}">Other headline {i} about the city budget vote</a> '
            f"<span>{i} hours ago</span></li>"
            for i in range(5)
        )
        + "</ul></div>"
    )
    rest = [f"Later paragraph {i} of the story, {STORY[0][12:]}" for i in range(4)]
    page = _page(box + "".join(f"<p>{p}</p>" for p in rest))
    paragraphs = extract_html(RawArticle(content=page, mode="html"), CoreOptions()).paragraphs
    assert paragraphs[-len(rest) :] == rest
    assert not any("Other headline" in p or p == "Latest news" for p in paragraphs)


def test_a_related_section_with_summaries_or_comments_after_it_still_goes_whole() -> None:
    summaries = [
        "More like this",
        "A summary of another story about the ferry timetable, long enough to be a paragraph.",
        "A summary of a third story about the lighthouse keepers, long enough to be a paragraph.",
    ]
    assert _filtered(summaries)[0] == STORY
    comments = [
        "Related reads:",
        "- Council votes on the budget",
        "Leave a reply",
        "I have lived by this harbour all my life and the repairs are long overdue, frankly.",
        "The council should have done this years ago instead of spending on the new offices.",
    ]
    assert _filtered(comments)[0] == STORY


def test_a_long_closing_comment_form_goes() -> None:
    form = (
        "Your Name Your Email Your Comment Note that comments are read before they appear, "
        + "and that only comments about this post itself are approved. " * 6
    )
    paragraphs, removed = _filtered([form])
    assert len(form) > 400
    assert paragraphs == STORY
    assert removed == {"comments": 1}


def test_a_long_closing_comments_notice_goes() -> None:
    notice = (
        "We welcome your comments on this story. Comments are submitted for possible "
        "publication on the condition that they may be edited. Please give your full name "
        "and a working email address, which is not published but used to check who you "
        "are. The town field may be left empty. Read the rules for readers' letters before "
        "you write to us about the harbour or anything else."
    )
    paragraphs, removed = _filtered([notice])
    assert len(notice.split()) > 45  # (over what any line pattern sees)
    assert paragraphs == STORY
    assert removed == {"comments": 1}
    story_line = "Comments are submitted to the harbour board each month, the mayor said."
    assert _filtered([story_line])[0] == [*STORY, story_line]


def test_a_long_closing_affiliate_disclosure_goes() -> None:
    disclosure = (
        "Disclosure: some of the links on this page are affiliate links, and if you buy "
        "through them I may earn a small commission at no extra cost to you. "
        + "Thank you for supporting the site and the work that goes into every post. "
        * 5
    )
    paragraphs, removed = _filtered([disclosure])
    assert len(disclosure) > 400
    assert paragraphs == STORY
    assert removed == {"advertisement": 1}


@pytest.mark.parametrize("heading", ["Kontakt:", "Ansprechpartnerin zum Thema:", "Press contacts"])
def test_a_press_release_contact_section_in_the_last_lines_goes_whole(heading: str) -> None:
    section = [heading, "Erika Mustermann", "Telefon: 030 1234567"]
    paragraphs, removed = _filtered(section)
    assert paragraphs == STORY
    assert removed == {"contact": 3}


def test_a_contact_sentence_closing_the_story_stays() -> None:
    closing = "Kontakt zum Hafenamt gibt es jeden Dienstag im Rathaus, sagte die Sprecherin."
    paragraphs, _ = _filtered([closing])
    assert paragraphs == [*STORY, closing]


def test_a_repeated_line_of_a_code_block_is_no_duplicate() -> None:
    from consumer.core.html.lines import filter_lines

    output = "added 1 changesets with 1 changes to 1 files (+1 heads) on the server"
    repeated = "The council agreed the plan after a long debate, the mayor said on Tuesday."
    lines = [repeated, "$ hg push", output, "$ hg push", output, repeated]
    body = filter_lines(lines, headlines=[], captions=[], related_titles=[], code_lines=[output])
    assert body.paragraphs == [repeated, "$ hg push", output, "$ hg push", output]


SIGNED_THREAD = [
    "Comments are now closed for this story",
    "Pat R",
    "The council should have fixed the pier years ago, before the storm season began.",
    "harbour watcher",
    "Agreed, the repairs are long overdue.",
    "Sam @ Eastport",
    "I walk there every morning and the new railings look fine to me.",
    "A second paragraph of the same reader's comment about the railings.",
]


def test_readers_comments_signed_under_a_closed_thread_notice_go_with_the_notice() -> None:
    comments = [f"Reader comment number {i}." for i in range(30)]
    paragraphs, removed = _filtered(SIGNED_THREAD + comments)
    assert paragraphs == STORY
    assert removed == {"comments": len(SIGNED_THREAD) + 30}


def test_subheadings_over_paragraphs_without_a_comments_notice_stay() -> None:
    closing = "A closing paragraph on what the harbour board plans next year."
    sections = [*SIGNED_THREAD[1:], closing]
    paragraphs, _ = _filtered(sections)
    assert paragraphs == STORY + sections


def test_a_comment_count_above_the_story_takes_nothing() -> None:
    lines = ["12 Comments", "Pat R", STORY[0], "Background", STORY[1], "The vote", STORY[2]]
    body = filter_lines(lines, headlines=[], captions=[], related_titles=[])
    assert body.paragraphs == lines[1:]


def test_short_headings_under_a_comments_notice_are_no_thread() -> None:
    tail = ["Comments are now closed for this story", "Top stories", "MOST READ", "NEWSLETTER"]
    tail += ["Get our daily letter in your inbox every morning.", "SPECIAL", "YOUR SAY"]
    tail += [f"Paragraph {i} of another story, long enough to count." for i in range(20)]
    paragraphs, removed = _filtered(tail)
    assert "MOST READ" in paragraphs
    assert removed["comments"] == 1
