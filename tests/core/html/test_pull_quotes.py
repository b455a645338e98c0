"""Pull quotes: a blockquote repeating a sentence of a paragraph below it leaves."""

from __future__ import annotations

from lxml import html

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.html.pull_quotes import drop_pull_quotes
from consumer.core.model import Removals
from consumer.core.options import CoreOptions

FILLER = (
    "The harbour board met for three hours on Tuesday evening and heard from fishermen, "
    "ferry operators and the owners of the two boatyards on the north quay. "
)
QUOTE = "We cannot keep dredging the same channel every single winter."


def _page(quote_first: bool) -> str:
    quote = f"<blockquote><p>“{QUOTE}”</p></blockquote>"
    paragraph = f"<p>Mayor Ines Carvalho was blunt. {QUOTE} The council will vote in May.</p>"
    middle = quote + paragraph if quote_first else paragraph + quote
    return (
        "<html><body><article><h1>Harbour board weighs a new breakwater</h1>"
        f"<p>{FILLER}</p>{middle}<p>{FILLER}</p><p>{FILLER} Again.</p></article></body></html>"
    )


def test_a_quote_above_the_paragraph_it_repeats_leaves_the_body() -> None:
    extraction = extract_html(RawArticle(content=_page(True), mode="html"), CoreOptions())
    quoted = [line for line in extraction.paragraphs if QUOTE in line]
    assert len(quoted) == 1 and quoted[0].startswith("Mayor Ines Carvalho")
    assert extraction.removed["pull_quote"] == 1


def test_a_quote_below_the_paragraph_it_repeats_stays() -> None:
    tree = html.fromstring(_page(False))
    removals = Removals()
    drop_pull_quotes(tree, removals)
    assert len(tree.findall(".//blockquote")) == 1
    assert not removals.removed


def test_a_short_or_unrepeated_quote_stays() -> None:
    page = (
        "<html><body><blockquote>Not again.</blockquote><p>He said: not again. And left.</p>"
        f"<blockquote>{QUOTE}</blockquote><p>{FILLER}</p></body></html>"
    )
    tree = html.fromstring(page)
    drop_pull_quotes(tree, Removals())
    assert len(tree.findall(".//blockquote")) == 2
