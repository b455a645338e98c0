"""Corpus layouts the benchmarks read: dragnet_data, L3S-GN1 and CleanEval, as published and
mirrored."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpus import detect_format, read_pages

ARTICLE = "The council approved the budget on Tuesday after a long debate."
COMMENT = "Great article, thanks!"


@pytest.mark.parametrize(
    ("pages", "texts", "suffix"),
    [("HTML", "Corrected", ".html.corrected.txt"), ("input", "GoldStandard", ".txt")],
)
def test_dragnet_pages_keep_the_text_before_the_comments(
    tmp_path: Path, pages: str, texts: str, suffix: str
) -> None:
    (tmp_path / pages).mkdir()
    (tmp_path / texts).mkdir()
    (tmp_path / pages / "7.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>")
    marker = "!@#$%^&*()  \tCOMMENTS"  # typed by hand, tabs and all
    (tmp_path / texts / f"7{suffix}").write_text(f"{ARTICLE}\n\n\n{marker}\n\n{COMMENT}\n")

    assert detect_format(tmp_path) == "dragnet"
    [page] = read_pages(tmp_path)
    assert (page.id, page.true_body) == ("7", ARTICLE)
    assert ARTICLE in page.html


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-8"])
def test_dragnet_truths_are_read_in_the_encoding_their_byte_order_mark_names(
    tmp_path: Path, encoding: str
) -> None:
    (tmp_path / "input").mkdir()
    (tmp_path / "GoldStandard").mkdir()
    (tmp_path / "input" / "3.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>")
    (tmp_path / "GoldStandard" / "3.txt").write_bytes(f"{ARTICLE}\n".encode(encoding))

    [page] = read_pages(tmp_path)
    assert page.true_body == ARTICLE


@pytest.mark.parametrize(
    ("pages", "annotated", "suffix"),
    [("original", "annotated", ".html"), ("input", "GoldStandard", ".txt")],
)
def test_l3s_gn1_pages_are_the_spans_labelled_full_text(
    tmp_path: Path, pages: str, annotated: str, suffix: str
) -> None:
    (tmp_path / pages).mkdir()
    (tmp_path / annotated).mkdir()
    (tmp_path / pages / "p1.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>")
    labelled = (
        '<html><body><span class="x-nc-sel0"><span class="x-nc-sel1">Budget passes</span>'
        f'<span class="x-nc-sel2">{ARTICLE}</span><span class="x-nc-sel2">It takes '
        '<b>effect</b> in May.</span><span class="x-nc-sel3">By Jane Doe</span>'
        f'<span class="x-nc-sel2">Taxes stay.</span><span class="x-nc-sel5">{COMMENT}</span>'
        "</span></body></html>"
    )
    (tmp_path / annotated / f"p1{suffix}").write_text(labelled)
    assert detect_format(tmp_path) == "l3s-gn1"
    [page] = read_pages(tmp_path)
    # Runs of full text, parted where a span of another label comes between them.
    assert page.true_body == f"{ARTICLE} It takes effect in May.\nTaxes stay."


def test_cleaneval_pages_lose_the_url_line_and_the_block_marks(tmp_path: Path) -> None:
    (tmp_path / "input").mkdir()
    (tmp_path / "GoldStandard").mkdir()
    (tmp_path / "input" / "news_01.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>")
    marked = (
        "URL: http://example.com/news/1\n\n<h>Budget passes\n \n<p>The council approved the\n"
        " budget on Tuesday after a long debate.\n\n<l>Taxes stay.\n<l>Fees rise &amp; fall.\n"
    )
    (tmp_path / "GoldStandard" / "news_01.txt").write_text(marked)
    assert detect_format(tmp_path) == "cleaneval"
    [page] = read_pages(tmp_path)
    # One line a block: its wrapped lines joined, entities read.
    assert page.true_body == f"Budget passes\n{ARTICLE}\nTaxes stay.\nFees rise & fall."
