"""The cleaning stage: name lookups in one pass, link teasers taken out of the tree."""

from __future__ import annotations

import pytest
from lxml import html

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html import patterns as pt
from consumer.core.html.clean import _kinds_of, clean_tree, kind_of_names
from consumer.core.html.lines import boilerplate_reason
from consumer.core.options import CoreOptions

NAMES = [
    "related-stories",
    "story-body",
    "relatedArticles",
    "social_share",
    "figure__caption",
    "main",
    "newsletter-signup wide",
    "card",
    "card",
    "AdvisorCTA_box",
    "ΣΊΣ related",
    "",
]


def test_kinds_of_matches_one_lookup_per_name() -> None:
    expected = {name: kind_of_names(name) for name in NAMES}
    assert _kinds_of(NAMES) == expected
    assert expected["related-stories"] == "related"
    assert expected["story-body"] is None


def test_a_content_container_with_a_widget_modifier_is_no_widget() -> None:
    # The story's own block, named with its "read more" toggle or "share" state.
    assert kind_of_names("entry-content entry-content-read-more") is None
    assert kind_of_names("article-body--share-enabled") is None
    # Only that name is spared: a sibling class still names a widget.
    assert kind_of_names("entry-content-read-more newsletter-box") == "newsletter"
    assert kind_of_names("read_more") == "related"


def test_blog_plugins_related_posts_boxes_are_related() -> None:
    # Jetpack's and YARPP's boxes join the words: "jp-relatedposts", "relatedposts"
    assert kind_of_names("jp-relatedposts") == "related"
    assert kind_of_names("relatedstories") == "related"


def test_boxes_named_in_the_sites_language() -> None:
    assert kind_of_names("noticia-relacionada") == "related"
    assert kind_of_names("mas-leidas") == "related"  # "most read"
    assert kind_of_names("meistgelesen") == "related"
    assert kind_of_names("autor-bio") == "author_bio"
    assert kind_of_names("sobre-o-autor") == "author_bio"


def test_a_state_class_names_no_widget() -> None:
    # The article itself, marked paywalled or holding a share bar.
    assert kind_of_names("jslc isPaywall") is None
    assert kind_of_names("post has-share-bar") is None
    assert kind_of_names("paywall") == "advertisement"
    # A section the contents box is told to leave out is no contents box.
    assert kind_of_names("blog-paragraph no_toc_section") is None
    assert kind_of_names("toc-container") == "table_of_contents"
    assert kind_of_names("nocontent") == "not_content"


def test_kinds_of_names_with_line_breaks() -> None:
    names = [*NAMES, "promo\nshare", "caption\n", "\n"]
    assert _kinds_of(names) == {name: kind_of_names(name) for name in names}


def test_kinds_of_nothing() -> None:
    assert _kinds_of([]) == {}


def _page(body: str) -> html.HtmlElement:
    return html.document_fromstring(f"<html><body>{body}</body></html>")


def test_one_link_teaser_becomes_related_and_menu_entry_stays() -> None:
    tree = _page(
        "<p>The council met on Monday and voted.</p>"
        '<p><a href="/news/other-story">Flood defences fail again in the valley</a></p>'
        '<li><a href="/sport">Sport</a></li>'
    )
    cleaned = clean_tree(tree, "https://example.com/news/story")
    assert [link.title for link in cleaned.related] == ["Flood defences fail again in the valley"]
    assert cleaned.related[0].url == "https://example.com/news/other-story"
    assert "Sport" in tree.text_content()


def test_a_teaser_with_its_date_becomes_related_and_a_dated_sentence_stays() -> None:
    tree = _page(
        "<p>The council met on Monday and voted.</p>"
        '<p><a href="/news/other">Flood defences fail again in the valley</a> '
        '<time datetime="2019-11-02">Nov 2, 2019</time></p>'
        '<p>The <a href="/news/vote">vote</a> on the budget was held on <time>Monday</time>.</p>'
    )
    cleaned = clean_tree(tree, "https://example.com/news/story")
    assert [link.title for link in cleaned.related] == ["Flood defences fail again in the valley"]
    text = tree.text_content()
    assert "Nov 2, 2019" not in text
    assert "on the budget was held on Monday." in text


