from consumer.core.html.parse import parse_page
from consumer.core.html.tree import document_elements
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
