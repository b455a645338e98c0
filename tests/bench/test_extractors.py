"""The benchmark's text dumps: built from any page the corpora hold."""

from __future__ import annotations

import pytest

from bench.extractors import text_dump


def test_a_page_holding_control_characters_is_dumped() -> None:
    pytest.importorskip("html_text")  # a bench extra, not in the test venv
    # A control character in the tail of an element html-text deletes (a script).
    dump = text_dump("<html><body><p>Harbour repairs<script>x</script>\x0b begin</p></body></html>")
    assert dump.split() == ["Harbour", "repairs", "begin"]