def _cards(summaries: list[str], headline_tag: str = "h3") -> str:
    return "".join(
        f'<div class="c"><{headline_tag}><a href="/s{i}">Another story number {i} with a '
        f"long headline</a></{headline_tag}><p>{summary}</p></div>"
        for i, summary in enumerate(summaries)
    )


def test_a_row_of_cards_under_linked_headlines_goes_with_their_summaries() -> None:
    summaries = [f"A short summary of another story number {i} readers may like." for i in range(3)]
    tree = _page(f"<p>The council met on Monday and voted.</p><div>{_cards(summaries)}</div>")
    cleaned = clean_tree(tree, "https://example.com/news/story")
    assert len(cleaned.related) == 3
    text = tree.text_content()
    assert "A short summary" not in text
    assert "The council met on Monday and voted." in text


def test_one_card_or_sections_longer_than_a_summary_under_linked_headings_stay() -> None:
    one = _page(f"<p>The council met.</p><div>{_cards(['A short summary of the story.'])}</div>")
    clean_tree(one, "https://example.com/news/story")
    assert "A short summary of the story." in one.text_content()
    section = "The council met on Monday. " * 25  # a section of the story, not a summary
    tree = _page(f"<div>{_cards([section, section])}</div>")
    clean_tree(tree, "https://example.com/news/story")
    assert tree.text_content().count("The council met on Monday.") == 50


def _headlines_over_summaries(count: int, href: str = "/news/s") -> str:
    return "".join(
        f'<p><a href="{href}{i}">Another story number {i} with a headline</a><br>'
        f"A one-line summary of another story number {i}</p>"
        for i in range(count)
    )


def test_a_row_of_linked_headlines_over_summaries_in_paragraphs_goes() -> None:
    tree = _page(
        "<div><p>The council met on Monday and voted.</p></div>"
        f"<div>{_headlines_over_summaries(3)}</div>"
    )
    cleaned = clean_tree(tree, "https://example.com/news/story")
    assert [link.title for link in cleaned.related] == [
        f"Another story number {i} with a headline" for i in range(3)
    ]
    assert cleaned.related[0].url == "https://example.com/news/s0"
    text = tree.text_content()
    assert "summary" not in text
    assert "The council met on Monday and voted." in text


def test_a_table_of_linked_headlines_over_summaries_one_to_a_row_goes() -> None:
    rows = "".join(
        f'<tr><td><img src="/dot.gif"><br></td><td><a href="/news/s{i}">Another story number'
        f" {i} with a headline</a><br>A one-line summary of another story number {i}</td></tr>"
        for i in range(3)
    )
    tree = _page(f"<p>The council met on Monday and voted.</p><table>{rows}</table>")
    cleaned = clean_tree(tree, "https://example.com/news/story")
    assert len(cleaned.related) == 3
    assert "summary" not in tree.text_content()


def test_a_data_table_of_links_with_descriptions_stays() -> None:
    rows = "".join(
        f'<tr><td>Item {i} of the list</td><td><a href="/reports/r{i}">The annual report of'
        f" the board {i}</a><br>A description of what the report number {i} holds</td></tr>"
        for i in range(3)
    )
    tree = _page(f"<p>The council met on Monday and voted.</p><table>{rows}</table>")
    text = tree.text_content()
    clean_tree(tree, "https://example.com/news/story")
    assert tree.text_content() == text


