"""The HTML extractor on made-up pages in several site styles."""

from __future__ import annotations

import random

import pytest
from html_pages import (
    HOUSING_PARAGRAPHS,
    STORM_CAPTION,
    STORM_PARAGRAPHS,
    STORM_RELATED,
    bbc_style_page,
    blog_style_page,
    guardian_style_page,
    undated_page,
)
from lxml import etree
from lxml.html import document_fromstring

from consumer.contract import ExtractionError, RawArticle
from consumer.core.html import extract_html
from consumer.core.html.extract import prev_next_anchors
from consumer.core.model import Extraction
from consumer.core.options import DEFAULT_OPTIONS


def _extract(html: str, url: str | None = None) -> Extraction:
    return extract_html(RawArticle(content=html, mode="html", url=url), DEFAULT_OPTIONS)


def test_bbc_style_body_is_the_story_in_order() -> None:
    result = _extract(bbc_style_page(), url="https://www.bbc.co.uk/news/uk-wales-123")
    assert result.paragraphs == STORM_PARAGRAPHS


def test_bbc_style_caption_is_split_out_of_the_body() -> None:
    result = _extract(bbc_style_page())
    assert result.captions == [STORM_CAPTION]
    assert not any("Porthcawl on Tuesday evening" in p for p in result.paragraphs)
    assert result.removed["caption"] == 1


def test_bbc_style_widgets_and_duplicates_are_counted() -> None:
    result = _extract(bbc_style_page())
    body = " ".join(result.paragraphs)
    for furniture in ("Sign up", "Share this", "Advertisement", "All rights reserved"):
        assert furniture not in body
    assert result.removed["duplicate_paragraph"] == 1
    assert result.removed["newsletter"] >= 1
    assert result.removed["share"] >= 1
    assert result.removed_chars["caption"] == len(STORM_CAPTION)


def test_bbc_style_related_headlines() -> None:
    result = _extract(bbc_style_page(), url="https://www.bbc.co.uk/news/uk-wales-123")
    assert [link.title for link in result.related] == STORM_RELATED
    assert result.related[0].rel == "related"
    assert result.related[0].url == "https://www.bbc.co.uk/news/uk-wales-0"


def test_bbc_style_metadata_from_json_ld() -> None:
    result = _extract(bbc_style_page())
    assert result.title == "Storm Ferelith leaves thousands without power in Wales"
    assert result.authors == ["Gwen Morgan", "Rhys Evans"]
    assert result.published_at == "2024-12-10T06:15:00Z"
    assert result.modified_at == "2024-12-10T09:40:00Z"
    assert result.canonical_url == "https://www.bbc.co.uk/news/uk-wales-123"
    assert result.declared_language == "en-GB"
    assert result.publisher == "BBC News"
    assert result.site == "bbc.co.uk"


def test_guardian_style_title_suffix_and_meta_tags() -> None:
    url = "https://www.theguardian.com/politics/2023/mar/02/housing-minister-resigns"
    result = _extract(guardian_style_page(), url=url)
    assert result.title == "Housing minister resigns over cladding row"
    assert result.published_at == "2023-03-02T17:45:12Z"
    assert result.modified_at is None
    assert result.authors == ["Peter Walker", "Aubrey Allegretti"]
    assert result.canonical_url == url
    assert result.site == "theguardian.com"
    assert result.publisher == "the Guardian"
    assert result.declared_language == "en"


def test_a_headline_linked_under_a_bold_read_also_label_is_a_related_link() -> None:
    headline = "Ferry fares to rise by a tenth in the spring"
    page = (
        "<html><head><title>Harbour bridge to close</title></head><body><article>"
        "<h1>Harbour bridge to close</h1>"
        + "".join(f"<p>{line}</p>" for line in STORM_PARAGRAPHS[:2])
        + f'<p><strong>Read also:</strong><br><a href="/news/ferry-fares">{headline}</a></p>'
        + "".join(f"<p>{line}</p>" for line in STORM_PARAGRAPHS[2:])
        + "</article></body></html>"
    )
    result = _extract(page, url="https://example.com/news/bridge")
    link = next(link for link in result.related if link.title == headline)
    assert (link.rel, link.url) == ("read_more", "https://example.com/news/ferry-fares")
    assert "Read also:" not in result.paragraphs


