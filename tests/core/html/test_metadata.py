"""Page metadata on made-up pages: bylines, house credits, escaped titles, the visible headline."""

from __future__ import annotations

import json

from lxml import etree
from lxml import html as lxml_html

from consumer.core.html.bylines import byline_names, names_in
from consumer.core.html.metadata import _copyright_texts, _shown_time, read_metadata

PROSE = "<p>" + "The council met on Tuesday to discuss the new budget for the year. " * 3 + "</p>"


def _page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{body}{PROSE}</article></body></html>"


def _ld(data: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _metadata(page: str, url: str = "https://www.example-news.com/a/1"):  # type: ignore[no-untyped-def]
    return read_metadata(lxml_html.fromstring(page), url, None)


def _element(fragment: str) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(fragment)


def test_byline_name_comes_without_avatar_label_role_and_date() -> None:
    byline = _element(
        '<div class="post-author"><span class="avatar">JD</span><span>Written by</span>'
        "<a href='/u/jd'>Jane Doe</a><span>Senior Writer</span><time>March 3, 2025</time></div>"
    )
    assert names_in(byline) == "Jane Doe"


def test_a_reviewers_or_editors_credit_is_no_byline() -> None:
    reviewed = _element('<div class="author">Reviewed by: <a>Jane Doe</a>, MD</div>')
    assert names_in(reviewed) is None
    assert names_in(_element('<div class="author">Edited by <a>John Roe</a></div>')) is None


def test_the_group_a_post_is_signed_for_is_no_author() -> None:
    signed = _element('<div class="byline">By <a>Jane Doe</a> on behalf of <a>Tools Team</a></div>')
    assert names_in(signed) == "Jane Doe"
    dated = _element("<div>Dec. 19, 2025 · Jane Doe on behalf of <a>Tools Group</a></div>")
    assert names_in(dated) is None  # (not the group's name)


def test_byline_keeps_every_author_of_a_shared_byline() -> None:
    byline = _element('<p class="byline">By <a>Ann Lee</a> and <a>Tom Park</a> | 5 min read</p>')
    assert names_in(byline) == "Ann Lee and Tom Park"


def test_a_given_name_that_is_also_a_month_is_a_name() -> None:
    assert names_in(_element('<div class="author">Autor: Jan Kowalski</div>')) == "Jan Kowalski"
    assert names_in(_element('<div class="author">By June Park</div>')) == "June Park"
    assert names_in(_element('<div class="author">Jan 5, 2024</div>')) is None


def test_a_date_after_the_name_is_no_part_of_it() -> None:
    assert names_in(_element('<div class="author">By Jane Doe 25.11.2025</div>')) == "Jane Doe"
    assert names_in(_element('<div class="author">作者：李明 2025年11月25日</div>')) == "李明"
    bar = '<div class="author">Γιώργος Παπαδόπουλος | 27.11.2026 11:20</div>'
    assert names_in(_element(bar)) == "Γιώργος Παπαδόπουλος"
    assert names_in(_element('<div class="author">文/李明</div>')) == "李明"


def test_bylines_in_comments_and_figures_name_other_people() -> None:
    page = _page(
        body='<figure><figcaption><span class="author">Photo Desk</span></figcaption></figure>'
        '<div class="comments"><div class="comment-author">Troll Name</div></div>'
        '<div class="entry-meta"><span class="author-name">Maria Silva</span></div>'
    )
    assert byline_names(lxml_html.fromstring(page)) == "Maria Silva"


def test_wrapper_classes_such_as_comments_open_do_not_hide_the_byline() -> None:
    page = (
        '<html><body class="single comments-open has-sidebar"><div class="site">'
        '<div class="content"><div class="post"><div class="post-header">'
        '<div class="post_author">Oleg Novak</div></div></div></div></div>'
        f"{PROSE}</body></html>"
    )
    assert _metadata(page).authors == ["Oleg Novak"]


def test_a_house_credit_gives_way_to_the_person_in_the_byline() -> None:
    head = _ld(
        {
            "@type": "NewsArticle",
            "headline": "Budget approved",
            "author": {"@type": "Organization", "name": "Example News"},
            "publisher": {"@type": "Organization", "name": "Example News"},
        }
    )
    body = '<div class="byline">By <a rel="author">Priya Shah</a></div>'
    assert _metadata(_page(head, body)).authors == ["Priya Shah"]
    # Without a byline the house credit is all the page says, so it stays.
    assert _metadata(_page(head)).authors == ["Example News"]


def test_meta_author_naming_the_site_gives_way_to_the_byline() -> None:
    head = '<meta name="author" content="ExampleNews">'
    body = '<span class="author">Lena Vogel</span>'
    assert _metadata(_page(head, body)).authors == ["Lena Vogel"]


def test_titles_escaped_twice_in_meta_and_json_ld_are_unescaped() -> None:
    head = '<meta property="og:title" content="M&amp;amp;A deals rise &amp;#8230; again">'
    assert _metadata(_page(head)).title == "M&A deals rise … again"
    ld = _ld({"@type": "NewsArticle", "headline": "Rock &#038; roll&#039;s return"})
    assert _metadata(_page(ld)).title == "Rock & roll's return"


def test_the_one_h1_is_the_title_over_a_social_variant() -> None:
    head = '<meta property="og:title" content="You will not believe what the council did">'
    page = _page(head, "<h1>Council approves budget for the coming year</h1>")
    assert _metadata(page).title == "Council approves budget for the coming year"


def test_a_logo_h1_or_several_h1s_leave_the_declared_title() -> None:
    head = '<meta property="og:title" content="Council approves budget">'
    logo = _page(head, "<h1>Example News Daily</h1>")
    assert _metadata(logo, "https://examplenewsdaily.com/x").title == "Council approves budget"
    several = _page(head, "<h1>Section front page</h1><h1>Another big headline here</h1>")
    assert _metadata(several).title == "Council approves budget"


def test_a_declared_title_that_is_only_the_site_name_gives_way_to_the_page_title() -> None:
    head = (
        '<meta property="og:site_name" content="Example News">'
        '<meta property="og:title" content="Example News">'
        "<title>Harbour repairs to start next month</title>"
    )
    page = _page(head, "<h1>Harbour repairs</h1><h1>Most read</h1>")
    assert _metadata(page).title == "Harbour repairs"
    # A headline that holds the site's name is still the headline.
    store = "<title>Austin Hardware Catalog</title>"
    assert _metadata(_page(store), "https://austinhardware.com/c").title == store[7:-8]


def test_json_ld_in_a_cdata_section_is_read() -> None:
    data = json.dumps({"@type": "NewsArticle", "datePublished": "2024-12-06T22:00:40Z"})
    for wrapped in (f"<![CDATA[\n{data}\n]]>", f"//<![CDATA[\n{data}\n//]]>"):
        script = f'<script type="application/ld+json">{wrapped}</script>'
        meta = '<meta property="article:published_time" content="2024-12-07T12:43:39Z">'
        assert _metadata(_page(script + meta)).published_at == "2024-12-06T22:00:40Z"


def test_the_news_article_in_json_ld_wins_over_a_video_before_it() -> None:
    video = _ld({"@type": "VideoObject", "name": "Clip", "uploadDate": "2024-12-07T01:36:42Z"})
    story = {"@type": "NewsArticle", "datePublished": "2024-12-06T22:00:40Z"}
    story["author"] = [{"@type": "Person", "name": "Stella Kim"}]
    meta = _metadata(_page(video + _ld(story)))
    assert (meta.published_at, meta.authors) == ("2024-12-06T22:00:40Z", ["Stella Kim"])


def test_a_blogs_masthead_h1_is_the_sites_name_not_the_headline() -> None:
    masthead = '<h1><a href="http://example.typepad.com/jos_blog/">Jo\'s Blog</a></h1>'
    post = "<h3>The importance of going first</h3>"
    head = "<title>Jo's Blog: The importance of going first</title>"
    assert _metadata(_page(head, masthead + post)).title == "The importance of going first"
    # A headline linking to its own page is still the headline.
    self_link = '<h1><a href="/a/1">Council approves budget for next year</a></h1>'
    assert _metadata(_page("", self_link)).title == "Council approves budget for next year"


def test_an_h1_sharing_no_word_with_the_titles_is_a_sections_label() -> None:
    head = "<title>Anand draws with Aronian in round nine - Chess Daily</title>"
    label = "<h1>Latest News</h1><b>Anand draws with Aronian in round nine</b>"
    assert _metadata(_page(head, label)).title == "Anand draws with Aronian in round nine"
    # An <h1> worded unlike the <title> but sharing a word with it is the headline.
    seo = "<title>Budget 2024: what changes for renters | Daily Paper</title>"
    h1 = "<h1>Renters face higher costs as the budget passes</h1>"
    assert _metadata(_page(seo, h1)).title == "Renters face higher costs as the budget passes"
    # A <title> too short for a headline (the site's name) takes nothing from the <h1>.
    home = "<title>Daily Paper</title>"
    assert _metadata(_page(home, h1)).title == "Renters face higher costs as the budget passes"


def test_the_part_of_an_old_pages_title_it_sets_as_a_text_is_the_headline() -> None:
    head = "<title>MyFox Houston | Bush Strongly Warns Iran on Naval Clash</title>"
    cell = "<table><tr><td><b>Bush Strongly Warns Iran on Naval Clash</b></td></tr></table>"
    assert _metadata(_page(head, cell)).title == "Bush Strongly Warns Iran on Naval Clash"
    head = "<title>The Hindu : Sport / Racing : Successor in great heart</title>"
    font = '<font class="storyhead">Successor in great heart</font>'
    assert _metadata(_page(head, font)).title == "Successor in great heart"
    # A subtitle after a colon stays; a page declaring its headline is not searched.
    head = "<title>Vegetable Gardening for Beginners: The Complete Guide</title>"
    shown = "<b>Vegetable Gardening for Beginners</b>"
    assert _metadata(_page(head, shown)).title == head[7:-8]
    og = '<meta property="og:title" content="Bush Strongly Warns Iran on Naval Clash | Fox">'
    head = f"<title>Fox | Bush Strongly Warns Iran on Naval Clash | Fox</title>{og}"
    assert _metadata(_page(head, "<b>Naval clash in the Gulf of Hormuz</b>")).title == (
        "Bush Strongly Warns Iran on Naval Clash"
    )


def test_a_blogs_name_before_or_after_the_post_title_goes() -> None:
    masthead = '<h1><a href="/">zenhabits</a></h1>'
    head = "<title> » A Vegan Tour of NYC :zenhabits</title>"
    assert _metadata(_page(head, masthead)).title == "A Vegan Tour of NYC"
    # No masthead: the end of the title that the page shows as a heading is the headline.
    blogger = "<title>Letters of Note: Vast riddles</title>"
    post = "<h2>Thursday, 1 November 2012</h2><h3>Vast riddles</h3>"
    assert _metadata(_page(blogger, post)).title == "Vast riddles"
    archive = "<title>Blog Archive » Podcasts in Plex einbinden</title>"
    assert _metadata(_page(archive, "<h2>Podcasts in Plex einbinden</h2>")).title == (
        "Podcasts in Plex einbinden"
    )


def test_a_headline_and_its_subtitle_or_quotes_stay_whole() -> None:
    head = "<title>Vegetable Gardening for Beginners: The Complete Guide</title>"
    toc = "<h2>Vegetable Gardening for Beginners</h2><h2>Choosing a site</h2>"
    assert _metadata(_page(head, toc)).title == (
        "Vegetable Gardening for Beginners: The Complete Guide"
    )
    quoted = "<title>« Les privatisations profitent aux intérêts privés »</title>"
    assert _metadata(_page(quoted)).title == "« Les privatisations profitent aux intérêts privés »"


def test_an_h1_shown_twice_is_one_headline_and_a_one_word_h1_is_no_title() -> None:
    head = '<meta property="og:title" content="U.S. Home Prices Reflect Rebound">'
    twice = "<h1>Home Prices Reflect Strengthening</h1>" * 2
    assert _metadata(_page(head, twice)).title == "Home Prices Reflect Strengthening"
    menu = "<h1>Menu</h1><h1>Section</h1>"
    assert _metadata(_page("<title>Budget approved</title>", menu)).title == "Budget approved"


def test_a_by_line_under_the_headline_names_the_author() -> None:
    post = (
        "<h2>Hacker Monthly passes 2,000 subscribers</h2>"
        '<div class="date"><span>By Lim Cheng Soon, 10 November 2010</span></div>'
    )
    head = "<title>Hacker Monthly passes 2,000 subscribers</title>"
    assert _metadata(_page(head, post)).authors == ["Lim Cheng Soon"]
    # A "By" line elsewhere on the page (another story's teaser) names nobody here.
    teaser = "<h2>Other story of the day</h2><p>By Jane Roe</p>"
    assert _metadata(_page(head, teaser)).authors == []


def test_a_date_line_beside_the_headline_is_the_published_date() -> None:
    head = "<title>Vast riddles</title>"
    blogger = "<h2>Thursday, 1 November 2012</h2><div><h3>Vast riddles</h3></div>"
    assert _metadata(_page(head, blogger)).published_at == "2012-11-01"
    byline = "<h2>Vast riddles</h2><div class='meta'>By Jo Roe, 10 November 2010</div>"
    assert _metadata(_page(head, byline)).published_at == "2010-11-10"
    # An update, or a date past the story's first paragraph, is no publication date.
    updated = "<h2>Vast riddles</h2><p>Updated November 3, 2012</p>"
    assert _metadata(_page(head, updated)).published_at is None
    # An older page sets its headline in a table cell, the dateline in the next row.
    head = "<title>Herald | Council approves the harbour plan</title>"
    cells = (
        "<table><tr><td class='arttitle'>Council approves the harbour plan</td></tr>"
        "<tr><td>Sunday December 9, 2007 8:48 PM</td></tr></table>"
    )
    assert _metadata(_page(head, cells)).published_at == "2007-12-09"


def test_a_paragraph_long_headline_is_a_misplaced_description() -> None:
    description = "The council met for six hours and " + "argued about every line " * 12
    head = _ld({"@type": "NewsArticle", "headline": description})
    head += '<meta property="og:title" content="Budget approved after long night">'
    assert _metadata(_page(head)).title == "Budget approved after long night"


def test_links_and_scripts_beside_the_root_are_read_not_its_meta_tags_or_headings() -> None:
    from consumer.core.html.parse import parse_page
    from consumer.core.options import CoreOptions

    # A premature </html>: libxml2 puts the rest of the page in a second root element.
    page = (
        '<html><head><title>The first title</title><meta name="author" content="Ann Lee">'
        "</head><body><h1>Harbour repairs begin this week</h1>"
        f"{PROSE}</body></html><html><head>"
        '<link rel="canonical" href="https://www.example-news.com/harbour">'
        + _ld({"@type": "NewsArticle", "headline": "Harbour works"})
        + '<meta name="description" content="Beside the root"></head>'
        "<body><h1>Another heading entirely</h1></body></html>"
    )
    meta = read_metadata(parse_page(page, CoreOptions(), []), None, None)
    assert meta.canonical_url == "https://www.example-news.com/harbour"
    assert meta.title == "Harbour repairs begin this week"  # the page's one <h1>
    assert "Harbour works" in meta.headlines  # from the JSON-LD beside the root
    assert meta.authors == ["Ann Lee"]
    assert meta.description is None
    assert "Another heading entirely" not in meta.headlines
    assert "Harbour repairs begin this week" in meta.headlines


def test_json_ld_author_given_by_reference_is_read_from_the_graph() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "BlogPosting",
                "headline": "Tide tables",
                "author": {"@id": "https://example-news.com/#jane"},
            },
            {"@type": "Person", "@id": "https://example-news.com/#jane", "name": "Jane Fielder"},
        ],
    }
    page = _page(_ld(graph), '<h1>Tide tables</h1><p class="byline">Tom Other</p>')
    assert _metadata(page).authors == ["Jane Fielder"]


