"""A body read from the sidebar gives way to the page's one story container."""

from __future__ import annotations

import lxml.html
from lxml import etree

from consumer.core.html.sidebar_body import retry_took_sidebar, story_container_lines

ABOUT = (
    "I have written about advertising for nineteen years and I still read every billboard "
    "on my way to the office, which my friends find tiresome."
)
POST = (
    "<div class='post-body entry-content'>No matter how long I stare at this drawing, I "
    "still cannot believe it was made with a pencil.<br>The artist spent six weeks on it."
    "<ul><li>Pencil: 2B</li><li>Paper: A3</li></ul></div>"
)
_NAMES = etree.XPath("//@class | //@id")


def _page(post: str = POST, about_box: str = "div id='sidebar'") -> lxml.html.HtmlElement:
    tag = about_box.split()[0]
    return lxml.html.fromstring(
        f"<html><body><div id='main'><h3 class='post-title'>Not a photograph</h3>{post}</div>"
        f"<{about_box}><h2>About me</h2><p>{ABOUT}</p></{tag}></body></html>"
    )


def test_a_body_from_the_sidebar_gives_way_to_the_post() -> None:
    tree = _page()
    lines = story_container_lines(tree, ["About me", ABOUT], _NAMES(tree))
    assert lines == [
        "No matter how long I stare at this drawing, I still cannot believe it was made "
        "with a pencil.",
        "The artist spent six weeks on it.",
        "- Pencil: 2B",
        "- Paper: A3",
    ]


def test_an_aside_is_a_sidebar_too() -> None:
    tree = _page(about_box="aside class='widgets'")
    assert story_container_lines(tree, [ABOUT], _NAMES(tree)) is not None


def test_a_body_holding_a_line_of_the_post_stays() -> None:
    tree = _page()
    lines = ["The artist spent six weeks on it.", ABOUT]
    assert story_container_lines(tree, lines, _NAMES(tree)) is None


def test_a_body_outside_any_sidebar_stays() -> None:
    tree = _page(about_box="div id='footer-note'")
    assert story_container_lines(tree, [ABOUT], _NAMES(tree)) is None


def test_a_page_of_several_posts_or_a_shell_stays() -> None:
    tree = _page(post=POST + POST.replace("No matter", "However"))
    assert story_container_lines(tree, [ABOUT], _NAMES(tree)) is None
    tree = _page(post="<div class='entry-content'>Loading...</div>")
    assert story_container_lines(tree, [ABOUT], _NAMES(tree)) is None


def test_a_layout_wrapper_named_for_the_sidebar_is_no_sidebar() -> None:
    tree = lxml.html.fromstring(
        "<html><body class='has-sidebar'><div class='content-sidebar-wrap'>"
        f"{POST}<p>{ABOUT}</p></div></body></html>"
    )
    assert story_container_lines(tree, [ABOUT], _NAMES(tree)) is None


POST_LINES = [
    "No matter how long I stare at this drawing, I still cannot believe it was made with a pencil.",
    "The artist spent six weeks on it.",
]


def test_a_retry_that_gained_the_sidebar_is_not_taken() -> None:
    tree = _page()
    assert retry_took_sidebar(tree, POST_LINES, ["About me", ABOUT, *POST_LINES])


def test_a_retry_that_gained_more_of_the_story_is_taken() -> None:
    more = "It hangs in the hall of the town library until the end of the summer."
    tree = _page(post=POST.replace("</div>", f"<p>{more}</p></div>"))
    assert not retry_took_sidebar(tree, POST_LINES, [*POST_LINES, more])
    tree = _page(about_box="div id='notes'")  # the gain is in no sidebar
    assert not retry_took_sidebar(tree, POST_LINES, [*POST_LINES, ABOUT])


def test_a_story_set_in_a_sidebar_named_column_gains_its_own_text() -> None:
    # The first body's longest line sits in the same "sidebar" element as the gain.
    tree = lxml.html.fromstring(
        f"<html><body><div class='sidebar-content'><p>{POST_LINES[0]}</p><p>{ABOUT}</p>"
        "</div></body></html>"
    )
    assert not retry_took_sidebar(tree, POST_LINES[:1], [POST_LINES[0], ABOUT])


BLOGROLL = ["- Jane Doe", "- John Smith", "- Harbour Notes", "- The Tide Tables"]


def test_a_link_list_anywhere_gives_way_to_the_posts_prose() -> None:
    # (A column not named a sidebar: "alpha", "beta"; the body has no sentence in it.)
    tree = _page(about_box="div id='beta'")
    assert story_container_lines(tree, BLOGROLL, _NAMES(tree)) is not None
    # A body of prose outside a sidebar, or a container of no prose, stays.
    assert story_container_lines(tree, [ABOUT], _NAMES(tree)) is None
    listed = (
        "<div class='entry-content'><ul><li>Pencil: 2B</li>"
        "<li>Paper: A3, the heavy kind sold by the art shop</li></ul></div>"
    )
    tree = _page(post=listed, about_box="div id='beta'")
    assert story_container_lines(tree, BLOGROLL, _NAMES(tree)) is None


def test_short_lines_found_in_the_post_do_not_make_the_body_the_posts() -> None:
    # ("on", "1" and "Main" are in any text.)
    tree = _page()
    assert story_container_lines(tree, ["Main", "on", "1", ABOUT], _NAMES(tree)) is not None


def test_a_container_nested_in_another_is_one_container() -> None:
    opening = "<div class='entry-content'><div class='entry-body'>"
    nested = POST.replace("<div class='post-body entry-content'>", opening)
    nested = nested.replace("</div>", "</div></div>")
    tree = _page(post=nested)
    assert story_container_lines(tree, [ABOUT], _NAMES(tree)) is not None
