from lxml import etree

from consumer.core.html.parse import parse_page
from consumer.core.html.tree import (
    detached,
    document_elements,
    following_elements,
    preceding_elements,
    text_of,
)
from consumer.core.options import CoreOptions


def test_document_elements_finds_what_the_xpath_union_finds_beside_the_root_too() -> None:
    # A premature end of document: libxml2 puts the rest in a second root element.
    page = (
        "<html><body><ul><li>a</li></ul><h3>b</h3></body></html>"
        "<html><body><h2>x</h2><ol><li>y</li></ol></body></html>"
    )
    tree = parse_page(page, CoreOptions(), [])
    found = document_elements(tree, "ul", "ol", "h2", "h3")
    assert [element.tag for element in found] == ["ul", "h3", "h2", "ol"]
    assert found == tree.xpath("//ul | //ol | //h2 | //h3")


def test_document_elements_of_one_root() -> None:
    tree = parse_page(
        "<html><body><p>a</p><ul><li>b</li></ul><p>c</p></body></html>", CoreOptions(), []
    )
    assert document_elements(tree, "ol") == []
    assert document_elements(tree, "p", "ul") == tree.xpath("//p | //ul")
    assert [element.tag for element in document_elements(tree, "p", "ul")] == ["p", "ul", "p"]


def test_detached_keeps_the_text_around_and_puts_every_element_back_as_it_was() -> None:
    page = (
        "<html><body><div>a<nav>menu <b>x</b></nav> b<p>c</p><button>go</button> d"
        "<aside><label>l</label> e</aside></div></body></html>"
    )
    tree = parse_page(page, CoreOptions(), [])
    before = etree.tostring(tree)
    div = tree.find(".//div")
    inner = tree.find(".//label")
    with detached([tree.find(".//nav"), tree.find(".//button"), tree.find(".//aside"), inner]):
        assert [child.tag for child in div] == ["p"]
        assert text_of(div) == "a bc d"  # the tails stay where they were
    assert etree.tostring(tree) == before
    assert inner.getparent() is tree.find(".//aside")


def test_detached_puts_elements_back_when_the_block_raises() -> None:
    tree = parse_page("<html><body><p>a</p><nav>n</nav> b</body></html>", CoreOptions(), [])
    before = etree.tostring(tree)
    try:
        with detached([tree.find(".//nav")]):
            raise RuntimeError
    except RuntimeError:
        pass
    assert etree.tostring(tree) == before


def test_following_and_preceding_elements_are_the_xpath_axes_first_ones() -> None:
    # Nested blocks, text and tails, a comment, and a second root beside <html>.
    tree = etree.fromstring(
        "<div><html><body><h1>Title<b>x</b></h1>tail<!-- note --><p>By <a>Jane</a></p>"
        "<div><span>1 May</span><div><i>a</i><em>b</em></div></div><p>Story</p>"
        "<ul><li>one</li><li>two</li></ul></body></html><footer><p>end</p></footer></div>"
    )
    for element in tree.iter(etree.Element):
        for count in (1, 2, 3, 5, 12, 40):
            after = element.xpath(f"following::*[position() <= {count}]")
            before = element.xpath(f"preceding::*[position() <= {count}]")
            assert following_elements(element, count) == after
            assert preceding_elements(element, count) == before
    heading = tree.find(".//h1")
    assert [e.tag for e in following_elements(heading, 3)] == ["p", "a", "div"]
    assert [e.tag for e in preceding_elements(tree.find(".//span"), 3)] == ["b", "p", "a"]