def test_byline_skips_its_topic_tag() -> None:
    element = _element(
        '<div class="post-byline"><span class="byline__tag"><a href="/tag/gardens">Gardens'
        '</a></span> By <a href="/authors/ann-moss">Ann Moss</a></div>'
    )
    assert names_in(element) == "Ann Moss"


def test_author_link_to_a_topic_listing_is_no_byline() -> None:
    page = _page(
        body='<h1>Rest days</h1><a id="author-link" href="/blog/?content_topic=4">'
        "Team Health</a><p>Text.</p>"
    )
    assert byline_names(_element(page)) is None


def test_byline_label_inside_a_sentence() -> None:
    element = _element(
        '<div class="author-bio">This post was written by Lena Marsh, Head of Outreach'
        " and Community Care</div>"
    )
    assert names_in(element) == "Lena Marsh"


def test_author_bio_prose_is_no_byline() -> None:
    element = _element(
        '<p class="byline">Omar Reyes is an engineer with twelve years of work in storage,'
        " caching, and build tooling.</p>"
    )
    assert names_in(element) is None


def test_byline_headline_of_another_story_is_skipped() -> None:
    page = _page(
        body='<h1>Lag metrics</h1><div class="footer-author"><a class="footer-author__article-'
        'title" href="/other">Queues & Streams: Odd Cases</a></div>'
    )
    assert byline_names(_element(page)) is None