@pytest.mark.parametrize(
    "row",
    [
        _headlines_over_summaries(2),  # two: the story's own notes on its sources
        _headlines_over_summaries(3, href="https://other-example.com/report"),  # links out
        _headlines_over_summaries(3).replace("<br>", " "),  # a paragraph that opens with a link
        _headlines_over_summaries(3).replace("<p><a", "<p>See <a"),  # text before the link
        _headlines_over_summaries(3).replace("A one-line summary of another story number", "$"),
    ],
)
def test_linked_headlines_over_summaries_stay_unless_a_row_of_the_sites_teasers(row: str) -> None:
    tree = _page(f"<div><p>The council met on Monday and voted.</p></div><div>{row}</div>")
    text = tree.text_content()
    clean_tree(tree, "https://example.com/news/story")
    assert tree.text_content() == text


def test_a_teaser_to_a_subdomain_of_the_site_goes_and_a_link_out_stays() -> None:
    tree = _page(
        "<p>The council met on Monday and voted.</p>"
        '<p><strong><a href="https://video.example.com/v/123">MAYOR SAYS THE BRIDGE WILL '
        "REOPEN IN MAY</a></strong></p>"
        '<p><a href="https://other-example.com/report">The full report of the harbour board</a>'
        "</p>"
        '<p><a href="https://notexample.com/x">A link to a site whose name ends alike</a></p>'
    )
    cleaned = clean_tree(tree, "https://www.example.com/news/story")
    assert [link.title for link in cleaned.related] == ["MAYOR SAYS THE BRIDGE WILL REOPEN IN MAY"]
    text = tree.text_content()
    assert "The full report of the harbour board" in text
    assert "A link to a site whose name ends alike" in text


def test_a_paragraph_or_heading_inside_a_link_to_another_page_is_a_card() -> None:
    summary = "The harbour board met again on Friday and put off the vote until spring."
    tree = _page(
        "<p>The council met on Monday and voted.</p>"
        '<a href="/news/harbour-vote"><h3>Harbour board puts off its vote again</h3>'
        f"<p>{summary}</p></a>"
        f'<a href="https://elsewhere.example.org/report"><p>{summary} (elsewhere)</p></a>'
    )
    cleaned = clean_tree(tree, "https://example.com/news/story")
    text = tree.text_content()
    assert summary not in text.replace(f"{summary} (elsewhere)", "")
    assert f"{summary} (elsewhere)" in text  # a link out: part of the story
    assert "Harbour board puts off" not in text
    assert [link.title for link in cleaned.related] == ["Harbour board puts off its vote again"]


def test_gated_boilerplate_needs_a_keyword() -> None:
    assert boilerplate_reason("Subscribe to our briefing for daily updates") == "newsletter"
    assert boilerplate_reason("© 2024 Example Media") == "boilerplate"
    assert boilerplate_reason("The river rose by two metres overnight.") is None


def test_a_box_named_related_that_holds_paragraphs_of_prose_stays() -> None:
    prose = (
        "Flushes: coolant, power steering fluid and brake fluid need changing now and then, "
        "and a shop uses a machine that pushes the old fluid out as the new goes in. "
    )
    tree = _page(
        "<p>The council met on Monday and voted.</p>"
        f'<div id="more-on-car-care"><h2>More on car care</h2><p>{prose}</p><p>{prose}</p>'
        f"<p>{prose}</p></div>"
        '<div class="related-stories"><ul>'
        '<li><a href="/a">Flood defences fail again in the valley</a></li>'
        '<li><a href="/b">New bridge opens to walkers on Sunday</a></li></ul></div>'
    )
    cleaned = clean_tree(tree, "https://example.com/news/story")
    text = tree.text_content()
    assert "Flushes: coolant" in text
    assert "Flood defences" not in text
    assert cleaned.removed["related"] == 1


def test_a_table_of_contents_goes_but_a_section_named_like_one_that_holds_prose_stays() -> None:
    prose = (
        "Cloud computing kept growing after the pandemic, and the five largest providers "
        "now hold most of the market between them, analysts at the harbour bank said. "
    )
    tree = _page(
        "<p>The council met on Monday and voted.</p>"
        '<div class="toc"><ul><li><a href="#one">Why it grows</a></li>'
        '<li><a href="#two">Who leads</a></li></ul></div>'
        f'<div class="toc-section"><h2 id="one">Why it grows</h2><p>{prose}</p>'
        f"<p>{prose}</p></div>"
    )
    cleaned = clean_tree(tree, "https://example.com/news/story")
    text = tree.text_content()
    assert "Cloud computing kept growing" in text
    assert "Who leads" not in text
    assert cleaned.removed["table_of_contents"] == 1


