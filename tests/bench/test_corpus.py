"""Corpus layouts the benchmarks read: dragnet_data's, as published and as mirrored."""

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