def test_title_loses_a_leading_date_and_section_label() -> None:
    dated = _page(body="<h1>Mar 4 2024 Moving the build to a new runner</h1>")
    assert _metadata(dated).title == "Moving the build to a new runner"
    labelled = _page(body="<h1>Blog: Ten ways to plan a garden</h1>")
    assert _metadata(labelled).title == "Ten ways to plan a garden"


def test_title_loses_the_post_line_run_into_its_h1() -> None:
    page = _page(
        body="<h1>Keeping bees in a city yard<span> Posted on May 2, 2023 by kim</span></h1>"
    )
    assert _metadata(page).title == "Keeping bees in a city yard"


def test_title_loses_markdown_emphasis_but_keeps_short_headlines() -> None:
    page = _page(head="<title>*An Essay on Tea* (1801)</title>")
    assert _metadata(page).title == "An Essay on Tea (1801)"
    short = _page(body="<h1>Published by Dawn</h1>")
    assert _metadata(short).title == "Published by Dawn"


def test_a_modified_date_alone_gives_no_published_date() -> None:
    head = '<meta property="article:modified_time" content="2024-06-11T09:30:00Z">'
    page = _page(head, "<h1>Pruning roses in early summer</h1>")
    meta = _metadata(page)
    assert meta.published_at is None
    assert meta.modified_at is not None and meta.modified_at.startswith("2024-06-11")