def test_a_section_named_like_a_table_of_contents_holding_a_list_in_its_prose_stays() -> None:
    # The section a contents box links to ("toc_why-it-grows"): a heading, a paragraph, a
    # bullet list and another paragraph. Its list items are prose too.
    intro = "Cloud computing kept growing after the pandemic for these reasons, analysts said:"
    items = [
        "It costs less than running the same machines in a company's own building.",
        "Staff can work from anywhere, which most firms now allow at least part time.",
        "Providers patch their systems faster than most companies can patch theirs.",
    ]
    tree = _page(
        '<div class="toc"><ul><li><a href="#one">Why it grows</a></li>'
        '<li><a href="#two">Who leads</a></li></ul></div>'
        '<div id="toc_why-it-grows"><h2>Why it grows</h2>'
        f"<p>{intro}</p><ul>{''.join(f'<li>{item}</li>' for item in items)}</ul>"
        "<p>Investors should look at the long term, not a year or two of prices.</p></div>"
    )
    cleaned = clean_tree(tree, "https://example.com/news/story")
    text = tree.text_content()
    assert all(item in text for item in items)
    assert "Who leads" not in text
    assert cleaned.removed["table_of_contents"] == 1


def test_a_share_bar_goes_but_a_container_named_for_sharing_that_holds_the_story_stays() -> None:
    prose = (
        "Heat pump sales rose by two fifths in the first three quarters, the heating "
        "industry association said, while gas boilers lost ground for the first time. "
    )
    tree = _page(
        '<div class="share-bar"><a href="/s/fb">Facebook</a> <a href="/s/x">X</a></div>'
        f'<div class="documentContent__sharingContainer"><p>{prose}</p><p>{prose}</p></div>'
    )
    cleaned = clean_tree(tree, "https://example.com/news/story")
    text = tree.text_content()
    assert "Heat pump sales rose" in text
    assert "Facebook" not in text
    assert cleaned.removed["share"] == 1


def test_a_hover_card_after_a_link_in_a_paragraph_goes_and_the_link_text_stays() -> None:
    tree = _page(
        "<p>A man pleaded guilty to threatening Rep. "
        '<span class="person"><a href="/people/jane-doe">Jane Doe</a>'
        '<span class="card"><img src="/jd.jpg"><a href="/people/jane-doe">Jane Doe</a>'
        '<a href="/news/1">Harbour bill passes the House after a long night</a> '
        '<a href="/news/2">Doe asks court for compassion in sentencing</a></span></span>'
        " (D-Minn.), prosecutors said.</p>"
        '<p>See <a href="/a">one</a> and <img src="/x.png"> <span><a href="/b">two</a> '
        '<a href="/c">three</a> <a href="/d">four</a> and some words of the sentence '
        "itself, long enough to matter.</span></p>"
    )
    cleaned = clean_tree(tree, "https://example.com/news/story")
    text = " ".join(tree.text_content().split())
    assert "threatening Rep. Jane Doe (D-Minn.), prosecutors said." in text
    assert "Harbour bill passes" not in text
    assert "words of the sentence itself" in text
    assert cleaned.removed["related"] == 1