def test_guardian_style_read_more_and_follow_lines_leave_the_body() -> None:
    result = _extract(guardian_style_page(), url="https://www.theguardian.com/x")
    assert result.paragraphs == HOUSING_PARAGRAPHS
    titles = [link.title for link in result.related]
    assert "Cladding costs leave leaseholders facing ruin" in titles
    assert "A different story that readers clicked on today" in titles
    # A "Read more:" line of the body keeps its link's address.
    read_more = next(link for link in result.related if link.rel == "read_more")
    assert read_more.url == "https://www.theguardian.com/politics/cladding-costs"
    assert result.captions == [
        "The minister leaving Downing Street on Thursday morning. Photograph: Agency"
    ]


def test_dates_are_never_invented() -> None:
    result = _extract(undated_page())
    assert result.published_at is None
    assert result.modified_at is None
    assert result.authors == []
    assert result.paragraphs == HOUSING_PARAGRAPHS
    assert result.title == "Notes on housing policy"


def test_title_hint_used_only_when_the_page_has_none() -> None:
    page = "<html><body><div>" + "".join(f"<p>{p}</p>" for p in HOUSING_PARAGRAPHS) + "</div>"
    raw = RawArticle(content=page, mode="html", title_hint="Hinted title")
    assert extract_html(raw, DEFAULT_OPTIONS).title == "Hinted title"


def test_text_comes_out_composed_and_without_invisible_characters() -> None:
    body = "".join(f"<p>{p}</p>" for p in HOUSING_PARAGRAPHS)
    odd = "<p>Die Sitze wurden gepru\u0308ft, auch die Baby\u00adschalen\u200b im Test.</p>"
    page = (
        "<html><head><title>Kindersitze gepru\u0308ft</title></head><body><article>"
        f"<h1>Kindersitze gepru\u0308ft</h1>{odd}{body}</article></body></html>"
    )
    result = _extract(page)
    assert result.title == "Kindersitze geprüft"
    assert "Die Sitze wurden geprüft, auch die Babyschalen im Test." in result.paragraphs


def test_page_without_text_is_an_empty_result_with_a_warning() -> None:
    result = _extract("<html><head><title>Only a title</title></head><body></body></html>")
    assert result.paragraphs == []
    assert result.title == "Only a title"
    assert "no article body found" in result.warnings


@pytest.mark.parametrize("junk", ["\x00\x01\x02", "   \n\t  "])
def test_contentless_input_is_a_typed_error(junk: str) -> None:
    with pytest.raises(ExtractionError):
        _extract(junk)


def test_blog_style_time_element_locale_and_byline() -> None:
    result = _extract(blog_style_page(), url="https://policynotes.example/2022/11/cladding")
    assert result.title == "Why the cladding crisis is not over"
    assert result.published_at == "2022-11-05T08:30:00+01:00"
    assert result.declared_language == "en-GB"
    assert result.authors == ["Ann Lee"]
    assert result.publisher == "Policy Notes"
    assert result.site == "policynotes.example"
    assert result.canonical_url is None
    assert result.captions == ["A tower block in Salford, 2021"]
    assert result.paragraphs == HOUSING_PARAGRAPHS


def test_a_posts_prev_and_next_links_are_related_headlines() -> None:
    paras = "".join(f"<p>{p}</p>" for p in HOUSING_PARAGRAPHS)
    page = f"""<html><head><title>Why the cladding crisis is not over</title></head><body>
<article><h1>Why the cladding crisis is not over</h1>{paras}</article>
<nav class="post-navigation">
<a href="/2022/11/rents" rel="prev"><span>Previous post</span><span>Rents rise fastest in
the north as supply shrinks</span></a>
<a href="/2022/11/page/2" rel="next">Next page</a>
<a href="/2022/11/heat-pumps" rel="next">Heat pumps: what the new grant really pays for
<span>→</span></a></nav></body></html>"""
    result = _extract(page, url="https://notes.example.org/2022/11/cladding")
    assert [(link.rel, link.title, link.url) for link in result.related[:2]] == [
        (
            "prev",
            "Rents rise fastest in the north as supply shrinks",
            "https://notes.example.org/2022/11/rents",
        ),
        (
            "next",
            "Heat pumps: what the new grant really pays for",
            "https://notes.example.org/2022/11/heat-pumps",
        ),
    ]
    assert result.paragraphs == HOUSING_PARAGRAPHS