def test_a_found_date_other_than_the_modified_day_is_kept() -> None:
    head = '<meta property="article:modified_time" content="2024-06-11T09:30:00Z">'
    page = _page(head, "<h1>Pruning roses in early summer</h1>")
    url = "https://www.example-news.com/2023/04/02/pruning-roses"
    assert (_metadata(page, url).published_at or "").startswith("2023-04-02")


def test_a_themes_updated_time_is_the_modified_date() -> None:
    # hAtom's "updated" beside the publication's <time>, as WordPress themes write them
    page = _page(
        body='<article><h1>Pruning roses in early summer</h1><p class="meta">'
        '<time class="entry-date published" datetime="2024-05-02T09:12:00-05:00">May 2'
        '</time><time class="updated" datetime="2024-05-03T10:00:00-05:00">May 3</time>'
        "</p><p>Cut above an outward-facing bud.</p></article>"
    )
    meta = _metadata(page)
    assert meta.published_at == "2024-05-02T09:12:00-05:00"
    assert meta.modified_at == "2024-05-03T10:00:00-05:00"


def test_link_to_an_author_page_names_the_author() -> None:
    page = _page(
        body='<h1>Choosing a mesh router</h1><div class="post-writter-bio"><small>WRITTEN BY'
        '</small><a href="/hub/author/home-net-team/">Home Net Team</a></div>'
    )
    assert byline_names(_element(page)) == "Home Net Team"