def test_hover_cards_are_those_the_whole_document_xpath_finds() -> None:
    """The one-walk finder gives what the XPath it replaced gives, in document order."""
    from lxml import etree

    from consumer.core.html import patterns as pt
    from consumer.core.html.clean import _hover_cards

    whole_document = etree.XPath(
        "//p//*[self::span or self::div][preceding-sibling::*[1][self::a]][.//img]"
        f"[count(.//a) >= {pt.MIN_HOVER_CARD_LINKS}]"
    )
    links = '<img src="/i.png"><a href="/1">1</a><a href="/2">2</a><a href="/3">3</a>'
    page = (
        f"<html><body><p>A <a href='/x'>name</a><span>{links}</span> and"
        f" <a href='/y'>y</a><!-- c --><div>{links}</div></p>"
        f"<p><a href='/z'>z</a><span><a href='/w'>w</a><span>{links}</span></span></p>"
        f"<p><a href='/v'>v</a><span><img src='/j.png'><a href='/1'>1</a></span></p>"
        f"<div><a href='/u'>u</a><span>{links}</span></div></body></html>"
        f"<p><a href='/t'>t</a><span>{links}</span></p>"
    )
    tree = html.document_fromstring(page)
    found = _hover_cards(tree)
    assert found == whole_document(tree)
    assert len(found) >= 3
    # A link nested in another (built by hand: the parser closes the first): the card
    # after the inner link comes first in the page, before the one after the outer link.
    tree = html.document_fromstring(
        f"<html><body><p><a href='/o'>outer</a><span>{links}</span></p></body></html>"
    )
    outer = tree.find(".//a")
    inner = html.fragment_fromstring(f"<span><a href='/i'>inner</a><div>{links}</div></span>")
    outer.append(inner)
    found = _hover_cards(tree)
    assert found == whole_document(tree)
    assert [card.tag for card in found] == ["div", "span"]


LEAD = "Die Gemeinde eröffnet am Samstag ein neues Reparaturcafé im Rathaus am Marktplatz."
STORY = [
    "Im Erdgeschoss des Rathauses stehen künftig jeden ersten Samstag im Monat Werkbänke bereit.",
    "Ehrenamtliche helfen dabei, Toaster, Lampen und Fahrräder wieder in Gang zu bringen.",
]


def _news_page(lead_block: str) -> html.HtmlElement:
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    return html.fromstring(
        "<html><body><div class='news news-single'><div class='article'>"
        "<h3>Reparaturcafé eröffnet</h3>"
        f"{lead_block}"
        "<div class='news-img-wrap'><p class='news-img-caption'>Das Rathaus.</p></div>"
        f"<div class='news-text-wrap' itemprop='articleBody'>{paragraphs}</div>"
        "</div></div></body></html>"
    )


def test_a_lead_beside_the_story_moves_before_its_first_paragraph() -> None:
    tree = _news_page(f"<div class='teaser-text'><p>{LEAD}</p></div>")
    clean_tree(tree, "https://example.org/news/1")
    body = tree.xpath("//div[@itemprop='articleBody']")[0]
    first = body[0]
    assert first.text_content() == LEAD
    assert first.get("class") is None  # no longer named "teaser": extractors keep it
    assert [p.text for p in body.iter("p")][1:] == STORY


def test_a_block_named_like_a_lead_but_holding_the_headline_stays() -> None:
    block = f"<div class='intro'><h2>Reparaturcafé</h2><p>{LEAD}</p></div>"
    tree = _news_page(block)
    clean_tree(tree, "https://example.org/news/1")
    body = tree.xpath("//div[@itemprop='articleBody']")[0]
    assert [p.text for p in body.iter("p")] == STORY


def test_a_lead_is_not_moved_past_a_short_first_paragraph() -> None:
    # The story's first paragraph is a short line: the paragraphs further down belong to
    # another block, not to the lead's story.
    tree = html.fromstring(
        "<html><body><div class='main'>"
        f"<div class='chapo'><p>{LEAD}</p></div>"
        "<div class='text'><p>Zum Nachhören unten klicken.</p></div></div>"
        f"<div class='forum'><p>{STORY[0]}</p><p>{STORY[1]}</p></div></body></html>"
    )
    clean_tree(tree, "https://example.org/news/1")
    assert tree.xpath("//div[@class='forum']/p[1]")[0].text == STORY[0]
    assert tree.xpath("//div[@class='main']//p")[0].text == LEAD


