"""The baseline's one-paragraph article text, cut at the article's blocks again."""

from __future__ import annotations

from lxml.etree import Element, SubElement
from lxml.html import document_fromstring

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.baseline_blocks import article_blocks, split_article_blob
from consumer.core.options import DEFAULT_OPTIONS

ARTICLE = """<html><body><article><h1>Ferry service resumes</h1>
<div class="meta">12 March 2024 <span>Share</span></div><p>The ferry sailed again on
Monday.</p><p>Crews had repaired the <b>ramp</b> overnight.</p><ul><li>Next: Storm warning
for the coast</li></ul></article></body></html>"""
LINES = [
    "Ferry service resumes",
    "12 March 2024 Share",
    "The ferry sailed again on Monday.",
    "Crews had repaired the ramp overnight.",
    "Next: Storm warning for the coast",
]


def _blob(text: str) -> Element:
    body = Element("body")
    SubElement(body, "p").text = text
    return body


def test_block_lines_cut_at_block_edges_only() -> None:
    tree = document_fromstring(ARTICLE)
    blocks = article_blocks(tree.find(".//article"))
    assert [text for _, text in blocks] == LINES
    assert [heading for heading, _ in blocks] == [True, False, False, False, False]


def test_the_article_blob_becomes_a_paragraph_per_block() -> None:
    tree = document_fromstring(ARTICLE)
    split = split_article_blob(tree, _blob(" ".join(LINES)))
    assert [p.text for p in split] == LINES
    assert [p.tag for p in split] == ["head", "p", "p", "p", "p"]


def test_a_blob_that_is_not_the_article_s_text_stays_as_it_is() -> None:
    tree = document_fromstring(ARTICLE)
    blob = _blob("Some other text the baseline took from the page's paragraphs.")
    assert split_article_blob(tree, blob) is blob
    many = _blob("one")
    SubElement(many, "p").text = "two"
    assert split_article_blob(tree, many) is many


def test_a_short_article_page_leaves_its_headline_and_buttons_out_of_the_body() -> None:
    """A page whose story is too short for trafilatura's extractors: its baseline text
    (headline, date, buttons, story and list in one run) is cut into lines, which the
    filters then sort."""
    story = [
        "東京都は26日、来年度から都内の公立小中学校の給食費を無償化する方針を明らかにした。",
        "知事は記者会見で「子育て世帯の負担を少しでも軽くしたい」と述べた。",
    ]
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    page = f"""<html lang="ja"><head><title>給食費を無償化へ</title></head><body><article>
<h1>給食費を無償化へ</h1><div class="meta">2026年11月26日 12時00分</div>
<div class="sns"><a>ポスト</a><a>シェア</a></div>{paragraphs}</article></body></html>"""
    result = extract_html(RawArticle(content=page, mode="html"), DEFAULT_OPTIONS)
    assert result.paragraphs == story