def test_byline_markup_wins_over_an_author_link_elsewhere() -> None:
    page = _page(
        body='<h1>Winter tyres</h1><span class="byline">By Ida Berg</span>'
        '<div class="more"><a href="/authors/sam-holt">Sam Holt</a></div>'
    )
    assert byline_names(_element(page)) == "Ida Berg"


def test_a_line_under_the_headline_names_its_writer_up_to_a_bar() -> None:
    body = (
        "<h1>Stadtrat beschließt neues Radwegenetz</h1>"
        '<p class="meta">Von Anna Beispiel | 12.03.2025, 14:32 Uhr | Lesezeit: 3 Min.</p>'
    )
    meta = _metadata(_page("<title>Stadtrat beschließt neues Radwegenetz</title>", body))
    assert meta.authors == ["Anna Beispiel"]
    assert meta.published_at == "2025-03-12"


def test_a_headline_set_on_two_lines_keeps_a_space_at_the_break() -> None:
    h1 = "<h1>Rebuilding the Harbour (2025)<br>What the Town Plans Next</h1>"
    meta = _metadata(_page("<title>Harbour plans</title>", h1))
    assert meta.title == "Rebuilding the Harbour (2025) What the Town Plans Next"
    # and the line beside it is still the headline's: its byline
    beside = _metadata(_page("<title>Harbour plans</title>", h1 + "<p>By Nora Feld</p>"))
    assert beside.authors == ["Nora Feld"]


def test_the_publisher_is_read_from_the_title_where_none_is_declared() -> None:
    page = (
        "<html><head><title>Kabinet trekt extra geld uit voor dijken | Dagblad van het "
        "Noorden</title></head><body><h1>Kabinet trekt extra geld uit voor dijken</h1>"
        "</body></html>"
    )
    meta = _metadata(page)
    assert meta.publisher == "Dagblad van het Noorden"
    assert meta.title == "Kabinet trekt extra geld uit voor dijken"
    section = page.replace("Dagblad van het Noorden", "Politics")
    assert _metadata(section).publisher is None  # a section's name, not the house's
    declared = page.replace("</head>", '<meta property="og:site_name" content="DvhN"></head>')
    assert _metadata(declared).publisher == "DvhN"