def test_a_lead_named_by_its_id_moves_as_a_paragraph_before_a_short_first_line() -> None:
    # (An old template: the lead as text alone in a <div id="article-intro">, the story's
    # first paragraph a short sentence, the second of some length.)
    short = "Das Café öffnet um zehn Uhr."
    paragraphs = "".join(f"<p>{text}</p>" for text in [short, *STORY])
    tree = html.fromstring(
        "<html><body><div id='article-body'><div id='article-media'><img src='a.jpg'></div>"
        f"<div id='article-intro' class='full'> {LEAD} </div>{paragraphs}</div></body></html>"
    )
    clean_tree(tree, "https://example.org/news/1")
    body = tree.xpath("//div[@id='article-body']")[0]
    assert [p.text.strip() for p in body.iter("p")] == [LEAD, short, *STORY]


def test_a_dek_of_text_alone_set_apart_by_a_share_bar_stays_a_division() -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    tree = html.fromstring(
        "<html><body><div class='story'><div class='abstract'>"
        f"{LEAD}</div><ul class='share'><li>Teilen</li></ul>{paragraphs}</div></body></html>"
    )
    clean_tree(tree, "https://example.org/news/1")
    body = tree.xpath("//div[@class='story']")[0]
    assert [p.text for p in body.iter("p")] == STORY


def test_a_site_s_tagline_with_the_id_intro_is_no_lead() -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    tree = html.fromstring(
        "<html><body><div id='header'><p id='intro'>Das offizielle Blog der Gemeinde am"
        f" Marktplatz.</p></div><div class='post'>{paragraphs}</div></body></html>"
    )
    clean_tree(tree, "https://example.org/news/1")
    assert tree.xpath("//p[@id='intro']")
    assert [p.text for p in tree.xpath("//div[@class='post']/p")] == STORY


@pytest.mark.parametrize(("name", "moved"), [("storyintro", True), ("sitelead", False)])
def test_a_lead_named_in_one_word_after_the_story_moves(name: str, moved: bool) -> None:
    tree = _news_page(f"<div class='{name}'><p>{LEAD}</p></div>")
    clean_tree(tree, "https://example.org/news/1")
    body = tree.xpath("//div[@itemprop='articleBody']")[0]
    assert [p.text for p in body.iter("p")] == ([LEAD, *STORY] if moved else STORY)


def test_a_table_of_contents_of_the_page_itself_is_no_teaser_list() -> None:
    page = "https://example.org/guides/harbour-repairs.html"
    tree = html.fromstring(
        "<html><body><article><ol>"
        "<li><a href='/guides/harbour-repairs.html#cost'>"
        "How much do the harbour repairs cost?</a></li>"
        "<li><a href='#when'>When will the harbour repairs be done?</a></li>"
        "<li><a href='/guides/other-guide.html'>Another guide about the harbour walls</a></li>"
        "</ol><h2 id='cost'>How much do the harbour repairs cost?</h2></article></body></html>"
    )
    cleaned = clean_tree(tree, page)
    items = [item.text_content() for item in tree.iter("li")]
    assert items == [
        "How much do the harbour repairs cost?",
        "When will the harbour repairs be done?",
    ]
    assert [link.title for link in cleaned.related] == ["Another guide about the harbour walls"]


def test_consent_placeholders_of_embeds_are_overlays() -> None:
    assert kind_of_names("privacy-embed-preview privacy-embed-facebook") == "overlay"
    assert kind_of_names("_brlbs-content-blocker") == "overlay"
    assert kind_of_names("embed-placeholder") == "overlay"
    assert kind_of_names("embed-responsive") is None  # the embed itself, loaded