def test_prev_next_anchors_are_the_xpath_s() -> None:
    """The walk finds what ``//a[@href][@rel="prev" or @rel="next"]`` finds, in its order,
    on made-up pages (rel values near the two, anchors without href, nested anchors,
    content after a premature end of the document)."""
    expression = etree.XPath('//a[@href][@rel="prev" or @rel="next"]')
    chooser = random.Random(3)
    rels = ["prev", "next", "Prev", "prev next", " next", "", None, "nofollow"]
    for _ in range(300):
        parts = []
        for n in range(chooser.randint(0, 12)):
            rel = chooser.choice(rels)
            attributes = "" if rel is None else f' rel="{rel}"'
            if chooser.random() < 0.8:
                attributes += f' href="/{n}"'
            inner = f"<b>story {n}</b>" if chooser.random() < 0.5 else f"story {n}"
            tag = chooser.choice(["a", "a", "a", "div", "span"])
            parts.append(f"<p><{tag}{attributes}>{inner}</{tag}></p>")
        cut = chooser.randint(0, len(parts))
        page = f"<html><body>{''.join(parts[:cut])}</body></html>{''.join(parts[cut:])}"
        tree = document_fromstring(page)
        assert prev_next_anchors(tree) == expression(tree)


def test_a_related_box_of_cjk_headlines_gives_related_links() -> None:
    """CJK headlines have no spaces: their length is counted in characters."""
    paragraphs = [
        "東京都は26日、来年度から都内の公立小中学校の給食費を無償化する方針を明らかにした。"
        "対象となる児童・生徒は約90万人に上る見通しだ。",
        "都の担当者によると、必要な予算は年間約600億円と見込まれ、区市町村への補助を通じて"
        "実施する。知事は記者会見で「子育て世帯の負担を少しでも軽くしたい」と述べた。",
        "一方、財源の確保については都議会の一部から慎重な意見も出ている。専門家は安定した財源の"
        "確保が欠かせないと指摘している。",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f"""<html lang="ja"><head><title>給食費を無償化へ</title></head><body><article>
<h1>給食費を無償化へ</h1>{body}
<div class="related-articles"><h2>関連記事</h2><ul>
<li><a href="/a">保育料の軽減策、来月から申請受け付け開始</a></li>
<li><a href="/b">トップ</a></li></ul></div></article></body></html>"""
    result = _extract(page, url="https://news.example.jp/articles/1")
    assert [(link.title, link.url) for link in result.related] == [
        ("保育料の軽減策、来月から申請受け付け開始", "https://news.example.jp/a")
    ]  # "トップ" (three characters) is a menu entry
    assert result.paragraphs == paragraphs


def test_zero_width_non_joiners_inside_persian_words_are_kept() -> None:
    # "می‌یابد" (finds) spells its prefix apart with a non-joiner; trafilatura drops
    # every unprintable character, which glued the words ("مییابد").
    sentence = (
        "قیمت نان از شنبه آینده ده درصد افزایش می\u200cیابد و نانوایی\u200cها باید نرخ جدید را"
        " نصب کنند."
    )
    story = f"<h1>قیمت نان</h1><p>{sentence}</p><p>{sentence[:-1]} در تهران.</p>"
    page = f"<html><body><article>{story}</article></body></html>"
    assert _extract(page).paragraphs[0] == sentence


def test_a_korean_reporters_sign_off_under_the_story_names_the_author() -> None:
    story = "".join(
        f"<p>서울시는 내년 1월부터 지하철 기본요금을 150원 인상한다고 {day}일 밝혔다.</p>"
        for day in (25, 26, 27)
    )
    page = (
        "<html><body><article><h1>서울시, 지하철 요금 인상</h1>"
        f"{story}<p>김민수 기자 minsu@example.co.kr</p></article></body></html>"
    )
    extraction = _extract(page)
    assert extraction.authors == ["김민수"]
    assert extraction.paragraphs[-1].endswith("27일 밝혔다.")
    assert extraction.removed["byline"] == 1


_OIL_STORY = "".join(
    f"<p>Oil prices slipped on {day} as traders weighed a possible output hike by "
    "producers at their meeting next week.</p>"
    for day in ("Monday", "Tuesday", "Thursday")
)


def test_a_wire_story_s_closing_credits_name_its_reporters_when_no_byline_does() -> None:
    credits = (
        "<p>Reporting by Alex Lawler in London and Florence Tan in Singapore; "
        "Editing by David Goodman</p>"
    )
    page = (
        "<html><body><article><h1>Oil prices slip</h1>"
        f"{_OIL_STORY}{credits}</article></body></html>"
    )
    extraction = _extract(page)
    assert extraction.authors == ["Alex Lawler", "Florence Tan"]
    assert extraction.paragraphs[-1].startswith("Oil prices slipped on Thursday")


@pytest.mark.parametrize(
    "credit",
    [
        "\u2014With assistance from Tom Ng.",
        "(Further reporting by Tom Ng; Editing by Ana Lee)",
        "(Adds comment from the minister in paragraph 4)",
        "(With inputs from PTI)",
    ],
)
def test_a_credit_for_help_under_the_story_leaves_the_body(credit: str) -> None:
    page = (
        "<html><body><article><h1>Oil prices slip</h1><p class='byline'>By Jane Ko</p>"
        f"{_OIL_STORY}<p>{credit}</p></article></body></html>"
    )
    extraction = _extract(page)
    assert extraction.paragraphs[-1].startswith("Oil prices slipped on Thursday")
    assert extraction.removed["credit"] == 1


def test_a_taiwanese_byline_with_where_the_reporter_filed_names_the_author() -> None:
    story = "".join(
        f"<p>台積電{day}日宣布，將擴大在高雄的投資，新建一座先進製程晶圓廠，預計2028年開始量產。</p>"
        for day in (25, 26, 27)
    )
    page = (
        "<html><body><article>\n<h1>台積電擴大高雄投資</h1>\n<p>記者陳志明／台北報導</p>\n"
        f"{story}</article></body></html>"
    )
    extraction = _extract(page)
    assert extraction.authors == ["陳志明"]
    assert len(extraction.paragraphs) == 3 and extraction.removed["byline"] == 1


def test_a_minified_chinese_page_keeps_the_paragraph_under_its_headline() -> None:
    # "</h1><p>" with nothing between: CJK sentences of 40 characters are no short lines of
    # a menu, so readability's vote (whose pick glues the headline to the first paragraph's
    # words) is not asked.
    story = "".join(
        f"<p>{text}</p>"
        for text in (
            "台積電今天宣布，將擴大在高雄的投資，新建一座先進製程晶圓廠，預計2028年開始量產。",
            "台積電表示，新廠將採用2奈米製程技術，總投資金額預估超過新台幣1兆元。",
            "經濟部長表示，政府將全力協助台積電取得用水、用電等資源，確保投資順利進行。",
        )
    )
    page = (
        "<html><head><title>台積電擴大高雄投資 | 示例新聞網</title></head><body><article>"
        f"<h1>台積電擴大高雄投資</h1>{story}</article></body></html>"
    )
    extraction = _extract(page)
    assert extraction.paragraphs[0].startswith("台積電今天宣布")
    assert len(extraction.paragraphs) == 3


def test_a_korean_byline_over_the_story_and_its_sign_off_under_it_both_leave() -> None:
    story = "".join(
        f"<p>서울시는 내년 1월부터 지하철 기본요금을 150원 인상한다고 {day}일 밝혔다.</p>"
        for day in (25, 26, 27)
    )
    page = (
        "<html><body><article><h1>서울시, 지하철 요금 인상</h1><div>김민수 기자</div>"
        f"{story}<p>김민수 기자 minsu@example.co.kr</p></article></body></html>"
    )
    extraction = _extract(page)
    assert extraction.authors == ["김민수"]
    assert len(extraction.paragraphs) == 3
    assert extraction.removed["byline"] == 2


def test_a_list_of_japanese_names_over_the_story_is_its_byline() -> None:
    story = "".join(
        f"<p>{text}</p>"
        for text in (
            "東京都は27日、来年度から都内の高校授業料を所得制限なしで完全に無償化する方針を"
            "明らかにした。私立高校に通う生徒も対象となる。",
            "都の試算では、必要な予算は年間約600億円になる見通しだ。知事は記者会見で"
            "「教育の機会を広げたい」と述べた。",
            "保護者からは歓迎の声が上がる一方、財源の確保を疑問視する意見も出ている。"
            "都議会では来月から審議が始まる。",
            "都内では私立高校の授業料が年々上がっており、家計の負担が課題となっていた。"
            "都は所得制限を設けていたが、中間層からも見直しを求める声が相次いでいた。",
            "専門家は、教育の無償化は少子化対策にもつながると評価する一方、国の制度との"
            "整合性を図る必要があると指摘している。",
        )
    )
    page = (
        "<html><body><article><h1>東京都、来年度から高校授業料を完全無償化へ</h1>"
        f"<p>山田太郎、佐藤花子</p>{story}</article></body></html>"
    )
    extraction = _extract(page)
    assert extraction.authors == ["山田太郎", "佐藤花子"]
    assert len(extraction.paragraphs) == 5


def test_a_bracketed_chinese_sign_off_under_the_story_names_the_reporters() -> None:
    story = "".join(
        f"<p>广州市{day}日表示，未来三年将新建三座大型物流园区，总投资约一百二十亿元。</p>"
        for day in (25, 26, 27)
    )
    page = (
        "<html><body><article><h1>广州将新建三座物流园区</h1>"
        f"{story}<p>（记者 王明 通讯员 李华）</p></article></body></html>"
    )
    extraction = _extract(page)
    assert extraction.authors == ["王明"]
    assert extraction.paragraphs[-1].startswith("广州市27日")
    assert extraction.removed["byline"] == 1


def test_a_spanish_pages_byline_strip_related_box_and_tags_leave_the_body() -> None:
    story = [
        "El Consejo de Ministros ha aprobado este martes la subida del salario mínimo para "
        "2027, que beneficiará a unos 2,5 millones de trabajadores.",
        'La ministra de Trabajo ha defendido que la medida "mejora la vida de quienes más '
        'lo necesitan".',
        "Las organizaciones empresariales han criticado la subida y advierten de su impacto "
        "en el empleo de las pequeñas empresas.",
    ]
    page = (
        '<html lang="es"><head><title>Sube el salario mínimo</title>'
        '<meta name="author" content="Laura Gómez"></head><body><article>'
        "<h1>Sube el salario mínimo</h1>"
        '<div class="firma">Laura Gómez | Madrid | 27 nov 2026 - 10:00 CET</div>'
        f"<p>{story[0]}</p><p>{story[1]}</p>"
        '<div class="relacionadas"><span>Te puede interesar</span>'
        '<a href="/a">La inflación se modera en noviembre</a></div>'
        f"<p>{story[2]}</p>"
        "<p>Archivado en: <a>Salario mínimo</a>, <a>Empleo</a></p>"
        "</article></body></html>"
    )
    extraction = _extract(page, url="https://example.es/economia/smi")
    assert extraction.paragraphs == story
    assert [link.title for link in extraction.related] == ["La inflación se modera en noviembre"]
    assert extraction.removed["byline"] == 1


def test_a_section_front_of_teasers_has_no_body_and_not_its_menu() -> None:
    teasers = "".join(
        f'<article class="teaser"><h2><a href="/news/{i}">Headline number {i} about the '
        f"county budget and its roads</a></h2><p>A short summary of story {i}, which tells "
        f"what happened in the county this week and why it matters.</p><span>2 hours ago"
        f"</span></article>"
        for i in range(12)
    )
    page = (
        '<html lang="en"><head><title>Coastal Daily - Local news</title></head><body>'
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<main>{teasers}</main><footer>© 2026 Coastal Daily</footer></body></html>"
    )
    result = _extract(page, url="https://coastal.example/news/")
    assert result.paragraphs == []
    assert len(result.related) == 12
    assert result.removed["navigation"] >= 2  # "Home", "News"


def test_a_japanese_desk_and_reporter_over_the_story_is_its_byline() -> None:
    story = "気象庁は25日、東京都心で初雪を観測したと発表した。平年より10日早い観測となった。"
    page = (
        '<html lang="ja"><head><title>東京で初雪 | 毎朝ニュース</title></head><body><article>'
        "<h1>東京で初雪</h1><div><time>2026年11月25日</time> <span>社会部 山田花子</span></div>"
        f"<p>{story}</p><p>{story.replace('25日', '26日')}</p></article></body></html>"
    )
    result = _extract(page)
    assert result.authors == ["山田花子"]
    assert result.paragraphs[0] == story and len(result.paragraphs) == 2


@pytest.mark.parametrize("name", ["bildunterschrift", "didascalia", "pie-de-foto", "photo-desc"])
def test_a_caption_named_in_the_page_s_language_leaves_the_body(name: str) -> None:
    prose = "".join(
        f"<p>The council met on Tuesday to discuss the budget for the year, part {k}. "
        "Members argued for hours about the cost of the new bridge and the school.</p>"
        for k in range(4)
    )
    caption = f'<p class="{name}">The new bridge at dusk. Photo: Jane Roe</p>'
    article = f"<h1>Council agrees budget</h1>{prose}{caption}{prose}"
    page = f"<html><body><article>{article}</article></body></html>"
    result = _extract(page)
    assert result.captions == ["The new bridge at dusk. Photo: Jane Roe"]
    assert not any("bridge at dusk" in p for p in result.paragraphs)