def test_an_aggregators_copy_names_it_the_republisher_not_the_publisher() -> None:
    title = "Storm closes the coast road | The Riverton Gazette - MSN"
    by_title = _metadata(_page(f"<title>{title}</title>", "<h1>Storm closes the coast road</h1>"))
    assert (by_title.publisher, by_title.republisher) == ("The Riverton Gazette", "MSN")
    # on the aggregator's host, declaring its own name, with the story's canonical URL
    head = (
        '<meta property="og:site_name" content="MSN">'
        '<link rel="canonical" href="https://www.cnn.com/2025/03/12/us/storm-coast-road">'
    )
    copy = _metadata(_page(head), url="https://www.msn.com/en-us/news/us/storm/ar-AA1x")
    assert (copy.site, copy.publisher, copy.republisher) == ("cnn.com", "CNN", "MSN")
    assert _metadata(_page(head.replace("MSN", "CNN"))).republisher is None


def test_an_aside_or_address_named_for_the_author_is_a_byline() -> None:
    meta = (
        '<div class="post-meta-wrapper"><aside class="post-meta"><time>Mar 02, 2024</time>'
        '</aside><aside class="post-author">Nora Feld</aside></div>'
    )
    assert byline_names(lxml_html.fromstring(_page(body=meta))) == "Nora Feld"
    card = '<address class="author-card">Tomas Brink</address>'
    assert byline_names(lxml_html.fromstring(_page(body=card))) == "Tomas Brink"


def test_a_twitter_card_labelled_as_the_writer_names_the_author() -> None:
    card = (
        '<meta name="twitter:label1" content="Geschrieben von">'
        '<meta name="twitter:data1" content="Lena Ostrow">'
        '<meta name="twitter:label2" content="Lesedauer">'
        '<meta name="twitter:data2" content="4 Minuten">'
    )
    assert _metadata(_page(card, "<h1>Ein Garten im Winter</h1>")).authors == ["Lena Ostrow"]
    # A byline comes first: the card names the account that posted it.
    byline = '<h1>Ein Garten</h1><p class="byline">Von Jana Holm</p>'
    assert _metadata(_page(card, byline)).authors == ["Jana Holm"]
    reading = '<meta name="twitter:label1" content="Est. reading time">'
    reading += '<meta name="twitter:data1" content="4 minutes">'
    assert _metadata(_page(reading, "<h1>A garden in winter</h1>")).authors == []


def test_the_date_a_storys_time_element_shows_without_a_datetime() -> None:
    head = "<title>Frost in the garden</title>"
    story = (
        "<h1>Frost in the garden</h1><div class='share'>Pin</div>"
        "<time class='entry-time'>April 26, 2024</time>"
        "<time class='entry-modified-time'>Updated on: May 2, 2024</time>"
    )
    assert _metadata(_page(head, story)).published_at == "2024-04-26"
    # A masthead's date (today's) is no story's; nor is an update, nor "03/04/2024".
    masthead = lxml_html.fromstring("<html><body><header><time>Friday, April 26, 2024</time>")
    assert _shown_time(list(masthead.iter("time"))) is None
    for shown in ("Updated on: May 2, 2024", "03/04/2024"):
        story_time = lxml_html.fromstring(_page(body=f"<time>{shown}</time>"))
        assert _shown_time(list(story_time.iter("time"))) is None


def test_an_entry_time_outside_article_and_main_is_the_published_date() -> None:
    # a theme's full-width cover sets the headline and its date before the <article>
    cover = (
        "<html><body><div class='cover'><h1>Frost in the garden</h1>"
        "<time class='entry-time'>April 26, 2024</time>"
        "<time class='entry-modified-time'>Updated on: May 2, 2024</time></div>"
        f"<article>{PROSE}</article></body></html>"
    )
    assert _metadata(cover).published_at == "2024-04-26"
    unclassed = cover.replace("class='entry-time'", "")
    assert _shown_time(list(lxml_html.fromstring(unclassed).iter("time"))) is None


def test_the_story_signed_in_its_articles_footer() -> None:
    story = (
        "<h1>Moving the build farm</h1>" + PROSE + "<footer><p>Posted by "
        "<a href='/about'>Ola Brenner</a> on 2025-03-07 in infrastructure.</p></footer>"
    )
    assert _metadata(_page(body=story)).authors == ["Ola Brenner"]
    comment = (
        "<h1>Moving the build farm</h1><div class='comments'><article><footer>Posted by "
        "Rik Tamm on 2025-03-08</footer><p>Nice post</p></article></div>"
    )
    assert _metadata(_page(body=comment)).authors == []