def test_the_preview_text_of_an_embed_waiting_for_consent_leaves_the_body() -> None:
    story = [
        f"Paragraph {i} of a story about the harbour repairs, long enough to count as body "
        "text for any extractor that reads it."
        for i in range(5)
    ]
    placeholder = (
        '<div class="privacy-embed-preview privacy-embed-facebook">'
        "<p>The council will vote on the harbour budget on Tuesday, and residents can…</p>"
        '<button class="embed-privacy-button">Load the post</button></div>'
    )
    page = (
        "<html><head><title>Harbour repairs begin</title></head><body><article>"
        "<h1>Harbour repairs begin</h1>"
        + "".join(f"<p>{p}</p>" for p in story[:3])
        + placeholder
        + "".join(f"<p>{p}</p>" for p in story[3:])
        + "</article></body></html>"
    )
    paragraphs = extract_html(RawArticle(content=page, mode="html"), CoreOptions()).paragraphs
    assert paragraphs == story


def test_a_story_list_named_like_a_post_list_stays_and_a_list_of_links_goes() -> None:
    # Blog platforms class every list of a post "postList": its items are the story's own
    # points, linkless or long and mostly outside links; a related list is links.
    long_items = "".join(
        f"<li><strong>Point {n}</strong><br>The committee asked each school board to report "
        f"how its budget for the {n}th term was spent, and <a href='/r{n}'>the rules</a> "
        "that apply to spending on buses and meals.</li>"
        for n in range(1, 4)
    )
    tree = _page(
        "<p>The council met on Monday and voted on the budget for schools.</p>"
        '<ul class="postList"><li>Too few buses</li><li>Late school meals</li></ul>'
        f'<ol class="postList">{long_items}</ol>'
        '<ul class="post-list"><li><a href="/news/a">Flood defences fail in the valley</a></li>'
        '<li><a href="/news/b">Bridge closes for repairs after storm</a></li></ul>'
    )
    cleaned = clean_tree(tree, "https://example.com/news/story")
    text = tree.text_content()
    assert "Too few buses" in text and "Late school meals" in text
    assert "how its budget for the 3th term was spent" in text
    assert "Flood defences fail" not in text
    assert "Bridge closes for repairs after storm" in [link.title for link in cleaned.related]


def test_a_chinese_teaser_is_counted_in_characters_not_words() -> None:
    tree = _page(
        "<p>业内人士表示，充电基础设施的不断完善是推动销量增长的主要因素。</p>"
        '<p><a href="/news/9">多地出台新政策鼓励汽车消费</a></p>'
        '<li><a href="/sport">体育新闻</a></li>'
    )
    cleaned = clean_tree(tree, "https://example.com/news/1")
    assert [link.title for link in cleaned.related] == ["多地出台新政策鼓励汽车消费"]
    assert "体育新闻" in tree.text_content()  # a menu entry of four characters stays


def test_a_thai_teaser_is_counted_in_characters() -> None:
    tree = _page(
        "<p>กรุงเทพมหานครเตรียมความพร้อมรับมือสถานการณ์น้ำท่วมในช่วงฤดูฝนปีนี้</p>"
        '<p><a href="/news/9">ฝนตกหนักทำให้การจราจรติดขัดหลายเส้นทาง</a></p>'
        '<li><a href="/sport">กีฬา</a></li>'
    )
    cleaned = clean_tree(tree, "https://example.com/news/1")
    assert [link.title for link in cleaned.related] == ["ฝนตกหนักทำให้การจราจรติดขัดหลายเส้นทาง"]
    assert "กีฬา" in tree.text_content()


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our newsletter",  # "sign up" and "newsletter"
        "signup today",
        "Continued on page 4",  # "continu" inside a longer word
        "The river rose; no keyword here",
        "| a | b |",
        "© 2020-2024 Example Media, all rights reserved",  # "©", "20" twice, overlapping
        "",
    ],
)
def test_gates_opened_are_those_whose_keywords_the_line_holds(line: str) -> None:
    lowered = line.lower()
    expected = {
        i
        for i, (keywords, _, _) in enumerate(pt.GATED_BOILERPLATE_LINES)
        if any(keyword in lowered for keyword in keywords)
    }
    assert pt.GATE_SEARCH.opened(lowered) == expected