def test_byline_labels_of_more_languages_and_names_with_vowel_signs() -> None:
    # Devanagari vowel signs are combining marks, not word characters.
    hindi = _element('<span class="byline">द्वारा <a href="/p/1">राहुल शर्मा</a></span>')
    assert names_in(hindi) == "राहुल शर्मा"
    polish = _element('<div class="byline"><span>Autor: Anna Kowalska</span></div>')
    assert names_in(polish) == "Anna Kowalska"
    greek = _element('<div class="byline">Του Γιώργου Παπαδόπουλου</div>')
    assert names_in(greek) == "Γιώργου Παπαδόπουλου"


def test_a_thai_byline_drops_its_label() -> None:
    thai = _element('<div class="byline"><span>โดย สมชาย ใจดี</span></div>')
    assert names_in(thai) == "สมชาย ใจดี"


def test_a_thai_headline_is_one_spaced_word_and_its_date_in_the_buddhist_era() -> None:
    # Thai writes no spaces between words: the <h1> is one "word" by spaces, which read
    # as a logo's and kept the site's name on the <title>; the date's year is 2568 BE.
    headline = "เทศบาลเตรียมปรับปรุงสวนสาธารณะกลางเมืองครั้งใหญ่"
    page = _page(
        f"<title>{headline} | Example</title>",
        f"<h1>{headline}</h1>"
        "<div><span>โดย สมชาย ใจดี</span> <span>25 พ.ย. 2568 10:15 น.</span></div>",
    )
    meta = _metadata(page)
    assert meta.title == headline
    assert meta.published_at == "2025-11-25"
    assert meta.authors == ["สมชาย ใจดี"]


def test_a_persian_date_line_is_read_in_the_solar_hijri_calendar() -> None:
    headline = "افزایش قیمت نان در تهران از هفته آینده"
    page = _page(f"<title>{headline}</title>", f"<h1>{headline}</h1><div>۶ آذر ۱۴۰۵ - ۱۰:۳۰</div>")
    assert _metadata(page).published_at == "2026-11-27"


def test_a_byline_sharing_the_date_strip_under_the_headline_names_the_writer() -> None:
    # A Chinese portal's strip: date, source and writer apart by ideographic spaces.
    headline = "上海地铁新线路下月开通"
    strip = "2026-11-27 10:30:15\u3000来源：示例新闻网\u3000作者：王明"
    page = _page(f"<title>{headline}_示例新闻网</title>", f"<h1>{headline}</h1><div>{strip}</div>")
    assert _metadata(page).authors == ["王明"]
    german = "25.11.2026 | Quelle: dpa | Autor: Jan Roe"
    page = _page(
        "<title>Streik am Flughafen</title>", f"<h1>Streik am Flughafen</h1><div>{german}</div>"
    )
    assert _metadata(page).authors == ["Jan Roe"]


def test_the_publisher_is_the_holder_the_footers_copyright_names() -> None:
    footer = "<footer><p>© Le Courrier de l'Ouest 2026 - Tous droits réservés</p></footer>"
    page = f"<html><head></head><body><article>{PROSE}</article>{footer}</body></html>"
    assert _metadata(page).publisher == "Le Courrier de l'Ouest"
    # A photo's credit inside the story names no publisher.
    figure = "<figure><img src='a.jpg'><figcaption>© Jane Roe</figcaption></figure>"
    assert _metadata(_page(body=figure)).publisher is None


_COPYRIGHT_UNION = etree.XPath(
    "//footer[not(ancestor::article)]//text()[contains(., '©')] | "
    "//*[contains(@class, 'copyright') or contains(@id, 'copyright')]"
    "[not(ancestor::article)]//text()[contains(., '©')]"
)


def test_the_copyright_notices_texts_are_those_of_the_union_over_the_page() -> None:
    pages = [
        "<footer><p>© Gazette 2026</p>© tail in the footer</footer><p>© outside</p>",
        "<div class='site-copyright'><b>©</b> 2026 Gazette<span>Rights ©</span></div>",
        "<article><footer>© a story's footer</footer><p id='copyright'>© in it</p></article>",
        "<div id='copyright-note'><footer>© both at once</footer> © after it</div>",
        "<p class='copyright'>no sign here</p><footer>none either</footer>",
        "<aside><figure><figcaption>© Jane Roe</figcaption></figure></aside>",
    ]
    for body in pages:
        tree = lxml_html.fromstring(f"<html><body>{body}</body></html>")
        found = [(str(t), t.getparent(), t.is_tail) for t in _copyright_texts(tree)]
        expected = [(str(t), t.getparent(), t.is_tail) for t in _COPYRIGHT_UNION(tree)]
        assert found == expected
    # A second root element (a page's rest after a premature </html>) is read too.
    tree = lxml_html.document_fromstring(
        "<html><body><p>x</p></body></html><footer>© after the document</footer>"
    )
    assert [str(t) for t in _copyright_texts(tree)] == [str(t) for t in _COPYRIGHT_UNION(tree)]


def test_the_update_after_a_bar_in_the_headlines_date_strip_is_read() -> None:
    head = "<title>Vast riddles of the deep sea</title>"
    strip = (
        "<h2>Vast riddles of the deep sea</h2>"
        "<div class='dates'>Published Nov. 27, 2026 | Updated Nov. 28, 2026, 11:02 a.m.</div>"
    )
    metadata = _metadata(_page(head, strip))
    assert metadata.published_at == "2026-11-27"
    assert metadata.modified_at is not None and metadata.modified_at.startswith("2026-11-28")


def test_a_newsroom_credit_in_meta_gives_way_to_the_byline_under_the_headline() -> None:
    head = '<title>Plan de vivienda para jóvenes</title><meta name="author" content="Redacción">'
    body = "<h1>Plan de vivienda para jóvenes</h1><p>Por Lucía Fernández | Madrid</p>"
    assert _metadata(_page(head, body)).authors == ["Lucía Fernández"]
    # With no byline the credit is all the page says.
    assert _metadata(_page(head, "<h1>Plan de vivienda para jóvenes</h1>")).authors == ["Redacción"]


def test_the_titles_suffix_naming_the_footers_copyright_holder_goes() -> None:
    head = "<title>서울시, 심야버스 노선 2배로 늘린다 - 한빛일보</title>"
    footer = "<footer>Copyright © 한빛일보. All rights reserved.</footer>"
    page = f"<html><head>{head}</head><body><article>{PROSE}</article>{footer}</body></html>"
    metadata = _metadata(page)
    assert metadata.title == "서울시, 심야버스 노선 2배로 늘린다"
    assert metadata.publisher == "한빛일보"


def test_an_h2_rewording_the_title_is_the_headline_on_a_page_without_h1() -> None:
    head = "<title>서울시, 심야버스 노선 2배로 - 한빛일보</title>"
    body = "<h2>서울시, 내년부터 심야버스 노선 두 배로 늘린다</h2>"
    assert _metadata(_page(head, body)).title == "서울시, 내년부터 심야버스 노선 두 배로 늘린다"
    # An <h2> of another story (a teaser) shares too few words.
    other = "<h2>부산시, 해운대 해수욕장 야간 개장 연장</h2>"
    assert _metadata(_page(head, other)).title == "서울시, 심야버스 노선 2배로 - 한빛일보"


def test_meta_author_naming_the_title_s_site_gives_way_to_the_byline() -> None:
    page = _page(
        '<title>Council agrees the budget | Stadtportal Nord</title><meta name="author" '
        'content="Stadtportal Nord">',
        '<h1>Council agrees the budget</h1><div class="author">Von Jana Vogt</div>',
    )
    assert _metadata(page).authors == ["Jana Vogt"]


def test_a_studio_or_agency_after_the_writer_is_no_author() -> None:
    byline = '<div class="author">Von Jana Vogt, Nord-Hauptstadtstudio</div>'
    assert _metadata(_page(body=byline)).authors == ["Jana Vogt"]
    byline = '<div class="author">By Jana Vogt, Reuters</div>'
    assert _metadata(_page(body=byline)).authors == ["Jana Vogt"]


def test_co_authors_in_byline_elements_side_by_side_are_all_authors() -> None:
    byline = (
        '<p class="meta">Par <a class="author">Claire Morel</a> et '
        '<a class="author">Louis Bernet</a></p>'
    )
    assert _metadata(_page(body=byline)).authors == ["Claire Morel", "Louis Bernet"]


def test_a_relative_day_after_the_writer_is_no_part_of_the_name() -> None:
    byline = '<div class="byline">Door <a href="/auteur/p">Pieter Vos</a> Vandaag, 11:42</div>'
    assert _metadata(_page(body=byline)).authors == ["Pieter Vos"]
